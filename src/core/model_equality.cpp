// model_equality.cpp: field-by-field equality of the model's structs. Every field is compared, the derived index
// fields too, so a round trip or an undo that resolves a reference differently is caught.
#include <algorithm>
#include <tuple>

#include "core/model.h"

namespace sse {

bool operator==(const Source& a, const Source& b) { return a.url == b.url && a.title == b.title; }

bool operator==(const YearRange& a, const YearRange& b) { return a.from == b.from && a.to == b.to && a.note == b.note; }

bool operator==(const Territory& a, const Territory& b) {
    return std::tie(a.id, a.name, a.parent_id, a.kind, a.has_coordinates, a.lat, a.lon, a.parent) ==
           std::tie(b.id, b.name, b.parent_id, b.kind, b.has_coordinates, b.lat, b.lon, b.parent);
}

bool operator==(const Actor& a, const Actor& b) {
    return std::tie(a.id, a.name, a.short_name, a.description, a.website, a.kind, a.level, a.silk_role, a.territory_id,
                    a.territory, a.years, a.confidence, a.quote, a.reasoning, a.sources, a.attributes, a.translations) ==
           std::tie(b.id, b.name, b.short_name, b.description, b.website, b.kind, b.level, b.silk_role, b.territory_id,
                    b.territory, b.years, b.confidence, b.quote, b.reasoning, b.sources, b.attributes, b.translations);
}

bool operator==(const Link& a, const Link& b) {
    return std::tie(a.id, a.from_id, a.to_id, a.description, a.from, a.to, a.kind, a.relation, a.direction, a.values,
                    a.weight, a.years, a.case_ids, a.cases, a.confidence, a.quote, a.reasoning, a.sources, a.attributes) ==
           std::tie(b.id, b.from_id, b.to_id, b.description, b.from, b.to, b.kind, b.relation, b.direction, b.values,
                    b.weight, b.years, b.case_ids, b.cases, b.confidence, b.quote, b.reasoning, b.sources, b.attributes);
}

bool operator==(const Case& a, const Case& b) {
    return std::tie(a.id, a.title, a.territory_id, a.summary, a.territory, a.actor_ids, a.link_ids, a.recommendation_ids,
                    a.actors, a.links, a.recommendations, a.brief_source, a.confidence, a.quote, a.reasoning, a.sources,
                    a.translations) ==
           std::tie(b.id, b.title, b.territory_id, b.summary, b.territory, b.actor_ids, b.link_ids, b.recommendation_ids,
                    b.actors, b.links, b.recommendations, b.brief_source, b.confidence, b.quote, b.reasoning, b.sources,
                    b.translations);
}

bool operator==(const Recommendation& a, const Recommendation& b) {
    return std::tie(a.id, a.title, a.text, a.number, a.case_ids, a.cases, a.translations) ==
           std::tie(b.id, b.title, b.text, b.number, b.case_ids, b.cases, b.translations);
}

bool operator==(const TourStep& a, const TourStep& b) {
    // A step's filters all apply at once: their order (a file's key order) does not make another step.
    auto sorted = [](std::vector<std::pair<std::string, std::string>> f) {
        std::sort(f.begin(), f.end());
        return f;
    };
    if (sorted(a.filters) != sorted(b.filters)) return false;
    return std::tie(a.title, a.text, a.quote, a.has_layout, a.layout, a.centre_id, a.centre, a.showcase, a.actor_ids,
                    a.link_ids, a.actors, a.links, a.case_id, a.recommendation_id, a.case_index, a.recommendation,
                    a.camera, a.camera_x, a.camera_y, a.camera_zoom, a.reveal, a.translations) ==
           std::tie(b.title, b.text, b.quote, b.has_layout, b.layout, b.centre_id, b.centre, b.showcase, b.actor_ids,
                    b.link_ids, b.actors, b.links, b.case_id, b.recommendation_id, b.case_index, b.recommendation,
                    b.camera, b.camera_x, b.camera_y, b.camera_zoom, b.reveal, b.translations);
}

bool operator==(const Tour& a, const Tour& b) {
    return a.id == b.id && a.title == b.title && a.description == b.description && a.steps == b.steps &&
           a.translations == b.translations;
}

bool operator==(const Dataset& a, const Dataset& b) {
    return std::tie(a.id, a.title, a.description, a.sources, a.territories, a.actors, a.links, a.cases,
                    a.recommendations, a.tours) ==
           std::tie(b.id, b.title, b.description, b.sources, b.territories, b.actors, b.links, b.cases,
                    b.recommendations, b.tours);
}

}  // namespace sse
