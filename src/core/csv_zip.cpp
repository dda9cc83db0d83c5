// csv_zip.cpp: see csv_zip.h.
#include "core/csv_zip.h"

#include "core/csv_reader.h"
#include "core/dataset_loader.h"
#include "core/diagnostic_codes.h"
#include "core/table_export.h"
#include "core/workbook_reader.h"
#include "core/zip_archive.h"

namespace sse {

namespace {

bool IsTableName(std::string_view name) {
    const size_t dot = name.rfind('.');
    if (dot == std::string_view::npos) return false;
    std::string ext(name.substr(dot));
    for (char& c : ext) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    return ext == ".csv" || ext == ".tsv" || ext == ".tab" || ext == ".txt";
}

Diagnostic WholeFile(const std::string& file, Diagnostic::Severity severity, DiagnosticCode code, std::string message) {
    Diagnostic d;
    d.severity = severity;
    d.file = file;
    d.code = ToString(code);
    d.message = std::move(message);
    return d;
}

}  // namespace

std::string ExportCsvZip(const Dataset& data) {
    std::vector<std::pair<std::string, std::string>> entries;
    for (ExportFile& f : ExportCsvFiles(data)) entries.emplace_back(std::move(f.name), std::move(f.bytes));
    return WriteZip(entries);
}

bool SniffCsvZip(std::string_view bytes) {
    if (!LooksLikeZip(bytes) || bytes.size() < 30) return false;
    // The first local file header: the name's length at offset 26 (little-endian), the name at 30.
    const size_t length = static_cast<unsigned char>(bytes[26]) | static_cast<size_t>(static_cast<unsigned char>(bytes[27])) << 8;
    return bytes.size() >= 30 + length && IsTableName(bytes.substr(30, length));
}

ImportRead ReadCsvZip(std::string_view bytes, const std::string& file_name) {
    ImportRead out;
    ZipReader zip;
    std::string error;
    if (!zip.Open(bytes, &error)) {
        out.diagnostics.push_back(WholeFile(file_name, Diagnostic::Severity::Error, DiagnosticCode::NotADataFile, error));
        return out;
    }
    for (const std::string& name : zip.Names()) {
        if (!name.empty() && name.back() == '/') continue;  // a folder
        if (!IsTableName(name)) {
            out.diagnostics.push_back(WholeFile(file_name, Diagnostic::Severity::Warning, DiagnosticCode::UnknownFileType,
                                                "entry '" + name + "' is not a table (.csv, .tsv, .tab, .txt); it is skipped"));
            continue;
        }
        std::string text;
        if (!zip.ReadAll(name, &text, &error) || text.size() > kMaxFileBytes) {
            out.diagnostics.push_back(WholeFile(file_name + "/" + name, Diagnostic::Severity::Error, DiagnosticCode::FileTooLarge,
                                                error.empty() ? "larger than the limit for one file" : error));
            continue;
        }
        ImportRead part = ReadDelimitedText(text, file_name + "/" + name);
        for (ImportTable& t : part.tables) out.tables.push_back(std::move(t));
        for (Diagnostic& d : part.diagnostics) out.diagnostics.push_back(std::move(d));
    }
    return out;
}

}  // namespace sse
