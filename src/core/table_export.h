// table_export.h: the data set as CSV files, one per table, in exactly the columns the importer reads
// (ImportColumns), so that export -> edit in a spreadsheet -> import is a round trip; and the template: the same files
// with one example row each. Tours and the data set's own title and sources are not carried by tables.
#pragma once

#include <string>
#include <vector>

#include "core/model.h"

namespace sse {

struct ExportFile {
    std::string name;   // "actors.csv"
    std::string bytes;  // UTF-8 text (no byte order mark), RFC 4180 quoting, LF line ends
};

// One CSV text from rows of cells: a cell with ',', '"', a line break or surrounding spaces is quoted.
std::string WriteCsv(const std::vector<std::vector<std::string>>& rows);

// territories.csv, actors.csv, links.csv, cases.csv, recommendations.csv for `data` (a file for every table, even
// an empty one: its header says what it takes). Several values in one cell are joined with '|'.
std::vector<ExportFile> ExportCsvFiles(const Dataset& data);

// The template: the five files with their header and one example row each; imported together they load.
std::vector<ExportFile> CsvTemplateFiles();

}  // namespace sse
