// toolbar_button.h: the desktop toolbar's buttons: an icon (ui/icons.h) with its word, or the icon alone with the word
// in its tooltip (docs/style.md, "Icons"); each is recorded in state().targets as "toolbar.<id>", so scripts and
// tests find it by name wherever the row put it.
#pragma once

#include "core/explorer.h"

namespace sse::ui {

// The icon of a layout (ui/icons.h), on the toolbar and in the phone's layout list.
const char* LayoutIcon(LayoutKind kind);

// Continues the toolbar on this line if `width` pixels still fit, else on the next one (large UI scales);
// `spacing` < 0: the style's item spacing.
void ToolbarNextItem(float width, float spacing = -1);

// Width of a framed button showing `label` (text after "##" not counted).
float ToolbarButtonWidth(const char* label);

// The label of a toolbar button: "<icon> <word>###<id>", or "<icon>###<id>" when !with_word.
std::string ToolbarLabel(const char* icon, const char* word, const char* id, bool with_word);

// One toolbar button (placed by ToolbarNextItem, spacing as there). The tooltip names it: the word when the icon
// stands alone, then `tip` (may be null). Returns true when pressed.
bool ToolbarButton(Explorer& ex, const char* icon, const char* word, const char* id, const char* tip, bool with_word,
                   float spacing = -1);

// Records the last item as the touch/automation target "toolbar.<id>" (state().targets).
void RecordToolbarTarget(Explorer& ex, const char* id);

// Shows the tooltip of a toolbar item when hovered (also when disabled): the word if the icon stood alone, then tip.
void ToolbarTooltip(const char* word, const char* tip, bool with_word);

}  // namespace sse::ui
