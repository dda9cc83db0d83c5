// wrapped_header.h: a collapsing header whose label wraps onto more lines when the panel is too narrow for it (a long
// translation, a large interface size), instead of being cut at the panel's edge.
#pragma once

#include "imgui.h"

namespace sse::ui {

// ImGui::CollapsingHeader with `text` as its label and `id` as its identity (the state survives a language change);
// one line when the text fits, else a taller header with the text wrapped inside it.
bool WrappedHeader(const char* text, const char* id, ImGuiTreeNodeFlags flags = 0);

// Text that continues the current line when it fits there, else starts a new line and wraps (a hint beside a field).
void HintBesideOrBelow(const char* text);

}  // namespace sse::ui
