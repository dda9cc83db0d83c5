// figure_menu.h: the "Export figure as PNG" submenu of the Data and File menus (issue 15): 1x, 2x or 4x the
// canvas's size, with or without its background. Sets ui.export_requested to a figure format
// (core/figure_formats.h); the platform draws and delivers it.
#pragma once

#include "ui/ui_state.h"

namespace sse::ui {

// Draws the submenu (inside an open popup); `id` tells the Data menu's copy from the File menu's.
void FigurePngMenu(UiState& ui, const char* id);

}  // namespace sse::ui
