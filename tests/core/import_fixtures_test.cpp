// import_fixtures_test.cpp: files written by LibreOffice (tests/data/import/make_fixtures.sh) open with the expected
// counts, and each broken variant gives its located message.
#include <gtest/gtest.h>

#include "core/import_formats.h"
#include "import_test_helpers.h"
#include "test_files.h"

namespace {

sse::ImportFile Fixture(const std::string& name) {
    return {name, sse::test::ReadFile(sse::test::SourcePath("tests/data/import/" + name))};
}

using sse::test::Lines;

bool Has(const sse::MappedImport& m, const std::string& text) { return Lines(m).find(text) != std::string::npos; }

TEST(ImportFixtures, SemicolonWindows1252AndUtf16TabFromLibreOffice) {
    const auto actors = Fixture("actors-semicolon-1252.csv");
    const auto links = Fixture("links-utf16.txt");
    ASSERT_FALSE(actors.bytes.empty());
    const sse::MappedImport m = sse::ImportFiles({actors, links});
    EXPECT_TRUE(m.ok) << Lines(m);
    EXPECT_EQ(m.actors, 4u);
    EXPECT_EQ(m.links, 4u);
    EXPECT_EQ(m.territories, 2u);  // MX (also written "México") and Spain, from the country table
    EXPECT_TRUE(Has(m, "actors-semicolon-1252.csv: warning: the file is not UTF-8; it was read as Windows-1252")) << Lines(m);
    EXPECT_NE(m.json.find("Cooperativa Café Ñandú"), std::string::npos);
    EXPECT_NE(m.json.find("Grant “Café 2021”"), std::string::npos);  // curly quotes through UTF-16
    EXPECT_EQ(m.warnings, 3) << Lines(m);  // the encoding, and two inferred rows without a reasoning
    EXPECT_TRUE(Has(m, "actors-semicolon-1252.csv:3:1: warning: actor 'red-economia' is tagged 'inferred' but has no 'reasoning'")) << Lines(m);
}

TEST(ImportFixtures, BrokenVariantsAreLocated) {
    auto actors = Fixture("actors-semicolon-1252.csv");
    auto links = Fixture("links-utf16.txt");
    // A level nobody knows, in row 3 (line 3), column 4: read as ours (national) and said where, not a stop.
    std::string& a = actors.bytes;
    a.replace(a.find("\"national\""), 10, "\"nacional\"");
    sse::MappedImport m = sse::ImportFiles({actors, links});
    EXPECT_TRUE(m.ok) << Lines(m);
    EXPECT_TRUE(Has(m, "actors-semicolon-1252.csv:3:4: warning: level 'nacional' is not one of the explorer's")) << Lines(m);
    EXPECT_NE(m.json.find("\"level (as written)\": \"nacional\""), std::string::npos) << m.json;
    // A source that is no address still stops the load, at its cell (row 3, column 8).
    auto bad_source = Fixture("actors-semicolon-1252.csv");
    bad_source.bytes.replace(bad_source.bytes.find("https://example.org/red"), 23, "example dot org");
    m = sse::ImportFiles({bad_source, links});
    EXPECT_FALSE(m.ok);
    EXPECT_TRUE(Has(m, "actors-semicolon-1252.csv:3:8: error: column 'sources':")) << Lines(m);
    // A quote never closed.
    auto open = Fixture("quoted-line-breaks.csv");
    open.bytes.erase(open.bytes.rfind('"'));
    m = sse::ImportFiles({open});
    EXPECT_TRUE(Has(m, "quoted-line-breaks.csv:7: error: a quoted cell starts on this line and is never closed")) << Lines(m);
    // A link to an actor that is not there, in the UTF-16 file (line 3, column 2).
    auto bad_links = Fixture("links-utf16.txt");
    const std::string from = std::string("c\0o\0o\0p\0-\0n\0a\0n\0d\0u\0", 20);
    const size_t at = bad_links.bytes.find(from, bad_links.bytes.find(from) + 1);
    ASSERT_NE(at, std::string::npos);
    bad_links.bytes[at] = 'k';
    m = sse::ImportFiles({Fixture("actors-semicolon-1252.csv"), bad_links});
    EXPECT_TRUE(Has(m, "links-utf16.txt:3:2: error: column 'to': unknown actor 'koop-nandu'")) << Lines(m);
}

TEST(ImportFixtures, QuotedLineBreaksKeepTheirRowsAndLines) {
    const sse::MappedImport m = sse::ImportFiles({Fixture("quoted-line-breaks.csv")});
    EXPECT_TRUE(m.ok) << Lines(m);
    EXPECT_EQ(m.actors, 3u);
    EXPECT_NE(m.json.find("First line\\nsecond line, with a comma\\nand a \\\"quoted\\\" word"), std::string::npos) << m.json;
    // coop-c starts on line 6 (rows 2 and 3 span lines 2-4 and 5): a kind we do not know there is reported on line 6.
    auto f = Fixture("quoted-line-breaks.csv");
    f.bytes.replace(f.bytes.find("\"network\""), 9, "\"netwrk\"");
    const sse::MappedImport odd = sse::ImportFiles({f});
    EXPECT_TRUE(Has(odd, "quoted-line-breaks.csv:6:3: warning: actor kind 'netwrk' is not one of the explorer's")) << Lines(odd);
}

TEST(ImportFixtures, KumuStyleTables) {
    const sse::MappedImport m = sse::ImportFiles({Fixture("kumu-elements.csv"), Fixture("kumu-connections.csv")});
    EXPECT_TRUE(m.ok) << Lines(m);
    EXPECT_EQ(m.actors, 3u);
    EXPECT_EQ(m.links, 2u);
    EXPECT_EQ(m.territories, 1u);  // GB and "United Kingdom" are one country
    EXPECT_TRUE(Has(m, "kumu-elements.csv:1:6: warning: column 'Tags' is not a field of actors; it is kept as an attribute")) << Lines(m);
    EXPECT_NE(m.json.find("\"Tags\": \"café|food\""), std::string::npos) << m.json;
    EXPECT_NE(m.json.find("\"id\": \"community-cafe-govan\""), std::string::npos);
    auto broken = Fixture("kumu-connections.csv");
    broken.bytes.replace(broken.bytes.find("Membership"), 10, "Friendship");
    const sse::MappedImport odd = sse::ImportFiles({Fixture("kumu-elements.csv"), broken});
    EXPECT_TRUE(odd.ok) << Lines(odd);
    EXPECT_TRUE(Has(odd, "kumu-connections.csv:2:3: warning: relation 'Friendship' is not one of the explorer's")) << Lines(odd);
    EXPECT_TRUE(Has(odd, "read as 'partnership', the text is kept as attribute 'Type'")) << Lines(odd);
    EXPECT_NE(odd.json.find("\"Type\": \"Friendship\""), std::string::npos) << odd.json;
}

TEST(ImportFixtures, ParticipatorySystemMapperStyleTables) {
    const sse::MappedImport m = sse::ImportFiles({Fixture("psm-factors.csv"), Fixture("psm-links.csv")});
    EXPECT_TRUE(m.ok) << Lines(m);
    EXPECT_EQ(m.actors, 3u);
    EXPECT_EQ(m.links, 2u);
    EXPECT_EQ(m.territories, 1u);  // KR, South Korea and KOR
    EXPECT_NE(m.json.find("\"description\": \"Fictional hub\""), std::string::npos);  // PSM's Note
    auto broken = Fixture("psm-links.csv");
    broken.bytes.replace(broken.bytes.find("Korea Agency"), 5, "Corea");
    const sse::MappedImport bad = sse::ImportFiles({Fixture("psm-factors.csv"), broken});
    EXPECT_TRUE(Has(bad, "psm-links.csv:3:1: error: column 'From': unknown actor 'Corea Agency (fictional)'")) << Lines(bad);
}

}  // namespace
