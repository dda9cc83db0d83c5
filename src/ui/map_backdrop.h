// map_backdrop.h: the world map behind the geographic layout: land outlines (Natural Earth, 1:110m) and
// a faint graticule every 30 degrees, in the layout's equirectangular projection
// (world x = lon * geo_scale, y = -lat * geo_scale; north up).
#pragma once

#include "imgui.h"
#include "core/camera.h"
#include "core/world_outline.h"

namespace sse::ui {

// Draws the backdrop into `dl`, clipped to the camera's canvas (cam.origin, cam.viewport). Call it before
// drawing links and actors. Rings and segments outside the canvas are skipped, so the cost stays small
// at any zoom. An empty outline draws only the graticule.
void DrawMapBackdrop(ImDrawList* dl, const sse::Camera& cam, const sse::WorldOutline& outline, double geo_scale);

}  // namespace sse::ui
