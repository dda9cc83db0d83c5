// import_formats.h: the formats the explorer opens, as one table (name, extensions, a content sniff, a reader), and
// ImportFiles, which reads one or several files through it into a data set. A reader for a new format (XLSX, ODS,
// GEXF, GraphML) is one more row of the table in import_formats.cpp: it makes ImportTables, the mapper does the rest.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "core/graph_writer.h"
#include "core/import_mapper.h"
#include "core/import_table.h"
#include "core/model.h"
#include "core/table_export.h"

namespace sse {

struct ImportFormat {
    const char* name;        // "json", "csv", "xlsx", ...
    const char* extensions;  // lower case, '|'-separated, with dots: ".csv|.tsv|.txt|.tab"
    // True when the bytes look like this format (used when the name's extension is unknown, e.g. pasted text).
    bool (*sniff)(std::string_view bytes);
    // Reads a whole file into tables; nullptr for our own JSON, which is a whole data set and is loaded as it is.
    ImportRead (*read)(std::string_view bytes, const std::string& file_name);
};

// `bytes` without a UTF-8 byte order mark and leading whitespace: where a sniff looks for a format's first character.
std::string_view SkipSpaceAndBom(std::string_view bytes);

// Every format read, in the order they are tried when sniffing.
const std::vector<ImportFormat>& ImportFormats();
// Adds a format to the table (once; a second call with the same name does nothing; formats added later are sniffed
// later). Tables, workbooks and graphs are added by RegisterFileFormats (heavy_formats.h), so that a program that
// does not call it links none of their code.
void AddImportFormat(const ImportFormat& format);
// What turns tables into a data set (MapTables, import_mapper.h), set by RegisterFileFormats for the same reason.
using TableMapper = MappedImport (*)(const std::vector<ImportTable>& tables, std::vector<Diagnostic> reader_diagnostics,
                                     const MapOptions& options);
void SetTableMapper(TableMapper mapper);

// A format written by export beyond the built-in ones (json, csv, template): its files from the data set, the look of
// each actor on screen (by id: GEXF keeps positions, sizes and colours) and the base of the file names.
struct ExportFormat {
    const char* name;  // "csv", "template", "xlsx", "template-xlsx", "gexf", "graphml"
    std::vector<ExportFile> (*write)(const Dataset& data, const std::map<std::string, NodeLook>& looks,
                                     const std::string& base);
};
const std::vector<ExportFormat>& ExportFormats();
void AddExportFormat(const ExportFormat& format);
// The export format named `name`, or nullptr.
const ExportFormat* FindExportFormat(std::string_view name);

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
