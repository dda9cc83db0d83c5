// palette.cpp: see palette.h.
#include "core/palette.h"

#include "core/explorer.h"
#include "core/graph_writer.h"
#include "core/territory_cue.h"

namespace sse {

Rgb ActorKindRgb(ActorKind kind) {
    switch (kind) {
        case ActorKind::PolicyMaker: return {0, 114, 178};                // blue
        case ActorKind::PublicAgency: return {86, 180, 233};              // sky blue
        case ActorKind::Practitioner: return {0, 158, 115};               // bluish green
        case ActorKind::ExpertBody: return {204, 121, 167};               // reddish purple
        case ActorKind::Network: return {230, 159, 0};                    // orange
        case ActorKind::InternationalOrganisation: return {100, 100, 100}; // grey
        case ActorKind::Funder: return {213, 94, 0};                      // vermillion
        case ActorKind::Programme: return {240, 228, 66};                 // yellow
    }
    return {};
}

Rgb TerritoryRingRgb(int country) {
    // Paul Tol's "muted" scheme: darker and duller than the kinds' Okabe-Ito fills, so a ring reads as a
    // second attribute; the territory code beside the label carries the same information in text.
    static const Rgb ring[kTerritoryRingColours] = {
        {51, 34, 136},   // indigo
        {204, 102, 119}, // rose
        {17, 119, 51},   // green
        {221, 204, 119}, // sand
        {136, 34, 85},   // wine
        {136, 204, 238}, // cyan
        {153, 153, 51},  // olive
        {170, 68, 153},  // purple
    };
    return ring[(country < 0 ? 0 : country) % kTerritoryRingColours];
}

const CanvasPalette& CanvasPaletteFor(const std::string& theme) {
    static const CanvasPalette light = {{250, 250, 247, 255}, {90, 96, 110, 150},   {20, 24, 32, 235},    {20, 24, 32, 255},
                                        {250, 250, 247, 200}, {213, 94, 0, 255},    {240, 242, 246, 255}, {246, 247, 249, 255},
                                        {90, 96, 110, 255},   {255, 255, 255, 255}, {170, 176, 186, 255}, {226, 229, 234, 255}};
    static const CanvasPalette dark = {{24, 26, 31, 255},    {170, 176, 190, 140}, {245, 245, 245, 240}, {235, 237, 240, 255},
                                       {24, 26, 31, 210},    {240, 150, 60, 255},  {32, 35, 42, 255},    {28, 30, 36, 255},
                                       {170, 176, 190, 255}, {24, 26, 31, 255},    {96, 102, 116, 255},  {44, 47, 55, 255}};
    // High contrast: pure black on white, heavy links, for projectors that wash colours out.
    static const CanvasPalette high = {{255, 255, 255, 255}, {0, 0, 0, 200},       {0, 0, 0, 255},       {0, 0, 0, 255},
                                       {255, 255, 255, 235}, {200, 0, 0, 255},     {235, 235, 235, 255}, {255, 255, 255, 255},
                                       {0, 0, 0, 255},       {0, 0, 0, 255},       {0, 0, 0, 170},       {190, 190, 190, 255}};
    if (theme == "dark") return dark;
    if (theme == "high-contrast") return high;
    return light;
}

std::map<std::string, NodeLook> ActorLooks(const Explorer& explorer) {
    std::map<std::string, NodeLook> looks;
    const auto& actors = explorer.Data().actors;
    const auto& positions = explorer.Positions();
    for (size_t i = 0; i < actors.size() && i < positions.size(); ++i) {
        const Rgb c = ActorKindRgb(actors[i].kind);
        NodeLook look;
        look.x = positions[i].x;
        look.y = positions[i].y;
        look.size = explorer.ActorRadius(static_cast<int>(i));
        look.r = c.r;
        look.g = c.g;
        look.b = c.b;
        looks[actors[i].id] = look;
    }
    return looks;
}

}  // namespace sse
