// check_command.cpp
#include "core/check_command.h"

#include "core/dataset_loader.h"
#include "core/dataset_writer.h"

namespace sse {

namespace {
// Each diagnostic as a compiler line ending in its stable code (for scripts: the wording may change, the code does not).
void PrintDiagnostics(const LoadResult& r, std::ostream& out) {
    for (const Diagnostic& d : r.diagnostics) {
        out << FormatDiagnostic(d);
        if (!d.code.empty()) out << " [" << d.code << ']';
        out << '\n';
    }
}
}  // namespace

int RunCheck(const std::vector<std::string>& paths, std::ostream& out) {
    if (paths.empty()) {
        out << "check: no file given; name one or more data files to check\n";
        return 1;
    }
    int status = 0;
    for (const std::string& path : paths) {
        const LoadResult r = LoadDatasetFile(path);
        PrintDiagnostics(r, out);
        out << path << ": " << r.dataset.actors.size() << " actors, " << r.dataset.links.size() << " links, "
            << r.dataset.territories.size() << " territories, " << r.dataset.cases.size() << " cases; " << r.errors
            << " errors, " << r.warnings << " warnings\n";
        if (r.errors > 0) status = 1;
    }
    out.flush();
    return status;
}

int RunConvert(const std::string& in, const std::string& out_path, std::ostream& out) {
    const std::string ext = out_path.size() >= 5 ? out_path.substr(out_path.size() - 5) : "";
    if (ext != ".json" && ext != ".JSON") {
        out << "convert: " << out_path << ": cannot tell the format from the name; write to a .json file (sse-explorer/1)\n";
        return 2;
    }
    const LoadResult r = LoadDatasetFile(in);
    PrintDiagnostics(r, out);
    if (!r.ok) {
        out << "convert: " << in << " has " << r.errors << " errors; " << out_path << " was not written\n";
        return 1;
    }
    const std::string error = WriteFileAtomically(out_path, WriteDataset(r.dataset));
    if (!error.empty()) {
        out << "convert: " << error << '\n';
        return 1;
    }
    out << in << " -> " << out_path << ": " << r.dataset.actors.size() << " actors, " << r.dataset.links.size()
        << " links, " << r.dataset.territories.size() << " territories, " << r.dataset.cases.size() << " cases written\n";
    return 0;
}

}  // namespace sse
