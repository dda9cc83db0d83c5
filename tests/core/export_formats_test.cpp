// export_formats_test.cpp: the bundled data set through each format the explorer writes and reads back (XLSX, ODS,
// GEXF, GraphML) gives the same document for the fields the format carries; fixtures of other programs load through
// the importer with the expected counts.
#include "core/export_formats.h"

#include <gtest/gtest.h>

#include "core/dataset_loader.h"
#include "core/graph_reader.h"
#include "core/import_formats.h"
#include "core/workbook_reader.h"
#include "import_test_helpers.h"
#include "test_files.h"

namespace {

using sse::test::Lines;

using sse::test::Silk;

// `m` loads to the bundled data set, but for what no table carries (tours, the data set's own title and sources).
void ExpectSilk(const sse::MappedImport& m, const std::string& what) {
    ASSERT_TRUE(m.ok) << what << "\n" << Lines(m);
    EXPECT_EQ(m.warnings, 0) << what << "\n" << Lines(m);
    sse::LoadResult back = sse::LoadDataset(m.json, "back.json");
    ASSERT_TRUE(back.ok) << what;
    sse::Dataset expected = Silk();
    expected.tours.clear();
    sse::test::DropTranslations(expected);
    back.dataset.id = expected.id;
    back.dataset.title = expected.title;
    back.dataset.description = expected.description;
    back.dataset.sources = expected.sources;
    ASSERT_EQ(back.dataset.actors.size(), expected.actors.size()) << what;
    ASSERT_EQ(back.dataset.links.size(), expected.links.size()) << what;
    for (size_t i = 0; i < expected.actors.size(); ++i) {
        EXPECT_TRUE(back.dataset.actors[i] == expected.actors[i]) << what << ": " << expected.actors[i].id;
    }
    for (size_t i = 0; i < expected.links.size(); ++i) {
        EXPECT_TRUE(back.dataset.links[i] == expected.links[i]) << what << ": " << expected.links[i].id;
    }
    EXPECT_TRUE(back.dataset == expected) << what;
}

// The CSV files of the tables a graph file cannot hold (territories, cases, recommendations), opened with it.
std::vector<sse::ImportFile> WithOtherTables(sse::ImportFile graph) {
    std::vector<sse::ImportFile> files = {std::move(graph)};
    for (const auto& f : sse::ExportCsvFiles(Silk())) {
        if (f.name != "actors.csv" && f.name != "links.csv") files.push_back({f.name, f.bytes});
    }
    return files;
}

sse::MapOptions Options() {
    sse::MapOptions o;
    o.dataset_id = "silk-copy";
    return o;
}

}  // namespace

TEST(ExportFormats, BundledDataRoundTripsThroughXlsx) {
    const std::string xlsx = sse::ExportXlsx(Silk());
    EXPECT_EQ(sse::ExportXlsx(Silk()), xlsx) << "the same data gives the same bytes";
    ExpectSilk(sse::ImportFiles({{"silk.xlsx", xlsx}}, Options()), "xlsx");
    // And the export of the import is the same workbook, byte for byte.
    const sse::MappedImport m = sse::ImportFiles({{"silk.xlsx", xlsx}}, Options());
    sse::LoadResult back = sse::LoadDataset(m.json, "back.json");
    back.dataset.id = Silk().id;
    EXPECT_EQ(sse::ExportXlsx(back.dataset), xlsx);
}

// tests/data/import/silk.ods is LibreOffice's ODS of our XLSX export of data/silk.json (make_workbook_fixtures.sh): when the
// bundled data changes, run that script again.
TEST(ExportFormats, BundledDataRoundTripsThroughLibreOfficeOds) {
    const std::string ods = sse::test::ReadFile(sse::test::Fixture("import/silk.ods"));
    ASSERT_FALSE(ods.empty());
    ExpectSilk(sse::ImportFiles({{"silk.ods", ods}}, Options()), "ods (if data/silk.json changed: tests/data/import/make_workbook_fixtures.sh)");
}

TEST(ExportFormats, BundledDataRoundTripsThroughGexfAndGraphml) {
    std::map<std::string, sse::NodeLook> looks;
    for (const auto& a : Silk().actors) looks[a.id] = sse::NodeLook{1, 2, 3, 4, 5, 6};
    const std::string gexf = sse::WriteGexf(sse::ExportGraph(Silk(), looks));
    ExpectSilk(sse::ImportFiles(WithOtherTables({"silk.gexf", gexf}), Options()), "gexf");
    const std::string graphml = sse::WriteGraphml(sse::ExportGraph(Silk(), {}));
    ExpectSilk(sse::ImportFiles(WithOtherTables({"silk.graphml", graphml}), Options()), "graphml");
}

TEST(ExportFormats, TemplateWorkbookLoads) {
    const sse::MappedImport m = sse::ImportFiles({{"template.xlsx", sse::TemplateXlsx()}});
    ASSERT_TRUE(m.ok) << Lines(m);
    EXPECT_EQ(m.warnings, 0) << Lines(m);
    EXPECT_EQ(m.actors, 2u);
    EXPECT_EQ(m.links, 1u);
}

// Files written by other programs, through the importer: the expected counts (tests/data/import/make_workbook_fixtures.sh).
TEST(ExportFormats, OtherProgramsFilesImport) {
    struct Case { const char* file; size_t actors, links; };
    for (const Case& c : {Case{"libreoffice_book.xlsx", 3, 2}, Case{"libreoffice_book.ods", 3, 2},
                          Case{"kumu_style.xlsx", 5, 4}, Case{"kumu_style.ods", 5, 4}, Case{"psm_style.xlsx", 4, 3},
                          Case{"psm_style.ods", 4, 3}, Case{"networkx.graphml", 4, 3}, Case{"graphology.gexf", 3, 2},
                          Case{"graphology13.gexf", 3, 2}}) {
        const std::string bytes = sse::test::ReadFile(sse::test::Fixture(std::string("import/") + c.file));
        const sse::MappedImport m = sse::ImportFiles({{c.file, bytes}});
        // Kumu's, the System Mapper's and the graphs have no level or territory: those are read as defaults, with
        // warnings (import_attributes_test.cpp), so every file opens.
        EXPECT_EQ(m.errors, 0) << c.file << "\n" << Lines(m);
        for (const auto& d : m.diagnostics) EXPECT_EQ(d.file.rfind(c.file, 0), 0u) << sse::FormatDiagnostic(d);
        EXPECT_EQ(m.actors, c.actors) << c.file << "\n" << Lines(m);
        EXPECT_EQ(m.links, c.links) << c.file << "\n" << Lines(m);
    }
    // The hidden sheet "Old links" is skipped: the visible "Links" holds the links.
    const sse::MappedImport book = sse::ImportFiles(
        {{"libreoffice_book.xlsx", sse::test::ReadFile(sse::test::Fixture("import/libreoffice_book.xlsx"))}});
    bool skipped = false;
    for (const auto& d : book.diagnostics) skipped = skipped || d.message.find("hidden sheet skipped") != std::string::npos;
    EXPECT_TRUE(skipped) << Lines(book);
}
