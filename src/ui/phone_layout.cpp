// phone_layout.cpp: see phone_layout.h.
#include "ui/phone_layout.h"

#include <algorithm>
#include <cmath>
#include <string>

#include "imgui.h"
#include "imgui_internal.h"  // FindWindowByName, BringWindowToDisplayFront: sheets stay above their scrim
#include "ui/app_ui.h"
#include "ui/details_panel.h"
#include "ui/icons.h"
#include "ui/import_dialog.h"
#include "ui/sidebar.h"
#include "ui/table_view.h"
#include "ui/theme.h"
#include "ui/toolbar_button.h"
#include "ui/tr.h"

namespace sse::ui {

namespace {
constexpr float SwipeDistance = 60.0f;  // CSS pixels a finger travels for a swipe (less is a tap)
constexpr float TapSlop = 12.0f;        // a finger moves this much during a tap
// The sheets' window ids, in Panel order (their titles are translated: "Explore###sidebar" and "Explorar###sidebar" are one window).
const char* const SheetWindows[] = {"###sidebar", "###panel", "###table"};
constexpr Panel Sheets[] = {Panel::Sidebar, Panel::Details, Panel::Table};

float TouchSize(const UiState& ui) { return (float)TouchTargetSize * ui.ui_scale; }

// The one sheet open (the compact layout opens one at a time), or -1.
int OpenSheet(Explorer& ex) {
    for (int i = 0; i < 3; ++i)
        if (ex.PanelOpen(Sheets[i]) && (Sheets[i] != Panel::Details || !ex.DetailsSubject().empty())) return i;
    return -1;
}

float SheetHeight(const UiState& ui, Panel panel) {
    (void)ui;
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    return std::floor(vp->WorkSize.y * (panel == Panel::Table ? 0.7f : 0.6f));
}

// A full-width button as tall as a thumb, recorded as a touch target.
bool MenuEntry(Explorer& ex, const UiState& ui, const char* icon, const char* label, const char* target, bool selected = false) {
    const std::string text = std::string(icon) + "  " + label;
    bool pressed = ImGui::Selectable(text.c_str(), selected, ImGuiSelectableFlags_None, ImVec2(0, TouchSize(ui)));
    RecordTarget(ex, target);
    return pressed;
}

// The menu: panels, tour, view, data, share and help; what the desktop's toolbar row holds.
void CompactMenu(Explorer& ex, UiState& ui) {
    ImGui::SetNextWindowSizeConstraints(ImVec2(std::min(280 * ui.ui_scale, ImGui::GetMainViewport()->WorkSize.x - 16), 0),
                                        ImVec2(FLT_MAX, FLT_MAX));
    if (!ImGui::BeginPopup("menu")) return;
    for (Panel panel : Sheets) {
        if (panel == Panel::Details && ex.DetailsSubject().empty()) continue;
        const bool open = ex.PanelOpen(panel);
        const char* glyph = panel == Panel::Sidebar ? icon::Explore : panel == Panel::Details ? icon::Details : icon::Table;
        if (MenuEntry(ex, ui, glyph, DisplayName(panel), ("menu." + std::string(WireName(panel))).c_str(), open))
            ex.Apply(ActPanel(panel, !open));
    }
    ImGui::Separator();
    if (ex.TourIndex() >= 0) {
        if (MenuEntry(ex, ui, icon::Tour, Tr("tour.leave", "Leave the tour"), "menu.tour")) ex.Apply(Act(ViewVerb::Tour, std::string()));
    } else if (!ex.Data().tours.empty()) {
        if (MenuEntry(ex, ui, icon::Tour, Tr("toolbar.tour", "Tour"), "menu.tour")) ex.Command("tour " + ex.Data().tours[0].id);
    }
    if (MenuEntry(ex, ui, icon::Fit, Tr("toolbar.fit", "Fit"), "menu.fit")) ex.Apply(Act(ViewVerb::Fit));
    if (MenuEntry(ex, ui, icon::Reset, Tr("toolbar.reset", "Reset"), "menu.reset")) ex.Command("reset-view");
    if (MenuEntry(ex, ui, icon::View, Tr("toolbar.view", "View"), "menu.view")) ui.open_view_menu = true;
    if (MenuEntry(ex, ui, icon::Data, Tr("toolbar.data", "Data"), "menu.data")) ui.open_data_menu = true;
    if (MenuEntry(ex, ui, icon::Share, Tr("toolbar.share", "Share"), "menu.share")) ex.Command("share on");
    if (MenuEntry(ex, ui, icon::CopyLink, Tr("toolbar.copy_link", "Copy link"), "menu.copy-link")) ui.copy_link_requested = true;
    if (MenuEntry(ex, ui, icon::Help, Tr("help.title", "Keyboard and mouse"), "menu.help")) ex.Apply(Act(ViewVerb::HelpOverlay, true));
    ImGui::EndPopup();
}

// The layouts, as a list a thumb can hit.
void LayoutMenu(Explorer& ex, UiState& ui) {
    if (!ImGui::BeginPopup("layouts")) return;
    static const LayoutKind kinds[] = {LayoutKind::Levels, LayoutKind::Geographic, LayoutKind::Force, LayoutKind::Ego};
    for (LayoutKind kind : kinds) {
        ImGui::BeginDisabled(kind == LayoutKind::Ego && ex.Selected() < 0);
        if (MenuEntry(ex, ui, LayoutIcon(kind), DisplayName(kind), ("layout." + std::string(ToString(kind))).c_str(), ex.Layout() == kind))
            ex.Command(std::string("layout ") + ToString(kind));
        ImGui::EndDisabled();
    }
    ImGui::EndPopup();
}

// One row: the menu, the search box (what is left of the width), the layout.
void CompactToolbar(Explorer& ex, UiState& ui) {
    ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(vp->WorkPos);
    ImGui::SetNextWindowSize(ImVec2(vp->WorkSize.x, 0));
    ImGui::Begin("##toolbar", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_AlwaysAutoResize);
    const float side = TouchSize(ui);
    const std::string menu_label = std::string(icon::Menu) + "###menu";  // the bars alone: the search box gets the room
    if (ImGui::Button(menu_label.c_str(), ImVec2(side, side))) ImGui::OpenPopup("menu");
    RecordTarget(ex, "menu");
    CompactMenu(ex, ui);
    if (ui.open_view_menu) ImGui::OpenPopup("view");
    if (ui.open_data_menu) ImGui::OpenPopup("data");
    ui.open_view_menu = ui.open_data_menu = false;
    ViewMenu(ex, ui);
    DataMenu(ex, ui);
    // The current layout's name, or "Layout" when that name would squeeze the search box ("ForceAtlas2 force").
    const ImGuiStyle& style = ImGui::GetStyle();
    std::string layout = std::string(LayoutIcon(ex.Layout())) + " " + DisplayName(ex.Layout()) + "###layout";
    if (ImGui::CalcTextSize(layout.c_str(), nullptr, true).x + style.FramePadding.x * 2 > vp->WorkSize.x * 0.3f)
        layout = std::string(LayoutIcon(ex.Layout())) + "###layout";  // the icon alone rather than a squeezed search box
    const float layout_w = std::max(side, ImGui::CalcTextSize(layout.c_str(), nullptr, true).x + style.FramePadding.x * 2);
    ImGui::SameLine();
    const float search_w = ImGui::GetContentRegionAvail().x - layout_w - style.ItemSpacing.x;
    SearchBox(ex, ui, search_w, Tr("phone.search_hint", "Search actors"));
    RecordTarget(ex, "search");
    ImGui::SameLine();
    if (ImGui::Button(layout.c_str(), ImVec2(layout_w, side))) ImGui::OpenPopup("layouts");
    RecordTarget(ex, "layout");
    LayoutMenu(ex, ui);
    ui.toolbar_bottom = ImGui::GetWindowPos().y + ImGui::GetWindowSize().y;
    ImGui::End();
}

// Dims the canvas above an open sheet; a tap on it closes the sheet (and reaches nothing beneath).
void Scrim(Explorer& ex, const UiState& ui, float sheet_top) {
    ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(ImVec2(vp->WorkPos.x, ui.toolbar_bottom));
    ImGui::SetNextWindowSize(ImVec2(vp->WorkSize.x, std::max(1.0f, sheet_top - ui.toolbar_bottom)));
    ImGui::SetNextWindowBgAlpha(0.25f);
    ImGui::PushStyleColor(ImGuiCol_WindowBg, IM_COL32(0, 0, 0, 255));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowBorderSize, 0);
    ImGui::Begin("##scrim", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_NoFocusOnAppearing | ImGuiWindowFlags_NoNav);  // (not NoBringToFrontOnFocus:
    // ImGui creates such windows behind the others, the canvas included)
    ImGui::InvisibleButton("##close_sheet", ImGui::GetContentRegionAvail());
    if (ImGui::IsItemClicked()) {  // a press there: closes at once, like the tap a finger makes
        for (Panel panel : Sheets) ex.Apply(ActPanel(panel, false));
    }
    ImGui::End();
    ImGui::PopStyleVar();
    ImGui::PopStyleColor();
}

// A swipe down that starts on the sheet's title closes it; the sheet follows the finger meanwhile.
void SheetSwipe(Explorer& ex, UiState& ui, ImGuiWindow* window, Panel panel) {
    const ImGuiIO& io = ImGui::GetIO();
    const ImRect title = window->TitleBarRect();
    if (ImGui::IsMouseClicked(0) && title.Contains(io.MousePos) && !ImGui::IsAnyItemHovered()) {
        ui.swipe_on = 1;
        ui.swipe_x = io.MousePos.x;
        ui.swipe_y = io.MousePos.y;
    }
    if (ui.swipe_on != 1) return;
    ui.sheet_drag = std::max(0.0f, io.MousePos.y - ui.swipe_y);
    if (!io.MouseDown[0]) {
        if (ui.sheet_drag > SwipeDistance) ex.Apply(ActPanel(panel, false));
        ui.swipe_on = 0;
        ui.sheet_drag = 0;
    }
}

// A finger dragged up or down on a sheet's or the caption's content scrolls it, as anywhere on a phone (ImGui
// scrolls by wheel and scrollbar only); once it is a scroll, the item pressed does not count as tapped.
void DragScroll(UiState& ui, ImGuiWindow* window, const ImRect& area) {
    const ImGuiIO& io = ImGui::GetIO();
    if (ImGui::IsMouseClicked(0) && area.Contains(io.MousePos)) {
        ui.scroll_window = window->ID;
        ui.scroll_from_y = io.MousePos.y;
        ui.scrolling = false;
    }
    if (ui.scroll_window != window->ID) return;
    if (!io.MouseDown[0]) {
        ui.scroll_window = 0;
        return;
    }
    if (!ui.scrolling && std::fabs(io.MousePos.y - ui.scroll_from_y) > TapSlop) ui.scrolling = true;
    if (!ui.scrolling) return;
    ImGui::SetScrollY(window, std::clamp(window->Scroll.y - io.MouseDelta.y, 0.0f, window->ScrollMax.y));
    ImGui::ClearActiveID();
}

// The grip drawn on a sheet's title: a sign that it can be pulled down.
void Grip(ImGuiWindow* window) {
    const ImRect title = window->TitleBarRect();
    const float cx = (title.Min.x + title.Max.x) * 0.5f, y = title.Min.y + 5;
    ImGui::GetForegroundDrawList()->AddRectFilled(ImVec2(cx - 22, y), ImVec2(cx + 22, y + 4),
                                                  ImGui::GetColorU32(ImGuiCol_TextDisabled), 2);
}
}  // namespace

namespace {
float s_touch_row = 0;  // TouchRowHeight() while the touch style is pushed
int s_rows = 0;         // rows recorded this frame
}  // namespace

float TouchRowHeight() { return s_touch_row; }

void RecordRow(Explorer& ex) {
    if (s_touch_row <= 0) return;
    RecordTarget(ex, ("row." + std::to_string(s_rows++)).c_str());
}

void PushTouchStyle(const Explorer& ex, const UiState& ui) {
    s_rows = 0;
    if (!ex.Compact()) return;
    s_touch_row = TouchSize(ui);
    // Rows taller than their text keep it in the middle (sidebar, details and table rows in sheets).
    ImGui::PushStyleVar(ImGuiStyleVar_SelectableTextAlign, ImVec2(0, 0.5f));
    // Frames as tall as a thumb: the font plus padding reaches TouchTargetSize.
    const float pad_y = std::ceil(((float)TouchTargetSize * ui.ui_scale - ImGui::GetFontSize()) * 0.5f);
    ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(12 * ui.ui_scale, pad_y));
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(8 * ui.ui_scale, 8 * ui.ui_scale));
    ImGui::PushStyleVar(ImGuiStyleVar_ScrollbarSize, 18 * ui.ui_scale);
}

void PopTouchStyle(const Explorer& ex) {
    if (!ex.Compact()) return;
    ImGui::PopStyleVar(4);
    s_touch_row = 0;
}

void RecordTarget(Explorer& ex, const char* name) {
    const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
    ex.ui_targets.push_back({name, a.x, a.y, b.x - a.x, b.y - a.y});
}

void PlaceSheet(const Explorer& ex, const UiState& ui, Panel panel) {
    if (!ex.Compact() || ex.presentation.presenting) return;
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    const float h = SheetHeight(ui, panel);
    ImGui::SetNextWindowPos(ImVec2(vp->WorkPos.x, vp->WorkPos.y + vp->WorkSize.y - h + ui.sheet_drag), ImGuiCond_Always);
    ImGui::SetNextWindowSize(ImVec2(vp->WorkSize.x, h), ImGuiCond_Always);
    ImGui::SetNextWindowCollapsed(false, ImGuiCond_Always);  // a double tap on the title must not fold it away
}

void DrawCompactPanels(Explorer& ex, UiState& ui) {
    ImGuiViewport* vp = ImGui::GetMainViewport();
    CompactToolbar(ex, ui);
    const int sheet = OpenSheet(ex);
    const float sheet_h = sheet >= 0 ? SheetHeight(ui, Sheets[sheet]) : 0;
    // The camera keeps clear of the toolbar and the open sheet (or the tour caption under it).
    ex.SetCanvasInsets(ui.toolbar_bottom - vp->WorkPos.y, 0, 0, std::max(sheet_h, ex.TourIndex() >= 0 ? ui.caption_height : 0.0f));
    ex.ApplyPendingFit();
    if (sheet < 0) {
        ui.swipe_on = ui.swipe_on == 1 ? 0 : ui.swipe_on;
        ui.sheet_drag = 0;
        return;
    }
    Scrim(ex, ui, vp->WorkPos.y + vp->WorkSize.y - sheet_h);
    // Each panel draws itself; PlaceSheet (called in each) puts it at the bottom, full width.
    const float top = vp->WorkPos.y + vp->WorkSize.y - sheet_h;
    if (Sheets[sheet] == Panel::Sidebar) DrawSidebar(ex, ui, top, vp->WorkSize.x);
    if (Sheets[sheet] == Panel::Details) DrawDetailsPanel(ex, ui, top, vp->WorkSize.x);
    if (Sheets[sheet] == Panel::Table) DrawTableView(ex, ui);
    if (ImGuiWindow* window = ImGui::FindWindowByName(SheetWindows[sheet])) {
        ImGui::BringWindowToDisplayFront(window);
        ex.ui_targets.push_back({"sheet", window->Pos.x, window->Pos.y, window->Size.x, window->Size.y});
        const ImRect title = window->TitleBarRect();
        ex.ui_targets.push_back({"sheet.title", title.Min.x, title.Min.y, title.GetWidth(), title.GetHeight()});
        Grip(window);
        SheetSwipe(ex, ui, window, Sheets[sheet]);
        DragScroll(ui, window, ImRect(window->Pos.x, title.Max.y, window->Pos.x + window->Size.x, window->Pos.y + window->Size.y));
    }
    if (ImGuiWindow* toolbar = ImGui::FindWindowByName("##toolbar")) ImGui::BringWindowToDisplayFront(toolbar);
}

bool DrawTourBar(Explorer& ex, UiState& ui) {
    if (!ex.Compact() || ex.panels.caption || ex.presentation.presenting || !ex.CurrentStep()) return false;
    const Tour& tour = ex.Data().tours[ex.TourIndex()];
    const int n = (int)tour.steps.size(), at = ex.TourStepIndex();
    ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(ImVec2(vp->WorkPos.x, vp->WorkPos.y + vp->WorkSize.y), ImGuiCond_Always, ImVec2(0, 1));
    ImGui::SetNextWindowSize(ImVec2(vp->WorkSize.x, 0), ImGuiCond_Always);
    ImGui::SetNextWindowBgAlpha(0.95f);
    ImGui::Begin("##tour_bar", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_NoFocusOnAppearing | ImGuiWindowFlags_NoNav);
    const float side = TouchSize(ui);
    ImGui::BeginDisabled(at == 0);
    if (ImGui::Button((std::string(icon::Previous) + "###prev").c_str(), ImVec2(side, side))) ex.Command("prev");
    RecordTarget(ex, "tour.prev");
    ImGui::EndDisabled();
    ImGui::SameLine();
    const std::string label = std::to_string(at + 1) + " / " + std::to_string(n);
    const float show_w = ImGui::GetContentRegionAvail().x - side - ImGui::GetStyle().ItemSpacing.x;
    if (ImGui::Button(label.c_str(), ImVec2(show_w, side))) ex.Command("panel caption on");
    RecordTarget(ex, "tour.show");
    ImGui::SameLine();
    ImGui::BeginDisabled(at == n - 1);
    if (ImGui::Button((std::string(icon::Next) + "###next").c_str(), ImVec2(side, side))) ex.Command("next");
    RecordTarget(ex, "tour.next");
    ImGui::EndDisabled();
    ui.caption_height = ImGui::GetWindowSize().y;
    ImGui::End();
    return true;
}

void TourCaptionGestures(Explorer& ex, UiState& ui) {
    if (!ex.Compact() || !ex.CurrentStep() || !ex.panels.caption) return;
    ImGuiWindow* window = ImGui::FindWindowByName("##tour_caption");
    if (!window || !window->WasActive) return;
    ex.ui_targets.push_back({"caption", window->Pos.x, window->Pos.y, window->Size.x, window->Size.y});
    const ImGuiIO& io = ImGui::GetIO();
    const ImRect rect = window->Rect();
    if (OpenSheet(ex) >= 0) return;
    if (ImGui::IsMouseClicked(0)) ui.swipe_scroll = window->Scroll.y;
    DragScroll(ui, window, rect);
    // The swipe: from where the press began (ImGui keeps it) to where the finger lifted.
    if (!ImGui::IsMouseReleased(0) || !rect.Contains(io.MouseClickedPos[0])) return;
    const float dx = io.MousePos.x - io.MouseClickedPos[0].x, dy = io.MousePos.y - io.MouseClickedPos[0].y;
    if (std::fabs(dx) > SwipeDistance && std::fabs(dx) > std::fabs(dy)) ex.Command(dx < 0 ? "next" : "prev");
    else if (dy > SwipeDistance && ui.swipe_scroll <= 0) ex.Command("panel caption off");  // not a scroll back up
}

bool LongPress(const Explorer& ex, UiState& ui, bool active) {
    if (!ex.GetScreen().touch || !active) return false;
    const ImGuiIO& io = ImGui::GetIO();
    const float dx = io.MousePos.x - ui.press_x, dy = io.MousePos.y - ui.press_y;
    if (io.MouseDownDuration[0] < LongPressSeconds || dx * dx + dy * dy > TapSlop * TapSlop) return false;
    ui.release_is_not_a_click = true;  // the finger lifted after a long press only looked
    return true;
}

}  // namespace sse::ui
