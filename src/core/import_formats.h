// import_formats.h: the formats the explorer opens, as one table (name, extensions, a content sniff, a reader), and
// ImportFiles, which reads one or several files through it into a data set. A reader for a new format (XLSX, ODS,
// GEXF, GraphML) is one more row of the table in import_formats.cpp: it makes ImportTables, the mapper does the rest.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/import_mapper.h"
#include "core/import_table.h"

namespace sse {

struct ImportFormat {
    const char* name;        // "json", "csv", "xlsx", ...
    const char* extensions;  // lower case, '|'-separated, with dots: ".csv|.tsv|.txt|.tab"
    // True when the bytes look like this format (used when the name's extension is unknown, e.g. pasted text).
    bool (*sniff)(std::string_view bytes);
    // Reads a whole file into tables; nullptr for our own JSON, which is a whole data set and is loaded as it is.
    ImportRead (*read)(std::string_view bytes, const std::string& file_name);
};

// Every format read, in the order they are tried when sniffing.
const std::vector<ImportFormat>& ImportFormats();

// The format of a file from its name's extension, else from its content; nullptr when neither tells.
const ImportFormat* FindImportFormat(const std::string& file_name, std::string_view bytes);

struct ImportFile {
    std::string name;   // display name ("actors.csv"); its extension chooses the reader
    std::string bytes;  // the whole file
};

// Reads the file at `path` into `out` (name: the path's last part). False, with `error` set to a whole-file diagnostic,
// when it is missing, a folder, unreadable or larger than kMaxFileBytes.
bool ReadImportFile(const std::string& path, ImportFile* out, Diagnostic* error);

// Reads `files` (one JSON data file, or any number of table files: CSV/TSV, workbooks, graphs) into one data set.
// A JSON file is loaded as it is (its own dataset id is kept); tables go through MapTables. Every problem is located
// in the file it comes from; a file of unknown kind, or larger than kMaxFileBytes, is an error naming it.
MappedImport ImportFiles(const std::vector<ImportFile>& files, const MapOptions& options = {});

}  // namespace sse
