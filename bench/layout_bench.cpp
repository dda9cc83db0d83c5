// layout_bench.cpp: runs our ForceAtlas2-style layout (sse::ForceLayout) for a fixed number of iterations on a
// graph written by bench/gen_graph.mjs, from the file's start positions, and reports milliseconds per iteration.
// Convergence stopping is switched off so that every run does exactly --iterations steps.
//
// Times are CPU time (bench_common.h: CpuSince), per iteration.
// Usage: sse_layout_bench GRAPH [--iterations 100] [--theta 0.8] [--kr 10] [--kg 0.05] [--positions OUT]
//        [--kernel scalar|sse2|avx2-fma|wasm-simd] (default: the fastest this CPU runs; repulsion_kernel.h)
//        sse_layout_bench --self-test (every kernel against the scalar one; exit 1 on a difference)
// Prints "RESULT {json}"; with --positions, writes the final positions ("x y" per node) for the quality figures.
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <utility>
#include <vector>

#include "bench_common.h"
#include "core/force_layout.h"
#include "core/repulsion_kernel.h"

namespace {

struct Graph {
    int n = 0;
    std::vector<sse::Vec2> start;
    std::vector<std::pair<int, int>> edges;
};

bool ReadGraph(const std::string& path, Graph& g) {
    std::string text;
    if (!sse::bench::ReadFile(path, text)) return false;
    const char* p = text.c_str();
    if (text.compare(0, 17, "sse-bench-graph 1") != 0) return false;
    p += 17;
    char* end = nullptr;
    long n = std::strtol(p, &end, 10);
    p = end;
    long m = std::strtol(p, &end, 10);
    p = end;
    if (n <= 0 || m < 0) return false;
    g.n = (int)n;
    g.start.resize(n);
    for (long i = 0; i < n; ++i) {
        std::strtol(p, &end, 10);  // cluster (unused here)
        p = end;
        g.start[i].x = std::strtod(p, &end);
        p = end;
        g.start[i].y = std::strtod(p, &end);
        p = end;
    }
    g.edges.resize(m);
    for (long e = 0; e < m; ++e) {
        g.edges[e].first = (int)std::strtol(p, &end, 10);
        p = end;
        g.edges[e].second = (int)std::strtol(p, &end, 10);
        p = end;
    }
    return true;
}

}  // namespace

// --self-test: every kernel this build and CPU runs against the scalar one on seeded random groups, where the unit
// tests cannot go: the WebAssembly build's kernel runs only here (under node). Prints a RESULT line; exit 1 when a
// kernel's sums differ from the scalar ones by more than its tolerance (exact for double precision, 1e-5 of the
// terms' magnitudes for single precision).
int SelfTest() {
    uint64_t state = 42;
    auto next = [&]() {  // a small LCG: the same numbers natively and in WebAssembly
        state = state * 6364136223846793005ull + 1442695040888963407ull;
        return static_cast<double>(state >> 11) / 9007199254740992.0;
    };
    int failures = 0, checked = 0;
    std::string paths;
    for (int count : {1, 5, 8, 13, 16, 64, 128}) {
        std::vector<double> px(count), py(count), lx, ly, lm;
        for (int i = 0; i < count; ++i) px[i] = 1000 * next() - 500, py[i] = 1000 * next() - 500;
        for (int l = 0; l < 300; ++l) lx.push_back(1000 * next() - 500), ly.push_back(1000 * next() - 500), lm.push_back(1 + 8 * next());
        for (int i = 0; i < count; ++i) lx.push_back(px[i]), ly.push_back(py[i]), lm.push_back(2);  // itself: no force
        auto sums = [&](sse::RepulsionPath path, std::vector<double>& sx, std::vector<double>& sy) {
            sse::SetRepulsionPath(path);
            sx.assign(count, 0.0);
            sy.assign(count, 0.0);
            sse::ActiveRepulsionKernel()(px.data(), py.data(), count, lx.data(), ly.data(), lm.data(), (int)lx.size(), sx.data(), sy.data());
        };
        std::vector<double> rx, ry, sx, sy;
        sums(sse::RepulsionPath::Scalar, rx, ry);
        for (sse::RepulsionPath path : sse::AvailableRepulsionPaths()) {
            if (count == 1) paths += std::string(paths.empty() ? "" : " ") + sse::RepulsionPathName(path);
            sums(path, sx, sy);
            const double tolerance = sse::IsSinglePrecision(path) ? 1e-5 : 0.0;
            for (int i = 0; i < count; ++i) {
                double magnitude = 0;
                for (size_t l = 0; l < lx.size(); ++l) {
                    const double d = std::hypot(px[i] - lx[l], py[i] - ly[l]);
                    if (d > 1e-9) magnitude += lm[l] / d;
                }
                ++checked;
                if (!(std::fabs(sx[i] - rx[i]) <= tolerance * magnitude && std::fabs(sy[i] - ry[i]) <= tolerance * magnitude)) {
                    if (++failures <= 5)
                        std::fprintf(stderr, "kernel %s, group of %d, point %d: (%.17g, %.17g) vs scalar (%.17g, %.17g)\n",
                                     sse::RepulsionPathName(path), count, i, sx[i], sy[i], rx[i], ry[i]);
                }
            }
        }
    }
    sse::SetRepulsionPath(sse::AvailableRepulsionPaths().back());
    std::fprintf(stderr, "%s kernel self-test: paths %s: %d sums checked, %d wrong\n", sse::bench::Platform(), paths.c_str(), checked, failures);
    sse::bench::Json().Str("bench", "kernel-self-test").Str("platform", sse::bench::Platform()).Str("paths", paths)
        .Num("checked", checked).Num("failures", failures).Print();
    return failures ? 1 : 0;
}

int main(int argc, char** argv) {
    using namespace sse::bench;
    if (argc >= 2 && std::string(argv[1]) == "--self-test") return SelfTest();
    if (argc < 2 || argv[1][0] == '-') {
        std::fprintf(stderr, "usage: sse_layout_bench GRAPH [--iterations N] [--theta T] [--kr K] [--kg G] [--positions OUT] [--kernel PATH]\n");
        return 2;
    }
    const std::string file = argv[1];
    const int iterations = std::atoi(Arg(argc, argv, "--iterations", "100"));
    sse::ForceSettings settings;
    settings.theta = std::atof(Arg(argc, argv, "--theta", "0.8"));
    settings.repulsion = std::atof(Arg(argc, argv, "--kr", "10"));
    settings.gravity = std::atof(Arg(argc, argv, "--kg", "0.05"));
    settings.converged_move = -1;  // never stop early: exactly `iterations` steps
    settings.max_steps = iterations + 1;
    const char* positions_out = Arg(argc, argv, "--positions", nullptr);
    if (const char* kernel = Arg(argc, argv, "--kernel", nullptr)) {
        sse::RepulsionPath path;
        if (!sse::ParseRepulsionPath(kernel, &path) || !sse::SetRepulsionPath(path)) {
            std::fprintf(stderr, "error: kernel %s is not available here\n", kernel);
            return 2;
        }
    }

    Graph g;
    double t_read = NowMs();
    if (!ReadGraph(file, g)) {
        std::fprintf(stderr, "error: cannot read graph %s\n", file.c_str());
        return 1;
    }
    t_read = NowMs() - t_read;

    sse::ForceLayout layout;
    double t_reset = NowMs();
    layout.Reset(g.n, g.edges, {}, g.start, 1, settings);
    t_reset = NowMs() - t_reset;

    {  // Warm-up on a copy, as the JavaScript layouts get one for their JIT (WebAssembly tiers up the same way).
        sse::ForceLayout warm = layout;
        for (int i = 0; i < 3; ++i) warm.Step();
    }
    std::vector<double> step_ms;  // CPU time of each iteration
    step_ms.reserve(iterations);
    double t0 = NowMs(), c0 = CpuMs();
    for (int i = 0; i < iterations; ++i) {
        CpuStamp s = Stamp();
        layout.Step();
        step_ms.push_back(CpuSince(s));
    }
    double total = CpuMs() - c0, wall = NowMs() - t0;

    if (positions_out) {
        FILE* f = std::fopen(positions_out, "w");
        if (!f) {
            std::fprintf(stderr, "error: cannot write %s\n", positions_out);
            return 1;
        }
        for (int i = 0; i < g.n; ++i) std::fprintf(f, "%.6g %.6g\n", layout.Position(i).x, layout.Position(i).y);
        std::fclose(f);
    }
    std::fprintf(stderr, "%s layout %s: %d nodes, %zu edges, %d iterations: %.2f ms/iteration (median %.2f)\n",
                 Platform(), file.c_str(), g.n, g.edges.size(), iterations, total / iterations, Median(step_ms));
    Json()
        .Str("bench", "layout").Str("platform", Platform()).Str("graph", file)
        .Num("nodes", g.n).Num("edges", (double)g.edges.size()).Num("iterations", iterations)
        .Num("theta", settings.theta).Num("kr", settings.repulsion).Num("kg", settings.gravity)
        .Num("ms_per_iteration", total / iterations).Num("median_ms", Median(step_ms))
        .Num("p95_ms", Percentile(step_ms, 0.95)).Num("total_ms", total).Num("wall_total_ms", wall).Num("read_ms", t_read)
        .Num("reset_ms", t_reset).Str("kernel", sse::RepulsionPathName(sse::ActiveRepulsionPath())).Num("peak_memory_bytes", PeakMemoryBytes())
        .Print();
    return 0;
}
