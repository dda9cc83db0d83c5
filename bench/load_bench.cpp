// load_bench.cpp: parse + validate a data file with the app's loader (sse::LoadDataset), several times.
// The file is read into memory once (timed separately); each repetition parses, validates and builds the
// Dataset from the text, as the app does after fetching or reading the file.
//
// Times are CPU time (bench_common.h: CpuSince). Usage: sse_load_bench FILE [--repeat 5]     Prints "RESULT {json}".
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "bench_common.h"
#include "core/dataset_loader.h"

int main(int argc, char** argv) {
    using namespace sse::bench;
    if (argc < 2 || argv[1][0] == '-') {
        std::fprintf(stderr, "usage: sse_load_bench FILE [--repeat N]\n");
        return 2;
    }
    const std::string file = argv[1];
    const int repeat = std::max(1, std::atoi(Arg(argc, argv, "--repeat", "5")));
    std::string text;
    double t_read = NowMs();
    if (!ReadFile(file, text)) {
        std::fprintf(stderr, "error: cannot read %s\n", file.c_str());
        return 1;
    }
    t_read = NowMs() - t_read;

    std::vector<double> ms;
    sse::LoadResult last;
    for (int r = 0; r < repeat; ++r) {
        CpuStamp t0 = Stamp();
        sse::LoadResult result = sse::LoadDataset(text, file);
        ms.push_back(CpuSince(t0));
        if (r == repeat - 1) last = std::move(result);
    }
    std::fprintf(stderr, "%s load %s (%zu bytes): %.1f ms median of %d (read %.1f ms); %d errors, %d warnings, "
                 "%zu actors, %zu links\n", Platform(), file.c_str(), text.size(), Median(ms), repeat, t_read,
                 last.errors, last.warnings, last.dataset.actors.size(), last.dataset.links.size());
    for (size_t i = 0; i < last.diagnostics.size() && i < 5; ++i)
        std::fprintf(stderr, "  %s\n", last.diagnostics[i].message.c_str());
    Json()
        .Str("bench", "load").Str("platform", Platform()).Str("file", file)
        .Num("bytes", (double)text.size()).Num("repeat", repeat)
        .Num("median_ms", Median(ms)).Num("min_ms", *std::min_element(ms.begin(), ms.end()))
        .Num("read_ms", t_read).Num("ok", last.ok ? 1 : 0).Num("errors", last.errors).Num("warnings", last.warnings)
        .Num("actors", (double)last.dataset.actors.size()).Num("links", (double)last.dataset.links.size())
        .Num("peak_memory_bytes", PeakMemoryBytes())
        .Print();
    return last.ok ? 0 : 1;
}
