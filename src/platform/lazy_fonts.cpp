// lazy_fonts.cpp: see lazy_fonts.h.
#include "lazy_fonts.h"

#include <cstdio>
#include <fstream>
#include <iterator>
#include <vector>

#include "core/script_fonts.h"
#include "imgui.h"
#include "imgui_internal.h"

namespace {

// The font's bytes: kept for the atlas's lifetime (it reads glyph outlines from them whenever it rasterises).
std::vector<char> s_bytes;
bool s_arrived = false;  // the bytes are complete and not yet merged
int s_checked_generation = -1;
int s_checked_revision = -1;
bool s_data_needs = false;

// Merges the Korean font into the UI font (the atlas's first font): DejaVu keeps every glyph it has, the Korean font
// fills in Hangul. Glyphs already rasterised (missing ones included) are dropped, to be drawn again at the current size.
bool Merge() {
    ImGuiIO& io = ImGui::GetIO();
    if (io.Fonts->Fonts.empty()) return false;
    ImFontConfig cfg;
    cfg.MergeMode = true;
    cfg.FontDataOwnedByAtlas = false;
    cfg.DstFont = io.Fonts->Fonts[0];
    std::snprintf(cfg.Name, sizeof cfg.Name, "%s", "Hangul subset (Nanum Barun Gothic)");
    ImFont* font = io.Fonts->AddFontFromMemoryTTF(s_bytes.data(), static_cast<int>(s_bytes.size()), 0.0f, &cfg);
    if (!font) return false;
    ImFontAtlasFontDiscardBakes(io.Fonts, font, 0);
    return true;
}

// Whether the explorer needs the font now (the data is scanned again only when it changed).
bool Needed(const sse::Explorer& ex) {
    if (ex.language == "ko") return true;
    if (ex.DataGeneration() != s_checked_generation || ex.Doc().Revision() != s_checked_revision) {
        s_checked_generation = ex.DataGeneration();
        s_checked_revision = ex.Doc().Revision();
        s_data_needs = sse::NeedsHangulFont(ex.language, ex.Data());
    }
    return s_data_needs;
}

}  // namespace

#ifdef __EMSCRIPTEN__
#include <emscripten.h>

// One fetch of the file; its bytes go to explorer_font_arrived (length -1: it failed, with the reason logged).
EM_JS(void, js_fetch_font, (const char* url), {
    const path = UTF8ToString(url);
    fetch(path).then((r) => { if (!r.ok) throw new Error('HTTP ' + r.status); return r.arrayBuffer(); })
        .then((buf) => {
            const bytes = new Uint8Array(buf);
            const p = _malloc(bytes.length);
            HEAPU8.set(bytes, p);
            _explorer_font_arrived(p, bytes.length);
            _free(p);
        })
        .catch((e) => { console.warn('font ' + path + ': ' + e); _explorer_font_arrived(0, -1); });
});

namespace {
sse::Explorer* s_ex = nullptr;
}

extern "C" EMSCRIPTEN_KEEPALIVE void explorer_font_arrived(const char* bytes, int length) {
    if (length < 0 || !bytes) {
        if (s_ex) s_ex->hangul_font = "failed";
        return;
    }
    s_bytes.assign(bytes, bytes + length);
    s_arrived = true;
    if (s_ex) s_ex->RequestRedraw();
}

namespace platform {
void UpdateLazyFonts(sse::Explorer& ex, const std::string&) {
    s_ex = &ex;
    if (s_arrived) {
        s_arrived = false;
        ex.hangul_font = Merge() ? "ready" : "failed";
        ex.RequestRedraw();
    }
    if (ex.hangul_font == "none" && Needed(ex)) {
        ex.hangul_font = "loading";
        js_fetch_font("fonts/Hangul-subset.ttf");
    }
}
}  // namespace platform
#else
namespace platform {
void UpdateLazyFonts(sse::Explorer& ex, const std::string& root) {
    if (ex.hangul_font != "none" || !Needed(ex)) return;
    const std::string path = root + "assets/fonts/Hangul-subset.ttf";
    std::ifstream in(path, std::ios::binary);
    s_bytes.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    ex.hangul_font = !s_bytes.empty() && Merge() ? "ready" : "failed";
    if (ex.hangul_font == "failed") std::fprintf(stderr, "warning: the Korean font %s could not be read\n", path.c_str());
    ex.RequestRedraw();
}
}  // namespace platform
#endif
