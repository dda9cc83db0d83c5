// canvas_labels.h: the actors' labels on the network canvas, placed so that none overlap.
#pragma once

#include "core/explorer.h"
#include "imgui.h"
#include "ui/screen_actors.h"

namespace sse::ui {

// Draws the labels of the visible actors (name, then the territory code when the cue is on) under their actors;
// the selected, hovered and best-connected actors claim space first, a label that would overlap is left out.
void DrawLabels(ImDrawList* dl, const Explorer& ex, const ScreenActors& sa, float scale);

}  // namespace sse::ui
