// fuzz_dataset_loader.cpp: libFuzzer target for the data loader and validator (LoadDataset: the JSON
// reader, the schema checks, the id resolution, and any list the format gains, e.g. tours).
//
// Besides "no crash, no sanitizer finding, no hang, no memory blow-up" (libFuzzer's -timeout and
// -rss_limit_mb), it checks what callers rely on: ok <=> no errors; a rejected file always says why;
// every diagnostic has a code from the table (diagnostic_codes.h); positions are sane; an accepted data set has every
// index in range, survives the writer (read(write(d)) == d, byte-stable) and the Explorer can show it.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "core/dataset_loader.h"
#include "core/dataset_writer.h"
#include "core/diagnostic_codes.h"
#include "core/view_state.h"
#include "fuzz_common.h"

namespace {

using sse_fuzz::Fail;

template <typename Vec>
void CheckIndex(int index, const Vec& v, bool optional, const char* what) {
    if (optional && index == -1) return;
    if (index < 0 || index >= static_cast<int>(v.size())) Fail("index out of range in an accepted data set:", what);
}

void CheckDataset(const sse::Dataset& ds) {
    for (const auto& t : ds.territories) {
        CheckIndex(t.parent, ds.territories, true, "territory parent");
        if (t.has_coordinates && !(std::isfinite(t.lat) && std::isfinite(t.lon))) Fail("non-finite coordinates accepted");
    }
    for (const auto& a : ds.actors) CheckIndex(a.territory, ds.territories, false, "actor territory");
    for (const auto& l : ds.links) {
        CheckIndex(l.from, ds.actors, false, "link from");
        CheckIndex(l.to, ds.actors, false, "link to");
        if (l.from == l.to) Fail("self-link accepted");
        if (!std::isfinite(l.weight) || !(l.weight > 0)) Fail("bad weight accepted");
        for (int c : l.cases) CheckIndex(c, ds.cases, false, "link case");
    }
    for (const auto& c : ds.cases) {
        CheckIndex(c.territory, ds.territories, false, "case territory");
        for (int a : c.actors) CheckIndex(a, ds.actors, false, "case actor");
        for (int l : c.links) CheckIndex(l, ds.links, false, "case link");
        for (int r : c.recommendations) CheckIndex(r, ds.recommendations, false, "case recommendation");
    }
    for (const auto& r : ds.recommendations) {
        for (int c : r.cases) CheckIndex(c, ds.cases, false, "recommendation case");
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const sse::LoadResult r = sse::LoadDataset(text, "fuzz.json");

    if (r.ok != (r.errors == 0)) Fail("ok disagrees with the error count");
    if (!r.ok && r.diagnostics.empty()) Fail("rejected without a diagnostic");
    if (r.errors < 0 || r.warnings < 0) Fail("negative counts");
    if (r.diagnostics.size() > static_cast<size_t>(sse::kMaxDiagnostics) + 1) Fail("too many diagnostics kept");
    for (const sse::Diagnostic& d : r.diagnostics) {
        if (d.message.empty()) Fail("diagnostic without a message");
        sse::DiagnosticCode code{};
        if (!sse::ParseDiagnosticCode(d.code, &code)) Fail("diagnostic without a known code", sse::FormatDiagnostic(d));
        if (d.line < 0 || d.column < 0 || (d.line == 0) != (d.column == 0)) Fail("bad position", sse::FormatDiagnostic(d));
        if (d.message.find('\x01') != std::string::npos) Fail("unreplaced line marker", d.message);
        if (!d.pointer.empty() && d.pointer[0] != '/') Fail("bad JSON pointer", d.pointer);
    }
    if (!r.ok) return 0;

    CheckDataset(r.dataset);
    // An accepted file goes into the app: layouts, metrics, state and view hash must cope with it.
    // (Large inputs are skipped here to keep the run fast; the loader above saw them anyway.)
    if (size <= 64 * 1024) {
        sse::Explorer ex;
        ex.reduced_motion = true;
        ex.force_steps_per_run = sse_fuzz::kForceStepsPerRun;
        if (!ex.Load(text, "fuzz.json")) Fail("Explorer::Load rejects what LoadDataset accepted");
        sse_fuzz::CheckExplorer(ex);
        const std::string hash = sse::EncodeViewHash(ex);
        sse::ApplyViewHash(ex, hash);
        sse_fuzz::CheckExplorer(ex, true);
    }
    return 0;
}
