// test_files.h: paths of the repository's data and fixtures, and reading a file whole, for every test file.
#pragma once

#include <fstream>
#include <sstream>
#include <string>

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

}  // namespace sse::test
