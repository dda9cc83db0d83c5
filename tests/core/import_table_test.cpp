// import_table_test.cpp: where a cell of an imported table is, as its user would look for it.
#include "core/import_table.h"

#include <gtest/gtest.h>

TEST(ImportTable, ColumnLettersFollowSpreadsheets) {
    EXPECT_EQ(sse::ColumnLetters(0), "A");
    EXPECT_EQ(sse::ColumnLetters(25), "Z");
    EXPECT_EQ(sse::ColumnLetters(26), "AA");
    EXPECT_EQ(sse::ColumnLetters(27), "AB");
    EXPECT_EQ(sse::ColumnLetters(701), "ZZ");
    EXPECT_EQ(sse::ColumnLetters(702), "AAA");
}

TEST(ImportTable, LocatesCellsInEachOrigin) {
    sse::ImportTable csv;
    csv.file = "actors.csv";
    csv.rows = {{"id", "name"}, {"a", "A"}, {"b", "B"}};
    csv.row_numbers = {1, 2, 5};  // row 1's quoted field spans lines 2-4
    EXPECT_EQ(sse::LocateCell(csv, 2, 1), "actors.csv:5:2");
    EXPECT_EQ(sse::LocateCell(csv, 7, 0), "actors.csv:8:1");  // no row number known: counted

    sse::ImportTable sheet;
    sheet.origin = sse::ImportTable::Origin::Sheet;
    sheet.file = "book.xlsx";
    sheet.sheet = "Links";
    sheet.rows = {{"from", "to"}, {"a", "b"}};
    sheet.row_numbers = {3, 7};
    EXPECT_EQ(sse::LocateCell(sheet, 1, 3), "Links!D7");
    sheet.sheet = "My links";
    EXPECT_EQ(sse::LocateCell(sheet, 0, 0), "'My links'!A3");

    sse::ImportTable xml;
    xml.origin = sse::ImportTable::Origin::Xml;
    xml.file = "graph.gexf";
    xml.rows = {{"id"}, {"n1"}};
    xml.row_numbers = {0, 40};
    EXPECT_EQ(sse::LocateCell(xml, 1, 0), "graph.gexf:40");
}

TEST(ImportTable, CellDiagnosticsPrintLikeTheLoaders) {
    sse::ImportTable csv;
    csv.file = "actors.csv";
    csv.rows = {{"id"}, {"x"}};
    EXPECT_EQ(sse::FormatDiagnostic(sse::CellDiagnostic(csv, 1, 0, sse::Diagnostic::Severity::Error, "bad-enum", "m")),
              "actors.csv:2:1: error: m");
    sse::ImportTable sheet = csv;
    sheet.origin = sse::ImportTable::Origin::Sheet;
    sheet.file = "book.xlsx";
    sheet.sheet = "Actors";
    EXPECT_EQ(sse::FormatDiagnostic(sse::CellDiagnostic(sheet, 1, 2, sse::Diagnostic::Severity::Warning, "w", "m")),
              "book.xlsx:Actors!C2: warning: m");
    sse::ImportTable xml = csv;
    xml.origin = sse::ImportTable::Origin::Xml;
    xml.file = "g.graphml";
    xml.row_numbers = {1, 12};
    EXPECT_EQ(sse::FormatDiagnostic(sse::CellDiagnostic(xml, 1, 0, sse::Diagnostic::Severity::Error, "c", "m")),
              "g.graphml:12: error: m");
}
