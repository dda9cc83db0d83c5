// graph_xml_test.cpp: the GEXF and GraphML readers on files written by NetworkX and graphology
// (tests/data/import/make_workbook_fixtures.sh), our writers read back by our readers, and hostile graph files.
#include <gtest/gtest.h>

#include "core/graph_reader.h"
#include "core/graph_writer.h"
#include "test_files.h"

namespace {

std::string Messages(const sse::ImportRead& read) {
    std::string all;
    for (const auto& d : read.diagnostics) all += sse::FormatDiagnostic(d) + "\n";
    return all;
}

// The value of column `name` in row `row` of `t` ("" when absent).
std::string At(const sse::ImportTable& t, size_t row, const std::string& name) {
    for (size_t c = 0; c < t.rows[0].size(); ++c) {
        if (t.rows[0][c] == name) return c < t.rows[row].size() ? t.rows[row][c] : "";
    }
    return "<no column " + name + ">";
}

sse::GraphDocument Sample() {
    sse::GraphDocument g;
    g.title = "sample -- with dashes";
    g.node_header = {"id", "name", "kind", "founded", "weight", "public", "note"};
    g.nodes = {{"a", "Acció <&>", "network", "2019", "0.5", "TRUE", "line\nbreak"},
               {"b", "B", "funder", "", "2", "FALSE"},
               {"c", "Ç \"q\"", "practitioner", "1999", "1.25", "TRUE", "x"}};
    g.edge_header = {"id", "from", "to", "relation", "weight"};
    g.edges = {{"l1", "a", "b", "funding", "1"}, {"l2", "c", "a", "membership|partnership", "2.5"}};
    g.looks["a"] = sse::NodeLook{10, 20, 5, 0, 114, 178};
    g.looks["b"] = sse::NodeLook{-3.5, 0, 7, 230, 159, 0};
    return g;
}

}  // namespace

TEST(GraphXml, NetworkxGraphml) {
    const sse::ImportRead read = sse::ReadGraphml(sse::test::ReadFile(sse::test::Fixture("import/networkx.graphml")),
                                                  "networkx.graphml");
    EXPECT_TRUE(read.diagnostics.empty()) << Messages(read);
    ASSERT_EQ(read.tables.size(), 2u);
    const auto& nodes = read.tables[0];
    const auto& edges = read.tables[1];
    EXPECT_EQ(nodes.role, "actors");
    EXPECT_EQ(edges.role, "links");
    EXPECT_EQ(nodes.origin, sse::ImportTable::Origin::Xml);
    ASSERT_EQ(nodes.rows.size(), 5u);  // header + 4 nodes
    ASSERT_EQ(edges.rows.size(), 4u);  // header + 3 edges
    EXPECT_EQ(At(nodes, 1, "id"), "coop-a");
    EXPECT_EQ(At(nodes, 1, "name"), "Coop A");
    EXPECT_EQ(At(nodes, 1, "founded"), "2019");
    EXPECT_EQ(At(nodes, 3, "share"), "1") << "a double in its shortest form";
    EXPECT_EQ(At(nodes, 3, "public"), "TRUE") << "NetworkX's True";
    EXPECT_EQ(At(nodes, 4, "founded"), "");
    EXPECT_EQ(At(edges, 2, "source"), "city");
    EXPECT_EQ(At(edges, 2, "target"), "coop-a");
    EXPECT_EQ(At(edges, 2, "weight"), "3.5");
    EXPECT_EQ(At(edges, 2, "relation"), "funding");
    EXPECT_EQ(sse::LocateCell(nodes, 1, 0), "networkx.graphml:11") << "the <node> element's line";
}

TEST(GraphXml, GraphologyGexf12And13) {
    for (const std::string name : {"graphology.gexf", "graphology13.gexf"}) {
        const sse::ImportRead read = sse::ReadGexf(sse::test::ReadFile(sse::test::Fixture("import/" + name)), name);
        EXPECT_TRUE(read.diagnostics.empty()) << Messages(read);
        ASSERT_EQ(read.tables.size(), 2u);
        const auto& nodes = read.tables[0];
        const auto& edges = read.tables[1];
        ASSERT_EQ(nodes.rows.size(), 4u) << name;
        ASSERT_EQ(edges.rows.size(), 3u) << name;
        EXPECT_EQ(At(nodes, 3, "label"), "Ajuntament de Barcelona") << name;
        EXPECT_EQ(At(nodes, 1, "kind"), "practitioner") << name;
        EXPECT_EQ(At(nodes, 1, "founded"), "2019") << name;
        EXPECT_EQ(At(nodes, 1, "viz:x"), "10") << name;
        EXPECT_EQ(At(nodes, 1, "viz:y"), "-20") << name;
        EXPECT_EQ(At(nodes, 1, "viz:size"), "6") << name;
        EXPECT_EQ(At(nodes, 1, "viz:color"), "#009e73") << name;
        EXPECT_EQ(At(edges, 2, "id"), "l2") << name;
        EXPECT_EQ(At(edges, 2, "weight"), "3.5") << name;
        EXPECT_EQ(At(edges, 1, "relation"), "membership") << name;
    }
}

TEST(GraphXml, OurGexfReadsBack) {
    const sse::GraphDocument g = Sample();
    const std::string gexf = sse::WriteGexf(g);
    EXPECT_EQ(sse::WriteGexf(g), gexf);
    const sse::ImportRead read = sse::ReadGexf(gexf, "out.gexf");
    ASSERT_TRUE(read.diagnostics.empty()) << Messages(read) << gexf;
    const auto& nodes = read.tables[0];
    const auto& edges = read.tables[1];
    ASSERT_EQ(nodes.rows.size(), 4u);
    EXPECT_EQ(At(nodes, 1, "label"), "Acció <&>");
    EXPECT_EQ(At(nodes, 1, "note"), "line\nbreak");
    EXPECT_EQ(At(nodes, 1, "public"), "TRUE");
    EXPECT_EQ(At(nodes, 1, "weight"), "0.5");
    EXPECT_EQ(At(nodes, 3, "label"), "Ç \"q\"");
    EXPECT_EQ(At(nodes, 2, "founded"), "");
    EXPECT_EQ(At(nodes, 1, "viz:x"), "10");
    EXPECT_EQ(At(nodes, 1, "viz:y"), "-20") << "GEXF's y points up";
    EXPECT_EQ(At(nodes, 2, "viz:color"), "#e69f00");
    EXPECT_EQ(At(nodes, 3, "viz:color"), "") << "no look, no viz";
    EXPECT_EQ(At(edges, 2, "source"), "c");
    EXPECT_EQ(At(edges, 2, "relation"), "membership|partnership");
    EXPECT_EQ(At(edges, 2, "weight"), "2.5");
    EXPECT_NE(gexf.find("title=\"founded\" type=\"long\""), std::string::npos);
    EXPECT_NE(gexf.find("title=\"weight\" type=\"double\""), std::string::npos);
    EXPECT_NE(gexf.find("title=\"public\" type=\"boolean\""), std::string::npos);
}

TEST(GraphXml, OurGraphmlReadsBack) {
    const sse::GraphDocument g = Sample();
    const std::string graphml = sse::WriteGraphml(g);
    const sse::ImportRead read = sse::ReadGraphml(graphml, "out.graphml");
    ASSERT_TRUE(read.diagnostics.empty()) << Messages(read) << graphml;
    const auto& nodes = read.tables[0];
    const auto& edges = read.tables[1];
    ASSERT_EQ(nodes.rows.size(), 4u);
    ASSERT_EQ(edges.rows.size(), 3u);
    for (size_t r = 0; r < g.nodes.size(); ++r) {
        for (size_t c = 0; c < g.node_header.size(); ++c) {
            const std::string want = c < g.nodes[r].size() ? g.nodes[r][c] : "";
            EXPECT_EQ(At(nodes, r + 1, g.node_header[c]), want) << g.node_header[c];
        }
    }
    EXPECT_EQ(At(edges, 1, "id"), "l1");
    EXPECT_EQ(At(edges, 2, "source"), "c");
    EXPECT_EQ(At(edges, 2, "relation"), "membership|partnership");
    EXPECT_NE(graphml.find("attr.name=\"founded\" attr.type=\"long\""), std::string::npos);
}

TEST(GraphXml, HostileAndBrokenGraphsAreRefusedWithTheirLine) {
    sse::ImportRead read = sse::ReadGexf(
        "<?xml version=\"1.0\"?>\n<!DOCTYPE gexf [\n<!ENTITY a \"aaaaaaaaaa\">\n<!ENTITY b \"&a;&a;&a;&a;&a;&a;\">\n]>\n"
        "<gexf><graph><nodes><node id=\"&b;\"/></nodes></graph></gexf>",
        "laughs.gexf");
    ASSERT_EQ(read.diagnostics.size(), 1u);
    EXPECT_TRUE(read.tables.empty());
    EXPECT_EQ(read.diagnostics[0].line, 3);
    EXPECT_NE(read.diagnostics[0].message.find("billion laughs"), std::string::npos);

    read = sse::ReadGraphml(
        "<?xml version=\"1.0\"?>\n<!DOCTYPE g [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
        "<graphml><graph><node id=\"&x;\"/></graph></graphml>",
        "external.graphml");
    ASSERT_EQ(read.diagnostics.size(), 1u);
    EXPECT_EQ(read.diagnostics[0].line, 2);
    EXPECT_NE(read.diagnostics[0].message.find("entity ('x')"), std::string::npos) << Messages(read);

    read = sse::ReadGraphml("<?xml version=\"1.0\"?>\n<graphml>\n<graph>\n<node id=\"a\">\n</graph></graphml>", "cut.graphml");
    ASSERT_EQ(read.diagnostics.size(), 1u);
    EXPECT_EQ(read.diagnostics[0].line, 5);
    EXPECT_EQ(read.diagnostics[0].file, "cut.graphml");
    EXPECT_NE(read.diagnostics[0].message.find("mismatched tag"), std::string::npos) << Messages(read);

    read = sse::ReadGexf("<graphml/>", "wrong.gexf");
    ASSERT_EQ(read.diagnostics.size(), 1u);
    EXPECT_NE(read.diagnostics[0].message.find("not a GEXF file"), std::string::npos);
}
