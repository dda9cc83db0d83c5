// import_dialog.cpp: see import_dialog.h.
#include "ui/import_dialog.h"

#include "ui/figure_menu.h"

#include <algorithm>
#include <string>

#include "core/message_text.h"
#include "imgui.h"
#include "ui/table_cells.h"
#include "ui/tr.h"

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
    if (ImGui::Begin(Titled(Tr("import.title", "Open data"), "import").c_str(), nullptr,
                     ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoMove)) {
        std::string files;
        for (size_t i = 0; i < p->files.size(); ++i) files += (i ? ", " : "") + p->files[i];
        ImGui::TextWrapped("%s", files.c_str());
        ImGui::Separator();
        {  // "Actors 2   Links 0 ...": as many on a line as fit (a long translation, a large interface size wraps)
            const char* names[][2] = {{SSE_TEXT("import.count.actors", "Actors")}, {SSE_TEXT("import.count.links", "Links")}, {SSE_TEXT("import.count.territories", "Territories")}, {SSE_TEXT("import.count.cases", "Cases")}, {SSE_TEXT("import.count.recommendations", "Recommendations")}};
            const size_t counts[] = {m.actors, m.links, m.territories, m.cases, m.recommendations};
            for (int i = 0; i < 5; ++i) {
                const std::string item = std::string(Tr(names[i][0], names[i][1])) + ": " + std::to_string(counts[i]);  // SSE_TEXT rows
                const float w = ImGui::CalcTextSize(item.c_str()).x;
                if (i > 0) {
                    ImGui::SameLine(0, ImGui::GetFontSize() * 1.5f);
                    if (ImGui::GetContentRegionAvail().x < w) ImGui::NewLine();
                }
                ImGui::TextUnformatted(item.c_str());
            }
        }
        const ImVec4 red(0.75f, 0.1f, 0.1f, 1), amber(0.6f, 0.42f, 0, 1);
        if (m.errors) {
            ImGui::PushStyleColor(ImGuiCol_Text, red);
            ImGui::TextWrapped("%s", TrN("import.errors", m.errors, "{count} error: nothing can be loaded. Fix it in the file and open it again.",
                                         "{count} errors: nothing can be loaded. Fix them in the file and open it again.").c_str());
            ImGui::PopStyleColor();
        } else {
            const long long warnings = m.warnings;
            ImGui::TextWrapped("%s", warnings ? TrN("import.no_errors_warnings", warnings, "No errors, {count} warning. Nothing changes until you choose.",
                                                    "No errors, {count} warnings. Nothing changes until you choose.").c_str()
                                              : Tr("import.no_errors", "No errors. Nothing changes until you choose."));
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
                    const std::string line = DiagnosticLine(d) + "  [" + d.code + "]";
                    ImGui::TextUnformatted(line.c_str(), line.c_str() + line.size());
                    ImGui::PopStyleColor();
                }
            }
            ImGui::EndChild();
        }
        ImGui::Spacing();
        ImGui::BeginDisabled(!m.ok);
        if (ImGui::Button(Titled(Tr("import.replace", "Replace"), "replace").c_str())) ex.Command("import replace");
        if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled))
            ImGui::SetTooltip("%s", Tr("import.replace_tip", "Show only the opened data (Undo brings the current data back)"));
        ImGui::SameLine();
        if (ImGui::Button(Titled(Tr("import.merge", "Merge into the current data"), "merge").c_str())) ex.Command("import merge");
        if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled))
            ImGui::SetTooltip("%s", Tr("import.merge_tip", "Add the opened items; an item with an id already there replaces it (Undo reverts)"));
        ImGui::EndDisabled();
        ImGui::SameLine();
        if (ImGui::Button(Titled(Tr("common.cancel", "Cancel"), "cancel").c_str()) || ImGui::IsKeyPressed(ImGuiKey_Escape)) ex.Command("import cancel");
    }
    ImGui::End();
}

void DataMenu(Explorer& ex, UiState& ui) {
    if (!ImGui::BeginPopup("data")) return;
    ex.content_translations_wanted = true;  // the exports below: the bundled data's translations belong in the file
    if (ImGui::MenuItem(Titled(Tr("data.open", "Open…"), "open").c_str(), "Ctrl+O")) ui.open_requested = true;
    ImGui::TextDisabled("%s", Tr("data.drop", "or drop files on the window, or paste cells (Ctrl+V)"));
    ImGui::Separator();
    if (ImGui::MenuItem(Titled(Tr("data.export_json", "Export JSON"), "json").c_str())) ui.export_requested = "json";
#ifndef __EMSCRIPTEN__
    if (ImGui::MenuItem(Titled(Tr("data.export_csv", "Export CSV (one file per table)"), "csv").c_str())) ui.export_requested = "csv";
#endif
    // A browser lets one click download one file: each table has its own item.
    if (ImGui::BeginMenu(Titled(Tr("data.export_one_csv", "Export one CSV table"), "onecsv").c_str())) {
        for (const char* table : {"actors", "links", "territories", "cases", "recommendations"}) {
            if (ImGui::MenuItem((std::string(table) + ".csv").c_str())) ui.export_requested = std::string("csv:") + table;
        }
        ImGui::EndMenu();
    }
    if (ImGui::MenuItem(Titled(Tr("data.export_csv_zip", "Export CSV tables (.zip)"), "csvzip").c_str())) ui.export_requested = "csv-zip";
    if (ImGui::MenuItem(Titled(Tr("data.export_xlsx", "Export spreadsheet (XLSX)"), "xlsx").c_str())) ui.export_requested = "xlsx";
    if (ImGui::MenuItem(Titled(Tr("data.export_gexf", "Export GEXF (Gephi, as drawn)"), "gexf").c_str())) ui.export_requested = "gexf";
    if (ImGui::MenuItem(Titled(Tr("data.export_graphml", "Export GraphML (NetworkX, yEd)"), "graphml").c_str())) ui.export_requested = "graphml";
    if (ImGui::MenuItem(Titled(Tr("data.export_svg", "Export figure (SVG, the view as drawn)"), "svg").c_str())) ui.export_requested = "svg";
    FigurePngMenu(ui, "png");
    if (ImGui::MenuItem(Titled(Tr("data.template_csv", "Download template (CSV)"), "tcsv").c_str())) ui.export_requested = "template";
    if (ImGui::MenuItem(Titled(Tr("data.template_xlsx", "Download template (XLSX)"), "txlsx").c_str())) ui.export_requested = "template-xlsx";
    ImGui::EndPopup();
}

void PasteCells(Explorer& ex) {
    ImGuiIO& io = ImGui::GetIO();
    if (io.WantTextInput || ex.Pending() || !ImGui::IsKeyChordPressed(ImGuiMod_Ctrl | ImGuiKey_V)) return;
    if (TableTakesPaste(ex)) return;  // the table's current cell takes it (table_cells.cpp)
    const char* text = ImGui::GetClipboardText();
    if (!text) return;
    const std::string cells(text);
    if (cells.find('\t') == std::string::npos) return;  // not cells from a spreadsheet
    ex.OpenData({{"pasted cells.tsv", cells}});
}

}  // namespace sse::ui
