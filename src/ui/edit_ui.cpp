// edit_ui.cpp: edit mode's toolbar items, keys and prompts, and the caption editor of a recorded tour (see
// edit_ui.h). Every change goes through an Explorer command or action, so it is one undoable edit.
#include <algorithm>
#include <string>

#include <nlohmann/json.hpp>

#include "core/vocabulary.h"
#include "ui/edit_ui.h"
#include "ui/theme.h"

namespace sse::ui {

namespace {

// Continues the toolbar on this line if `width` pixels still fit, else on the next one (as app_ui.cpp does).
void NextItem(float width) {
    const float sp = ImGui::GetStyle().ItemSpacing.x;
    const float right = ImGui::GetItemRectMax().x + sp + width;
    if (right < ImGui::GetWindowPos().x + ImGui::GetWindowWidth() - ImGui::GetStyle().WindowPadding.x) ImGui::SameLine(0, sp);
}

float ButtonWidth(const char* label) { return ImGui::CalcTextSize(label).x + ImGui::GetStyle().FramePadding.x * 2; }

// Runs a command and shows its message when it was refused (or when `always`).
void Run(Explorer& ex, const std::string& command, bool always = false) {
    CommandResult r = ex.Command(command);
    if (!r.ok || always) ex.notices.push_back(r.message);
}

void Save(Explorer& ex, UiState& ui) {
    CommandResult r = ex.Command("save");
    if (r.code == "needs-path") {
        ui.save_as_open = true;
        return;
    }
    ex.notices.push_back(r.ok ? "Saved " + ex.FileName() + "." : r.message);
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
    NextItem(ButtonWidth("Edit"));
    if (editing) ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_ButtonActive));
    if (ImGui::Button("Edit")) Run(ex, editing ? "edit off" : "edit on");
    if (editing) ImGui::PopStyleColor();
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip(editing ? "Edit mode is on (E turns it off): double-click the background adds an actor, a drag "
                                    "from an actor's edge (or with Alt) links two, Delete removes the selection"
                                  : "Edit the map (E): add actors and links, change their fields");
    const Document& doc = ex.Doc();
    if (editing || doc.CanUndo() || doc.CanRedo()) {
        NextItem(ButtonWidth("Undo"));
        ImGui::BeginDisabled(!doc.CanUndo());
        if (ImGui::Button("Undo")) Run(ex, "undo");
        ImGui::EndDisabled();
        if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled))
            ImGui::SetTooltip(doc.CanUndo() ? "Undo: %s (Ctrl+Z)" : "Nothing to undo%s", doc.UndoLabel().c_str());
        NextItem(ButtonWidth("Redo"));
        ImGui::BeginDisabled(!doc.CanRedo());
        if (ImGui::Button("Redo")) Run(ex, "redo");
        ImGui::EndDisabled();
        if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled))
            ImGui::SetTooltip(doc.CanRedo() ? "Redo: %s (Ctrl+Shift+Z or Ctrl+Y)" : "Nothing to redo%s", doc.RedoLabel().c_str());
    }
    NextItem(ButtonWidth("File"));
    if (ImGui::Button("File")) ImGui::OpenPopup("file");
    if (ImGui::BeginPopup("file")) {
        if (ImGui::MenuItem("New map")) Run(ex, "new New map", true);
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("An empty map with a title and nothing else (Undo brings this one back)");
        if (ui.desktop) {
            if (ImGui::MenuItem("Save", "Ctrl+S")) Save(ex, ui);
            if (ImGui::MenuItem("Save as...")) ui.save_as_open = true;
        } else {
            ImGui::TextDisabled("Your map is kept in this browser as you edit");
        }
        ImGui::EndPopup();
    }
    if (editing) {
        NextItem(ButtonWidth("Record step"));
        if (ImGui::Button("Record step")) Run(ex, "record-step");
        if (ImGui::IsItemHovered())
            ImGui::SetTooltip("Append what is on screen (layout, view, filters, selection, case) as a step of %s",
                              ex.edit_tour.empty() ? "a new tour" : ("the tour '" + ex.edit_tour + "'").c_str());
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
                ImGui::TextDisabled("Name of the new actor: Enter keeps it, Esc cancels");
                if (ui.name_focus) {
                    ImGui::SetKeyboardFocusHere();
                    ui.name_focus = false;
                }
                ImGui::SetNextItemWidth(320 * scale);
                const bool enter = ImGui::InputTextWithHint("##name", "New actor", ui.name_buffer, sizeof ui.name_buffer,
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
                ImGui::TextDisabled("New %s link: what relation?", DisplayName(link.kind));
                const EnumTable& relations = TableOf<Relation>();
                for (int r = 0; r < relations.count; ++r) {
                    if (ImGui::Selectable(relations.Display(r), (int)link.relation == r)) {
                        const std::string id = ui.relation_link;
                        ui.relation_link.clear();
                        if ((int)link.relation != r) Run(ex, "set link " + id + " relation \"" + relations.Name(r) + "\"");
                        break;
                    }
                }
                if (!ui.relation_link.empty() && ImGui::Button("Edit the link's fields")) {
                    ui.edit_link = ui.relation_link;
                    ex.Select(link.from);
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
            ImGui::Text("Restored your unsaved map from %s", ex.persisted.restored_from.c_str());
            ImGui::SameLine();
            if (ImGui::Button("Keep")) Run(ex, "restore keep");
            ImGui::SameLine();
            if (ImGui::Button("Discard")) Run(ex, "restore discard");
        }
        ImGui::End();
    }
    // 4. Desktop: Save as, with a file name of our own (no system dialog to depend on).
    if (ui.save_as_open) {
        if (BeginPrompt("##save_as", ImVec2(vp->WorkPos.x + vp->WorkSize.x * 0.5f, vp->WorkPos.y + vp->WorkSize.y * 0.35f), ImVec2(0.5f, 0.5f))) {
            ImGui::TextUnformatted("Save the map as (a .json file; a relative name is from where the app started):");
            if (ImGui::IsWindowAppearing()) ImGui::SetKeyboardFocusHere();
            ImGui::SetNextItemWidth(420 * scale);
            const bool enter = ImGui::InputTextWithHint("##file", "my-map.json", ui.save_as, sizeof ui.save_as,
                                                        ImGuiInputTextFlags_EnterReturnsTrue);
            if ((ImGui::Button("Save") || enter) && ui.save_as[0]) {
                CommandResult r = ex.Command(std::string("save ") + ui.save_as);
                ex.notices.push_back(r.ok ? "Saved " + ex.FileName() + "." : r.message);
                if (r.ok) ui.save_as_open = false;
                if (r.ok && ui.quit_requested) ui.quit_confirmed = true;
            }
            ImGui::SameLine();
            if (ImGui::Button("Cancel") || ImGui::IsKeyPressed(ImGuiKey_Escape, false)) ui.save_as_open = false;
        }
        ImGui::End();
    }
    // 5. Desktop: closing the window with unsaved changes asks first.
    if (ui.quit_requested && !ui.quit_confirmed && !ui.save_as_open) {
        if (BeginPrompt("##quit", ImVec2(vp->WorkPos.x + vp->WorkSize.x * 0.5f, vp->WorkPos.y + vp->WorkSize.y * 0.4f), ImVec2(0.5f, 0.5f))) {
            ImGui::TextUnformatted("The map has unsaved changes.");
            if (ImGui::Button("Save")) {
                CommandResult r = ex.Command("save");
                if (r.ok) ui.quit_confirmed = true;
                else ui.save_as_open = true;
            }
            ImGui::SameLine();
            if (ImGui::Button("Quit without saving")) ui.quit_confirmed = true;
            ImGui::SameLine();
            if (ImGui::Button("Cancel") || ImGui::IsKeyPressed(ImGuiKey_Escape, false)) ui.quit_requested = false;
        }
        ImGui::End();
    }
}

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
            ui.caption_error[key] = r.ok ? "" : r.message;
        }
        if (!ui.caption_error[key].empty()) ImGui::TextColored(ImVec4(0.8f, 0.1f, 0.1f, 1), "%s", ui.caption_error[key].c_str());
    };
    ImGui::TextDisabled("Type the step's title and caption (Tab moves between them; leaving a field applies it)");
    field("##step-title", "title", false);
    field("##step-text", "text", true);
    // The step list's order and content: move, re-record, delete.
    const std::string num = std::to_string(n + 1);
    ImGui::BeginDisabled(n == 0);
    if (ImGui::Button("Move earlier")) Run(ex, "move-step " + num + " " + std::to_string(n));
    ImGui::EndDisabled();
    ImGui::SameLine();
    ImGui::BeginDisabled(n + 1 >= (int)tour.steps.size());
    if (ImGui::Button("Move later")) Run(ex, "move-step " + num + " " + std::to_string(n + 2));
    ImGui::EndDisabled();
    ImGui::SameLine();
    if (ImGui::Button("Re-record")) Run(ex, "rerecord-step " + num);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("This step takes what is on screen now (its title and caption stay)");
    ImGui::SameLine();
    ImGui::BeginDisabled(tour.steps.size() <= 1);  // a tour keeps at least one step (delete the tour instead)
    if (ImGui::Button("Delete step")) Run(ex, "delete step " + tour.id + " " + num);
    ImGui::EndDisabled();
    ImGui::SameLine();
    if (ImGui::Button("Record step")) {
        ex.edit_tour = tour.id;
        Run(ex, "record-step");
    }
}

}  // namespace sse::ui
