// details_panel.h: everything about the selected actor, with its links and sources; clicking navigates.
#pragma once

#include "core/explorer.h"
#include "ui/ui_state.h"

namespace sse::ui {

// Draws the details window docked to the right edge (width in pixels), if an actor is selected.
void DrawDetailsPanel(Explorer& ex, UiState& ui, float top, float width);

}  // namespace sse::ui
