// force_layout_test.cpp: determinism, convergence, pinning, and Barnes-Hut accuracy against exact forces.
#include "core/force_layout.h"
#include "core/repulsion_kernel.h"

#include <cmath>
#include <gtest/gtest.h>

namespace {
// Two clusters of 30 nodes (rings plus chords) joined by one bridge edge.
void TwoClusters(int& n, std::vector<std::pair<int, int>>& edges) {
    n = 60;
    edges.clear();
    for (int c = 0; c < 2; ++c)
        for (int i = 0; i < 30; ++i) {
            edges.push_back({c * 30 + i, c * 30 + (i + 1) % 30});
            edges.push_back({c * 30 + i, c * 30 + (i + 7) % 30});
        }
    edges.push_back({0, 30});
}

double Dist(sse::Vec2 a, sse::Vec2 b) { return sse::Length(a - b); }
}  // namespace

TEST(ForceLayout, SameSeedSamePicture) {
    int n;
    std::vector<std::pair<int, int>> edges;
    TwoClusters(n, edges);
    sse::ForceLayout a, b, c;
    a.Reset(n, edges, {}, {}, 42);
    b.Reset(n, edges, {}, {}, 42);
    c.Reset(n, edges, {}, {}, 43);
    for (int i = 0; i < 100; ++i) {
        a.Step();
        b.Step();
        c.Step();
    }
    bool differs = false;
    for (int i = 0; i < n; ++i) {
        EXPECT_EQ(a.Position(i).x, b.Position(i).x);
        EXPECT_EQ(a.Position(i).y, b.Position(i).y);
        differs = differs || a.Position(i).x != c.Position(i).x;
    }
    EXPECT_TRUE(differs) << "another seed should give another start";
}

TEST(ForceLayout, ConvergesAndThenStops) {
    int n;
    std::vector<std::pair<int, int>> edges;
    TwoClusters(n, edges);
    sse::ForceLayout layout;
    sse::ForceSettings settings;
    layout.Reset(n, edges, {}, {}, 7, settings);
    int steps = 0;
    while (!layout.Converged() && steps < 5000) {
        layout.Step();
        ++steps;
    }
    ASSERT_TRUE(layout.Converged());
    EXPECT_LT(layout.Steps(), settings.max_steps) << "must converge, not run out of steps";
    auto before = layout.Positions();
    sse::ForceStepStats s = layout.Step();  // a converged layout does nothing
    EXPECT_EQ(s.mean_move, 0);
    for (int i = 0; i < n; ++i) EXPECT_EQ(layout.Position(i).x, before[i].x);
    // The picture makes sense: linked nodes are closer on average than unlinked ones across clusters.
    double linked = 0, across = 0;
    for (auto [a, b] : edges) linked += Dist(layout.Position(a), layout.Position(b));
    linked /= edges.size();
    for (int i = 1; i < 30; ++i) across += Dist(layout.Position(i), layout.Position(30 + i));
    across /= 29;
    EXPECT_LT(linked * 1.5, across);
}

TEST(ForceLayout, PinnedNodeStaysWhereUserPutIt) {
    int n;
    std::vector<std::pair<int, int>> edges;
    TwoClusters(n, edges);
    sse::ForceLayout layout;
    layout.Reset(n, edges, {}, {}, 1);
    layout.SetPosition(5, {1000, -1000});
    layout.SetPinned(5, true);
    for (int i = 0; i < 300; ++i) layout.Step();
    EXPECT_EQ(layout.Position(5).x, 1000);
    EXPECT_EQ(layout.Position(5).y, -1000);
    // Its neighbours were pulled towards it.
    EXPECT_GT(layout.Position(4).x, 0);
}

TEST(ForceLayout, BarnesHutMatchesExactWithinTolerance) {
    int n;
    std::vector<std::pair<int, int>> edges;
    TwoClusters(n, edges);
    sse::ForceLayout layout;
    layout.Reset(n, edges, {}, {}, 99);
    for (int i = 0; i < 50; ++i) layout.Step();
    auto exact = layout.RepulsionForces(0.0);
    // theta ~ 0: every cell opened, must equal the exact sum, on every kernel of this CPU (the single-precision
    // AVX2 one within its rounding: repulsion_kernel.h).
    const sse::RepulsionPath saved = sse::ActiveRepulsionPath();
    for (sse::RepulsionPath path : sse::AvailableRepulsionPaths()) {
        ASSERT_TRUE(sse::SetRepulsionPath(path));
        auto same = layout.RepulsionForces(1e-9);
        const double tolerance = sse::IsSinglePrecision(path) ? 1e-4 : 1e-6;
        for (int i = 0; i < n; ++i) EXPECT_NEAR(same[i].x, exact[i].x, tolerance * (1 + std::fabs(exact[i].x))) << sse::RepulsionPathName(path);
    }
    sse::SetRepulsionPath(saved);
    auto approx = layout.RepulsionForces(0.5);
    double err = 0, norm = 0;
    for (int i = 0; i < n; ++i) {
        err += sse::Length(approx[i] - exact[i]);
        norm += sse::Length(exact[i]);
    }
    // Stated tolerance: mean relative error of the repulsion below 5% at theta = 0.5.
    EXPECT_LT(err / norm, 0.05);
    EXPECT_GT(err, 0.0) << "theta 0.5 should approximate, not compute exactly";
}

TEST(ForceLayout, EmptyAndSingleNodeAreSafe) {
    sse::ForceLayout layout;
    layout.Reset(0, {}, {}, {}, 1);
    EXPECT_TRUE(layout.Converged());
    layout.Step();
    layout.Reset(1, {{0, 0}}, {}, {}, 1);  // a self-edge is ignored
    for (int i = 0; i < 100 && !layout.Converged(); ++i) layout.Step();
    EXPECT_TRUE(std::isfinite(layout.Position(0).x));
}
