// territory_cue.h: the territory as a secondary cue on each actor, beside kind (shape and fill): a ring
// coloured by the actor's country and a short territory code next to its label. Colour is never the only
// carrier: the code says the same thing in text.
#pragma once

#include <string>
#include <vector>

#include "core/model.h"

namespace sse {

// How many ring colours the UI has; countries beyond that reuse them (the code tells them apart).
constexpr int kTerritoryRingColours = 8;

struct TerritoryCues {
    // Per actor: index into `countries` (-1 for actors above country level: international, supranational).
    std::vector<int> country;
    // Per actor: the territory's short code, e.g. "ES-CT" for Catalonia ("" when none, or global).
    std::vector<std::string> code;
    // Countries in the order they first occur among the actors (territory indices); the ring colour of
    // country i is i % kTerritoryRingColours, so a data set's first countries get distinct colours.
    std::vector<int> countries;
};

// The country a territory belongs to (itself if it is one; walks up parents), or -1 (world, supranational).
int CountryOf(const Dataset& data, int territory);

// The territory's code for labels: its id in capitals, cut to 8 characters ("es-ct" -> "ES-CT").
std::string TerritoryCode(const Dataset& data, int territory);

// Computes the cues of every actor.
TerritoryCues ComputeTerritoryCues(const Dataset& data);

}  // namespace sse
