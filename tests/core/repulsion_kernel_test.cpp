// repulsion_kernel_test.cpp: every kernel this build and CPU can run gives the scalar reference's sums (within
// rounding: the FMA kernel fuses and uses a refined reciprocal), coincident bodies add nothing, and a whole layout
// run on each path ends where the scalar one does.
#include "core/repulsion_kernel.h"

#include <algorithm>
#include <cmath>
#include <random>

#include <gtest/gtest.h>

#include "core/force_layout.h"

namespace {

struct PathGuard {  // restores the default path after a test that changes it
    sse::RepulsionPath saved = sse::ActiveRepulsionPath();
    ~PathGuard() { sse::SetRepulsionPath(saved); }
};

void Sums(sse::RepulsionPath path, const std::vector<double>& px, const std::vector<double>& py,
          const std::vector<double>& lx, const std::vector<double>& ly, const std::vector<double>& lm,
          std::vector<double>& sx, std::vector<double>& sy) {
    ASSERT_TRUE(sse::SetRepulsionPath(path));
    sx.assign(px.size(), 0.5);  // the kernel adds to what is there
    sy.assign(px.size(), -0.5);
    sse::ActiveRepulsionKernel()(px.data(), py.data(), (int)px.size(), lx.data(), ly.data(), lm.data(), (int)lx.size(),
                                 sx.data(), sy.data());
}

}  // namespace

TEST(RepulsionKernel, ScalarIsAlwaysThereAndTheDefaultIsTheWidest) {
    auto paths = sse::AvailableRepulsionPaths();
    ASSERT_FALSE(paths.empty());
    EXPECT_EQ(paths.front(), sse::RepulsionPath::Scalar);
    EXPECT_EQ(sse::ActiveRepulsionPath(), paths.back());
#if defined(__x86_64__)
    EXPECT_NE(std::find(paths.begin(), paths.end(), sse::RepulsionPath::Sse2), paths.end());
#endif
    sse::RepulsionPath p;
    EXPECT_TRUE(sse::ParseRepulsionPath("avx2-fma", &p));
    EXPECT_EQ(p, sse::RepulsionPath::Avx2Fma);
    EXPECT_FALSE(sse::ParseRepulsionPath("avx9", &p));
}

TEST(RepulsionKernel, EveryPathMatchesScalarOnRandomGroups) {
    PathGuard guard;
    std::mt19937 rng(7);
    std::uniform_real_distribution<double> coord(-500, 500), mass(1, 9);
    for (int count : {1, 3, 4, 7, 8, 13, 64}) {
        std::vector<double> px(count), py(count), lx, ly, lm;
        for (int i = 0; i < count; ++i) px[i] = coord(rng), py[i] = coord(rng);
        for (int l = 0; l < 200; ++l) lx.push_back(coord(rng)), ly.push_back(coord(rng)), lm.push_back(mass(rng));
        // The group's own points are on the list too (as a leaf's points are): they must add nothing to themselves.
        for (int i = 0; i < count; ++i) lx.push_back(px[i]), ly.push_back(py[i]), lm.push_back(2);
        std::vector<double> rx, ry, sx, sy;
        Sums(sse::RepulsionPath::Scalar, px, py, lx, ly, lm, rx, ry);
        for (sse::RepulsionPath path : sse::AvailableRepulsionPaths()) {
            Sums(path, px, py, lx, ly, lm, sx, sy);
            // SSE2 is exact; AVX2 and wasm SIMD compute in single precision: within 1e-5 of the sum of the terms'
            // magnitudes (the sum itself may cancel to almost nothing).
            const double tolerance = sse::IsSinglePrecision(path) ? 1e-5 : 0.0;
            for (int i = 0; i < count; ++i) {
                double magnitude = 0;
                for (size_t l = 0; l < lx.size(); ++l) {
                    const double d = std::hypot(px[i] - lx[l], py[i] - ly[l]);
                    if (d > 1e-9) magnitude += lm[l] / d;
                }
                EXPECT_NEAR(sx[i] - 0.5, rx[i] - 0.5, tolerance * magnitude) << sse::RepulsionPathName(path) << " point " << i << "/" << count;
                EXPECT_NEAR(sy[i] + 0.5, ry[i] + 0.5, tolerance * magnitude) << sse::RepulsionPathName(path) << " point " << i << "/" << count;
                EXPECT_TRUE(std::isfinite(sx[i]) && std::isfinite(sy[i]));
            }
        }
    }
}

TEST(RepulsionKernel, CoincidentBodiesAddNothingOnEveryPath) {
    PathGuard guard;
    const std::vector<double> px(9, 3.0), py(9, 4.0), lx(5, 3.0), ly(5, 4.0), lm(5, 1.0);
    std::vector<double> sx, sy;
    for (sse::RepulsionPath path : sse::AvailableRepulsionPaths()) {
        Sums(path, px, py, lx, ly, lm, sx, sy);
        for (int i = 0; i < 9; ++i) {
            EXPECT_EQ(sx[i], 0.5) << sse::RepulsionPathName(path);
            EXPECT_EQ(sy[i], -0.5) << sse::RepulsionPathName(path);
        }
    }
}

TEST(RepulsionKernel, ALayoutRunEndsWhereTheScalarOneDoesOnEveryPath) {
    PathGuard guard;
    std::mt19937 rng(3);
    const int n = 600;
    std::uniform_int_distribution<int> pick(0, n - 1);
    std::uniform_real_distribution<double> coord(-300, 300);
    std::vector<std::pair<int, int>> edges;
    for (int e = 0; e < 2 * n; ++e) {
        int a = pick(rng), b = pick(rng);
        if (a != b) edges.push_back({a, b});
    }
    std::vector<sse::Vec2> start(n);
    for (auto& p : start) p = {coord(rng), coord(rng)};
    sse::ForceSettings settings;
    settings.converged_move = -1;
    auto run = [&](sse::RepulsionPath path, int steps) {
        EXPECT_TRUE(sse::SetRepulsionPath(path));
        sse::ForceLayout layout;
        layout.Reset(n, edges, {}, start, 1, settings);
        for (int i = 0; i < steps; ++i) layout.Step();
        std::vector<sse::Vec2> out(n);
        for (int i = 0; i < n; ++i) out[i] = layout.Position(i);
        return out;
    };
    auto mean_edge = [&](const std::vector<sse::Vec2>& p) {
        double sum = 0;
        for (auto [a, b] : edges) sum += std::hypot(p[a].x - p[b].x, p[a].y - p[b].y);
        return sum / edges.size();
    };
    // A few steps: the same positions (rounding differences far below a pixel's worth).
    // Forty steps: a force layout amplifies tiny differences (it is chaotic), so the paths are compared by the
    // picture's scale, not point by point; the double-precision paths are bit-for-bit the scalar one all the way.
    const auto near = run(sse::RepulsionPath::Scalar, 3), far = run(sse::RepulsionPath::Scalar, 40);
    double extent = 0;
    for (const auto& p : near) extent = std::max(extent, std::max(std::abs(p.x), std::abs(p.y)));
    for (sse::RepulsionPath path : sse::AvailableRepulsionPaths()) {
        const auto got = run(path, 3);
        double worst = 0;
        for (int i = 0; i < n; ++i) worst = std::max(worst, std::hypot(got[i].x - near[i].x, got[i].y - near[i].y));
        // Single precision (AVX2, wasm SIMD): within 1e-5 of the extent, still a hundredth of a pixel when it fills a screen.
        EXPECT_LT(worst, (sse::IsSinglePrecision(path) ? 1e-5 : 1e-6) * extent) << sse::RepulsionPathName(path);
        const auto later = run(path, 40);
        EXPECT_NEAR(mean_edge(later), mean_edge(far), 0.01 * mean_edge(far)) << sse::RepulsionPathName(path);
        if (!sse::IsSinglePrecision(path)) {
            for (int i = 0; i < n; ++i) ASSERT_EQ(later[i].x, far[i].x) << sse::RepulsionPathName(path) << " bit-for-bit";
        }
    }
}
