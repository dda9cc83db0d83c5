// palette.h: the colours of actor kinds, decided once so that the canvas (ui/theme) and the files the explorer
// writes (GEXF viz:color, SVG) show the same colour for the same kind. Okabe-Ito's colour-blind-safe palette.
#pragma once

#include <cstdint>
#include <map>
#include <string>

#include "core/model.h"

namespace sse {

class Explorer;
struct NodeLook;

struct Rgb {
    uint8_t r = 128, g = 128, b = 128;
};

struct Rgba {
    uint8_t r = 0, g = 0, b = 0, a = 255;
};

// The network canvas's colours in one theme; the canvas (ui/theme) and the SVG export read the same table.
struct CanvasPalette {
    Rgba background, link, link_highlight, label, label_backdrop, selection, band_a, band_b, band_label, outline;
    Rgba land, graticule;  // the Map layout's world outline and its meridians and parallels (quieter than links)
};

// Fill colour of an actor kind.
Rgb ActorKindRgb(ActorKind kind);
// The ring colour of the i-th country (TerritoryCues::country), cycling through kTerritoryRingColours.
Rgb TerritoryRingRgb(int country);
// The canvas palette of a theme (a wire name of the Theme vocabulary; an unknown one gives the light theme's).
const CanvasPalette& CanvasPaletteFor(const std::string& theme);

// How each positioned actor is drawn now, by actor id: world position, radius, kind colour (for GEXF's viz).
std::map<std::string, NodeLook> ActorLooks(const Explorer& explorer);

}  // namespace sse
