// web_bridge.cpp: see web_bridge.h.
#include "web_bridge.h"

#include "core/url.h"

#ifdef __EMSCRIPTEN__
#include <cstdlib>
#include <emscripten.h>

EM_JS(char*, js_get_hash, (), {
    var h = window.location.hash.replace(/^#/, '');
    var n = lengthBytesUTF8(h) + 1, p = _malloc(n);
    stringToUTF8(h, p, n);
    return p;
});
EM_JS(void, js_set_hash, (const char* hash, int push), {
    var h = '#' + UTF8ToString(hash);
    if (window.location.hash === h) return;
    window.explorerShell.lastHash = h;  // so the page's hashchange/popstate listener does not apply it back
    try {
        if (push) history.pushState(null, '', h); else history.replaceState(null, '', h);
    } catch (e) {}
});
EM_JS(void, js_fullscreen, (int on), {
    try {
        if (on && !document.fullscreenElement && document.documentElement.requestFullscreen)
            document.documentElement.requestFullscreen().catch(function () {});
        if (!on && document.fullscreenElement && document.exitFullscreen) document.exitFullscreen().catch(function () {});
    } catch (e) {}
});
EM_JS(void, js_copy_url, (), {
    try { navigator.clipboard.writeText(window.location.href).catch(function () {}); } catch (e) {}
});
EM_JS(void, js_copy_text, (const char* text), {
    try { navigator.clipboard.writeText(UTF8ToString(text)).catch(function () {}); } catch (e) {}
});
EM_JS(char*, js_page_base, (), {
    var h = window.location.href.split('#')[0];
    var n = lengthBytesUTF8(h) + 1, p = _malloc(n);
    stringToUTF8(h, p, n);
    return p;
});
EM_JS(void, js_a11y, (const char* json), {
    try { if (window.explorerA11y) window.explorerA11y.update(JSON.parse(UTF8ToString(json))); } catch (e) { console.warn('a11y: ' + e.message); }
});
EM_JS(void, js_open_url, (const char* url), {
    try { window.open(UTF8ToString(url), '_blank', 'noopener,noreferrer'); } catch (e) {}
});
EM_JS(int, js_reduced_motion, (), {
    try { return window.matchMedia('(prefers-reduced-motion: reduce)').matches ? 1 : 0; } catch (e) { return 0; }
});

EM_JS(void, js_mark, (const char* name), {
    try { performance.mark(UTF8ToString(name)); } catch (e) {}
});

EM_JS(void, js_no_webgl, (), {
    try { if (window.explorerShell && window.explorerShell.noWebGL) window.explorerShell.noWebGL(); } catch (e) {}
});

namespace platform {
void Mark(const char* name) { js_mark(name); }
void ReportNoWebGL() { js_no_webgl(); }
std::string GetUrlHash() {
    char* p = js_get_hash();
    std::string h = p ? p : "";
    std::free(p);
    return h;
}
void SetUrlHash(const std::string& hash, bool push) { js_set_hash(hash.c_str(), push ? 1 : 0); }
void SetBrowserFullscreen(bool on) { js_fullscreen(on ? 1 : 0); }
void CopyPageUrl() { js_copy_url(); }
void CopyText(const std::string& text) { js_copy_text(text.c_str()); }
void PublishAccessibleView(const std::string& json) { js_a11y(json.c_str()); }
std::string GetPageBase() {
    char* p = js_page_base();
    std::string h = p ? p : "";
    std::free(p);
    return h;
}
bool OpenWebUrl(const char* url) {
    if (!url || !sse::IsWebUrl(url)) return false;
    js_open_url(url);
    return true;
}
bool PrefersReducedMotion() { return js_reduced_motion() != 0; }
}  // namespace platform
#else
#include <SDL.h>

namespace platform {
std::string GetUrlHash() { return ""; }
void SetUrlHash(const std::string&, bool) {}
void SetBrowserFullscreen(bool) {}
void CopyPageUrl() {}
void CopyText(const std::string& text) { SDL_SetClipboardText(text.c_str()); }
std::string GetPageBase() { return ""; }
void PublishAccessibleView(const std::string&) {}
bool OpenWebUrl(const char* url) { return url && sse::IsWebUrl(url) && SDL_OpenURL(url) == 0; }
bool PrefersReducedMotion() { return false; }
void Mark(const char*) {}
void ReportNoWebGL() {}
}  // namespace platform
#endif
