// figure_view.h: the view as a figure (issue 15, PNG export): the canvas's picture (graph_canvas.h
// DrawCanvasPicture) plus the title, a tour step's caption and the legend, placed as the SVG export places them
// (core/svg_export.cpp Legend), drawn into a draw list of its own. The caller renders that list into an offscreen
// framebuffer at a higher density (platform/figure_png.cpp): nothing here touches the screen's frame.
#pragma once

#include "core/explorer.h"
#include "imgui.h"
#include "ui/canvas_cache.h"

namespace sse::ui {

// Draws the figure of the current view into dl (in the canvas's screen coordinates: View().origin, viewport).
// `cache` must be the figure's own (not the canvas's) with font and font_size set; `ui_scale` as the canvas's.
void DrawFigure(ImDrawList* dl, const Explorer& ex, CanvasCache& cache, float ui_scale, bool background);

}  // namespace sse::ui
