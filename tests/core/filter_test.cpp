// filter_test.cpp: ComputeVisibility and SetFilterField on the tiny fixture.
#include "core/filter.h"

#include <gtest/gtest.h>

#include "core/dataset_loader.h"

namespace {
sse::Dataset Tiny() {
    sse::LoadResult r = sse::LoadDatasetFile(std::string(SSE_SOURCE_DIR) + "/tests/data/tiny_valid.json");
    EXPECT_TRUE(r.ok);
    return r.dataset;
}
int Count(const std::vector<sse::Visibility>& v, sse::Visibility what) {
    int n = 0;
    for (auto x : v) n += x == what;
    return n;
}
}  // namespace

TEST(Filter, EmptyFilterShowsEverything) {
    sse::Dataset d = Tiny();
    sse::FilterState f;
    EXPECT_TRUE(f.Empty());
    auto m = sse::ComputeVisibility(d, f);
    EXPECT_EQ(Count(m.actors, sse::Visibility::Shown), 3);
    EXPECT_EQ(Count(m.links, sse::Visibility::Shown), 2);
}

TEST(Filter, ValueDimensionKeepsLinksCarryingIt) {
    sse::Dataset d = Tiny();
    sse::FilterState f;
    ASSERT_EQ(sse::SetFilterField(f, d, "value", "economic"), "");
    auto m = sse::ComputeVisibility(d, f);
    EXPECT_EQ(m.links[0], sse::Visibility::Shown);   // social + economic
    EXPECT_EQ(m.links[1], sse::Visibility::Hidden);  // no values
    ASSERT_EQ(sse::SetFilterField(f, d, "value", "cultural"), "");
    m = sse::ComputeVisibility(d, f);
    EXPECT_EQ(Count(m.links, sse::Visibility::Shown), 0);
    EXPECT_NE(sse::SetFilterField(f, d, "value", "spiritual").find("allowed: social, cultural, economic, environmental"),
              std::string::npos);
}

TEST(Filter, YearsOverlap) {
    sse::Dataset d = Tiny();
    sse::FilterState f;
    ASSERT_EQ(sse::SetFilterField(f, d, "years", "1990-2000"), "");
    auto m = sse::ComputeVisibility(d, f);
    EXPECT_EQ(m.actors[d.FindActor("accio")], sse::Visibility::Shown);  // since 1985: still active
    EXPECT_EQ(m.links[0], sse::Visibility::Hidden);                      // 2016-2026
    EXPECT_EQ(m.links[1], sse::Visibility::Shown);                       // no years: always matches
    ASSERT_EQ(sse::SetFilterField(f, d, "years", "2020-"), "");
    EXPECT_EQ(f.year_from, 2020);
    EXPECT_EQ(f.year_to, 0);
    ASSERT_EQ(sse::SetFilterField(f, d, "years", "-1980"), "");
    m = sse::ComputeVisibility(d, f);
    EXPECT_EQ(m.actors[d.FindActor("accio")], sse::Visibility::Hidden);
    EXPECT_NE(sse::SetFilterField(f, d, "years", "soon"), "");
    EXPECT_NE(sse::SetFilterField(f, d, "years", "2026-2016"), "");
}

TEST(Filter, CaseAndRecommendationRestrictToTheirActors) {
    sse::Dataset d = Tiny();
    sse::FilterState f;
    ASSERT_EQ(sse::SetFilterField(f, d, "recommendation", "r1"), "");
    auto m = sse::ComputeVisibility(d, f);
    EXPECT_EQ(Count(m.links, sse::Visibility::Shown), 2);  // both links belong to the case
    ASSERT_EQ(sse::SetFilterField(f, d, "recommendation", "all"), "");
    EXPECT_TRUE(f.recommendations.empty());
    EXPECT_NE(sse::SetFilterField(f, d, "case", "atlantis").find("unknown case 'atlantis'"), std::string::npos);
}

TEST(Filter, HiddenActorHidesItsLinksAndShowcaseFades) {
    sse::Dataset d = Tiny();
    sse::FilterState f;
    ASSERT_EQ(sse::SetFilterField(f, d, "kind", "public_agency,network"), "");
    auto m = sse::ComputeVisibility(d, f);
    EXPECT_EQ(m.actors[d.FindActor("mites")], sse::Visibility::Hidden);
    EXPECT_EQ(m.links[0], sse::Visibility::Hidden);  // mites -> accio
    f.showcase = true;
    m = sse::ComputeVisibility(d, f);
    EXPECT_EQ(m.actors[d.FindActor("mites")], sse::Visibility::Faded);
    EXPECT_EQ(m.links[0], sse::Visibility::Faded);
    EXPECT_EQ(m.links[1], sse::Visibility::Shown);
}
