// wrapped_selectable.h: a selectable row whose text wraps to the available width instead of being cut.
#pragma once

#include <string>

namespace sse::ui {

// Like ImGui::Selectable, but the text wraps at the right edge of the available width, and the row is as tall as
// the wrapped text (recommendation and case titles are sentences). `id` must be unique in the current ID scope
// ("##case3"); the text is not part of the ID. Returns true when clicked.
bool WrappedSelectable(const char* id, const std::string& text, bool selected);

}  // namespace sse::ui
