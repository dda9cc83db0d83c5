// world_outline.h: the world's land outlines drawn behind the geographic layout, read from the compact
// binary file that scripts/make_world_outline.mjs derives at build time from Natural Earth (world-atlas).
// Nothing here throws or aborts, whatever the input.
//
// File format (little-endian):
//   "SSEW"                      4 bytes magic
//   uint32 ring_count
//   ring_count times: uint32 point_count (>= 2), then point_count pairs of int16 (lon*100, lat*100),
//                     lon in [-180, 180] and lat in [-90, 90] degrees
// and nothing after the last ring. A closed ring repeats its first point at the end; open pieces are
// polylines (the seams along the antimeridian are cut out by the generator).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "core/vec2.h"

namespace sse {

// Larger files are rejected before being read (the 1:110m outline is about 20 KB).
constexpr size_t kMaxWorldOutlineBytes = size_t{16} * 1024 * 1024;

struct WorldOutline {
    std::vector<std::vector<Vec2>> rings;  // polylines in degrees: x = longitude, y = latitude (north up)
};

// Decodes `bytes`. On success fills `out` and returns true; otherwise leaves `out` empty, sets `error`
// to a one-line explanation and returns false.
bool ParseWorldOutline(const std::vector<uint8_t>& bytes, WorldOutline& out, std::string& error);

// Reads `path` and decodes it like ParseWorldOutline; a missing, unreadable or oversized file is an error.
bool LoadWorldOutlineFile(const std::string& path, WorldOutline& out, std::string& error);

}  // namespace sse
