// table_cells.cpp: see table_cells.h.
#include "ui/table_cells.h"

#include <algorithm>
#include <cstdio>

#include <nlohmann/json.hpp>

#include "core/message_text.h"
#include "imgui.h"
#include "ui/tr.h"

namespace sse::ui {

namespace {

bool IsCurrent(const Explorer& ex, TableKind table, const std::string& row, const char* field) {
    return ex.table_cell.row == row && ex.table_cell.table == TableName(table) && ex.table_cell.column == field;
}

// One command for a typed cell and a pasted block alike: the rules, the words and the undo step are the same.
std::string PasteCommand(TableKind table, const char* field, const std::vector<std::string>& rows, const std::string& text) {
    const nlohmann::json arg = {{"rows", rows}, {"text", text}};
    return std::string("paste-cells ") + TableName(table) + " " + field + " " +
           arg.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

void Run(Explorer& ex, const std::string& command, bool say_done) {
    CommandResult r = ex.Command(command);
    if (!r.ok || say_done) ex.notices.push_back(r.ok ? r.message : MessageText(r.code, r.message));
}

// A cell typed into applies once the table is drawn (PasteIntoTable): an edit replaces the data set, and the row
// being drawn holds references into it.
void Defer(UiState& ui, TableKind table, const char* field, const std::string& row, const std::string& text) {
    ui.table_command = PasteCommand(table, field, {row}, text);
}

}  // namespace

bool TableTakesPaste(const Explorer& ex) { return ex.Editing() && ex.panels.table && !ex.table_cell.row.empty(); }

bool EditableCell(Explorer& ex, UiState& ui, TableKind table, const std::string& row_id, int column, const std::string& text) {
    const TableColumn& col = TableColumns(table)[column];
    if (!ex.Editing() || !col.editable) {
        ImGui::TextUnformatted(text.c_str());
        return false;
    }
    const bool current = IsCurrent(ex, table, row_id, col.field);
    bool clicked = false;
    ImGui::PushID(column);
    if (current && ui.table_typing) {
        if (const EnumTable* words = ColumnVocabulary(table, col.field)) {  // a list of the vocabulary's words
            if (ui.table_focus) ImGui::OpenPopup("words");
            ui.table_focus = false;
            ImGui::TextUnformatted(text.c_str());
            if (ImGui::BeginPopup("words")) {
                for (int i = words->first_parsable; i < words->count; ++i)
                    if (ImGui::Selectable(words->Display(i), text == words->Display(i))) {
                        Defer(ui, table, col.field, row_id, words->names[i]);
                        ui.table_typing = false;
                    }
                ImGui::EndPopup();
            } else {
                ui.table_typing = false;  // closed by Esc or a click elsewhere
            }
        } else {
            if (ui.table_focus) ImGui::SetKeyboardFocusHere();
            ui.table_focus = false;
            ImGui::SetNextItemWidth(-1);
            const bool enter = ImGui::InputText("##cell", ui.table_buffer, sizeof ui.table_buffer, ImGuiInputTextFlags_EnterReturnsTrue);
            if (enter || ImGui::IsItemDeactivatedAfterEdit()) {
                Defer(ui, table, col.field, row_id, ui.table_buffer);
                ui.table_typing = false;
            } else if (ImGui::IsItemDeactivated()) {
                ui.table_typing = false;  // Esc, or left unchanged
            }
        }
    } else {
        const std::string label = (text.empty() ? std::string("-") : text) + "###cell";
        if (ImGui::Selectable(label.c_str(), current)) {
            clicked = true;
            if (current) {  // a second click (or Enter on the current cell) types into it
                ui.table_typing = true;
                ui.table_focus = true;
                std::snprintf(ui.table_buffer, sizeof ui.table_buffer, "%s", text.c_str());
            } else {
                ex.table_cell = {TableName(table), row_id, col.field};
                ui.table_typing = false;
            }
        }
        // Where the cell is (state().targets), so that tests and embedders can aim at it as a hand does.
        const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
        ex.ui_targets.push_back({std::string("cell:") + TableName(table) + ":" + row_id + ":" + col.field, a.x, a.y, b.x - a.x, b.y - a.y});
        if (ImGui::IsItemHovered() && current && !ui.table_typing)
            ImGui::SetTooltip("%s", Tr("table.cell_tip", "Click again or press Enter to type; Ctrl+V pastes cells from a spreadsheet here"));
    }
    ImGui::PopID();
    return clicked;
}

void PasteIntoTable(Explorer& ex, UiState& ui, TableKind table, const std::vector<std::string>& rows) {
    if (!ui.table_command.empty()) {  // a cell typed into while the table was drawn
        const std::string command = std::move(ui.table_command);
        ui.table_command.clear();
        Run(ex, command, false);
    }
    if (!TableTakesPaste(ex) || ex.table_cell.table != TableName(table)) return;
    std::string text;
    if (ui.table_paste_pending) {
        text = ui.table_paste;
        ui.table_paste_pending = false;
        ui.table_paste.clear();
    } else {
#ifndef __EMSCRIPTEN__  // the page's paste event brings the cells on the web (web/files.js)
        if (ImGui::GetIO().WantTextInput || !ImGui::IsKeyChordPressed(ImGuiMod_Ctrl | ImGuiKey_V)) return;
        const char* clip = ImGui::GetClipboardText();
        if (!clip) return;
        text = clip;
#else
        return;
#endif
    }
    auto at = std::find(rows.begin(), rows.end(), ex.table_cell.row);
    if (at == rows.end()) {
        ex.notices.push_back(Tr("table.paste_hidden", "The current cell's row is filtered out: click a cell to paste into."));
        return;
    }
    Run(ex, PasteCommand(table, ex.table_cell.column.c_str(), std::vector<std::string>(at, rows.end()), text), true);
}

}  // namespace sse::ui
