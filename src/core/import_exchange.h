// import_exchange.h: what the page's two WebAssembly modules hand each other as JSON text. The main module does not
// link the workbook and graph formats (heavy_formats.h); its converter module, loaded on demand by web/files.js,
// reads such files into a MappedImport for the main module's preview, and writes the exports from the data set and
// the look of each actor on screen.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "core/graph_writer.h"
#include "core/import_mapper.h"
#include "core/table_export.h"

namespace sse {

// {"ok", "errors", "warnings", counts..., "generated_territories", "diagnostics": [{severity, code, file, line,
// column, pointer, message}]}: everything MappedImport holds but its data set (`json`), which can be megabytes and
// travels apart, byte for byte from one module's memory into the other's (web/files.js): inside this JSON it would be
// escaped, decoded into a JavaScript string, encoded again and parsed, which cost more than reading the files.
std::string MappedImportToJson(const MappedImport& m);
// The MappedImport of MappedImportToJson's text, with `json` (the data set) empty; false (and `out` untouched) when
// the text is not one.
bool MappedImportFromJson(std::string_view text, MappedImport* out);

// The reply to an export, for JavaScript: {"ok", "message", "files": [{"name", "text"} or {"name", "base64"}]}; a
// workbook is bytes, not text, and travels as base64 (web/files.js turns it into a Uint8Array).
std::string ExportReplyJson(const std::vector<ExportFile>& files, const std::string& error);
// Standard base64 (RFC 4648, with padding) of `bytes`.
std::string Base64(const std::string& bytes);

// {"<actor id>": [x, y, size, r, g, b], ...}
std::string LooksToJson(const std::map<std::string, NodeLook>& looks);
// The looks of LooksToJson's text; an entry that is not of that shape is skipped (an empty map for bad text).
std::map<std::string, NodeLook> LooksFromJson(std::string_view text);

}  // namespace sse
