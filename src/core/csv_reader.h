// csv_reader.h: reads a CSV or TSV file (or cells pasted from a spreadsheet) into an ImportTable. Handles what
// spreadsheets write: UTF-8 with or without a byte order mark, UTF-16 with a mark, Windows-1252 (converted, with a
// warning), a `,` `;` or tab separator (detected), RFC 4180 quoting (separators, quotes and line breaks inside a
// quoted cell), CRLF or LF line ends, empty rows and trailing empty cells (dropped). No iostreams.
#pragma once

#include <string>
#include <string_view>

#include "core/import_table.h"

namespace sse {

// Reads `bytes` (a whole file) as delimited text. The result has one Text table named after `file_name` (empty rows
// left out; row_numbers give the line where each row starts), or none with an error diagnostic (a quoted cell never
// closed, text that cannot be decoded). The separator is detected from the first rows; `file_name` ending in .tsv or
// .tab prefers a tab when the rows do not decide.
ImportRead ReadDelimitedText(std::string_view bytes, const std::string& file_name);

// The separator ReadDelimitedText would use for this (decoded) text: ',', ';' or '\t'.
char DetectSeparator(std::string_view text, char preferred);

}  // namespace sse
