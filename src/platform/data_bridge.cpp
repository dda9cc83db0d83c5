// data_bridge.cpp: see data_bridge.h.
#include "data_bridge.h"

namespace platform {
}  // namespace platform

#ifdef __EMSCRIPTEN__
#include <emscripten.h>

EM_JS(void, js_show_file_picker, (), {
    try { if (window.explorerFiles) window.explorerFiles.pick(); } catch (e) {}
});
EM_JS(void, js_download, (const char* name, const char* bytes, int length), {
    try { if (window.explorerFiles) window.explorerFiles.download(UTF8ToString(name), HEAPU8.slice(bytes, bytes + length)); } catch (e) {}
});

EM_JS(void, js_export_through_converter, (const char* format), {
    try { if (window.explorerFiles) window.explorerFiles.exportAndDownload(UTF8ToString(format)); } catch (e) {}
});

namespace platform {
void ShowBrowserFilePicker() { js_show_file_picker(); }
void ExportThroughConverter(const std::string& format) { js_export_through_converter(format.c_str()); }
std::string DeliverExport(const std::vector<sse::ExportFile>& files, const std::string&) {
    for (const sse::ExportFile& f : files) js_download(f.name.c_str(), f.bytes.data(), static_cast<int>(f.bytes.size()));
    return "";
}
}  // namespace platform
#else
#include "core/dataset_writer.h"

namespace platform {
void ShowBrowserFilePicker() {}
void ExportThroughConverter(const std::string&) {}
std::string DeliverExport(const std::vector<sse::ExportFile>& files, const std::string& folder) {
    for (const sse::ExportFile& f : files) {
        const std::string error = sse::WriteFileAtomically(folder + "/" + f.name, f.bytes);
        if (!error.empty()) return error;
    }
    return "";
}
}  // namespace platform
#endif
