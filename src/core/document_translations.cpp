// document_translations.cpp: Document::AdoptTranslations (see document.h): the bundled data's translations, kept
// beside the web page's copy of the data, folded back into the document so no write loses them.
#include "core/document.h"

namespace sse {
namespace {

// Gives `item` the overlay's translations for its id when it has none of its own; true when it did.
template <typename T>
bool Adopt(T& item, const std::map<std::string, Translations>& overlay) {
    if (!item.translations.empty()) return false;
    auto it = overlay.find(item.id);
    if (it == overlay.end() || it->second.empty()) return false;
    item.translations = it->second;
    return true;
}

}  // namespace

int Document::AdoptTranslations(const TranslationOverlay& overlay) {
    int adopted = 0;
    for (Actor& a : m_data.actors) adopted += Adopt(a, overlay.actors);
    for (Case& c : m_data.cases) adopted += Adopt(c, overlay.cases);
    for (Recommendation& r : m_data.recommendations) adopted += Adopt(r, overlay.recommendations);
    for (Tour& t : m_data.tours) {
        adopted += Adopt(t, overlay.tours);
        auto steps = overlay.steps.find(t.id);
        if (steps == overlay.steps.end()) continue;
        for (size_t i = 0; i < t.steps.size() && i < steps->second.size(); ++i) {
            if (!t.steps[i].translations.empty() || steps->second[i].empty()) continue;
            t.steps[i].translations = steps->second[i];
            ++adopted;
        }
    }
    if (adopted == 0) return 0;
    // The JSON form is rebuilt from the data by the writer when an edit next needs it (EnsureJson), translations and all.
    m_json = nullptr;
    m_json_valid = false;
    ++m_revision;
    return adopted;
}

}  // namespace sse
