// import_table.h: a table of text cells as a reader found it in a file (a CSV/TSV file, a sheet of a workbook, or the
// nodes or edges of a GEXF/GraphML graph), before its columns are matched to the data format. Every reader makes
// these and one mapper turns them into a data set, so column names, ids and rules are handled once for all formats,
// and every problem can be located in the user's own file ("actors.csv:12:3", "Links!D7", "graph.gexf:40").
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/diagnostic.h"

namespace sse {

struct ImportTable {
    enum class Origin { Text, Sheet, Xml };
    Origin origin = Origin::Text;
    std::string file;   // display name of the file the user opened ("actors.csv", "ecosystem.xlsx")
    std::string sheet;  // Sheet: the sheet's name; Xml: the element the rows come from ("node", "edge"); Text: ""
    std::string role;   // the table, when the reader knows it (Xml: "actors" / "links"); "" = by name or header
    bool hidden = false;  // a hidden sheet (read only when no visible sheet holds that table)
    // Rows of cells as text (numbers in their shortest exact form, dates as YYYY-MM-DD, formulas as their cached
    // value). Row 0 need not be the header: the mapper looks for it.
    std::vector<std::vector<std::string>> rows;
    // For each row, where it is in the file, 1-based: Text: the line where the row starts (a quoted field may span
    // lines); Sheet: the sheet's row number (empty rows may have been skipped); Xml: the element's line.
    std::vector<int> row_numbers;
};

// What a reader found in one file: its tables, and its own problems (an unreadable file, a bomb, a bad encoding
// converted with a warning), located in that file.
struct ImportRead {
    std::vector<ImportTable> tables;
    std::vector<Diagnostic> diagnostics;
};

// "A", ..., "Z", "AA", ...: a spreadsheet column name from a 0-based column index.
std::string ColumnLetters(size_t column);

// Where cell (row, column) of a table is, as its user would look for it (row and column are 0-based indices into
// `rows`): Text "actors.csv:12:3", Sheet "Links!D7" (quoted when the sheet name has spaces: "'My links'!D7"),
// Xml "graph.gexf:40". A column past the row's end still gets a location (a missing cell).
std::string LocateCell(const ImportTable& table, size_t row, size_t column);

// A diagnostic located at a cell, in the shape of the JSON loader's (file, line, column), so that --check and the
// diagnostics panel print it the same way: Text and Xml set line (and column for Text); Sheet sets `file` to
// "book.xlsx:Links!D7" with line 0, since a sheet has no lines.
Diagnostic CellDiagnostic(const ImportTable& table, size_t row, size_t column, Diagnostic::Severity severity,
                          std::string code, std::string message);

}  // namespace sse
