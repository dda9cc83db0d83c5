// fuzz_csv_import.cpp: libFuzzer target for the CSV/TSV reader and the table mapper (ImportFiles: decoding,
// separator detection, quoting, header search, column matching, ids from names, country codes, the loader's
// diagnostics moved back to cells), and for the CSV export of what they accept.
//
// The first byte chooses the file name (actors/links/.tsv/pasted cells/Kumu); a form feed ('\f') splits the rest
// into two files (tables opened together). Checks: ok <=> no errors (and something to import); every diagnostic
// has a known code and a message; an accepted import is a valid data set whose CSV export imports again with the
// same counts, and the Explorer can show it.
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "core/dataset_loader.h"
#include "core/diagnostic_codes.h"
#include "core/import_formats.h"
#include "core/table_export.h"
#include "fuzz_common.h"

namespace {
using sse_fuzz::Fail;
constexpr const char* kNames[] = {"actors.csv", "links.csv", "data.tsv", "pasted cells.tsv", "Kumu elements.csv",
                                  "sheet.txt", "connections.csv", "territories.csv"};
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    if (size == 0) return 0;
    const std::string name = kNames[data[0] % (sizeof kNames / sizeof *kNames)];
    const std::string body(reinterpret_cast<const char*>(data) + 1, size - 1);
    std::vector<sse::ImportFile> files;
    const size_t split = body.find('\f');
    if (split == std::string::npos) {
        files.push_back({name, body});
    } else {
        files.push_back({name, body.substr(0, split)});
        files.push_back({"links.csv", body.substr(split + 1)});
    }
    const sse::MappedImport m = sse::ImportFiles(files);
    if (m.ok && m.errors != 0) Fail("ok with errors");
    if (!m.ok && m.errors == 0) Fail("refused without an error");
    if (m.diagnostics.size() > static_cast<size_t>(sse::kMaxDiagnostics) + 1) Fail("too many diagnostics kept");
    for (const sse::Diagnostic& d : m.diagnostics) {
        if (d.message.empty()) Fail("diagnostic without a message");
        sse::DiagnosticCode code{};
        if (!sse::ParseDiagnosticCode(d.code, &code)) Fail("diagnostic without a known code", sse::FormatDiagnostic(d));
        if (d.line < 0 || d.column < 0) Fail("bad position", sse::FormatDiagnostic(d));
    }
    if (!m.ok) return 0;
    const sse::LoadResult load = sse::LoadDataset(m.json, "mapped.json");
    if (!load.ok) Fail("an accepted import is not a valid data set");
    std::vector<sse::ImportFile> again;
    for (const sse::ExportFile& f : sse::ExportCsvFiles(load.dataset)) again.push_back({f.name, f.bytes});
    const sse::MappedImport back = sse::ImportFiles(again);
    if (!back.ok || back.actors != m.actors || back.links != m.links || back.territories != m.territories) {
        Fail("the CSV export of an accepted import does not import again the same", back.json);
    }
    if (size <= 16 * 1024) {
        sse::Explorer ex;
        ex.reduced_motion = true;
        ex.force_steps_per_run = sse_fuzz::kForceStepsPerRun;
        if (!ex.Load(m.json, "mapped.json")) Fail("Explorer::Load rejects an accepted import");
        sse_fuzz::CheckExplorer(ex);
    }
    return 0;
}
