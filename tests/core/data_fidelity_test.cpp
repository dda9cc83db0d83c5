// data_fidelity_test.cpp: the bundled data says only what its sources say (issue 17).
//   - every quote in data/silk.json (actors, links, cases, tour steps) is found verbatim in the SILK policy
//     brief, ../shared/seed/silk-policy-brief.txt next to the repository (skipped when that folder is absent);
//   - every `brief` item has a quote and every `inferred` item a reasoning, and the bundled data loads with
//     no warning at all;
//   - the loader's rule: a missing quote or reasoning is an error in the bundled data set, a warning elsewhere.
#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <vector>

#include "core/dataset_loader.h"
#include "core/diagnostic.h"
#include "test_files.h"

namespace sse {
namespace {

namespace fs = std::filesystem;

fs::path BriefPath() { return fs::path(SSE_SOURCE_DIR) / ".." / "shared" / "seed" / "silk-policy-brief.txt"; }

// Runs of spaces, tabs and line breaks become one space, and the ends are trimmed: the brief's text file
// wraps its lines (sometimes with blank lines between) where the data writes one line.
std::string NormaliseSpace(const std::string& s) {
    std::string out;
    bool space = false;
    for (const char c : s) {
        if (c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\v') {
            space = !out.empty();
            continue;
        }
        if (space) out += ' ';
        space = false;
        out += c;
    }
    return out;
}

// The quote's parts (separated by "…", U+2026, where the quote skips some of the brief's words), trimmed.
std::vector<std::string> QuoteParts(const std::string& quote) {
    static const std::string kEllipsis = "\xE2\x80\xA6";
    std::vector<std::string> parts;
    size_t start = 0;
    while (true) {
        const size_t at = quote.find(kEllipsis, start);
        parts.push_back(NormaliseSpace(quote.substr(start, at == std::string::npos ? std::string::npos : at - start)));
        if (at == std::string::npos) break;
        start = at + kEllipsis.size();
    }
    return parts;
}

// "" when every part of `quote` is in `brief` (both normalised), in order and not empty; else what is wrong.
std::string FindQuote(const std::string& brief, const std::string& quote) {
    size_t from = 0;
    for (const std::string& part : QuoteParts(quote)) {
        if (part.empty()) return "an empty part (a stray '…' or a blank quote)";
        const size_t at = brief.find(part, from);
        if (at == std::string::npos) {
            return brief.find(part) == std::string::npos ? "not in the brief: \"" + part + "\""
                                                         : "out of order: \"" + part + "\"";
        }
        from = at + part.size();
    }
    return "";
}

std::string All(const LoadResult& r) {
    std::string out;
    for (const Diagnostic& d : r.diagnostics) out += FormatDiagnostic(d) + " [" + d.code + "]\n";
    return out;
}

// One quoted item of the data set, named for messages.
struct Quoted {
    std::string where, quote;
};

std::vector<Quoted> EveryQuote(const Dataset& d) {
    std::vector<Quoted> out;
    for (const Actor& a : d.actors)
        if (!a.quote.empty()) out.push_back({"actor " + a.id, a.quote});
    for (const Link& l : d.links)
        if (!l.quote.empty()) out.push_back({"link " + l.id, l.quote});
    for (const Case& c : d.cases)
        if (!c.quote.empty()) out.push_back({"case " + c.id, c.quote});
    for (const Tour& t : d.tours)
        for (size_t i = 0; i < t.steps.size(); ++i)
            if (!t.steps[i].quote.empty()) out.push_back({"tour " + t.id + " step " + std::to_string(i + 1), t.steps[i].quote});
    return out;
}

TEST(DataFidelity, BundledDataLoadsWithoutAWarning) {
    const LoadResult r = LoadDatasetFile(test::SourcePath("data/silk.json"));
    ASSERT_TRUE(r.ok) << All(r);
    EXPECT_EQ(r.errors, 0) << All(r);
    EXPECT_EQ(r.warnings, 0) << All(r);
    EXPECT_EQ(r.dataset.id, kBundledDatasetId);
}

TEST(DataFidelity, EveryBriefItemHasAQuoteAndEveryInferredItemAReasoning) {
    const LoadResult r = LoadDatasetFile(test::SourcePath("data/silk.json"));
    ASSERT_TRUE(r.ok) << All(r);
    auto check = [](const auto& items, const char* what) {
        for (const auto& x : items) {
            if (x.confidence == Confidence::Brief) {
                EXPECT_FALSE(x.quote.empty()) << what << " " << x.id;
            }
            if (x.confidence == Confidence::Inferred) {
                EXPECT_FALSE(x.reasoning.empty()) << what << " " << x.id;
            }
        }
    };
    check(r.dataset.actors, "actor");
    check(r.dataset.links, "link");
    check(r.dataset.cases, "case");
}

TEST(DataFidelity, EveryQuoteIsTheBriefsOwnWords) {
    if (!fs::exists(BriefPath())) GTEST_SKIP() << "no SILK brief at " << BriefPath();
    const std::string brief = NormaliseSpace(test::ReadFile(BriefPath().string()));
    ASSERT_GT(brief.size(), 5000u) << "the brief could not be read";
    const LoadResult r = LoadDatasetFile(test::SourcePath("data/silk.json"));
    ASSERT_TRUE(r.ok) << All(r);
    const std::vector<Quoted> quotes = EveryQuote(r.dataset);
    EXPECT_GE(quotes.size(), 10u) << "the bundled data should quote the brief for each brief item and tour step";
    for (const Quoted& q : quotes) EXPECT_EQ(FindQuote(brief, q.quote), "") << q.where;
}

// The matcher forgives only whitespace: a word changed, dropped or "corrected", or parts out of order, fail.
TEST(DataFidelity, TheQuoteMatcherIsStrict) {
    const std::string brief = NormaliseSpace("The  \u201cCOOPCycle\u201d initiative initiative brings together\n\n many of these aspects.");
    EXPECT_EQ(FindQuote(brief, "initiative initiative brings together many of these aspects."), "");
    EXPECT_EQ(FindQuote(brief, "\u201cCOOPCycle\u201d \u2026 many of these aspects"), "");
    EXPECT_NE(FindQuote(brief, "initiative brings together these aspects"), "");
    EXPECT_NE(FindQuote(brief, "\"COOPCycle\" initiative"), "") << "straight quotes for curly ones";
    EXPECT_NE(FindQuote(brief, "The CoopCycle initiative"), "") << "case matters";
    EXPECT_NE(FindQuote(brief, "many of these aspects \u2026 brings together"), "") << "parts must keep the brief's order";
    EXPECT_NE(FindQuote(brief, "brings together \u2026"), "") << "an empty part";
}

// A data set with one brief actor without a quote and one inferred link without a reasoning, under `id`.
std::string Unsupported(const std::string& id) {
    return R"({"format": "sse-explorer/1", "dataset": {"id": ")" + id + R"(", "title": "X"},
      "territories": [{"id": "t", "name": "T", "kind": "city", "lat": 1, "lon": 2}],
      "actors": [{"id": "a", "name": "A", "kind": "funder", "level": "local", "territory": "t", "confidence": "brief",
                  "sources": [{"url": "https://x.org", "title": "S"}]},
                 {"id": "b", "name": "B", "kind": "funder", "level": "local", "territory": "t", "confidence": "verified",
                  "sources": [{"url": "https://x.org", "title": "S"}]}],
      "links": [{"id": "l", "from": "a", "to": "b", "kind": "horizontal", "relation": "funding", "direction": "both",
                 "confidence": "inferred", "sources": [{"url": "https://x.org", "title": "S"}]}],
      "cases": [], "recommendations": []})";
}

TEST(DataFidelity, MissingProvenanceIsAnErrorInTheBundledDataAndAWarningElsewhere) {
    const LoadResult mine = LoadDataset(Unsupported("mine"), "mine.json");
    EXPECT_TRUE(mine.ok) << All(mine);
    EXPECT_EQ(mine.errors, 0) << All(mine);
    ASSERT_EQ(mine.warnings, 2) << All(mine);
    EXPECT_EQ(mine.diagnostics[0].code, "missing-quote");
    EXPECT_EQ(mine.diagnostics[0].pointer, "/actors/0");
    EXPECT_EQ(mine.diagnostics[1].code, "missing-reasoning");
    EXPECT_EQ(mine.diagnostics[1].pointer, "/links/0");

    const LoadResult bundled = LoadDataset(Unsupported(kBundledDatasetId), "silk.json");
    EXPECT_FALSE(bundled.ok);
    EXPECT_EQ(bundled.errors, 2) << All(bundled);
    EXPECT_EQ(bundled.warnings, 0) << All(bundled);
    for (const Diagnostic& d : bundled.diagnostics) EXPECT_EQ(d.severity, Diagnostic::Severity::Error) << All(bundled);
}

// A value dimension is recorded only where a source names it, and the link's description says which source
// (data/README.md, "Counts"): a dimension without a stated basis would be our reading dressed as a fact.
TEST(DataFidelity, EveryRecordedValueDimensionStatesItsBasis) {
    const LoadResult r = LoadDatasetFile(test::SourcePath("data/silk.json"));
    ASSERT_TRUE(r.ok) << All(r);
    int valued = 0;
    for (const Link& l : r.dataset.links) {
        if (l.values == 0) continue;
        ++valued;
        const bool stated = l.description.find("Value") != std::string::npos || l.description.find("value") != std::string::npos;
        EXPECT_TRUE(stated) << "link " << l.id << " carries values without saying which source names them";
    }
    EXPECT_GT(valued, 0);
}

TEST(DataFidelity, QuoteReasoningAndYearNoteAreRead) {
    const LoadResult r = LoadDatasetFile(test::SourcePath("data/silk.json"));
    ASSERT_TRUE(r.ok) << All(r);
    const int accio = r.dataset.FindActor("accio");
    ASSERT_GE(accio, 0);
    const Actor& a = r.dataset.actors[static_cast<size_t>(accio)];
    EXPECT_EQ(a.years.from, 1985);
    EXPECT_NE(a.years.note.find("lineage"), std::string::npos) << a.years.note;
    bool reasoning = false;
    for (const Link& l : r.dataset.links) reasoning = reasoning || !l.reasoning.empty();
    EXPECT_TRUE(reasoning);
}

}  // namespace
}  // namespace sse
