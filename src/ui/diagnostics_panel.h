// diagnostics_panel.h: the loader's messages (file:line:col: error: ...) when a data file has problems.
#pragma once

#include "core/explorer.h"
#include "ui/ui_state.h"

namespace sse::ui {

// Draws the diagnostics window along the bottom edge when the last load reported anything.
void DrawDiagnosticsPanel(const Explorer& ex, UiState& ui);

}  // namespace sse::ui
