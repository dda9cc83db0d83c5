// app_ui.h: the whole user interface for one frame. Call between ImGui::NewFrame() and ImGui::Render().
#pragma once

#include "core/explorer.h"
#include "ui/ui_state.h"

namespace sse::ui {

// 1. toolbar (layouts, search, fit), 2. canvas, 3. details panel, 4. diagnostics panel when a load failed.
void DrawApp(Explorer& ex, UiState& ui);

}  // namespace sse::ui
