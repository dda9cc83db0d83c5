// dataset_validator_translations.cpp: the Validator's reader of an item's "translations" (data/README.md,
// "Translations"): {"es": {"title": "...", "summary": "..."}, "ko": {...}}. A language the explorer does not offer is
// an error (unknown-language); a field the item cannot translate is an unknown key (ignored, as elsewhere); a text
// must be a non-empty string (empty-text), within the same length limit as the original's.
#include <algorithm>

#include "core/dataset_validator.h"
#include "core/translations.h"

namespace sse::load {

void Validator::ReadTranslations(const Value* v, const Path& path, const char* item_kind, Translations* out) {
    if (!v || !ExpectType(*v, path, Type::Object)) return;
    const std::vector<std::string>& languages = TranslationLanguages();
    const std::vector<std::string>& fields = TranslatableFields(item_kind);
    for (const Member* m = doc_->MembersBegin(*v); m != doc_->MembersEnd(*v); ++m) {
        const std::string_view language = doc_->Key(*m);
        const Value& per_language = doc_->Of(*m);
        const Path p_language = Child(path, language);
        if (std::find(languages.begin(), languages.end(), language) == languages.end()) {
            std::string allowed;
            for (const std::string& l : languages) allowed += (allowed.empty() ? "" : ", ") + l;
            Error(per_language, p_language, DiagnosticCode::UnknownLanguage,
                  "unknown language " + Quote(language) + "; translations may be in " + allowed +
                      " (the original text is the English)");
            continue;
        }
        if (!ExpectType(per_language, p_language, Type::Object)) continue;
        std::map<std::string, std::string>& texts = (*out)[std::string(language)];
        for (const Member* t = doc_->MembersBegin(per_language); t != doc_->MembersEnd(per_language); ++t) {
            const std::string_view field = doc_->Key(*t);
            const Path p_field = Child(p_language, field);
            if (std::find(fields.begin(), fields.end(), field) == fields.end()) {
                std::string allowed;
                for (const std::string& f : fields) allowed += (allowed.empty() ? "" : ", ") + f;
                Warning(doc_->Of(*t), p_field, DiagnosticCode::UnknownKey,
                        "a " + std::string(item_kind) + " cannot translate " + Quote(field) + " (it is ignored); it translates " + allowed);
                continue;
            }
            std::string text;
            if (!ReadText(&doc_->Of(*t), p_field, &text)) continue;
            if (text.empty()) {
                Error(doc_->Of(*t), p_field, DiagnosticCode::EmptyText,
                      "must not be empty: leave the field out and the original is shown");
                continue;
            }
            texts[std::string(field)] = std::move(text);
        }
        if (texts.empty()) out->erase(std::string(language));
    }
}

}  // namespace sse::load
