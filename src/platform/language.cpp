// language.cpp: see language.h.
#include "language.h"

#include <cstdlib>
#include <fstream>
#include <sstream>

#include "core/i18n.h"

#ifdef __EMSCRIPTEN__
#include <emscripten.h>

EM_JS(char*, js_initial_language, (), {
    var l = window.explorerShell && window.explorerShell.language;
    var code = l && l.code ? l.code : '';
    var n = lengthBytesUTF8(code) + 1, p = _malloc(n);
    stringToUTF8(code, p, n);
    return p;
});
// The text of a language file the page has fetched, or null (not fetched, or the fetch failed).
EM_JS(char*, js_language_text, (const char* code), {
    var texts = (window.explorerShell && window.explorerShell.languageTexts) || {};
    var t = texts[UTF8ToString(code)];
    if (typeof t !== 'string') return 0;
    var n = lengthBytesUTF8(t) + 1, p = _malloc(n);
    stringToUTF8(t, p, n);
    return p;
});
EM_JS(void, js_fetch_language, (const char* code), {
    if (window.explorerShell && window.explorerShell.fetchLanguage) window.explorerShell.fetchLanguage(UTF8ToString(code));
});

namespace platform {
std::string InitialLanguage() {
    char* p = js_initial_language();
    std::string code = p ? p : "";
    std::free(p);
    return code == "en" ? "" : code;
}
void ConnectLanguageFiles(sse::Explorer& ex, const std::string&) {
    ex.read_language = [](const std::string& code, std::string& text) {
        char* p = js_language_text(code.c_str());
        if (!p) return false;
        text = p;
        std::free(p);
        return true;
    };
}
void ServeLanguageRequest(sse::Explorer& ex) {
    static std::string asked;  // each language is fetched once; the page keeps its text
    if (ex.pending_language.empty() || ex.pending_language == asked) return;
    asked = ex.pending_language;
    js_fetch_language(asked.c_str());
}
}  // namespace platform
#else
namespace platform {
std::string InitialLanguage() {
    // The first of these that is set decides, as for any program (POSIX locale order).
    for (const char* var : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
        const char* v = std::getenv(var);
        if (v && *v) {
            std::string code = sse::i18n::MatchLocale(v);
            return code == "en" ? "" : code;
        }
    }
    return "";
}
void ConnectLanguageFiles(sse::Explorer& ex, const std::string& root) {
    ex.read_language = [root](const std::string& code, std::string& text) {
        std::ifstream in(root + "assets/i18n/" + code + ".json", std::ios::binary);
        if (!in) return false;
        std::ostringstream ss;
        ss << in.rdbuf();
        text = ss.str();
        return true;
    };
}
void ServeLanguageRequest(sse::Explorer&) {}
}  // namespace platform
#endif
