// import_dialog.h: the preview of opened files (counts, errors and warnings) with Replace / Merge / Cancel, and the
// Data menu (Open…, exports, template). Draws only: the choices are commands and requests to the platform.
#pragma once

#include "core/explorer.h"
#include "ui/ui_state.h"

namespace sse::ui {

// The preview window while an import is pending (Explorer::Pending): buttons run `import replace|merge|cancel`.
void DrawImportDialog(Explorer& ex, UiState& ui);

// The "Data" toolbar popup's contents (call after OpenPopup("data")): sets ui.open_requested / ui.export_requested.
void DataMenu(Explorer& ex, UiState& ui);

// Ctrl+V over the canvas (desktop): cells copied from a spreadsheet (tab-separated text) are opened as a table.
void PasteCells(Explorer& ex);

}  // namespace sse::ui
