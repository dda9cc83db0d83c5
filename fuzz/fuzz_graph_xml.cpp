// fuzz_graph_xml.cpp: libFuzzer target for the GEXF and GraphML readers. The first byte picks the reader (even:
// GEXF, odd: GraphML), the rest is the file. Invariants: a file read gives two tables (nodes "actors", edges
// "links") whose row 0 is the header, no row wider than it, a line per row; a refused one a located diagnostic and
// no tables. Files read are written again (WriteGexf / WriteGraphml) and must read back with as many rows.
#include <cstddef>
#include <cstdint>
#include <string>

#include "core/graph_reader.h"
#include "core/graph_writer.h"
#include "core/spreadsheet_cells.h"
#include "fuzz_common.h"

namespace {

void Check(const sse::ImportRead& read) {
    for (const auto& d : read.diagnostics) {
        if (d.message.empty() || d.code.empty()) sse_fuzz::Fail("diagnostic without message or code", d.file);
    }
    if (read.tables.empty()) {
        if (read.diagnostics.empty()) sse_fuzz::Fail("no tables and no diagnostic");
        return;
    }
    if (read.tables.size() != 2 || read.tables[0].role != "actors" || read.tables[1].role != "links") {
        sse_fuzz::Fail("not a nodes and an edges table");
    }
    for (const auto& t : read.tables) {
        if (t.rows.empty() || t.rows.size() != t.row_numbers.size()) sse_fuzz::Fail("no header or rows without lines");
        for (const auto& row : t.rows) {
            if (row.size() > t.rows[0].size()) sse_fuzz::Fail("a row wider than the header");
        }
    }
}

sse::GraphDocument Document(const sse::ImportRead& read) {
    sse::GraphDocument g;
    g.node_header = read.tables[0].rows[0];
    g.nodes.assign(read.tables[0].rows.begin() + 1, read.tables[0].rows.end());
    g.edge_header = read.tables[1].rows[0];
    g.edges.assign(read.tables[1].rows.begin() + 1, read.tables[1].rows.end());
    g.label_column = "label";
    g.source_column = "source";
    g.target_column = "target";
    return g;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    if (size == 0) return 0;
    const std::string rest(reinterpret_cast<const char*>(data) + 1, size - 1);
    const bool gexf = data[0] % 2 == 0;
    const sse::ImportRead read = gexf ? sse::ReadGexf(rest, "fuzz.gexf") : sse::ReadGraphml(rest, "fuzz.graphml");
    Check(read);
    if (read.tables.empty()) return 0;
    const sse::GraphDocument g = Document(read);
    const std::string again = gexf ? sse::WriteGexf(g) : sse::WriteGraphml(g);
    const sse::ImportRead back = gexf ? sse::ReadGexf(again, "again.gexf") : sse::ReadGraphml(again, "again.graphml");
    if (back.tables.size() != 2) sse_fuzz::Fail("our own file does not read back:", back.diagnostics.empty() ? again : back.diagnostics[0].message);
    if (back.tables[0].rows.size() != read.tables[0].rows.size() || back.tables[1].rows.size() != read.tables[1].rows.size()) {
        sse_fuzz::Fail("our own file reads back with other counts", again);
    }
    return 0;
}
