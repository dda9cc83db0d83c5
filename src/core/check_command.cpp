// check_command.cpp
#include "core/check_command.h"

#include <algorithm>
#include <filesystem>

#include "core/dataset_loader.h"
#include "core/dataset_writer.h"
#include "core/explorer.h"
#include "core/palette.h"
#include "core/import_formats.h"
#include "core/table_export.h"

namespace sse {

namespace {

// Each diagnostic as a compiler line ending in its stable code (for scripts: the wording may change, the code does not).
void PrintDiagnostics(const std::vector<Diagnostic>& diagnostics, std::ostream& out) {
    for (const Diagnostic& d : diagnostics) {
        out << FormatDiagnostic(d);
        if (!d.code.empty()) out << " [" << d.code << ']';
        out << '\n';
    }
}

std::string Lower(std::string s) {
    for (char& c : s) {
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    return s;
}

// A path of any format read: a data file, a table file, or a folder of table files (read together, in name order).
MappedImport ImportPath(const std::string& path) {
    std::vector<ImportFile> files;
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec)) {
        std::vector<std::string> paths;
        for (const auto& entry : std::filesystem::directory_iterator(path, ec)) {
            if (!entry.is_regular_file(ec)) continue;
            const std::string name = entry.path().filename().string();
            const ImportFormat* format = FindImportFormat(name, "");
            if (format && format->read) paths.push_back(entry.path().string());
        }
        std::sort(paths.begin(), paths.end());
        if (paths.empty()) {
            MappedImport m;
            Diagnostic d;
            d.file = path;
            d.code = "file-unreadable";
            d.message = "this folder holds no table files (.csv, .tsv)";
            m.diagnostics.push_back(d);
            m.errors = 1;
            return m;
        }
        for (const std::string& p : paths) {
            ImportFile f;
            Diagnostic error;
            if (ReadImportFile(p, &f, &error)) files.push_back(std::move(f));
        }
        return ImportFiles(files);
    }
    ImportFile f;
    Diagnostic error;
    if (!ReadImportFile(path, &f, &error)) {
        MappedImport m;
        m.diagnostics.push_back(error);
        m.errors = 1;
        return m;
    }
    f.name = path;  // --check names the file as it was given
    files.push_back(std::move(f));
    return ImportFiles(files);
}

}  // namespace

int RunCheck(const std::vector<std::string>& paths, std::ostream& out) {
    if (paths.empty()) {
        out << "check: no file given; name one or more data files to check\n";
        return 1;
    }
    int status = 0;
    for (const std::string& path : paths) {
        const MappedImport r = ImportPath(path);
        PrintDiagnostics(r.diagnostics, out);
        out << path << ": " << r.actors << " actors, " << r.links << " links, " << r.territories << " territories, "
            << r.cases << " cases; " << r.errors << " errors, " << r.warnings << " warnings\n";
        if (r.errors > 0) status = 1;
    }
    out.flush();
    return status;
}

int RunConvert(const std::string& in, const std::string& out_path, std::ostream& out) {
    const std::string lower = Lower(out_path);
    const auto ends = [&lower](const char* ext) {
        const std::string e(ext);
        return lower.size() >= e.size() && lower.compare(lower.size() - e.size(), e.size(), e) == 0;
    };
    const bool json = ends(".json");
    const bool single = json || ends(".xlsx") || ends(".gexf") || ends(".graphml") || ends(".zip");
    std::error_code ec;
    const bool folder = !single && !out_path.empty() && (out_path.back() == '/' || std::filesystem::is_directory(out_path, ec));
    if (!single && !folder) {
        out << "convert: " << out_path
            << ": cannot tell the format from the name; write to a .json file (sse-explorer/1), .xlsx, .gexf, .graphml, "
               ".zip (one .csv per table), or to a folder (one .csv per table: name an existing folder, or end the name with '/')\n";
        return 2;
    }
    const MappedImport r = ImportPath(in);
    PrintDiagnostics(r.diagnostics, out);
    if (!r.ok) {
        out << "convert: " << in << " has " << r.errors << " errors; " << out_path << " was not written\n";
        return 1;
    }
    LoadResult load = LoadDataset(r.json, in);
    if (!load.ok) {
        out << "convert: " << in << " could not be read back; " << out_path << " was not written\n";
        return 1;
    }
    if (single) {
        std::string bytes;
        if (json) {
            bytes = WriteDataset(load.dataset);
        } else {
            const char* format = ends(".xlsx") ? "xlsx" : ends(".graphml") ? "graphml" : ends(".zip") ? "csv-zip" : "gexf";
            const ExportFormat* writer = FindExportFormat(format);
            if (!writer) {
                out << "convert: this program cannot write " << format << " files\n";
                return 1;
            }
            std::map<std::string, NodeLook> looks;
            if (std::string_view(format) == "gexf") {  // positions, sizes and colours of the first layout, as drawn
                Explorer explorer;
                explorer.Load(r.json, in);
                looks = ActorLooks(explorer);
            }
            bytes = writer->write(load.dataset, looks, "data").front().bytes;
        }
        const std::string error = WriteFileAtomically(out_path, bytes);
        if (!error.empty()) {
            out << "convert: " << error << '\n';
            return 1;
        }
    } else {
        std::filesystem::create_directories(out_path, ec);
        for (const ExportFile& f : ExportCsvFiles(load.dataset)) {
            const std::string path = (std::filesystem::path(out_path) / f.name).string();
            const std::string error = WriteFileAtomically(path, f.bytes);
            if (!error.empty()) {
                out << "convert: " << error << '\n';
                return 1;
            }
        }
    }
    out << in << " -> " << out_path << ": " << load.dataset.actors.size() << " actors, " << load.dataset.links.size()
        << " links, " << load.dataset.territories.size() << " territories, " << load.dataset.cases.size()
        << " cases written\n";
    return 0;
}

}  // namespace sse
