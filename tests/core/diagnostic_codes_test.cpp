// diagnostic_codes_test.cpp: the table of diagnostic codes (src/core/diagnostic_codes.cpp), its copy in
// data/README.md, one input per code that makes the loader produce it, and a code on every diagnostic of
// every fixture.
#include <gtest/gtest.h>

#include "test_files.h"

#include <filesystem>
#include <fstream>
#include <iterator>
#include <regex>
#include <set>
#include <string>
#include <vector>

#include "core/dataset_loader.h"
#include "core/diagnostic.h"
#include "core/diagnostic_codes.h"
#include "core/explorer.h"
#include "core/import_formats.h"

namespace sse {
namespace {

using sse::test::SourcePath;
std::string DataPath(const std::string& name) { return SourcePath("tests/data/" + name); }

using sse::test::ReadFile;

// tests/data/`base` with `from` replaced by `to`; `from` must occur exactly once.
std::string Variant(const std::string& base, const std::string& from, const std::string& to) {
    std::string text = ReadFile(DataPath(base));
    const size_t at = text.find(from);
    EXPECT_NE(at, std::string::npos) << from;
    EXPECT_EQ(text.find(from, at + 1), std::string::npos) << "ambiguous: " << from;
    if (at != std::string::npos) text.replace(at, from.size(), to);
    return text;
}
std::string Tiny(const std::string& from, const std::string& to) { return Variant("tiny_valid.json", from, to); }
std::string Tour(const std::string& from, const std::string& to) { return Variant("tour_valid.json", from, to); }

std::string All(const LoadResult& r) {
    std::string out;
    for (const Diagnostic& d : r.diagnostics) out += FormatDiagnostic(d) + " [" + d.code + "]\n";
    return out;
}

std::set<std::string> TableNames() {
    std::set<std::string> names;
    for (size_t i = 0; i < kDiagnosticCodeCount; ++i) names.insert(DiagnosticCodeTable()[i].name);
    return names;
}

// --- the table ----------------------------------------------------------------------------------

TEST(DiagnosticCodes, TableIsInEnumOrderWithUniqueKebabCaseNames) {
    const std::regex kebab("[a-z0-9]+(-[a-z0-9]+)*");
    std::set<std::string> seen;
    for (size_t i = 0; i < kDiagnosticCodeCount; ++i) {
        const DiagnosticCodeInfo& row = DiagnosticCodeTable()[i];
        EXPECT_EQ(static_cast<size_t>(row.code), i);
        EXPECT_TRUE(std::regex_match(row.name, kebab)) << row.name;
        EXPECT_TRUE(seen.insert(row.name).second) << "twice: " << row.name;
        EXPECT_STRNE(row.meaning, "") << row.name;
        EXPECT_EQ(std::string(row.meaning).find('|'), std::string::npos) << "breaks the README table: " << row.name;
        EXPECT_STREQ(ToString(row.code), row.name);
        DiagnosticCode parsed{};
        ASSERT_TRUE(ParseDiagnosticCode(row.name, &parsed)) << row.name;
        EXPECT_EQ(parsed, row.code);
    }
    DiagnosticCode ignored{};
    EXPECT_FALSE(ParseDiagnosticCode("no-such-code", &ignored));
    EXPECT_FALSE(ParseDiagnosticCode("", &ignored));
}

// data/README.md documents every code with the table's own meaning, and no code the table lacks.
TEST(DiagnosticCodes, DataReadmeListsEveryCodeWithItsMeaning) {
    const std::string readme = ReadFile(SourcePath("data/README.md"));
    ASSERT_FALSE(readme.empty()) << "cannot read data/README.md";
    const size_t begin = readme.find("\n### Codes\n");
    ASSERT_NE(begin, std::string::npos) << "data/README.md has no '### Codes' section";
    const size_t end = readme.find("\n## ", begin);
    const std::string section = readme.substr(begin, end == std::string::npos ? std::string::npos : end - begin);
    for (size_t i = 0; i < kDiagnosticCodeCount; ++i) {
        const DiagnosticCodeInfo& row = DiagnosticCodeTable()[i];
        const std::string line = std::string("| `") + row.name + "` | " + row.meaning + " |\n";
        EXPECT_NE(section.find(line), std::string::npos) << "data/README.md, section Codes, lacks the row\n" << line;
    }
    const std::set<std::string> names = TableNames();
    const std::regex row_pattern("\\n\\| `([^`]*)` \\|");
    for (auto it = std::sregex_iterator(section.begin(), section.end(), row_pattern); it != std::sregex_iterator(); ++it) {
        EXPECT_EQ(names.count((*it)[1].str()), 1u) << "data/README.md documents a code the table does not have: " << (*it)[1];
    }
}

// --- one input per code ---------------------------------------------------------------------------

struct CodeCase {
    const char* code;
    LoadResult result;
};

// The loader's inputs for each code. Built on the fixtures, each with the one defect named by its code.
std::vector<CodeCase> CodeCases() {
    std::vector<CodeCase> cases;
    auto text = [&](const char* code, const std::string& t) { cases.push_back({code, LoadDataset(t, "v.json")}); };
    cases.push_back({"file-not-found", LoadDatasetFile(DataPath("no_such_file.json"))});
    cases.push_back({"file-unreadable", LoadDatasetFile(SourcePath("tests/data"))});
    text("file-too-large", std::string(kMaxFileBytes + 1, ' '));
    text("empty-file", "");
    text("syntax", "{\"a\": 1,}");
    text("bad-utf8", "{\"a\": \"\xE9t\xE9\"}");
    text("too-deep", "{\"a\": " + std::string(100, '[') + std::string(100, ']') + "}");
    text("duplicate-key", Tiny("\"name\": \"Spain\",", "\"name\": \"Espana\", \"name\": \"Spain\","));
    text("not-a-data-file", "{\"name\": \"package\", \"version\": \"1.0\"}");
    text("unsupported-format", Tiny("\"sse-explorer/1\"", "\"sse-explorer/2\""));
    text("duplicate-list", Tiny("\"cases\": [\n", "\"cases\": [], \"cases\": [\n"));
    text("wrong-type", Tiny("\"weight\": 3,", "\"weight\": \"3\","));
    text("missing-field", Tiny("\"level\": \"national\", ", ""));
    text("unknown-key", Tiny("\"summary\": \"A regional ecosystem.\",", "\"summary\": \"A regional ecosystem.\", \"extra\": 1,"));
    {
        // One tour past the limit; every tour is valid, so the limit is the only problem.
        std::string tours;
        for (size_t i = 0; i <= kMaxOtherItems; ++i) {
            tours += std::string(i ? "," : "") + "{\"id\": \"t" + std::to_string(i) +
                     "\", \"title\": \"T\", \"steps\": [{\"title\": \"S\", \"text\": \"x\"}]}";
        }
        text("too-many-items", Tiny("\"recommendations\": [\n", "\"tours\": [" + tours + "],\n  \"recommendations\": [\n"));
    }
    text("too-long", Tiny("\"name\": \"Catalonia\"", "\"name\": \"" + std::string(kMaxNameBytes + 1, 'x') + "\""));
    text("empty-text", Tiny("\"name\": \"Spain\"", "\"name\": \"\""));
    text("empty-list", Tiny("\"sources\": [{\"url\": \"https://example.org/case\", \"title\": \"Case\"}]", "\"sources\": []"));
    text("bad-id", Tiny("\"id\": \"tiny\"", "\"id\": \"Tiny Set\""));
    text("bad-enum", Tiny("\"kind\": \"network\"", "\"kind\": \"netwrk\""));
    text("bad-url", Tiny("\"http://example.org/l2\"", "\"ftp://example.org/l2\""));
    text("bad-coordinates", Tiny("\"lat\": 41.8", "\"lat\": 95"));
    text("bad-years", Tiny("{\"from\": 1985}", "{\"from\": 1850}"));
    text("out-of-range", Tiny("\"weight\": 3,", "\"weight\": 0,"));
    text("duplicate-id", Tiny("\"id\": \"coop-ct\"", "\"id\": \"mites\""));
    text("duplicate-number", Tiny("\"cases\": [\"catalonia\"]}\n", "\"cases\": [\"catalonia\"]},\n    {\"id\": \"r2\", \"number\": 1, "
                                                                   "\"title\": \"T\", \"text\": \"x\", \"cases\": []}\n"));
    text("unknown-territory", Tiny("\"territory\": \"es\"", "\"territory\": \"xx\""));
    text("unknown-actor", Tiny("\"to\": \"accio\"", "\"to\": \"acio\""));
    text("unknown-link", Tiny("\"links\": [\"accio-coop\"]", "\"links\": [\"acio-coop\"]"));
    text("unknown-case", Tiny("\"cases\": [\"catalonia\"], \"confidence\"", "\"cases\": [\"catalunya\"], \"confidence\""));
    text("unknown-recommendation", Tiny("\"recommendations\": [\"r1\"]", "\"recommendations\": [\"r9\"]"));
    text("unknown-language", Tiny("\"cases\": [\"catalonia\"]}\n", "\"cases\": [\"catalonia\"], "
                                                                   "\"translations\": {\"de\": {\"title\": \"Beide Richtungen\"}}}\n"));
    text("self-link", Tiny("\"to\": \"coop-ct\"", "\"to\": \"accio\""));
    text("kind-contradicts-levels", Tiny("\"kind\": \"vertical\"", "\"kind\": \"horizontal\""));
    text("territory-cycle", Tiny("\"parent\": \"es\"", "\"parent\": \"es-ct\""));
    text("unused-territory", Tiny("{\"id\": \"eu\", ", "{\"id\": \"fr\", \"name\": \"France\", \"kind\": \"country\", \"lat\": 46, "
                                                    "\"lon\": 2},\n    {\"id\": \"eu\", "));
    text("missing-quote", Tiny("\"quote\": \"Example\", \"sources\": [{\"url\": \"https://example.org/coop\"", "\"sources\": [{\"url\": \"https://example.org/coop\""));
    text("missing-reasoning", Tiny("\"confidence\": \"inferred\", \"reasoning\": \"Example\"", "\"confidence\": \"inferred\""));
    text("ego-centre-mismatch", Tour("\"layout\": \"ego\", \"centre\": \"accio\",", "\"layout\": \"ego\","));
    text("bad-filter", Tour("\"relation\": [\"all\"]", "\"relation\": [\"all\", \"funding\"]"));
    {
        std::string keys;
        for (int i = 0; i <= kMaxDiagnostics; ++i) keys += "\"x" + std::to_string(i) + "\": 0, ";
        text("too-many-diagnostics", Tiny("\"dataset\": {", "\"dataset\": {" + keys));
    }
    // The importer's own codes (CSV files, tables, a merge).
    auto import = [&](const char* code, std::vector<ImportFile> files) {
        LoadResult r;
        r.diagnostics = ImportFiles(files).diagnostics;
        cases.push_back({code, r});
    };
    const std::string actors = "id,name,kind,level,territory,confidence,sources\na,A,network,local,FR,verified,https://a.org\n";
    import("converted-encoding", {{"actors.csv", "id;name\nx;Caf\xE9\n"}});
    import("unclosed-quote", {{"actors.csv", "id,name\nx,\"Cafe\n"}});
    import("unknown-file-type", {{"picture.png", std::string("\x89PNG\0\0", 6)}});
    import("unknown-table", {{"actors.csv", actors}, {"notes.csv", "colour,size\nred,3\n"}});
    import("no-header", {{"actors.csv", "x,y\n1,2\n"}});
    {
        Explorer ex;
        ex.LoadFile(DataPath("tiny_valid.json"));
        ex.OpenData({{"actors.csv", "id,name,kind,level,territory,confidence,sources\n"
                                    "mites,Ministry,policy_maker,national,es,verified,https://mites.gob.es\n"}});
        ex.Command("import merge");
        LoadResult r;
        r.diagnostics = ex.Diagnostics();
        cases.push_back({"merge-replaced", r});
    }
    return cases;
}

// Each code the loader can produce comes out of its input. The one left out, load-failed, needs the
// memory to run out in the middle of a load.
TEST(DiagnosticCodes, EveryCodeComesOutOfItsInput) {
    std::set<std::string> covered;
    for (const CodeCase& c : CodeCases()) {
        covered.insert(c.code);
        bool found = false;
        for (const Diagnostic& d : c.result.diagnostics) found = found || d.code == c.code;
        EXPECT_TRUE(found) << "no diagnostic with code " << c.code << " among\n" << All(c.result);
    }
    covered.insert("load-failed");
    EXPECT_EQ(covered, TableNames()) << "a code without an input here, or an input for a code not in the table";
}

// The codes are the same for the same kind of problem, not per message: a few kinds with several wordings.
TEST(DiagnosticCodes, OneCodePerKindNotPerWording) {
    auto codes = [](const LoadResult& r) {
        std::vector<std::string> out;
        for (const Diagnostic& d : r.diagnostics) out.push_back(d.code);
        return out;
    };
    using V = std::vector<std::string>;
    // Out of range and not finite: both bad coordinates.
    EXPECT_EQ(codes(LoadDatasetFile(DataPath("bad_coordinates.json"))), (V{"bad-coordinates", "bad-coordinates"}));
    // A reversed range and a fractional year: both bad years.
    EXPECT_EQ(codes(LoadDataset(Tiny("{\"from\": 2016, \"to\": 2026}", "{\"from\": 2016.5, \"to\": 2006}"), "v.json")),
              (V{"bad-years"}));
    EXPECT_EQ(codes(LoadDataset(Tiny("{\"from\": 2016, \"to\": 2026}", "{\"from\": 2016, \"to\": 2006}"), "v.json")),
              (V{"bad-years"}));
    // A byte that is not UTF-8 is bad-utf8 wherever the parser meets it, whatever the message around it says.
    for (const char* text : {"{\"a\": \"\xE9\"}", "{\"a\": 1}\xC3", "{\"a\": [1 \xC3]}", "{\"a\": \"\\\xE9\"}", "\xFF\xFE{}"}) {
        EXPECT_EQ(codes(LoadDataset(text, "u.json")), (V{"bad-utf8"})) << text;
    }
    // A name, an id and an address over the limit: all too long.
    const std::string long_text(kMaxNameBytes + 1, 'a');
    EXPECT_EQ(codes(LoadDataset(Tiny("\"id\": \"tiny\"", "\"id\": \"" + long_text + "\""), "v.json")), (V{"too-long"}));
    EXPECT_EQ(codes(LoadDataset(Tiny("\"https://www.accio.gencat.cat/\", \"silk_role\"",
                                     "\"https://" + long_text + "\", \"silk_role\""), "v.json")),
              (V{"too-long"}));
    // The unknown id's code follows the list it should be in, including from tours and their filters.
    EXPECT_EQ(codes(LoadDataset(Tour("\"actors\": [\"accio\", \"mites\"]", "\"actors\": [\"accio\", \"mitess\"]"), "t.json")),
              (V{"unknown-actor"}));
    EXPECT_EQ(codes(LoadDataset(Tour("\"territory\": [\"es\"]", "\"territory\": [\"fr\"]"), "t.json")), (V{"unknown-territory"}));
    EXPECT_EQ(codes(LoadDataset(Tour("\"case\": \"catalonia\", \"recommendation\": \"r1\"",
                                     "\"case\": \"catalunya\", \"recommendation\": \"r2\""), "t.json")),
              (V{"unknown-case", "unknown-recommendation"}));
    // A tour's layout, camera and filter values are enum names like any other.
    EXPECT_EQ(codes(LoadDataset(Tour("\"layout\": \"levels\"", "\"layout\": \"level\""), "t.json")), (V{"bad-enum"}));
    EXPECT_EQ(codes(LoadDataset(Tour("\"camera\": \"all\"", "\"camera\": \"everything\""), "t.json")), (V{"bad-enum"}));
    EXPECT_EQ(codes(LoadDataset(Tour("\"value\": [\"social\"]", "\"value\": [\"sociall\"]"), "t.json")), (V{"bad-enum"}));
    // And a bad years filter is bad years.
    EXPECT_EQ(codes(LoadDataset(Tour("\"years\": [\"2016-2026\"]", "\"years\": [\"2026-2016\"]"), "t.json")), (V{"bad-years"}));
}

// --- every diagnostic has a code ------------------------------------------------------------------

TEST(DiagnosticCodes, EveryDiagnosticOfEveryFixtureHasACodeFromTheTable) {
    std::vector<std::string> paths = {SourcePath("data/silk.json")};
    for (const auto& entry : std::filesystem::recursive_directory_iterator(SourcePath("tests/data"))) {
        if (entry.is_regular_file()) paths.push_back(entry.path().string());
    }
    ASSERT_GT(paths.size(), 20u);
    const std::set<std::string> names = TableNames();
    size_t diagnostics = 0;
    for (const std::string& path : paths) {
        const LoadResult r = LoadDatasetFile(path);
        for (const Diagnostic& d : r.diagnostics) {
            ++diagnostics;
            EXPECT_FALSE(d.code.empty()) << path << ": " << FormatDiagnostic(d);
            EXPECT_EQ(names.count(d.code), 1u) << path << ": unknown code '" << d.code << "' on " << FormatDiagnostic(d);
        }
    }
    EXPECT_GT(diagnostics, 10u);  // most fixtures are broken on purpose
}

}  // namespace
}  // namespace sse
