// import_speed_test.cpp: the largest tables the limits allow (10,000 actors, 50,000 links) import whole, and the
// time is printed (the benchmark, bench/run.sh, is where speed is judged; a shared test machine only checks that it
// finishes in a few seconds even under sanitizers).
#include <chrono>
#include <cstdio>

#include <gtest/gtest.h>

#include "core/import_formats.h"

TEST(ImportSpeed, TenThousandActorsAndFiftyThousandLinks) {
    std::string actors = "id,name,kind,level,territory,description,confidence,sources\n";
    const char* levels[] = {"local", "regional", "national"};
    const char* countries[] = {"FR", "ES", "MX", "KR", "GB"};
    for (int i = 0; i < 10000; ++i) {
        actors += "a" + std::to_string(i) + ",Actor number " + std::to_string(i) + ",network," + levels[i % 3] + "," +
                  countries[i % 5] + ",\"A description, with a comma\",verified,https://example.org/a" + std::to_string(i) + "\n";
    }
    std::string links = "from,to,relation,confidence,sources\n";
    for (int i = 0; i < 50000; ++i) {
        const int a = i % 10000, b = (i * 7919 + 1) % 10000;
        links += "a" + std::to_string(a) + ",a" + std::to_string(b == a ? (b + 1) % 10000 : b) +
                 ",partnership,verified,https://example.org/l\n";
    }
    const auto t0 = std::chrono::steady_clock::now();
    const sse::MappedImport m = sse::ImportFiles({{"actors.csv", actors}, {"links.csv", links}});
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    std::printf("import of 10,000 actors + 50,000 links (%.1f MB of CSV): %.3f s\n", (actors.size() + links.size()) / 1e6, seconds);
    EXPECT_TRUE(m.ok);
    EXPECT_EQ(m.actors, 10000u);
    EXPECT_EQ(m.links, 50000u);
    EXPECT_LT(seconds, 20.0);
}
