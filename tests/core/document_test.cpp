// document_test.cpp: typed edits on the document, their refusals, and undo/redo to any depth (a seeded property
// test: random edits, undo all gives the original bytes back, redo all gives the edited ones).
#include "core/document.h"

#include <random>

#include <gtest/gtest.h>

#include "core/dataset_loader.h"
#include "core/dataset_writer.h"
#include "test_documents.h"
#include "test_files.h"

namespace {

using sse::DocumentEdit;
using sse::ElementKind;
using sse::test::Edit;
using sse::test::LoadOrDie;

struct TinyDocument : ::testing::Test {
    sse::Document doc;
    std::string original;
    void SetUp() override {
        doc.Reset(LoadOrDie(sse::test::Fixture("tiny_valid.json")));
        original = sse::WriteDataset(doc.Data());
    }
};

const char* kNewActor =
    R"({"id": "new-coop", "name": "A new cooperative", "kind": "practitioner", "level": "local", "territory": "es-ct",)"
    R"( "confidence": "inferred", "sources": [{"url": "https://example.org/n", "title": "N"}]})";

}  // namespace

TEST(EditCommand, ParsesAndPrintsBack) {
    for (const char* text : {"add actor {\"id\": \"x\"}", "set actor accio name \"ACCIÓ\"", "delete link mites-accio",
                             "add step tour-1 {\"title\": \"t\", \"text\": \"x\"}", "add step tour-1 2 {\"title\": \"t\"}",
                             "set step tour-1 3 camera \"all\"", "delete step tour-1 1", "set actor accio years {\"from\": 1985, \"to\": 2020}"}) {
        sse::EditParse p = sse::ParseEditCommand(text);
        ASSERT_TRUE(p.ok) << text << ": " << p.message;
        EXPECT_EQ(sse::ToCommand(p.edit), text);
    }
    EXPECT_EQ(sse::ParseEditCommand("add gizmo {}").code, "bad-element");
    EXPECT_EQ(sse::ParseEditCommand("delete actor").code, "usage");
    EXPECT_EQ(sse::ParseEditCommand("delete actor accio extra").code, "usage");
    EXPECT_EQ(sse::ParseEditCommand("set actor accio name").code, "usage");
    EXPECT_EQ(sse::ParseEditCommand("delete step tour-1 zero").code, "usage");
}

TEST_F(TinyDocument, AddSetDeleteWithUndoAndRedo) {
    EXPECT_FALSE(doc.Dirty());
    sse::EditOutcome r = Edit(doc, std::string("add actor ") + kNewActor);
    ASSERT_TRUE(r.ok) << r.message;
    ASSERT_EQ(doc.Data().actors.size(), 4u);
    EXPECT_EQ(doc.Data().actors[3].territory, 2) << "references of the new actor are resolved";
    EXPECT_TRUE(doc.Dirty());
    EXPECT_EQ(doc.UndoLabel(), "add actor new-coop");
    ASSERT_EQ(r.changes.size(), 1u);
    EXPECT_EQ(r.changes[0].what, sse::ElementChange::What::Added);

    r = Edit(doc, R"(add link {"id": "coop-new", "from": "coop-ct", "to": "new-coop", "kind": "vertical", "relation": "membership", "direction": "both", "confidence": "inferred", "sources": [{"url": "https://example.org/x", "title": "X"}]})");
    ASSERT_TRUE(r.ok) << r.message;
    EXPECT_EQ(doc.Data().links.back().to, 3);

    r = Edit(doc, "set actor new-coop name \"Cooperativa nova\"");
    ASSERT_TRUE(r.ok) << r.message;
    EXPECT_EQ(doc.Data().actors[3].name, "Cooperativa nova");
    r = Edit(doc, "set actor new-coop name \"Cooperativa nova\"");
    EXPECT_EQ(r.code, "no-change");
    EXPECT_EQ(doc.UndoDepth(), 3u) << "a change to the same value is not an edit";

    r = Edit(doc, "set actor accio short_name null");
    ASSERT_TRUE(r.ok) << r.message;
    EXPECT_EQ(doc.Data().actors[0].short_name, "") << "null removes an optional field";

    EXPECT_TRUE(doc.Undo().ok);
    EXPECT_EQ(doc.Data().actors[0].short_name, "ACCIÓ");
    EXPECT_TRUE(doc.Undo().ok);
    EXPECT_TRUE(doc.Undo().ok);
    EXPECT_TRUE(doc.Undo().ok);
    EXPECT_EQ(sse::WriteDataset(doc.Data()), original);
    EXPECT_FALSE(doc.Dirty()) << "undone back to the loaded state";
    EXPECT_EQ(doc.Undo().code, "nothing-to-undo");
    EXPECT_TRUE(doc.Redo().ok);
    EXPECT_EQ(doc.Data().actors.size(), 4u);
    EXPECT_EQ(doc.RedoLabel(), "add link coop-new");
}

TEST_F(TinyDocument, DeletingAnActorTakesItsLinksAndReferencesAndOneUndoRestoresThem) {
    sse::EditOutcome r = Edit(doc, "delete actor accio");
    ASSERT_TRUE(r.ok) << r.message;
    EXPECT_EQ(doc.Data().actors.size(), 2u);
    EXPECT_TRUE(doc.Data().links.empty()) << "both links touched accio";
    ASSERT_EQ(doc.Data().cases.size(), 1u);
    EXPECT_EQ(doc.Data().cases[0].actor_ids, std::vector<std::string>{"coop-ct"});
    EXPECT_TRUE(doc.Data().cases[0].link_ids.empty());
    int removed_links = 0;
    for (const auto& c : r.changes) removed_links += c.element == ElementKind::Link && c.what == sse::ElementChange::What::Removed;
    EXPECT_EQ(removed_links, 2);
    ASSERT_TRUE(doc.Undo().ok);
    EXPECT_EQ(sse::WriteDataset(doc.Data()), original);
}

TEST_F(TinyDocument, InvalidEditsAreRefusedWithACodeAndChangeNothing) {
    struct Case {
        const char* command;
        const char* code;  // "" = any non-empty code (a rule of the loader)
    } cases[] = {
        {"add actor {\"id\": \"accio\", \"name\": \"x\"}", "duplicate-id"},
        {"add actor [1, 2]", "wrong-type"},
        {"add actor {\"id\": \"x\", \"levle\": \"local\"}", "unknown-field"},
        {"add actor {\"name\": \"no id\"}", "missing-field"},
        {"add actor {\"id\": ", "bad-json"},
        {"set actor nobody name \"x\"", "unknown-actor"},
        {"set actor accio colour \"red\"", "unknown-field"},
        {"set actor accio id \"accio2\"", "id-immutable"},
        {"delete link nothing", "unknown-link"},
        {"delete territory es-ct", "in-use"},
        {"delete step no-tour 1", "unknown-tour"},
        {"set actor accio level \"galactic\"", "bad-enum"},
        {"set actor accio name 42", "wrong-type"},
        {"set link mites-accio to \"mites\"", "self-link"},
        {"add link {\"id\": \"l\", \"from\": \"accio\", \"to\": \"ghost\", \"kind\": \"vertical\", \"relation\": \"funding\", \"direction\": \"both\", \"confidence\": \"inferred\", \"sources\": [{\"url\": \"https://e.org\", \"title\": \"E\"}]}", "unknown-actor"},
    };
    for (const Case& c : cases) {
        sse::EditOutcome r = Edit(doc, c.command);
        EXPECT_FALSE(r.ok) << c.command;
        if (*c.code) EXPECT_EQ(r.code, c.code) << c.command << ": " << r.message;
        else EXPECT_FALSE(r.code.empty()) << c.command;
        EXPECT_FALSE(r.message.empty());
        EXPECT_EQ(sse::WriteDataset(doc.Data()), original) << c.command << " changed the document";
    }
    EXPECT_FALSE(doc.CanUndo());
    EXPECT_EQ(doc.Revision(), 1) << "only the Reset counted";
}

TEST_F(TinyDocument, AnEditThatEarnsAWarningIsAppliedAndSaysSo) {
    // A horizontal link between a national and a regional actor contradicts their levels: a warning, not an error.
    sse::EditOutcome r = Edit(doc, "set link mites-accio kind \"horizontal\"");
    ASSERT_TRUE(r.ok) << r.message;
    ASSERT_EQ(r.warnings.size(), 1u);
    EXPECT_EQ(r.warnings[0].code, "kind-contradicts-levels");
    EXPECT_EQ(doc.Data().links[0].kind, sse::LinkKind::Horizontal);
}

// Random edits on the bundled data: undo all restores the original bytes, redo all the edited ones.
TEST(DocumentUndo, RandomEditsUndoAndRedoByteForByte) {
    sse::Document doc;
    doc.Reset(LoadOrDie(sse::test::SourcePath("data/silk.json")));
    const std::string original = sse::WriteDataset(doc.Data());
    for (uint32_t seed : {1u, 2u, 3u}) {
        std::mt19937 rng(seed);
        auto pick = [&](size_t n) { return static_cast<size_t>(rng() % std::max<size_t>(n, 1)); };
        const char* levels[] = {"international", "supranational", "national", "regional", "local"};
        const char* relations[] = {"funding", "partnership", "membership", "knowledge_exchange"};
        int applied = 0;
        for (int i = 0; i < 40; ++i) {
            const sse::Dataset& d = doc.Data();
            std::string cmd;
            switch (rng() % 9) {
                case 0: cmd = "set actor " + d.actors[pick(d.actors.size())].id + " name \"Renamed " + std::to_string(i) + "\""; break;
                case 1: cmd = "set actor " + d.actors[pick(d.actors.size())].id + " level \"" + levels[pick(5)] + "\""; break;
                case 2: {
                    std::string id = "rnd-" + std::to_string(seed) + "-" + std::to_string(i);
                    cmd = "add actor {\"id\": \"" + id + "\", \"name\": \"N\", \"kind\": \"network\", \"level\": \"local\", \"territory\": \"" +
                          d.territories[pick(d.territories.size())].id + "\", \"confidence\": \"inferred\", \"sources\": [{\"url\": \"https://e.org\", \"title\": \"E\"}]}";
                    break;
                }
                case 3: {
                    const std::string& a = d.actors[pick(d.actors.size())].id;
                    const std::string& b = d.actors[pick(d.actors.size())].id;
                    cmd = "add link {\"id\": \"rl-" + std::to_string(seed) + "-" + std::to_string(i) + "\", \"from\": \"" + a + "\", \"to\": \"" + b +
                          "\", \"kind\": \"horizontal\", \"relation\": \"" + relations[pick(4)] + "\", \"direction\": \"both\", \"confidence\": \"inferred\", \"sources\": [{\"url\": \"https://e.org\", \"title\": \"E\"}]}";
                    break;
                }
                case 4: cmd = "delete actor " + d.actors[pick(d.actors.size())].id; break;
                case 5: if (!d.links.empty()) cmd = "delete link " + d.links[pick(d.links.size())].id; break;
                case 6: cmd = "delete case " + (d.cases.empty() ? std::string("none") : d.cases[pick(d.cases.size())].id); break;
                case 7: cmd = "set recommendation " + d.recommendations[pick(d.recommendations.size())].id + " title \"T" + std::to_string(i) + "\""; break;
                case 8: if (!d.tours.empty()) cmd = "delete step " + d.tours[0].id + " " + std::to_string(1 + pick(d.tours[0].steps.size())); break;
            }
            if (cmd.empty()) continue;
            sse::EditOutcome r = Edit(doc, cmd);
            if (r.ok && r.code == "ok") ++applied;
            else EXPECT_FALSE(r.code.empty()) << cmd;
        }
        EXPECT_GE(applied, 20) << "seed " << seed << ": most random edits are valid";
        EXPECT_EQ(doc.UndoDepth(), static_cast<size_t>(applied));
        const std::string edited = sse::WriteDataset(doc.Data());
        EXPECT_NE(edited, original);
        while (doc.CanUndo()) ASSERT_TRUE(doc.Undo().ok);
        EXPECT_EQ(sse::WriteDataset(doc.Data()), original) << "seed " << seed;
        EXPECT_FALSE(doc.Dirty());
        while (doc.CanRedo()) ASSERT_TRUE(doc.Redo().ok);
        EXPECT_EQ(sse::WriteDataset(doc.Data()), edited) << "seed " << seed;
        while (doc.CanUndo()) ASSERT_TRUE(doc.Undo().ok);
    }
}

TEST(JsonPatch, AddRemoveReplaceInObjectsAndArraysAndRefusesWhatDoesNotFit) {
    nlohmann::json doc = nlohmann::json::parse(R"({"a": [1, 2, 3], "o": {"k": "v"}})");
    std::string error;
    using Op = sse::PatchOp::Op;
    ASSERT_TRUE(sse::ApplyPatch(doc, {{Op::Add, {"a", "1"}, 9}, {Op::Add, {"a", "-"}, 7}, {Op::Remove, {"a", "0"}, nullptr},
                                      {Op::Replace, {"o", "k"}, "w"}, {Op::Add, {"o", "n"}, true}, {Op::Remove, {"o", "k"}, nullptr}},
                                &error)) << error;
    EXPECT_EQ(doc, nlohmann::json::parse(R"({"a": [9, 2, 3, 7], "o": {"n": true}})"));
    for (const sse::Patch& bad : std::vector<sse::Patch>{{{Op::Remove, {"a", "4"}, nullptr}}, {{Op::Replace, {"o", "missing"}, 1}},
                                                         {{Op::Add, {"nope", "x"}, 1}}, {{Op::Add, {"a", "x"}, 1}}, {{Op::Add, {}, 1}}}) {
        nlohmann::json copy = doc;
        EXPECT_FALSE(sse::ApplyPatch(copy, bad, &error));
        EXPECT_FALSE(error.empty());
    }
}

TEST_F(TinyDocument, ReplaceContentIsOneUndoableStepWithChangesById) {
    // Another document deletes the first actor (taking its references along), renames the second, adds one.
    const std::string removed = doc.Data().actors[0].id;
    sse::Document other;
    other.Reset(doc.Data());
    ASSERT_TRUE(Edit(other, "delete actor " + removed).ok);
    nlohmann::json next = other.Json();
    const std::string renamed = next["actors"][0]["id"];
    next["actors"][0]["name"] = "Renamed";
    next["actors"].push_back(nlohmann::json::parse(kNewActor));
    sse::EditOutcome out = doc.ReplaceContent(next, "import tiny");
    ASSERT_TRUE(out.ok) << out.code << ": " << out.message;
    auto has = [&](sse::ElementChange::What what, const std::string& id) {
        for (const auto& c : out.changes)
            if (c.element == ElementKind::Actor && c.what == what && c.id == id) return true;
        return false;
    };
    EXPECT_TRUE(has(sse::ElementChange::What::Removed, removed));
    EXPECT_TRUE(has(sse::ElementChange::What::Changed, renamed));
    EXPECT_TRUE(has(sse::ElementChange::What::Added, "new-coop"));
    EXPECT_EQ(doc.UndoLabel(), "import tiny");
    EXPECT_TRUE(doc.Dirty());
    ASSERT_TRUE(doc.Undo().ok);
    EXPECT_EQ(sse::WriteDataset(doc.Data()), original);
    ASSERT_TRUE(doc.Redo().ok);
    EXPECT_EQ(doc.Data().actors.back().id, "new-coop");
}

TEST_F(TinyDocument, ReplaceContentRefusesInvalidContentAndKeepsTheData) {
    nlohmann::json next = doc.Json();
    next["actors"][0]["kind"] = "gizmo";
    sse::EditOutcome out = doc.ReplaceContent(next, "import broken");
    EXPECT_FALSE(out.ok);
    EXPECT_EQ(out.code, "bad-enum");
    EXPECT_EQ(sse::WriteDataset(doc.Data()), original);
    EXPECT_FALSE(doc.CanUndo());
    EXPECT_EQ(doc.ReplaceContent(doc.Json(), "same").code, "no-change");
}
