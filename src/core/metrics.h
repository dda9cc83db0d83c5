// metrics.h: network metrics per actor (degree, betweenness, closeness, territorial bridging) and SSE
// indicators per territory (actors, link kinds, governance levels, inward/outward flows). They size actors
// on the canvas and fill the indicator panels. Pure functions over the Dataset; nothing here throws.
//
// Common rules for both computations:
//  * A link counts when link_mask is empty, or when its index is inside the mask and the entry is non-zero
//    (indices past the end of a non-empty mask are excluded: a short mask is treated as "not selected").
//  * Links with an end < 0 or past the actor list, and self-links (from == to), are ignored.
//  * Link::direction is seen from `from`: Outward = flow from -> to, Inward = flow to -> from, Both = both.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/model.h"

namespace sse {

// One entry per actor in every vector, in the order of Dataset::actors.
struct ActorMetrics {
    // degree counts every link (two parallel links a-b add 2), so that repeated relations show as weight.
    // in/out follow the flow: Outward adds out to `from` and in to `to`; Inward the reverse; Both adds one
    // in AND one out to each end.
    std::vector<int> degree, in_degree, out_degree;
    // Brandes, undirected and unweighted on the simple graph (parallel links merged into one edge so they do
    // not distort shortest paths); normalised to [0,1] by (n-1)(n-2)/2 with n = all actors (0 when n < 3).
    std::vector<double> betweenness;
    // Classic closeness inside the actor's component, (r-1)/sum(dist) with r = actors reachable including
    // itself, multiplied by (r-1)/(n-1) (Wasserman-Faust) so small components score low and isolated actors 0.
    std::vector<double> closeness;
    // Distinct territories (Actor::territory index, >= 0) among the actor's neighbours, not counting its own
    // territory. Indices are compared as they are: a parent and its sub-territory (Spain, Catalonia) are
    // different territories, so a Catalan actor linked to a Spanish one bridges one territory.
    std::vector<int> territories_bridged;
    // 1 when the actor joins at least two distinct known territories, its own included: with T = the
    // neighbours' territories plus its own (when known), |T| >= 2 and territories_bridged >= 1. With a known
    // own territory this is simply territories_bridged >= 1; with an unknown one it needs two neighbour
    // territories.
    std::vector<uint8_t> bridges_territories;
};

// Computes all actor metrics over the selected links; O(n*m) time for betweenness/closeness, O(n+m) memory.
// With with_paths false, betweenness and closeness are left at 0 and the cost is O(n + m): the app computes
// them only when something shows them (the table, sizing by them), since they take seconds on 10k actors.
ActorMetrics ComputeActorMetrics(const Dataset& data, const std::vector<uint8_t>& link_mask = {}, bool with_paths = true);

// One per territory, in the order of Dataset::territories. "Inside" a territory means located in it or in
// any of its sub-territories (a Catalan actor is inside Spain too).
struct TerritoryIndicators {
    int actors = 0;                                 // actors inside the territory
    int horizontal_links = 0, vertical_links = 0;   // selected links with at least one end inside
    int levels_covered = 0;                         // distinct governance levels among the actors inside (0..5)
    uint8_t level_mask = 0;                         // bit (1 << Level) per level present
    // Flow directions of selected links touching the territory, seen from the territory. A link leaving the
    // territory (from inside, to outside) counts by its direction: Outward -> outward, Inward -> inward. A link
    // entering it (from outside, to inside) is mirrored: Outward -> inward, Inward -> outward. A link with both
    // ends inside counts by its own direction. Both always counts in `both`.
    int inward = 0, outward = 0, both = 0;
    // (inward - outward) / (inward + outward), 0 when both are 0; Recommendation 3 of the brief asks that
    // inward and outward flows get equal attention, so 0 is balanced, +1 all inward, -1 all outward.
    double flow_balance = 0;
};

// Computes SSE indicators per territory, rolling sub-territories up into all their ancestors (a parent
// cycle in the data is cut, never followed forever).
std::vector<TerritoryIndicators> ComputeTerritoryIndicators(const Dataset& data, const std::vector<uint8_t>& link_mask = {});

// The last three size an actor by an indicator of its territory (TerritoryIndicators, sub-territories rolled
// up): its horizontal links, its vertical links, the governance levels it covers.
enum class MetricKind {
    Degree, InDegree, OutDegree, Betweenness, Closeness, TerritoriesBridged,
    TerritoryHorizontal, TerritoryVertical, TerritoryLevels
};
constexpr int MetricKindCount = 9;

// Stable lower-case name for commands and state: "degree", "in_degree", "out_degree", "betweenness",
// "closeness", "territories_bridged", "territory_horizontal", "territory_vertical", "territory_levels"; "" for an
// out-of-range value.
const char* ToString(MetricKind kind);
// Parses the exact name given by ToString; false (and `kind` untouched) when it is not one of them.
bool ParseMetricKind(const std::string& name, MetricKind& kind);

// The chosen metric for every actor divided by its maximum, so the largest is 1 (all 0 when the maximum is
// 0): used to size actors. Same length as the metric's vector. Territory kinds read `indicators` (one per
// territory of `data`) through each actor's territory; without them they are all 0.
std::vector<double> NormalisedMetric(const ActorMetrics& metrics, MetricKind kind, const Dataset* data = nullptr,
                                     const std::vector<TerritoryIndicators>* indicators = nullptr);

}  // namespace sse
