// explorer_test.cpp: the Explorer's commands and state, as window.explorer and --state see them.
#include "core/explorer.h"
#include "core/search.h"
#include "core/layouts.h"
#include "core/view_state.h"

#include <gtest/gtest.h>

#include "test_files.h"
#include <nlohmann/json.hpp>

namespace {
using sse::test::Fixture;

nlohmann::json State(const sse::Explorer& ex) { return nlohmann::json::parse(ex.StateJson()); }

struct TinyExplorer : ::testing::Test {
    sse::Explorer ex;
    void SetUp() override { ASSERT_TRUE(ex.LoadFile(Fixture("tiny_valid.json"))); }
};
}  // namespace

TEST_F(TinyExplorer, StateDescribesWhatIsLoaded) {
    auto s = State(ex);
    EXPECT_EQ(s["dataset"], "tiny");
    EXPECT_EQ(s["actors"], 3);
    EXPECT_EQ(s["links"], 2);
    EXPECT_EQ(s["visibleActors"], 3);
    EXPECT_EQ(s["visibleLinks"], 2);
    EXPECT_TRUE(s["selected"].is_null());
    EXPECT_EQ(s["layout"], "levels");
    EXPECT_EQ(s["focusDepth"], 1);
    EXPECT_TRUE(s["settled"].get<bool>());
    EXPECT_TRUE(s["camera"].contains("zoom"));
}

TEST_F(TinyExplorer, SelectAndSearchWithAccents) {
    auto r = ex.Command("search accio");
    EXPECT_TRUE(r.ok) << r.message;
    EXPECT_EQ(State(ex)["selected"], "accio");
    EXPECT_EQ(State(ex)["selectedName"], "ACCIÓ – Catalan Agency for Business Competitiveness");
    EXPECT_TRUE(ex.Command("select mites").ok);
    EXPECT_EQ(State(ex)["selected"], "mites");
    EXPECT_FALSE(ex.Command("select nobody").ok);
    EXPECT_EQ(State(ex)["selected"], "mites") << "a failed command changes nothing";
    EXPECT_TRUE(ex.Command("select none").ok);
    EXPECT_TRUE(State(ex)["selected"].is_null());
}

TEST_F(TinyExplorer, FilterByLinkKindHidesOtherLinksAndReports) {
    auto r = ex.Command("filter link-kind horizontal");
    ASSERT_TRUE(r.ok) << r.message;
    auto s = State(ex);
    EXPECT_EQ(s["visibleLinks"], 1);
    EXPECT_EQ(s["filters"]["link-kind"], nlohmann::json::array({"horizontal"}));
    EXPECT_TRUE(ex.Command("hide-isolated on").ok);
    EXPECT_EQ(State(ex)["visibleActors"], 2) << "the ministry has no horizontal link left";
    EXPECT_TRUE(ex.Command("showcase on").ok);
    EXPECT_EQ(State(ex)["visibleActors"], 3) << "showcase fades instead of hiding";
    EXPECT_TRUE(ex.ActorFaded(ex.Data().FindActor("mites")));
    EXPECT_TRUE(ex.Command("filter clear").ok);
    EXPECT_EQ(State(ex)["visibleLinks"], 2);
}

TEST_F(TinyExplorer, FilterErrorsSayWhatIsAllowed) {
    auto r = ex.Command("filter level planetary");
    EXPECT_FALSE(r.ok);
    EXPECT_NE(r.message.find("allowed: international, supranational, national, regional, local"), std::string::npos) << r.message;
    r = ex.Command("filter colour red");
    EXPECT_FALSE(r.ok);
    EXPECT_NE(r.message.find("unknown filter field 'colour'"), std::string::npos) << r.message;
    EXPECT_FALSE(ex.Command("filter years 2030-2020").ok);
    EXPECT_EQ(State(ex)["visibleActors"], 3);
}

TEST_F(TinyExplorer, TerritoryFilterIncludesSubTerritories) {
    ASSERT_TRUE(ex.Command("filter territory es").ok);
    EXPECT_EQ(State(ex)["visibleActors"], 3);  // Spain and Catalonia
    ASSERT_TRUE(ex.Command("filter territory es-ct").ok);
    EXPECT_EQ(State(ex)["visibleActors"], 2);
}

TEST_F(TinyExplorer, FocusDepthWidensTheHighlightedNeighbourhood) {
    int mites = ex.Data().FindActor("mites"), accio = ex.Data().FindActor("accio"), coop = ex.Data().FindActor("coop-ct");
    ex.Command("select mites");
    EXPECT_TRUE(ex.ActorInFocus(mites));
    EXPECT_TRUE(ex.ActorInFocus(accio));
    EXPECT_FALSE(ex.ActorInFocus(coop));
    EXPECT_TRUE(ex.ActorFaded(coop));
    ASSERT_TRUE(ex.Command("focus 2").ok);
    EXPECT_TRUE(ex.ActorInFocus(coop));
    EXPECT_EQ(State(ex)["focusDepth"], 2);
    ASSERT_TRUE(ex.Command("focus 0").ok);
    EXPECT_FALSE(ex.ActorFaded(coop)) << "depth 0 fades nothing";
    EXPECT_FALSE(ex.Command("focus many").ok);
}

TEST_F(TinyExplorer, ChoosingACaseHighlightsItsActorsAndLinks) {
    ASSERT_TRUE(ex.Command("case catalonia").ok);
    auto s = State(ex);
    EXPECT_EQ(s["case"], "catalonia");
    EXPECT_TRUE(ex.ActorInFocus(ex.Data().FindActor("accio")));
    EXPECT_TRUE(ex.ActorInFocus(ex.Data().FindActor("coop-ct")));
    // The ministry is not in the case's actor list, but its link to ACCIÓ names the case, so it comes along.
    EXPECT_TRUE(ex.ActorInFocus(ex.Data().FindActor("mites")));
    EXPECT_TRUE(ex.LinkInFocus(0));
    ASSERT_TRUE(ex.Command("case none").ok);
    EXPECT_FALSE(ex.ActorInFocus(ex.Data().FindActor("accio")));
    EXPECT_FALSE(ex.ActorFaded(ex.Data().FindActor("mites")));
    ASSERT_TRUE(ex.Command("recommendation r1").ok);
    EXPECT_TRUE(State(ex)["case"].is_null());
    EXPECT_EQ(State(ex)["recommendation"], "r1");
    ex.ClearFocus();
    EXPECT_TRUE(State(ex)["recommendation"].is_null());
}

TEST_F(TinyExplorer, LayoutsSwitchAndEgoNeedsSelection) {
    EXPECT_FALSE(ex.Command("layout ego").ok);
    EXPECT_TRUE(ex.Command("layout geographic").ok);
    EXPECT_EQ(State(ex)["layout"], "geographic");
    EXPECT_TRUE(ex.Command("layout force").ok);
    EXPECT_TRUE(State(ex)["moving"].get<bool>()) << "the switch is animated";
    for (int i = 0; i < 600 && (!ex.Settled() || ex.Moving()); ++i) ex.Tick(1.0 / 60);
    EXPECT_TRUE(State(ex)["settled"].get<bool>());
    EXPECT_FALSE(State(ex)["moving"].get<bool>());
    ex.Command("select accio");
    EXPECT_TRUE(ex.Command("layout ego").ok);
    EXPECT_FALSE(ex.Command("layout spiral").ok);
}

TEST_F(TinyExplorer, SizeMetricAndPanels) {
    EXPECT_TRUE(ex.Command("size betweenness").ok);
    EXPECT_EQ(State(ex)["sizeBy"], "betweenness");
    int accio = ex.Data().FindActor("accio"), coop = ex.Data().FindActor("coop-ct");
    EXPECT_GT(ex.ActorRadius(accio), ex.ActorRadius(coop)) << "accio lies on the only path through the graph";
    EXPECT_FALSE(ex.Command("size shoe").ok);
    EXPECT_TRUE(ex.Command("panel table on").ok);
    EXPECT_TRUE(State(ex)["panels"]["table"].get<bool>());
}

TEST_F(TinyExplorer, BadFileKeepsTheGoodDataSet) {
    EXPECT_FALSE(ex.LoadFile(Fixture("unknown_actor_id.json")));
    auto s = State(ex);
    EXPECT_EQ(s["dataset"], "tiny");
    EXPECT_EQ(s["actors"], 3);
    EXPECT_GT(s["diagnostics"]["errors"].get<int>(), 0);
}

TEST_F(TinyExplorer, CameraCommandsAndUnknownCommand) {
    double z = ex.View().zoom;
    EXPECT_TRUE(ex.Command("zoom 2").ok);
    EXPECT_NEAR(ex.View().zoom, z * 2, 1e-9);
    auto r = ex.Command("teleport");
    EXPECT_FALSE(r.ok);
    EXPECT_NE(r.message.find("unknown command"), std::string::npos);
    EXPECT_FALSE(ex.Command("").ok);
}

TEST(ExplorerBundled, SilkLoadsAndAccioIsFound) {
    sse::Explorer ex;
    ASSERT_TRUE(ex.LoadFile(std::string(SSE_SOURCE_DIR) + "/data/silk.json"));
    EXPECT_GE(ex.Data().actors.size(), 60u);
    EXPECT_TRUE(ex.Command("search accio").ok);
    EXPECT_EQ(ex.Data().actors[ex.Selected()].id, "accio");
    // Every layout gives finite positions for every actor.
    for (const char* layout : {"levels", "geographic", "force", "ego"}) {
        ASSERT_TRUE(ex.Command(std::string("layout ") + layout).ok) << layout;
        for (int i = 0; i < 2000 && !ex.Settled(); ++i) ex.Tick(1.0 / 60);
        EXPECT_TRUE(ex.Settled()) << layout;
        for (const sse::Vec2& p : ex.Positions()) ASSERT_TRUE(std::isfinite(p.x) && std::isfinite(p.y)) << layout;
    }
}

// Document actions through the command language: the view follows by id, undo and redo go through the same path.
TEST_F(TinyExplorer, EditsKeepTheViewAndUndoRestoresTheData) {
    ASSERT_TRUE(ex.Command("select mites").ok);
    ASSERT_TRUE(ex.Command("filter territory es").ok);
    ASSERT_TRUE(ex.Command("layout force").ok);
    for (int i = 0; i < 400 && !ex.Settled(); ++i) ex.Tick(0.016);
    const sse::Vec2 mites_before = ex.Positions()[1];
    auto r = ex.Command(R"(add actor {"id": "coop-new", "name": "New co-op", "kind": "practitioner", "level": "local", "territory": "es-ct", "confidence": "inferred", "sources": [{"url": "https://example.org/n", "title": "N"}]})");
    ASSERT_TRUE(r.ok) << r.message;
    EXPECT_EQ(r.code, "ok");
    auto s = State(ex);
    EXPECT_EQ(s["actors"], 4);
    EXPECT_EQ(s["selected"], "mites") << "the selection is kept";
    EXPECT_EQ(s["filters"]["territory"], nlohmann::json::array({"es"})) << "the filter is kept";
    EXPECT_EQ(s["layout"], "force");
    EXPECT_EQ(s["document"]["revision"], 2);
    EXPECT_TRUE(s["document"]["dirty"].get<bool>());
    EXPECT_TRUE(s["document"]["canUndo"].get<bool>());
    EXPECT_EQ(s["document"]["undoLabel"], "add actor coop-new");
    const sse::Vec2 mites_after = ex.Positions()[1];
    EXPECT_NEAR(mites_after.x, mites_before.x, 1e-9) << "an existing actor stays where it was";
    EXPECT_NEAR(mites_after.y, mites_before.y, 1e-9);

    r = ex.Command(R"(add link {"id": "accio-new", "from": "accio", "to": "coop-new", "kind": "vertical", "relation": "funding", "direction": "outward", "confidence": "inferred", "sources": [{"url": "https://example.org/n", "title": "N"}]})");
    ASSERT_TRUE(r.ok) << r.message;
    EXPECT_EQ(State(ex)["links"], 3);
    r = ex.Command("delete actor coop-new");
    ASSERT_TRUE(r.ok) << r.message;
    s = State(ex);
    EXPECT_EQ(s["actors"], 3);
    EXPECT_EQ(s["links"], 2) << "its link went with it";
    r = ex.Command("undo");
    ASSERT_TRUE(r.ok) << r.message;
    s = State(ex);
    EXPECT_EQ(s["actors"], 4);
    EXPECT_EQ(s["links"], 3) << "one undo restores the actor and its link";
    EXPECT_EQ(s["document"]["redoLabel"], "delete actor coop-new");
    ASSERT_TRUE(ex.Command("undo").ok);
    ASSERT_TRUE(ex.Command("undo").ok);
    s = State(ex);
    EXPECT_EQ(s["actors"], 3);
    EXPECT_FALSE(s["document"]["dirty"].get<bool>());
    EXPECT_EQ(ex.Command("undo").code, "nothing-to-undo");
    EXPECT_TRUE(ex.Command("redo").ok);
    EXPECT_EQ(State(ex)["actors"], 4);
}

TEST_F(TinyExplorer, RefusedEditsAndOtherFailuresCarryCodes) {
    auto r = ex.Command(R"(add link {"id": "x", "from": "accio", "to": "ghost", "kind": "vertical", "relation": "funding", "direction": "both", "confidence": "inferred", "sources": [{"url": "https://example.org/n", "title": "N"}]})");
    EXPECT_FALSE(r.ok);
    EXPECT_EQ(r.code, "unknown-actor") << "the data format's rule, the same code as in a file";
    EXPECT_NE(r.message.find("ghost"), std::string::npos) << r.message;
    EXPECT_EQ(State(ex)["links"], 2);
    EXPECT_EQ(ex.Command("set actor accio colour \"red\"").code, "unknown-field");
    EXPECT_TRUE(ex.notices.empty()) << "a refused edit is answered, not announced";
    r = ex.Command("set link mites-accio kind \"horizontal\"");  // contradicts the actors' levels: a warning
    EXPECT_TRUE(r.ok) << r.message;
    EXPECT_EQ(nlohmann::json::parse(r.data)["warnings"], nlohmann::json::array({"kind-contradicts-levels"}));
    ASSERT_EQ(ex.notices.size(), 1u);
    EXPECT_NE(ex.notices[0].find("horizontal"), std::string::npos) << ex.notices[0];
    EXPECT_EQ(ex.Command("frobnicate").code, "unknown-command");
    r = ex.Command("filter level galactic");
    EXPECT_EQ(r.code, "bad-filter");
    EXPECT_EQ(nlohmann::json::parse(r.data)["allowed"],
              nlohmann::json::array({"international", "supranational", "national", "regional", "local"}));
    r = ex.Command("filter territory atlantis");
    EXPECT_EQ(nlohmann::json::parse(r.data)["allowed"], nlohmann::json::array({"eu", "es", "es-ct"})) << "the data set's ids";
    EXPECT_EQ(ex.Command("select nobody").code, "unknown-actor");
    EXPECT_EQ(ex.Command("layout sideways").code, "usage");
    EXPECT_EQ(ex.Command("next").code, "no-tour");
    r = ex.Command("locate accio");
    ASSERT_TRUE(r.ok);
    auto xy = nlohmann::json::parse(r.data);
    EXPECT_TRUE(xy["x"].is_number() && xy["y"].is_number()) << r.data;
    r = ex.Command("pick " + std::to_string(xy["x"].get<double>()) + " " + std::to_string(xy["y"].get<double>()));
    EXPECT_EQ(nlohmann::json::parse(r.data)["id"], "accio");
}

TEST_F(TinyExplorer, AStaticLayoutMovesAnActorWhoseLevelChanged) {
    ASSERT_EQ(State(ex)["layout"], "levels");
    const sse::Vec2 accio = ex.Positions()[0], mites = ex.Positions()[1];
    ASSERT_TRUE(ex.Command("set actor accio level \"local\"").ok);
    for (int i = 0; i < 100; ++i) ex.Tick(0.05);
    EXPECT_GT(ex.Positions()[0].y, accio.y + 1) << "accio moved down to the local band";
    EXPECT_NEAR(ex.Positions()[1].x, mites.x, 1e-9) << "mites was not touched";
    EXPECT_NEAR(ex.Positions()[1].y, mites.y, 1e-9);
}

TEST_F(TinyExplorer, EscapeClosesInItsOrderAndNoticesExpire) {
    ASSERT_TRUE(ex.Command("select accio").ok);
    ASSERT_TRUE(ex.Command("help on").ok);
    ASSERT_TRUE(ex.Command("present on").ok);
    EXPECT_EQ(nlohmann::json::parse(ex.Command("escape").data)["closed"], "help");
    EXPECT_EQ(ex.Escape(), "present");
    EXPECT_EQ(ex.DetailsSubject(), "actor:accio");
    EXPECT_EQ(ex.Escape(), "focus");
    EXPECT_EQ(ex.DetailsSubject(), "");
    EXPECT_FALSE(State(ex)["presenting"].get<bool>());
    ex.notices = {"first", "second"};
    ex.Tick(sse::Explorer::NoticeSeconds / 2);
    EXPECT_EQ(ex.notices.size(), 2u);
    ex.Tick(sse::Explorer::NoticeSeconds / 2 + 0.1);
    ASSERT_EQ(ex.notices.size(), 1u);
    EXPECT_EQ(ex.notices[0], "second");
}

TEST(TableFilter, FoldsCaseAndAccentsAsSearchDoes) {
    EXPECT_TRUE(sse::ContainsFolded("ACCIÓ – Catalan Agency", "accio"));
    EXPECT_TRUE(sse::ContainsFolded("Économie sociale", "econ"));
    EXPECT_TRUE(sse::ContainsFolded("anything", ""));
    EXPECT_FALSE(sse::ContainsFolded("ACCIÓ", "acme"));
}

TEST_F(TinyExplorer, CenteringTheViewEndsAFlightInsteadOfFightingIt) {
    ex.View().viewport = {800, 600};
    ex.FitView(false);
    ex.FlyTo(0);  // an animated move towards accio is running
    ASSERT_TRUE(ex.Moving());
    ex.CenterViewOn({123, -45});
    for (int i = 0; i < 60; ++i) ex.Tick(0.05);
    EXPECT_NEAR(ex.View().center.x, 123, 1e-9) << "the flight did not pull the view back";
    EXPECT_NEAR(ex.View().center.y, -45, 1e-9);
}

TEST_F(TinyExplorer, ShareGivesTheViewsLinkOnlyWithABaseAndEscapeClosesItFirst) {
    ASSERT_TRUE(ex.Command("select accio").ok);
    EXPECT_EQ(State(ex)["share"]["open"], false);
    EXPECT_TRUE(State(ex)["share"]["url"].is_null());
    ASSERT_TRUE(ex.Command("share on").ok);
    EXPECT_EQ(State(ex)["share"]["open"], true);
    EXPECT_TRUE(State(ex)["share"]["url"].is_null()) << "no base (a desktop without --share-base): no link";
    ex.share_base = "https://example.org/explorer/index.html";
    const std::string url = State(ex)["share"]["url"];
    EXPECT_EQ(url, "https://example.org/explorer/index.html#" + sse::EncodeViewHash(ex));
    EXPECT_NE(url.find("select=accio"), std::string::npos) << url;
    EXPECT_EQ(ex.Command("share maybe").code, "usage");
    ASSERT_TRUE(ex.Command("help on").ok);
    EXPECT_EQ(ex.Escape(), "share");
    EXPECT_EQ(ex.Escape(), "help");
    EXPECT_EQ(State(ex)["share"]["open"], false);
}

TEST_F(TinyExplorer, TheLevelsBandsTakeTheCanvasHeightItIsGiven) {
    ASSERT_EQ(State(ex)["layout"], "levels");
    ex.SetCanvasAspect(50.0);  // a very tall canvas: the spacing's upper clamp
    const double spacing = ex.BandSpacing();
    EXPECT_DOUBLE_EQ(spacing, 4 * sse::LevelBandY(sse::Level::Supranational));
    for (int i = 0; i < 100; ++i) ex.Tick(0.05);
    const sse::Dataset& d = ex.Data();
    for (size_t a = 0; a < d.actors.size(); ++a)
        EXPECT_NEAR(ex.Positions()[a].y, sse::LevelBandY(d.actors[a].level, spacing), 1e-6) << d.actors[a].id;
    ex.SetCanvasAspect(50.5);  // a change of one percent lays nothing out again
    EXPECT_DOUBLE_EQ(ex.BandSpacing(), spacing);
}
