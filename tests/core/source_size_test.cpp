// source_size_test.cpp: files a newcomer can read (issue 14): no source file in src/ over 800 lines.
#include <algorithm>
#include <filesystem>
#include <string>

#include <gtest/gtest.h>

#include "test_files.h"

TEST(SourceFiles, NoneIsOver800Lines) {
    namespace fs = std::filesystem;
    int checked = 0;
    for (const fs::directory_entry& e : fs::recursive_directory_iterator(sse::test::SourcePath("src"))) {
        const std::string ext = e.path().extension().string();
        if (!e.is_regular_file() || (ext != ".cpp" && ext != ".h" && ext != ".js")) continue;
        const std::string text = sse::test::ReadFile(e.path().string());
        const long lines = std::count(text.begin(), text.end(), '\n');
        EXPECT_LE(lines, 800) << e.path().string() << ": split it by concern (a large file opens with an index)";
        ++checked;
    }
    EXPECT_GT(checked, 100) << "the walk found the sources";
}
