// Tests of src/ui/draw_primitives: the shapes written straight into the vertex buffer, compared with what Dear
// ImGui's own calls emit (where they promise the same picture) or with the geometry they promise.
#include "ui/draw_primitives.h"

#include <gtest/gtest.h>

#include <cmath>
#include <memory>

#include "headless_imgui.h"

namespace sse::ui {
namespace {

// One ImGui frame with the app's font, and fresh draw lists set up as ImGui sets up a window's.
class DrawPrimitives : public ::testing::Test {
protected:
    void SetUp() override {
        gui = std::make_unique<bench::HeadlessImGui>(800.0f, 600.0f, SSE_TEST_FONT);
        gui->NewFrame();
    }
    void TearDown() override {
        gui->Render();
        gui.reset();
    }
    // A draw list ready to draw into, with ImGui's current flags (anti-aliasing, line texture) unless changed.
    std::unique_ptr<ImDrawList> NewList(ImDrawListFlags clear_flags = 0) {
        auto dl = std::make_unique<ImDrawList>(ImGui::GetDrawListSharedData());
        dl->_ResetForNewFrame();
        dl->Flags &= ~clear_flags;
        dl->PushTexture(ImGui::GetIO().Fonts->TexRef);
        dl->PushClipRect(ImVec2(0, 0), ImVec2(800, 600));
        return dl;
    }
    std::unique_ptr<bench::HeadlessImGui> gui;
};

float Dist(ImVec2 a, ImVec2 b) { return std::hypot(a.x - b.x, a.y - b.y); }

TEST_F(DrawPrimitives, ArrowHeadIsImGuisAntiAliasedTriangle) {
    const float sizes[] = {4.0f, 8.5f, 20.0f};
    for (float size : sizes)
        for (int k = 0; k < 16; ++k) {
            const float angle = (float)k * 0.41f;
            const ImVec2 tip(300.25f, 200.5f), dir(std::cos(angle), std::sin(angle));
            const ImVec2 base(tip.x - dir.x * size, tip.y - dir.y * size);
            const ImVec2 b(base.x - dir.y * size * 0.5f, base.y + dir.x * size * 0.5f);
            const ImVec2 c(base.x + dir.y * size * 0.5f, base.y - dir.x * size * 0.5f);
            auto ours = NewList(), imgui = NewList();
            AddArrowHeadAA(ours.get(), tip, dir, size, IM_COL32(10, 20, 30, 200));
            imgui->AddTriangleFilled(tip, b, c, IM_COL32(10, 20, 30, 200));
            ASSERT_EQ(ours->VtxBuffer.Size, imgui->VtxBuffer.Size);
            ASSERT_EQ(ours->IdxBuffer.Size, imgui->IdxBuffer.Size);
            for (int i = 0; i < ours->IdxBuffer.Size; ++i) EXPECT_EQ(ours->IdxBuffer[i], imgui->IdxBuffer[i]) << i;
            for (int i = 0; i < ours->VtxBuffer.Size; ++i) {
                EXPECT_LT(Dist(ours->VtxBuffer[i].pos, imgui->VtxBuffer[i].pos), 1e-3f) << "size " << size << " angle " << angle << " vertex " << i;
                EXPECT_EQ(ours->VtxBuffer[i].col, imgui->VtxBuffer[i].col);
                EXPECT_EQ(ours->VtxBuffer[i].uv.x, imgui->VtxBuffer[i].uv.x);
            }
        }
}

TEST_F(DrawPrimitives, SegmentsWithoutTheLineTextureAreImGuisLines) {
    // Without the baked line texture: exactly one AddLine per segment, vertex for vertex.
    const ImVec2 ends[6] = {ImVec2(10, 10), ImVec2(200, 90), ImVec2(50, 300), ImVec2(51, 20), ImVec2(5, 5), ImVec2(400, 5)};
    for (float t : {1.3f, 1.82f, 2.5f}) {
        auto ours = NewList(ImDrawListFlags_AntiAliasedLinesUseTex), imgui = NewList(ImDrawListFlags_AntiAliasedLinesUseTex);
        AddSegments(ours.get(), ends, 3, IM_COL32(1, 2, 3, 255), t);
        for (int s = 0; s < 3; ++s) imgui->AddLine(ends[2 * s], ends[2 * s + 1], IM_COL32(1, 2, 3, 255), t);
        ASSERT_EQ(ours->VtxBuffer.Size, imgui->VtxBuffer.Size);
        ASSERT_EQ(ours->IdxBuffer.Size, imgui->IdxBuffer.Size);
        for (int i = 0; i < ours->IdxBuffer.Size; ++i) EXPECT_EQ(ours->IdxBuffer[i], imgui->IdxBuffer[i]);
        for (int i = 0; i < ours->VtxBuffer.Size; ++i) {
            EXPECT_LT(Dist(ours->VtxBuffer[i].pos, imgui->VtxBuffer[i].pos), 1e-3f) << i;
            EXPECT_EQ(ours->VtxBuffer[i].col, imgui->VtxBuffer[i].col);
        }
    }
}

TEST_F(DrawPrimitives, TexturedSegmentIsOneQuadOfTheNearestLineRowKeepingTheInk) {
    ASSERT_TRUE(NewList()->Flags & ImDrawListFlags_AntiAliasedLinesUseTex);  // ImGui's default, as in the app
    const ImVec2 ends[2] = {ImVec2(100, 100), ImVec2(100, 300)};             // vertical: the quad's width is along x
    for (float t : {1.0f, 1.3f, 2.0f, 2.6f}) {
        auto dl = NewList();
        AddSegments(dl.get(), ends, 1, IM_COL32(1, 2, 3, 255), t);
        ASSERT_EQ(dl->VtxBuffer.Size, 4);
        ASSERT_EQ(dl->IdxBuffer.Size, 6);
        const int n = (int)std::lround(t);
        const ImVec4 row = ImGui::GetDrawListSharedData()->TexUvLines[n];
        const float width = std::fabs(dl->VtxBuffer[0].pos.x - dl->VtxBuffer[1].pos.x);
        // Row n is n opaque texels between two transparent ones: drawn `width` wide it shows n * width / (n + 2)
        // pixels of ink, which must be the line's width (for whole widths, ImGui's own t + 2).
        // ImGui normalises with _mm_rsqrt_ss where SSE is on: an approximation whose relative error is up to
        // 1.5 * 2^-12 (3.7e-4) and differs between CPU makers (1.7e-4 seen here on an AMD EPYC), hence t * 4e-4.
        EXPECT_NEAR((float)n * width / (float)(n + 2), t, t * 4e-4f) << t;
        EXPECT_EQ(dl->VtxBuffer[0].uv.x, row.x);
        EXPECT_EQ(dl->VtxBuffer[1].uv.x, row.z);
        EXPECT_NEAR(dl->VtxBuffer[0].pos.x + dl->VtxBuffer[1].pos.x, 2 * 100.5f, 1e-4f);  // centred (+0.5 as AddLine)
    }
    // A whole width matches ImGui's own textured AddLine exactly.
    auto ours = NewList(), imgui = NewList();
    AddSegments(ours.get(), ends, 1, IM_COL32(1, 2, 3, 255), 2.0f);
    imgui->AddLine(ends[0], ends[1], IM_COL32(1, 2, 3, 255), 2.0f);
    ASSERT_EQ(ours->VtxBuffer.Size, imgui->VtxBuffer.Size);
    // Both normalise with the approximate rsqrt (see above); ImGui then divides by the squared length
    // (IM_FIXNORMAL2F), which doubles the error: up to 2 * 3.7e-4 of the half width 2 (6.7e-4 seen on an AMD EPYC).
    for (int i = 0; i < 4; ++i) {
        EXPECT_LT(Dist(ours->VtxBuffer[i].pos, imgui->VtxBuffer[i].pos), 2e-3f);
        EXPECT_EQ(ours->VtxBuffer[i].uv.x, imgui->VtxBuffer[i].uv.x);
    }
    for (int i = 0; i < 6; ++i) EXPECT_EQ(ours->IdxBuffer[i], imgui->IdxBuffer[i]);
}

TEST_F(DrawPrimitives, OutlinedShapeWithTheLineTextureIsFillPlusTwoVerticesPerCorner) {
    const ImVec2 square[4] = {ImVec2(10, 10), ImVec2(30, 10), ImVec2(30, 30), ImVec2(10, 30)};
    auto dl = NewList();
    AddFilledOutlinedConvex(dl.get(), square, 4, IM_COL32(200, 0, 0, 255), IM_COL32(0, 0, 0, 255), 1.5f);
    ASSERT_EQ(dl->VtxBuffer.Size, 4 + 2 * 4);
    ASSERT_EQ(dl->IdxBuffer.Size, 2 * 3 + 4 * 6);
    for (int k = 0; k < 4; ++k) {
        EXPECT_EQ(dl->VtxBuffer[k].pos.x, square[k].x);  // the fill reaches the stroke's centre line
        EXPECT_EQ(dl->VtxBuffer[k].col, IM_COL32(200, 0, 0, 255));
        // The stroke's two vertices straddle the corner along the mitre, equally far out and in.
        const ImVec2 out = dl->VtxBuffer[4 + 2 * k].pos, in = dl->VtxBuffer[4 + 2 * k + 1].pos;
        EXPECT_NEAR((out.x + in.x) * 0.5f, square[k].x, 1e-4f);
        EXPECT_NEAR((out.y + in.y) * 0.5f, square[k].y, 1e-4f);
        EXPECT_GT(Dist(out, ImVec2(20, 20)), Dist(in, ImVec2(20, 20)));
    }
    // Without the texture: ImGui's 4-vertex anti-aliased profile per corner.
    auto geo = NewList(ImDrawListFlags_AntiAliasedLinesUseTex);
    AddFilledOutlinedConvex(geo.get(), square, 4, IM_COL32(200, 0, 0, 255), IM_COL32(0, 0, 0, 255), 1.5f);
    EXPECT_EQ(geo->VtxBuffer.Size, 4 + 4 * 4);
    EXPECT_EQ(geo->IdxBuffer.Size, 2 * 3 + 4 * 18);
}

TEST_F(DrawPrimitives, MitresOfAUnitShapeServeItsMovedAndScaledCopies) {
    // An actor is drawn from its shape's unit template (mitres computed once): the same picture as computing the
    // mitres of the actor's own corners.
    ImVec2 unit[6], actor[6];
    for (int k = 0; k < 6; ++k) {
        unit[k] = ImVec2(std::cos((float)k * 1.0471976f), std::sin((float)k * 1.0471976f));
        actor[k] = ImVec2(412.5f + unit[k].x * 7.25f, 133.0f + unit[k].y * 7.25f);
    }
    ConvexTemplate hexagon;
    hexagon.Set(unit, 6);
    ImVec2 own[6];
    ConvexMitres(actor, 6, own);
    // (Equal up to float rounding of the corners' differences at ~400 px: a thousandth of a pixel.)
    for (int k = 0; k < 6; ++k) EXPECT_LT(Dist(own[k], hexagon.mitre[k]), 1e-3f) << k;
    for (ImDrawListFlags off : {0, (int)ImDrawListFlags_AntiAliasedLinesUseTex}) {
        auto direct = NewList(off), shared = NewList(off);
        AddFilledOutlinedConvex(direct.get(), actor, 6, IM_COL32(0, 158, 115, 255), IM_COL32(255, 255, 255, 255), 1.5f);
        AddFilledOutlinedConvex(shared.get(), actor, hexagon.mitre, 6, IM_COL32(0, 158, 115, 255), IM_COL32(255, 255, 255, 255), 1.5f);
        ASSERT_EQ(direct->VtxBuffer.Size, shared->VtxBuffer.Size);
        ASSERT_EQ(direct->IdxBuffer.Size, shared->IdxBuffer.Size);
        for (int i = 0; i < direct->VtxBuffer.Size; ++i)
            EXPECT_LT(Dist(direct->VtxBuffer[i].pos, shared->VtxBuffer[i].pos), 1e-3f) << i;
    }
}

TEST_F(DrawPrimitives, ALinkInOneGoIsItsSegmentsThenItsHeads) {
    const ImVec2 ends[4] = {ImVec2(10, 10), ImVec2(60, 40), ImVec2(70, 46), ImVec2(120, 76)};
    const ImVec2 dir(0.857493f, 0.514496f);
    const ArrowHead heads[2] = {{ImVec2(118, 75), dir}, {ImVec2(12, 11), ImVec2(-dir.x, -dir.y)}};
    for (ImDrawListFlags off : {0, (int)ImDrawListFlags_AntiAliasedLinesUseTex}) {
        auto one = NewList(off), apart = NewList(off);
        AddSegmentsWithHeads(one.get(), ends, 2, 1.3f, heads, 2, 8.0f, IM_COL32(90, 90, 100, 200));
        AddSegments(apart.get(), ends, 2, IM_COL32(90, 90, 100, 200), 1.3f);
        for (const ArrowHead& h : heads) AddArrowHeadAA(apart.get(), h.tip, h.dir, 8.0f, IM_COL32(90, 90, 100, 200));
        ASSERT_EQ(one->VtxBuffer.Size, apart->VtxBuffer.Size);
        ASSERT_EQ(one->IdxBuffer.Size, apart->IdxBuffer.Size);
        EXPECT_EQ(one->CmdBuffer.back().ElemCount, apart->CmdBuffer.back().ElemCount);
        for (int i = 0; i < one->VtxBuffer.Size; ++i) {
            EXPECT_EQ(one->VtxBuffer[i].pos.x, apart->VtxBuffer[i].pos.x) << i;
            EXPECT_EQ(one->VtxBuffer[i].pos.y, apart->VtxBuffer[i].pos.y) << i;
            EXPECT_EQ(one->VtxBuffer[i].col, apart->VtxBuffer[i].col) << i;
        }
        for (int i = 0; i < one->IdxBuffer.Size; ++i) EXPECT_EQ(one->IdxBuffer[i], apart->IdxBuffer[i]) << i;
    }
}

TEST_F(DrawPrimitives, DotIsOneGlyphQuadTwoRadiiAcross) {
    auto dl = NewList();
    const float r = 3.0f;
    DotShape dot(dl.get(), r);
    dot.Add(dl.get(), ImVec2(100, 50), IM_COL32(0, 114, 178, 255));
    ASSERT_EQ(dl->VtxBuffer.Size, 4);
    ASSERT_EQ(dl->IdxBuffer.Size, 6);
    const ImVec2 a = dl->VtxBuffer[0].pos, c = dl->VtxBuffer[2].pos;
    EXPECT_NEAR((a.x + c.x) * 0.5f, 100.0f, 1e-3f);  // centred
    EXPECT_NEAR((a.y + c.y) * 0.5f, 50.0f, 1e-3f);
    EXPECT_NEAR(c.x - a.x, 2 * r, 0.2f * 2 * r);    // the glyph's ink is 2r across (its quad has a little padding)
    EXPECT_LT(dl->VtxBuffer[0].uv.x, dl->VtxBuffer[2].uv.x);  // a real region of the atlas
    // A fully transparent dot draws nothing.
    dot.Add(dl.get(), ImVec2(10, 10), IM_COL32(0, 0, 0, 0));
    EXPECT_EQ(dl->VtxBuffer.Size, 4);
    // Many at once: the same quads as one by one, transparent ones left out.
    const ImVec2 centres[3] = {ImVec2(20, 20), ImVec2(30, 40), ImVec2(50, 60)};
    const ImU32 colours[3] = {IM_COL32(1, 2, 3, 255), IM_COL32(0, 0, 0, 0), IM_COL32(4, 5, 6, 128)};
    auto many = NewList(), single = NewList();
    dot.AddAll(many.get(), centres, colours, 3);
    for (int i = 0; i < 3; ++i) dot.Add(single.get(), centres[i], colours[i]);
    ASSERT_EQ(many->VtxBuffer.Size, 8);
    ASSERT_EQ(many->IdxBuffer.Size, single->IdxBuffer.Size);
    for (int i = 0; i < 8; ++i) {
        EXPECT_EQ(many->VtxBuffer[i].pos.x, single->VtxBuffer[i].pos.x);
        EXPECT_EQ(many->VtxBuffer[i].col, single->VtxBuffer[i].col);
    }
    for (int i = 0; i < many->IdxBuffer.Size; ++i) EXPECT_EQ(many->IdxBuffer[i], single->IdxBuffer[i]);
}

}  // namespace
}  // namespace sse::ui
