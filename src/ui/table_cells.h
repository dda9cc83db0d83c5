// table_cells.h: the table view's cells in edit mode (issue 16): a click makes a cell current, a second click (or
// Enter on it) types into it, or opens the list of words for a vocabulary column; Ctrl+V pastes a block of
// spreadsheet cells from the current cell down and right. What a cell takes and the paste itself are core's
// (table_paste.h, command paste-cells); this file draws and forwards.
#pragma once

#include <string>
#include <vector>

#include "core/explorer.h"
#include "core/table_paste.h"
#include "ui/ui_state.h"

namespace sse::ui {

// Draws the cell of `column` in row `row_id` showing `text`: plain text outside edit mode and for computed
// columns, else a cell that can be made current and edited. True when it was clicked (the row's actor may follow).
bool EditableCell(Explorer& ex, UiState& ui, TableKind table, const std::string& row_id, int column, const std::string& text);

// After `table` is drawn with `rows` (its row ids as shown): applies a cell typed into while it was drawn, and a
// pending paste (Ctrl+V on the desktop, the page's paste event on the web) from the current cell, with a notice.
void PasteIntoTable(Explorer& ex, UiState& ui, TableKind table, const std::vector<std::string>& rows);

// True when a paste should go into the table rather than open the cells as an import.
bool TableTakesPaste(const Explorer& ex);

}  // namespace sse::ui
