// workbook_common.h: what the XLSX and ODS readers share (internal to them): a sheet being filled row by row
// within the cell limit, merged ranges applied after the sheet is read, and whole-file diagnostics.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "core/import_table.h"
#include "core/zip_archive.h"

namespace sse::workbook {

// A sheet's rows as they are read. Rows are appended in increasing sheet order; an empty row is dropped when the
// next one starts (its number is simply absent), so row numbers stay those of the sheet.
class SheetBuilder {
public:
    SheetBuilder(ImportTable& table, size_t* cells_used) : table_(table), cells_used_(cells_used) {}
    void BeginRow(int row_number);
    // Sets cell `column` of the current row; false once the workbook's cell limit is passed.
    bool Set(size_t column, std::string value);
    void EndRow();
    // Repeats the last row `count` more times, numbered after it (ODS's number-rows-repeated); false past the limit.
    bool RepeatLastRow(int count);
    // A range merged over rows r1..r2 (sheet numbers) and columns c1..c2 (0-based).
    void AddMerge(int r1, int r2, size_t c1, size_t c2) { merges_.push_back({r1, r2, c1, c2}); }
    // Repeats each merged value down the rows of its first column (see workbook_reader.h); false past the limit.
    bool ApplyMerges();
    size_t CurrentRowIndex() const { return table_.rows.size() - 1; }

private:
    struct Merge { int r1, r2; size_t c1, c2; };
    ImportTable& table_;
    size_t* cells_used_;
    std::vector<Merge> merges_;
};

// "the workbook holds more than N cells" (the message when SheetBuilder refuses).
std::string TooManyCellsMessage();

// A whole-file error of a workbook or graph file: `file` (":part" when the problem is in one of its parts) and line.
Diagnostic FileError(const std::string& file, int line, const std::string& code, std::string message);

// Opens a workbook's archive and checks that it holds `part` (xl/workbook.xml, content.xml). When it cannot be
// opened, or is the other kind of workbook (it holds `other_part`) or neither, the located error goes into
// `result` and false comes back: "this is <other_kind>", or "not <kind> (it has no <part>)".
bool OpenWorkbook(std::string_view bytes, const std::string& file, const char* part, const char* kind,
                  const char* other_part, const char* other_kind, ZipReader* zip, ImportRead* result);

}  // namespace sse::workbook
