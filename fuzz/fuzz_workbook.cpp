// fuzz_workbook.cpp: libFuzzer target for the spreadsheet readers (ReadXlsx, ReadOds), from files anyone may open.
// The first byte picks what the rest is, so that mutations reach past the ZIP layer into the XML handlers:
//   0: a whole file, given to both readers (the ZIP layer: minizip, inflate, the limits);
//   1: an XLSX sheet's XML, 2: an XLSX shared-strings part, 3: an XLSX styles part (each put into an otherwise
//      valid workbook of tests/data/import/libreoffice_book.xlsx's parts);
//   4: an ODS content.xml.
// Invariants: every table has a row number per row, sheet rows in increasing order, at most kMaxImportCells cells;
// a refused file has a diagnostic with a message and no tables.
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "core/spreadsheet_cells.h"
#include "core/workbook_reader.h"
#include "core/workbook_writer.h"
#include "core/zip_archive.h"
#include "fuzz_common.h"

namespace {

void Check(const sse::ImportRead& read) {
    size_t cells = 0;
    for (const auto& d : read.diagnostics) {
        if (d.message.empty() || d.code.empty()) sse_fuzz::Fail("diagnostic without message or code", d.file);
    }
    for (const auto& t : read.tables) {
        if (t.rows.size() != t.row_numbers.size()) sse_fuzz::Fail("rows and row numbers differ", t.sheet);
        for (size_t r = 0; r < t.rows.size(); ++r) {
            cells += t.rows[r].size();
            if (r > 0 && t.row_numbers[r] <= t.row_numbers[r - 1]) sse_fuzz::Fail("rows out of order", t.sheet);
            if (t.rows[r].size() > sse::kMaxSheetColumns) sse_fuzz::Fail("row past the last column", t.sheet);
        }
    }
    if (cells > sse::kMaxImportCells) sse_fuzz::Fail("more cells than the limit");
}

// A small valid workbook (one sheet, shared strings, styles) whose part `replaced` is `xml`.
std::string Workbook(const std::string& replaced, const std::string& xml) {
    sse::ImportTable sheet;
    sheet.sheet = "Actors";
    sheet.rows = {{"id", "name"}, {"a", "A"}};
    static const std::string base = sse::WriteXlsx({sheet});
    sse::ZipReader zip;
    std::string error;
    if (!zip.Open(base, &error)) sse_fuzz::Fail("the base workbook does not open", error);
    std::vector<std::pair<std::string, std::string>> parts;
    for (const auto& name : zip.Names()) {
        std::string content;
        zip.ReadAll(name, &content, &error);
        parts.emplace_back(name, name == replaced ? xml : content);
    }
    if (!zip.Has(replaced)) parts.emplace_back(replaced, xml);
    return sse::WriteZip(parts);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    if (size == 0) return 0;
    const std::string rest(reinterpret_cast<const char*>(data) + 1, size - 1);
    switch (data[0] % 5) {
        case 0:
            Check(sse::ReadXlsx(rest, "fuzz.xlsx"));
            Check(sse::ReadOds(rest, "fuzz.ods"));
            break;
        case 1: Check(sse::ReadXlsx(Workbook("xl/worksheets/sheet1.xml", rest), "fuzz.xlsx")); break;
        case 2: Check(sse::ReadXlsx(Workbook("xl/sharedStrings.xml", rest), "fuzz.xlsx")); break;
        case 3: Check(sse::ReadXlsx(Workbook("xl/styles.xml", rest), "fuzz.xlsx")); break;
        default: Check(sse::ReadOds(sse::WriteZip({{"content.xml", rest}}), "fuzz.ods")); break;
    }
    return 0;
}
