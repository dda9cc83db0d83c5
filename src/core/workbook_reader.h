// workbook_reader.h: spreadsheet workbooks (XLSX from Excel, Google Sheets, LibreOffice; ODS from LibreOffice) read
// into one ImportTable per sheet: cells as text (shared and inline strings, numbers in their shortest exact form,
// dates as YYYY-MM-DD, booleans as TRUE/FALSE, formulas as their cached values), the sheet's row numbers (empty rows
// are skipped), hidden sheets flagged. A value merged over several rows is repeated in each of those rows that holds
// other cells, in the merge's first column (a grouping label, "Catalonia" beside three actors, belongs to each row);
// across columns it stays in the first (a title spanning columns would otherwise become several identical headers).
// A damaged or hostile file (not a ZIP, a ZIP bomb, a too large workbook, XML entities) gives one error diagnostic
// naming the file, the part of it and the line, and no tables.
#pragma once

#include <string>
#include <string_view>

#include "core/import_table.h"

namespace sse {

// An XLSX workbook (Office Open XML spreadsheet). `file` is the name shown in diagnostics ("book.xlsx").
ImportRead ReadXlsx(std::string_view bytes, const std::string& file);

// An ODS workbook (OpenDocument spreadsheet).
ImportRead ReadOds(std::string_view bytes, const std::string& file);

// True when `bytes` start like a ZIP archive ("PK\3\4"), as XLSX and ODS files do.
bool LooksLikeZip(std::string_view bytes);

}  // namespace sse
