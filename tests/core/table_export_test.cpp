// table_export_test.cpp: CSV export in exactly the shape the importer reads: bundled data -> CSV -> data gives the
// same document for every field tables carry; the template loads.
#include "core/table_export.h"

#include <gtest/gtest.h>

#include "core/dataset_loader.h"
#include "core/import_formats.h"
#include "import_test_helpers.h"
#include "test_files.h"

namespace {

std::vector<sse::ImportFile> AsImport(const std::vector<sse::ExportFile>& files) {
    std::vector<sse::ImportFile> in;
    for (const auto& f : files) in.push_back({f.name, f.bytes});
    return in;
}

using sse::test::Lines;

TEST(TableExport, CsvQuotesOnlyWhatNeedsIt) {
    EXPECT_EQ(sse::WriteCsv({{"a", "b, c", "say \"hi\"", "two\nlines", " pad", ""}}),
              "a,\"b, c\",\"say \"\"hi\"\"\",\"two\nlines\",\" pad\",\n");
}

TEST(TableExport, BundledDataRoundTripsThroughCsv) {
    const sse::LoadResult original = sse::LoadDatasetFile(sse::test::SourcePath("data/silk.json"));
    ASSERT_TRUE(original.ok);
    const auto files = sse::ExportCsvFiles(original.dataset);
    ASSERT_EQ(files.size(), 5u);
    EXPECT_EQ(files[1].name, "actors.csv");
    sse::MapOptions options;
    options.dataset_id = "silk-copy";
    const sse::MappedImport m = sse::ImportFiles(AsImport(files), options);
    ASSERT_TRUE(m.ok) << Lines(m);
    EXPECT_EQ(m.warnings, 0) << Lines(m);
    sse::LoadResult back = sse::LoadDataset(m.json, "back.json");
    ASSERT_TRUE(back.ok);
    // Tables carry everything but the tours and the data set's own title, description and sources.
    sse::Dataset expected = original.dataset;
    expected.tours.clear();
    sse::test::DropTranslations(expected);
    back.dataset.id = expected.id;
    back.dataset.title = expected.title;
    back.dataset.description = expected.description;
    back.dataset.sources = expected.sources;
    ASSERT_EQ(back.dataset.actors.size(), expected.actors.size());
    for (size_t i = 0; i < expected.actors.size(); ++i) EXPECT_TRUE(back.dataset.actors[i] == expected.actors[i]) << expected.actors[i].id;
    for (size_t i = 0; i < expected.links.size(); ++i) EXPECT_TRUE(back.dataset.links[i] == expected.links[i]) << expected.links[i].id;
    for (size_t i = 0; i < expected.territories.size(); ++i) {
        EXPECT_TRUE(back.dataset.territories[i] == expected.territories[i]) << expected.territories[i].id;
    }
    EXPECT_TRUE(back.dataset == expected);
    // And the export of the import is the same files, byte for byte.
    const auto again = sse::ExportCsvFiles(back.dataset);
    for (size_t i = 0; i < files.size(); ++i) EXPECT_EQ(again[i].bytes, files[i].bytes) << files[i].name;
}

TEST(TableExport, TemplateLoadsWithoutWarnings) {
    const sse::MappedImport m = sse::ImportFiles(AsImport(sse::CsvTemplateFiles()));
    ASSERT_TRUE(m.ok) << Lines(m);
    EXPECT_EQ(m.warnings, 0) << Lines(m);
    EXPECT_EQ(m.actors, 2u);
    EXPECT_EQ(m.links, 1u);
    EXPECT_EQ(m.cases, 1u);
}

}  // namespace
