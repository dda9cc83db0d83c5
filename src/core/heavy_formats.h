// heavy_formats.h: every file format beyond our JSON, read and written: tables (CSV/TSV, with the mapper and its country
// table), workbooks (XLSX, ODS) and graphs (GEXF, GraphML). With zlib, minizip and expat they would add about a fifth
// to the browser's first download: the desktop app, the tests and the page's converter module
// (src/platform/convert_module.cpp, loaded when such a file is opened or exported) call this; the page's main module
// does not, and so links none of it.
#pragma once

namespace sse {

// Adds the formats to the import and export tables and sets the table mapper (import_formats.h). Calling it again
// does nothing.
void RegisterFileFormats();

}  // namespace sse
