// convert_module.cpp: the page's converter, a second WebAssembly module (convert.mjs + convert.wasm) that web/files.js
// loads the first time a workbook or a graph is opened or exported. It holds what the main module leaves out to keep
// the first download small (heavy_formats.h: XLSX, ODS, GEXF, GraphML with zlib, minizip and expat) and answers in
// the JSON of import_exchange.h. It has no window, no state beyond the files being handed over, and no UI.
#include <emscripten.h>

#include <string>
#include <vector>

#include "core/dataset_loader.h"
#include "core/heavy_formats.h"
#include "core/import_exchange.h"
#include "core/import_formats.h"

namespace {

std::vector<sse::ImportFile> g_files;  // handed over one by one (convert_add_file), read together (convert_import)
std::string g_reply;                   // the last answer, kept alive for JavaScript to read

const char* Reply(std::string text) {
    g_reply = std::move(text);
    return g_reply.c_str();
}

}  // namespace

extern "C" {

// Adds a file (its name and bytes) to the ones convert_import reads next.
EMSCRIPTEN_KEEPALIVE void convert_add_file(const char* name, const char* bytes, int length) {
    g_files.push_back({name ? name : "data", std::string(bytes, bytes + (length > 0 ? length : 0))});
}

// Reads the added files (any formats, as the desktop does) into one MappedImport (import_exchange.h), and forgets them.
// `context` is the data set open in the page (our JSON): tables may refer to its actors and territories (a links
// table merged into the current map), as on the desktop.
EMSCRIPTEN_KEEPALIVE const char* convert_import(const char* context) {
    sse::RegisterFileFormats();
    std::vector<sse::ImportFile> files;
    files.swap(g_files);
    sse::LoadResult open = sse::LoadDataset(context ? context : "", "current data");
    sse::MapOptions options;
    if (open.ok) options.context = &open.dataset;
    return Reply(sse::MappedImportToJson(sse::ImportFiles(files, options)));
}

// The export `format` (xlsx, template-xlsx, gexf, graphml) of the data set `document` (our JSON), with `looks`
// (LooksToJson: positions, sizes and colours as drawn) for GEXF, in the reply shape of ExportReplyJson.
EMSCRIPTEN_KEEPALIVE const char* convert_export(const char* format, const char* document, const char* looks) {
    sse::RegisterFileFormats();
    const std::string name = format ? format : "";
    const sse::ExportFormat* writer = sse::FindExportFormat(name);
    if (!writer) return Reply(sse::ExportReplyJson({}, "unknown export format '" + name + "'"));
    sse::LoadResult load = sse::LoadDataset(document ? document : "", "document");
    if (!load.ok) return Reply(sse::ExportReplyJson({}, "the data set handed to the converter is not valid"));
    const std::string base = load.dataset.id.empty() ? "data" : load.dataset.id;
    return Reply(sse::ExportReplyJson(writer->write(load.dataset, sse::LooksFromJson(looks ? looks : ""), base), ""));
}

}  // extern "C"

int main() { return 0; }
