// explorer_import_test.cpp: opening files gives a preview that changes nothing; Replace and Merge are one undoable
// step each; a file with errors loads nothing; exports read back.
#include <gtest/gtest.h>

#include "core/explorer.h"
#include "test_files.h"

namespace {

const char* kActors = "id,name,kind,level,territory,confidence,sources\n"
                      "mites,Ministry (renamed),policy_maker,national,es,verified,https://mites.gob.es\n"
                      "new-coop,New coop,practitioner,local,ES,verified,https://n.org\n";

struct ExplorerImport : ::testing::Test {
    sse::Explorer ex;
    void SetUp() override { ASSERT_TRUE(ex.LoadFile(sse::test::SourcePath("tests/data/tiny_valid.json"))); }
};

TEST_F(ExplorerImport, PreviewChangesNothingUntilChosen) {
    const sse::CommandResult r = ex.OpenData({{"actors.csv", kActors}});
    EXPECT_TRUE(r.ok) << r.message;
    ASSERT_NE(ex.Pending(), nullptr);
    EXPECT_EQ(ex.Pending()->mapped.actors, 2u);
    EXPECT_EQ(ex.Data().actors.size(), 3u);
    EXPECT_NE(ex.StateJson().find("\"import\":{"), std::string::npos);
    EXPECT_TRUE(ex.Command("import cancel").ok);
    EXPECT_EQ(ex.Pending(), nullptr);
    EXPECT_EQ(ex.Data().actors.size(), 3u);
    EXPECT_EQ(ex.Command("import replace").code, "no-import");
}

TEST_F(ExplorerImport, ReplaceAndUndo) {
    ex.OpenData({{"actors.csv", kActors}});
    const sse::CommandResult r = ex.Command("import replace");
    EXPECT_TRUE(r.ok) << r.message;
    EXPECT_EQ(ex.Data().actors.size(), 2u);
    EXPECT_EQ(ex.Data().id, "imported");
    EXPECT_TRUE(ex.Command("undo").ok);
    EXPECT_EQ(ex.Data().actors.size(), 3u);
    EXPECT_EQ(ex.Data().id, "tiny");
}

TEST_F(ExplorerImport, MergeByIdTheIncomingRowWins) {
    ex.OpenData({{"actors.csv", kActors}});
    const sse::CommandResult r = ex.Command("import merge");
    EXPECT_TRUE(r.ok) << r.message;
    EXPECT_EQ(ex.Data().actors.size(), 4u);  // 3 + new-coop; mites replaced
    EXPECT_EQ(ex.Data().actors[ex.Data().FindActor("mites")].name, "Ministry (renamed)");
    EXPECT_EQ(ex.Data().id, "tiny");  // the current data set's own info stays
    EXPECT_NE(r.data.find("actors 'mites': the imported item replaced the current one"), std::string::npos) << r.data;
    bool listed = false;
    for (const auto& d : ex.Diagnostics()) listed = listed || d.code == "merge-replaced";
    EXPECT_TRUE(listed);
    EXPECT_TRUE(ex.Command("undo").ok);
    EXPECT_EQ(ex.Data().actors.size(), 3u);
    EXPECT_EQ(ex.Data().actors[ex.Data().FindActor("mites")].name, "Ministry of Labour and Social Economy");
}

TEST_F(ExplorerImport, AFileWithErrorsLoadsNothing) {
    // (A level we do not know is read as ours with a warning: an address that is none is still an error.)
    const sse::CommandResult r = ex.OpenData({{"actors.csv", "id,name,kind,level,territory,website\nx,X,network,local,ES,not a url\n"}});
    EXPECT_FALSE(r.ok);
    EXPECT_EQ(r.code, "bad-url");
    EXPECT_NE(r.message.find("actors.csv:2:6: error"), std::string::npos) << r.message;
    EXPECT_EQ(ex.Command("import replace").code, "load-failed");
    EXPECT_EQ(ex.Data().actors.size(), 3u);
}

TEST_F(ExplorerImport, ExportsReadBack) {
    std::string error;
    const auto csv = ex.ExportData("csv", &error);
    ASSERT_EQ(csv.size(), 5u);
    std::vector<sse::ImportFile> files;
    for (const auto& f : csv) files.push_back({f.name, f.bytes});
    EXPECT_TRUE(ex.OpenData(files).ok);
    EXPECT_EQ(ex.Pending()->mapped.actors, 3u);
    const auto json = ex.ExportData("json", &error);
    ASSERT_EQ(json.size(), 1u);
    EXPECT_EQ(json[0].name, "tiny.json");
    EXPECT_TRUE(ex.OpenData({{json[0].name, json[0].bytes}}).ok);
    EXPECT_TRUE(ex.ExportData("xlsx-nope", &error).empty());
    EXPECT_NE(error.find("allowed: json, svg, svg-transparent, png, png-transparent, png-2x, png-2x-transparent, png-4x, "
                         "png-4x-transparent, csv, csv:<table>, csv-zip, template"),
              std::string::npos);
    const auto links = ex.ExportData("csv:links", &error);
    ASSERT_EQ(links.size(), 1u);
    EXPECT_EQ(links[0].bytes, csv[2].bytes);
}

}  // namespace

namespace {

// A links table alone may name actors and territories of the data already open: they are carried, so it merges.
TEST_F(ExplorerImport, ALinksTableMergesAgainstTheOpenData) {
    const sse::CommandResult r = ex.OpenData({{"links.csv", "from,to,relation,confidence,sources\n"
                                                            "Cooperatives of Catalonia,mites,membership,verified,https://l.org\n"}});
    ASSERT_TRUE(r.ok) << r.message;
    EXPECT_EQ(ex.Pending()->mapped.links, 1u);
    EXPECT_EQ(ex.Pending()->mapped.actors, 0u);  // the two actors are the open data's, not the file's
    const sse::CommandResult merged = ex.Command("import merge");
    ASSERT_TRUE(merged.ok) << merged.message;
    EXPECT_EQ(ex.Data().actors.size(), 3u);
    EXPECT_EQ(ex.Data().links.size(), 3u);
    EXPECT_EQ(merged.data, "{\"replaced\":[]}");  // carried items are unchanged, so nothing is "replaced"
}

}  // namespace
