// import_formats.cpp: see import_formats.h.
#include "core/import_formats.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <sys/stat.h>

#include "core/csv_reader.h"
#include "core/graph_reader.h"
#include "core/workbook_reader.h"
#include "core/dataset_loader.h"
#include "core/diagnostic_codes.h"

namespace sse {

namespace {

std::string LowerExtension(const std::string& name) {
    const size_t dot = name.rfind('.');
    const size_t slash = name.find_last_of("/\\");
    if (dot == std::string::npos || (slash != std::string::npos && dot < slash)) return "";
    std::string ext = name.substr(dot);
    for (char& c : ext) {
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    return ext;
}

bool HasExtension(const char* list, const std::string& ext) {
    std::string_view rest(list);
    while (!rest.empty() && !ext.empty()) {
        const size_t bar = rest.find('|');
        if (rest.substr(0, bar) == ext) return true;
        if (bar == std::string_view::npos) break;
        rest.remove_prefix(bar + 1);
    }
    return false;
}

std::string_view SkipSpaceAndBom(std::string_view b) {
    if (b.substr(0, 3) == "\xEF\xBB\xBF") b.remove_prefix(3);
    while (!b.empty() && (b.front() == ' ' || b.front() == '\t' || b.front() == '\r' || b.front() == '\n')) b.remove_prefix(1);
    return b;
}

bool SniffJson(std::string_view bytes) {
    const std::string_view b = SkipSpaceAndBom(bytes);
    return !b.empty() && b.front() == '{';
}

// Delimited text: no NUL bytes in the first kilobytes (UTF-16 with its mark is text too), and not XML or JSON.
bool SniffDelimited(std::string_view bytes) {
    if (bytes.substr(0, 2) == "\xFF\xFE" || bytes.substr(0, 2) == "\xFE\xFF") return true;
    const std::string_view head = bytes.substr(0, 4096);
    if (head.find('\0') != std::string_view::npos) return false;
    const std::string_view b = SkipSpaceAndBom(head);
    return !b.empty() && b.front() != '<' && b.front() != '{';
}

// An ODS archive starts with its "mimetype" entry, stored: the type is readable at a fixed place.
bool SniffOds(std::string_view bytes) {
    return LooksLikeZip(bytes) && bytes.substr(30, 200).find("application/vnd.oasis.opendocument.spreadsheet") !=
                                      std::string_view::npos;
}
bool SniffXlsx(std::string_view bytes) { return LooksLikeZip(bytes) && !SniffOds(bytes); }
// An XML graph: its root element's name within the first kilobytes (after the declaration and comments).
bool SniffXmlRoot(std::string_view bytes, std::string_view root) {
    const std::string_view b = SkipSpaceAndBom(bytes.substr(0, 4096));
    return !b.empty() && b.front() == '<' && b.find("<" + std::string(root)) != std::string_view::npos;
}
bool SniffGexf(std::string_view bytes) { return SniffXmlRoot(bytes, "gexf"); }
bool SniffGraphml(std::string_view bytes) { return SniffXmlRoot(bytes, "graphml"); }

const std::vector<ImportFormat> kFormats = {
    {"json", ".json", SniffJson, nullptr},
    {"csv", ".csv|.tsv|.tab|.txt", SniffDelimited, ReadDelimitedText},
    {"ods", ".ods", SniffOds, ReadOds},
    {"xlsx", ".xlsx|.xlsm", SniffXlsx, ReadXlsx},
    {"gexf", ".gexf", SniffGexf, ReadGexf},
    {"graphml", ".graphml", SniffGraphml, ReadGraphml},
};

Diagnostic FileError(const std::string& file, DiagnosticCode code, std::string message) {
    Diagnostic d;
    d.file = file;
    d.code = ToString(code);
    d.message = std::move(message);
    return d;
}

}  // namespace

const std::vector<ImportFormat>& ImportFormats() { return kFormats; }

const ImportFormat* FindImportFormat(const std::string& file_name, std::string_view bytes) {
    const std::string ext = LowerExtension(file_name);
    for (const ImportFormat& f : kFormats) {
        if (HasExtension(f.extensions, ext)) return &f;
    }
    for (const ImportFormat& f : kFormats) {
        if (f.sniff && f.sniff(bytes)) return &f;
    }
    return nullptr;
}

bool ReadImportFile(const std::string& path, ImportFile* out, Diagnostic* error) {
    const size_t slash = path.find_last_of("/\\");
    out->name = slash == std::string::npos ? path : path.substr(slash + 1);
    out->bytes.clear();
    struct stat st {};
    if (stat(path.c_str(), &st) != 0) {
        *error = FileError(path, errno == ENOENT ? DiagnosticCode::FileNotFound : DiagnosticCode::FileUnreadable,
                           errno == ENOENT ? "file not found" : std::string("cannot open the file: ") + std::strerror(errno));
        return false;
    }
    if (S_ISDIR(st.st_mode)) {
        *error = FileError(path, DiagnosticCode::FileUnreadable, "this is a folder, not a data file");
        return false;
    }
    if (static_cast<unsigned long long>(st.st_size) > kMaxFileBytes) {
        *error = FileError(path, DiagnosticCode::FileTooLarge, "the file is larger than 64 MiB");
        return false;
    }
    FILE* f = std::fopen(path.c_str(), "rb");
    if (!f) {
        *error = FileError(path, DiagnosticCode::FileUnreadable, std::string("cannot open the file: ") + std::strerror(errno));
        return false;
    }
    char buffer[65536];
    size_t n = 0;
    while ((n = std::fread(buffer, 1, sizeof buffer, f)) > 0 && out->bytes.size() <= kMaxFileBytes) out->bytes.append(buffer, n);
    const bool failed = std::ferror(f) != 0;
    const int read_errno = errno;
    std::fclose(f);
    if (failed || out->bytes.size() > kMaxFileBytes) {
        *error = FileError(path, failed ? DiagnosticCode::FileUnreadable : DiagnosticCode::FileTooLarge,
                           failed ? std::string("cannot read the file: ") + std::strerror(read_errno)
                                  : std::string("the file is larger than 64 MiB"));
        return false;
    }
    return true;
}

MappedImport ImportFiles(const std::vector<ImportFile>& files, const MapOptions& options) {
    std::vector<ImportTable> tables;
    std::vector<Diagnostic> diagnostics;
    const ImportFile* json = nullptr;
    bool failed = false;
    for (const ImportFile& file : files) {
        if (file.bytes.size() > kMaxFileBytes) {
            diagnostics.push_back(FileError(file.name, DiagnosticCode::FileTooLarge, "the file is larger than 64 MiB"));
            failed = true;
            continue;
        }
        const ImportFormat* format = FindImportFormat(file.name, file.bytes);
        if (!format) {
            diagnostics.push_back(FileError(file.name, DiagnosticCode::UnknownFileType,
                                            "cannot tell what this file holds; open a data file (.json), tables (.csv, "
                                            ".tsv, .xlsx, .ods), a graph (.gexf, .graphml) or cells copied from a "
                                            "spreadsheet"));
            failed = true;
            continue;
        }
        if (!format->read) {
            json = &file;
            continue;
        }
        ImportRead read = format->read(file.bytes, file.name);
        for (ImportTable& t : read.tables) tables.push_back(std::move(t));
        for (Diagnostic& d : read.diagnostics) diagnostics.push_back(std::move(d));
    }
    if (json && (files.size() > 1 || failed)) {
        diagnostics.push_back(FileError(json->name, DiagnosticCode::NotADataFile,
                                        "a JSON data file is a whole data set: open it alone, not with other files"));
        failed = true;
    }
    MappedImport out;
    if (json && !failed) {
        LoadResult load = LoadDataset(json->bytes, json->name);
        out.ok = load.ok;
        out.json = json->bytes;
        out.diagnostics = std::move(load.diagnostics);
        out.errors = load.errors;
        out.warnings = load.warnings;
        out.territories = load.dataset.territories.size();
        out.actors = load.dataset.actors.size();
        out.links = load.dataset.links.size();
        out.cases = load.dataset.cases.size();
        out.recommendations = load.dataset.recommendations.size();
        return out;
    }
    if (failed && tables.empty()) {
        out.diagnostics = std::move(diagnostics);
        for (const Diagnostic& d : out.diagnostics) (d.severity == Diagnostic::Severity::Error ? out.errors : out.warnings)++;
        return out;
    }
    out = MapTables(tables, std::move(diagnostics), options);
    if (failed) out.ok = false;
    return out;
}

}  // namespace sse
