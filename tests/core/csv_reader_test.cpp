// csv_reader_test.cpp: CSV/TSV as spreadsheets write it: encodings, separators, quoting, line ends, empty rows.
#include "core/csv_reader.h"

#include <gtest/gtest.h>

#include "core/text_encoding.h"

namespace {

using Rows = std::vector<std::vector<std::string>>;

sse::ImportTable ReadOne(const std::string& bytes, const std::string& name = "t.csv") {
    sse::ImportRead read = sse::ReadDelimitedText(bytes, name);
    EXPECT_EQ(read.tables.size(), 1u);
    return read.tables.empty() ? sse::ImportTable{} : read.tables[0];
}

TEST(CsvReader, CommaQuotedFieldsWithSeparatorsQuotesAndLineBreaks) {
    const auto t = ReadOne("id,name,description\r\na,\"Coop, the first\",\"She said \"\"hi\"\"\r\nthen left\"\r\nb,B,\r\n");
    EXPECT_EQ(t.rows, (Rows{{"id", "name", "description"}, {"a", "Coop, the first", "She said \"hi\"\nthen left"}, {"b", "B"}}));
    EXPECT_EQ(t.row_numbers, (std::vector<int>{1, 2, 4}));  // row 3 starts on line 4: row 2 spans two lines
}

TEST(CsvReader, DetectsSemicolonAndTab) {
    EXPECT_EQ(ReadOne("id;name;note\na;A, with a comma;x\nb;B;y\n").rows[1], (std::vector<std::string>{"a", "A, with a comma", "x"}));
    EXPECT_EQ(ReadOne("id\tname\na\tA; B, C\n").rows[1], (std::vector<std::string>{"a", "A; B, C"}));
}

TEST(CsvReader, SkipsEmptyRowsAndTrailingEmptyCells) {
    const auto t = ReadOne("title of the sheet,,\n,,\nid,name,,\na,A,,\n\n\n,,\n");
    EXPECT_EQ(t.rows, (Rows{{"title of the sheet"}, {"id", "name"}, {"a", "A"}}));
    EXPECT_EQ(t.row_numbers, (std::vector<int>{1, 3, 4}));
}

TEST(CsvReader, Utf8BomAndUtf16) {
    EXPECT_EQ(ReadOne("\xEF\xBB\xBFid,name\nacc,ACCI\xC3\x93\n").rows[0][0], "id");
    // "id\tname\nx\tÓ\n" in UTF-16 LE and BE with marks
    const std::string text = "id\tname\nx\t\xC3\x93\n";
    std::string le = "\xFF\xFE", be = "\xFE\xFF";
    for (char c : std::string("id\tname\nx\t")) {
        le += c; le += '\0';
        be += '\0'; be += c;
    }
    le += "\xD3"; le += '\0'; le += '\n'; le += '\0';
    be += '\0'; be += "\xD3"; be += '\0'; be += '\n';
    for (const std::string& bytes : {le, be}) {
        sse::ImportRead read = sse::ReadDelimitedText(bytes, "u.txt");
        ASSERT_EQ(read.tables.size(), 1u);
        EXPECT_TRUE(read.diagnostics.empty());
        EXPECT_EQ(read.tables[0].rows, (Rows{{"id", "name"}, {"x", "\xC3\x93"}}));
    }
}

TEST(CsvReader, Windows1252IsConvertedWithAWarning) {
    sse::ImportRead read = sse::ReadDelimitedText("id;name\nacc;ACCI\xD3 \x80\n", "w.csv");
    ASSERT_EQ(read.tables.size(), 1u);
    EXPECT_EQ(read.tables[0].rows[1][1], "ACCI\xC3\x93 \xE2\x82\xAC");
    ASSERT_EQ(read.diagnostics.size(), 1u);
    EXPECT_EQ(read.diagnostics[0].code, "converted-encoding");
    EXPECT_EQ(read.diagnostics[0].severity, sse::Diagnostic::Severity::Warning);
}

TEST(CsvReader, UnclosedQuoteIsLocated) {
    sse::ImportRead read = sse::ReadDelimitedText("id,name\na,A\nb,\"B\nc,C\n", "q.csv");
    EXPECT_TRUE(read.tables.empty());
    ASSERT_EQ(read.diagnostics.size(), 1u);
    EXPECT_EQ(sse::FormatDiagnostic(read.diagnostics[0]).substr(0, 26), "q.csv:3: error: a quoted c");
    EXPECT_EQ(read.diagnostics[0].code, "unclosed-quote");
}

TEST(CsvReader, EmptyFileAndOddUtf16) {
    EXPECT_EQ(sse::ReadDelimitedText("\n\n,,\n", "e.csv").diagnostics.at(0).code, "empty-file");
    EXPECT_EQ(sse::ReadDelimitedText("\xFF\xFE" "a", "o.csv").diagnostics.at(0).code, "bad-utf8");
}

TEST(TextEncoding, Utf8Validity) {
    EXPECT_TRUE(sse::IsValidUtf8("ACCI\xC3\x93 \xF0\x9F\x98\x80"));
    EXPECT_FALSE(sse::IsValidUtf8("\xC0\xAF"));          // overlong
    EXPECT_FALSE(sse::IsValidUtf8("\xED\xA0\x80"));      // surrogate
    EXPECT_FALSE(sse::IsValidUtf8("\xF4\x90\x80\x80"));  // past U+10FFFF
    EXPECT_FALSE(sse::IsValidUtf8("\xE2\x82"));          // cut short
}

}  // namespace
