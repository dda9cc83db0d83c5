// view_state_test.cpp: view <-> URL hash round trips over many random views, and bad hashes.
#include "core/view_state.h"

#include <gtest/gtest.h>
#include <random>

namespace {
std::string Bundled() { return std::string(SSE_SOURCE_DIR) + "/data/silk.json"; }
}  // namespace

TEST(ViewHash, FreshViewIsJustTheCamera) {
    sse::Explorer ex;
    ASSERT_TRUE(ex.LoadFile(Bundled()));
    std::string hash = sse::EncodeViewHash(ex);
    EXPECT_EQ(hash.rfind("camera=", 0), 0u) << hash;
}

TEST(ViewHash, RoundTripOverManyRandomViews) {
    sse::Explorer a, b;
    ASSERT_TRUE(a.LoadFile(Bundled()));
    ASSERT_TRUE(b.LoadFile(Bundled()));
    const sse::Dataset& d = a.Data();
    std::mt19937 rng(12345);
    auto pick = [&](int n) { return (int)(rng() % n); };
    const char* layouts[] = {"levels", "geographic", "force", "ego"};
    const char* kinds[] = {"practitioner", "network", "public_agency", "policy_maker"};
    const char* levels[] = {"national", "regional", "local", "international"};
    const char* metrics[] = {"degree", "betweenness", "closeness", "in_degree"};
    for (int round = 0; round < 200; ++round) {
        a.Command("filter clear");
        a.Command("select none");
        a.Command("case none");
        if (pick(2)) a.Command(std::string("filter kind ") + kinds[pick(4)] + "," + kinds[pick(4)]);
        if (pick(3) == 0) a.Command(std::string("filter level ") + levels[pick(4)]);
        if (pick(3) == 0) a.Command("filter territory " + d.territories[pick((int)d.territories.size())].id);
        if (pick(4) == 0) a.Command("filter value economic,social");
        if (pick(4) == 0) a.Command("filter years 2015-2021");
        a.Command(pick(2) ? "showcase on" : "showcase off");
        a.Command(pick(3) == 0 ? "hide-isolated on" : "hide-isolated off");
        a.Command(std::string("size ") + metrics[pick(4)]);
        a.Command("select " + d.actors[pick((int)d.actors.size())].id);  // may fail when filtered out: fine
        a.Command(std::string("layout ") + layouts[pick(4)]);          // ego fails without a selection: fine
        a.Command("focus " + std::to_string(pick(4)));
        if (pick(4) == 0) a.Command("case " + d.cases[pick((int)d.cases.size())].id);
        a.Command("camera " + std::to_string(pick(2000) - 1000) + " " + std::to_string(pick(2000) - 1000) + " 0." +
                  std::to_string(1 + pick(9)));
        std::string hash = sse::EncodeViewHash(a);
        std::vector<std::string> notices = sse::ApplyViewHash(b, hash);
        EXPECT_TRUE(notices.empty()) << hash << ": " << (notices.empty() ? "" : notices[0]);
        ASSERT_EQ(sse::EncodeViewHash(b), hash) << "round " << round;
    }
}

TEST(ViewHash, MalformedAndOutdatedHashesAreIgnoredWithNotices) {
    sse::Explorer ex;
    ASSERT_TRUE(ex.LoadFile(Bundled()));
    auto notices = sse::ApplyViewHash(ex, "#layout=spiral&select=nobody&focus=lots&colour=red&camera=1,2&&=&%ZZ=1&filter.kind=alien");
    EXPECT_GE(notices.size(), 6u);
    std::string all;
    for (auto& n : notices) all += n + "\n";
    EXPECT_NE(all.find("ignored 'colour'"), std::string::npos) << all;
    EXPECT_NE(all.find("ignored 'layout=spiral'"), std::string::npos) << all;
    EXPECT_NE(all.find("ignored 'select=nobody'"), std::string::npos) << all;
    EXPECT_NE(all.find("ignored 'camera=1,2'"), std::string::npos) << all;
    // The view is still a valid, default one.
    EXPECT_EQ(ex.Layout(), sse::LayoutKind::Levels);
    EXPECT_EQ(ex.Selected(), -1);
    EXPECT_EQ(ex.VisibleActorCount(), (int)ex.Data().actors.size());
    // Hostile sizes are cut, not processed.
    std::string huge = "select=" + std::string(100000, 'a');
    notices = sse::ApplyViewHash(ex, huge);
    EXPECT_FALSE(notices.empty());
}

TEST(ViewHash, PercentCoding) {
    EXPECT_EQ(sse::PercentDecode("ACCI%C3%93"), "ACCIÓ");
    EXPECT_EQ(sse::PercentDecode("100%"), "100%");
    EXPECT_EQ(sse::PercentEncode("a b&c=d,e"), "a%20b%26c%3Dd,e");
    EXPECT_EQ(sse::PercentDecode(sse::PercentEncode("é/ü?#")), "é/ü?#");
}
