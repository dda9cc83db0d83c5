// fuzz_dictionaries_test.cpp: the committed fuzz dictionaries (fuzz/*.dict) are exactly what the vocabulary
// makes of them (fuzz/fuzz_dictionaries.h), so a new verb, field or value cannot miss the fuzzers.
#include "../../fuzz/fuzz_dictionaries.h"

#include <gtest/gtest.h>

#include "test_files.h"

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>

#include "core/explorer.h"

namespace {

std::string Source(const std::string& path) { return std::string(SSE_SOURCE_DIR) + "/" + path; }

using sse::test::ReadFile;

TEST(FuzzDictionaries, MatchTheVocabulary) {
    sse::Explorer ex;  // the data set the fuzz targets start from (fuzz_common.h)
    ASSERT_TRUE(ex.LoadFile(Source("tests/data/tour_valid.json")));
    const bool write = std::getenv("SSE_WRITE_FUZZ_DICTS") != nullptr;
    for (const std::string target : {"fuzz_command", "fuzz_view_hash"}) {
        const std::string path = Source("fuzz/" + target + ".dict");
        const std::string expected = sse::fuzz::DictionaryText(target, ex.Data());
        ASSERT_FALSE(expected.empty());
        if (write) {
            std::ofstream(path, std::ios::binary) << expected;
            std::printf("wrote %s\n", path.c_str());
        }
        const std::string committed = ReadFile(path);
        if (committed == expected) continue;
        // The first line that differs, rather than two pages of text.
        std::istringstream a(committed), b(expected);
        std::string have, want;
        int line = 0;
        while (true) {
            ++line;
            const bool more_a = static_cast<bool>(std::getline(a, have)), more_b = static_cast<bool>(std::getline(b, want));
            if (!more_a) have = "(end of file)";
            if (!more_b) want = "(end of file)";
            if (have != want || (!more_a && !more_b)) break;
        }
        ADD_FAILURE() << "fuzz/" << target << ".dict is out of date with src/core/vocabulary.cpp (line " << line
                      << ": the file has " << have << ", the vocabulary gives " << want << "); regenerate it with\n"
                      << "  SSE_WRITE_FUZZ_DICTS=1 build/native/tests/sse_core_tests --gtest_filter='FuzzDictionaries.*'";
    }
}

// libFuzzer rejects a dictionary with a malformed line: every line is a comment or one quoted word.
TEST(FuzzDictionaries, EveryLineIsACommentOrAQuotedWord) {
    sse::Explorer ex;
    ASSERT_TRUE(ex.LoadFile(Source("tests/data/tour_valid.json")));
    for (const std::string target : {"fuzz_command", "fuzz_view_hash"}) {
        std::istringstream lines(sse::fuzz::DictionaryText(target, ex.Data()));
        std::string line;
        int words = 0;
        while (std::getline(lines, line)) {
            if (line[0] == '#') continue;
            ASSERT_GE(line.size(), 3u) << line;
            EXPECT_EQ(line.front(), '"') << line;
            EXPECT_EQ(line.back(), '"') << line;
            const std::string inner = line.substr(1, line.size() - 2);
            EXPECT_EQ(inner.find('"'), std::string::npos) << line;
            ++words;
        }
        EXPECT_GT(words, 100) << target;
    }
    EXPECT_EQ(sse::fuzz::DictionaryText("fuzz_dataset_loader", ex.Data()), "") << "that one is JSON keys, kept by hand";
}

}  // namespace
