// Tests that the details panel and the tour caption show why a fact is there (issue 17): the brief's quote in
// quotation marks with "SILK policy brief" as its source, an inferred item's reasoning, a year's note. The
// panels are drawn in a headless ImGui context and their text captured with ImGui's logging (LogToClipboard
// hands the logged text to the platform's clipboard function, which the test replaces).
#include <gtest/gtest.h>

#include <memory>
#include <string>

#include "core/explorer.h"
#include "headless_imgui.h"
#include "ui/details_panel.h"
#include "ui/tour_caption.h"
#include "ui/ui_state.h"

namespace sse::ui {
namespace {

std::string g_logged;  // what the last LogFinish handed to the clipboard

void CaptureClipboard(ImGuiContext*, const char* text) { g_logged = text ? text : ""; }

class ProvenancePanel : public ::testing::Test {
protected:
    void SetUp() override {
        gui = std::make_unique<bench::HeadlessImGui>(1280.0f, 800.0f, SSE_TEST_FONT);
        ImGui::GetPlatformIO().Platform_SetClipboardTextFn = CaptureClipboard;
        ex.reduced_motion = true;
        ASSERT_TRUE(ex.LoadFile(std::string(SSE_SOURCE_DIR) + "/data/silk.json"));
    }
    void TearDown() override { gui.reset(); }

    // The text `draw` renders, from the second frame on (a window's first frame may only measure).
    template <typename Draw>
    std::string TextOf(Draw draw) {
        for (int frame = 0; frame < 2; ++frame) {
            gui->NewFrame();
            g_logged.clear();
            ImGui::LogToClipboard();
            draw();
            ImGui::LogFinish();
            gui->Render();
        }
        return g_logged;
    }

    std::unique_ptr<bench::HeadlessImGui> gui;
    Explorer ex;
    UiState ui;
};

bool Has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

TEST_F(ProvenancePanel, ABriefActorShowsItsQuoteAndItsSource) {
    ASSERT_TRUE(ex.Command("select scotland-se-observatory").ok);
    const std::string text = TextOf([&] { DrawDetailsPanel(ex, ui, 40, 400); });
    EXPECT_TRUE(Has(text, "\u201cTo support it, an \u2018International Social Enterprise Observatory\u2019 was created.\u201d")) << text;
    EXPECT_TRUE(Has(text, "SILK policy brief")) << text;
}

TEST_F(ProvenancePanel, AnInferredActorShowsItsReasoning) {
    ASSERT_TRUE(ex.Command("select gencat-dg-social-economy").ok);
    const std::string text = TextOf([&] { DrawDetailsPanel(ex, ui, 40, 400); });
    EXPECT_TRUE(Has(text, "Our inference:")) << text;
    EXPECT_TRUE(Has(text, "Identified with the brief's unnamed")) << text;
}

TEST_F(ProvenancePanel, AYearNoteIsShownWithTheYears) {
    ASSERT_TRUE(ex.Command("select accio").ok);
    const std::string text = TextOf([&] { DrawDetailsPanel(ex, ui, 40, 400); });
    EXPECT_TRUE(Has(text, "Since 1985")) << text;
    EXPECT_TRUE(Has(text, "1985 is a lineage date")) << text;
}

TEST_F(ProvenancePanel, AVerifiedActorWithoutProvenanceShowsNone) {
    ASSERT_TRUE(ex.Command("select koica").ok);
    const std::string text = TextOf([&] { DrawDetailsPanel(ex, ui, 40, 400); });
    EXPECT_TRUE(Has(text, "KOICA")) << text;
    EXPECT_FALSE(Has(text, "SILK policy brief (2021)")) << text;
    EXPECT_FALSE(Has(text, "Our inference:")) << text;
}

TEST_F(ProvenancePanel, ATourStepWithAQuoteOffersTheBriefsWords) {
    ASSERT_TRUE(ex.Command("tour silk-brief").ok);
    ASSERT_TRUE(ex.Command("step 6").ok);
    const std::string text = TextOf([&] { DrawTourCaption(ex, ui); });
    EXPECT_TRUE(Has(text, "KOICA Creative Technology Solution")) << text;
    EXPECT_TRUE(Has(text, "Hover the caption for the brief's words")) << text;
}

}  // namespace
}  // namespace sse::ui
