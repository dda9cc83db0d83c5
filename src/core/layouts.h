// layouts.h: static layouts that place every actor of a Dataset in world units.
// Deterministic: the same data always gives the same picture. No UI types.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/model.h"
#include "core/vec2.h"

namespace sse {

enum class LayoutKind { Force, Geographic, Levels, Ego };
constexpr int LayoutKindCount = 4;

// "force", "geographic", "levels", "ego".
const char* ToString(LayoutKind kind);
// Parses a layout name; returns false for an unknown one.
bool ParseLayoutKind(const std::string& name, LayoutKind& out);

// Governance levels as horizontal bands (international at the top, local at the bottom), actors grouped by
// territory within a band, so vertical links read vertically and horizontal links horizontally.
// band_spacing: world units between bands (0: the default, 160).
std::vector<Vec2> LevelsLayout(const Dataset& data, double band_spacing = 0);

// The y coordinate (world units) of a level's band in LevelsLayout, for band labels.
double LevelBandY(Level level, double band_spacing = 0);

// The band spacing that lets the Levels picture take a canvas of this shape (height / width; 0 or less: the
// default): a wide picture on a landscape canvas otherwise fills only a strip across its middle. Never less than
// the default (labels need it), at most four times it.
double LevelBandSpacing(const Dataset& data, double aspect);

// Actors at their territory's coordinates (equirectangular: x = lon, y = -lat, scaled), spread on a small
// circle around that point when several share a territory. Actors without coordinates go to a row below.
std::vector<Vec2> GeographicLayout(const Dataset& data);

// Pushes movable points apart until none is closer than min_dist to another (or iterations run out), while a
// weak spring pulls each back towards its anchor. Grid-based: O(n) per iteration. Deterministic.
void SpreadApart(std::vector<Vec2>& pos, const std::vector<Vec2>& anchors, const std::vector<uint8_t>& movable,
                 double min_dist, int iterations);

// World units per degree in GeographicLayout.
constexpr double GeoScale = 10.0;

}  // namespace sse

namespace sse {
// The centre actor in the middle and every other actor on a ring by its link distance (ignoring direction);
// unreachable actors on an outer ring. With centre < 0, falls back to LevelsLayout.
std::vector<Vec2> EgoLayout(const Dataset& data, int centre);
}  // namespace sse
