// enum_names.cpp: the name tables. The order of each table must match the enum's declaration order
// in model.h (enum_names_test checks every value round-trips).
#include "core/enum_names.h"

namespace sse {

namespace {

const char* const kActorKindNames[] = {"policy_maker", "public_agency", "practitioner", "expert_body",
                                       "network", "international_organisation", "funder", "programme"};
const char* const kLevelNames[] = {"international", "supranational", "national", "regional", "local"};
const char* const kSilkRoleNames[] = {"none", "practitioner", "policy_maker", "expert_body"};
const char* const kLinkKindNames[] = {"horizontal", "vertical"};
const char* const kRelationNames[] = {"funding",  "partnership",  "licence", "membership", "policy_support",
                                      "knowledge_exchange", "coordination", "founding", "implementation"};
const char* const kDirectionNames[] = {"outward", "inward", "both"};
const char* const kConfidenceNames[] = {"verified", "brief", "inferred"};
const char* const kTerritoryKindNames[] = {"global", "supranational", "country", "region", "city"};
const char* const kValueDimensionNames[] = {"social", "cultural", "economic", "environmental"};

template <size_t N>
constexpr EnumTable MakeTable(const char* const (&names)[N], const char* what, int first_parsable = 0) {
    return EnumTable{names, static_cast<int>(N), first_parsable, what};
}

const EnumTable kActorKind = MakeTable(kActorKindNames, "actor kind");
const EnumTable kLevel = MakeTable(kLevelNames, "level");
const EnumTable kSilkRole = MakeTable(kSilkRoleNames, "SILK role", 1);  // "none" = field absent
const EnumTable kLinkKind = MakeTable(kLinkKindNames, "link kind");
const EnumTable kRelation = MakeTable(kRelationNames, "relation");
const EnumTable kDirection = MakeTable(kDirectionNames, "direction");
const EnumTable kConfidence = MakeTable(kConfidenceNames, "confidence");
const EnumTable kTerritoryKind = MakeTable(kTerritoryKindNames, "territory kind");
const EnumTable kValueDimension = MakeTable(kValueDimensionNames, "value");

static_assert(sizeof(kActorKindNames) / sizeof(kActorKindNames[0]) == ActorKindCount);
static_assert(sizeof(kLevelNames) / sizeof(kLevelNames[0]) == LevelCount);
static_assert(sizeof(kRelationNames) / sizeof(kRelationNames[0]) == RelationCount);
static_assert(sizeof(kConfidenceNames) / sizeof(kConfidenceNames[0]) == ConfidenceCount);

}  // namespace

int EnumTable::Find(std::string_view name) const {
    for (int i = first_parsable; i < count; ++i) {
        if (name == names[i]) return i;
    }
    return -1;
}

std::string EnumTable::Allowed() const {
    std::string out;
    for (int i = first_parsable; i < count; ++i) {
        if (!out.empty()) out += ", ";
        out += names[i];
    }
    return out;
}

template <> const EnumTable& TableOf<ActorKind>() { return kActorKind; }
template <> const EnumTable& TableOf<Level>() { return kLevel; }
template <> const EnumTable& TableOf<SilkRole>() { return kSilkRole; }
template <> const EnumTable& TableOf<LinkKind>() { return kLinkKind; }
template <> const EnumTable& TableOf<Relation>() { return kRelation; }
template <> const EnumTable& TableOf<Direction>() { return kDirection; }
template <> const EnumTable& TableOf<Confidence>() { return kConfidence; }
template <> const EnumTable& TableOf<TerritoryKind>() { return kTerritoryKind; }

const EnumTable& ValueDimensionTable() { return kValueDimension; }

std::optional<int> ParseValueDimension(std::string_view name) {
    const int i = kValueDimension.Find(name);
    if (i < 0) return std::nullopt;
    return i;
}

}  // namespace sse
