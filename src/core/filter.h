// filter.h: which actors and links are shown, by actor kind, level, territory, link kind, relation, value
// dimension, case, recommendation, confidence and years. "Showcase" fades what does not match instead of
// hiding it. Pure functions over the Dataset; no UI types.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/model.h"
#include "core/vocabulary.h"

namespace sse {

// The fields of the filter command, the "filter.<field>" keys of the URL hash and a tour step's filters. Their
// wire and display names, and where their values come from, are in vocabulary.cpp (same order).
enum class FilterField { Kind, Level, Territory, LinkKind, Relation, Value, Case, Recommendation, Confidence, Years };
constexpr int FilterFieldCount = 10;

// What the canvas does with an actor or a link.
enum class Visibility : uint8_t { Hidden = 0, Faded = 1, Shown = 2 };

// An empty list means "no restriction" for that field.
struct FilterState {
    std::vector<int> actor_kinds, levels, link_kinds, relations, values, confidences;  // enum values / value bits 0..3
    std::vector<int> territories;      // territory indices; an actor matches when its territory or an ancestor is listed
    std::vector<int> cases;            // case indices: their actors and links
    std::vector<int> recommendations;  // recommendation indices: the actors and links of their cases
    int year_from = 0, year_to = 0;    // 0 = open; items with no years always match
    bool showcase = false;             // fade instead of hide
    bool hide_isolated = false;        // hide actors left without a visible link

    // True when no field restricts anything (showcase and hide_isolated aside).
    bool Empty() const;
};

struct VisibilityMasks {
    std::vector<Visibility> actors, links;
};

// Applies the filter. A link is shown only if it matches and both its actors are shown. O(actors + links).
VisibilityMasks ComputeVisibility(const Dataset& data, const FilterState& filter);

// The filter fields by their command names (the FilterField vocabulary): "kind", "level", "territory",
// "link-kind", "relation", "value", "case", "recommendation", "confidence", "years".
const std::vector<std::string>& FilterFieldNames();

// The list of enum values, value bits or element indices that restricts a field; null for years.
std::vector<int>* FilterList(FilterState& filter, FilterField field);
// The same list, read-only; null for years.
const std::vector<int>* FilterList(const FilterState& filter, FilterField field);

// A field's restriction as the filter command writes it: "practitioner,network", "es-ct", "2016-" ("" when
// the field restricts nothing). SetFilterField(field, this text) gives the same restriction back.
std::string FilterFieldText(const FilterState& filter, const Dataset& data, FilterField field);

// Sets one field from the command text "filter <field> <v1>,<v2>..." (values are ids or enum names; "all"
// clears the field; years take "2016-2026", "2016-" or "-2020"). Returns "" on success, else a message that
// says what is wrong and what is allowed. The filter is unchanged on error.
std::string SetFilterField(FilterState& filter, const Dataset& data, const std::string& field, const std::string& values);

// The filter as JSON text for window.explorer.state(): {"kind": ["practitioner"], ..., "showcase": false}.
std::string FilterToJson(const FilterState& filter, const Dataset& data);

}  // namespace sse
