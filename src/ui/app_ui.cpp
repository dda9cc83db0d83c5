// app_ui.cpp: see app_ui.h.
#include "ui/app_ui.h"

#include "ui/import_dialog.h"

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <string>
#include <vector>

#include "core/display_list.h"
#include "core/search.h"
#include "core/vocabulary.h"
#include "imgui.h"
#include "imgui_internal.h"  // BringWindowToDisplayFront: the type-ahead list stays above the panels
#include "ui/details_panel.h"
#include "ui/diagnostics_panel.h"
#include "ui/edit_ui.h"
#include "ui/graph_canvas.h"
#include "ui/icons.h"
#include "ui/overlays.h"
#include "ui/phone_layout.h"
#include "ui/share_panel.h"
#include "ui/sidebar.h"
#include "ui/table_view.h"
#include "ui/toolbar_button.h"
#include "ui/tour_caption.h"
#include "ui/theme.h"
#include "ui/tr.h"

namespace sse::ui {

namespace {
constexpr float DetailsWidth = 380.0f;  // pixels at 100% scale
constexpr float SidebarWidth = 300.0f;

// Keys that work anywhere except while typing: + / - focus depth, Esc clears, F fits (/ and Ctrl+F: SearchBox).
void Shortcuts(Explorer& ex) {
    ImGuiIO& io = ImGui::GetIO();
    if (io.WantTextInput) return;
    if (io.KeyCtrl) {  // Ctrl + / Ctrl -: interface scale in steps of 25%
        int s = ex.presentation.scale_percent;
        if (ImGui::IsKeyPressed(ImGuiKey_Equal) || ImGui::IsKeyPressed(ImGuiKey_KeypadAdd)) s += 25;
        if (ImGui::IsKeyPressed(ImGuiKey_Minus) || ImGui::IsKeyPressed(ImGuiKey_KeypadSubtract)) s -= 25;
        s = std::clamp(s, Explorer::MinScale, Explorer::MaxScale);
        if (s != ex.presentation.scale_percent) ex.Apply(ActNumber(ViewVerb::Scale, s));
        return;
    }
    if (ImGui::IsKeyPressed(ImGuiKey_Equal) || ImGui::IsKeyPressed(ImGuiKey_KeypadAdd))
        ex.Apply(ActNumber(ViewVerb::Focus, std::min(ex.FocusDepth() + 1, Explorer::MaxFocusDepth)));
    if (ImGui::IsKeyPressed(ImGuiKey_Minus) || ImGui::IsKeyPressed(ImGuiKey_KeypadSubtract))
        ex.Apply(ActNumber(ViewVerb::Focus, std::max(ex.FocusDepth() - 1, 0)));
    // Tours: what presentation clickers send (PageDown / PageUp), plus arrows, Space, Home and End.
    if (ex.TourIndex() >= 0) {
        if (ImGui::IsKeyPressed(ImGuiKey_RightArrow) || ImGui::IsKeyPressed(ImGuiKey_Space) || ImGui::IsKeyPressed(ImGuiKey_PageDown))
            ex.Apply(Act(ViewVerb::Next));
        if (ImGui::IsKeyPressed(ImGuiKey_LeftArrow) || ImGui::IsKeyPressed(ImGuiKey_PageUp)) ex.Apply(Act(ViewVerb::Prev));
        if (ImGui::IsKeyPressed(ImGuiKey_Home, false)) ex.Apply(Act(ViewVerb::First));
        if (ImGui::IsKeyPressed(ImGuiKey_End, false)) ex.Apply(Act(ViewVerb::Last));
    }
    if (ImGui::IsKeyPressed(ImGuiKey_Escape, false)) ex.Apply(Act(ViewVerb::Escape));
    if (ImGui::IsKeyPressed(ImGuiKey_F, false)) ex.Apply(Act(ViewVerb::Fit));
    if (ImGui::IsKeyPressed(ImGuiKey_R, false)) ex.Apply(Act(ViewVerb::ResetView));
    if (ImGui::IsKeyPressed(ImGuiKey_F1, false) || (io.KeyShift && ImGui::IsKeyPressed(ImGuiKey_Slash, false)))
        ex.Apply(Act(ViewVerb::HelpOverlay, !ex.presentation.help));
    if (ImGui::IsKeyPressed(ImGuiKey_P, false)) ex.Apply(Act(ViewVerb::Present, !ex.presentation.presenting));
    if (ImGui::IsKeyPressed(ImGuiKey_L, false)) ex.Apply(Act(ViewVerb::Pointer, !ex.presentation.pointer));
}

}  // namespace

// Search box with a type-ahead list; Enter (or a click in the list) selects and flies to the actor.
void SearchBox(Explorer& ex, UiState& ui, float width, const char* hint) {
    ImGuiIO& io = ImGui::GetIO();
    // "/" or Ctrl+F from anywhere but a text field: focus now, so the next key typed lands in the box.
    if (!io.WantTextInput && (ImGui::IsKeyPressed(ImGuiKey_Slash, false) || (io.KeyCtrl && ImGui::IsKeyPressed(ImGuiKey_F, false))))
        ui.focus_search = true;
    ImGui::SetNextItemWidth(width > 0 ? width : 280 * ui.ui_scale);
    if (ui.focus_search) {
        ImGui::SetKeyboardFocusHere();
        ui.focus_search = false;
    }
    // AutoSelectAll: a new search (/, Ctrl+F or a click) replaces the last one instead of appending to it.
    const std::string hint_text = std::string(icon::Search) + "  " + (hint ? hint : Tr("toolbar.search_hint", "Search actors (/ or Ctrl+F)"));
    bool enter = ImGui::InputTextWithHint("##search", hint_text.c_str(), ui.search, sizeof ui.search,
                                          ImGuiInputTextFlags_EnterReturnsTrue | ImGuiInputTextFlags_AutoSelectAll);
    bool active = ImGui::IsItemActive();
    ImVec2 below(ImGui::GetItemRectMax().x, ImGui::GetItemRectMax().y + 2);  // right-aligned under the box
    if (enter) {
        ex.Apply(Act(ViewVerb::Search, std::string(ui.search)));
        ImGui::SetWindowFocus(nullptr);  // leave the box so + - Esc work on the canvas again
        ui.typeahead_hovered = false;
        return;
    }
    if ((!active && !ui.typeahead_hovered) || ui.search[0] == 0) {
        ui.typeahead_hovered = false;
        return;
    }
    std::vector<int> hits = SearchActors(ex.Data(), ui.search, 8, &ex.translation_overlay.actors);
    if (hits.empty()) return;
    // A plain window (not a tooltip, which would merge with the canvas's hover tooltip) that never takes focus.
    // Under the box, right-aligned with it where the names fit, else moved (and at most as wide as the window) so
    // that no name is cut by the window's edge (a phone, the toolbar's second row).
    const ImGuiStyle& style = ImGui::GetStyle();
    float list_w = ImGui::CalcTextSize(Tr("toolbar.search_enter", "Enter: go to the first")).x;
    for (int a : hits) list_w = std::max(list_w, ImGui::CalcTextSize(ActorName(ex, ex.Data().actors[a]).c_str()).x);
    const float margin = 8 * ui.ui_scale, view_w = ImGui::GetMainViewport()->WorkSize.x;
    list_w = std::min(list_w + 2 * style.WindowPadding.x, view_w - 2 * margin);
    const float x = std::clamp(below.x - list_w, margin, std::max(margin, view_w - margin - list_w));
    ImGui::SetNextWindowPos(ImVec2(x, below.y));
    ImGui::SetNextWindowSizeConstraints(ImVec2(list_w, 0), ImVec2(list_w, FLT_MAX));
    ImGui::Begin("##typeahead", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoFocusOnAppearing |
                     ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoNav);
    ImGui::BringWindowToDisplayFront(ImGui::GetCurrentWindow());
    for (int a : hits)
        if (ImGui::Selectable((ActorName(ex, ex.Data().actors[a]) + "##" + std::to_string(a)).c_str())) {
            ex.Apply(Act(ViewVerb::GoTo, ex.Data().actors[a].id));
            ui.search[0] = 0;
        }
    ImGui::TextDisabled("%s", Tr("toolbar.search_enter", "Enter: go to the first"));
    ui.typeahead_hovered = ImGui::IsWindowHovered();
    ImGui::End();
}

// The "View" menu: panels, actor size, theme, interface size, motion.
void ViewMenu(Explorer& ex, UiState& ui) {
    if (!ImGui::BeginPopup("view")) return;
    ImGui::SeparatorText(Tr("view.panels", "Panels"));
    // The details panel opens with a selection and closes with its own button, so the menu offers the other two.
    for (Panel panel : {Panel::Sidebar, Panel::Table}) {
        bool& shown = panel == Panel::Sidebar ? ex.panels.sidebar : ex.panels.table;
        ImGui::Checkbox(DisplayName(panel), &shown);
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", TableOf<Panel>().Description((int)panel));
    }
    ImGui::SeparatorText(Tr("view.actor_size", "Actor size"));
    int metric = (int)ex.SizeMetric();
    const EnumTable& metrics = TableOf<MetricKind>();
    for (int m = 0; m < metrics.count; ++m) {
        if (ImGui::RadioButton(metrics.Display(m), metric == m)) ex.Apply(ActNumber(ViewVerb::Size, m));
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", metrics.Description(m));
    }
    ImGui::SeparatorText(Tr("view.display", "Display"));
    int scale = ex.presentation.scale_percent;
    ImGui::SetNextItemWidth(200 * ui.ui_scale);
    if (ImGui::SliderInt(Titled(Tr("view.interface_size", "Interface size"), "scale").c_str(), &scale, Explorer::MinScale, Explorer::MaxScale, "%d%%")) {
        scale = (scale + 12) / 25 * 25;  // steps of 25%
        ex.Apply(ActNumber(ViewVerb::Scale, scale));
    }
    const EnumTable& themes = TableOf<Theme>();
    for (int t = 0; t < themes.count; ++t) {
        if (ImGui::RadioButton(themes.Display(t), ex.presentation.theme == themes.Name(t)))
            ex.Apply(ActNumber(ViewVerb::Theme, t));
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", themes.Description(t));
        ImGui::SameLine();
    }
    ImGui::NewLine();
    bool cue = ex.presentation.territory_cue;
    if (ImGui::Checkbox(Titled(Tr("view.territory_cue", "Territory on actors (ring by country, code by the name)"), "cue").c_str(), &cue))
        ex.Apply(Act(ViewVerb::TerritoryCue, cue));
    bool reduced = ex.reduced_motion;
    if (ImGui::Checkbox(Titled(Tr("view.reduce_motion", "Reduce motion"), "motion").c_str(), &reduced)) ex.Apply(Act(ViewVerb::ReducedMotion, reduced));
    // Each language named in itself, so that someone who cannot read the current one still finds theirs.
    ImGui::SeparatorText(Titled(Tr("view.language", "Language"), "language").c_str());
    for (const i18n::Language& l : i18n::Languages()) {
        if (ImGui::RadioButton(l.native, ex.presentation.language == l.code)) ex.Command(std::string("language ") + l.code);
        ImGui::SameLine();
    }
#ifndef NDEBUG
    if (ImGui::RadioButton("qps", ex.presentation.language == "qps")) ex.Command("language qps");  // pseudo: finds cut text
#endif
    ImGui::NewLine();
    ImGui::EndPopup();
}

namespace {
// A segmented button: the current choice drawn pressed (the layouts).
bool SegmentButton(const char* label, bool current) {
    if (current) ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_ButtonActive));
    const bool pressed = ImGui::Button(label);
    if (current) ImGui::PopStyleColor();
    return pressed;
}

// The desktop toolbar: title, layouts, view actions, menus, sharing, editing, search. Icons with words for what opens
// a menu or changes mode; icons alone (named by their tooltip) for one-shot actions (docs/style.md, "Icons").
void Toolbar(Explorer& ex, UiState& ui) {
    ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(vp->WorkPos);
    ImGui::SetNextWindowSize(ImVec2(vp->WorkSize.x, 0));
    ImGui::Begin("##toolbar", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_AlwaysAutoResize);
    // The data set's short title: the part before " – " ("SILK").
    const std::string& title = ex.Data().title;
    std::string short_title = title.substr(0, title.find(" – "));
    ImGui::AlignTextToFramePadding();
    ImGui::Text("%s", short_title.c_str());
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s\n%s, %s", title.c_str(), TrN("toolbar.actors", (long long)ex.Data().actors.size(), "{count} actor", "{count} actors").c_str(),
                          TrN("toolbar.links", (long long)ex.Data().links.size(), "{count} link", "{count} links").c_str());
    const float group_gap = 20 * ui.ui_scale;  // between groups of buttons (docs/style.md, "Spacing")
    // The toolbar's order (the default layout first), not the enum's; names and tooltips from the vocabulary.
    static const LayoutKind kinds[] = {LayoutKind::Levels, LayoutKind::Geographic, LayoutKind::Force, LayoutKind::Ego};
    static_assert(sizeof(kinds) / sizeof(*kinds) == LayoutKindCount);
    for (int i = 0; i < LayoutKindCount; ++i) {
        const std::string label = ToolbarLabel(LayoutIcon(kinds[i]), DisplayName(kinds[i]), ToString(kinds[i]), true);
        ToolbarNextItem(ToolbarButtonWidth(label.c_str()), i ? 2 * ui.ui_scale : group_gap);
        ImGui::BeginDisabled(kinds[i] == LayoutKind::Ego && ex.Selected() < 0);
        if (SegmentButton(label.c_str(), ex.Layout() == kinds[i])) ex.Apply(ActNumber(ViewVerb::Layout, static_cast<int>(kinds[i])));
        ImGui::EndDisabled();
        RecordToolbarTarget(ex, (std::string("layout.") + ToString(kinds[i])).c_str());
        ToolbarTooltip(DisplayName(kinds[i]), TableOf<LayoutKind>().Description((int)kinds[i]), true);
    }
    if (ToolbarButton(ex, icon::Fit, Tr("toolbar.fit", "Fit"), "fit", Tr("toolbar.fit_tip", "Fit everything on screen (F)"), false, group_gap))
        ex.Apply(Act(ViewVerb::Fit));
    if (ToolbarButton(ex, icon::Reset, Tr("toolbar.reset", "Reset"), "reset", Tr("toolbar.reset_tip", "Undo moved actors and fit everything (R)"), false))
        ex.Apply(Act(ViewVerb::ResetView));
    if (ToolbarButton(ex, icon::View, Tr("toolbar.view", "View"), "view", nullptr, true, group_gap)) ImGui::OpenPopup("view");
    ViewMenu(ex, ui);
    if (ToolbarButton(ex, icon::Data, Tr("toolbar.data", "Data"), "data", Tr("toolbar.data_tip", "Open your own data (JSON, CSV), export, template"), true))
        ImGui::OpenPopup("data");
    DataMenu(ex, ui);
    ImGui::BeginDisabled(ex.Data().tours.empty());
    if (ToolbarButton(ex, icon::Tour, Tr("toolbar.tour", "Tour"), "tour", nullptr, true)) ex.Apply(Act(ViewVerb::Tour, ex.Data().tours[0].id));
    ImGui::EndDisabled();
    if (ToolbarButton(ex, icon::Present, Tr("toolbar.present", "Present"), "present", nullptr, true)) ex.Apply(Act(ViewVerb::Present, true));
    if (ToolbarButton(ex, icon::CopyLink, Tr("toolbar.copy_link", "Copy link"), "copy_link", nullptr, false, group_gap))
        ui.copy_link_requested = true;
    if (ToolbarButton(ex, icon::Share, Tr("toolbar.share", "Share"), "share", Tr("toolbar.share_tip", "Show this view's link as a QR code, to follow it on a phone"), false))
        ex.Apply(Act(ViewVerb::Share, !ex.presentation.share));
    if (ToolbarButton(ex, icon::Help, "?", "help", nullptr, false)) ex.Apply(Act(ViewVerb::HelpOverlay, !ex.presentation.help));
    EditToolbarItems(ex, ui);  // Edit, Undo, Redo, File, Record step (edit_ui.cpp)
    ToolbarNextItem(280 * ui.ui_scale, group_gap);
    SearchBox(ex, ui);
    ui.toolbar_bottom = ImGui::GetWindowPos().y + ImGui::GetWindowSize().y;
    ImGui::End();
}
}  // namespace

void DrawApp(Explorer& ex, UiState& ui) {
    // 0. Theme and scale: rebuilt only when they change (re-rasterising the font at the new size).
    if (ui.applied_scale != ex.presentation.scale_percent || ui.applied_theme != ex.presentation.theme) {
        ui.ui_scale = ex.presentation.scale_percent / 100.0f;
        ApplyTheme(ex.presentation.theme, ui.ui_scale);
        ui.applied_scale = ex.presentation.scale_percent;
        ui.applied_theme = ex.presentation.theme;
    }
    ImGuiViewport* vp = ImGui::GetMainViewport();
    ex.SetScreenSize(vp->WorkSize.x, vp->WorkSize.y);  // core decides the layout (phones: compact)
    ex.ui_targets.clear();
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

    // 2. Panels on top of the canvas (none in the presentation view); phones: sheets (phone_layout.cpp).
    bool presenting = ex.presentation.presenting;
    std::string shown = ex.DetailsSubject();
    if (shown != ui.last_subject) {  // a new choice reopens the details panel
        // Phones: not over the tour caption for a step's selection, and never with nothing to show.
        if (!ex.Compact() || (!shown.empty() && ex.TourIndex() < 0)) ex.Apply(ActPanel(Panel::Details, true));
        ui.last_subject = std::move(shown);
    }
    PushTouchStyle(ex, ui);
    if (ex.Compact() && !presenting) {
        DrawCompactPanels(ex, ui);
    } else {
    if (!presenting) Toolbar(ex, ui);
    float top = presenting || ui.toolbar_bottom <= 0 ? vp->WorkPos.y : ui.toolbar_bottom;
    // Panel widths grow with the UI scale, but together never take more than 65% of the window, so that at
    // 250% on a 1280-pixel projector the panels do not cover each other and the network keeps some room.
    const float sidebar_w = std::min(SidebarWidth * ui.ui_scale, vp->WorkSize.x * 0.30f);
    const float details_w = std::min(DetailsWidth * ui.ui_scale, vp->WorkSize.x * 0.35f);
    // Tell the camera which parts of the canvas the panels cover, so Fit and fly-to use the rest.
    const bool details_open = ex.panels.details && !presenting && !ex.DetailsSubject().empty();
    ex.SetCanvasInsets(top - vp->WorkPos.y, ex.panels.sidebar && !presenting ? sidebar_w : 0, details_open ? details_w : 0,
                       ex.TourIndex() >= 0 ? ui.caption_height : 0);
    ex.ApplyPendingFit();  // the first call also redoes a fit made before the panels' sizes were known
    if (!presenting) {
        DrawSidebar(ex, ui, top, sidebar_w);
        DrawDetailsPanel(ex, ui, top, details_w);
        DrawTableView(ex, ui);
    }
    }
    // 3. Overlays.
    float caption_before = ui.caption_height;
    if (!DrawTourBar(ex, ui)) DrawTourCaption(ex, ui);
    TourCaptionGestures(ex, ui);
    if (std::fabs(ui.caption_height - caption_before) > 4) ex.RequestFit();  // keep the step's actors clear of it
    DrawWelcome(ex, ui);
    DrawHelpOverlay(ex);
    DrawSharePanel(ex, ui);
    DrawNotices(ex, ui);
    DrawPointer(ex);
    DrawEditPrompts(ex, ui);
    EditShortcuts(ex, ui);
    Shortcuts(ex);
    DrawDiagnosticsPanel(ex, ui);
    DrawImportDialog(ex, ui);
#ifndef __EMSCRIPTEN__
    PasteCells(ex);  // the browser's paste event does this on the web (web/files.js)
#endif
    if (ImGui::IsKeyChordPressed(ImGuiMod_Ctrl | ImGuiKey_O)) ui.open_requested = true;
    PopTouchStyle(ex);
}

}  // namespace sse::ui
