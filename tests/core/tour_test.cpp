// tour_test.cpp: guided tours in the data file ("tours", data/README.md): parsing every field into the
// model, each diagnostic (message, pointer, line:column, severity), and the bundled SILK tour.
//
// Expected positions are computed from the test's own text, never copied from the loader: fixtures give
// literal line:column numbers; one-line tours built by WithTours() sit on line 54, starting at column 12,
// so a value's column is 12 + its byte offset in the tours text (all ASCII).
#include <gtest/gtest.h>

#include "test_files.h"

#include <fstream>
#include <iterator>
#include <set>
#include <string>

#include <nlohmann/json.hpp>

#include "core/dataset_loader.h"
#include "core/diagnostic.h"
#include "core/filter.h"
#include "core/layouts.h"

namespace sse {
namespace {

using Severity = Diagnostic::Severity;

std::string DataPath(const std::string& name) { return sse::test::Fixture(name); }

using sse::test::ReadFile;

std::string All(const LoadResult& r) {
    std::string out;
    for (const Diagnostic& d : r.diagnostics) out += FormatDiagnostic(d) + "\n";
    return out;
}

// tiny_valid.json (54 lines, ending "  ]\n}\n") with `"tours": <tours>` added as the last member, on line 54.
constexpr int kToursLine = 54;
std::string WithTours(const std::string& tours) {
    std::string text = ReadFile(DataPath("tiny_valid.json"));
    const std::string end = "  ]\n}\n";
    EXPECT_EQ(text.compare(text.size() - end.size(), end.size(), end), 0) << "tiny_valid.json changed shape";
    text.replace(text.size() - end.size(), end.size(), "  ],\n  \"tours\": " + tours + "\n}\n");
    return text;
}

// Column of the unique occurrence of `needle` in a one-line tours text given to WithTours.
int Col(const std::string& tours, const std::string& needle) {
    const size_t at = tours.find(needle);
    EXPECT_NE(at, std::string::npos) << needle;
    EXPECT_EQ(tours.find(needle, at + 1), std::string::npos) << "ambiguous: " << needle;
    return 12 + static_cast<int>(at);
}

// tour_valid.json with `from` replaced by `to`; `from` must occur exactly once.
std::string Variant(const std::string& from, const std::string& to) {
    std::string text = ReadFile(DataPath("tour_valid.json"));
    const size_t at = text.find(from);
    EXPECT_NE(at, std::string::npos) << from;
    EXPECT_EQ(text.find(from, at + 1), std::string::npos) << "ambiguous: " << from;
    if (at != std::string::npos) text.replace(at, from.size(), to);
    return text;
}

// Exactly one diagnostic, with everything checked; `message` is the whole message.
void ExpectOnly(const LoadResult& r, Severity severity, const std::string& code, const std::string& pointer, int line,
                int column, const std::string& message) {
    ASSERT_EQ(r.diagnostics.size(), 1u) << All(r);
    const Diagnostic& d = r.diagnostics[0];
    EXPECT_EQ(d.severity, severity) << All(r);
    EXPECT_EQ(d.code, code) << All(r);
    EXPECT_EQ(d.pointer, pointer) << All(r);
    EXPECT_EQ(d.line, line) << All(r);
    EXPECT_EQ(d.column, column) << All(r);
    EXPECT_EQ(d.message, message) << All(r);
    EXPECT_EQ(r.errors, severity == Severity::Error ? 1 : 0);
    EXPECT_EQ(r.warnings, severity == Severity::Warning ? 1 : 0);
    EXPECT_EQ(r.ok, severity == Severity::Warning);
}
#define EXPECT_ONLY(...) ASSERT_NO_FATAL_FAILURE(ExpectOnly(__VA_ARGS__))

// One error with `code` in a one-line tour, located at `needle`.
#define EXPECT_TOUR_ERROR(tours, code, pointer, needle, message)                                        \
    do {                                                                                                 \
        const std::string tours_ = (tours);                                                              \
        EXPECT_ONLY(LoadDataset(WithTours(tours_), "t.json"), Severity::Error, code, pointer, kToursLine, \
                    Col(tours_, needle), message);                                                       \
    } while (0)

// A one-step tour whose step has `fields` after its title and text.
std::string OneStep(const std::string& fields) {
    return R"([{"id": "t", "title": "T", "steps": [{"title": "S", "text": "Caption.")" + fields + "}]}]";
}

// --- the valid baseline -------------------------------------------------------------------------

TEST(Tours, EveryFieldIsParsedIntoTheModel) {
    const LoadResult r = LoadDatasetFile(DataPath("tour_valid.json"));
    ASSERT_TRUE(r.ok) << All(r);
    EXPECT_EQ(r.errors, 0);
    EXPECT_EQ(r.warnings, 0) << All(r);
    const Dataset& ds = r.dataset;
    ASSERT_EQ(ds.tours.size(), 1u);
    const Tour& t = ds.tours[0];
    EXPECT_EQ(t.id, "tiny-tour");
    EXPECT_EQ(t.title, "Tiny tour");
    EXPECT_EQ(t.description, "Every field once.");
    ASSERT_EQ(t.steps.size(), 3u);

    const TourStep& s0 = t.steps[0];
    EXPECT_EQ(s0.title, "Levels");
    EXPECT_EQ(s0.text, "National and regional actors, vertical links.");
    EXPECT_TRUE(s0.has_layout);
    EXPECT_EQ(s0.layout, static_cast<int>(LayoutKind::Levels));
    EXPECT_EQ(s0.centre, -1);
    const std::vector<std::pair<std::string, std::string>> filters0 = {
        {"level", "national,regional"}, {"link-kind", "vertical"}, {"territory", "es"}, {"years", "2016-2026"}};
    EXPECT_EQ(s0.filters, filters0);
    EXPECT_FALSE(s0.showcase);
    EXPECT_EQ(s0.actor_ids, (std::vector<std::string>{"accio", "mites"}));
    EXPECT_EQ(s0.actors, (std::vector<int>{0, 1}));
    EXPECT_EQ(s0.link_ids, std::vector<std::string>{"mites-accio"});
    EXPECT_EQ(s0.links, std::vector<int>{0});
    EXPECT_EQ(s0.case_index, -1);
    EXPECT_EQ(s0.recommendation, -1);
    EXPECT_EQ(s0.camera, TourStep::CameraMode::Explicit);
    EXPECT_DOUBLE_EQ(s0.camera_x, 12.5);
    EXPECT_DOUBLE_EQ(s0.camera_y, -3);
    EXPECT_DOUBLE_EQ(s0.camera_zoom, 2);
    EXPECT_TRUE(s0.reveal);

    const TourStep& s1 = t.steps[1];
    EXPECT_EQ(s1.title, "Around ACCI\xC3\x93");
    EXPECT_EQ(s1.layout, static_cast<int>(LayoutKind::Ego));
    EXPECT_EQ(s1.centre_id, "accio");
    EXPECT_EQ(s1.centre, 0);
    const std::vector<std::pair<std::string, std::string>> filters1 = {
        {"kind", "public_agency,network"}, {"relation", "all"}, {"value", "social"},
        {"case", "catalonia"}, {"recommendation", "r1"}, {"confidence", "brief,verified"}};
    EXPECT_EQ(s1.filters, filters1);
    EXPECT_TRUE(s1.showcase);  // the default in tours
    EXPECT_EQ(s1.case_id, "catalonia");
    EXPECT_EQ(s1.case_index, 0);
    EXPECT_EQ(s1.recommendation_id, "r1");
    EXPECT_EQ(s1.recommendation, 0);
    EXPECT_EQ(s1.camera, TourStep::CameraMode::All);
    EXPECT_FALSE(s1.reveal);

    const TourStep& s2 = t.steps[2];  // defaults
    EXPECT_FALSE(s2.has_layout);
    EXPECT_TRUE(s2.filters.empty());
    EXPECT_TRUE(s2.showcase);
    EXPECT_TRUE(s2.actors.empty());
    EXPECT_TRUE(s2.links.empty());
    EXPECT_EQ(s2.camera, TourStep::CameraMode::Highlighted);
    EXPECT_DOUBLE_EQ(s2.camera_zoom, 1);
    EXPECT_FALSE(s2.reveal);

    // Every filter is one that the filter command accepts as written.
    for (const TourStep& s : t.steps) {
        for (const auto& [field, values] : s.filters) {
            FilterState f;
            EXPECT_EQ(SetFilterField(f, ds, field, values), "") << field << " " << values;
        }
    }
}

TEST(Tours, AFileWithoutToursStillLoads) {
    const LoadResult r = LoadDatasetFile(DataPath("tiny_valid.json"));
    ASSERT_TRUE(r.ok) << All(r);
    EXPECT_EQ(r.warnings, 0) << All(r);
    EXPECT_TRUE(r.dataset.tours.empty());
    EXPECT_EQ(r.dataset.actors.size(), 3u);
}

TEST(Tours, AnEmptyListOfToursIsFine) {
    const LoadResult r = LoadDataset(WithTours("[]"), "t.json");
    EXPECT_TRUE(r.ok) << All(r);
    EXPECT_TRUE(r.diagnostics.empty()) << All(r);
    EXPECT_TRUE(r.dataset.tours.empty());
}

TEST(Tours, ToursMayComeBeforeWhatTheyName) {
    std::string text = ReadFile(DataPath("tiny_valid.json"));
    const std::string anchor = "  \"territories\": [";
    const size_t at = text.find(anchor);
    ASSERT_NE(at, std::string::npos);
    text.insert(at, "  \"tours\": " + OneStep(R"(, "actors": ["coop-ct", "accio"], "links": ["accio-coop"], "case": "catalonia")") + ",\n");
    const LoadResult r = LoadDataset(text, "t.json");
    ASSERT_TRUE(r.ok) << All(r);
    ASSERT_EQ(r.dataset.tours.size(), 1u);
    const TourStep& s = r.dataset.tours[0].steps[0];
    EXPECT_EQ(s.actors, (std::vector<int>{2, 0}));  // file order kept
    EXPECT_EQ(s.links, std::vector<int>{1});
    EXPECT_EQ(s.case_index, 0);
}

// --- the bundled tour -----------------------------------------------------------------------------

TEST(Tours, BundledSilkTourLoadsCleanlyAndNamesOnlyExistingIds) {
    const std::string path = std::string(SSE_SOURCE_DIR) + "/data/silk.json";
    const LoadResult r = LoadDatasetFile(path);
    EXPECT_EQ(r.errors, 0) << All(r);
    EXPECT_EQ(r.warnings, 0) << All(r);
    ASSERT_TRUE(r.ok);
    const Dataset& ds = r.dataset;
    const Tour* tour = nullptr;
    for (const Tour& t : ds.tours) {
        if (t.id == "silk-brief") tour = &t;
    }
    ASSERT_NE(tour, nullptr) << "data/silk.json has no tour 'silk-brief'";
    EXPECT_FALSE(tour->title.empty());
    EXPECT_GE(tour->steps.size(), 8u);

    // Read the file a second way, to count the ids each step names as written.
    const nlohmann::json raw = nlohmann::json::parse(ReadFile(path));
    const nlohmann::json* raw_tour = nullptr;
    for (const auto& t : raw.at("tours")) {
        if (t.at("id") == "silk-brief") raw_tour = &t;
    }
    ASSERT_NE(raw_tour, nullptr);
    ASSERT_EQ(raw_tour->at("steps").size(), tour->steps.size());

    std::set<int> recommendations_shown;
    int reveals = 0;
    for (size_t i = 0; i < tour->steps.size(); ++i) {
        SCOPED_TRACE("step " + std::to_string(i));
        const TourStep& s = tour->steps[i];
        const nlohmann::json& rs = raw_tour->at("steps")[i];
        EXPECT_FALSE(s.title.empty());
        EXPECT_FALSE(s.text.empty());
        // Nothing named was dropped as unknown, and every index is valid.
        EXPECT_EQ(s.actors.size(), rs.value("actors", nlohmann::json::array()).size());
        EXPECT_EQ(s.links.size(), rs.value("links", nlohmann::json::array()).size());
        for (int a : s.actors) EXPECT_TRUE(a >= 0 && a < static_cast<int>(ds.actors.size()));
        for (int l : s.links) EXPECT_TRUE(l >= 0 && l < static_cast<int>(ds.links.size()));
        EXPECT_EQ(s.case_id.empty(), s.case_index < 0) << s.case_id;
        EXPECT_EQ(s.recommendation_id.empty(), s.recommendation < 0) << s.recommendation_id;
        EXPECT_EQ(s.centre_id.empty(), s.centre < 0) << s.centre_id;
        if (s.case_index >= 0) {
            const Case& c = ds.cases[static_cast<size_t>(s.case_index)];
            EXPECT_EQ(c.id, s.case_id);
            recommendations_shown.insert(c.recommendations.begin(), c.recommendations.end());
        }
        if (s.recommendation >= 0) {
            EXPECT_EQ(ds.recommendations[static_cast<size_t>(s.recommendation)].id, s.recommendation_id);
            recommendations_shown.insert(s.recommendation);
        }
        for (const auto& [field, values] : s.filters) {
            FilterState f;
            EXPECT_EQ(SetFilterField(f, ds, field, values), "") << field << " " << values;
        }
        reveals += s.reveal;
    }
    // Every recommendation with a case is shown by a step (r6 has none: its step shows a level, not a highlight).
    for (size_t i = 0; i < ds.recommendations.size(); ++i) {
        if (ds.recommendations[i].cases.empty()) continue;
        EXPECT_EQ(recommendations_shown.count(static_cast<int>(i)), 1u) << ds.recommendations[i].id << " has no step";
    }
    EXPECT_GE(reveals, 1);
    const TourStep& last = tour->steps.back();
    EXPECT_EQ(last.camera, TourStep::CameraMode::All);
    EXPECT_TRUE(last.actors.empty() && last.links.empty() && last.case_index < 0 && last.recommendation < 0 && last.filters.empty());
}

// --- unknown ids ------------------------------------------------------------------------------------

TEST(Tours, UnknownActorSuggestsTheNearest) {
    const std::string path = DataPath("tour_unknown_actor.json");
    const LoadResult r = LoadDatasetFile(path);
    // Line 63 is `          "actors": ["accio", "acio"],`: 10 spaces, `"actors": ` (10), `["accio", ` (10) -> column 31.
    EXPECT_ONLY(r, Severity::Error, "unknown-actor", "/tours/0/steps/0/actors/1", 63, 31, "unknown actor 'acio'; did you mean 'accio'?");
    EXPECT_EQ(FormatDiagnostic(r.diagnostics[0]),
              path + ":63:31: error: /tours/0/steps/0/actors/1: unknown actor 'acio'; did you mean 'accio'?");
    EXPECT_EQ(r.dataset.tours[0].steps[0].actor_ids, std::vector<std::string>{"accio"});  // the resolved one is kept
}

TEST(Tours, UnknownActorInALaterStep) {
    const std::string tours = R"([{"id": "t", "title": "T", "steps": [{"title": "A", "text": "a"}, {"title": "B", "text": "b"},)"
                              R"( {"title": "C", "text": "c"}, {"title": "D", "text": "d", "actors": ["accio", "acio"]}]}])";
    EXPECT_TOUR_ERROR(tours, "unknown-actor", "/tours/0/steps/3/actors/1", "\"acio\"", "unknown actor 'acio'; did you mean 'accio'?");
}

TEST(Tours, UnknownLinkCaseRecommendationAndCentre) {
    EXPECT_TOUR_ERROR(OneStep(R"(, "links": ["acio-coop"])"), "unknown-link", "/tours/0/steps/0/links/0", "\"acio-coop\"",
                      "unknown link 'acio-coop'; did you mean 'accio-coop'?");
    EXPECT_TOUR_ERROR(OneStep(R"(, "case": "catalunya")"), "unknown-case", "/tours/0/steps/0/case", "\"catalunya\"",
                      "unknown case 'catalunya'; did you mean 'catalonia'?");
    EXPECT_TOUR_ERROR(OneStep(R"(, "recommendation": "r7")"), "unknown-recommendation", "/tours/0/steps/0/recommendation", "\"r7\"",
                      "unknown recommendation 'r7'; did you mean 'r1'?");
    EXPECT_TOUR_ERROR(OneStep(R"(, "layout": "ego", "centre": "ministry-of-culture")"), "unknown-actor", "/tours/0/steps/0/centre",
                      "\"ministry-of-culture\"", "unknown actor 'ministry-of-culture': no entry in \"actors\" has this id");
}

// --- tours and steps --------------------------------------------------------------------------------

TEST(Tours, DuplicateTourIdNamesTheFirst) {
    const std::string tours = R"([{"id": "t", "title": "A", "steps": [{"title": "S", "text": "x"}]},)"
                              R"( {"id": "t", "title": "B", "steps": [{"title": "S", "text": "y"}]}])";
    const LoadResult r = LoadDataset(WithTours(tours), "t.json");
    ASSERT_EQ(r.diagnostics.size(), 1u) << All(r);
    const size_t second = tours.find("\"t\"", tours.find("\"t\"") + 1);
    EXPECT_ONLY(r, Severity::Error, "duplicate-id", "/tours/1/id", kToursLine, 12 + static_cast<int>(second),
                "duplicate tour id 't'; first used at /tours/0 (line 54)");
}

TEST(Tours, BadTourId) {
    EXPECT_TOUR_ERROR(R"([{"id": "Silk Brief", "title": "T", "steps": [{"title": "S", "text": "x"}]}])", "bad-id", "/tours/0/id",
                      "\"Silk Brief\"",
                      "invalid id 'Silk Brief': an id uses only lower-case letters a-z, digits 0-9, '.', '_' and '-', "
                      "and starts with a letter or digit (did you mean 'silk-brief'?)");
}

TEST(Tours, MissingOrEmptySteps) {
    EXPECT_TOUR_ERROR(R"([{"id": "t", "title": "T", "steps": []}])", "empty-list", "/tours/0/steps", "[]",
                      "a tour needs at least one step: add {\"title\": \"...\", \"text\": \"...\"}");
    EXPECT_TOUR_ERROR(R"([{"id": "t", "title": "T"}])", "missing-field", "/tours/0", "{", "missing required field 'steps'");
    EXPECT_TOUR_ERROR(R"([{"id": "t", "title": "T", "steps": [{"title": "S", "text": "x"}, "oops"]}])", "wrong-type", "/tours/0/steps/1",
                      "\"oops\"", "expected an object {...} describing one step, found the text 'oops'");
    EXPECT_TOUR_ERROR(R"([{"id": "t", "title": "T", "steps": {}}])", "wrong-type", "/tours/0/steps", "{}",
                      "expected a list [...], found an object {...}");
}

TEST(Tours, ToursMustBeAListOfObjects) {
    EXPECT_ONLY(LoadDataset(WithTours(R"({"id": "t"})"), "t.json"), Severity::Error, "wrong-type", "/tours", kToursLine, 12,
                "expected a list [...], found an object {...}");
    EXPECT_TOUR_ERROR(R"([42])", "wrong-type", "/tours/0", "42", "expected an object {...} describing one tour, found the number 42");
}

TEST(Tours, StepTitleAndTextAreRequired) {
    const std::string no_text = R"([{"id": "t", "title": "T", "steps": [{"title": "S", "txet": "x"}]}])";
    const LoadResult r = LoadDataset(WithTours(no_text), "t.json");
    ASSERT_EQ(r.diagnostics.size(), 2u) << All(r);
    EXPECT_EQ(r.diagnostics[0].pointer, "/tours/0/steps/0");
    EXPECT_EQ(r.diagnostics[0].column, Col(no_text, "{\"title\": \"S\""));
    EXPECT_EQ(r.diagnostics[0].message, "missing required field 'text' (is 'txet' a misspelling of it?)");
    EXPECT_EQ(r.diagnostics[1].severity, Severity::Warning);
    EXPECT_EQ(r.diagnostics[1].pointer, "/tours/0/steps/0/txet");
    EXPECT_EQ(r.diagnostics[1].column, Col(no_text, "\"txet\""));
    EXPECT_EQ(r.diagnostics[1].message, "unknown key 'txet' (it is ignored); did you mean 'text'?");
    EXPECT_EQ(r.diagnostics[0].code, "missing-field");
    EXPECT_EQ(r.diagnostics[1].code, "unknown-key");

    EXPECT_TOUR_ERROR(R"([{"id": "t", "title": "T", "steps": [{"text": "x"}]}])", "missing-field", "/tours/0/steps/0", "{\"text\"",
                      "missing required field 'title'");
    EXPECT_TOUR_ERROR(R"([{"id": "t", "title": "T", "steps": [{"title": "S", "text": ""}]}])", "empty-text", "/tours/0/steps/0/text", "\"\"",
                      "must not be empty: this is the caption shown for the step");
    EXPECT_TOUR_ERROR(R"([{"id": "t", "title": "", "steps": [{"title": "S", "text": "x"}]}])", "empty-text", "/tours/0/title", "\"\"",
                      "must not be empty");
}

TEST(Tours, UnknownKeysAreWarnings) {
    const std::string step = OneStep(R"(, "revael": true)");
    const LoadResult r = LoadDataset(WithTours(step), "t.json");
    EXPECT_ONLY(r, Severity::Warning, "unknown-key", "/tours/0/steps/0/revael", kToursLine, Col(step, "\"revael\""),
                "unknown key 'revael' (it is ignored); did you mean 'reveal'?");
    EXPECT_FALSE(r.dataset.tours[0].steps[0].reveal);

    const std::string tour = R"([{"id": "t", "title": "T", "colour": "red", "steps": [{"title": "S", "text": "x"}]}])";
    EXPECT_ONLY(LoadDataset(WithTours(tour), "t.json"), Severity::Warning, "unknown-key", "/tours/0/colour", kToursLine, Col(tour, "\"colour\""),
                "unknown key 'colour' (it is ignored); allowed keys here: id, title, description, steps, translations");
}

TEST(Tours, ShowcaseAndRevealAreTrueOrFalse) {
    EXPECT_TOUR_ERROR(OneStep(R"(, "showcase": "yes")"), "wrong-type", "/tours/0/steps/0/showcase", "\"yes\"",
                      "expected true or false, found the text 'yes'");
    EXPECT_TOUR_ERROR(OneStep(R"(, "reveal": 1)"), "wrong-type", "/tours/0/steps/0/reveal", "1}", "expected true or false, found the number 1");
}

// --- layout and centre ------------------------------------------------------------------------------

TEST(Tours, UnknownLayoutListsTheAllowedOnes) {
    EXPECT_TOUR_ERROR(OneStep(R"(, "layout": "levles")"), "bad-enum", "/tours/0/steps/0/layout", "\"levles\"",
                      "unknown layout 'levles'; allowed: force, geographic, levels, ego (did you mean 'levels'?)");
    EXPECT_TOUR_ERROR(OneStep(R"(, "layout": "circle")"), "bad-enum", "/tours/0/steps/0/layout", "\"circle\"",
                      "unknown layout 'circle'; allowed: force, geographic, levels, ego");
}

TEST(Tours, CentreOnlyWithTheEgoLayout) {
    EXPECT_TOUR_ERROR(OneStep(R"(, "centre": "accio")"), "ego-centre-mismatch", "/tours/0/steps/0/centre", "\"accio\"",
                      "'centre' is only used with \"layout\": \"ego\"; add that layout or remove 'centre'");
    EXPECT_TOUR_ERROR(OneStep(R"(, "layout": "force", "centre": "accio")"), "ego-centre-mismatch", "/tours/0/steps/0/centre", "\"accio\"",
                      "'centre' is only used with \"layout\": \"ego\"; add that layout or remove 'centre'");
    EXPECT_TOUR_ERROR(OneStep(R"(, "layout": "ego")"), "ego-centre-mismatch", "/tours/0/steps/0/layout", "\"ego\"",
                      "layout 'ego' needs a 'centre': add \"centre\": \"<actor id>\" for the actor in the middle");
    // With an unknown layout, only the layout is reported.
    EXPECT_TOUR_ERROR(OneStep(R"(, "layout": "egg", "centre": "accio")"), "bad-enum", "/tours/0/steps/0/layout", "\"egg\"",
                      "unknown layout 'egg'; allowed: force, geographic, levels, ego (did you mean 'ego'?)");
}

// --- filters ----------------------------------------------------------------------------------------

TEST(Tours, UnknownFilterFieldIsAnErrorAtTheKey) {
    EXPECT_TOUR_ERROR(OneStep(R"(, "filters": {"levle": ["national"]})"), "bad-filter", "/tours/0/steps/0/filters/levle", "\"levle\"",
                      "unknown filter field 'levle'; allowed: kind, level, territory, link-kind, relation, value, case, "
                      "recommendation, confidence, years (did you mean 'level'?)");
    EXPECT_TOUR_ERROR(OneStep(R"(, "filters": {"colour": ["red"]})"), "bad-filter", "/tours/0/steps/0/filters/colour", "\"colour\"",
                      "unknown filter field 'colour'; allowed: kind, level, territory, link-kind, relation, value, case, "
                      "recommendation, confidence, years");
}

TEST(Tours, FilterEnumValuesListTheAllowedOnes) {
    EXPECT_TOUR_ERROR(OneStep(R"(, "filters": {"level": ["national", "nacional"]})"), "bad-enum", "/tours/0/steps/0/filters/level/1",
                      "\"nacional\"",
                      "unknown level 'nacional'; allowed: international, supranational, national, regional, local "
                      "(did you mean 'national'?)");
    EXPECT_TOUR_ERROR(OneStep(R"(, "filters": {"link-kind": ["diagonal"]})"), "bad-enum", "/tours/0/steps/0/filters/link-kind/0",
                      "\"diagonal\"", "unknown link kind 'diagonal'; allowed: horizontal, vertical");
    EXPECT_TOUR_ERROR(OneStep(R"(, "filters": {"value": ["sociall"]})"), "bad-enum", "/tours/0/steps/0/filters/value/0", "\"sociall\"",
                      "unknown value 'sociall'; allowed: social, cultural, economic, environmental (did you mean 'social'?)");
    EXPECT_TOUR_ERROR(OneStep(R"(, "filters": {"kind": ["agency"]})"), "bad-enum", "/tours/0/steps/0/filters/kind/0", "\"agency\"",
                      "unknown actor kind 'agency'; allowed: policy_maker, public_agency, practitioner, expert_body, network, "
                      "international_organisation, funder, programme");
    EXPECT_TOUR_ERROR(OneStep(R"(, "filters": {"relation": ["fundng"]})"), "bad-enum", "/tours/0/steps/0/filters/relation/0", "\"fundng\"",
                      "unknown relation 'fundng'; allowed: funding, partnership, licence, membership, policy_support, "
                      "knowledge_exchange, coordination, founding, implementation (did you mean 'funding'?)");
    EXPECT_TOUR_ERROR(OneStep(R"(, "filters": {"confidence": ["sure"]})"), "bad-enum", "/tours/0/steps/0/filters/confidence/0", "\"sure\"",
                      "unknown confidence 'sure'; allowed: verified, brief, inferred");
}

TEST(Tours, FilterIdValuesSuggestTheNearest) {
    EXPECT_TOUR_ERROR(OneStep(R"(, "filters": {"territory": ["es", "es-c"]})"), "unknown-territory", "/tours/0/steps/0/filters/territory/1",
                      "\"es-c\"", "unknown territory 'es-c'; did you mean 'es-ct'?");
    EXPECT_TOUR_ERROR(OneStep(R"(, "filters": {"case": ["catalunya"]})"), "unknown-case", "/tours/0/steps/0/filters/case/0", "\"catalunya\"",
                      "unknown case 'catalunya'; did you mean 'catalonia'?");
    EXPECT_TOUR_ERROR(OneStep(R"(, "filters": {"recommendation": ["r2"]})"), "unknown-recommendation", "/tours/0/steps/0/filters/recommendation/0",
                      "\"r2\"", "unknown recommendation 'r2'; did you mean 'r1'?");
}

TEST(Tours, FilterYears) {
    EXPECT_TOUR_ERROR(OneStep(R"(, "filters": {"years": ["2016 to 2026"]})"), "bad-years", "/tours/0/steps/0/filters/years/0",
                      "\"2016 to 2026\"", "years: expected 2016-2026, 2016- or -2020");
    EXPECT_TOUR_ERROR(OneStep(R"(, "filters": {"years": ["2026-2016"]})"), "bad-years", "/tours/0/steps/0/filters/years/0", "\"2026-2016\"",
                      "years: expected years between 1900 and 2100, the first not after the second");
    EXPECT_TOUR_ERROR(OneStep(R"(, "filters": {"years": ["2016", "2026"]})"), "bad-filter", "/tours/0/steps/0/filters/years", "[\"2016\"",
                      "'years' takes one range: [\"2016-2026\"], [\"2016-\"] or [\"-2020\"]");
    const LoadResult r = LoadDataset(WithTours(OneStep(R"(, "filters": {"years": ["2016-"]})")), "t.json");
    ASSERT_TRUE(r.ok) << All(r);
    EXPECT_EQ(r.dataset.tours[0].steps[0].filters, (std::vector<std::pair<std::string, std::string>>{{"years", "2016-"}}));
}

TEST(Tours, FilterListShape) {
    EXPECT_TOUR_ERROR(OneStep(R"(, "filters": {"level": "national"})"), "wrong-type", "/tours/0/steps/0/filters/level", "\"national\"",
                      "expected a list [...], found the text 'national'");
    EXPECT_TOUR_ERROR(OneStep(R"(, "filters": {"level": []})"), "empty-list", "/tours/0/steps/0/filters/level", "[]",
                      "no values: give at least one, e.g. [\"national\", \"regional\"], or remove 'level'");
    EXPECT_TOUR_ERROR(OneStep(R"(, "filters": {"level": ["national,regional"]})"), "bad-filter", "/tours/0/steps/0/filters/level/0",
                      "\"national,regional\"",
                      "expected one value per text, without commas or surrounding spaces: write [\"a\", \"b\"], found the "
                      "text 'national,regional'");
    EXPECT_TOUR_ERROR(OneStep(R"(, "filters": {"level": ["all", "local"]})"), "bad-filter", "/tours/0/steps/0/filters/level/0", "\"all\"",
                      "'all' means no restriction on 'level'; it cannot be combined with other values");
    EXPECT_TOUR_ERROR(OneStep(R"(, "filters": {"level": [3]})"), "wrong-type", "/tours/0/steps/0/filters/level/0", "3]",
                      "expected a text in double quotes, found the number 3");
    EXPECT_TOUR_ERROR(OneStep(R"(, "filters": ["level"])"), "wrong-type", "/tours/0/steps/0/filters", "[\"level\"]",
                      "expected an object {...}, found a list [...]");
}

// --- camera -----------------------------------------------------------------------------------------

TEST(Tours, CameraShapes) {
    EXPECT_TOUR_ERROR(OneStep(R"(, "camera": "everything")"), "bad-enum", "/tours/0/steps/0/camera", "\"everything\"",
                      "unknown camera 'everything'; allowed: \"highlighted\", \"all\" or {\"x\": 0, \"y\": 0, \"zoom\": 1}");
    EXPECT_TOUR_ERROR(OneStep(R"(, "camera": "al")"), "bad-enum", "/tours/0/steps/0/camera", "\"al\"",
                      "unknown camera 'al'; allowed: \"highlighted\", \"all\" or {\"x\": 0, \"y\": 0, \"zoom\": 1} "
                      "(did you mean 'all'?)");
    EXPECT_TOUR_ERROR(OneStep(R"(, "camera": [0, 0, 1])"), "wrong-type", "/tours/0/steps/0/camera", "[0, 0, 1]",
                      "expected \"highlighted\", \"all\" or {\"x\": 0, \"y\": 0, \"zoom\": 1}, found a list [...]");
    EXPECT_TOUR_ERROR(OneStep(R"(, "camera": {"x": 0, "y": 0})"), "missing-field", "/tours/0/steps/0/camera", "{\"x\"",
                      "missing required field 'zoom'");
    EXPECT_TOUR_ERROR(OneStep(R"(, "camera": {"x": 1e999, "y": 0, "zoom": 1})"), "out-of-range", "/tours/0/steps/0/camera/x", "1e999",
                      "camera x 1e999 is not a finite number; allowed: any finite number");
    EXPECT_TOUR_ERROR(OneStep(R"(, "camera": {"x": 0, "y": "2", "zoom": 1})"), "wrong-type", "/tours/0/steps/0/camera/y", "\"2\"",
                      "expected a number, found the text '2'; write numbers without quotes");
    EXPECT_TOUR_ERROR(OneStep(R"(, "camera": {"x": 0, "y": 0, "zoom": 0})"), "out-of-range", "/tours/0/steps/0/camera/zoom", "0}",
                      "camera zoom 0 is out of range; allowed: more than 0");
    EXPECT_TOUR_ERROR(OneStep(R"(, "camera": {"x": 0, "y": 0, "zoom": -2})"), "out-of-range", "/tours/0/steps/0/camera/zoom", "-2",
                      "camera zoom -2 is out of range; allowed: more than 0");
    const std::string extra = OneStep(R"(, "camera": {"x": 0, "y": 0, "zoom": 1, "zom": 2})");
    EXPECT_ONLY(LoadDataset(WithTours(extra), "t.json"), Severity::Warning, "unknown-key", "/tours/0/steps/0/camera/zom", kToursLine,
                Col(extra, "\"zom\""), "unknown key 'zom' (it is ignored); did you mean 'zoom'?");
}

TEST(Tours, ABadCameraLeavesTheDefault) {
    const LoadResult r = LoadDataset(WithTours(OneStep(R"(, "camera": {"x": 5, "y": 0, "zoom": 0})")), "t.json");
    ASSERT_FALSE(r.ok);
    EXPECT_EQ(r.dataset.tours[0].steps[0].camera, TourStep::CameraMode::Highlighted);
    EXPECT_DOUBLE_EQ(r.dataset.tours[0].steps[0].camera_x, 0);
}

// --- several problems at once, in file order ----------------------------------------------------------

TEST(Tours, ProblemsAreSortedByPosition) {
    const LoadResult r = LoadDataset(
        Variant(R"("case": "catalonia", "recommendation": "r1",)", R"("case": "catalunia", "recommendation": "r9", "layuot": "ego",)"),
        "v.json");
    ASSERT_EQ(r.diagnostics.size(), 3u) << All(r);
    EXPECT_EQ(r.errors, 2);
    EXPECT_EQ(r.warnings, 1);
    // Line 72 is `          "case": "catalunia", "recommendation": "r9", "layuot": "ego",` (10 spaces).
    EXPECT_EQ(FormatDiagnostic(r.diagnostics[0]), "v.json:72:19: error: /tours/0/steps/1/case: unknown case 'catalunia'; did you mean 'catalonia'?");
    EXPECT_EQ(FormatDiagnostic(r.diagnostics[1]),
              "v.json:72:50: error: /tours/0/steps/1/recommendation: unknown recommendation 'r9'; did you mean 'r1'?");
    EXPECT_EQ(FormatDiagnostic(r.diagnostics[2]),
              "v.json:72:56: warning: /tours/0/steps/1/layuot: unknown key 'layuot' (it is ignored); did you mean 'layout'?");
    EXPECT_EQ(r.diagnostics[0].code, "unknown-case");
    EXPECT_EQ(r.diagnostics[1].code, "unknown-recommendation");
    EXPECT_EQ(r.diagnostics[2].code, "unknown-key");
}

}  // namespace
}  // namespace sse
