// import_dialog.cpp: see import_dialog.h.
#include "ui/import_dialog.h"

#include <algorithm>
#include <string>

#include "imgui.h"

namespace sse::ui {

void DrawImportDialog(Explorer& ex, UiState& ui) {
    const Explorer::PendingImport* p = ex.Pending();
    if (!p) return;
    const MappedImport& m = p->mapped;
    ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(ImVec2(vp->WorkPos.x + vp->WorkSize.x * 0.5f, vp->WorkPos.y + vp->WorkSize.y * 0.5f),
                            ImGuiCond_Always, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(ImVec2(std::min(760 * ui.ui_scale, vp->WorkSize.x * 0.9f), 0), ImGuiCond_Always);
    ImGui::SetNextWindowFocus();
    if (ImGui::Begin("Open data##import", nullptr,
                     ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoMove)) {
        std::string files;
        for (size_t i = 0; i < p->files.size(); ++i) files += (i ? ", " : "") + p->files[i];
        ImGui::TextWrapped("%s", files.c_str());
        ImGui::Separator();
        if (ImGui::BeginTable("counts", 5, ImGuiTableFlags_SizingStretchSame)) {
            const char* names[] = {"Actors", "Links", "Territories", "Cases", "Recommendations"};
            const size_t counts[] = {m.actors, m.links, m.territories, m.cases, m.recommendations};
            for (const char* n : names) ImGui::TableSetupColumn(n);
            ImGui::TableHeadersRow();
            ImGui::TableNextRow();
            for (size_t c : counts) {
                ImGui::TableNextColumn();
                ImGui::Text("%zu", c);
            }
            ImGui::EndTable();
        }
        const ImVec4 red(0.75f, 0.1f, 0.1f, 1), amber(0.6f, 0.42f, 0, 1);
        if (m.errors) {
            ImGui::PushStyleColor(ImGuiCol_Text, red);
            ImGui::TextWrapped("%d error(s): nothing can be loaded. Fix them in the file and open it again.", m.errors);
            ImGui::PopStyleColor();
        } else {
            ImGui::TextWrapped("No errors%s. Nothing changes until you choose.",
                               m.warnings ? (", " + std::to_string(m.warnings) + " warning(s)").c_str() : "");
        }
        if (!m.diagnostics.empty()) {
            const float h = std::min(ImGui::GetTextLineHeightWithSpacing() * (float)m.diagnostics.size() + 8,
                                     vp->WorkSize.y * 0.35f);
            ImGui::BeginChild("problems", ImVec2(0, h), ImGuiChildFlags_Borders, ImGuiWindowFlags_HorizontalScrollbar);
            ImGuiListClipper clipper;
            clipper.Begin(static_cast<int>(m.diagnostics.size()));
            while (clipper.Step()) {
                for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
                    const Diagnostic& d = m.diagnostics[static_cast<size_t>(i)];
                    ImGui::PushStyleColor(ImGuiCol_Text, d.severity == Diagnostic::Severity::Error ? red : amber);
                    const std::string line = FormatDiagnostic(d) + "  [" + d.code + "]";
                    ImGui::TextUnformatted(line.c_str(), line.c_str() + line.size());
                    ImGui::PopStyleColor();
                }
            }
            ImGui::EndChild();
        }
        ImGui::Spacing();
        ImGui::BeginDisabled(!m.ok);
        if (ImGui::Button("Replace")) ex.Command("import replace");
        if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled))
            ImGui::SetTooltip("Show only the opened data (Undo brings the current data back)");
        ImGui::SameLine();
        if (ImGui::Button("Merge into the current data")) ex.Command("import merge");
        if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled))
            ImGui::SetTooltip("Add the opened items; an item with an id already there replaces it (Undo reverts)");
        ImGui::EndDisabled();
        ImGui::SameLine();
        if (ImGui::Button("Cancel") || ImGui::IsKeyPressed(ImGuiKey_Escape)) ex.Command("import cancel");
    }
    ImGui::End();
}

void DataMenu(Explorer& ex, UiState& ui) {
    (void)ex;
    if (!ImGui::BeginPopup("data")) return;
    if (ImGui::MenuItem("Open…", "Ctrl+O")) ui.open_requested = true;
    ImGui::TextDisabled("or drop files on the window, or paste cells (Ctrl+V)");
    ImGui::Separator();
    if (ImGui::MenuItem("Export JSON")) ui.export_requested = "json";
#ifndef __EMSCRIPTEN__
    if (ImGui::MenuItem("Export CSV (one file per table)")) ui.export_requested = "csv";
#endif
    // A browser lets one click download one file: each table has its own item.
    if (ImGui::BeginMenu("Export one CSV table")) {
        for (const char* table : {"actors", "links", "territories", "cases", "recommendations"}) {
            if (ImGui::MenuItem((std::string(table) + ".csv").c_str())) ui.export_requested = std::string("csv:") + table;
        }
        ImGui::EndMenu();
    }
    if (ImGui::MenuItem("Export CSV tables (.zip)")) ui.export_requested = "csv-zip";
    if (ImGui::MenuItem("Export spreadsheet (XLSX)")) ui.export_requested = "xlsx";
    if (ImGui::MenuItem("Export GEXF (Gephi, as drawn)")) ui.export_requested = "gexf";
    if (ImGui::MenuItem("Export GraphML (NetworkX, yEd)")) ui.export_requested = "graphml";
    if (ImGui::MenuItem("Download template (CSV)")) ui.export_requested = "template";
    if (ImGui::MenuItem("Download template (XLSX)")) ui.export_requested = "template-xlsx";
    ImGui::EndPopup();
}

void PasteCells(Explorer& ex) {
    ImGuiIO& io = ImGui::GetIO();
    if (io.WantTextInput || ex.Pending() || !ImGui::IsKeyChordPressed(ImGuiMod_Ctrl | ImGuiKey_V)) return;
    const char* text = ImGui::GetClipboardText();
    if (!text) return;
    const std::string cells(text);
    if (cells.find('\t') == std::string::npos) return;  // not cells from a spreadsheet
    ex.OpenData({{"pasted cells.tsv", cells}});
}

}  // namespace sse::ui
