// import_attributes_test.cpp: files written by other tools (Kumu- and System-Mapper-style workbooks saved by
// LibreOffice, NetworkX's GraphML, graphology's GEXF, Kumu and PSM CSV) open with zero errors: columns we do not know
// become attributes, words we do not know are read as ours with a warning, and attributes survive every export.
#include <gtest/gtest.h>

#include "core/dataset_loader.h"
#include "core/dataset_writer.h"
#include "core/export_formats.h"
#include "core/graph_writer.h"
#include "core/import_formats.h"
#include "core/table_export.h"
#include "import_test_helpers.h"
#include "test_files.h"

namespace {

using sse::test::Lines;

sse::ImportFile Fixture(const std::string& name) {
    return {name, sse::test::ReadFile(sse::test::SourcePath("tests/data/import/" + name))};
}

sse::Dataset Load(const sse::MappedImport& m) {
    sse::LoadResult r = sse::LoadDataset(m.json, "mapped.json");
    EXPECT_TRUE(r.ok) << m.json.substr(0, 2000);
    return r.dataset;
}

const sse::Actor* Named(const sse::Dataset& d, const std::string& name) {
    for (const auto& a : d.actors) {
        if (a.name == name) return &a;
    }
    return nullptr;
}

std::string Attribute(const sse::Attributes& attributes, const std::string& key) {
    for (const auto& [k, v] : attributes) {
        if (k == key) return v;
    }
    return "<none>";
}

TEST(ImportAttributes, RealFixturesOpenWithoutErrors) {
    struct Case { std::vector<const char*> files; size_t actors, links; };
    for (const Case& c : {Case{{"kumu_style.xlsx"}, 5, 4}, Case{{"kumu_style.ods"}, 5, 4}, Case{{"psm_style.xlsx"}, 4, 3},
                          Case{{"psm_style.ods"}, 4, 3}, Case{{"networkx.graphml"}, 4, 3}, Case{{"graphology.gexf"}, 3, 2},
                          Case{{"graphology13.gexf"}, 3, 2}, Case{{"kumu-elements.csv", "kumu-connections.csv"}, 3, 2},
                          Case{{"psm-factors.csv", "psm-links.csv"}, 3, 2}}) {
        std::vector<sse::ImportFile> files;
        for (const char* f : c.files) files.push_back(Fixture(f));
        const sse::MappedImport m = sse::ImportFiles(files);
        EXPECT_TRUE(m.ok) << c.files[0] << "\n" << Lines(m);
        EXPECT_EQ(m.errors, 0) << c.files[0] << "\n" << Lines(m);
        EXPECT_EQ(m.actors, c.actors) << c.files[0];
        EXPECT_EQ(m.links, c.links) << c.files[0];
    }
}

TEST(ImportAttributes, KumuWorkbookKeepsTagsAndItsOwnTypes) {
    const sse::MappedImport m = sse::ImportFiles({Fixture("kumu_style.xlsx")});
    ASSERT_TRUE(m.ok) << Lines(m);
    const sse::Dataset d = Load(m);
    const sse::Actor* activa = Named(d, "Barcelona Activa");
    ASSERT_NE(activa, nullptr);
    EXPECT_EQ(Attribute(activa->attributes, "Tags"), "public|employment");
    EXPECT_EQ(Attribute(activa->attributes, "Type"), "Organization");  // the word as written, read as a practitioner
    EXPECT_EQ(activa->kind, sse::ActorKind::Practitioner);
    EXPECT_EQ(activa->territory_id, "unplaced");
    const sse::Actor* council = Named(d, "Ajuntament de Barcelona");
    ASSERT_NE(council, nullptr);
    EXPECT_EQ(council->kind, sse::ActorKind::PolicyMaker);  // "Government"
    EXPECT_EQ(Attribute(council->attributes, "Type"), "Government");
    const sse::Actor* xes = Named(d, "XES");
    ASSERT_NE(xes, nullptr);
    EXPECT_EQ(Attribute(xes->attributes, "Type"), "<none>");  // "Network" is ours: nothing to keep
    // "support" is not a relation of ours: read as policy support, kept as written; said once, at its cell.
    bool support = false;
    for (const auto& l : d.links) {
        if (Attribute(l.attributes, "Type") == "support") support = l.relation == sse::Relation::PolicySupport;
    }
    EXPECT_TRUE(support) << m.json;
    EXPECT_NE(Lines(m).find("kumu_style.xlsx:Connections!C3: warning: relation 'support' is not one of the explorer's"), std::string::npos) << Lines(m);
    EXPECT_NE(Lines(m).find("kumu_style.xlsx:Elements!D1: warning: column 'Tags' is not a field of actors; it is kept as an attribute"),
              std::string::npos) << Lines(m);
    EXPECT_NE(Lines(m).find("no 'level' column: every row is read as 'national'"), std::string::npos) << Lines(m);
}

TEST(ImportAttributes, GraphAttributesBecomeAttributes) {
    const sse::MappedImport m = sse::ImportFiles({Fixture("networkx.graphml")});
    ASSERT_TRUE(m.ok) << Lines(m);
    const sse::Dataset d = Load(m);
    const sse::Actor* coop = Named(d, "Coop A");
    ASSERT_NE(coop, nullptr);
    EXPECT_EQ(Attribute(coop->attributes, "share"), "0.25");
    EXPECT_NE(Attribute(coop->attributes, "public"), "<none>");
    EXPECT_EQ(coop->years.from, 2019);  // 'founded' is one of our columns
}

// Every export carries the attributes, and reading it back gives them again.
TEST(ImportAttributes, AttributesRoundTripThroughEveryFormat) {
    const sse::MappedImport first = sse::ImportFiles({Fixture("kumu_style.xlsx")});
    ASSERT_TRUE(first.ok) << Lines(first);
    const sse::Dataset original = Load(first);
    size_t with_attributes = 0;
    for (const auto& a : original.actors) with_attributes += !a.attributes.empty();
    for (const auto& l : original.links) with_attributes += !l.attributes.empty();
    ASSERT_GE(with_attributes, 6u);

    auto expect_same = [&](const sse::MappedImport& m, const std::string& what) {
        ASSERT_TRUE(m.ok) << what << "\n" << Lines(m);
        const sse::Dataset back = Load(m);
        ASSERT_EQ(back.actors.size(), original.actors.size()) << what;
        ASSERT_EQ(back.links.size(), original.links.size()) << what;
        for (size_t i = 0; i < original.actors.size(); ++i) {
            EXPECT_EQ(back.actors[i].attributes, original.actors[i].attributes) << what << ": " << original.actors[i].id;
            EXPECT_EQ(back.actors[i].kind, original.actors[i].kind) << what;
        }
        for (size_t i = 0; i < original.links.size(); ++i) {
            EXPECT_EQ(back.links[i].attributes, original.links[i].attributes) << what << ": " << original.links[i].id;
            EXPECT_EQ(back.links[i].relation, original.links[i].relation) << what;
        }
    };
    // JSON: the writer and the loader.
    const sse::LoadResult json = sse::LoadDataset(sse::WriteDataset(original), "again.json");
    ASSERT_TRUE(json.ok) << (json.diagnostics.empty() ? "" : sse::FormatDiagnostic(json.diagnostics[0]));
    EXPECT_TRUE(json.dataset == original);
    // CSV, XLSX, GEXF, GraphML: through the importer.
    std::vector<sse::ImportFile> csv;
    for (const auto& f : sse::ExportCsvFiles(original)) csv.push_back({f.name, f.bytes});
    expect_same(sse::ImportFiles(csv), "csv");
    expect_same(sse::ImportFiles({{"again.xlsx", sse::ExportXlsx(original)}}), "xlsx");
    for (const char* format : {"gexf", "graphml"}) {
        const sse::GraphDocument g = sse::ExportGraph(original, {});
        std::vector<sse::ImportFile> files = {{std::string("again.") + format,
                                               format[1] == 'e' ? sse::WriteGexf(g) : sse::WriteGraphml(g)}};
        for (const auto& f : csv) {
            if (f.name == "territories.csv") files.push_back(f);
        }
        expect_same(sse::ImportFiles(files), format);
    }
}

}  // namespace
