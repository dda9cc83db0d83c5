// graph_canvas.h: the full-window network canvas: draws links, actors and labels with ImDrawList and turns
// mouse input into pan, zoom, drag, hover and select on the Explorer.
#pragma once

#include "core/explorer.h"
#include "imgui.h"
#include "ui/canvas_cache.h"
#include "ui/ui_state.h"

namespace sse::ui {

// Draws the canvas filling the rectangle (x, y, w, h) in screen pixels and handles its input.
void DrawGraphCanvas(Explorer& ex, UiState& ui, float x, float y, float w, float h);

// Draws the network picture of the current view (View(): its origin and viewport) into dl: the background
// (optional), the map or level bands, links, actors and labels, with cache.font; no input, no minimap. The canvas
// draws it every frame; a PNG export draws it again at a higher density (figure_view.h).
void DrawCanvasPicture(ImDrawList* dl, const Explorer& ex, CanvasCache& cache, float ui_scale, bool background);

}  // namespace sse::ui
