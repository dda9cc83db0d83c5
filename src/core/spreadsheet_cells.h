// spreadsheet_cells.h: cell values and references as the workbook readers and the XLSX writer need them: numbers
// in their shortest exact form, spreadsheet date serials as dates, "B7" references, and the bounds every reader
// keeps to (a sheet's columns and rows as in Excel; cells per workbook).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace sse {

constexpr size_t kMaxSheetColumns = 16384;   // XFD, Excel's last column
constexpr size_t kMaxSheetRows = 1048576;    // Excel's last row
// Text cells kept from one workbook or graph file (a sheet of 50,000 links with 12 columns is 600,000): beyond,
// the file is refused rather than held in memory.
constexpr size_t kMaxImportCells = 4000000;

// The shortest text that reads back as the same double ("0.1", "12", "1e+21"); `text` as stored in the file
// (Excel may write "0.10000000000000001"). Text that is not a number comes back unchanged.
std::string ShortestNumber(std::string_view text);
// True when `text` is already in that shortest form, so that a writer may store it as a number without changing it.
bool IsShortestNumber(std::string_view text);

// A date serial (days since 1899-12-30, Excel's and LibreOffice's epoch; `date1904`: since 1904-01-01) as
// "YYYY-MM-DD", with "THH:MM:SS" when it has a time of day and `with_time`. Text that is not a number comes back
// unchanged.
std::string SerialToDate(std::string_view serial, bool date1904, bool with_time);
// A time of day (a fraction of a day) as "HH:MM:SS".
std::string SerialToTime(std::string_view serial);

// "B7" -> column 1, row 7 (0-based column, 1-based row). False when it is not a cell reference within the bounds.
bool ParseCellReference(std::string_view reference, size_t* column, size_t* row);

// True when a number format code ("yyyy-mm-dd", "[$-409]d/m/yy h:mm") shows a date; *has_time when it shows a
// time of day too.
bool IsDateFormat(std::string_view code, bool* has_time);

}  // namespace sse
