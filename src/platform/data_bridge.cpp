// data_bridge.cpp: see data_bridge.h.
#include "data_bridge.h"

namespace platform {
std::string Base64(const std::string& bytes) {
    static const char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    std::string out;
    out.reserve((bytes.size() + 2) / 3 * 4);
    for (size_t i = 0; i < bytes.size(); i += 3) {
        const auto b0 = static_cast<unsigned char>(bytes[i]);
        const auto b1 = i + 1 < bytes.size() ? static_cast<unsigned char>(bytes[i + 1]) : 0u;
        const auto b2 = i + 2 < bytes.size() ? static_cast<unsigned char>(bytes[i + 2]) : 0u;
        out += kAlphabet[b0 >> 2];
        out += kAlphabet[((b0 & 3u) << 4) | (b1 >> 4)];
        out += i + 1 < bytes.size() ? kAlphabet[((b1 & 15u) << 2) | (b2 >> 6)] : '=';
        out += i + 2 < bytes.size() ? kAlphabet[b2 & 63u] : '=';
    }
    return out;
}
}  // namespace platform

#ifdef __EMSCRIPTEN__
#include <emscripten.h>

EM_JS(void, js_show_file_picker, (), {
    try { if (window.explorerFiles) window.explorerFiles.pick(); } catch (e) {}
});
EM_JS(void, js_download, (const char* name, const char* bytes, int length), {
    try { if (window.explorerFiles) window.explorerFiles.download(UTF8ToString(name), HEAPU8.slice(bytes, bytes + length)); } catch (e) {}
});

namespace platform {
void ShowBrowserFilePicker() { js_show_file_picker(); }
std::string DeliverExport(const std::vector<sse::ExportFile>& files, const std::string&) {
    for (const sse::ExportFile& f : files) js_download(f.name.c_str(), f.bytes.data(), static_cast<int>(f.bytes.size()));
    return "";
}
}  // namespace platform
#else
#include "core/dataset_writer.h"

namespace platform {
void ShowBrowserFilePicker() {}
std::string DeliverExport(const std::vector<sse::ExportFile>& files, const std::string& folder) {
    for (const sse::ExportFile& f : files) {
        const std::string error = sse::WriteFileAtomically(folder + "/" + f.name, f.bytes);
        if (!error.empty()) return error;
    }
    return "";
}
}  // namespace platform
#endif
