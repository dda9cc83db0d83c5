// theme.h: colours and sizes of the network drawing. Colours are from the Okabe-Ito palette (colour-blind safe);
// kinds are also told apart by shape, and link kinds by dash, never by colour alone.
#pragma once

#include <string>

#include "imgui.h"
#include "core/display_list.h"  // ActorShape, ActorKindShape: the shapes are decided in core
#include "core/model.h"
#include "core/territory_cue.h"
#include "core/vocabulary.h"  // display names (DisplayName) of what the theme colours, for every drawing file

namespace sse::ui {

// Fill colour of an actor kind.
ImU32 ActorKindColor(ActorKind kind);
// The ring colour of the i-th country (TerritoryCues::country), cycling through kTerritoryRingColours.
ImU32 TerritoryRingColor(int country);

// Canvas colours of a theme.
struct Palette {
    ImU32 background, link, link_highlight, label, label_backdrop, selection, band_a, band_b, band_label, outline;
    ImU32 land, graticule;  // the Map layout's world outline and its meridians and parallels (quieter than links)
};

// The palette of the theme applied last by ApplyTheme.
const Palette& CurrentPalette();

// Rebuilds the ImGui style for a theme (a wire name of the Theme vocabulary; an unknown one gives the light
// theme) at a UI scale (1 = 100%): sizes are
// scaled and the font is re-rasterised at the new size (Dear ImGui 1.92 dynamic fonts), so text stays crisp.
void ApplyTheme(const std::string& theme, float scale);

constexpr float BaseFontSize = 15.0f;  // pixels at 100%: body text

// The type scale (docs/style.md), as multiples of BaseFontSize (the UI scale multiplies them all): window and panel
// titles, section headers, body text, captions (secondary text, told apart by colour: ImGuiCol_TextDisabled).
namespace type {
constexpr float Title = 1.3f;
constexpr float Section = 1.0f;  // on a header bar or separator line, which sets it apart
constexpr float Body = 1.0f;
constexpr float Caption = 1.0f;  // not smaller: a projector's back row must read it too
// Text read from across a room (the tour caption) is the same scale times Reading (Presenting in the full-screen view).
constexpr float Reading = 1.1f;
constexpr float Presenting = 1.4f;
}  // namespace type

}  // namespace sse::ui
