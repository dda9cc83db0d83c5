// edit_ui.cpp: edit mode's toolbar items, keys and prompts, and the caption editor of a recorded tour (see
// edit_ui.h). Every change goes through an Explorer command or action, so it is one undoable edit.
#include <algorithm>
#include <string>

#include <nlohmann/json.hpp>

#include "core/message_text.h"
#include "core/vocabulary.h"
#include "ui/edit_ui.h"
#include "ui/figure_menu.h"
#include "ui/icons.h"
#include "ui/theme.h"
#include "ui/toolbar_button.h"
#include "ui/tr.h"

namespace sse::ui {

namespace {

// Runs a command and shows its message when it was refused (or when `always`).
void Run(Explorer& ex, const std::string& command, bool always = false) {
    CommandResult r = ex.Command(command);
    if (!r.ok || always) ex.notices.push_back(MessageText(r.code, r.message));
}

void Save(Explorer& ex, UiState& ui) {
    CommandResult r = ex.Command("save");
    if (r.code == "needs-path") {
        ui.save_as_open = true;
        return;
    }
    ex.notices.push_back(r.ok ? TrF("edit.saved", "Saved {file}.", {{"file", ex.FileName()}}) : MessageText(r.code, r.message));
}

// A small window at a screen point that never takes the whole screen.
bool BeginPrompt(const char* name, ImVec2 at, ImVec2 pivot = ImVec2(0, 0)) {
    ImGui::SetNextWindowPos(at, ImGuiCond_Always, pivot);
    ImGui::SetNextWindowBgAlpha(0.97f);
    return ImGui::Begin(name, nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_AlwaysAutoResize |
                                           ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoMove);
}

}  // namespace

void EditToolbarItems(Explorer& ex, UiState& ui) {
    const bool editing = ex.Editing();
    const float group_gap = 20 * ui.ui_scale;
    const std::string edit_label = ToolbarLabel(icon::Edit, Tr("edit.edit", "Edit"), "edit", true);
    ToolbarNextItem(ToolbarButtonWidth(edit_label.c_str()), group_gap);
    if (editing) ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_ButtonActive));
    if (ImGui::Button(edit_label.c_str())) Run(ex, editing ? "edit off" : "edit on");
    if (editing) ImGui::PopStyleColor();
    RecordToolbarTarget(ex, "edit");
    ToolbarTooltip(Tr("edit.edit", "Edit"),
                   editing ? Tr("edit.on_tip", "Edit mode is on (E turns it off): double-click the background adds an actor, a drag "
                                               "from an actor's edge (or with Alt) links two, Delete removes the selection")
                           : Tr("edit.off_tip", "Edit the map (E): add actors and links, change their fields"),
                   true);
    const Document& doc = ex.Doc();
    if (editing || doc.CanUndo() || doc.CanRedo()) {
        // Icons alone: their tooltips name them and say what they would undo or redo.
        const std::string undo_tip = doc.CanUndo() ? TrF("edit.undo_tip", "Undo: {what} (Ctrl+Z)", {{"what", doc.UndoLabel()}}) : "";
        ImGui::BeginDisabled(!doc.CanUndo());
        if (ToolbarButton(ex, icon::Undo, Tr("edit.undo", "Undo"), "undo", doc.CanUndo() ? undo_tip.c_str() : Tr("edit.nothing_to_undo", "Nothing to undo"), false))
            Run(ex, "undo");
        ImGui::EndDisabled();
        const std::string redo_tip = doc.CanRedo() ? TrF("edit.redo_tip", "Redo: {what} (Ctrl+Shift+Z or Ctrl+Y)", {{"what", doc.RedoLabel()}}) : "";
        ImGui::BeginDisabled(!doc.CanRedo());
        if (ToolbarButton(ex, icon::Redo, Tr("edit.redo", "Redo"), "redo", doc.CanRedo() ? redo_tip.c_str() : Tr("edit.nothing_to_redo", "Nothing to redo"), false))
            Run(ex, "redo");
        ImGui::EndDisabled();
    }
    if (ToolbarButton(ex, icon::File, Tr("edit.file", "File"), "file", nullptr, true)) ImGui::OpenPopup("file");
    if (ImGui::BeginPopup("file")) {
        if (ImGui::MenuItem(Titled(Tr("edit.new_map", "New map"), "new").c_str())) Run(ex, "new New map", true);
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", Tr("edit.new_map_tip", "An empty map with a title and nothing else (Undo brings this one back)"));
        if (ui.desktop) {
            if (ImGui::MenuItem(Titled(Tr("edit.save", "Save"), "save").c_str(), "Ctrl+S")) Save(ex, ui);
            if (ImGui::MenuItem(Titled(Tr("edit.save_as", "Save as..."), "saveas").c_str())) ui.save_as_open = true;
        } else {
            ImGui::TextDisabled("%s", Tr("edit.kept", "Your map is kept in this browser as you edit"));
        }
        // Where people look for it first; the Data menu has it too, with the other exports.
        if (ImGui::MenuItem(Titled(Tr("data.export_svg", "Export figure (SVG, the view as drawn)"), "filesvg").c_str())) ui.export_requested = "svg";
        FigurePngMenu(ui, "filepng");
        ImGui::EndPopup();
    }
    if (editing) {
        const std::string record_tip = ex.edit_tour.empty()
                                           ? std::string(Tr("edit.record_new_tip", "Append what is on screen (layout, view, filters, selection, case) as a step of a new tour"))
                                           : TrF("edit.record_tip", "Append what is on screen (layout, view, filters, selection, case) as a step of the tour '{tour}'",
                                                 {{"tour", ex.edit_tour}});
        if (ToolbarButton(ex, icon::Record, Tr("edit.record_step", "Record step"), "record", record_tip.c_str(), true)) Run(ex, "record-step");
    }
}

void EditShortcuts(Explorer& ex, UiState& ui) {
    ImGuiIO& io = ImGui::GetIO();
    if (io.WantTextInput) return;
    // ImGuiMod_Ctrl is Cmd on macOS (io.ConfigMacOSXBehaviors swaps them), so these are Cmd+Z etc. there.
    if (ImGui::IsKeyChordPressed(ImGuiMod_Ctrl | ImGuiKey_Z)) Run(ex, "undo");
    if (ImGui::IsKeyChordPressed(ImGuiMod_Ctrl | ImGuiMod_Shift | ImGuiKey_Z) || ImGui::IsKeyChordPressed(ImGuiMod_Ctrl | ImGuiKey_Y))
        Run(ex, "redo");
    if (ImGui::IsKeyChordPressed(ImGuiMod_Ctrl | ImGuiKey_S) && ui.desktop) Save(ex, ui);
    if (io.KeyCtrl || io.KeySuper || io.KeyAlt) return;
    if (ImGui::IsKeyPressed(ImGuiKey_E, false)) Run(ex, ex.Editing() ? "edit off" : "edit on");
    if (ex.Editing() && (ImGui::IsKeyPressed(ImGuiKey_Delete, false) || ImGui::IsKeyPressed(ImGuiKey_Backspace, false)) &&
        !ex.Selection().empty())
        Run(ex, "delete-selection", true);  // "deleted 2 actors and 5 links"
}

void DrawEditPrompts(Explorer& ex, UiState& ui) {
    const float scale = ui.ui_scale;
    // 1. The new actor's name: Enter keeps it (with the name typed), Esc cancels (undoes the add).
    if (!ui.naming_actor.empty()) {
        const int a = ex.Data().FindActor(ui.naming_actor);
        if (a < 0) {
            ui.naming_actor.clear();
        } else {
            const Vec2 s = ex.View().WorldToScreen(ex.Positions()[a]);
            const float below = (float)(ex.ActorRadius(a) * ex.View().zoom) + 10;
            if (BeginPrompt("##name_actor", ImVec2((float)s.x, (float)s.y + below), ImVec2(0.5f, 0))) {
                ImGui::TextDisabled("%s", Tr("edit.name_prompt", "Name of the new actor: Enter keeps it, Esc cancels"));
                if (ui.name_focus) {
                    ImGui::SetKeyboardFocusHere();
                    ui.name_focus = false;
                }
                ImGui::SetNextItemWidth(320 * scale);
                const bool enter = ImGui::InputTextWithHint("##name", Tr("edit.new_actor", "New actor"), ui.name_buffer, sizeof ui.name_buffer,
                                                            ImGuiInputTextFlags_EnterReturnsTrue);
                const bool escape = ImGui::IsKeyPressed(ImGuiKey_Escape, false);
                const bool left = ImGui::IsItemDeactivated() && !enter && !escape;
                const std::string id = ui.naming_actor;
                if (escape) {
                    if (ex.Doc().UndoLabel() == "add actor " + id) Run(ex, "undo");
                    ui.naming_actor.clear();
                } else if (enter || left) {
                    if (ui.name_buffer[0]) Run(ex, "set actor " + id + " name " + nlohmann::json(std::string(ui.name_buffer)).dump());
                    ui.naming_actor.clear();
                }
            }
            ImGui::End();
        }
    }
    // 2. The new link's relation, from the format's short list (kind and the rest are in the link's form).
    if (!ui.relation_link.empty()) {
        int l = -1;
        for (int i = 0; i < (int)ex.Data().links.size(); ++i)
            if (ex.Data().links[i].id == ui.relation_link) l = i;
        if (l < 0) {
            ui.relation_link.clear();
        } else {
            if (BeginPrompt("##relation", ImVec2(ui.relation_x + 12, ui.relation_y + 12))) {
                const Link& link = ex.Data().links[l];
                ImGui::TextDisabled("%s", TrF("edit.relation_prompt", "New {kind} link: what relation?", {{"kind", DisplayName(link.kind)}}).c_str());
                const EnumTable& relations = TableOf<Relation>();
                for (int r = 0; r < relations.count; ++r) {
                    if (ImGui::Selectable(relations.Display(r), (int)link.relation == r)) {
                        const std::string id = ui.relation_link;
                        ui.relation_link.clear();
                        if ((int)link.relation != r) Run(ex, "set link " + id + " relation \"" + relations.Name(r) + "\"");
                        break;
                    }
                }
                if (!ui.relation_link.empty() && ImGui::Button(Titled(Tr("edit.link_fields", "Edit the link's fields"), "fields").c_str())) {
                    ui.edit_link = ui.relation_link;
                    ex.Apply(Act(ViewVerb::Select, ex.Data().actors[link.from].id));
                    ui.relation_link.clear();
                }
                const bool outside = ImGui::IsMouseClicked(ImGuiMouseButton_Left) && !ImGui::IsWindowHovered();
                if (outside || ImGui::IsKeyPressed(ImGuiKey_Escape, false)) ui.relation_link.clear();
            }
            ImGui::End();
        }
    }
    // 3. A map restored from the browser's storage: keep it, or go back to what was loaded.
    ImGuiViewport* vp = ImGui::GetMainViewport();
    if (ex.persisted.restored) {
        if (BeginPrompt("##restored", ImVec2(vp->WorkPos.x + vp->WorkSize.x * 0.5f, vp->WorkPos.y + 90 * scale), ImVec2(0.5f, 0))) {
            ImGui::TextUnformatted(TrF("edit.restored", "Restored your unsaved map from {when}", {{"when", ex.persisted.restored_from}}).c_str());
            ImGui::SameLine();
            if (ImGui::Button(Titled(Tr("edit.keep", "Keep"), "keep").c_str())) Run(ex, "restore keep");
            ImGui::SameLine();
            if (ImGui::Button(Titled(Tr("edit.discard", "Discard"), "discard").c_str())) Run(ex, "restore discard");
        }
        ImGui::End();
    }
    // 4. Desktop: Save as, with a file name of our own (no system dialog to depend on).
    if (ui.save_as_open) {
        if (BeginPrompt("##save_as", ImVec2(vp->WorkPos.x + vp->WorkSize.x * 0.5f, vp->WorkPos.y + vp->WorkSize.y * 0.35f), ImVec2(0.5f, 0.5f))) {
            ImGui::TextUnformatted(Tr("edit.save_as_prompt", "Save the map as (a .json file; a relative name is from where the app started):"));
            if (ImGui::IsWindowAppearing()) ImGui::SetKeyboardFocusHere();
            ImGui::SetNextItemWidth(420 * scale);
            const bool enter = ImGui::InputTextWithHint("##file", "my-map.json", ui.save_as, sizeof ui.save_as,
                                                        ImGuiInputTextFlags_EnterReturnsTrue);
            if ((ImGui::Button(Titled(Tr("edit.save", "Save"), "save").c_str()) || enter) && ui.save_as[0]) {
                CommandResult r = ex.Command(std::string("save ") + ui.save_as);
                ex.notices.push_back(r.ok ? TrF("edit.saved", "Saved {file}.", {{"file", ex.FileName()}}) : MessageText(r.code, r.message));
                if (r.ok) ui.save_as_open = false;
                if (r.ok && ui.quit_requested) ui.quit_confirmed = true;
            }
            ImGui::SameLine();
            if (ImGui::Button(Titled(Tr("common.cancel", "Cancel"), "cancel").c_str()) || ImGui::IsKeyPressed(ImGuiKey_Escape, false)) ui.save_as_open = false;
        }
        ImGui::End();
    }
    // 5. Desktop: closing the window with unsaved changes asks first.
    if (ui.quit_requested && !ui.quit_confirmed && !ui.save_as_open) {
        if (BeginPrompt("##quit", ImVec2(vp->WorkPos.x + vp->WorkSize.x * 0.5f, vp->WorkPos.y + vp->WorkSize.y * 0.4f), ImVec2(0.5f, 0.5f))) {
            ImGui::TextUnformatted(Tr("edit.unsaved", "The map has unsaved changes."));
            if (ImGui::Button(Titled(Tr("edit.save", "Save"), "save").c_str())) {
                CommandResult r = ex.Command("save");
                if (r.ok) ui.quit_confirmed = true;
                else ui.save_as_open = true;
            }
            ImGui::SameLine();
            if (ImGui::Button(Titled(Tr("edit.quit_anyway", "Quit without saving"), "quit").c_str())) ui.quit_confirmed = true;
            ImGui::SameLine();
            if (ImGui::Button(Titled(Tr("common.cancel", "Cancel"), "cancel").c_str()) || ImGui::IsKeyPressed(ImGuiKey_Escape, false)) ui.quit_requested = false;
        }
        ImGui::End();
    }
}

namespace {

// The tour's steps as a list: a click previews one, a drag puts it elsewhere (move-step, one undo step). Each row is
// in state().targets as "step:N", so that a test can drag it as a hand does.
void StepList(Explorer& ex, const Tour& tour, int current) {
    const bool open = ImGui::CollapsingHeader(Titled(Tr("edit.step_list", "Steps (drag one to reorder; click to preview)"), "steps").c_str());
    const ImVec2 h0 = ImGui::GetItemRectMin(), h1 = ImGui::GetItemRectMax();
    ex.ui_targets.push_back({"step-list", h0.x, h0.y, h1.x - h0.x, h1.y - h0.y});
    if (!open) return;
    for (int i = 0; i < (int)tour.steps.size(); ++i) {
        ImGui::PushID(i);
        const std::string label = std::to_string(i + 1) + ". " + (tour.steps[i].title.empty() ? std::string("-") : tour.steps[i].title);
        if (ImGui::Selectable(label.c_str(), i == current)) Run(ex, "step " + std::to_string(i + 1));
        const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
        ex.ui_targets.push_back({"step:" + std::to_string(i + 1), a.x, a.y, b.x - a.x, b.y - a.y});
        if (ImGui::BeginDragDropSource()) {
            ImGui::SetDragDropPayload("SSE_STEP", &i, sizeof i);
            ImGui::TextUnformatted(label.c_str());
            ImGui::EndDragDropSource();
        }
        if (ImGui::BeginDragDropTarget()) {
            if (const ImGuiPayload* p = ImGui::AcceptDragDropPayload("SSE_STEP")) {
                const int from = *static_cast<const int*>(p->Data);
                if (from != i) Run(ex, "move-step " + std::to_string(from + 1) + " " + std::to_string(i + 1));
            }
            ImGui::EndDragDropTarget();
        }
        ImGui::PopID();
    }
}

}  // namespace

void DrawCaptionEditor(Explorer& ex, UiState& ui) {
    const int t = ex.TourIndex(), n = ex.TourStepIndex();
    const Tour& tour = ex.Data().tours[t];
    const TourStep& step = tour.steps[n];
    const std::string subject = tour.id + ":" + std::to_string(n);
    if (ui.caption_subject != subject || (ui.caption_revision != ex.Doc().Revision() && !ImGui::IsAnyItemActive())) {
        ui.caption_subject = subject;
        ui.caption_revision = ex.Doc().Revision();
        ui.caption_text["##step-title"] = step.title;
        ui.caption_text["##step-text"] = step.text;
        ui.caption_error.clear();
    }
    const std::string prefix = "set step " + tour.id + " " + std::to_string(n + 1) + " ";
    auto field = [&](const char* key, const char* json_field, bool multiline) {
        std::string& text = ui.caption_text[key];
        char buffer[2048];
        std::snprintf(buffer, sizeof buffer, "%s", text.c_str());
        ImGui::SetNextItemWidth(-1);
        const bool changed = multiline ? ImGui::InputTextMultiline(key, buffer, sizeof buffer, ImVec2(-1, ImGui::GetTextLineHeight() * 3.2f))
                                       : ImGui::InputText(key, buffer, sizeof buffer);
        if (changed) text = buffer;
        if (ImGui::IsItemDeactivatedAfterEdit()) {
            CommandResult r = ex.Command(prefix + json_field + " " + nlohmann::json(text).dump());
            ui.caption_error[key] = r.ok ? "" : MessageText(r.code, r.message);
        }
        if (!ui.caption_error[key].empty()) ImGui::TextColored(ImVec4(0.8f, 0.1f, 0.1f, 1), "%s", ui.caption_error[key].c_str());
    };
    ImGui::TextDisabled("%s", Tr("edit.caption_hint", "Type the step's title and caption (Tab moves between them; leaving a field applies it)"));
    field("##step-title", "title", false);
    field("##step-text", "text", true);
    // The step list's order and content: move, re-record, delete.
    const std::string num = std::to_string(n + 1);
    ImGui::BeginDisabled(n == 0);
    if (ImGui::Button(Titled(Tr("edit.move_earlier", "Move earlier"), "earlier").c_str())) Run(ex, "move-step " + num + " " + std::to_string(n));
    ImGui::EndDisabled();
    ImGui::SameLine();
    ImGui::BeginDisabled(n + 1 >= (int)tour.steps.size());
    if (ImGui::Button(Titled(Tr("edit.move_later", "Move later"), "later").c_str())) Run(ex, "move-step " + num + " " + std::to_string(n + 2));
    ImGui::EndDisabled();
    ImGui::SameLine();
    if (ImGui::Button(Titled(Tr("edit.rerecord", "Re-record"), "rerecord").c_str())) Run(ex, "rerecord-step " + num);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", Tr("edit.rerecord_tip", "This step takes what is on screen now (its title and caption stay)"));
    ImGui::SameLine();
    ImGui::BeginDisabled(tour.steps.size() <= 1);  // a tour keeps at least one step (delete the tour instead)
    if (ImGui::Button(Titled(Tr("edit.delete_step", "Delete step"), "delstep").c_str())) Run(ex, "delete step " + tour.id + " " + num);
    ImGui::EndDisabled();
    ImGui::SameLine();
    if (ImGui::Button(Titled(Tr("edit.record_step", "Record step"), "record").c_str())) {
        ex.edit_tour = tour.id;
        Run(ex, "record-step");
    }
    StepList(ex, tour, n);
}

}  // namespace sse::ui
