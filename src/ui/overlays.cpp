// overlays.cpp: see overlays.h.
#include "ui/overlays.h"

#include <algorithm>

#include "imgui.h"
#include "ui/theme.h"
#include "ui/tr.h"

namespace sse::ui {

namespace {
struct Shortcut {
    const char* keys_id;  // string-table ids and English texts (i18n.h)
    const char* keys;
    const char* what_id;
    const char* what;
};
const Shortcut Shortcuts[] = {
    {SSE_TEXT("help.keys.pan", "Drag the background"), SSE_TEXT("help.what.pan", "pan")},
    {SSE_TEXT("help.keys.zoom", "Mouse wheel / pinch"), SSE_TEXT("help.what.zoom", "zoom about the pointer")},
    {SSE_TEXT("help.keys.click", "Click an actor"), SSE_TEXT("help.what.click", "select it and show its details")},
    {SSE_TEXT("help.keys.drag", "Drag an actor"), SSE_TEXT("help.what.drag", "move it (it stays where you put it)")},
    {SSE_TEXT("help.keys.search", "/  or  Ctrl+F"), SSE_TEXT("help.what.search", "search (accents and case do not matter)")},
    {SSE_TEXT("help.keys.focus", "+  /  -"), SSE_TEXT("help.what.focus", "widen / narrow the focus around the selection")},
    {SSE_TEXT("help.keys.esc", "Esc"), SSE_TEXT("help.what.esc", "clear the selection; leave a tour or the presentation")},
    {SSE_TEXT("help.keys.fit", "F"), SSE_TEXT("help.what.fit", "fit the whole network on screen")},
    {SSE_TEXT("help.keys.reset", "R"), SSE_TEXT("help.what.reset", "reset the view: moved actors go back, everything fits")},
    {SSE_TEXT("help.keys.next", "Right, Space, PageDown"), SSE_TEXT("help.what.next", "next tour step")},
    {SSE_TEXT("help.keys.prev", "Left, PageUp"), SSE_TEXT("help.what.prev", "previous tour step")},
    {SSE_TEXT("help.keys.first_last", "Home / End"), SSE_TEXT("help.what.first_last", "first / last tour step")},
    {SSE_TEXT("help.keys.present", "P"), SSE_TEXT("help.what.present", "presentation view (full screen, large captions)")},
    {SSE_TEXT("help.keys.pointer", "L"), SSE_TEXT("help.what.pointer", "spotlight pointer for presenting")},
    {SSE_TEXT("help.keys.scale", "Ctrl + / Ctrl -"), SSE_TEXT("help.what.scale", "larger / smaller interface (100% to 250%)")},
    {SSE_TEXT("help.keys.help", "? or F1"), SSE_TEXT("help.what.help", "this help")},
};

// A window in the middle of the screen, `width_fraction` of its width, or wider when its title needs it (a long
// translation, a large interface size: a title bar cuts what does not fit), at most nearly the whole width.
void CentreNextWindow(float width_fraction, const char* title) {
    ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(ImVec2(vp->WorkPos.x + vp->WorkSize.x * 0.5f, vp->WorkPos.y + vp->WorkSize.y * 0.5f),
                            ImGuiCond_Always, ImVec2(0.5f, 0.5f));
    // A fraction of a wide screen, but never narrower than a readable measure (36 ems) nor than its (translated)
    // title, nor wider than the screen less a margin: on a phone that is the screen's width (docs/style.md, "Spacing").
    const ImGuiStyle& style = ImGui::GetStyle();
    const float title_w = ImGui::CalcTextSize(title, nullptr, true).x + style.FramePadding.x * 4 + ImGui::GetFontSize() * 2;
    const float avail = std::max(1.0f, vp->WorkSize.x - 2 * 8 * style.FontScaleMain);
    const float readable = std::min(std::max(BaseFontSize * style.FontScaleMain * 36, title_w), avail);  // not the current font's size
    ImGui::SetNextWindowSize(ImVec2(std::clamp(vp->WorkSize.x * width_fraction, readable, avail), 0), ImGuiCond_Always);
}
}  // namespace

void DrawHelpOverlay(Explorer& ex) {
    if (!ex.presentation.help) return;
    const std::string title = Titled(Tr("help.title", "Keyboard and mouse"), "help");
    CentreNextWindow(0.5f, title.c_str());
    ImGui::SetNextWindowFocus();
    if (ImGui::Begin(title.c_str(), &ex.presentation.help,
                     ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_AlwaysAutoResize)) {
        if (ImGui::BeginTable("shortcuts", 2, ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp)) {
            for (const Shortcut& s : Shortcuts) {
                ImGui::TableNextRow();
                ImGui::TableNextColumn();
                ImGui::TextWrapped("%s", Tr(s.keys_id, s.keys));  // SSE_TEXT rows (wrapped: translations are longer)
                ImGui::TableNextColumn();
                ImGui::TextWrapped("%s", Tr(s.what_id, s.what));  // SSE_TEXT rows
            }
            ImGui::EndTable();
        }
        ImGui::Spacing();
        ImGui::TextDisabled("%s", Tr("help.scripts", "Scripts can do all of this too: window.explorer.command('help') lists the commands."));
        if (ImGui::Button(Titled(Tr("common.close", "Close"), "close").c_str())) ex.Apply(Act(ViewVerb::HelpOverlay, false));
    }
    ImGui::End();
}

void DrawWelcome(Explorer& ex, UiState& ui) {
    if (!ex.presentation.welcome || ex.presentation.presenting) return;
    const std::string title = Titled(Tr("welcome.title", "Welcome to the SSE Ecosystem Explorer"), "welcome");
    CentreNextWindow(0.42f, title.c_str());
    if (ImGui::Begin(title.c_str(), nullptr,
                     ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_AlwaysAutoResize)) {
        ImGui::PushTextWrapPos(0);
        ImGui::TextUnformatted(Tr("welcome.intro", "Who cooperates with whom to internationalise the social and solidarity economy, at which level, "
                                  "and why it matters: the SILK policy brief's ecosystem as a network."));
        ImGui::Spacing();
        ImGui::Bullet();
        ImGui::TextUnformatted(Tr("welcome.click", "Click an actor to see its links, its cases and the sources behind every fact."));
        ImGui::Bullet();
        ImGui::TextUnformatted(Tr("welcome.lines", "Solid lines are horizontal cooperation (same level); dashed lines are vertical (across levels)."));
        ImGui::Bullet();
        ImGui::TextUnformatted(Tr("welcome.tour", "Pick a recommendation on the left, or start the guided tour, to follow the brief's story."));
        ImGui::PopTextWrapPos();
        ImGui::Spacing();
        ImGui::Checkbox(Titled(Tr("welcome.dont_show", "Don't show this again"), "again").c_str(), &ui.remember_no_welcome);
        if (ImGui::Button(Titled(Tr("welcome.start", "Start exploring"), "start").c_str())) ex.Apply(Act(ViewVerb::Welcome, false));
        ImGui::TextDisabled("%s", Tr("welcome.press_help", "Press ? at any time for the shortcuts"));  // own line: longer languages
        const ImVec2 at = ImGui::GetWindowPos(), size = ImGui::GetWindowSize();
        ex.ui_targets.push_back({"welcome", at.x, at.y, size.x, size.y});  // state().targets: its width on a phone
    }
    ImGui::End();
}

void DrawNotices(Explorer& ex, UiState& ui) {
    if (ex.notices.empty()) return;  // (Explorer::Tick retires each notice after a while)
    ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(ImVec2(vp->WorkPos.x + vp->WorkSize.x * 0.5f, vp->WorkPos.y + vp->WorkSize.y - 20),
                            ImGuiCond_Always, ImVec2(0.5f, 1.0f));
    ImGui::SetNextWindowBgAlpha(0.92f);
    ImGui::Begin("##notices", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoFocusOnAppearing |
                     ImGuiWindowFlags_NoNav | ImGuiWindowFlags_NoSavedSettings);
    ImGui::TextUnformatted(ex.notices.front().c_str());
    ImGui::End();
}

void DrawPointer(const Explorer& ex) {
    if (!ex.presentation.pointer) return;
    ImDrawList* dl = ImGui::GetForegroundDrawList();
    ImVec2 m = ImGui::GetIO().MousePos;
    float r = 70.0f * ImGui::GetStyle().FontScaleMain;
    ImGuiViewport* vp = ImGui::GetMainViewport();
    // Dim everything but a disc around the pointer: a thick ring whose inner edge is the spotlight.
    float outer = vp->Size.x + vp->Size.y;
    dl->AddCircle(m, r + outer * 0.5f, IM_COL32(0, 0, 0, 110), 96, outer);
    dl->AddCircle(m, r, IM_COL32(230, 159, 0, 255), 64, 4.0f);  // Okabe-Ito orange
}

}  // namespace sse::ui
