// wrapped_selectable_test.cpp: a long recommendation title wraps within the sidebar's width (1280 x 800: 300 px)
// instead of running past its edge, and the row stays clickable over all its lines.
#include <gtest/gtest.h>

#include <memory>

#include "headless_imgui.h"
#include "ui/wrapped_selectable.h"

namespace sse::ui {
namespace {

TEST(WrappedSelectable, ALongTitleWrapsWithinThePanelAndIsClickableOnItsLastLine) {
    bench::HeadlessImGui gui(1280.0f, 800.0f, SSE_TEST_FONT);
    const std::string title = "3. Give inward and outward exchange flows the same attention in every programme";
    ImVec2 min, max, avail;
    float line = 0;
    bool clicked = false;
    for (int frame = 0; frame < 6; ++frame) {
        if (frame == 3) gui.SetMouse(min.x + 10, max.y - 3);  // on the last wrapped line
        gui.SetMouseButton(0, frame == 4);
        gui.NewFrame();
        ImGui::SetNextWindowPos(ImVec2(0, 40));
        ImGui::SetNextWindowSize(ImVec2(300, 400));
        ImGui::Begin("Explore##test", nullptr, ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize);
        avail = ImGui::GetContentRegionAvail();
        line = ImGui::GetTextLineHeight();
        clicked |= WrappedSelectable("##rec", title, false);
        min = ImGui::GetItemRectMin();
        max = ImGui::GetItemRectMax();
        ImGui::End();
        gui.Render();
    }
    EXPECT_LE(max.x, 300.0f) << "the row ends inside the panel (a plain Selectable is as wide as its text: ~600 px)";
    EXPECT_GT(ImGui::CalcTextSize(title.c_str()).x, avail.x) << "the title is longer than one line (else the test proves nothing)";
    EXPECT_GE(max.y - min.y, 2 * line) << "the row holds the wrapped lines";
    EXPECT_TRUE(clicked) << "a click on the last line selects";
}

}  // namespace
}  // namespace sse::ui
