// overlays.h: windows drawn over everything: the help overlay (every shortcut), the first-visit welcome,
// short notices (a link that could not be fully understood), and the presenter's spotlight pointer.
#pragma once

#include "core/explorer.h"
#include "ui/ui_state.h"

namespace sse::ui {

// The shortcut list, when ex.presentation.help is on (? or F1 toggles it).
void DrawHelpOverlay(Explorer& ex);
// The first-visit welcome with three hints, when ex.presentation.welcome is on; "don't show again" sets
// ui.remember_no_welcome for the platform to save.
void DrawWelcome(Explorer& ex, UiState& ui);
// Notices fade out after a few seconds.
void DrawNotices(Explorer& ex, UiState& ui);
// A spotlight around the mouse: the rest of the canvas is dimmed (ex.presentation.pointer).
void DrawPointer(const Explorer& ex);

}  // namespace sse::ui
