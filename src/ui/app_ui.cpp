// app_ui.cpp: see app_ui.h.
#include "ui/app_ui.h"

#include <vector>

#include "core/search.h"
#include "imgui.h"
#include "ui/details_panel.h"
#include "ui/diagnostics_panel.h"
#include "ui/graph_canvas.h"
#include "ui/sidebar.h"
#include "ui/table_view.h"
#include "ui/theme.h"

namespace sse::ui {

namespace {
constexpr float DetailsWidth = 380.0f;  // pixels at 100% scale
constexpr float SidebarWidth = 300.0f;

// Keys that work anywhere except while typing: + / - focus depth, Esc clears, F fits.
void Shortcuts(Explorer& ex) {
    ImGuiIO& io = ImGui::GetIO();
    if (io.WantTextInput) return;
    if (ImGui::IsKeyPressed(ImGuiKey_Equal) || ImGui::IsKeyPressed(ImGuiKey_KeypadAdd))
        ex.SetFocusDepth(ex.FocusDepth() + 1);
    if (ImGui::IsKeyPressed(ImGuiKey_Minus) || ImGui::IsKeyPressed(ImGuiKey_KeypadSubtract))
        ex.SetFocusDepth(ex.FocusDepth() - 1);
    if (ImGui::IsKeyPressed(ImGuiKey_Escape, false)) ex.ClearFocus();
    if (ImGui::IsKeyPressed(ImGuiKey_F, false) && !io.KeyCtrl) ex.FitView();
}

// Search box with a type-ahead list; Enter selects the best match and flies to it.
void SearchBox(Explorer& ex, UiState& ui) {
    ImGui::SetNextItemWidth(260 * ui.ui_scale);
    bool enter = ImGui::InputTextWithHint("##search", "Search actors (e.g. accio)", ui.search, sizeof ui.search,
                                          ImGuiInputTextFlags_EnterReturnsTrue);
    bool active = ImGui::IsItemActive();
    ImVec2 below(ImGui::GetItemRectMin().x, ImGui::GetItemRectMax().y);
    if (enter) {
        ex.Command(std::string("search ") + ui.search);
        return;
    }
    if (!active || ui.search[0] == 0) return;
    std::vector<int> hits = SearchActors(ex.Data(), ui.search, 8);
    if (hits.empty()) return;
    ImGui::SetNextWindowPos(below);
    ImGui::BeginTooltip();
    for (int a : hits) ImGui::TextUnformatted(ex.Data().actors[a].name.c_str());
    ImGui::TextDisabled("Enter: go to the first");
    ImGui::EndTooltip();
}

void Toolbar(Explorer& ex, UiState& ui) {
    ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(vp->WorkPos);
    ImGui::SetNextWindowSize(ImVec2(vp->WorkSize.x, 0));
    ImGui::Begin("##toolbar", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_AlwaysAutoResize);
    ImGui::TextUnformatted(ex.Data().title.empty() ? "SSE Ecosystem Explorer" : ex.Data().title.c_str());
    ImGui::SameLine();
    ImGui::TextDisabled("%zu actors · %zu links", ex.Data().actors.size(), ex.Data().links.size());
    ImGui::SameLine(0, 24);
    static const LayoutKind kinds[] = {LayoutKind::Levels, LayoutKind::Geographic, LayoutKind::Force, LayoutKind::Ego};
    static const char* names[] = {"Levels", "Map", "Force", "Ego"};
    for (int i = 0; i < 4; ++i) {
        if (i) ImGui::SameLine();
        bool current = ex.Layout() == kinds[i];
        ImGui::BeginDisabled(kinds[i] == LayoutKind::Ego && ex.Selected() < 0);
        if (ImGui::RadioButton(names[i], current)) ex.Command(std::string("layout ") + ToString(kinds[i]));
        ImGui::EndDisabled();
    }
    ImGui::SameLine(0, 24);
    if (ImGui::Button("Fit")) ex.FitView();
    ImGui::SameLine();
    ImGui::Checkbox("Panel", &ex.panels.sidebar);
    ImGui::SameLine();
    ImGui::Checkbox("Table", &ex.panels.table);
    ImGui::SameLine();
    ImGui::SetNextItemWidth(130 * ui.ui_scale);
    int metric = (int)ex.SizeMetric();
    static const char* metric_labels[] = {"Size: links", "Size: in", "Size: out", "Size: betweenness", "Size: closeness", "Size: bridging"};
    if (ImGui::Combo("##size", &metric, metric_labels, MetricKindCount)) ex.SetSizeMetric((MetricKind)metric);
    ImGui::SameLine(0, 24);
    SearchBox(ex, ui);
    ImGui::End();
}
}  // namespace

void DrawApp(Explorer& ex, UiState& ui) {
    ImGuiViewport* vp = ImGui::GetMainViewport();
    // 1. The canvas lives in a borderless background window that fills the viewport.
    ImGui::SetNextWindowPos(vp->WorkPos);
    ImGui::SetNextWindowSize(vp->WorkSize);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
    ImGui::Begin("##canvas_window", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoScrollWithMouse);
    ImGui::PopStyleVar();
    DrawGraphCanvas(ex, ui, vp->WorkPos.x, vp->WorkPos.y, vp->WorkSize.x, vp->WorkSize.y);
    ImGui::End();

    // 2. Panels on top of the canvas.
    Toolbar(ex, ui);
    float top = vp->WorkPos.y + ImGui::GetFrameHeightWithSpacing() + ImGui::GetStyle().WindowPadding.y * 2;
    int shown = ex.Selected() >= 0 ? ex.Selected() : (ex.ChosenCase() >= 0 ? 100000 + ex.ChosenCase() : 200000 + ex.ChosenRecommendation());
    if (shown != ui.last_selected) {  // a new choice reopens the details panel
        ex.panels.details = true;
        ui.last_selected = shown;
    }
    // Tell the camera which parts of the canvas the panels cover, so Fit and fly-to use the rest.
    Camera& cam = ex.View();
    cam.inset_top = top - vp->WorkPos.y;
    cam.inset_left = ex.panels.sidebar ? SidebarWidth * ui.ui_scale : 0;
    bool details_open = ex.panels.details && (ex.Selected() >= 0 || ex.ChosenCase() >= 0 || ex.ChosenRecommendation() >= 0);
    cam.inset_right = details_open ? DetailsWidth * ui.ui_scale : 0;
    if (!ui.fitted_once) {
        ui.fitted_once = true;
        ex.FitView(false);
    }
    DrawSidebar(ex, ui, top, SidebarWidth * ui.ui_scale);
    DrawDetailsPanel(ex, ui, top, DetailsWidth * ui.ui_scale);
    DrawTableView(ex, ui);
    Shortcuts(ex);
    DrawDiagnosticsPanel(ex, ui);
}

}  // namespace sse::ui
