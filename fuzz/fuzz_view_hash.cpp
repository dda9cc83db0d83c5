// fuzz_view_hash.cpp: libFuzzer target for the URL-hash view-state parser (ApplyViewHash): a link
// travels by email, so its hash is outside input. Each input is applied as a hash to a copy of a
// pristine Explorer (tests/data/tour_valid.json, or SSE_FUZZ_DATA); the camera must stay finite and the
// selection in range. When the input gave no notices, the view is encoded again and that hash must be
// accepted without notices too (what the app writes, it can read back). Views reached with notices are
// encoded, and the state checked to be valid JSON, for one input in 8 (by input hash: the encoder and
// StateJson are output code, and cost more than the parse itself).
#include <cstddef>
#include <cstdint>
#include <string>

#include "core/view_state.h"
#include "fuzz_common.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string hash(reinterpret_cast<const char*>(data), size);
    sse::Explorer ex = sse_fuzz::BaseExplorer();  // a fresh copy: every input starts from the same view
    const std::vector<std::string> notices = sse::ApplyViewHash(ex, hash);
    for (const std::string& n : notices) {
        if (n.empty()) sse_fuzz::Fail("empty notice");
    }
    sse_fuzz::CheckExplorer(ex);

    if (notices.empty()) {
        // EncodeViewHash parses StateJson() (nlohmann throws on invalid JSON: an uncaught exception is a finding).
        const std::string again = sse::EncodeViewHash(ex);
        sse::Explorer other = sse_fuzz::BaseExplorer();
        const std::vector<std::string> round_trip = sse::ApplyViewHash(other, again);
        if (!round_trip.empty()) sse_fuzz::Fail("the app's own hash gives notices:", again + " -> " + round_trip[0]);
        sse_fuzz::CheckExplorer(other);
    } else if (sse_fuzz::Sampled(data, size, 8)) {
        sse::EncodeViewHash(ex);
        sse_fuzz::CheckExplorer(ex, true);
    }
    return 0;
}
