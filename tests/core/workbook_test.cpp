// workbook_test.cpp: the XLSX and ODS readers and the XLSX writer, on workbooks written here, by LibreOffice
// (tests/data/import/, made by tests/data/import/make_workbook_fixtures.sh) and hostile ones.
#include <gtest/gtest.h>

#include "core/spreadsheet_cells.h"
#include "core/workbook_reader.h"
#include "core/workbook_writer.h"
#include "core/zip_archive.h"
#include "test_files.h"

namespace {

sse::ImportTable Sheet(const std::string& name, std::vector<std::vector<std::string>> rows, bool hidden = false) {
    sse::ImportTable t;
    t.sheet = name;
    t.rows = std::move(rows);
    t.hidden = hidden;
    return t;
}

const sse::ImportTable* Find(const sse::ImportRead& read, const std::string& sheet) {
    for (const auto& t : read.tables) {
        if (t.sheet == sheet) return &t;
    }
    return nullptr;
}

std::string Messages(const sse::ImportRead& read) {
    std::string all;
    for (const auto& d : read.diagnostics) all += sse::FormatDiagnostic(d) + "\n";
    return all;
}

// A workbook whose one sheet part is `sheet_xml` (for hostile sheets).
std::string BookWithSheet(const std::string& sheet_xml) {
    std::string bytes = sse::WriteXlsx({Sheet("Actors", {{"id"}})});
    sse::ZipReader zip;
    std::string error;
    EXPECT_TRUE(zip.Open(bytes, &error)) << error;
    std::vector<std::pair<std::string, std::string>> parts;
    for (const auto& name : zip.Names()) {
        std::string content;
        EXPECT_TRUE(zip.ReadAll(name, &content, &error)) << error;
        parts.emplace_back(name, name == "xl/worksheets/sheet1.xml" ? sheet_xml : content);
    }
    return sse::WriteZip(parts);
}

}  // namespace

TEST(SpreadsheetCells, NumbersDatesAndReferences) {
    EXPECT_EQ(sse::ShortestNumber("0.10000000000000001"), "0.1");
    EXPECT_EQ(sse::ShortestNumber("12.0"), "12");
    EXPECT_EQ(sse::ShortestNumber("1.5E-3"), "0.0015");
    EXPECT_EQ(sse::ShortestNumber("0.30000000000000004"), "0.30000000000000004");
    EXPECT_EQ(sse::ShortestNumber("abc"), "abc");
    EXPECT_EQ(sse::ShortestNumber("10"), "10");
    EXPECT_EQ(sse::ShortestNumber("-2E1"), "-20");
    EXPECT_EQ(sse::ShortestNumber("1E5"), "100000");
    EXPECT_EQ(sse::ShortestNumber("1E21"), "1e+21");
    EXPECT_EQ(sse::ShortestNumber("0.000001"), "1e-06");
    EXPECT_TRUE(sse::IsShortestNumber("12"));
    EXPECT_FALSE(sse::IsShortestNumber("012"));
    EXPECT_FALSE(sse::IsShortestNumber("1e5"));
    EXPECT_FALSE(sse::IsShortestNumber("inf"));
    EXPECT_EQ(sse::SerialToDate("45352", false, false), "2024-03-01");
    EXPECT_EQ(sse::SerialToDate("1", false, false), "1899-12-31");
    EXPECT_EQ(sse::SerialToDate("0", true, false), "1904-01-01");
    EXPECT_EQ(sse::SerialToDate("45352.75", false, true), "2024-03-01T18:00:00");
    EXPECT_EQ(sse::SerialToTime("0.5"), "12:00:00");
    size_t c = 0, r = 0;
    EXPECT_TRUE(sse::ParseCellReference("D7", &c, &r));
    EXPECT_EQ(c, 3u);
    EXPECT_EQ(r, 7u);
    EXPECT_TRUE(sse::ParseCellReference("XFD1048576", &c, &r));
    EXPECT_FALSE(sse::ParseCellReference("XFE1", &c, &r));
    EXPECT_FALSE(sse::ParseCellReference("A0", &c, &r));
    bool time = false;
    EXPECT_TRUE(sse::IsDateFormat("yyyy-mm-dd", &time));
    EXPECT_FALSE(time);
    EXPECT_TRUE(sse::IsDateFormat("[$-409]d/m/yy h:mm;@", &time));
    EXPECT_TRUE(time);
    EXPECT_FALSE(sse::IsDateFormat("[h]:mm", &time));
    EXPECT_TRUE(time);
    EXPECT_FALSE(sse::IsDateFormat("#,##0.00 \"days\"", &time));
    EXPECT_FALSE(sse::IsDateFormat("[Red]0.00", &time));
}

TEST(Workbook, XlsxWrittenReadsBackTheSameCells) {
    const std::vector<sse::ImportTable> sheets = {
        Sheet("Actors", {{"id", "name", "weight", "note"},
                         {"a1", "Acció <&> \"quoted\"", "0.5", "line\nbreak\ttab"},
                         {"012", "leading zero stays text", "12", ""},
                         {"b", "控制\x01" "char", "1e5", "  spaces  "}}),
        Sheet("Links", {{"from", "to"}, {"a1", "012"}}),
        Sheet("Secret: [x]", {{"kept"}}, true),
    };
    const std::string bytes = sse::WriteXlsx(sheets);
    ASSERT_TRUE(sse::LooksLikeZip(bytes));
    EXPECT_EQ(sse::WriteXlsx(sheets), bytes) << "the same tables give the same bytes";
    const sse::ImportRead read = sse::ReadXlsx(bytes, "out.xlsx");
    EXPECT_TRUE(read.diagnostics.empty()) << Messages(read);
    ASSERT_EQ(read.tables.size(), 3u);
    const auto* actors = Find(read, "Actors");
    ASSERT_NE(actors, nullptr);
    EXPECT_EQ(actors->origin, sse::ImportTable::Origin::Sheet);
    EXPECT_EQ(actors->rows[1], sheets[0].rows[1]);
    EXPECT_EQ(actors->rows[2][0], "012");
    EXPECT_EQ(actors->rows[2][2], "12");
    EXPECT_EQ(actors->rows[2].size(), 3u) << "trailing empty cell not stored";
    EXPECT_EQ(actors->rows[3][1], "控制\xEF\xBF\xBD" "char") << "a control character XML cannot hold is replaced";
    EXPECT_EQ(actors->rows[3][2], "1e5");
    EXPECT_EQ(actors->rows[3][3], "  spaces  ");
    EXPECT_EQ(actors->row_numbers, (std::vector<int>{1, 2, 3, 4}));
    const auto* hidden = Find(read, "Secret x");
    ASSERT_NE(hidden, nullptr);
    EXPECT_TRUE(hidden->hidden);
    EXPECT_FALSE(actors->hidden);
}

TEST(Workbook, XlsxSharedStringsStylesDatesMergesAndEmptyRows) {
    const std::string sheet =
        "<?xml version=\"1.0\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
        "<sheetData>"
        "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>0</v></c><c r=\"C2\" s=\"1\"><v>45352</v></c></row>"
        "<row r=\"3\"><c r=\"B3\" t=\"b\"><v>1</v></c><c r=\"C3\"><f>1/3</f><v>0.33333333333333331</v></c></row>"
        "<row r=\"5\"><c r=\"B5\" t=\"str\"><f>A2&amp;\"!\"</f><v>shared!</v></c><c r=\"C5\"><f>1+1</f></c></row>"
        "<row r=\"6\"><c r=\"B6\"><v>7</v></c></row>"
        "<row r=\"9\"></row>"
        "</sheetData><mergeCells count=\"2\"><mergeCell ref=\"A2:A6\"/><mergeCell ref=\"B3:C3\"/></mergeCells>"
        "</worksheet>";
    std::string bytes = BookWithSheet(sheet);
    // Add shared strings and a date style by rewriting the archive.
    sse::ZipReader zip;
    std::string error;
    ASSERT_TRUE(zip.Open(bytes, &error));
    std::vector<std::pair<std::string, std::string>> parts;
    for (const auto& name : zip.Names()) {
        std::string content;
        ASSERT_TRUE(zip.ReadAll(name, &content, &error));
        if (name == "xl/sharedStrings.xml") {
            content = "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><si><r><t>sha</t>"
                      "</r><r><t>red</t></r><rPh><t>PHONETIC</t></rPh></si></sst>";
        }
        if (name == "xl/styles.xml") {
            content = "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><numFmts>"
                      "<numFmt numFmtId=\"164\" formatCode=\"dd/mm/yyyy\"/></numFmts><cellXfs><xf numFmtId=\"0\"/>"
                      "<xf numFmtId=\"164\"/></cellXfs></styleSheet>";
        }
        parts.emplace_back(name, content);
    }
    const sse::ImportRead read = sse::ReadXlsx(sse::WriteZip(parts), "book.xlsx");
    ASSERT_EQ(read.tables.size(), 1u) << Messages(read);
    const auto& t = read.tables[0];
    EXPECT_EQ(t.row_numbers, (std::vector<int>{2, 3, 5, 6})) << "empty rows skipped, sheet numbers kept";
    EXPECT_EQ(t.rows[0], (std::vector<std::string>{"shared", "", "2024-03-01"}));
    EXPECT_EQ(t.rows[1], (std::vector<std::string>{"shared", "TRUE", "0.3333333333333333"}))
        << "merged down: repeated; merged across: first cell only";
    EXPECT_EQ(t.rows[2][1], "shared!");
    EXPECT_EQ(t.rows[3], (std::vector<std::string>{"shared", "7"}));
    ASSERT_EQ(read.diagnostics.size(), 1u) << Messages(read);
    EXPECT_EQ(read.diagnostics[0].severity, sse::Diagnostic::Severity::Warning);
    EXPECT_EQ(read.diagnostics[0].file, "book.xlsx:Actors!C5") << "the formula without a saved result";
}

TEST(Workbook, HostileWorkbooksAreRefusedWithLocatedMessages) {
    // Billion laughs: refused at the first entity declaration, before anything expands.
    const std::string laughs =
        "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n <!ENTITY lol \"lol\">\n"
        " <!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">\n]>\n"
        "<worksheet><sheetData><row><c t=\"inlineStr\"><is><t>&lol2;</t></is></c></row></sheetData></worksheet>";
    sse::ImportRead read = sse::ReadXlsx(BookWithSheet(laughs), "laughs.xlsx");
    ASSERT_EQ(read.diagnostics.size(), 1u);
    EXPECT_TRUE(read.tables.empty());
    EXPECT_EQ(read.diagnostics[0].file, "laughs.xlsx:xl/worksheets/sheet1.xml");
    EXPECT_EQ(read.diagnostics[0].line, 3);
    EXPECT_NE(read.diagnostics[0].message.find("billion laughs"), std::string::npos) << Messages(read);

    const std::string external =
        "<?xml version=\"1.0\"?>\n<!DOCTYPE w [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
        "<worksheet><sheetData><row><c t=\"inlineStr\"><is><t>&x;</t></is></c></row></sheetData></worksheet>";
    read = sse::ReadXlsx(BookWithSheet(external), "external.xlsx");
    ASSERT_EQ(read.diagnostics.size(), 1u);
    EXPECT_TRUE(read.tables.empty());
    EXPECT_EQ(read.diagnostics[0].line, 2);
    EXPECT_NE(read.diagnostics[0].message.find("entity ('x')"), std::string::npos) << Messages(read);

    // A ZIP bomb: 64 MB of spaces deflate to 64 KB; refused once the ratio passes 200 (after 4 MB).
    std::string sheet = "<worksheet><sheetData>";
    sheet += std::string(size_t{64} << 20, ' ');
    sheet += "</sheetData></worksheet>";
    const std::string bomb = BookWithSheet(sheet);
    EXPECT_LT(bomb.size(), 200u * 1024);
    read = sse::ReadXlsx(bomb, "bomb.xlsx");
    ASSERT_EQ(read.diagnostics.size(), 1u);
    EXPECT_TRUE(read.tables.empty());
    EXPECT_EQ(read.diagnostics[0].code, "file-too-large");
    EXPECT_NE(read.diagnostics[0].message.find("ZIP bomb"), std::string::npos) << Messages(read);

    // 50 MB: refused before it is opened.
    std::string big(size_t{50} << 20, 'x');
    big.replace(0, 4, "PK\3\4");
    read = sse::ReadXlsx(big, "big.xlsx");
    ASSERT_EQ(read.diagnostics.size(), 1u);
    EXPECT_EQ(read.diagnostics[0].code, "file-too-large");
    EXPECT_NE(read.diagnostics[0].message.find("50 MB"), std::string::npos) << Messages(read);

    // Not a workbook at all; an ODS given as XLSX; a cut archive.
    read = sse::ReadXlsx("id,name\n", "actors.xlsx");
    ASSERT_EQ(read.diagnostics.size(), 1u);
    EXPECT_NE(read.diagnostics[0].message.find("not a ZIP"), std::string::npos);
    const std::string good = sse::WriteXlsx({Sheet("A", {{"x"}})});
    read = sse::ReadXlsx(good.substr(0, good.size() / 2), "cut.xlsx");
    ASSERT_EQ(read.diagnostics.size(), 1u);
    EXPECT_TRUE(read.tables.empty());
}

TEST(Workbook, OdsRepeatsSpansParagraphsAndHiddenSheets) {
    const std::string content =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
        "xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\" "
        "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" "
        "xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\">"
        "<office:automatic-styles><style:style style:name=\"ta2\" style:family=\"table\">"
        "<style:table-properties table:display=\"false\"/></style:style></office:automatic-styles>"
        "<office:body><office:spreadsheet>"
        "<table:table table:name=\"Actors\">"
        "<table:table-row><table:table-cell office:value-type=\"string\"><text:p>id</text:p></table:table-cell>"
        "<table:table-cell table:number-columns-repeated=\"2\"/>"
        "<table:table-cell office:value-type=\"float\" office:value=\"0.10000000000000001\"><text:p>0.1</text:p>"
        "</table:table-cell></table:table-row>"
        "<table:table-row table:number-rows-repeated=\"1000000\"><table:table-cell table:number-columns-repeated=\"16384\"/></table:table-row>"
        "<table:table-row><table:table-cell table:number-rows-spanned=\"2\" office:value-type=\"string\">"
        "<text:p>a <text:span>b</text:span><text:s text:c=\"2\"/>c</text:p><text:p>second</text:p>"
        "<office:annotation><text:p>a comment</text:p></office:annotation></table:table-cell>"
        "<table:table-cell office:value-type=\"date\" office:date-value=\"2024-03-01\"><text:p>01/03/24</text:p></table:table-cell>"
        "<table:table-cell office:value-type=\"boolean\" office:boolean-value=\"false\"><text:p>FALSE</text:p></table:table-cell>"
        "</table:table-row>"
        "<table:table-row table:number-rows-repeated=\"2\"><table:covered-table-cell/>"
        "<table:table-cell office:value-type=\"percentage\" office:value=\"0.25\"><text:p>25%</text:p></table:table-cell>"
        "</table:table-row>"
        "</table:table>"
        "<table:table table:name=\"Old\" table:style-name=\"ta2\"><table:table-row><table:table-cell "
        "office:value-type=\"string\"><text:p>x</text:p></table:table-cell></table:table-row></table:table>"
        "</office:spreadsheet></office:body></office:document-content>";
    const std::string bytes = sse::WriteZip(
        {{"mimetype", "application/vnd.oasis.opendocument.spreadsheet"}, {"content.xml", content}}, true);
    const sse::ImportRead read = sse::ReadOds(bytes, "book.ods");
    ASSERT_EQ(read.tables.size(), 2u) << Messages(read);
    const auto& t = read.tables[0];
    EXPECT_EQ(t.sheet, "Actors");
    EXPECT_FALSE(t.hidden);
    EXPECT_TRUE(read.tables[1].hidden);
    EXPECT_EQ(t.row_numbers, (std::vector<int>{1, 1000002, 1000003, 1000004}));
    EXPECT_EQ(t.rows[0], (std::vector<std::string>{"id", "", "", "0.1"}));
    EXPECT_EQ(t.rows[1], (std::vector<std::string>{"a b  c\nsecond", "2024-03-01", "FALSE"}));
    EXPECT_EQ(t.rows[2], (std::vector<std::string>{"a b  c\nsecond", "0.25"})) << "row span repeated down";
    EXPECT_EQ(t.rows[3], (std::vector<std::string>{"", "0.25"})) << "outside the span: the covered cell stays empty";
    EXPECT_EQ(sse::LocateCell(t, 1, 1), "Actors!B1000002");
}

TEST(Workbook, OdsRepeatedCellsAreBounded) {
    // A million rows of 16384 non-empty cells each: refused at the cell limit, not expanded.
    const std::string content =
        "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
        "xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\"><office:body><office:spreadsheet>"
        "<table:table table:name=\"S\"><table:table-row table:number-rows-repeated=\"1048576\">"
        "<table:table-cell table:number-columns-repeated=\"16384\" office:value-type=\"float\" office:value=\"1\"/>"
        "</table:table-row></table:table></office:spreadsheet></office:body></office:document-content>";
    const sse::ImportRead read = sse::ReadOds(sse::WriteZip({{"content.xml", content}}), "wide.ods");
    ASSERT_EQ(read.diagnostics.size(), 1u);
    EXPECT_TRUE(read.tables.empty());
    EXPECT_NE(read.diagnostics[0].message.find("cells"), std::string::npos) << Messages(read);
}

// Workbooks saved by LibreOffice (tests/data/import/make_workbook_fixtures.sh): the same cells from its XLSX and its ODS.
TEST(Workbook, LibreOfficeWorkbooksReadTheSameInBothFormats) {
    for (const std::string ext : {"xlsx", "ods"}) {
        const std::string name = "libreoffice_book." + ext;
        const std::string bytes = sse::test::ReadFile(sse::test::Fixture("import/" + name));
        const sse::ImportRead read = ext == "xlsx" ? sse::ReadXlsx(bytes, name) : sse::ReadOds(bytes, name);
        EXPECT_TRUE(read.diagnostics.empty()) << name << ": " << Messages(read);
        ASSERT_EQ(read.tables.size(), 3u) << name;
        const auto* actors = Find(read, "Actors");
        ASSERT_NE(actors, nullptr) << name;
        EXPECT_EQ(actors->row_numbers, (std::vector<int>{1, 2, 3, 5})) << name << ": the empty row 4 is skipped";
        EXPECT_EQ(actors->rows[1], (std::vector<std::string>{"coop-a", "Coop A", "practitioner", "local", "es",
                                                              "2019-05-01", "6"}))
            << name << ": a date, a formula's value";
        EXPECT_EQ(actors->rows[2][4], "es") << name << ": merged down";
        EXPECT_EQ(actors->rows[2][6], "1.5") << name;
        EXPECT_EQ(actors->rows[3][6], "0.1") << name;
        EXPECT_EQ(Find(read, "Links")->rows.size(), 3u) << name;
        const auto* old = Find(read, "Old links");
        ASSERT_NE(old, nullptr) << name;
        EXPECT_TRUE(old->hidden) << name;
        EXPECT_FALSE(actors->hidden) << name;
    }
}

TEST(Workbook, KumuAndSystemMapperWorkbooksHaveTheirSheets) {
    struct Case { const char* file; const char* nodes; size_t node_rows; const char* edges; size_t edge_rows; };
    for (const Case& c : {Case{"kumu_style", "Elements", 6, "Connections", 5}, Case{"psm_style", "Factors", 5, "Links", 4}}) {
        for (const std::string ext : {"xlsx", "ods"}) {
            const std::string name = std::string(c.file) + "." + ext;
            const std::string bytes = sse::test::ReadFile(sse::test::Fixture("import/" + name));
            const sse::ImportRead read = ext == "xlsx" ? sse::ReadXlsx(bytes, name) : sse::ReadOds(bytes, name);
            EXPECT_TRUE(read.diagnostics.empty()) << name << ": " << Messages(read);
            ASSERT_NE(Find(read, c.nodes), nullptr) << name;
            ASSERT_NE(Find(read, c.edges), nullptr) << name;
            EXPECT_EQ(Find(read, c.nodes)->rows.size(), c.node_rows) << name;
            EXPECT_EQ(Find(read, c.edges)->rows.size(), c.edge_rows) << name;
        }
    }
    const std::string bytes = sse::test::ReadFile(sse::test::Fixture("import/kumu_style.xlsx"));
    const sse::ImportRead read = sse::ReadXlsx(bytes, "kumu_style.xlsx");
    EXPECT_EQ(Find(read, "Elements")->rows[2][0], "Coòpolis");
    EXPECT_EQ(Find(read, "Elements")->rows[1][3], "public|employment");
}
