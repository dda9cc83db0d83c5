// table_paste_test.cpp: typing and pasting spreadsheet cells into the table view (issue 16): words as people type
// them, quoted cells, new rows, located refusals that change nothing, and one undo step for a whole block.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "core/dataset_loader.h"
#include "core/dataset_writer.h"
#include "core/explorer.h"
#include "core/table_paste.h"
#include "test_files.h"

namespace {

sse::Explorer Silk() {
    sse::Explorer ex;
    EXPECT_TRUE(ex.LoadFile(sse::test::SourcePath("data/silk.json")));
    return ex;
}

std::string Paste(const char* table, const char* field, const std::vector<std::string>& rows, const std::string& text) {
    return std::string("paste-cells ") + table + " " + field + " " + nlohmann::json{{"rows", rows}, {"text", text}}.dump();
}

const sse::Actor& ActorById(const sse::Explorer& ex, const char* id) { return ex.Data().actors[ex.Data().FindActor(id)]; }

TEST(TablePaste, ABlockOfCellsSetsSeveralFieldsOfSeveralRowsAsOneUndoStep) {
    sse::Explorer ex = Silk();
    const std::string before = sse::WriteDataset(ex.Data());
    // Display names and wire names, any case: what a spreadsheet column holds.
    sse::CommandResult r = ex.Command(Paste("actors", "kind", {"oecd", "silk"}, "Network\tnational\nPUBLIC_AGENCY\tLocal\r\n"));
    ASSERT_TRUE(r.ok) << r.message;
    EXPECT_EQ(nlohmann::json::parse(r.data)["cells"], 4);
    EXPECT_EQ(ActorById(ex, "oecd").kind, sse::ActorKind::Network);
    EXPECT_EQ(ActorById(ex, "oecd").level, sse::Level::National);
    EXPECT_EQ(ActorById(ex, "silk").kind, sse::ActorKind::PublicAgency);
    EXPECT_EQ(ActorById(ex, "silk").level, sse::Level::Local);
    ASSERT_TRUE(ex.Undo().ok);
    EXPECT_EQ(sse::WriteDataset(ex.Data()), before);  // one step undoes the whole block
}

TEST(TablePaste, ABadCellIsLocatedAndNothingChanges) {
    sse::Explorer ex = Silk();
    const std::string before = sse::WriteDataset(ex.Data());
    sse::CommandResult r = ex.Command(Paste("actors", "kind", {"oecd", "silk"}, "network\tnational\nnetwork\tgalactic\n"));
    EXPECT_FALSE(r.ok);
    EXPECT_EQ(r.code, "bad-cell");
    EXPECT_NE(r.message.find("row 2 (silk), column level"), std::string::npos) << r.message;
    EXPECT_NE(r.message.find("galactic"), std::string::npos);
    EXPECT_EQ(sse::WriteDataset(ex.Data()), before);
    r = ex.Command(Paste("actors", "territory", {"oecd"}, "Spain\t12"));  // the links count is computed
    EXPECT_EQ(r.code, "read-only-column") << r.message;
    r = ex.Command(Paste("actors", "closeness", {"oecd"}, "1\t2"));
    EXPECT_EQ(r.code, "too-many-columns") << r.message;
    r = ex.Command(Paste("links", "relation", {"nope"}, "funding"));
    EXPECT_EQ(r.code, "unknown-row");
    r = ex.Command(Paste("links", "relation", {"commission-fpi-funding"}, "funding\nfunding"));
    EXPECT_EQ(r.code, "too-many-rows");
    EXPECT_EQ(ex.Command("paste-cells actors name [\"oecd\"]").code, "usage");
    EXPECT_EQ(ex.Command("paste-cells people name {\"text\": \"x\"}").code, "usage");
    EXPECT_EQ(sse::WriteDataset(ex.Data()), before);
}

TEST(TablePaste, TerritoriesAndLinkEndsByNameQuotedCellsAndValues) {
    sse::Explorer ex = Silk();
    ASSERT_TRUE(ex.Command(Paste("actors", "territory", {"oecd"}, "spain")).ok);  // a territory by its name, folded
    EXPECT_EQ(ActorById(ex, "oecd").territory_id, "es");
    // A quoted cell keeps its tab and line break (spreadsheets quote such cells when copying).
    ASSERT_TRUE(ex.Command(Paste("actors", "name", {"silk"}, "\"SILK\tpeers\nnetwork\"")).ok);
    EXPECT_EQ(ActorById(ex, "silk").name, "SILK\tpeers\nnetwork");
    sse::CommandResult r = ex.Command(Paste("links", "to", {"commission-fpi-funding"}, "oecd\tvertical\tpartnership\tboth\tsocial; economic"));
    ASSERT_TRUE(r.ok) << r.message;
    const sse::Link& l = ex.Data().links[1];
    ASSERT_EQ(l.id, "commission-fpi-funding");
    EXPECT_EQ(l.to_id, "oecd");
    EXPECT_EQ(l.relation, sse::Relation::Partnership);
    EXPECT_EQ(l.direction, sse::Direction::Both);
    EXPECT_EQ(l.values, sse::ValueSocial | sse::ValueEconomic);
    ASSERT_TRUE(ex.Command(Paste("links", "values", {"commission-fpi-funding"}, "")).ok);  // empty: none recorded
    EXPECT_EQ(ex.Data().links[1].values, 0);
}

TEST(TablePaste, RowsBeyondTheActorsTableBecomeNewValidActors) {
    sse::Explorer ex = Silk();
    const size_t n = ex.Data().actors.size();
    sse::CommandResult r = ex.Command(Paste("actors", "name", {"silk"}, "SILK\nCoop Room\tpractitioner\nCoop Room\tnetwork\tregional"));
    ASSERT_TRUE(r.ok) << r.message;
    EXPECT_EQ(nlohmann::json::parse(r.data)["rowsAdded"], 2);
    ASSERT_EQ(ex.Data().actors.size(), n + 2);
    EXPECT_EQ(ActorById(ex, "coop-room").kind, sse::ActorKind::Practitioner);
    EXPECT_EQ(ActorById(ex, "coop-room-2").level, sse::Level::Regional);
    sse::LoadResult check = sse::LoadDataset(sse::WriteDataset(ex.Data()), "check");
    EXPECT_TRUE(check.ok) << (check.diagnostics.empty() ? "" : check.diagnostics[0].message);
    r = ex.Command(Paste("actors", "kind", {}, "network"));  // a new row needs its name first
    EXPECT_EQ(r.code, "bad-cell");
}

}  // namespace
