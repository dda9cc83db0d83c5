// import_mapper_test.cpp: tables as people keep them become a data set; every problem is located in their file.
#include "core/import_mapper.h"

#include <gtest/gtest.h>

#include "core/csv_reader.h"
#include "core/dataset_loader.h"
#include "import_test_helpers.h"

namespace {

sse::MappedImport MapCsv(const std::vector<std::pair<std::string, std::string>>& files) {
    std::vector<sse::ImportTable> tables;
    std::vector<sse::Diagnostic> diagnostics;
    for (const auto& [name, text] : files) {
        sse::ImportRead read = sse::ReadDelimitedText(text, name);
        for (auto& t : read.tables) tables.push_back(std::move(t));
        for (auto& d : read.diagnostics) diagnostics.push_back(std::move(d));
    }
    return sse::MapTables(tables, std::move(diagnostics));
}

using sse::test::Lines;

const char* kActors =
    "id,name,kind,level,territory,confidence,sources\n"
    "coop,CoopCycle,practitioner,national,FR,verified,https://coopcycle.org\n"
    "accio,ACCIÓ,public_agency,regional,Spain,verified,https://accio.gencat.cat\n";

TEST(ImportMapper, OurOwnColumnsMakeAValidDataSet) {
    const auto m = MapCsv({{"actors.csv", kActors},
                           {"links.csv", "from,to,relation,confidence,sources\ncoop,ACCIÓ,partnership,verified,https://x.org\n"}});
    EXPECT_TRUE(m.ok) << Lines(m);
    EXPECT_EQ(m.actors, 2u);
    EXPECT_EQ(m.links, 1u);
    EXPECT_EQ(m.territories, 2u);  // FR and Spain from the country table
    const sse::LoadResult load = sse::LoadDataset(m.json, "m.json");
    ASSERT_TRUE(load.ok);
    EXPECT_EQ(load.dataset.links[0].to_id, "accio");  // named by its name
    EXPECT_EQ(load.dataset.links[0].kind, sse::LinkKind::Vertical);  // national -> regional
    EXPECT_EQ(load.dataset.links[0].direction, sse::Direction::Outward);
    EXPECT_EQ(load.dataset.actors[0].territory_id, "fr");
    EXPECT_EQ(load.dataset.territories[1].name, "Spain");
    EXPECT_EQ(m.warnings, 0) << Lines(m);
}

TEST(ImportMapper, KumuAndGephiColumnsAccentsCaseAndAutoIds) {
    const auto m = MapCsv({{"Kumu elements.csv",
                            "  LABEL ,Type,Level,Country,Description,Confidence,Sources\n"
                            "Rodando Juntas,Practitioner,Local,MX,Couriers,brief,https://r.org\n"
                            "ITDP México,Network,National,Mexico,,verified,https://i.org\n"},
                           {"Kumu connections.csv", "From,To,Type,Confidence,Sources\nITDP México,Rodando Juntas,Funding,verified,https://i.org\n"}});
    EXPECT_TRUE(m.ok) << Lines(m);
    const sse::LoadResult load = sse::LoadDataset(m.json, "m.json");
    ASSERT_TRUE(load.ok);
    EXPECT_EQ(load.dataset.actors[0].id, "rodando-juntas");
    EXPECT_EQ(load.dataset.actors[1].id, "itdp-mexico");
    EXPECT_EQ(load.dataset.links[0].from_id, "itdp-mexico");
    EXPECT_EQ(load.dataset.links[0].relation, sse::Relation::Funding);
    EXPECT_EQ(load.dataset.actors[0].kind, sse::ActorKind::Practitioner);
}

TEST(ImportMapper, MissingSourceAndConfidenceAreWarnings) {
    const auto m = MapCsv({{"actors.csv", "name,kind,level,territory\nA,network,local,FR\n"}});
    EXPECT_TRUE(m.ok) << Lines(m);
    EXPECT_EQ(m.errors, 0);
    EXPECT_EQ(m.warnings, 2) << Lines(m);
    const std::string lines = Lines(m);
    EXPECT_NE(lines.find("actors.csv:1:1: warning: no 'confidence' column"), std::string::npos) << lines;
    EXPECT_NE(lines.find("actors.csv:1:1: warning: no 'sources' column"), std::string::npos) << lines;
    // With the columns present, an empty cell is warned about at its row.
    const auto cells = MapCsv({{"actors.csv", "name,kind,level,territory,confidence,sources\nA,network,local,FR,,\n"}});
    EXPECT_TRUE(cells.ok);
    EXPECT_NE(Lines(cells).find("actors.csv:2:5: warning: no confidence given"), std::string::npos) << Lines(cells);
    EXPECT_NE(Lines(cells).find("actors.csv:2:1: warning: missing required field 'sources'"), std::string::npos) << Lines(cells);
}

TEST(ImportMapper, LoaderErrorsAreLocatedAtTheCell) {
    const auto m = MapCsv({{"actors.csv", kActors},
                           {"links.csv", "id,from,to,relation,confidence,sources\n"
                                         "\n"
                                         "l1,coop,acio,partnership,verified,https://x.org\n"
                                         "l2,coop,accio,friendship,verified,https://x.org\n"}});
    EXPECT_FALSE(m.ok);
    EXPECT_EQ(m.errors, 1) << Lines(m);
    const std::string lines = Lines(m);
    EXPECT_NE(lines.find("links.csv:3:3: error: column 'to': unknown actor 'acio'; did you mean 'accio'? [unknown-actor]"),
              std::string::npos) << lines;
    // A relation we do not know is read as ours, at its cell, and does not stop the load.
    EXPECT_NE(lines.find("links.csv:4:4: warning: relation 'friendship' is not one of the explorer's"), std::string::npos) << lines;
    EXPECT_NE(lines.find("[bad-enum]"), std::string::npos) << lines;
}

TEST(ImportMapper, HeaderBelowTitleRowsAndTablesRecognisedByHeader) {
    const auto m = MapCsv({{"sheet1.csv", "My ecosystem,,\nExported 2026,,\nid,name,kind,level,territory,confidence,sources\n"
                                          "a,A,network,local,FR,verified,https://a.org\nb,B,network,local,FR,verified,https://a.org\n"},
                           {"sheet2.csv", "source;target;relation;confidence;sources\na;b;membership;verified;https://a.org|https://b.org\n"}});
    EXPECT_TRUE(m.ok) << Lines(m);
    EXPECT_EQ(m.actors, 2u);
    EXPECT_EQ(m.links, 1u);
    const sse::LoadResult load = sse::LoadDataset(m.json, "m.json");
    ASSERT_TRUE(load.ok);
    EXPECT_EQ(load.dataset.links[0].sources.size(), 2u);
    EXPECT_EQ(load.dataset.links[0].kind, sse::LinkKind::Horizontal);
}

TEST(ImportMapper, UnknownTableIsSkippedAndNothingToImportIsAnError) {
    const auto m = MapCsv({{"notes.csv", "colour,size\nred,3\n"}});
    EXPECT_FALSE(m.ok);
    const std::string lines = Lines(m);
    EXPECT_NE(lines.find("[unknown-table]"), std::string::npos) << lines;
    EXPECT_NE(lines.find("nothing to import"), std::string::npos) << lines;
}

TEST(ImportMapper, UnknownColumnsAreNamed) {
    const auto m = MapCsv({{"actors.csv", "name,kind,level,territory,confidence,sources,Tags\nA,network,local,FR,verified,https://a.org,x|y\n"}});
    EXPECT_TRUE(m.ok);
    EXPECT_NE(Lines(m).find("actors.csv:1:7: warning: column 'Tags' is not a field of actors"), std::string::npos) << Lines(m);
}

TEST(ImportMapper, GephiEdgeTypeIsADirection) {
    const auto m = MapCsv({{"nodes.csv", "Id,Label,kind,level,territory,confidence,sources\n1,One,network,local,FR,verified,https://a.org\n"
                                         "2,Two,network,local,FR,verified,https://a.org\n"},
                           {"edges.csv", "Source,Target,Type,Weight,relation,confidence,sources\n1,2,Undirected,2,membership,verified,https://a.org\n"}});
    ASSERT_TRUE(m.ok) << Lines(m);
    const sse::LoadResult load = sse::LoadDataset(m.json, "m.json");
    EXPECT_EQ(load.dataset.links[0].direction, sse::Direction::Both);
    EXPECT_EQ(load.dataset.links[0].weight, 2);
}

}  // namespace

namespace {

// A missing source is a warning in a user's data, and stays an error in the bundled data set (recognised by its id).
TEST(ImportMapper, MissingSourceStaysAnErrorInTheBundledDataSet) {
    const std::string actor_without_source =
        "{\"format\": \"sse-explorer/1\", \"dataset\": {\"id\": \"ID\", \"title\": \"T\"}, \"territories\": "
        "[{\"id\": \"fr\", \"name\": \"France\", \"kind\": \"country\", \"lat\": 46, \"lon\": 2}], \"actors\": [{\"id\": \"a\", "
        "\"name\": \"A\", \"kind\": \"network\", \"level\": \"local\", \"territory\": \"fr\", \"confidence\": \"verified\"}], "
        "\"links\": [], \"cases\": [], \"recommendations\": []}";
    auto with_id = [&](const std::string& id) {
        std::string t = actor_without_source;
        t.replace(t.find("ID"), 2, id);
        return sse::LoadDataset(t, "x.json");
    };
    const sse::LoadResult user = with_id("mine");
    EXPECT_TRUE(user.ok);
    EXPECT_EQ(user.warnings, 1);
    const sse::LoadResult bundled = with_id(sse::kBundledDatasetId);
    EXPECT_FALSE(bundled.ok);
    ASSERT_EQ(bundled.errors, 1);
    EXPECT_EQ(bundled.diagnostics[0].code, "missing-field");
}

}  // namespace
