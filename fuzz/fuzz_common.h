// fuzz_common.h: shared by the fuzz targets: a pristine Explorer built once, and invariant checks that
// turn a silent wrong state into a crash libFuzzer can report and minimise.
#pragma once

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

#include <nlohmann/json.hpp>

#include "core/explorer.h"

namespace sse_fuzz {

// Prints why and aborts: libFuzzer reports it as a crash and saves the input.
[[noreturn]] inline void Fail(const char* what, const std::string& detail = "") {
    std::fprintf(stderr, "fuzz invariant broken: %s %s\n", what, detail.c_str());
    std::abort();
}

// Force-layout steps per layout run (Explorer::force_steps_per_run): "layout force" and each Tick advance
// the layout by this many steps instead of up to 150 ms / 8 ms of them. The layout code still runs on every
// such input (under ASan and UBSan); only its settling, which is not what the targets test and cost most of
// an input, is spread over the ticks. A step count instead of the clock also makes every run reproducible.
constexpr int kForceStepsPerRun = 8;

// True for one input in `n`, chosen by a hash of the input's bytes: deterministic, so a crash found in a
// sampled check reproduces when the input is replayed. For checks that cost more than the input itself.
inline bool Sampled(const uint8_t* data, size_t size, uint32_t n) {
    uint32_t h = 2166136261u;  // FNV-1a
    for (size_t i = 0; i < size; ++i) h = (h ^ data[i]) * 16777619u;
    return h % n == 0;
}

// The Explorer every input starts from: tests/data/tour_valid.json (3 actors, a case, a recommendation
// and a 3-step tour, so that layouts are cheap and a run reaches millions of executions; falls back to
// tiny_valid.json), or the file named by SSE_FUZZ_DATA (e.g. data/silk.json, much slower).
inline const sse::Explorer& BaseExplorer() {
    static const sse::Explorer* base = [] {
        auto* ex = new sse::Explorer;
        ex->reduced_motion = true;  // camera moves jump: the state after a command is final
        ex->force_steps_per_run = kForceStepsPerRun;
        const char* env = std::getenv("SSE_FUZZ_DATA");
        if (env && *env) {
            if (!ex->LoadFile(env)) Fail("cannot load SSE_FUZZ_DATA", env);
        } else if (!ex->LoadFile(SSE_SOURCE_DIR "/tests/data/tour_valid.json") &&
                   !ex->LoadFile(SSE_SOURCE_DIR "/tests/data/tiny_valid.json")) {
            Fail("cannot load tests/data/tour_valid.json or tiny_valid.json");
        }
        return ex;
    }();
    return *base;
}

// What must hold after any command or hash: the camera is usable and the selection valid. With
// `state`, also that the state object is valid JSON (costly: checked once per input, not per command).
inline void CheckExplorer(const sse::Explorer& ex, bool state = false) {
    const sse::Camera& cam = ex.View();
    if (!std::isfinite(cam.center.x) || !std::isfinite(cam.center.y) || !std::isfinite(cam.zoom) || !(cam.zoom > 0)) {
        Fail("camera is not finite", std::to_string(cam.center.x) + " " + std::to_string(cam.center.y) + " " +
                                         std::to_string(cam.zoom));
    }
    const int actors = static_cast<int>(ex.Data().actors.size());
    if (ex.Selected() < -1 || ex.Selected() >= actors) Fail("selection out of range");
    if (state) {
        const std::string json = ex.StateJson();
        if (!nlohmann::json::accept(json)) Fail("StateJson() is not valid JSON", json);
    }
}

}  // namespace sse_fuzz
