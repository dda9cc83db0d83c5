// graph_canvas.h: the full-window network canvas: draws links, actors and labels with ImDrawList and turns
// mouse input into pan, zoom, drag, hover and select on the Explorer.
#pragma once

#include "core/explorer.h"
#include "ui/ui_state.h"

namespace sse::ui {

// Draws the canvas filling the rectangle (x, y, w, h) in screen pixels and handles its input.
void DrawGraphCanvas(Explorer& ex, UiState& ui, float x, float y, float w, float h);

}  // namespace sse::ui
