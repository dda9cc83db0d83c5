// frame_bench.cpp: CPU cost of one frame of the real UI (sse::ui::DrawApp) without a window or GPU: the time
// from ImGui::NewFrame() through DrawApp() to ImGui::Render(), i.e. building the canvas display list (links,
// actors, labels) and ImGui's draw data. Times are CPU time (bench_common.h: CpuSince). The layout does not run during the measured frames (Explorer::Tick is
// not called), so every frame draws the same picture.
//
// Usage: sse_frame_bench DATA.json [--positions FILE] [--layout force|levels|geographic] [--frames 100]
//                        [--warmup 30] [--size 1280x800] [--font TTF] [--command TEXT]...
//   --positions: world positions ("x y" per actor, e.g. from sse_layout_bench) applied in the force layout;
//   the view is fitted to the whole network (as on opening), the mouse rests on the middle of the canvas.
//   --command: an Explorer command run after the positions are applied (repeatable; e.g. "select X",
//   "showcase on"), so that frames with a selection, focus or fading can be timed and their picture hashed.
// Prints "RESULT {json}".
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "bench_common.h"
#include "core/explorer.h"
#include "headless_imgui.h"
#include "ui/app_ui.h"

#ifndef SSE_BENCH_FONT
#define SSE_BENCH_FONT ""
#endif

namespace {
// FNV-1a over every vertex and index of the frame: two builds that draw the same picture give the same hash.
uint64_t HashDrawData(const ImDrawData* dd) {
    uint64_t h = 1469598103934665603ull;
    auto mix = [&](const void* data, size_t bytes) {
        const unsigned char* p = (const unsigned char*)data;
        for (size_t i = 0; i < bytes; ++i) h = (h ^ p[i]) * 1099511628211ull;
    };
    for (const ImDrawList* dl : dd->CmdLists) {
        mix(dl->VtxBuffer.Data, (size_t)dl->VtxBuffer.Size * sizeof(ImDrawVert));
        mix(dl->IdxBuffer.Data, (size_t)dl->IdxBuffer.Size * sizeof(ImDrawIdx));
    }
    return h;
}

// One frame of the UI. Called through a volatile pointer (an indirect call): in the WebAssembly build, binaryen
// inlines a function that has a single caller into that caller, and main() would then hold every drawing loop.
// main() is entered once, and V8 moves a wasm function from its baseline compiler (Liftoff) to its optimising one
// (TurboFan) between calls, never during one: the frames would all run as baseline code. The app calls its frame
// function once per animation frame, so its drawing code is optimised; the benchmark must measure the same.
ImDrawData* RunFrame(sse::bench::HeadlessImGui& gui, sse::Explorer& ex, sse::ui::UiState& ui) {
    gui.NewFrame();
    sse::ui::DrawApp(ex, ui);
    return gui.Render();
}
ImDrawData* (*volatile run_frame)(sse::bench::HeadlessImGui&, sse::Explorer&, sse::ui::UiState&) = RunFrame;
}  // namespace

int main(int argc, char** argv) {
    using namespace sse::bench;
    if (argc < 2 || argv[1][0] == '-') {
        std::fprintf(stderr, "usage: sse_frame_bench DATA.json [--positions FILE] [--layout NAME] [--frames N] "
                             "[--warmup N] [--size WxH] [--font TTF] [--command TEXT]...\n");
        return 2;
    }
    const std::string file = argv[1];
    const char* positions_file = Arg(argc, argv, "--positions", nullptr);
    const std::string layout = Arg(argc, argv, "--layout", positions_file ? "force" : "levels");
    const int frames = std::max(1, std::atoi(Arg(argc, argv, "--frames", "100")));
    const int warmup = std::max(0, std::atoi(Arg(argc, argv, "--warmup", "30")));
    int width = 1280, height = 800;
    std::sscanf(Arg(argc, argv, "--size", "1280x800"), "%dx%d", &width, &height);
    const char* font = Arg(argc, argv, "--font", SSE_BENCH_FONT);

    std::string text;
    if (!ReadFile(file, text)) {
        std::fprintf(stderr, "error: cannot read %s\n", file.c_str());
        return 1;
    }
    sse::Explorer ex;
    double t_load = NowMs();
    if (!ex.Load(text, file)) {
        std::fprintf(stderr, "error: %s does not load (%zu diagnostics)\n", file.c_str(), ex.Diagnostics().size());
        return 1;
    }
    t_load = NowMs() - t_load;
    sse::CommandResult r = ex.Command("layout " + layout);
    if (!r.ok) {
        std::fprintf(stderr, "error: layout %s: %s\n", layout.c_str(), r.message.c_str());
        return 1;
    }
    const int n = (int)ex.Data().actors.size();
    if (positions_file) {
        std::string ptext;
        if (!ReadFile(positions_file, ptext)) {
            std::fprintf(stderr, "error: cannot read %s\n", positions_file);
            return 1;
        }
        const char* p = ptext.c_str();
        char* end = nullptr;
        for (int a = 0; a < n; ++a) {
            double x = std::strtod(p, &end);
            p = end;
            double y = std::strtod(p, &end);
            p = end;
            ex.MoveActor(a, {x, y});
        }
    }

    for (int i = 1; i + 1 < argc; ++i)
        if (std::string(argv[i]) == "--command") {
            sse::CommandResult c = ex.Command(argv[i + 1]);
            if (!c.ok) {
                std::fprintf(stderr, "error: command %s: %s\n", argv[i + 1], c.message.c_str());
                return 1;
            }
        }

    HeadlessImGui gui((float)width, (float)height, font);
    sse::ui::UiState ui;
    gui.SetMouse(width * 0.5f, height * 0.5f);
    std::vector<double> ms;
    ms.reserve(frames);
    ImDrawData* dd = nullptr;
    double first_frame_ms = 0;
    std::vector<double> wall;
    for (int f = 0; f < warmup + frames; ++f) {
        CpuStamp t0 = Stamp();  // both clocks: wall time is reported too
        dd = run_frame(gui, ex, ui);
        double dt = CpuSince(t0);
        if (f >= warmup) wall.push_back(NowMs() - t0.wall);
        ex.CountFrame();
        if (f == 0) first_frame_ms = dt;
        if (f >= warmup) ms.push_back(dt);
    }
    char hash[32];
    std::snprintf(hash, sizeof hash, "%016llx", (unsigned long long)HashDrawData(dd));
    std::fprintf(stderr, "%s frame %s (%d actors, %zu links, layout %s, %dx%d): median %.2f ms, p95 %.2f ms, "
                 "%d vertices, %d indices, %d draw lists\n", Platform(), file.c_str(), n, ex.Data().links.size(),
                 layout.c_str(), width, height, Median(ms), Percentile(ms, 0.95), dd->TotalVtxCount,
                 dd->TotalIdxCount, dd->CmdListsCount);
    Json()
        .Str("bench", "frame").Str("platform", Platform()).Str("file", file).Str("layout", layout)
        .Num("actors", n).Num("links", (double)ex.Data().links.size())
        .Num("visible_actors", ex.VisibleActorCount()).Num("width", width).Num("height", height)
        .Num("frames", frames).Num("median_ms", Median(ms)).Num("mean_ms", Mean(ms))
        .Num("p95_ms", Percentile(ms, 0.95)).Num("min_ms", Percentile(ms, 0)).Num("wall_median_ms", Median(wall))
        .Num("first_frame_ms", first_frame_ms).Num("load_ms", t_load)
        .Num("vertices", dd->TotalVtxCount).Num("indices", dd->TotalIdxCount)
        .Str("drawdata_hash", hash).Num("textures_created", gui.textures_created).Num("peak_memory_bytes", PeakMemoryBytes())
        .Print();
    return 0;
}
