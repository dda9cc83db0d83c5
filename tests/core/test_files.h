// test_files.h: paths of the repository's data and fixtures, and reading a file whole, for every test file.
#pragma once

#include <fstream>
#include <sstream>
#include <string>

#include "core/model.h"

namespace sse::test {

// A path inside the repository ("data/silk.json", "tests/data/tiny_valid.json").
inline std::string SourcePath(const std::string& relative) { return std::string(SSE_SOURCE_DIR) + "/" + relative; }
// A fixture of tests/data/.
inline std::string Fixture(const std::string& name) { return SourcePath("tests/data/" + name); }
// The whole file as bytes ("" when it cannot be read).
inline std::string ReadFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

// Tables and graph files carry no translations (data/README.md, "Translations"): what a round trip through them keeps.
inline void DropTranslations(sse::Dataset& d) {
    for (auto& a : d.actors) a.translations.clear();
    for (auto& c : d.cases) c.translations.clear();
    for (auto& r : d.recommendations) r.translations.clear();
    for (auto& t : d.tours) {
        t.translations.clear();
        for (auto& s : t.steps) s.translations.clear();
    }
}

}  // namespace sse::test
