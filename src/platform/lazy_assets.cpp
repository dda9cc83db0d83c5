// lazy_assets.cpp: see lazy_assets.h.
#include "lazy_assets.h"

#include <cstdio>
#include <fstream>
#include <iterator>
#include <vector>

#include "core/script_fonts.h"
#include "imgui.h"
#include "imgui_internal.h"

namespace {

// The font's bytes: kept for the atlas's lifetime (it reads glyph outlines from them whenever it rasterises).
std::vector<char> s_font;
int s_checked_generation = -1, s_checked_revision = -1;
bool s_data_needs = false;
bool s_typed_needs = false;  // Hangul typed into a text box

// Merges the Korean font into the UI font (the atlas's first font): DejaVu keeps every glyph it has, the Korean font
// fills in Hangul. Glyphs already rasterised (missing ones included) are dropped, to be drawn again at the current size.
bool MergeFont() {
    ImGuiIO& io = ImGui::GetIO();
    if (io.Fonts->Fonts.empty() || s_font.empty()) return false;
    ImFontConfig cfg;
    cfg.MergeMode = true;
    cfg.FontDataOwnedByAtlas = false;
    cfg.DstFont = io.Fonts->Fonts[0];
    std::snprintf(cfg.Name, sizeof cfg.Name, "%s", "SSE Hangul Subset (Nanum Barun Gothic)");
    ImFont* font = io.Fonts->AddFontFromMemoryTTF(s_font.data(), static_cast<int>(s_font.size()), 0.0f, &cfg);
    if (!font) return false;
    ImFontAtlasFontDiscardBakes(io.Fonts, font, 0);
    return true;
}

// Whether the explorer needs the Korean font now (the data is scanned again only when it changed).
bool NeedsFont(const sse::Explorer& ex) {
    if (ex.presentation.language == "ko" || s_typed_needs) return true;
    if (ex.DataGeneration() != s_checked_generation || ex.Doc().Revision() != s_checked_revision) {
        s_checked_generation = ex.DataGeneration();
        s_checked_revision = ex.Doc().Revision();
        s_data_needs = sse::NeedsHangulFont(ex.presentation.language, ex.Data());
    }
    return s_data_needs;
}

}  // namespace

void platform::NoteTypedText(const char* utf8) {
    if (utf8 && !s_typed_needs) s_typed_needs = sse::ContainsHangul(utf8);
}

#ifdef __EMSCRIPTEN__
#include <emscripten.h>

// One fetch; its bytes go to explorer_fetched(what, ...) (length -1: it failed, with the reason logged).
EM_JS(void, js_fetch_bytes, (int what, const char* url), {
    const path = UTF8ToString(url);
    fetch(path).then((r) => { if (!r.ok) throw new Error('HTTP ' + r.status); return r.arrayBuffer(); })
        .then((buf) => {
            const bytes = new Uint8Array(buf);
            const p = _malloc(bytes.length);
            HEAPU8.set(bytes, p);
            _explorer_fetched(what, p, bytes.length);
            _free(p);
        })
        .catch((e) => { console.warn(path + ': ' + e); _explorer_fetched(what, 0, -1); });
});

namespace {
enum What { Font = 0, Translations = 1 };
sse::Explorer* s_ex = nullptr;
bool s_font_arrived = false;  // complete and not yet merged (the atlas changes between frames only)
}  // namespace

extern "C" EMSCRIPTEN_KEEPALIVE void explorer_fetched(int what, const char* bytes, int length) {
    if (!s_ex) return;
    const bool failed = length < 0 || !bytes;
    if (what == Font) {
        if (failed) s_ex->hangul_font = "failed";
        else s_font.assign(bytes, bytes + length), s_font_arrived = true;
    } else {
        const std::string error = failed ? "not fetched"
                                         : sse::ReadTranslationOverlay(std::string_view(bytes, length), &s_ex->translation_overlay);
        s_ex->content_translations = error.empty() ? "ready" : "failed";
        // Into the document too: a save, export or autosave of the bundled map then keeps its translations.
        if (error.empty()) s_ex->AdoptContentTranslations();
        if (!error.empty()) std::fprintf(stderr, "translations: %s\n", error.c_str());
    }
    s_ex->RequestRedraw();
}

namespace platform {
void UpdateLazyAssets(sse::Explorer& ex, const std::string&) {
    s_ex = &ex;
    if (s_font_arrived) {
        s_font_arrived = false;
        ex.hangul_font = MergeFont() ? "ready" : "failed";
        ex.RequestRedraw();
    }
    if (ex.hangul_font == "none" && NeedsFont(ex)) {
        ex.hangul_font = "loading";
        js_fetch_bytes(Font, "fonts/Hangul-subset.ttf");
    }
    // The bundled data's translations: the build moved them out of the preloaded copy (scripts/split_translations.mjs).
    static const std::string bundled = "/data/silk.json";
    if (ex.FileName() != bundled && ex.content_translations == "ready") {  // other data: its own translations only
        ex.translation_overlay = sse::TranslationOverlay{};
        ex.content_translations = "none";
    }
    // Wanted for another language's text, and whenever the document may be written (edit mode, the Data menu's exports).
    const bool wanted = ex.presentation.language != "en" || ex.Editing() || ex.content_translations_wanted;
    if (ex.content_translations == "none" && wanted && ex.FileName() == bundled) {
        ex.content_translations = "loading";
        js_fetch_bytes(Translations, "translations/silk.json");
    }
}
}  // namespace platform
#else
namespace platform {
void UpdateLazyAssets(sse::Explorer& ex, const std::string& root) {
    if (ex.hangul_font != "none" || !NeedsFont(ex)) return;
    const std::string path = root + "assets/fonts/Hangul-subset.ttf";
    std::ifstream in(path, std::ios::binary);
    s_font.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    ex.hangul_font = MergeFont() ? "ready" : "failed";
    if (ex.hangul_font == "failed") std::fprintf(stderr, "warning: the Korean font %s could not be read\n", path.c_str());
    ex.RequestRedraw();
}
}  // namespace platform
#endif
