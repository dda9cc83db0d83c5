// import_bench.cpp: import of a data set given as tables (issue 15, "Speed": 10,000 actors + 50,000 links, CSV and
// XLSX, ≤ 1 s natively, ≤ 2 s in WebAssembly). The JSON file is loaded and exported once to each format in memory
// (not timed); each repetition then imports the files as the app does (sse::ImportFiles: read the tables, map them,
// check the result), and the read alone is timed too, so that the mapper's share is visible.
//
// Times are CPU time (bench_common.h: CpuSince). Usage: sse_import_bench FILE.json [--repeat 3] [--format csv|xlsx|all]
// Prints one "RESULT {json}" line per format.
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "bench_common.h"
#include "core/dataset_loader.h"
#include "core/export_formats.h"
#include "core/heavy_formats.h"
#include "core/import_formats.h"
#include "core/table_export.h"

namespace {

using namespace sse::bench;

void Run(const char* format, const std::vector<sse::ImportFile>& files, int repeat, const std::string& source) {
    std::vector<double> total, read, check;
    sse::MappedImport last;
    size_t bytes = 0;
    for (const auto& f : files) bytes += f.bytes.size();
    for (int r = 0; r < repeat; ++r) {
        CpuStamp t0 = Stamp();
        for (const auto& f : files) {
            const sse::ImportFormat* fmt = sse::FindImportFormat(f.name, f.bytes);
            if (fmt && fmt->read) (void)fmt->read(f.bytes, f.name);
        }
        read.push_back(CpuSince(t0));
        CpuStamp t1 = Stamp();
        sse::MappedImport m = sse::ImportFiles(files);
        total.push_back(CpuSince(t1));
        // The check of the mapped data set by the loader (part of the above), alone: the mapper's share is the rest.
        CpuStamp t2 = Stamp();
        (void)sse::LoadDataset(m.json, "mapped.json");
        check.push_back(CpuSince(t2));
        if (r == repeat - 1) last = std::move(m);
    }
    std::fprintf(stderr, "%s import %s of %s (%zu files, %zu bytes): %.1f ms median of %d (reading the tables %.1f ms); "
                 "checking the mapped data set %.1f ms; %d errors, %d warnings, %zu actors, %zu links\n", Platform(), format,
                 source.c_str(), files.size(), bytes, Median(total), repeat, Median(read), Median(check), last.errors, last.warnings, last.actors, last.links);
    for (size_t i = 0; i < last.diagnostics.size() && i < 3; ++i)
        std::fprintf(stderr, "  %s\n", sse::FormatDiagnostic(last.diagnostics[i]).c_str());
    Json()
        .Str("bench", "import").Str("platform", Platform()).Str("format", format).Str("file", source)
        .Num("bytes", (double)bytes).Num("repeat", repeat).Num("median_ms", Median(total))
        .Num("min_ms", *std::min_element(total.begin(), total.end())).Num("read_ms", Median(read)).Num("check_ms", Median(check))
        .Num("ok", last.ok ? 1 : 0).Num("errors", last.errors).Num("warnings", last.warnings)
        .Num("actors", (double)last.actors).Num("links", (double)last.links).Num("peak_memory_bytes", PeakMemoryBytes())
        .Print();
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 2 || argv[1][0] == '-') {
        std::fprintf(stderr, "usage: sse_import_bench FILE.json [--repeat N] [--format csv|xlsx|all]\n");
        return 2;
    }
    sse::RegisterFileFormats();
    const std::string file = argv[1];
    const int repeat = std::max(1, std::atoi(Arg(argc, argv, "--repeat", "3")));
    const std::string which = Arg(argc, argv, "--format", "all");
    const sse::LoadResult load = sse::LoadDatasetFile(file);
    if (!load.ok) {
        std::fprintf(stderr, "error: %s does not load\n", file.c_str());
        return 1;
    }
    if (which == "all" || which == "csv") {
        std::vector<sse::ImportFile> csv;
        for (const auto& f : sse::ExportCsvFiles(load.dataset)) {
            if (f.name == "actors.csv" || f.name == "links.csv" || f.name == "territories.csv") csv.push_back({f.name, f.bytes});
        }
        Run("csv", csv, repeat, file);
    }
    if (which == "all" || which == "xlsx") Run("xlsx", {{"data.xlsx", sse::ExportXlsx(load.dataset)}}, repeat, file);
    return 0;
}
