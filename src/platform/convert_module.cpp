// convert_module.cpp: the page's converter, a second WebAssembly module (convert.mjs + convert.wasm) that web/files.js
// loads the first time a workbook or a graph is opened or exported. It holds what the main module leaves out to keep
// the first download small (heavy_formats.h: XLSX, ODS, GEXF, GraphML with zlib, minizip and expat) and answers in
// the JSON of import_exchange.h. It has no window, no state beyond the files being handed over, and no UI.
#include <emscripten.h>

#include <cstdlib>
#include <string>
#include <vector>

#include "core/dataset_loader.h"
#include "core/heavy_formats.h"
#include "core/import_exchange.h"
#include "core/import_formats.h"

namespace {

std::vector<sse::ImportFile> g_files;  // handed over one by one (convert_add_file), read together (convert_import)
std::string g_reply;                   // the last answer, kept alive for JavaScript to read
sse::MappedImport g_mapped;            // the last import: its data set is read by convert_mapped_text/_length

// The data set open in the page (our JSON), as files.js's Module.openData gives it (the module's option of that
// name: a function returning the bytes), in this module's memory (malloc'ed, NUL-terminated); 0 when none is open.
EM_JS(char*, js_open_data, (), {
    var bytes = Module['openData'] ? Module['openData']() : null;
    if (!bytes) return 0;
    var p = _malloc(bytes.length + 1);
    HEAPU8.set(bytes, p);
    HEAPU8[p + bytes.length] = 0;
    return p;
});

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

// Reads the added files (any formats, as the desktop does) into one MappedImport, and forgets them; answers with
// MappedImportToJson (import_exchange.h): everything but the data set, which convert_mapped_text/_length then give.
// Tables may refer to actors and territories of the data set open in the page (a links table merged into the current
// map), as on the desktop: the page hands it over (js_open_data) only if a table names one its files do not hold.
EMSCRIPTEN_KEEPALIVE const char* convert_import() {
    sse::RegisterFileFormats();
    std::vector<sse::ImportFile> files;
    files.swap(g_files);
    sse::LoadResult open;
    sse::MapOptions options;
    options.load_context = [&open]() -> const sse::Dataset* {
        char* text = js_open_data();
        if (!text) return nullptr;
        open = sse::LoadDataset(text, "current data");
        std::free(text);
        return open.ok ? &open.dataset : nullptr;
    };
    g_mapped = sse::ImportFiles(files, options);
    return Reply(sse::MappedImportToJson(g_mapped));
}

// The data set of the last convert_import (sse-explorer/1 text, not NUL-terminated: see convert_mapped_length).
EMSCRIPTEN_KEEPALIVE const char* convert_mapped_text() { return g_mapped.json.data(); }
EMSCRIPTEN_KEEPALIVE int convert_mapped_length() { return static_cast<int>(g_mapped.json.size()); }

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
