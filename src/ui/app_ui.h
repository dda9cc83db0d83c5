// app_ui.h: the whole user interface for one frame. Call between ImGui::NewFrame() and ImGui::Render().
#pragma once

#include "core/explorer.h"
#include "ui/ui_state.h"

namespace sse::ui {

// 1. toolbar (layouts, search, fit), 2. canvas, 3. details panel, 4. diagnostics panel when a load failed.
void DrawApp(Explorer& ex, UiState& ui);
// The search box with its type-ahead list (Enter or a click selects and flies there); width 0 and no hint: the
// desktop toolbar's.
void SearchBox(Explorer& ex, UiState& ui, float width = 0, const char* hint = nullptr);
// The "View" menu's popup (opened with ImGui::OpenPopup("view")): panels, actor size, theme, interface size, motion.
void ViewMenu(Explorer& ex, UiState& ui);

}  // namespace sse::ui
