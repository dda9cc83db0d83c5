// screen_layout_test.cpp: which screens get the compact layout, and what the Explorer does with its panels there.
#include "core/screen_layout.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "core/explorer.h"
#include "test_files.h"

namespace {
using sse::test::Fixture;

nlohmann::json State(const sse::Explorer& ex) { return nlohmann::json::parse(ex.StateJson()); }

struct Screens : ::testing::Test {
    sse::Explorer ex;
    void SetUp() override { ASSERT_TRUE(ex.LoadFile(Fixture("tiny_valid.json"))); }
};
}  // namespace

TEST(CompactLayout, NarrowOrTouchedScreensAreCompact) {
    EXPECT_TRUE(sse::CompactLayout(390, 844, false));
    EXPECT_TRUE(sse::CompactLayout(599, 900, false));
    EXPECT_FALSE(sse::CompactLayout(600, 900, false));
    EXPECT_FALSE(sse::CompactLayout(1280, 800, false));
    EXPECT_TRUE(sse::CompactLayout(768, 1024, true));
    EXPECT_TRUE(sse::CompactLayout(1280, 800, true));
    EXPECT_FALSE(sse::CompactLayout(0, 0, false));  // not yet known
}

TEST_F(Screens, APhoneStartsWithEverySheetClosedAndTheDesktopGetsItsPanelBack) {
    ex.SetScreenSize(1280, 800);
    EXPECT_FALSE(ex.Compact());
    EXPECT_TRUE(ex.panels.sidebar);
    ex.SetScreenSize(390, 844);
    EXPECT_TRUE(ex.Compact());
    EXPECT_FALSE(ex.panels.sidebar);
    EXPECT_FALSE(ex.panels.details);
    EXPECT_FALSE(ex.panels.table);
    auto s = State(ex);
    EXPECT_EQ(s["screen"]["width"], 390);
    EXPECT_TRUE(s["screen"]["compact"].get<bool>());
    ex.SetScreenSize(1280, 800);
    EXPECT_FALSE(ex.Compact());
    EXPECT_TRUE(ex.panels.sidebar);
}

TEST_F(Screens, TheTouchCommandSwitchesLayout) {
    ex.SetScreenSize(1280, 800);
    auto r = ex.Command("touch on");
    ASSERT_TRUE(r.ok) << r.message;
    EXPECT_TRUE(ex.Compact());
    EXPECT_TRUE(State(ex)["screen"]["touch"].get<bool>());
    EXPECT_TRUE(ex.Command("touch off").ok);
    EXPECT_FALSE(ex.Compact());
    EXPECT_FALSE(ex.Command("touch maybe").ok);
    EXPECT_FALSE(ex.Command("touch").ok);
}

TEST_F(Screens, CompactOpensOneSheetAtATimeButTheDesktopDocksSeveral) {
    ex.SetScreenSize(1280, 800);
    ASSERT_TRUE(ex.Command("panel table on").ok);
    EXPECT_TRUE(ex.panels.sidebar && ex.panels.table);
    ex.SetScreenSize(390, 844);
    ASSERT_TRUE(ex.Command("panel sidebar on").ok);
    EXPECT_TRUE(ex.panels.sidebar);
    ASSERT_TRUE(ex.Command("panel table on").ok);
    EXPECT_TRUE(ex.panels.table);
    EXPECT_FALSE(ex.panels.sidebar);
    ASSERT_TRUE(ex.Command("panel details on").ok);
    EXPECT_FALSE(ex.panels.table);
    // The tour caption is not a sheet: it stays with the others.
    ASSERT_TRUE(ex.Command("panel caption off").ok);
    EXPECT_TRUE(ex.panels.details);
    EXPECT_FALSE(State(ex)["panels"]["caption"].get<bool>());
    EXPECT_FALSE(ex.Command("panel drawer on").ok);
    EXPECT_FALSE(ex.Command("panel caption maybe").ok);
}

TEST_F(Screens, CanvasRectIsTheViewportLessWhatPanelsCover) {
    sse::Camera& cam = ex.View();
    cam.origin = {0, 0};
    cam.viewport = {390, 844};
    cam.inset_top = 60;
    cam.inset_bottom = 100;
    auto r = State(ex)["canvasRect"];
    EXPECT_DOUBLE_EQ(r["x"].get<double>(), 0);
    EXPECT_DOUBLE_EQ(r["y"].get<double>(), 60);
    EXPECT_DOUBLE_EQ(r["w"].get<double>(), 390);
    EXPECT_DOUBLE_EQ(r["h"].get<double>(), 684);
}

TEST_F(Screens, TargetsTheUiRecordedAreInTheState) {
    ex.ui_targets.push_back({"menu", 8, 8, 53, 45});
    auto t = State(ex)["targets"]["menu"];
    EXPECT_EQ(t["w"], 53);
    EXPECT_EQ(t["h"], 45);
}
