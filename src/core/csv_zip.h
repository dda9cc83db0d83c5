// csv_zip.h: the CSV tables as one .zip (what Export > CSV (.zip) writes, and what the importer reads back: one
// entry per table, each read as the CSV file it would be alone). Part of the heavy formats (heavy_formats.h).
#pragma once

#include <string>
#include <string_view>

#include "core/import_table.h"
#include "core/model.h"

namespace sse {

// A ZIP archive of ExportCsvFiles(data): territories.csv, actors.csv, links.csv, cases.csv, recommendations.csv.
std::string ExportCsvZip(const Dataset& data);

// True when `bytes` is a ZIP archive whose first entry is a delimited text file (.csv, .tsv, .tab, .txt).
bool SniffCsvZip(std::string_view bytes);

// Every .csv/.tsv/.tab/.txt entry of the archive as ReadDelimitedText reads it, named "archive.zip/actors.csv" so
// that each diagnostic says which entry; other entries are skipped with a warning. The archive is read within the
// limits of zip_archive.h (a ZIP bomb is refused).
ImportRead ReadCsvZip(std::string_view bytes, const std::string& file_name);

}  // namespace sse
