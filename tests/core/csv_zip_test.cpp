// csv_zip_test.cpp: Export > CSV tables (.zip) gives one CSV per table in a ZIP archive that the importer reads back
// to the same document; entries that are not tables are skipped with a warning, each problem names its entry.
#include "core/csv_zip.h"

#include <gtest/gtest.h>

#include "core/dataset_loader.h"
#include "core/import_formats.h"
#include "core/table_export.h"
#include "core/zip_archive.h"
#include "import_test_helpers.h"
#include "test_files.h"

namespace {

using sse::test::Lines;

using sse::test::Silk;

TEST(CsvZip, ExportHoldsEveryTableAndReadsBackAsTheCsvFilesDo) {
    const sse::Dataset silk = Silk();
    const std::string zip = sse::ExportCsvZip(silk);
    sse::ZipReader reader;
    std::string error;
    ASSERT_TRUE(reader.Open(zip, &error)) << error;
    const std::vector<std::string> expected = {"territories.csv", "actors.csv", "links.csv", "cases.csv", "recommendations.csv"};
    EXPECT_EQ(reader.Names(), expected);
    std::string actors;
    ASSERT_TRUE(reader.ReadAll("actors.csv", &actors, &error)) << error;
    EXPECT_EQ(actors, sse::ExportCsvFiles(silk)[1].bytes);

    std::vector<sse::ImportFile> csv;
    for (const auto& f : sse::ExportCsvFiles(silk)) csv.push_back({f.name, f.bytes});
    const sse::MappedImport from_csv = sse::ImportFiles(csv);
    // Named .zip, and also unnamed (pasted or dropped without an extension): the content says what it is.
    for (const char* name : {"silk-tables.zip", "download"}) {
        const sse::MappedImport from_zip = sse::ImportFiles({{name, zip}});
        ASSERT_TRUE(from_zip.ok) << name << "\n" << Lines(from_zip);
        EXPECT_EQ(from_zip.actors, silk.actors.size());
        EXPECT_EQ(from_zip.links, silk.links.size());
        EXPECT_EQ(from_zip.cases, silk.cases.size());
        const sse::LoadResult a = sse::LoadDataset(from_zip.json, "a.json"), b = sse::LoadDataset(from_csv.json, "b.json");
        ASSERT_TRUE(a.ok && b.ok);
        EXPECT_TRUE(a.dataset.actors == b.dataset.actors) << name;
        EXPECT_TRUE(a.dataset.links == b.dataset.links) << name;
        EXPECT_TRUE(a.dataset.cases == b.dataset.cases) << name;
    }
}

TEST(CsvZip, ProblemsNameTheEntry) {
    const std::string zip = sse::WriteZip({{"actors.csv", "id,name,kind,level,territory\ncoop-a,Coop A,practitioner,local,FR\n"},
                                           {"README.md", "notes"},
                                           {"links.csv", "from,to,relation\ncoop-a,nobody,funding\n"}});
    const sse::MappedImport m = sse::ImportFiles({{"mine.zip", zip}});
    EXPECT_FALSE(m.ok);
    EXPECT_NE(Lines(m).find("mine.zip: warning: entry 'README.md' is not a table"), std::string::npos) << Lines(m);
    EXPECT_NE(Lines(m).find("mine.zip/links.csv:2:2: error: column 'to': unknown actor 'nobody'"), std::string::npos) << Lines(m);
}

TEST(CsvZip, DamagedArchiveIsAClearError) {
    std::string zip = sse::ExportCsvZip(Silk());
    zip.resize(zip.size() / 2);
    const sse::MappedImport m = sse::ImportFiles({{"half.zip", zip}});
    EXPECT_FALSE(m.ok);
    ASSERT_FALSE(m.diagnostics.empty());
    EXPECT_EQ(m.diagnostics[0].file.rfind("half.zip", 0), 0u) << Lines(m);
}

}  // namespace
