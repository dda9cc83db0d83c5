// edit_bench.cpp: how long one edit of a large map takes (issue 14/16: "map it live" must stay live at 10k/50k):
// a field set, an actor deleted (with its links), a link added, an undo, through Explorer::Command as the UI applies them. Each is
// validated by the data format's rules and followed by the view, like a click in edit mode.
//
// Times are wall-clock milliseconds (the command's own thread does all the work). Usage:
//   sse_edit_bench FILE [--repeat 5]     Prints "RESULT {json}".
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "bench_common.h"
#include "core/explorer.h"

int main(int argc, char** argv) {
    using namespace sse::bench;
    if (argc < 2 || argv[1][0] == '-') {
        std::fprintf(stderr, "usage: sse_edit_bench FILE [--repeat N]\n");
        return 2;
    }
    const int repeat = std::max(1, std::atoi(Arg(argc, argv, "--repeat", "5")));
    sse::Explorer ex;
    double t0 = NowMs();
    if (!ex.LoadFile(argv[1])) {
        std::fprintf(stderr, "error: cannot load %s\n", argv[1]);
        return 1;
    }
    const double load_ms = NowMs() - t0;
    const std::string a = ex.Data().actors[0].id, b = ex.Data().actors[1].id;
    std::vector<double> set_ms, delete_ms, link_ms, undo_ms;
    auto timed = [&](std::vector<double>& into, const std::string& command) {
        const double s = NowMs();
        const sse::CommandResult r = ex.Command(command);
        into.push_back(NowMs() - s);
        if (!r.ok) std::fprintf(stderr, "refused: %s: %s\n", command.c_str(), r.message.c_str());
        return r.ok;
    };
    bool ok = true;
    for (int i = 0; i < repeat && ok; ++i) {
        ok = timed(set_ms, "set actor " + a + " name \"Renamed " + std::to_string(i) + "\"") &&
             timed(delete_ms, "delete actor " + ex.Data().actors[2 + i].id) &&
             timed(link_ms, "link " + a + " " + b + " funding") && timed(undo_ms, "undo");
    }
    std::fprintf(stderr, "%s edit %s (%zu actors, %zu links; load %.0f ms): set %.1f, delete actor %.1f, add link %.1f, undo %.1f ms (median of %d)\n",
                 Platform(), argv[1], ex.Data().actors.size(), ex.Data().links.size(), load_ms, Median(set_ms), Median(delete_ms),
                 Median(link_ms), Median(undo_ms), repeat);
    Json()
        .Str("bench", "edit").Str("platform", Platform()).Str("file", argv[1]).Num("repeat", repeat)
        .Num("set_ms", Median(set_ms)).Num("delete_actor_ms", Median(delete_ms)).Num("add_link_ms", Median(link_ms))
        .Num("undo_ms", Median(undo_ms)).Num("ok", ok ? 1 : 0)
        .Print();
    return ok ? 0 : 1;
}
