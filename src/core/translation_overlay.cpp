// translation_overlay.cpp: see translation_overlay.h.
#include "core/translation_overlay.h"

#include <algorithm>

#include <nlohmann/json.hpp>

#include "core/translations.h"

namespace sse {

namespace {

const Translations& Empty() {
    static const Translations none;
    return none;
}

// One item's {"es": {"title": "..."}} into `out`, keeping the languages and fields `kind` allows and non-empty texts.
void ReadItem(const nlohmann::json& j, const char* kind, Translations* out) {
    if (!j.is_object()) return;
    const std::vector<std::string>& languages = TranslationLanguages();
    const std::vector<std::string>& fields = TranslatableFields(kind);
    for (auto lang = j.begin(); lang != j.end(); ++lang) {
        if (std::find(languages.begin(), languages.end(), lang.key()) == languages.end() || !lang->is_object()) continue;
        for (auto f = lang->begin(); f != lang->end(); ++f)
            if (std::find(fields.begin(), fields.end(), f.key()) != fields.end() && f->is_string() && !f->get<std::string>().empty())
                (*out)[lang.key()][f.key()] = f->get<std::string>();
    }
}

void ReadList(const nlohmann::json& root, const char* list, const char* kind, std::map<std::string, Translations>* out) {
    const auto it = root.find(list);
    if (it == root.end() || !it->is_object()) return;
    for (auto item = it->begin(); item != it->end(); ++item) ReadItem(*item, kind, &(*out)[item.key()]);
}

}  // namespace

std::string ReadTranslationOverlay(std::string_view text, TranslationOverlay* out) {
    *out = TranslationOverlay{};
    const nlohmann::json root = nlohmann::json::parse(text.begin(), text.end(), nullptr, false);
    if (root.is_discarded() || !root.is_object()) return "not a JSON object";
    if (root.value("format", std::string()) != "sse-explorer-translations/1")
        return "not a translations file (its \"format\" is not \"sse-explorer-translations/1\")";
    ReadList(root, "actors", "actor", &out->actors);
    ReadList(root, "cases", "case", &out->cases);
    ReadList(root, "recommendations", "recommendation", &out->recommendations);
    const auto tours = root.find("tours");
    if (tours != root.end() && tours->is_object()) {
        for (auto t = tours->begin(); t != tours->end(); ++t) {
            if (!t->is_object()) continue;
            if (t->contains("translations")) ReadItem((*t)["translations"], "tour", &out->tours[t.key()]);
            const auto steps = t->find("steps");
            if (steps == t->end() || !steps->is_array()) continue;
            std::vector<Translations>& list = out->steps[t.key()];
            for (const auto& s : *steps) {
                list.emplace_back();
                ReadItem(s, "step", &list.back());
            }
        }
    }
    return "";
}

const Translations& TranslationsOf(const Translations& own, const std::map<std::string, Translations>& overlay,
                                   const std::string& id) {
    if (!own.empty()) return own;
    const auto it = overlay.find(id);
    return it == overlay.end() ? Empty() : it->second;
}

const Translations& StepTranslations(const TranslationOverlay& overlay, const Tour& tour, int step) {
    if (step < 0 || step >= (int)tour.steps.size()) return Empty();
    if (!tour.steps[step].translations.empty()) return tour.steps[step].translations;
    const auto it = overlay.steps.find(tour.id);
    return it == overlay.steps.end() || step >= (int)it->second.size() ? Empty() : it->second[step];
}

}  // namespace sse
