// diagnostics_panel.cpp: see diagnostics_panel.h.
#include "ui/diagnostics_panel.h"

#include <string>

#include "core/message_text.h"
#include "imgui.h"
#include "ui/tr.h"

namespace sse::ui {

void DrawDiagnosticsPanel(const Explorer& ex, UiState& ui) {
    const auto& diags = ex.Diagnostics();
    if (diags.empty() || !ui.show_diagnostics) return;
    ImGuiViewport* vp = ImGui::GetMainViewport();
    float h = vp->WorkSize.y * 0.28f;
    ImGui::SetNextWindowPos(ImVec2(vp->WorkPos.x, vp->WorkPos.y + vp->WorkSize.y - h), ImGuiCond_Appearing);
    ImGui::SetNextWindowSize(ImVec2(vp->WorkSize.x * 0.6f, h), ImGuiCond_Appearing);
    // A horizontal scroll bar rather than wrapping: each diagnostic is one line, and only the visible ones are laid
    // out (a file can bring 1,000 of them; wrapping them all cost ~0.8 ms a frame).
    if (!ImGui::Begin(Titled(Tr("diagnostics.title", "Data problems"), "diagnostics").c_str(), &ui.show_diagnostics, ImGuiWindowFlags_HorizontalScrollbar)) {
        ImGui::End();
        return;
    }
    int errors = 0;
    for (const Diagnostic& d : diags) errors += d.severity == Diagnostic::Severity::Error;
    if (errors && ex.FileName().empty())
        ImGui::TextWrapped("%s", TrN("diagnostics.not_loaded_none", errors, "The file has {count} error, so it was not loaded; no data set is loaded yet.",
                                     "The file has {count} errors, so it was not loaded; no data set is loaded yet.").c_str());
    else if (errors)
        ImGui::TextWrapped("%s", TrN("diagnostics.not_loaded", errors, "The file has {count} error, so it was not loaded; the explorer keeps showing '{file}'.",
                                     "The file has {count} errors, so it was not loaded; the explorer keeps showing '{file}'.", {{"file", ex.FileName()}}).c_str());
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(diags.size()));
    while (clipper.Step()) {
        for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
            const Diagnostic& d = diags[static_cast<size_t>(i)];
            const bool is_error = d.severity == Diagnostic::Severity::Error;
            ImGui::PushStyleColor(ImGuiCol_Text, is_error ? ImVec4(0.75f, 0.1f, 0.1f, 1) : ImVec4(0.6f, 0.42f, 0, 1));
            const std::string line = DiagnosticLine(d);
            ImGui::TextUnformatted(line.c_str(), line.c_str() + line.size());
            ImGui::PopStyleColor();
        }
    }
    ImGui::End();
}

}  // namespace sse::ui
