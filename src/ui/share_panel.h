// share_panel.h: the Share panel: the current view's link as a large QR code, the link as text, Copy link.
#pragma once

#include "core/explorer.h"
#include "ui/ui_state.h"

namespace sse::ui {

// Draws the panel while ex.presentation.share is on (command `share on|off`, the toolbar's Share, Esc closes).
// The code is black on white whatever the theme, with a four-module quiet zone, as large as the window allows.
void DrawSharePanel(Explorer& ex, UiState& ui);

}  // namespace sse::ui
