// view_actions_test.cpp: the territory cue on actors (ring by country, code by the label), reset view and fly-to.
#include "core/territory_cue.h"

#include <gtest/gtest.h>

#include "test_files.h"
#include <nlohmann/json.hpp>

#include "core/explorer.h"

namespace {
using sse::test::Fixture;

// world > eu > es > es-ct > bcn, plus a country straight under the world.
sse::Dataset Territories() {
    sse::Dataset d;
    auto add = [&](const char* id, sse::TerritoryKind kind, int parent) {
        sse::Territory t;
        t.id = id;
        t.kind = kind;
        t.parent = parent;
        d.territories.push_back(t);
    };
    add("world", sse::TerritoryKind::Global, -1);        // 0
    add("eu", sse::TerritoryKind::Supranational, 0);     // 1
    add("es", sse::TerritoryKind::Country, 1);           // 2
    add("es-ct", sse::TerritoryKind::Region, 2);         // 3
    add("es-ct-bcn", sse::TerritoryKind::City, 3);       // 4
    add("kr", sse::TerritoryKind::Country, 0);           // 5
    return d;
}
}  // namespace

TEST(TerritoryCue, CountryOfWalksUpToTheCountry) {
    const sse::Dataset d = Territories();
    EXPECT_EQ(sse::CountryOf(d, 4), 2) << "a city belongs to its region's country";
    EXPECT_EQ(sse::CountryOf(d, 3), 2);
    EXPECT_EQ(sse::CountryOf(d, 2), 2) << "a country is its own";
    EXPECT_EQ(sse::CountryOf(d, 5), 5);
    EXPECT_EQ(sse::CountryOf(d, 1), -1) << "above country level: no country";
    EXPECT_EQ(sse::CountryOf(d, 0), -1);
    EXPECT_EQ(sse::CountryOf(d, -1), -1);
    EXPECT_EQ(sse::CountryOf(d, 99), -1);
}

TEST(TerritoryCue, CodeIsTheIdInCapitalsCutToEight) {
    const sse::Dataset d = Territories();
    EXPECT_EQ(sse::TerritoryCode(d, 3), "ES-CT");
    EXPECT_EQ(sse::TerritoryCode(d, 4), "ES-CT-BC");
    EXPECT_EQ(sse::TerritoryCode(d, -1), "");
}

TEST(TerritoryCue, CountriesGetSlotsInOrderOfFirstActor) {
    sse::Dataset d = Territories();
    for (int territory : {5, 4, 1, 3, 2, 0}) {
        sse::Actor a;
        a.territory = territory;
        d.actors.push_back(a);
    }
    const sse::TerritoryCues cues = sse::ComputeTerritoryCues(d);
    EXPECT_EQ(cues.countries, (std::vector<int>{5, 2})) << "Korea first (first actor), then Spain";
    EXPECT_EQ(cues.country, (std::vector<int>{0, 1, -1, 1, 1, -1}));
    EXPECT_EQ(cues.code, (std::vector<std::string>{"KR", "ES-CT-BC", "EU", "ES-CT", "ES", ""})) << "no code for the world";
}

TEST(TerritoryCue, BundledDataGivesEveryActorBelowTheWorldACode) {
    sse::Explorer ex;
    ASSERT_TRUE(ex.LoadFile(std::string(SSE_SOURCE_DIR) + "/data/silk.json"));
    const sse::TerritoryCues& cues = ex.Cues();
    ASSERT_EQ(cues.code.size(), ex.Data().actors.size());
    int with_country = 0;
    for (size_t a = 0; a < cues.code.size(); ++a) {
        const bool global = ex.Data().territories[ex.Data().actors[a].territory].kind == sse::TerritoryKind::Global;
        EXPECT_EQ(cues.code[a].empty(), global) << ex.Data().actors[a].id;
        if (cues.country[a] >= 0) {
            ++with_country;
            const int t = cues.countries[cues.country[a]];
            EXPECT_EQ(ex.Data().territories[t].kind, sse::TerritoryKind::Country);
        }
    }
    // National, regional and local actors all sit in a country; international ones do not.
    int below_country = 0;
    for (const sse::Actor& a : ex.Data().actors)
        below_country += a.level == sse::Level::National || a.level == sse::Level::Regional || a.level == sse::Level::Local;
    EXPECT_GE(with_country, below_country);
    EXPECT_GE(cues.countries.size(), 8u);
}

TEST(TerritoryCue, CommandTogglesAndStateReports) {
    sse::Explorer ex;
    ASSERT_TRUE(ex.LoadFile(Fixture("tiny_valid.json")));
    EXPECT_TRUE(nlohmann::json::parse(ex.StateJson())["territoryCue"].get<bool>()) << "on by default";
    EXPECT_TRUE(ex.Command("territory-cue off").ok);
    EXPECT_FALSE(nlohmann::json::parse(ex.StateJson())["territoryCue"].get<bool>());
    EXPECT_FALSE(ex.Command("territory-cue maybe").ok);
    EXPECT_FALSE(ex.presentation.territory_cue) << "a failed command changes nothing";
    EXPECT_TRUE(ex.Command("territory-cue on").ok);
    EXPECT_TRUE(ex.presentation.territory_cue);
}

TEST(ResetView, UndoesDragsAndFitsEverything) {
    sse::Explorer ex;
    ex.reduced_motion = true;
    ASSERT_TRUE(ex.LoadFile(std::string(SSE_SOURCE_DIR) + "/data/silk.json"));
    for (const char* layout : {"levels", "force"}) {
        ASSERT_TRUE(ex.Command(std::string("layout ") + layout).ok);
        for (int i = 0; i < 5000 && ex.Tick(1.0 / 60); ++i) {}
        ASSERT_TRUE(ex.Settled()) << layout;
        const std::vector<sse::Vec2> before = ex.Positions();
        const sse::Camera fitted = ex.View();
        ex.MoveActor(3, {before[3].x + 5000, before[3].y - 5000});
        ex.View().zoom *= 4;
        ex.View().center = {123, 456};
        ASSERT_TRUE(ex.Command("reset-view").ok);
        for (int i = 0; i < 5000 && ex.Tick(1.0 / 60); ++i) {}
        ASSERT_TRUE(ex.Settled()) << layout;
        // Seeded layouts: the same data gives the same picture, so the dragged actor is back.
        for (size_t a = 0; a < before.size(); ++a) {
            EXPECT_NEAR(ex.Positions()[a].x, before[a].x, 1e-6) << layout << " actor " << a;
            EXPECT_NEAR(ex.Positions()[a].y, before[a].y, 1e-6) << layout << " actor " << a;
        }
        EXPECT_NEAR(ex.View().zoom, fitted.zoom, 1e-9) << layout;
        EXPECT_NEAR(ex.View().center.x, fitted.center.x, 1e-6) << layout;
        EXPECT_NEAR(ex.View().center.y, fitted.center.y, 1e-6) << layout;
    }
}

// Selecting opens the details panel a frame after the flight starts: the flight must land with the actor in
// the middle of what is still uncovered, not under the new panel.
TEST(FlyTo, ReaimsWhenAPanelOpensDuringTheFlight) {
    for (bool reduced : {false, true}) {
        sse::Explorer ex;
        ex.reduced_motion = reduced;
        ASSERT_TRUE(ex.LoadFile(std::string(SSE_SOURCE_DIR) + "/data/silk.json"));
        sse::Camera& cam = ex.View();
        cam.viewport = {1280, 800};
        cam.inset_left = 300;
        ex.ApplyPendingFit();
        ASSERT_TRUE(ex.Command("search accio").ok);
        ex.Tick(1.0 / 60);
        cam.inset_right = 380;  // the details panel appears
        for (int i = 0; i < 600; ++i) {
            ex.ApplyPendingFit();
            if (!ex.Tick(1.0 / 60) && i > 5) break;
        }
        const sse::Vec2 at = cam.WorldToScreen(ex.Positions()[ex.Selected()]);
        EXPECT_NEAR(at.x, 300 + (1280 - 300 - 380) / 2.0, 1.0) << (reduced ? "reduced motion" : "animated");
        EXPECT_NEAR(at.y, 400, 1.0);
        // A later move (fit) is not pulled back to the actor.
        ASSERT_TRUE(ex.Command("fit").ok);
        cam.inset_right = 0;
        for (int i = 0; i < 600; ++i) {
            ex.ApplyPendingFit();
            if (!ex.Tick(1.0 / 60) && i > 5) break;
        }
        EXPECT_GT(std::abs(cam.WorldToScreen(ex.Positions()[ex.Selected()]).x - 790), 5.0) << "fit was re-aimed at the actor";
    }
}

// Start-up commands (desktop --command, a link without a camera) run before the UI reports its panels: a fit
// then must be redone once their sizes are known, and a camera set explicitly must not be.
TEST(FitView, BeforeTheFirstFrameIsRedoneWithThePanels) {
    sse::Explorer ex;  // animated: the first fit is still running when the panels' sizes arrive
    ASSERT_TRUE(ex.LoadFile(std::string(SSE_SOURCE_DIR) + "/data/silk.json"));
    ASSERT_TRUE(ex.Command("layout geographic").ok);
    ASSERT_TRUE(ex.Command("fit").ok);
    ex.View().inset_left = 300;  // the first frame: the sidebar is there
    ex.ApplyPendingFit();
    for (int i = 0; i < 600 && ex.Tick(1.0 / 60); ++i) ex.ApplyPendingFit();
    const sse::Camera& cam = ex.View();
    // Every visible actor lies right of the sidebar.
    for (int a = 0; a < (int)ex.Positions().size(); ++a) {
        if (!ex.ActorVisible(a)) continue;
        EXPECT_GE(cam.WorldToScreen(ex.Positions()[a]).x, 300.0) << ex.Data().actors[a].id;
    }

    sse::Explorer ex2;
    ex2.reduced_motion = true;
    ASSERT_TRUE(ex2.LoadFile(std::string(SSE_SOURCE_DIR) + "/data/silk.json"));
    ASSERT_TRUE(ex2.Command("camera 10 20 2").ok);
    ex2.View().inset_left = 300;
    ex2.ApplyPendingFit();
    EXPECT_EQ(ex2.View().center.x, 10);
    EXPECT_EQ(ex2.View().zoom, 2) << "an explicit camera was overridden by a fit";
}
