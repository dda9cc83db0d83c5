// overlays.cpp: see overlays.h.
#include "ui/overlays.h"

#include "imgui.h"
#include "ui/theme.h"

namespace sse::ui {

namespace {
struct Shortcut {
    const char* keys;
    const char* what;
};
const Shortcut Shortcuts[] = {
    {"Drag the background", "pan"},
    {"Mouse wheel / pinch", "zoom about the pointer"},
    {"Click an actor", "select it and show its details"},
    {"Drag an actor", "move it (it stays where you put it)"},
    {"/  or  Ctrl+F", "search (accents and case do not matter)"},
    {"+  /  -", "widen / narrow the focus around the selection"},
    {"Esc", "clear the selection; leave a tour or the presentation"},
    {"F", "fit the whole network on screen"},
    {"R", "reset the view: moved actors go back, everything fits"},
    {"Right, Space, PageDown", "next tour step"},
    {"Left, PageUp", "previous tour step"},
    {"Home / End", "first / last tour step"},
    {"P", "presentation view (full screen, large captions)"},
    {"L", "spotlight pointer for presenting"},
    {"Ctrl + / Ctrl -", "larger / smaller interface (100% to 250%)"},
    {"? or F1", "this help"},
};

void CentreNextWindow(float width_fraction) {
    ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(ImVec2(vp->WorkPos.x + vp->WorkSize.x * 0.5f, vp->WorkPos.y + vp->WorkSize.y * 0.5f),
                            ImGuiCond_Always, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(ImVec2(vp->WorkSize.x * width_fraction, 0), ImGuiCond_Always);
}
}  // namespace

void DrawHelpOverlay(Explorer& ex) {
    if (!ex.presentation.help) return;
    CentreNextWindow(0.5f);
    ImGui::SetNextWindowFocus();
    if (ImGui::Begin("Keyboard and mouse##help", &ex.presentation.help,
                     ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_AlwaysAutoResize)) {
        if (ImGui::BeginTable("shortcuts", 2, ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp)) {
            for (const Shortcut& s : Shortcuts) {
                ImGui::TableNextRow();
                ImGui::TableNextColumn();
                ImGui::TextUnformatted(s.keys);
                ImGui::TableNextColumn();
                ImGui::TextUnformatted(s.what);
            }
            ImGui::EndTable();
        }
        ImGui::Spacing();
        ImGui::TextDisabled("Scripts can do all of this too: window.explorer.command('help') lists the commands.");
        if (ImGui::Button("Close")) ex.presentation.help = false;
    }
    ImGui::End();
}

void DrawWelcome(Explorer& ex, UiState& ui) {
    if (!ex.presentation.welcome || ex.presentation.presenting) return;
    CentreNextWindow(0.42f);
    if (ImGui::Begin("Welcome to the SSE Ecosystem Explorer##welcome", nullptr,
                     ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_AlwaysAutoResize)) {
        ImGui::PushTextWrapPos(0);
        ImGui::TextUnformatted("Who cooperates with whom to internationalise the social and solidarity economy, at which level, "
                               "and why it matters: the SILK policy brief's ecosystem as a network.");
        ImGui::Spacing();
        ImGui::Bullet();
        ImGui::TextUnformatted("Click an actor to see its links, its cases and the sources behind every fact.");
        ImGui::Bullet();
        ImGui::TextUnformatted("Solid lines are horizontal cooperation (same level); dashed lines are vertical (across levels).");
        ImGui::Bullet();
        ImGui::TextUnformatted("Pick a recommendation on the left, or start the guided tour, to follow the brief's story.");
        ImGui::PopTextWrapPos();
        ImGui::Spacing();
        ImGui::Checkbox("Don't show this again", &ui.remember_no_welcome);
        if (ImGui::Button("Start exploring")) ex.presentation.welcome = false;
        ImGui::SameLine();
        ImGui::TextDisabled("Press ? at any time for the shortcuts");
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
    dl->AddCircle(m, r, IM_COL32(255, 200, 0, 255), 64, 4.0f);
}

}  // namespace sse::ui
