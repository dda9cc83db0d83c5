// edit_ui.h: the editing interface (issue 16): edit mode's canvas gestures, its toolbar items and keys, the
// details panel's forms, the prompts (name of a new actor, relation of a new link, restore, Save as, quit).
// It draws and reads input; every change it makes goes through the Explorer (one undoable edit each).
#pragma once

#include "core/explorer.h"
#include "imgui.h"
#include "ui/ui_state.h"

namespace sse::ui {

// --- canvas gestures (edit_gestures.cpp), called by DrawGraphCanvas ---
// On a press on `actor` in edit mode: true when it starts a link drag (from the actor's rim, or with Alt held),
// which then neither moves the actor nor pans the view.
bool EditPressStartsLink(Explorer& ex, UiState& ui, Vec2 mouse, int actor);
// On the release of a link drag: a link to the actor under the mouse (kind from the two levels), and its
// relation chooser opened there.
void EditFinishLink(Explorer& ex, UiState& ui, Vec2 mouse);
// Edit mode, a press with Shift on the background: starts a selection box (the rubber band) instead of a pan.
void EditPressStartsBox(Explorer& ex, UiState& ui, Vec2 mouse);
// The box's release: every visible actor inside it joins the selection.
void EditFinishBox(Explorer& ex, UiState& ui, Vec2 mouse);
// A double-click on the background in edit mode: a new actor there, selected, its name box open.
void EditDoubleClick(Explorer& ex, UiState& ui, Vec2 mouse);
// The rubber line of a link drag and the rings of every selected actor beyond the first.
void DrawEditCanvasFeedback(ImDrawList* dl, const Explorer& ex, const UiState& ui, Vec2 mouse);

// --- toolbar, keys and prompts (edit_ui.cpp) ---
// Edit toggle, Undo / Redo (their tooltips say what), File menu (New, Save, Save as), Record step.
void EditToolbarItems(Explorer& ex, UiState& ui);
// E toggles edit mode; Delete / Backspace delete the selection; Ctrl+Z, Ctrl+Shift+Z, Ctrl+Y undo and redo
// (Cmd on macOS); Ctrl+S saves (desktop). Not while typing in a text field.
void EditShortcuts(Explorer& ex, UiState& ui);
// The new actor's name box, the new link's relation chooser, the restore banner, the Save as and quit prompts.
void DrawEditPrompts(Explorer& ex, UiState& ui);
// The tour being recorded, on its caption: title and caption typed in place, steps moved, re-recorded, deleted.
void DrawCaptionEditor(Explorer& ex, UiState& ui);

// --- forms (edit_form.cpp) ---
// In edit mode, the details panel's content for the selected actor (or the link chosen in it): every field of
// the format, each checked as it is typed with the rule's message beside it; a change is one `set` edit.
void DrawEditForm(Explorer& ex, UiState& ui);
// Edit mode with a case or a recommendation chosen, or a territory's cell current in the table (no actor
// selected): the details panel is its form (texts, territory, provenance, the ids it lists, sources; a territory's
// name, kind, parent and coordinates), each field checked as typed like the actor's.
void DrawContentForm(Explorer& ex, UiState& ui);

}  // namespace sse::ui
