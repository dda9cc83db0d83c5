// conformance_test.cpp: the data loader over the parsing corpus of JSONTestSuite (a peer's copy in
// ../shared/conformance/JSONTestSuite/test_parsing, next to the repository; skipped when absent).
//   n_ files (not JSON): rejected with exactly one error, a syntax error at a line and column;
//   y_ files (JSON): parsed; the loader then reports only schema problems (none is a data file);
//   i_ files (either way): handled without a crash, in bounded time and memory.
// Every verdict is also checked against nlohmann/json, an independent parser.
#include <gtest/gtest.h>
#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/dataset_loader.h"
#include "core/diagnostic.h"
#include "core/json_reader.h"

namespace sse {
namespace {

namespace fs = std::filesystem;

fs::path CorpusDir() { return fs::path(SSE_SOURCE_DIR) / ".." / "shared" / "conformance" / "JSONTestSuite" / "test_parsing"; }

std::string ReadFile(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

std::string All(const LoadResult& r) {
    std::string out;
    for (const Diagnostic& d : r.diagnostics) out += FormatDiagnostic(d) + "\n";
    return out;
}

long MaxRssKb() {
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return u.ru_maxrss;
}

// What json_reader says about the text as the loader sees it (after a UTF-8 byte order mark).
bool ReaderAccepts(const std::string& text) {
    std::string_view body = text;
    if (body.substr(0, 3) == "\xEF\xBB\xBF") body.remove_prefix(3);
    json::Document doc;
    std::vector<json::Problem> problems;
    json::ParseOptions options;
    options.max_depth = kMaxNestingDepth;
    return json::Parse(body, &doc, &problems, options);
}

TEST(Conformance, JsonTestSuiteParsingCorpus) {
    const fs::path dir = CorpusDir();
    if (!fs::is_directory(dir)) {
        GTEST_SKIP() << "JSONTestSuite corpus not found at " << dir.lexically_normal()
                     << " (the shared conformance folder next to the repository); nothing to check";
    }
    std::vector<fs::path> files;
    for (const auto& entry : fs::directory_iterator(dir)) {
        if (entry.is_regular_file() && entry.path().extension() == ".json") files.push_back(entry.path());
    }
    std::sort(files.begin(), files.end());
    ASSERT_GE(files.size(), 300u) << "the corpus looks incomplete";

    int n_count = 0, y_count = 0, i_count = 0, i_accepted = 0, i_rejected = 0, other = 0;
    double slowest_ms = 0;
    std::string slowest;
    const long rss_before = MaxRssKb();
    for (const fs::path& path : files) {
        const std::string name = path.filename().string();
        const std::string text = ReadFile(path);
        SCOPED_TRACE(name);
        const auto start = std::chrono::steady_clock::now();
        const LoadResult r = LoadDatasetFile(path.string());
        const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
        if (ms > slowest_ms) slowest_ms = ms, slowest = name;
        EXPECT_LT(ms, 10000.0) << "a hang";  // each file is at most a few kB: a guard, not a benchmark
        // Whatever the file: a rejected file always says why, and diagnostics are well formed.
        EXPECT_FALSE(r.ok) << "none of these is an sse-explorer/1 data file\n" << All(r);
        ASSERT_FALSE(r.diagnostics.empty());
        for (const Diagnostic& d : r.diagnostics) {
            EXPECT_FALSE(d.message.empty());
            EXPECT_EQ(d.line == 0, d.column == 0) << FormatDiagnostic(d);
        }
        const bool reader_ok = ReaderAccepts(text);

        if (name.rfind("n_", 0) == 0) {
            ++n_count;
            EXPECT_FALSE(reader_ok) << "not JSON, but the reader accepts it";
            // (nlohmann stops at a NUL byte: it accepts n_multidigit_number_then_00.json, "123\0".)
            if (text.find('\0') == std::string::npos) {
                EXPECT_FALSE(nlohmann::json::accept(text)) << "nlohmann disagrees";
            }
            // Exactly one error (duplicate-key warnings before it may be there too), at a position.
            EXPECT_EQ(r.errors, 1) << All(r);
            const auto error = std::find_if(r.diagnostics.begin(), r.diagnostics.end(),
                                            [](const Diagnostic& d) { return d.severity == Diagnostic::Severity::Error; });
            ASSERT_NE(error, r.diagnostics.end());
            EXPECT_GT(error->line, 0) << All(r);
            EXPECT_GT(error->column, 0) << All(r);
            // "file:line:col: error: ..."
            const std::string formatted = FormatDiagnostic(*error);
            EXPECT_EQ(formatted.rfind(path.string() + ":" + std::to_string(error->line) + ":" + std::to_string(error->column) +
                                          ": error: ",
                                      0),
                      0u)
                << formatted;
        } else if (name.rfind("y_", 0) == 0) {
            ++y_count;
            EXPECT_TRUE(reader_ok) << "valid JSON, but the reader rejects it:\n" << All(r);
            EXPECT_TRUE(nlohmann::json::accept(text)) << "nlohmann disagrees";
            // Parsed: what follows are schema messages (the root must be an object with "format"...),
            // each located in the text.
            EXPECT_GE(r.errors, 1) << All(r);
            EXPECT_GT(r.diagnostics[0].line, 0) << All(r);
        } else if (name.rfind("i_", 0) == 0) {
            ++i_count;
            (reader_ok ? i_accepted : i_rejected)++;
            // Either way the result is located: a syntax error, or schema messages after parsing.
            EXPECT_GT(r.diagnostics[0].line, 0) << All(r);
            std::printf("[ info     ] %-50s %s: %s\n", name.c_str(), reader_ok ? "parsed, schema errors" : "rejected",
                        r.diagnostics[0].message.substr(0, 90).c_str());
        } else {
            ++other;
        }
    }
    const long rss_growth_mb = (MaxRssKb() - rss_before) / 1024;
    EXPECT_LT(rss_growth_mb, 64) << "memory grew by " << rss_growth_mb << " MB over the corpus";
    std::printf("[ info     ] JSONTestSuite: %d y_ parsed (then schema errors only), %d n_ rejected with a position, "
                "%d i_ handled (%d parsed, %d rejected); slowest %s %.1f ms, peak memory growth %ld MB\n",
                y_count, n_count, i_count, i_accepted, i_rejected, slowest.c_str(), slowest_ms, rss_growth_mb);
    EXPECT_EQ(y_count + n_count + i_count + other, static_cast<int>(files.size()));
    EXPECT_GT(y_count, 0);
    EXPECT_GT(n_count, 0);
    EXPECT_GT(i_count, 0);
}

}  // namespace
}  // namespace sse
