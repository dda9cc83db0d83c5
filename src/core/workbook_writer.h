// workbook_writer.h: an XLSX workbook of tables, one sheet per table, in the shape the workbook readers read back:
// the smallest set of parts Excel, LibreOffice and Google Sheets open (content types, relationships, workbook,
// styles, shared strings, sheets). Text cells are shared strings (each distinct text once); a cell whose text is a number in its shortest form ("12", "0.5")
// is stored as a number, so that a spreadsheet sums and sorts it, and reads back as the same text.
#pragma once

#include <string>
#include <vector>

#include "core/import_table.h"

namespace sse {

// The workbook's bytes. Each table's `sheet` is its sheet name (made valid: at most 31 characters, none of
// []:*?/\, unique); `hidden` tables become hidden sheets. The same tables always give the same bytes.
std::string WriteXlsx(const std::vector<ImportTable>& sheets);

}  // namespace sse
