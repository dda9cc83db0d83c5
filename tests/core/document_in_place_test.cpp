// document_in_place_test.cpp: an edit committed in place (only the elements it touched read again, the rules run
// on the model: document_in_place.cpp) gives exactly what the full check gives (the whole document written, read
// and checked as a file). Two documents get the same seeded stream of valid and invalid edits, undos and redos,
// one in place and one not; after each step their outcomes (ok, code, warnings) and data sets must be equal.
#include <cstdio>
#include <random>

#include <gtest/gtest.h>

#include "core/dataset_loader.h"
#include "core/dataset_rules.h"
#include "core/dataset_writer.h"
#include "core/document.h"
#include "test_documents.h"
#include "test_files.h"

namespace {

using sse::test::Edit;
using sse::test::LoadOrDie;

std::string Warnings(const sse::EditOutcome& r) {
    std::string out;
    for (const sse::Diagnostic& d : r.warnings) out += d.code + ": " + d.message + "\n";
    return out;
}

// One random command over the data set `d`: about half are meant to be refused or to earn a warning.
std::string RandomCommand(std::mt19937& rng, const sse::Dataset& d, int i) {
    auto pick = [&](size_t n) { return static_cast<size_t>(rng() % std::max<size_t>(n, 1)); };
    auto actor = [&] { return d.actors.empty() ? std::string("none") : d.actors[pick(d.actors.size())].id; };
    auto territory = [&] { return d.territories.empty() ? std::string("none") : d.territories[pick(d.territories.size())].id; };
    const char* levels[] = {"international", "supranational", "national", "regional", "local", "galactic"};
    const char* kinds[] = {"horizontal", "vertical"};
    const char* confidence[] = {"verified", "brief", "inferred"};
    const std::string n = std::to_string(i);
    const std::string source = R"("sources": [{"url": "https://example.org/)" + n + R"(", "title": "E"}])";
    switch (rng() % 18) {
        case 0: return "set actor " + actor() + " name \"Renamed " + n + "\"";
        case 1: return "set actor " + actor() + " level \"" + levels[pick(6)] + "\"";
        case 2: return "set actor " + actor() + " territory \"" + (pick(4) ? territory() : "nowhere") + "\"";
        case 3: return "set actor " + actor() + " confidence \"" + confidence[pick(3)] + "\"";
        case 4:
            return "add actor {\"id\": \"" + (pick(5) ? "a-" + n : actor()) + "\", \"name\": \"N" + n +
                   "\", \"kind\": \"network\", \"level\": \"local\", \"territory\": \"" + territory() +
                   "\", \"confidence\": \"verified\", " + (pick(3) ? source : std::string("\"website\": \"https://e.org\"")) +
                   (pick(4) ? "" : ", \"colour\": \"red\"") + "}";
        case 5: {
            const std::string from = actor(), to = pick(6) ? actor() : from;
            return "add link {\"id\": \"l-" + n + "\", \"from\": \"" + from + "\", \"to\": \"" + (pick(8) ? to : "ghost") +
                   "\", \"kind\": \"" + kinds[pick(2)] + "\", \"relation\": \"funding\", \"direction\": \"both\", \"confidence\": \"verified\", " +
                   source + "}";
        }
        case 6: return "delete actor " + actor();
        case 7: return d.links.empty() ? "" : "delete link " + d.links[pick(d.links.size())].id;
        case 8: return d.links.empty() ? "" : "set link " + d.links[pick(d.links.size())].id + " kind \"" + kinds[pick(2)] + "\"";
        case 9: return d.links.empty() ? "" : "set link " + d.links[pick(d.links.size())].id + " to \"" + actor() + "\"";
        case 10: return "set territory " + territory() + " parent \"" + territory() + "\"";
        case 11: return "delete territory " + territory();
        case 12:
            return "add territory {\"id\": \"t-" + n + "\", \"name\": \"T\", \"kind\": \"region\", \"lat\": 41, \"lon\": " +
                   (pick(5) ? "2" : "200") + (pick(2) ? ", \"parent\": \"" + territory() + "\"" : std::string()) + "}";
        case 13: return d.cases.empty() ? "" : "set case " + d.cases[pick(d.cases.size())].id + " actors [\"" + actor() + "\", \"" + actor() + "\"]";
        case 14: return d.cases.empty() ? "" : "delete case " + d.cases[pick(d.cases.size())].id;
        case 15: return "set actor " + actor() + " id \"" + (pick(2) ? "renamed-" + n : actor()) + "\"";
        case 16: return "set actor " + actor() + " website \"" + (pick(2) ? "https://x.org/" + n : "not a url") + "\"";
        default: return d.recommendations.empty() ? "" : "set recommendation " + d.recommendations[pick(d.recommendations.size())].id + " title \"R" + n + "\"";
    }
}

// Runs the same stream on a document committing in place and one that always reads the whole document again.
void CompareOn(sse::Dataset data, uint32_t seed, int steps) {
    sse::Document in_place, full;
    full.SetInPlace(false);
    in_place.Reset(data);
    full.Reset(std::move(data));
    std::mt19937 rng(seed);
    int applied = 0;
    for (int i = 0; i < steps; ++i) {
        std::string command = RandomCommand(rng, full.Data(), i);
        if (command.empty()) continue;
        sse::EditOutcome a, b;
        const unsigned roll = rng() % 10;
        if (roll == 0) {
            command = "undo";
            a = in_place.Undo();
            b = full.Undo();
        } else if (roll == 1) {
            command = "redo";
            a = in_place.Redo();
            b = full.Redo();
        } else {
            // Checked first (as a form checks a field), then applied; the check must change nothing.
            const sse::EditParse parsed = sse::ParseEditCommand(command);
            if (parsed.ok) {
                const int revision = in_place.Revision();
                const sse::EditOutcome ca = in_place.Check(parsed.edit), cb = full.Check(parsed.edit);
                ASSERT_EQ(ca.ok, cb.ok) << "check: " << command << ": " << ca.message << " | " << cb.message;
                ASSERT_EQ(ca.code, cb.code) << "check: " << command;
                ASSERT_EQ(in_place.Revision(), revision);
                ASSERT_TRUE(in_place.Data() == full.Data()) << "check: " << command << " changed the data";
            }
            a = Edit(in_place, command);
            b = Edit(full, command);
        }
        SCOPED_TRACE("seed " + std::to_string(seed) + " step " + std::to_string(i) + ": " + command);
        ASSERT_EQ(a.ok, b.ok) << a.message << " | " << b.message;
        ASSERT_EQ(a.code, b.code) << a.message << " | " << b.message;
        ASSERT_EQ(Warnings(a), Warnings(b));
        ASSERT_TRUE(in_place.Data() == full.Data()) << "the data sets differ";
        ASSERT_EQ(in_place.Revision(), full.Revision());
        if (a.ok && a.code == "ok") ++applied;
        in_place.ReleaseRetired();
        full.ReleaseRetired();
    }
    EXPECT_EQ(sse::WriteDataset(in_place.Data()), sse::WriteDataset(full.Data()));
    EXPECT_GE(applied, steps / 5) << "enough of the stream applies";
    EXPECT_GE(in_place.InPlaceCommits(), applied / 2) << "most applied edits went in place";
    EXPECT_EQ(full.InPlaceCommits(), 0);
    std::printf("seed %u: %d steps, %d applied, %d in place\n", seed, steps, applied, in_place.InPlaceCommits());
}

}  // namespace

TEST(DocumentInPlace, GivesWhatTheFullCheckGivesOnAUsersData) {
    sse::Dataset data = LoadOrDie(sse::test::SourcePath("data/silk.json"));
    data.id = "our-workshop";  // a user's own data: provenance gaps are warnings, not refusals
    for (uint32_t seed : {11u, 12u, 13u, 14u}) CompareOn(data, seed, 150);
}

TEST(DocumentInPlace, GivesWhatTheFullCheckGivesOnTheBundledData) {
    for (uint32_t seed : {21u, 22u}) CompareOn(LoadOrDie(sse::test::SourcePath("data/silk.json")), seed, 150);
}

TEST(DocumentInPlace, GivesWhatTheFullCheckGivesOnASmallFixture) {
    for (uint32_t seed : {31u, 32u}) CompareOn(LoadOrDie(sse::test::Fixture("tiny_valid.json")), seed, 120);
}

// The rules on the model find what the loader finds in a file, with the loader's words.
TEST(DatasetRules, FindOnTheModelWhatTheLoaderReports) {
    sse::Dataset d = LoadOrDie(sse::test::Fixture("tiny_valid.json"));
    d.id = "mine";
    ASSERT_GE(d.links.size(), 1u);
    d.links[0].kind = d.actors[static_cast<size_t>(d.links[0].from)].level == d.actors[static_cast<size_t>(d.links[0].to)].level
                          ? sse::LinkKind::Vertical
                          : sse::LinkKind::Horizontal;
    d.actors[0].confidence = sse::Confidence::Inferred;
    d.actors[0].reasoning.clear();
    std::vector<std::string> codes;
    for (const sse::RuleFinding& f : sse::CheckDatasetRules(d)) codes.push_back(sse::ToString(f.code));
    EXPECT_NE(std::find(codes.begin(), codes.end(), "kind-contradicts-levels"), codes.end());
    EXPECT_NE(std::find(codes.begin(), codes.end(), "missing-reasoning"), codes.end());
    // The same model written and read as a file: the loader reports the same two, as warnings.
    const sse::LoadResult r = sse::LoadDataset(sse::WriteDataset(d), "model.json");
    for (const char* code : {"kind-contradicts-levels", "missing-reasoning"}) {
        EXPECT_TRUE(std::any_of(r.diagnostics.begin(), r.diagnostics.end(), [&](const sse::Diagnostic& x) { return x.code == code; })) << code;
    }

    // References resolved again on the model: an unknown id is an error naming it; the others resolve.
    d.links[0].to_id = "ghost";
    std::vector<sse::RuleFinding> refs = sse::ResolveReferences(d);
    ASSERT_EQ(refs.size(), 1u);
    EXPECT_EQ(refs[0].code, sse::DiagnosticCode::UnknownActor);
    EXPECT_EQ(refs[0].site.element, sse::DataElement::Link);
    EXPECT_STREQ(refs[0].site.field, "to");
    EXPECT_EQ(d.links[0].to, -1);
    d.actors.push_back(d.actors[0]);  // a duplicate id
    refs = sse::ResolveReferences(d);
    EXPECT_TRUE(std::any_of(refs.begin(), refs.end(), [](const sse::RuleFinding& f) { return f.code == sse::DiagnosticCode::DuplicateId; }));
}

// An element read alone keeps its references as ids and reports its own fields as a file would.
TEST(ReadElementAlone, ChecksFieldsAndKeepsReferencesAsIds) {
    sse::LoadResult r = sse::ReadElementAlone(
        "cases", R"({"id": "c1", "title": "T", "territory": "es", "summary": "S", "actors": ["a", "b"], "links": [], "recommendations": [], "brief_source": {"url": "https://e.org", "title": "E"}, "confidence": "verified", "sources": [{"url": "https://e.org", "title": "E"}]})",
        "mine", "edit");
    ASSERT_TRUE(r.ok) << (r.diagnostics.empty() ? "" : r.diagnostics[0].message);
    ASSERT_EQ(r.dataset.cases.size(), 1u);
    EXPECT_EQ(r.dataset.cases[0].actor_ids, (std::vector<std::string>{"a", "b"}));
    EXPECT_EQ(r.dataset.cases[0].actors, (std::vector<int>{-1, -1}));
    r = sse::ReadElementAlone("actors", R"({"id": "x", "name": "X", "kind": "gizmo", "level": "local", "territory": "es", "confidence": "verified"})",
                              "mine", "edit");
    EXPECT_FALSE(r.ok);
    const auto bad = std::find_if(r.diagnostics.begin(), r.diagnostics.end(), [](const sse::Diagnostic& x) { return x.code == "bad-enum"; });
    ASSERT_NE(bad, r.diagnostics.end());
    EXPECT_EQ(bad->pointer, "/actors/0/kind");
}
