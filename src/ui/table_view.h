// table_view.h: the same data as the canvas, as sortable tables (actors with their metrics, links, territories
// with SSE indicators). The accessible way in: keyboard-operable, readable by screen readers through text,
// and it mirrors the selection both ways.
#pragma once

#include "core/explorer.h"
#include "ui/ui_state.h"

namespace sse::ui {

// Draws the table window when ex.panels.table is set.
void DrawTableView(Explorer& ex, UiState& ui);

}  // namespace sse::ui
