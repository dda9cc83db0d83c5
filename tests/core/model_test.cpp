// model_test.cpp: enum names (both directions, one table) and Dataset look-ups.
#include <gtest/gtest.h>

#include <set>
#include <string>

#include "core/enum_names.h"
#include "core/model.h"

namespace sse {
namespace {

// Every value of E has a distinct lower-case name that parses back to the same value.
template <typename E>
void ExpectRoundTrip(int count, int first_parsable = 0) {
    std::set<std::string> seen;
    for (int i = first_parsable; i < count; ++i) {
        const E v = static_cast<E>(i);
        const std::string name = ToString(v);
        EXPECT_TRUE(seen.insert(name).second) << "duplicate name " << name;
        for (char c : name) EXPECT_TRUE((c >= 'a' && c <= 'z') || c == '_') << name;
        const auto parsed = ParseEnum<E>(name);
        ASSERT_TRUE(parsed.has_value()) << name;
        EXPECT_EQ(static_cast<int>(*parsed), i) << name;
    }
    EXPECT_EQ(TableOf<E>().count, count);
}

TEST(EnumNames, RoundTripEveryEnum) {
    ExpectRoundTrip<ActorKind>(ActorKindCount);
    ExpectRoundTrip<Level>(LevelCount);
    ExpectRoundTrip<SilkRole>(4, 1);
    ExpectRoundTrip<LinkKind>(2);
    ExpectRoundTrip<Relation>(RelationCount);
    ExpectRoundTrip<Direction>(3);
    ExpectRoundTrip<Confidence>(ConfidenceCount);
    ExpectRoundTrip<TerritoryKind>(5);
}

TEST(EnumNames, ExactJsonSpellings) {
    EXPECT_STREQ(ToString(ActorKind::PublicAgency), "public_agency");
    EXPECT_STREQ(ToString(ActorKind::InternationalOrganisation), "international_organisation");
    EXPECT_STREQ(ToString(ActorKind::Programme), "programme");
    EXPECT_STREQ(ToString(Level::Supranational), "supranational");
    EXPECT_STREQ(ToString(SilkRole::PolicyMaker), "policy_maker");
    EXPECT_STREQ(ToString(SilkRole::None), "none");
    EXPECT_STREQ(ToString(LinkKind::Vertical), "vertical");
    EXPECT_STREQ(ToString(Relation::KnowledgeExchange), "knowledge_exchange");
    EXPECT_STREQ(ToString(Relation::PolicySupport), "policy_support");
    EXPECT_STREQ(ToString(Relation::Licence), "licence");
    EXPECT_STREQ(ToString(Direction::Inward), "inward");
    EXPECT_STREQ(ToString(Confidence::Inferred), "inferred");
    EXPECT_STREQ(ToString(TerritoryKind::City), "city");
}

TEST(EnumNames, ParseRejectsUnknownAndOutputOnlyNames) {
    EXPECT_FALSE(ParseEnum<ActorKind>("agency").has_value());
    EXPECT_FALSE(ParseEnum<Level>("Regional").has_value());  // case matters
    EXPECT_FALSE(ParseEnum<SilkRole>("none").has_value());   // "none" means: field absent
    EXPECT_EQ(TableOf<SilkRole>().Allowed(), "practitioner, policy_maker, expert_body");
    EXPECT_EQ(TableOf<Direction>().Allowed(), "outward, inward, both");
}

TEST(EnumNames, ValueDimensions) {
    EXPECT_STREQ(ValueDimensionName(0), "social");
    EXPECT_STREQ(ValueDimensionName(1), "cultural");
    EXPECT_STREQ(ValueDimensionName(2), "economic");
    EXPECT_STREQ(ValueDimensionName(3), "environmental");
    EXPECT_STREQ(ValueDimensionName(4), "?");
    EXPECT_EQ(ParseValueDimension("economic"), 2);
    EXPECT_EQ(1 << *ParseValueDimension("environmental"), ValueEnvironmental);
    EXPECT_FALSE(ParseValueDimension("sosial").has_value());
}

TEST(Dataset, FindActor) {
    Dataset ds;
    ds.actors.resize(3);
    ds.actors[0].id = "accio";
    ds.actors[1].id = "coopcycle";
    ds.actors[2].id = "mites";
    EXPECT_EQ(ds.FindActor("coopcycle"), 1);
    EXPECT_EQ(ds.FindActor("mites"), 2);
    EXPECT_EQ(ds.FindActor("acio"), -1);
    EXPECT_EQ(Dataset{}.FindActor("accio"), -1);
}

}  // namespace
}  // namespace sse
