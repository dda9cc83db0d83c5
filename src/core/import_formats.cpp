// import_formats.cpp: see import_formats.h.
#include "core/import_formats.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <sys/stat.h>

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

bool SniffJson(std::string_view bytes) {
    const std::string_view b = SkipSpaceAndBom(bytes);
    return !b.empty() && b.front() == '{';
}


// The formats every build reads. Workbooks and graphs are added by RegisterFileFormats (heavy_formats.h):
// the browser's first download does not carry their readers (zlib, minizip, expat); the page loads them on demand.
std::vector<ImportFormat>& Registry() {
    static std::vector<ImportFormat> formats = {
        {"json", ".json", SniffJson, nullptr},
    };
    return formats;
}

TableMapper& Mapper() {
    static TableMapper mapper = nullptr;
    return mapper;
}

std::vector<ExportFormat>& ExportRegistry() {
    static std::vector<ExportFormat> formats;
    return formats;
}

Diagnostic FileError(const std::string& file, DiagnosticCode code, std::string message) {
    Diagnostic d;
    d.file = file;
    d.code = ToString(code);
    d.message = std::move(message);
    return d;
}

}  // namespace

std::string_view SkipSpaceAndBom(std::string_view b) {
    if (b.substr(0, 3) == "\xEF\xBB\xBF") b.remove_prefix(3);
    while (!b.empty() && (b.front() == ' ' || b.front() == '\t' || b.front() == '\r' || b.front() == '\n')) b.remove_prefix(1);
    return b;
}

const std::vector<ImportFormat>& ImportFormats() { return Registry(); }

void AddImportFormat(const ImportFormat& format) {
    for (const ImportFormat& f : Registry())
        if (std::string_view(f.name) == format.name) return;
    Registry().push_back(format);
}

void SetTableMapper(TableMapper mapper) { Mapper() = mapper; }

const std::vector<ExportFormat>& ExportFormats() { return ExportRegistry(); }

void AddExportFormat(const ExportFormat& format) {
    for (const ExportFormat& f : ExportRegistry())
        if (std::string_view(f.name) == format.name) return;
    ExportRegistry().push_back(format);
}

const ExportFormat* FindExportFormat(std::string_view name) {
    for (const ExportFormat& f : ExportRegistry())
        if (name == f.name) return &f;
    return nullptr;
}

const ImportFormat* FindImportFormat(const std::string& file_name, std::string_view bytes) {
    const std::string ext = LowerExtension(file_name);
    for (const ImportFormat& f : Registry()) {
        if (HasExtension(f.extensions, ext)) return &f;
    }
    for (const ImportFormat& f : Registry()) {
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
    if (!Mapper()) {  // a program that reads no tables (the page's main module: its converter does)
        diagnostics.push_back(FileError(files.empty() ? "" : files.front().name, DiagnosticCode::UnknownFileType,
                                        "tables are read by the converter module of the page; open the file again"));
        out.diagnostics = std::move(diagnostics);
        out.errors = 1;
        return out;
    }
    out = Mapper()(tables, std::move(diagnostics), options);
    if (failed) out.ok = false;
    return out;
}

}  // namespace sse
