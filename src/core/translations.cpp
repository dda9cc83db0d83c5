// translations.cpp: see translations.h.
#include "core/translations.h"

namespace sse {

const std::vector<std::string>& TranslationLanguages() {
    static const std::vector<std::string> codes = {"es", "fr", "pt", "ko", "ca"};
    return codes;
}

const std::vector<std::string>& TranslatableFields(const char* item_kind) {
    static const std::vector<std::string> actor = {"name", "short_name", "description"};
    static const std::vector<std::string> titled_summary = {"title", "summary"};
    static const std::vector<std::string> titled_text = {"title", "text"};
    static const std::vector<std::string> tour = {"title", "description"};
    const std::string k = item_kind;
    if (k == "actor") return actor;
    if (k == "case") return titled_summary;
    if (k == "tour") return tour;
    return titled_text;  // recommendation, step
}

const std::string& Translated(const Translations& t, const std::string& language, const char* field, const std::string& original) {
    const auto lang = t.find(language);
    if (lang == t.end()) return original;
    const auto text = lang->second.find(field);
    return text == lang->second.end() || text->second.empty() ? original : text->second;
}

bool HasTranslation(const Translations& t, const std::string& language, const char* field) {
    const auto lang = t.find(language);
    if (lang == t.end()) return false;
    const auto text = lang->second.find(field);
    return text != lang->second.end() && !text->second.empty();
}

}  // namespace sse
