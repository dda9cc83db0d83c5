// view_action_test.cpp: view actions parse from their command text and print back to it; the command language
// and the typed actions do the same thing; every verb the help lists is understood.
#include "core/view_action.h"

#include <random>
#include <set>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "core/explorer.h"
#include "core/filter.h"
#include "core/layouts.h"
#include "core/metrics.h"
#include "test_files.h"

namespace {
using sse::ViewAction;
using sse::ViewVerb;

// One command per form of every view verb.
const char* const kCommands[] = {
    "select accio", "select none", "goto accio", "search la red", "layout levels", "layout ego accio", "layout force", "focus 2",
    "filter level national,regional", "filter clear", "filter years 2016-2026", "showcase on", "hide-isolated off",
    "case c1", "case none", "recommendation none", "size betweenness", "tour t1", "tour none", "step 3", "next",
    "prev", "first", "last", "autoplay 5", "autoplay off", "present on", "pointer off", "share on", "help",
    "help on", "welcome off", "scale 150", "theme high-contrast", "reduced-motion on", "original off",
    "territory-cue on", "panel table on", "panel details off", "touch on", "fit", "reset-view",
    "camera 12.5 -3 0.75", "zoom 2", "zoom 1.25 640 400.5", "pan -40 12", "locate accio", "pick 100 200", "clear", "escape",
    "select-add accio", "move accio -120.5 33", "centre 10 -20",
};

ViewAction Parsed(const std::string& text) {
    const sse::ViewParse p = sse::ParseViewCommand(text);
    EXPECT_TRUE(p.ok) << text << ": " << p.message;
    return p.action;
}
}  // namespace

TEST(ViewAction, EveryCommandPrintsBackAsItself) {
    std::set<ViewVerb> seen;
    for (const char* text : kCommands) {
        const ViewAction a = Parsed(text);
        seen.insert(a.verb);
        EXPECT_EQ(sse::ToCommand(a), text);
        EXPECT_EQ(Parsed(sse::ToCommand(a)), a) << text;
    }
    EXPECT_EQ((int)seen.size(), sse::ViewVerbCount) << "the list above covers every verb";
}

TEST(ViewAction, EveryVerbIsSpeltInTheCommandTable) {
    for (int i = 0; i < sse::ViewVerbCount; ++i) {
        const char* word = sse::VerbName(static_cast<ViewVerb>(i));
        const sse::CommandVerb* row = sse::FindCommandVerb(word);
        ASSERT_NE(row, nullptr) << word << " is missing from CommandVerbs (help, dictionaries)";
        EXPECT_FALSE(row->edits_data) << word;
    }
}

TEST(ViewAction, RandomActionsSurviveTheirText) {
    std::mt19937 rng(7);
    std::uniform_real_distribution<double> coord(-1e6, 1e6), zoom(1e-4, 50);
    for (int i = 0; i < 500; ++i) {
        ViewAction a = sse::Act(ViewVerb::Camera);
        a.x = coord(rng);
        a.y = coord(rng);
        a.z = zoom(rng);
        EXPECT_EQ(Parsed(sse::ToCommand(a)), a) << sse::ToCommand(a);
        ViewAction p = sse::Act(ViewVerb::Pan);
        p.x = coord(rng);
        p.y = -coord(rng);
        EXPECT_EQ(Parsed(sse::ToCommand(p)), p) << sse::ToCommand(p);
    }
    for (int k = 0; k < sse::TableOf<sse::FilterField>().count; ++k) {
        ViewAction f = sse::ActNumber(ViewVerb::Filter, k);
        f.text = "all";
        EXPECT_EQ(Parsed(sse::ToCommand(f)), f);
    }
}

TEST(ViewAction, BadCommandsAreRefusedWithACode) {
    const std::pair<const char*, const char*> cases[] = {
        {"camera 1 2 0", "usage"},     {"camera 1 2 nan", "usage"}, {"zoom 2x", "usage"},
        {"layout sideways", "usage"},  {"layout force x", "usage"}, {"focus 123", "usage"},
        {"filter colour red", "bad-filter"}, {"filter kind", "usage"}, {"showcase maybe", "usage"},
        {"scale 99", "usage"},         {"scale 251", "usage"},      {"theme pink", "usage"},
        {"panel drawer on", "usage"},  {"next 2", "usage"},         {"autoplay 1", "usage"},
        {"frobnicate", "unknown-command"}, {"", "usage"},
    };
    for (const auto& [text, code] : cases) {
        const sse::ViewParse p = sse::ParseViewCommand(text);
        EXPECT_FALSE(p.ok) << text;
        EXPECT_EQ(p.code, code) << text << ": " << p.message;
        EXPECT_FALSE(p.message.empty()) << text;
    }
}

TEST(ViewAction, TypedActionsAndTheirTextChangeTheViewAlike) {
    sse::Explorer by_text, by_action;
    ASSERT_TRUE(by_text.LoadFile(sse::test::Fixture("tiny_valid.json")));
    ASSERT_TRUE(by_action.LoadFile(sse::test::Fixture("tiny_valid.json")));
    ViewAction layout = sse::ActNumber(ViewVerb::Layout, static_cast<int>(sse::LayoutKind::Force));
    ViewAction camera = sse::Act(ViewVerb::Camera);
    camera.x = 10;
    camera.y = -5;
    camera.z = 1.5;
    const ViewAction actions[] = {
        sse::Act(ViewVerb::Select, std::string("accio")), sse::ActNumber(ViewVerb::Focus, 2), layout,
        sse::Act(ViewVerb::Showcase, true), sse::ActNumber(ViewVerb::Theme, static_cast<int>(sse::Theme::Dark)),
        sse::ActPanel(sse::Panel::Table, true), camera,
    };
    for (const ViewAction& a : actions) {
        const sse::CommandResult t = by_text.Command(sse::ToCommand(a));
        const sse::CommandResult b = by_action.Apply(a);
        EXPECT_EQ(t.ok, b.ok) << sse::ToCommand(a);
        EXPECT_EQ(t.code, b.code);
        EXPECT_EQ(t.message, b.message);
    }
    nlohmann::json s1 = nlohmann::json::parse(by_text.StateJson()), s2 = nlohmann::json::parse(by_action.StateJson());
    s1.erase("frames");
    s2.erase("frames");
    EXPECT_EQ(s1, s2);
    EXPECT_EQ(s2["selected"], "accio");
    EXPECT_EQ(s2["layout"], "force");
}

TEST(ViewAction, ApplyChecksWhatTheParserCannot) {
    sse::Explorer ex;
    ASSERT_TRUE(ex.LoadFile(sse::test::Fixture("tiny_valid.json")));
    EXPECT_EQ(ex.Apply(sse::Act(ViewVerb::Select, std::string("nobody"))).code, "unknown-actor");
    EXPECT_EQ(ex.Apply(sse::Act(ViewVerb::Case, std::string("nothing"))).code, "unknown-case");
    EXPECT_EQ(ex.Apply(sse::Act(ViewVerb::Next)).code, "no-tour");
    EXPECT_EQ(ex.Apply(sse::ActNumber(ViewVerb::Focus, 9)).code, "usage");
    EXPECT_EQ(ex.Apply(sse::ActNumber(ViewVerb::Layout, static_cast<int>(sse::LayoutKind::Ego))).code, "no-selection");
}

TEST(ViewAction, EveryVerbInTheHelpIsUnderstood) {
    sse::Explorer ex;
    ASSERT_TRUE(ex.LoadFile(sse::test::Fixture("tiny_valid.json")));
    for (const sse::CommandVerb& v : sse::CommandVerbs()) {
        const sse::CommandResult r = ex.Command(v.verb);
        EXPECT_NE(r.code, "unknown-command") << v.verb << " is in the help but no interpreter knows it";
    }
}

TEST(ViewAction, SidebarFilterChangesBecomeActions) {
    sse::Explorer ex;
    ASSERT_TRUE(ex.LoadFile(sse::test::Fixture("tiny_valid.json")));
    sse::FilterState to = ex.Filter();
    ASSERT_TRUE(to.Empty());
    to.showcase = !to.showcase;
    to.levels.push_back(static_cast<int>(sse::Level::National));
    std::vector<ViewAction> actions = sse::FilterActions(ex.Data(), ex.Filter(), to);
    ASSERT_EQ(actions.size(), 2u);
    EXPECT_EQ(sse::ToCommand(actions[0]), std::string("showcase ") + (to.showcase ? "on" : "off"));
    EXPECT_EQ(sse::ToCommand(actions[1]), "filter level national");
    for (const ViewAction& a : actions) EXPECT_TRUE(ex.Apply(a).ok);
    EXPECT_EQ(sse::FilterFieldText(ex.Filter(), ex.Data(), sse::FilterField::Level), "national");
    // Unticking the last box gives the field back ("all"); clearing everything is one action.
    sse::FilterState none = ex.Filter();
    none.levels.clear();
    actions = sse::FilterActions(ex.Data(), ex.Filter(), none);
    ASSERT_EQ(actions.size(), 1u);
    EXPECT_EQ(sse::ToCommand(actions[0]), "filter clear");
    EXPECT_TRUE(ex.Apply(actions[0]).ok);
    EXPECT_TRUE(ex.Filter().Empty());
}
