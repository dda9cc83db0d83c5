// check_command.cpp
#include "core/check_command.h"

#include "core/dataset_loader.h"

namespace sse {

int RunCheck(const std::vector<std::string>& paths, std::ostream& out) {
    if (paths.empty()) {
        out << "check: no file given; name one or more data files to check\n";
        return 1;
    }
    int status = 0;
    for (const std::string& path : paths) {
        const LoadResult r = LoadDatasetFile(path);
        for (const Diagnostic& d : r.diagnostics) {
            out << FormatDiagnostic(d);
            if (!d.code.empty()) out << " [" << d.code << ']';  // for scripts: the wording may change, the code does not
            out << '\n';
        }
        out << path << ": " << r.dataset.actors.size() << " actors, " << r.dataset.links.size() << " links, "
            << r.dataset.territories.size() << " territories, " << r.dataset.cases.size() << " cases; " << r.errors
            << " errors, " << r.warnings << " warnings\n";
        if (r.errors > 0) status = 1;
    }
    out.flush();
    return status;
}

}  // namespace sse
