// tour_caption.h: the running tour's step as a caption along the bottom: title, text, progress, buttons.
// Large in the presentation view, so it reads from the back of a room.
#pragma once

#include "core/explorer.h"
#include "ui/ui_state.h"

namespace sse::ui {

// Draws the caption when a tour is running (nothing otherwise).
void DrawTourCaption(Explorer& ex, UiState& ui);

}  // namespace sse::ui
