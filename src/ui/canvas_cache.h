// canvas_cache.h: the memory the network canvas keeps between frames (the display list, screen positions,
// scratch buffers, label measures), owned by the caller (UiState) rather than hidden in function-local statics:
// two canvases or two ImGui contexts (tests) never share it, and it is freed with its owner.
#pragma once

#include <vector>

#include "core/display_list.h"
#include "imgui.h"
#include "ui/canvas_labels.h"
#include "ui/screen_actors.h"

namespace sse::ui {

struct CanvasCache {
    DisplayList list;       // what is drawn this frame (rebuilt every frame, its memory reused)
    ScreenActors screen;    // the list's actors on screen
    LabelCache labels;      // label sizes and the placed-label grid
    ImFont* font = nullptr;  // the canvas's font and text size (the level bands' names) in its last frame
    float font_size = 15.0f;
    // Scratch, reused every frame so that the drawing loops never allocate.
    std::vector<ImVec2> path, dashes, shape_points;
    std::vector<ImVec2> minimap_centres;
    std::vector<ImU32> minimap_colours;
};

}  // namespace sse::ui
