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

// Fill colour of an actor kind.
Rgb ActorKindRgb(ActorKind kind);

// How each positioned actor is drawn now, by actor id: world position, radius, kind colour (for GEXF's viz).
std::map<std::string, NodeLook> ActorLooks(const Explorer& explorer);

}  // namespace sse
