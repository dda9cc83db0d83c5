// edit_defaults.cpp: see edit_defaults.h.
#include "core/edit_defaults.h"

#include <unordered_set>

#include "core/vocabulary.h"

namespace sse {

const char* const kHandMadeReasoning = "Added by hand in the explorer; to be checked against a source.";

namespace {

template <typename T>
void CollectIds(const std::vector<T>& items, std::unordered_set<std::string>* out) {
    for (const T& item : items) out->insert(item.id);
}

std::unordered_set<std::string> IdsOf(const Dataset& d, ElementKind kind) {
    std::unordered_set<std::string> ids;
    switch (kind) {
        case ElementKind::Territory: CollectIds(d.territories, &ids); break;
        case ElementKind::Actor: CollectIds(d.actors, &ids); break;
        case ElementKind::Link: CollectIds(d.links, &ids); break;
        case ElementKind::Case: CollectIds(d.cases, &ids); break;
        case ElementKind::Recommendation: CollectIds(d.recommendations, &ids); break;
        case ElementKind::Tour: CollectIds(d.tours, &ids); break;
        case ElementKind::Step: break;
    }
    return ids;
}

nlohmann::json SourceJson(const Source& s) { return {{"url", s.url}, {"title", s.title}}; }

}  // namespace

std::string UniqueId(const Dataset& data, ElementKind kind, const std::string& base) {
    // Lower case ASCII letters and digits stay; anything else becomes one '-' (accents are dropped, not spelled).
    std::string slug;
    for (unsigned char c : base) {
        if (c >= 'A' && c <= 'Z') c = static_cast<unsigned char>(c - 'A' + 'a');
        const bool keep = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
        if (keep) slug += static_cast<char>(c);
        else if (!slug.empty() && slug.back() != '-') slug += '-';
        if (slug.size() >= 40) break;
    }
    while (!slug.empty() && slug.back() == '-') slug.pop_back();
    if (slug.empty()) slug = "item";
    const std::unordered_set<std::string> taken = IdsOf(data, kind);
    if (!taken.count(slug)) return slug;
    for (int n = 2;; ++n) {
        std::string candidate = slug + "-" + std::to_string(n);
        if (!taken.count(candidate)) return candidate;
    }
}

nlohmann::json NewActorJson(const Dataset& data, const std::string& id, const std::string& name, Level level,
                            const std::string& territory) {
    nlohmann::json source;
    if (!data.sources.empty()) source = SourceJson(data.sources[0]);
    for (size_t a = 0; source.is_null() && a < data.actors.size(); ++a)
        if (!data.actors[a].sources.empty()) source = SourceJson(data.actors[a].sources[0]);
    // A map begun from nothing has no source to borrow; the form shows this one, and says to replace it.
    if (source.is_null()) source = {{"url", "https://example.org/"}, {"title", "No source yet: replace with the real one"}};
    return {{"id", id},
            {"name", name},
            {"kind", WireName(ActorKind::Practitioner)},
            {"level", WireName(level)},
            {"territory", territory},
            {"confidence", WireName(Confidence::Inferred)},
            {"reasoning", kHandMadeReasoning},
            {"sources", nlohmann::json::array({source})}};
}

std::string DefaultTerritory(const Dataset& data, const std::string& preferred) {
    for (const Territory& t : data.territories)
        if (t.id == preferred) return preferred;
    return data.territories.empty() ? std::string() : data.territories[0].id;
}

nlohmann::json GlobalTerritoryJson(const std::string& id) {
    return {{"id", id}, {"name", "World"}, {"kind", WireName(TerritoryKind::Global)}};
}

nlohmann::json NewLinkJson(const Dataset& data, const std::string& id, int from, int to, Relation relation) {
    const Actor& a = data.actors[static_cast<size_t>(from)];
    const Actor& b = data.actors[static_cast<size_t>(to)];
    const LinkKind kind = a.level == b.level ? LinkKind::Horizontal : LinkKind::Vertical;
    nlohmann::json sources = nlohmann::json::array();
    if (!a.sources.empty()) sources.push_back(SourceJson(a.sources[0]));
    else if (!b.sources.empty()) sources.push_back(SourceJson(b.sources[0]));
    return {{"id", id},
            {"from", a.id},
            {"to", b.id},
            {"kind", WireName(kind)},
            {"relation", WireName(relation)},
            {"direction", WireName(Direction::Outward)},
            {"confidence", WireName(Confidence::Inferred)},
            {"reasoning", kHandMadeReasoning},
            {"sources", sources}};
}

nlohmann::json EmptyDatasetJson(const std::string& title) {
    return {{"format", "sse-explorer/1"},
            {"dataset", {{"id", "my-map"}, {"title", title}}},
            {"territories", nlohmann::json::array()},
            {"actors", nlohmann::json::array()},
            {"links", nlohmann::json::array()},
            {"cases", nlohmann::json::array()},
            {"recommendations", nlohmann::json::array()}};
}

}  // namespace sse
