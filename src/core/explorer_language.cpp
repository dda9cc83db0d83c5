// explorer_language.cpp: the "language <code>" command: switches the interface's string table (core/i18n.h).
// Only the words change: selection, tour step, camera and panels stay as they are.
#include <string>
#include <vector>

#include "core/explorer.h"
#include "core/i18n.h"

namespace sse {

namespace {
std::string LanguageList() {
    std::string s;
    for (const i18n::Language& l : i18n::Languages()) s += std::string(s.empty() ? "" : ", ") + l.code;
    return s + ", qps";
}
}  // namespace

CommandResult Explorer::LanguageCommand(const std::vector<std::string>& w) {
    if (w.size() != 2) return {false, "usage: language " + LanguageList(), "usage", ""};
    const std::string& code = w[1];
    if (!i18n::IsKnown(code))
        return {false, "unknown language '" + code + "'; available: " + LanguageList(), "unknown-language", ""};
    if (code == "en" || code == "qps") {
        if (code == "en") i18n::UseEnglish();
        else i18n::UsePseudo();
    } else {
        std::string text;
        if (!read_language || !read_language(code, text)) {
            // The web page fetches the file and runs this command again; the interface stays as it is meanwhile.
            pending_language = code;
            return {true, "loading language " + code, "loading", ""};
        }
        i18n::Catalog catalog;
        catalog.code = code;
        std::string error;
        if (!catalog.Parse(text, error))
            return {false, "assets/i18n/" + code + ".json: " + error + "; the interface stays in " + presentation.language,
                    "bad-translation", ""};
        i18n::UseCatalog(std::move(catalog));
    }
    pending_language.clear();
    presentation.language = code;
    RequestRedraw();
    return {true, i18n::TrF("language.now", "Language: {name}", {{"name", code == "qps" ? "qps" : i18n::NativeName(code)}}), "ok", ""};
}

}  // namespace sse
