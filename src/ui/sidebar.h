// sidebar.h: the left panel: filters, the legend of what is on screen, and the brief's cases and recommendations.
#pragma once

#include "core/explorer.h"
#include "ui/ui_state.h"

namespace sse::ui {

// Draws the sidebar docked to the left edge, below `top`, `width` pixels wide (when ex.panels.sidebar).
void DrawSidebar(Explorer& ex, UiState& ui, float top, float width);

}  // namespace sse::ui
