// metrics_test.cpp: actor metrics and territory indicators on small graphs whose values are computed by hand
// in the comments, plus a smoke run on the bundled data set.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <iostream>
#include <numeric>
#include <string>
#include <vector>

#include "core/dataset_loader.h"
#include "core/metrics.h"

namespace sse {
namespace {

// Small builder so each test shows only its graph.
struct Builder {
    Dataset data;

    int Territory(const std::string& id, int parent = -1) {
        sse::Territory t;
        t.id = t.name = id;
        t.parent = parent;
        data.territories.push_back(t);
        return static_cast<int>(data.territories.size()) - 1;
    }
    int Actor(const std::string& id, int territory = -1, Level level = Level::National) {
        sse::Actor a;
        a.id = a.name = id;
        a.territory = territory;
        a.level = level;
        data.actors.push_back(a);
        return static_cast<int>(data.actors.size()) - 1;
    }
    int Link(int from, int to, Direction direction = Direction::Both, LinkKind kind = LinkKind::Horizontal) {
        sse::Link l;
        l.id = std::to_string(data.links.size());
        l.from = from;
        l.to = to;
        l.direction = direction;
        l.kind = kind;
        data.links.push_back(l);
        return static_cast<int>(data.links.size()) - 1;
    }
    // Actors 0..n-1 joined in a path 0-1-...-(n-1).
    static Builder Path(int n) {
        Builder b;
        for (int i = 0; i < n; ++i) b.Actor("a" + std::to_string(i));
        for (int i = 0; i + 1 < n; ++i) b.Link(i, i + 1);
        return b;
    }
};

void ExpectNear(const std::vector<double>& actual, const std::vector<double>& expected, const char* what) {
    ASSERT_EQ(actual.size(), expected.size()) << what;
    for (size_t i = 0; i < expected.size(); ++i) EXPECT_NEAR(actual[i], expected[i], 1e-12) << what << " [" << i << "]";
}

TEST(Metrics, PathDegreeBetweennessCloseness) {
    const Builder b = Builder::Path(4);  // a-b-c-d
    const ActorMetrics m = ComputeActorMetrics(b.data);
    EXPECT_EQ(m.degree, (std::vector<int>{1, 2, 2, 1}));
    // b lies on a-c and a-d, c on a-d and b-d: 2 pairs each out of (4-1)(4-2)/2 = 3.
    ExpectNear(m.betweenness, {0, 2.0 / 3, 2.0 / 3, 0}, "betweenness");
    // a: 3 / (1+2+3) = 0.5; b: 3 / (1+1+2) = 0.75; everyone reaches all, so the W-F factor is 1.
    ExpectNear(m.closeness, {0.5, 0.75, 0.75, 0.5}, "closeness");
}

TEST(Metrics, StarCentre) {
    Builder b;
    const int centre = b.Actor("centre");
    for (int i = 0; i < 4; ++i) b.Link(centre, b.Actor("leaf" + std::to_string(i)));
    const ActorMetrics m = ComputeActorMetrics(b.data);
    // The centre is on all 6 leaf pairs, (5-1)(5-2)/2 = 6. Leaf closeness: 4 / (1 + 2*3) = 4/7.
    ExpectNear(m.betweenness, {1, 0, 0, 0, 0}, "betweenness");
    ExpectNear(m.closeness, {1, 4.0 / 7, 4.0 / 7, 4.0 / 7, 4.0 / 7}, "closeness");
    EXPECT_EQ(m.degree, (std::vector<int>{4, 1, 1, 1, 1}));
}

TEST(Metrics, DisconnectedPairsUseWassermanFaust) {
    Builder b;
    for (int i = 0; i < 4; ++i) b.Actor("a" + std::to_string(i));
    b.Actor("isolated");
    b.Link(0, 1);
    b.Link(2, 3);
    const ActorMetrics m = ComputeActorMetrics(b.data);
    // n = 5. Each paired actor reaches r = 2 with distance sum 1: (1/1) * (1/(5-1)) = 0.25. Isolated: 0.
    ExpectNear(m.closeness, {0.25, 0.25, 0.25, 0.25, 0}, "closeness");
    ExpectNear(m.betweenness, {0, 0, 0, 0, 0}, "betweenness");
}

TEST(Metrics, DirectionsGiveInAndOutDegree) {
    Builder b;
    const int a = b.Actor("a"), x = b.Actor("x"), y = b.Actor("y"), z = b.Actor("z");
    b.Link(a, x, Direction::Outward);  // a -> x
    b.Link(y, a, Direction::Inward);   // seen from y, flow comes in: a -> y
    b.Link(a, z, Direction::Both);     // a <-> z
    const ActorMetrics m = ComputeActorMetrics(b.data);
    EXPECT_EQ(m.degree, (std::vector<int>{3, 1, 1, 1}));
    EXPECT_EQ(m.out_degree, (std::vector<int>{3, 0, 0, 1}));
    EXPECT_EQ(m.in_degree, (std::vector<int>{1, 1, 1, 1}));
}

TEST(Metrics, ParallelLinksCountForDegreeButNotForPaths) {
    // Square a-b-c-d-a with a-b given twice. On the simple graph each opposite pair has 2 shortest paths,
    // so every actor gets 1/2 pair out of 3: 1/6. Counting a-b twice would give a and b 2/9, c and d 1/9.
    Builder b;
    for (const char* id : {"a", "b", "c", "d"}) b.Actor(id);
    b.Link(0, 1);
    b.Link(0, 1, Direction::Outward);
    b.Link(1, 2);
    b.Link(2, 3);
    b.Link(3, 0);
    const ActorMetrics m = ComputeActorMetrics(b.data);
    EXPECT_EQ(m.degree, (std::vector<int>{3, 3, 2, 2}));
    EXPECT_EQ(m.out_degree, (std::vector<int>{3, 2, 2, 2}));
    ExpectNear(m.betweenness, {1.0 / 6, 1.0 / 6, 1.0 / 6, 1.0 / 6}, "betweenness");
    // a: distances 1,2,1 -> 3/4.
    ExpectNear(m.closeness, {0.75, 0.75, 0.75, 0.75}, "closeness");
}

TEST(Metrics, SelfLinksAndInvalidEndsIgnored) {
    Builder b;
    const int a = b.Actor("a"), c = b.Actor("c");
    b.Link(a, a);
    b.Link(a, -1);
    b.Link(-1, c);
    b.Link(a, 7);  // past the actor list
    const ActorMetrics m = ComputeActorMetrics(b.data);
    EXPECT_EQ(m.degree, (std::vector<int>{0, 0}));
    ExpectNear(m.closeness, {0, 0}, "closeness");
    ExpectNear(m.betweenness, {0, 0}, "betweenness");
}

TEST(Metrics, EmptyDatasetGivesEmptyVectors) {
    const ActorMetrics m = ComputeActorMetrics(Dataset{});
    EXPECT_TRUE(m.degree.empty());
    EXPECT_TRUE(m.betweenness.empty());
    EXPECT_TRUE(NormalisedMetric(m, MetricKind::Closeness).empty());
}

TEST(Metrics, TerritoryBridging) {
    Builder b;
    const int spain = b.Territory("spain");
    const int catalonia = b.Territory("catalonia", spain);
    const int france = b.Territory("france");
    const int x = b.Actor("x", catalonia), y = b.Actor("y", spain), z = b.Actor("z", france);
    const int w = b.Actor("w", catalonia), u = b.Actor("u"), v = b.Actor("v");
    b.Link(x, y);  // Catalonia - Spain: parent and child are different territories
    b.Link(x, z);
    b.Link(x, w);  // same territory
    b.Link(x, z);  // parallel: France still counts once
    b.Link(u, y);
    b.Link(u, z);
    b.Link(v, y);
    const ActorMetrics m = ComputeActorMetrics(b.data);
    // x: Spain + France; y: Catalonia (u has no territory); z: Catalonia; w: none;
    // u (unknown own): Spain + France, so it joins two; v (unknown own): Spain only, joins nothing.
    EXPECT_EQ(m.territories_bridged, (std::vector<int>{2, 1, 1, 0, 2, 1}));
    EXPECT_EQ(m.bridges_territories, (std::vector<uint8_t>{1, 1, 1, 0, 1, 0}));
}

TEST(Metrics, LinkMaskExcludesLinks) {
    const Builder b = Builder::Path(4);  // links 0: a-b, 1: b-c, 2: c-d
    const ActorMetrics m = ComputeActorMetrics(b.data, {1, 0, 1});
    EXPECT_EQ(m.degree, (std::vector<int>{1, 1, 1, 1}));
    ExpectNear(m.betweenness, {0, 0, 0, 0}, "betweenness");
    ExpectNear(m.closeness, {1.0 / 3, 1.0 / 3, 1.0 / 3, 1.0 / 3}, "closeness");
    // A short mask: links past its end are not selected.
    const ActorMetrics short_mask = ComputeActorMetrics(b.data, {1});
    EXPECT_EQ(short_mask.degree, (std::vector<int>{1, 1, 0, 0}));
    // All-zero mask (not empty) selects nothing.
    EXPECT_EQ(ComputeActorMetrics(b.data, {0, 0, 0}).degree, (std::vector<int>{0, 0, 0, 0}));
}

TEST(Metrics, NormalisedMetricScalesByMaximum) {
    const ActorMetrics m = ComputeActorMetrics(Builder::Path(4).data);
    ExpectNear(NormalisedMetric(m, MetricKind::Degree), {0.5, 1, 1, 0.5}, "degree");
    ExpectNear(NormalisedMetric(m, MetricKind::Betweenness), {0, 1, 1, 0}, "betweenness");
    ExpectNear(NormalisedMetric(m, MetricKind::Closeness), {2.0 / 3, 1, 1, 2.0 / 3}, "closeness");
    // No links: every metric is 0, and scaling must not divide by zero.
    Builder lonely;
    lonely.Actor("a");
    lonely.Actor("b");
    const ActorMetrics z = ComputeActorMetrics(lonely.data);
    for (int k = 0; k < MetricKindCount; ++k) {
        const auto values = NormalisedMetric(z, static_cast<MetricKind>(k));
        ASSERT_EQ(values.size(), 2u);
        for (double v : values) EXPECT_EQ(v, 0.0) << ToString(static_cast<MetricKind>(k));
    }
}

TEST(Metrics, MetricKindNamesRoundTrip) {
    const char* expected[] = {"degree", "in_degree", "out_degree", "betweenness", "closeness", "territories_bridged",
                              "territory_horizontal", "territory_vertical", "territory_levels"};
    static_assert(sizeof(expected) / sizeof(*expected) == MetricKindCount);
    for (int k = 0; k < MetricKindCount; ++k) {
        const auto kind = static_cast<MetricKind>(k);
        EXPECT_STREQ(ToString(kind), expected[k]);
        MetricKind parsed = MetricKind::Degree;
        ASSERT_TRUE(ParseMetricKind(ToString(kind), parsed)) << expected[k];
        EXPECT_EQ(parsed, kind);
    }
    MetricKind untouched = MetricKind::Closeness;
    EXPECT_FALSE(ParseMetricKind("Degree", untouched));
    EXPECT_FALSE(ParseMetricKind("", untouched));
    EXPECT_EQ(untouched, MetricKind::Closeness);
}

TEST(Metrics, LargeGraphStaysFast) {
    // A ring of 5,000 actors: every actor is alike, so all betweenness and closeness values are equal.
    // Closeness by hand: distances 1..2499 twice plus 2500 once: sum = 2499*2500 + 2500 = 6,250,000.
    const int n = 5000;
    Builder b = Builder::Path(n);
    b.Link(n - 1, 0);
    const ActorMetrics m = ComputeActorMetrics(b.data);
    ASSERT_EQ(m.betweenness.size(), static_cast<size_t>(n));
    for (int i = 1; i < n; ++i) {
        ASSERT_NEAR(m.betweenness[i], m.betweenness[0], 1e-9);
        ASSERT_NEAR(m.closeness[i], m.closeness[0], 1e-12);
    }
    EXPECT_NEAR(m.closeness[0], 4999.0 / 6250000.0, 1e-15);
    EXPECT_GT(m.betweenness[0], 0.0);
    EXPECT_LE(m.betweenness[0], 1.0);
}

TEST(Metrics, BundledDataSet) {
    const LoadResult loaded = LoadDatasetFile(std::string(SSE_SOURCE_DIR) + "/data/silk.json");
    ASSERT_TRUE(loaded.ok) << loaded.errors << " errors";
    const Dataset& data = loaded.dataset;
    const ActorMetrics m = ComputeActorMetrics(data);
    const size_t n = data.actors.size();
    ASSERT_GT(n, 0u);
    EXPECT_EQ(m.degree.size(), n);
    EXPECT_EQ(m.in_degree.size(), n);
    EXPECT_EQ(m.out_degree.size(), n);
    EXPECT_EQ(m.betweenness.size(), n);
    EXPECT_EQ(m.closeness.size(), n);
    EXPECT_EQ(m.territories_bridged.size(), n);
    EXPECT_EQ(m.bridges_territories.size(), n);
    // Every link counts twice in the degree sum (the loader rejects self-links and unknown actors).
    EXPECT_EQ(std::accumulate(m.degree.begin(), m.degree.end(), 0), static_cast<int>(2 * data.links.size()));
    for (size_t i = 0; i < n; ++i) {
        EXPECT_TRUE(m.betweenness[i] >= 0.0 && m.betweenness[i] <= 1.0) << data.actors[i].id;
        EXPECT_TRUE(m.closeness[i] >= 0.0 && m.closeness[i] <= 1.0) << data.actors[i].id;
    }
    const auto indicators = ComputeTerritoryIndicators(data);
    EXPECT_EQ(indicators.size(), data.territories.size());

    std::vector<size_t> order(n);
    std::iota(order.begin(), order.end(), size_t{0});
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t c) { return m.betweenness[a] > m.betweenness[c]; });
    std::cout << "Top-5 actors by betweenness in data/silk.json:\n";
    for (size_t k = 0; k < std::min<size_t>(5, n); ++k) {
        const size_t i = order[k];
        std::cout << "  " << k + 1 << ". " << data.actors[i].id << " (" << data.actors[i].name << ") betweenness "
                  << m.betweenness[i] << ", degree " << m.degree[i] << ", closeness " << m.closeness[i] << "\n";
    }
}

// Territories: 0 Spain, 1 Catalonia (in Spain), 2 Barcelona (in Catalonia), 3 France, 4 Italy (empty).
// Actors: A0 Spain national, A1 Catalonia regional, A2 Barcelona local, A3 France national, A4 no territory.
// Links:  L0 A0->A1 vertical outward, L1 A1->A2 vertical outward, L2 A2->A3 horizontal inward,
//         L3 A3->A0 horizontal both, L4 A4->A3 vertical outward, L5 A1->A3 horizontal inward.
Builder IndicatorData() {
    Builder b;
    const int spain = b.Territory("spain");
    const int catalonia = b.Territory("catalonia", spain);
    const int barcelona = b.Territory("barcelona", catalonia);
    const int france = b.Territory("france");
    b.Territory("italy");
    b.Actor("A0", spain, Level::National);
    b.Actor("A1", catalonia, Level::Regional);
    b.Actor("A2", barcelona, Level::Local);
    b.Actor("A3", france, Level::National);
    b.Actor("A4", -1, Level::International);
    b.Link(0, 1, Direction::Outward, LinkKind::Vertical);
    b.Link(1, 2, Direction::Outward, LinkKind::Vertical);
    b.Link(2, 3, Direction::Inward, LinkKind::Horizontal);
    b.Link(3, 0, Direction::Both, LinkKind::Horizontal);
    b.Link(4, 3, Direction::Outward, LinkKind::Vertical);
    b.Link(1, 3, Direction::Inward, LinkKind::Horizontal);
    return b;
}

constexpr uint8_t Bit(Level l) { return static_cast<uint8_t>(1u << static_cast<int>(l)); }

TEST(Indicators, RollUpCountsAndLevels) {
    const auto ind = ComputeTerritoryIndicators(IndicatorData().data);
    ASSERT_EQ(ind.size(), 5u);
    // Spain holds A0, A1 (Catalonia) and A2 (Barcelona, two levels down).
    EXPECT_EQ(ind[0].actors, 3);
    EXPECT_EQ(ind[1].actors, 2);
    EXPECT_EQ(ind[2].actors, 1);
    EXPECT_EQ(ind[3].actors, 1);
    EXPECT_EQ(ind[4].actors, 0);
    EXPECT_EQ(ind[0].level_mask, Bit(Level::National) | Bit(Level::Regional) | Bit(Level::Local));
    EXPECT_EQ(ind[0].levels_covered, 3);
    EXPECT_EQ(ind[1].level_mask, Bit(Level::Regional) | Bit(Level::Local));
    EXPECT_EQ(ind[1].levels_covered, 2);
    EXPECT_EQ(ind[3].level_mask, Bit(Level::National));
    EXPECT_EQ(ind[3].levels_covered, 1);
    EXPECT_EQ(ind[4].levels_covered, 0);
    // Spain: L2, L3, L5 horizontal; L0, L1 vertical (internal links counted once). L4 does not touch it.
    EXPECT_EQ(ind[0].horizontal_links, 3);
    EXPECT_EQ(ind[0].vertical_links, 2);
    EXPECT_EQ(ind[1].horizontal_links, 2);  // L2, L5
    EXPECT_EQ(ind[1].vertical_links, 2);    // L0, L1
    EXPECT_EQ(ind[2].horizontal_links, 1);  // L2
    EXPECT_EQ(ind[2].vertical_links, 1);    // L1
    EXPECT_EQ(ind[3].horizontal_links, 3);  // L2, L3, L5
    EXPECT_EQ(ind[3].vertical_links, 1);    // L4
    EXPECT_EQ(ind[4].horizontal_links + ind[4].vertical_links, 0);
}

TEST(Indicators, SizeActorsByTheirTerritorysIndicator) {
    const Builder b = IndicatorData();
    const auto ind = ComputeTerritoryIndicators(b.data);
    const ActorMetrics m = ComputeActorMetrics(b.data);
    // Expected: each actor's territory's value, divided by the largest among the actors.
    for (MetricKind kind : {MetricKind::TerritoryHorizontal, MetricKind::TerritoryVertical, MetricKind::TerritoryLevels}) {
        std::vector<double> expected;
        for (const sse::Actor& a : b.data.actors) {
            if (a.territory < 0) {  // A4 has no territory: 0
                expected.push_back(0);
                continue;
            }
            const TerritoryIndicators& t = ind[a.territory];
            expected.push_back(kind == MetricKind::TerritoryHorizontal ? t.horizontal_links
                               : kind == MetricKind::TerritoryVertical ? t.vertical_links : t.levels_covered);
        }
        const double max = *std::max_element(expected.begin(), expected.end());
        ASSERT_GT(max, 0) << ToString(kind);
        for (double& v : expected) v /= max;
        ExpectNear(NormalisedMetric(m, kind, &b.data, &ind), expected, ToString(kind));
        // Without indicators: zeros, never a crash.
        ExpectNear(NormalisedMetric(m, kind), std::vector<double>(b.data.actors.size(), 0.0), ToString(kind));
    }
    // Hand-checked: levels covered by the actors' territories.
    std::vector<double> levels;
    for (const sse::Actor& a : b.data.actors) levels.push_back(a.territory < 0 ? 0 : ind[a.territory].levels_covered);
    EXPECT_FALSE(std::all_of(levels.begin(), levels.end(), [&](double v) { return v == levels[0]; })) << "a test that cannot tell";
}

TEST(Indicators, FlowsSeenFromTheTerritory) {
    const auto ind = ComputeTerritoryIndicators(IndicatorData().data);
    ASSERT_EQ(ind.size(), 5u);
    // Spain: L0, L1 internal outward -> 2 outward; L2, L5 leave with Inward -> 2 inward; L3 both.
    EXPECT_EQ(ind[0].outward, 2);
    EXPECT_EQ(ind[0].inward, 2);
    EXPECT_EQ(ind[0].both, 1);
    EXPECT_DOUBLE_EQ(ind[0].flow_balance, 0.0);
    // Catalonia: L0 enters with Outward -> inward; L1 internal -> outward; L2, L5 leave Inward -> inward.
    EXPECT_EQ(ind[1].inward, 3);
    EXPECT_EQ(ind[1].outward, 1);
    EXPECT_EQ(ind[1].both, 0);
    EXPECT_DOUBLE_EQ(ind[1].flow_balance, 0.5);
    // Barcelona: L1 enters Outward -> inward; L2 leaves Inward -> inward.
    EXPECT_EQ(ind[2].inward, 2);
    EXPECT_EQ(ind[2].outward, 0);
    EXPECT_DOUBLE_EQ(ind[2].flow_balance, 1.0);
    // France: L2, L5 enter with Inward -> outward; L4 enters Outward -> inward; L3 both.
    EXPECT_EQ(ind[3].inward, 1);
    EXPECT_EQ(ind[3].outward, 2);
    EXPECT_EQ(ind[3].both, 1);
    EXPECT_NEAR(ind[3].flow_balance, -1.0 / 3, 1e-12);
    // Italy: nothing, and no division by zero.
    EXPECT_EQ(ind[4].inward + ind[4].outward + ind[4].both, 0);
    EXPECT_EQ(ind[4].flow_balance, 0.0);
}

TEST(Indicators, LinkMaskExcludesLinks) {
    // Without L3 and L5, France keeps L2 (outward) and L4 (inward).
    const auto ind = ComputeTerritoryIndicators(IndicatorData().data, {1, 1, 1, 0, 1, 0});
    ASSERT_EQ(ind.size(), 5u);
    EXPECT_EQ(ind[3].horizontal_links, 1);
    EXPECT_EQ(ind[3].vertical_links, 1);
    EXPECT_EQ(ind[3].both, 0);
    EXPECT_EQ(ind[3].inward, 1);
    EXPECT_EQ(ind[3].outward, 1);
    EXPECT_DOUBLE_EQ(ind[3].flow_balance, 0.0);
    // Actor counts do not depend on the links.
    EXPECT_EQ(ind[0].actors, 3);
}

TEST(Indicators, ParentCycleDoesNotHang) {
    Builder b;
    const int t0 = b.Territory("t0");
    const int t1 = b.Territory("t1", t0);
    b.data.territories[static_cast<size_t>(t0)].parent = t1;  // t0 -> t1 -> t0
    b.Territory("t2", 99);                                    // parent out of range
    const int a = b.Actor("a", t0, Level::Local);
    const int c = b.Actor("c", 2, Level::Regional);
    b.Link(a, c, Direction::Outward);
    const auto ind = ComputeTerritoryIndicators(b.data);
    ASSERT_EQ(ind.size(), 3u);
    EXPECT_EQ(ind[0].actors, 1);
    EXPECT_EQ(ind[1].actors, 1);  // t0 is inside t1 through the cycle
    EXPECT_EQ(ind[2].actors, 1);
    EXPECT_EQ(ind[0].outward, 1);
    EXPECT_EQ(ind[2].inward, 1);
}

}  // namespace
}  // namespace sse
