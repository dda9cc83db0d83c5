// translation_overlay.cpp: see translation_overlay.h.
#include "core/translation_overlay.h"

#include <algorithm>

#include "core/json_reader.h"
#include "core/translations.h"

namespace sse {

namespace {

using json::Type;
using json::Value;

const Translations& Empty() {
    static const Translations none;
    return none;
}

// The member `key` of an object, or nullptr. (The data loader's own JSON reader: no second parser in the page.)
const Value* Member(const json::Document& doc, const Value& obj, std::string_view key) {
    if (obj.type != Type::Object) return nullptr;
    for (const json::Member* m = doc.MembersBegin(obj); m != doc.MembersEnd(obj); ++m)
        if (doc.Key(*m) == key) return &doc.Of(*m);
    return nullptr;
}

// One item's {"es": {"title": "..."}} into `out`, keeping the languages and fields `kind` allows and non-empty texts.
void ReadItem(const json::Document& doc, const Value& v, const char* kind, Translations* out) {
    if (v.type != Type::Object) return;
    const std::vector<std::string>& languages = TranslationLanguages();
    const std::vector<std::string>& fields = TranslatableFields(kind);
    for (const json::Member* lang = doc.MembersBegin(v); lang != doc.MembersEnd(v); ++lang) {
        const std::string_view code = doc.Key(*lang);
        const Value& texts = doc.Of(*lang);
        if (std::find(languages.begin(), languages.end(), code) == languages.end() || texts.type != Type::Object) continue;
        for (const json::Member* f = doc.MembersBegin(texts); f != doc.MembersEnd(texts); ++f) {
            const std::string_view field = doc.Key(*f);
            const Value& text = doc.Of(*f);
            if (std::find(fields.begin(), fields.end(), field) != fields.end() && text.type == Type::String && text.size())
                (*out)[std::string(code)][std::string(field)] = std::string(doc.String(text));
        }
    }
}

void ReadList(const json::Document& doc, const char* list, const char* kind, std::map<std::string, Translations>* out) {
    const Value* items = Member(doc, doc.root(), list);
    if (!items || items->type != Type::Object) return;
    for (const json::Member* m = doc.MembersBegin(*items); m != doc.MembersEnd(*items); ++m)
        ReadItem(doc, doc.Of(*m), kind, &(*out)[std::string(doc.Key(*m))]);
}

}  // namespace

std::string ReadTranslationOverlay(std::string_view text, TranslationOverlay* out) {
    *out = TranslationOverlay{};
    json::Document doc;
    std::vector<json::Problem> problems;
    if (!json::Parse(text, &doc, &problems) || doc.root().type != Type::Object)
        return problems.empty() ? "not a JSON object" : problems.back().message;
    const Value* format = Member(doc, doc.root(), "format");
    if (!format || format->type != Type::String || doc.String(*format) != "sse-explorer-translations/1")
        return "not a translations file (its \"format\" is not \"sse-explorer-translations/1\")";
    ReadList(doc, "actors", "actor", &out->actors);
    ReadList(doc, "cases", "case", &out->cases);
    ReadList(doc, "recommendations", "recommendation", &out->recommendations);
    const Value* tours = Member(doc, doc.root(), "tours");
    if (tours && tours->type == Type::Object) {
        for (const json::Member* t = doc.MembersBegin(*tours); t != doc.MembersEnd(*tours); ++t) {
            const std::string id(doc.Key(*t));
            const Value& tour = doc.Of(*t);
            if (const Value* own = Member(doc, tour, "translations")) ReadItem(doc, *own, "tour", &out->tours[id]);
            const Value* steps = Member(doc, tour, "steps");
            if (!steps || steps->type != Type::Array) continue;
            std::vector<Translations>& list = out->steps[id];
            for (uint32_t i = 0; i < steps->size(); ++i) {
                list.emplace_back();
                ReadItem(doc, doc.Element(*steps, i), "step", &list.back());
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
