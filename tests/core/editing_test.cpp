// editing_test.cpp: edit mode's gestures in core (issue 16): a double-click's actor and a drag's link are valid in
// the bundled data set (strict provenance) and in a user's, deleting the selection takes its links and is one
// undo step, File -> New, record-step, save, and the restore of an autosaved map.
#include <cstdio>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "core/dataset_loader.h"
#include "core/dataset_writer.h"
#include "core/edit_defaults.h"
#include "core/explorer.h"
#include "test_files.h"

namespace {

sse::Explorer Silk() {
    sse::Explorer ex;
    EXPECT_TRUE(ex.LoadFile(sse::test::SourcePath("data/silk.json")));
    return ex;
}

nlohmann::json State(const sse::Explorer& ex) { return nlohmann::json::parse(ex.StateJson()); }

// The document as a file would be read: no errors (warnings allowed), as the monkey's invariant.
void ExpectValid(const sse::Explorer& ex) {
    sse::LoadResult r = sse::LoadDataset(sse::WriteDataset(ex.Data()), "check");
    EXPECT_TRUE(r.ok) << (r.diagnostics.empty() ? "" : r.diagnostics[0].message);
}

TEST(EditDefaults, UniqueIdsAreSlugsThatAvoidTakenOnes) {
    sse::Explorer ex = Silk();
    EXPECT_EQ(sse::UniqueId(ex.Data(), sse::ElementKind::Actor, "New actor"), "new-actor");
    EXPECT_EQ(sse::UniqueId(ex.Data(), sse::ElementKind::Actor, "accio"), "accio-2");
    EXPECT_EQ(sse::UniqueId(ex.Data(), sse::ElementKind::Actor, "ÀÉ  !!"), "item");
}

TEST(EditDefaults, NewActorAndLinkPassTheBundledDataSetsStrictRules) {
    sse::Explorer ex = Silk();
    ASSERT_EQ(ex.Data().id, "silk");
    std::string a, b, l;
    sse::EditOutcome o = ex.CreateActorAt({10, 20}, &a);
    ASSERT_TRUE(o.ok) << o.message;
    EXPECT_TRUE(o.warnings.empty()) << o.warnings[0].message;  // no missing-reasoning, not even as a warning
    EXPECT_EQ(a, "new-actor");
    ASSERT_TRUE(ex.CreateActorAt({300, 20}, &b).ok);
    EXPECT_EQ(b, "new-actor-2");
    o = ex.CreateLink(ex.Data().FindActor(a), ex.Data().FindActor(b), sse::Relation::Funding, &l);
    ASSERT_TRUE(o.ok) << o.message;
    EXPECT_TRUE(o.warnings.empty());
    const sse::Link& link = ex.Data().links.back();
    EXPECT_EQ(link.id, l);
    EXPECT_EQ(link.relation, sse::Relation::Funding);
    ExpectValid(ex);
}

TEST(EditDefaults, LinkKindFollowsTheLevels) {
    sse::Explorer ex = Silk();
    const sse::Dataset& d = ex.Data();
    int local = -1, national = -1, local2 = -1;
    for (int i = 0; i < (int)d.actors.size(); ++i) {
        if (d.actors[i].level == sse::Level::Local) {
            if (local < 0) local = i;
            else if (local2 < 0) local2 = i;
        }
        if (d.actors[i].level == sse::Level::National && national < 0) national = i;
    }
    ASSERT_GE(local, 0);
    ASSERT_GE(national, 0);
    EXPECT_EQ(sse::NewLinkJson(d, "x", local, national, sse::Relation::Funding)["kind"], "vertical");
    ASSERT_GE(local2, 0);
    EXPECT_EQ(sse::NewLinkJson(d, "x", local, local2, sse::Relation::Funding)["kind"], "horizontal");
}

TEST(Editing, DoubleClickActorGoesWhereAskedAtTheBandsLevelAndIsSelected) {
    sse::Explorer ex = Silk();
    ex.SetLayout(sse::LayoutKind::Levels);
    const sse::Vec2 at{123, sse::LevelBandY(sse::Level::Regional) + 10};
    std::string id;
    ASSERT_TRUE(ex.CreateActorAt(at, &id).ok);
    const int a = ex.Data().FindActor(id);
    EXPECT_EQ(ex.Data().actors[a].level, sse::Level::Regional);
    EXPECT_EQ(ex.Selected(), a);
    EXPECT_DOUBLE_EQ(ex.Positions()[a].x, at.x);
    EXPECT_DOUBLE_EQ(ex.Positions()[a].y, at.y);
    EXPECT_EQ(ex.Doc().UndoLabel(), "add actor " + id);
    ASSERT_TRUE(ex.Undo().ok);  // Esc on the name box
    EXPECT_LT(ex.Data().FindActor(id), 0);
}

TEST(Editing, DeleteSelectionTakesTheLinksAndIsOneUndoStep) {
    sse::Explorer ex = Silk();
    const std::string before = sse::WriteDataset(ex.Data());
    ASSERT_TRUE(ex.Command("select accio").ok);
    ASSERT_TRUE(ex.Command("select-add coopcycle").ok);
    EXPECT_EQ(State(ex)["selection"], nlohmann::json::array({"accio", "coopcycle"}));
    int expected_links = 0;
    for (const sse::Link& l : ex.Data().links)
        if (l.from_id == "accio" || l.to_id == "accio" || l.from_id == "coopcycle" || l.to_id == "coopcycle") ++expected_links;
    sse::CommandResult r = ex.Command("delete-selection");
    ASSERT_TRUE(r.ok) << r.message;
    nlohmann::json data = nlohmann::json::parse(sse::CommandResultJson(r));
    EXPECT_EQ(data["actors"], 2);
    EXPECT_EQ(data["links"], expected_links);
    EXPECT_LT(ex.Data().FindActor("accio"), 0);
    for (const sse::Link& l : ex.Data().links) EXPECT_NE(l.from_id, "accio");
    EXPECT_TRUE(State(ex)["selection"].empty());
    ExpectValid(ex);
    ASSERT_TRUE(ex.Command("undo").ok);
    EXPECT_EQ(sse::WriteDataset(ex.Data()), before);
    EXPECT_FALSE(ex.Doc().CanUndo());
}

TEST(Editing, SelectAddTogglesAndAPlainSelectStartsAgain) {
    sse::Explorer ex = Silk();
    EXPECT_EQ(ex.Command("select-add accio").code, "ok");
    EXPECT_EQ(ex.Command("select-add coopcycle").code, "ok");
    EXPECT_EQ(State(ex)["selection"].size(), 2u);
    ex.Command("select-add accio");  // the primary taken out: the next one takes its place
    EXPECT_EQ(State(ex)["selection"], nlohmann::json::array({"coopcycle"}));
    EXPECT_EQ(State(ex)["selected"], "coopcycle");
    ex.Command("select-add accio");
    ex.Command("select accio");
    EXPECT_EQ(State(ex)["selection"], nlohmann::json::array({"accio"}));
    EXPECT_EQ(ex.Command("select-add nobody").code, "unknown-actor");
}

TEST(Editing, CommandsEditMoveAndTheirRefusals) {
    sse::Explorer ex = Silk();
    EXPECT_FALSE(State(ex)["editing"].get<bool>());
    EXPECT_EQ(ex.Command("edit on").code, "ok");
    EXPECT_TRUE(State(ex)["editing"].get<bool>());
    EXPECT_EQ(ex.Command("edit maybe").code, "usage");
    EXPECT_EQ(ex.Command("move accio 5 6").code, "ok");
    const int a = ex.Data().FindActor("accio");
    EXPECT_DOUBLE_EQ(ex.Positions()[a].x, 5);
    EXPECT_EQ(ex.Command("move accio nan 6").code, "usage");
    EXPECT_EQ(ex.Command("move accio 1e308 6").code, "usage");  // framing it would overflow the camera
    EXPECT_EQ(ex.Command("create-actor 0 -1e300").code, "usage");
    EXPECT_EQ(ex.Command("move nobody 1 2").code, "unknown-actor");
    EXPECT_EQ(ex.Command("link accio accio").code, "self-link");
    EXPECT_EQ(ex.Command("link accio coopcycle nonsense").code, "usage");
    EXPECT_EQ(ex.Command("delete-selection").code, "no-selection");
    EXPECT_EQ(ex.Command("save").code, "no-file-access");  // only the desktop app allows files
    EXPECT_FALSE(ex.Doc().CanUndo());
}

TEST(Editing, NewMapIsEmptyAndItsFirstActorBringsATerritory) {
    sse::Explorer ex = Silk();
    const std::string before = sse::WriteDataset(ex.Data());
    sse::CommandResult r = ex.Command("new Workshop 12 May");
    ASSERT_TRUE(r.ok) << r.message;
    EXPECT_EQ(ex.Data().title, "Workshop 12 May");
    EXPECT_TRUE(ex.Data().actors.empty());
    EXPECT_TRUE(ex.Data().territories.empty());
    EXPECT_TRUE(ex.Data().tours.empty());
    r = ex.Command("create-actor 0 0");
    ASSERT_TRUE(r.ok) << r.message;
    EXPECT_EQ(ex.Data().actors.size(), 1u);
    EXPECT_EQ(ex.Data().territories.size(), 1u);
    EXPECT_EQ(ex.Data().actors[0].sources[0].url, "https://example.org/");  // nothing to borrow: a visible placeholder
    ExpectValid(ex);
    ASSERT_TRUE(ex.Command("create-actor 100 0").ok);
    ASSERT_TRUE(ex.Command("link new-actor new-actor-2").ok);
    ExpectValid(ex);
    while (ex.Doc().CanUndo()) ASSERT_TRUE(ex.Undo().ok);
    EXPECT_EQ(sse::WriteDataset(ex.Data()), before);
}

TEST(Editing, RecordStepCapturesTheViewAndPlaysBack) {
    sse::Explorer ex = Silk();
    ex.Command("layout geographic");
    ex.Command("filter level national,regional");
    ex.Command("showcase off");
    ex.Command("select accio");
    ex.Command("select-add coopcycle");
    ex.Command("camera 10 20 1.5");
    sse::CommandResult r = ex.Command("record-step");
    ASSERT_TRUE(r.ok) << r.message;
    nlohmann::json s = State(ex);
    const std::string tour = s["editTour"];
    EXPECT_EQ(s["tour"]["id"], tour);
    EXPECT_EQ(s["tour"]["steps"], 1);
    ex.Command("case none");
    ex.Command("filter clear");
    ex.Command("layout levels");
    ASSERT_TRUE(ex.Command("record-step").ok);
    ASSERT_TRUE(ex.Command("record-step").ok);
    const sse::Tour& t = ex.Data().tours.back();
    ASSERT_EQ(t.steps.size(), 3u);
    const sse::TourStep& first = t.steps[0];
    EXPECT_EQ(first.layout, (int)sse::LayoutKind::Geographic);
    EXPECT_FALSE(first.showcase);
    EXPECT_EQ(first.actor_ids, (std::vector<std::string>{"accio", "coopcycle"}));
    EXPECT_EQ(first.camera, sse::TourStep::CameraMode::Explicit);
    EXPECT_DOUBLE_EQ(first.camera_x, 10);
    EXPECT_DOUBLE_EQ(first.camera_zoom, 1.5);
    ASSERT_EQ(first.filters.size(), 1u);
    EXPECT_EQ(first.filters[0].first, "level");
    ExpectValid(ex);
    // Plays like any tour: step 1 brings back its layout and filter.
    ASSERT_TRUE(ex.Command("tour " + tour).ok);
    s = State(ex);
    EXPECT_EQ(s["layout"], "geographic");
    EXPECT_EQ(s["filters"]["level"], nlohmann::json::array({"national", "regional"}));
    EXPECT_FALSE(s["filters"]["showcase"].get<bool>());
}

TEST(Editing, SaveWritesAValidFileAndClearsDirty) {
    sse::Explorer ex = Silk();
    ex.file_access = true;
    ASSERT_TRUE(ex.Command("create-actor 0 0").ok);
    EXPECT_TRUE(ex.Doc().Dirty());
    EXPECT_EQ(ex.Command("save").code, "needs-path");  // the bundled file is never overwritten
    const std::string path = testing::TempDir() + "editing_test_saved.json";
    sse::CommandResult r = ex.Command("save " + path);
    ASSERT_TRUE(r.ok) << r.message;
    EXPECT_FALSE(ex.Doc().Dirty());
    nlohmann::json s = State(ex);
    EXPECT_TRUE(s["document"]["savedAt"].is_string());
    sse::LoadResult back = sse::LoadDataset(sse::test::ReadFile(path), path);
    ASSERT_TRUE(back.ok);
    EXPECT_GE(back.dataset.FindActor("new-actor"), 0);
    ASSERT_TRUE(ex.Command("create-actor 5 0").ok);
    EXPECT_TRUE(ex.Command("save").ok);  // now it has a file of its own
    EXPECT_EQ(ex.Command("save /nonexistent-dir/x.json").code, "save-failed");
    std::remove(path.c_str());
}

TEST(Editing, RestoreAutosaveKeepOrDiscard) {
    sse::Explorer source = Silk();
    ASSERT_TRUE(source.Command("create-actor 0 0").ok);
    const std::string stored = sse::WriteDataset(source.Data());
    sse::Explorer ex = Silk();
    EXPECT_EQ(ex.RestoreAutosave("{not json", "14:32"), "the stored map is not readable JSON");
    ASSERT_EQ(ex.RestoreAutosave(stored, "14:32"), "");
    nlohmann::json s = State(ex);
    EXPECT_TRUE(s["document"]["restored"].get<bool>());
    EXPECT_TRUE(s["document"]["dirty"].get<bool>());
    EXPECT_EQ(s["document"]["savedAt"], "14:32");
    EXPECT_GE(ex.Data().FindActor("new-actor"), 0);
    EXPECT_EQ(ex.Command("restore discard").code, "ok");
    EXPECT_LT(ex.Data().FindActor("new-actor"), 0);
    EXPECT_FALSE(State(ex)["document"]["restored"].get<bool>());
    EXPECT_EQ(ex.Command("restore keep").code, "no-change");
}

}  // namespace

namespace {

TEST(Editing, CheckSaysWhatApplyWouldSayAndChangesNothing) {
    sse::Explorer ex = Silk();
    sse::DocumentEdit e;
    e.op = sse::DocumentEdit::Op::Set;
    e.element = sse::ElementKind::Actor;
    e.id = "accio";
    e.field = "website";
    e.json = "\"www.accio.cat\"";
    const int revision = ex.Doc().Revision();
    sse::EditOutcome c = ex.CheckEdit(e);
    EXPECT_FALSE(c.ok);
    EXPECT_EQ(c.code, "bad-url");
    EXPECT_NE(c.message.find("did you mean 'https://www.accio.cat'"), std::string::npos) << c.message;
    EXPECT_EQ(ex.Doc().Revision(), revision);
    EXPECT_EQ(ex.ApplyEdit(e).code, c.code);
    e.json = "\"https://www.accio.cat\"";
    EXPECT_TRUE(ex.CheckEdit(e).ok);
    EXPECT_FALSE(ex.Doc().CanUndo());
}

}  // namespace

namespace {

TEST(Editing, StepsAreMovedAndReRecorded) {
    sse::Explorer ex = Silk();
    ex.Command("layout levels");
    ASSERT_TRUE(ex.Command("record-step").ok);
    ex.Command("layout geographic");
    ASSERT_TRUE(ex.Command("record-step").ok);
    ASSERT_TRUE(ex.Command("set step " + ex.edit_tour + " 2 title \"Map\"").ok);
    EXPECT_EQ(ex.Command("move-step 2 1").code, "ok");
    const sse::Tour& t = ex.Data().tours.back();
    EXPECT_EQ(t.steps[0].title, "Map");
    EXPECT_EQ(t.steps[0].layout, (int)sse::LayoutKind::Geographic);
    EXPECT_EQ(nlohmann::json::parse(ex.StateJson())["tour"]["step"], 1);  // the tour follows the moved step
    EXPECT_EQ(ex.Command("move-step 1 9").code, "unknown-step");
    ex.Command("layout force");
    ASSERT_TRUE(ex.Command("rerecord-step 1").ok);
    EXPECT_EQ(ex.Data().tours.back().steps[0].title, "Map");  // title kept
    EXPECT_EQ(ex.Data().tours.back().steps[0].layout, (int)sse::LayoutKind::Force);
    ExpectValid(ex);
    ASSERT_TRUE(ex.Command("undo").ok);
    EXPECT_EQ(ex.Data().tours.back().steps[0].layout, (int)sse::LayoutKind::Geographic);
}

}  // namespace

namespace {

TEST(Editing, ANewNameLeavesAnActorWhereTheUserPutItALevelChangeMovesIt) {
    sse::Explorer ex = Silk();
    ex.SetLayout(sse::LayoutKind::Levels);
    std::string id;
    ASSERT_TRUE(ex.CreateActorAt({77, sse::LevelBandY(sse::Level::Local)}, &id).ok);
    ASSERT_TRUE(ex.Command("set actor " + id + " name \"Coop Alpha\"").ok);
    for (int i = 0; i < 100; ++i) ex.Tick(0.05);
    const int a = ex.Data().FindActor(id);
    EXPECT_DOUBLE_EQ(ex.Positions()[a].x, 77);
    ASSERT_TRUE(ex.Command("set actor " + id + " level \"national\"").ok);
    for (int i = 0; i < 100; ++i) ex.Tick(0.05);
    EXPECT_DOUBLE_EQ(ex.Positions()[a].y, sse::LevelBandY(sse::Level::National));
}

}  // namespace

// A fuzz finding (fuzz_command, "record-step" alone): undoing a recorded step must give the data back byte for byte.
TEST(Editing, UndoingARecordedStepRestoresTheDataExactly) {
    for (const char* file : {"data/silk.json", "tests/data/tour_valid.json", "tests/data/tiny_valid.json"}) {
    sse::Explorer ex;
    ASSERT_TRUE(ex.LoadFile(sse::test::SourcePath(file)));
    const std::string before = sse::WriteDataset(ex.Data());
    ASSERT_TRUE(ex.Command("record-step").ok) << file;
    while (ex.Doc().CanUndo()) ASSERT_TRUE(ex.Undo().ok);
    const std::string after = sse::WriteDataset(ex.Data());
    if (after != before) {
        size_t i = 0;
        while (i < after.size() && i < before.size() && after[i] == before[i]) ++i;
        ADD_FAILURE() << "first difference at byte " << i << ":\nbefore: " << before.substr(i > 200 ? i - 200 : 0, 400)
                      << "\nafter:  " << after.substr(i > 200 ? i - 200 : 0, 400) << "\n(" << file << ")";
    }
    }
}

namespace {

// `validate` answers with the whole document's error count and codes; `check-edits on` checks after every change
// (edit, undo, redo) and counts them in state().editCheck, naming the first change that left the data invalid.
TEST(ValidateCommand, ChecksTheWholeDocumentAndEveryChangeWhileOn) {
    sse::Explorer ex = Silk();
    sse::CommandResult r = ex.Command("validate");
    EXPECT_TRUE(r.ok) << r.message;
    EXPECT_EQ(nlohmann::json::parse(sse::CommandResultJson(r))["errors"], 0);
    EXPECT_TRUE(State(ex)["editCheck"].is_null());
    EXPECT_FALSE(ex.Command("check-edits maybe").ok);

    ASSERT_TRUE(ex.Command("check-edits on").ok);
    ASSERT_TRUE(ex.Command("delete actor accio").ok);
    ASSERT_TRUE(ex.Command("undo").ok);
    ASSERT_TRUE(ex.Command("redo").ok);
    nlohmann::json check = State(ex)["editCheck"];
    EXPECT_EQ(check["checked"], 3);
    EXPECT_EQ(check["invalid"], 0);
    EXPECT_TRUE(check["first"].is_null());

    // A change that would make the document invalid is refused before it happens (Document::Commit runs the same
    // rules on the candidate), so the counter only moves for changes that were applied.
    nlohmann::json content = nlohmann::json::parse(sse::WriteDataset(ex.Data()));
    content["actors"][0]["territory"] = "nowhere-land";
    EXPECT_FALSE(ex.ReplaceContent(content, "replace").ok);
    check = State(ex)["editCheck"];
    EXPECT_EQ(check["checked"], 3);
    EXPECT_TRUE(ex.Command("validate").ok);
    ASSERT_TRUE(ex.Command("check-edits off").ok);
    EXPECT_TRUE(State(ex)["editCheck"].is_null());
}

}  // namespace

namespace {

// The rubber band: select-box adds every visible actor drawn inside the box (canvas pixels) to the selection.
TEST(SelectBox, AddsTheActorsDrawnInsideTheBox) {
    sse::Explorer ex = Silk();
    ex.View().viewport = {1280, 800};
    ex.FitView(false);
    auto at = [&](const char* id) {
        nlohmann::json r = nlohmann::json::parse(sse::CommandResultJson(ex.Command(std::string("locate ") + id)));
        return std::pair<double, double>{r["x"].get<double>(), r["y"].get<double>()};
    };
    const auto [x, y] = at("accio");
    ASSERT_TRUE(ex.Command("select none").ok);
    sse::CommandResult r = ex.Command("select-box " + std::to_string(x - 2) + " " + std::to_string(y - 2) + " " +
                                      std::to_string(x + 2) + " " + std::to_string(y + 2));
    ASSERT_TRUE(r.ok) << r.message;
    nlohmann::json j = nlohmann::json::parse(sse::CommandResultJson(r));
    ASSERT_GE(j["added"].get<int>(), 1);
    EXPECT_EQ(j["selection"][0], "accio");
    // The whole canvas: every visible actor, the first one staying the primary selection.
    r = ex.Command("select-box 0 0 1280 800");
    j = nlohmann::json::parse(sse::CommandResultJson(r));
    EXPECT_EQ(j["selection"].size(), static_cast<size_t>(State(ex)["visibleActors"].get<int>()));
    EXPECT_EQ(State(ex)["selected"], "accio");
    EXPECT_FALSE(ex.Command("select-box 1 2 3").ok);
    EXPECT_FALSE(ex.Command("select-box 1 2 3 nan").ok);
}

}  // namespace

namespace {

// A value for the whole selection: one undo step; refused whole when the value breaks a rule.
TEST(SetSelection, GivesEverySelectedActorTheValueInOneUndoStep) {
    sse::Explorer ex = Silk();
    ASSERT_TRUE(ex.Command("select accio").ok);
    ASSERT_TRUE(ex.Command("select-add coopcycle").ok);
    const int revision = ex.Doc().Revision();
    sse::CommandResult r = ex.Command("set-selection level \"local\"");
    ASSERT_TRUE(r.ok) << r.message;
    const sse::Dataset& d = ex.Data();
    EXPECT_EQ(d.actors[d.FindActor("accio")].level, sse::Level::Local);
    EXPECT_EQ(d.actors[d.FindActor("coopcycle")].level, sse::Level::Local);
    EXPECT_EQ(ex.Doc().Revision(), revision + 1);
    ASSERT_TRUE(ex.Command("undo").ok);
    EXPECT_NE(ex.Data().actors[ex.Data().FindActor("accio")].level, sse::Level::Local);
    EXPECT_NE(ex.Data().actors[ex.Data().FindActor("coopcycle")].level, sse::Level::Local);
    EXPECT_EQ(ex.Command("set-selection level \"galactic\"").code, "bad-enum");
    EXPECT_EQ(ex.Command("set-selection name \"Same\"").code, "bad-field");
    EXPECT_EQ(ex.Command("set-selection level").code, "usage");
    ASSERT_TRUE(ex.Command("select none").ok);
    EXPECT_EQ(ex.Command("set-selection level \"local\"").code, "no-selection");
}

}  // namespace
