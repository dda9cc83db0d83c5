// model.h: the in-memory data set (territories, actors, links, cases, recommendations, tours).
// Plain data only: no JSON, ImGui, SDL or GL types. Indices refer into the vectors of Dataset.
#pragma once

#include <array>
#include <cstdint>
#include <map>
#include <string>
#include <utility>
#include <vector>

namespace sse {

enum class ActorKind { PolicyMaker, PublicAgency, Practitioner, ExpertBody, Network, InternationalOrganisation, Funder, Programme };
enum class Level { International, Supranational, National, Regional, Local };
enum class SilkRole { None, Practitioner, PolicyMaker, ExpertBody };
enum class LinkKind { Horizontal, Vertical };
enum class Relation { Funding, Partnership, Licence, Membership, PolicySupport, KnowledgeExchange, Coordination, Founding, Implementation };
enum class Direction { Outward, Inward, Both };
enum class Confidence { Verified, Brief, Inferred };
enum class TerritoryKind { Global, Supranational, Country, Region, City };

// The four dimensions of the brief's value chain, as bits of Link::values.
enum ValueDimension : uint8_t { ValueSocial = 1, ValueCultural = 2, ValueEconomic = 4, ValueEnvironmental = 8 };

constexpr int ActorKindCount = 8;
constexpr int LevelCount = 5;
constexpr int RelationCount = 9;
constexpr int ConfidenceCount = 3;

// Fields the format does not know, kept from a user's file (a Kumu 'Tags' column, a GEXF attribute), in the order
// read: shown in the details panel and written back by every export. Keys are unique; values are text.
using Attributes = std::vector<std::pair<std::string, std::string>>;
// Translations of an item's text fields (data/README.md, "Translations"): language code ("es") -> field ("title")
// -> text. The original (English) stays in the item's own fields; translations are ours, never new facts.
using Translations = std::map<std::string, std::map<std::string, std::string>>;

struct Source {
    std::string url;
    std::string title;
};

// Inclusive year range; 0 means "not given". `note` qualifies the range, e.g. that `from` is a
// predecessor's founding year (a lineage date) rather than the body's own start.
struct YearRange {
    int from = 0;
    int to = 0;
    std::string note;
};

struct Territory {
    std::string id, name, parent_id;
    TerritoryKind kind = TerritoryKind::Country;
    bool has_coordinates = false;
    double lat = 0, lon = 0;
    int parent = -1;  // index into Dataset::territories, -1 for none
};

struct Actor {
    std::string id, name, short_name, description, website;
    ActorKind kind = ActorKind::Practitioner;
    Level level = Level::National;
    SilkRole silk_role = SilkRole::None;
    std::string territory_id;
    int territory = -1;
    YearRange years;
    Confidence confidence = Confidence::Verified;
    std::string quote;      // the SILK brief's own words behind the item, copied exactly (required for `brief`)
    std::string reasoning;  // one sentence: what an `inferred` item was inferred from (required for `inferred`)
    std::vector<Source> sources;
    Attributes attributes;
    Translations translations;  // name, short_name, description
};

struct Link {
    std::string id, from_id, to_id, description;
    int from = -1, to = -1;
    LinkKind kind = LinkKind::Horizontal;
    Relation relation = Relation::Partnership;
    Direction direction = Direction::Both;
    uint8_t values = 0;  // ValueDimension bits
    double weight = 1;
    YearRange years;
    std::vector<std::string> case_ids;
    std::vector<int> cases;
    Confidence confidence = Confidence::Verified;
    std::string quote, reasoning;  // as in Actor
    std::vector<Source> sources;
    Attributes attributes;  // as in Actor
};

struct Case {
    std::string id, title, territory_id, summary;
    int territory = -1;
    std::vector<std::string> actor_ids, link_ids, recommendation_ids;
    std::vector<int> actors, links, recommendations;
    Source brief_source;
    Confidence confidence = Confidence::Brief;
    std::string quote, reasoning;  // as in Actor
    std::vector<Source> sources;
    Translations translations;  // title, summary
};

struct Recommendation {
    std::string id, title, text;
    int number = 0;
    std::vector<std::string> case_ids;
    std::vector<int> cases;
    Translations translations;  // title, text
};

// One step of a guided tour (data/README.md, "Tours"): what to show and the caption to read out.
// Ids are kept as written; the index fields hold the resolved entries (-1 or left out when unknown).
struct TourStep {
    std::string title, text;
    std::string quote;  // the brief's words the caption restates, copied exactly; empty for the tour's own commentary
    bool has_layout = false;
    int layout = 0;  // LayoutKind value as int (0 force, 1 geographic, 2 levels, 3 ego: same order as layouts.h)
    std::string centre_id;
    int centre = -1;  // actor index, only with layout ego
    std::vector<std::pair<std::string, std::string>> filters;  // (field, "v1,v2") exactly as SetFilterField takes them
    bool showcase = true;  // fade, don't hide, what the filters leave out
    std::vector<std::string> actor_ids, link_ids;  // highlighted; lists keep only the resolved entries
    std::vector<int> actors, links;
    std::string case_id, recommendation_id;
    int case_index = -1, recommendation = -1;
    enum class CameraMode { Highlighted, All, Explicit } camera = CameraMode::Highlighted;
    double camera_x = 0, camera_y = 0, camera_zoom = 1;  // with CameraMode::Explicit
    bool reveal = false;  // reveal the highlighted links one by one
    Translations translations;  // title, text
};

struct Tour {
    std::string id, title, description;
    std::vector<TourStep> steps;
    Translations translations;  // title, description
};

struct Dataset {
    std::string id, title, description;
    std::vector<Source> sources;
    std::vector<Territory> territories;
    std::vector<Actor> actors;
    std::vector<Link> links;
    std::vector<Case> cases;
    std::vector<Recommendation> recommendations;
    std::vector<Tour> tours;  // optional in the file

    // Index of the actor with this id, or -1. Linear; build an index for hot paths.
    int FindActor(const std::string& id) const;
};

// Field-by-field equality (ids, values and the resolved index fields), for round-trip and undo tests.
bool operator==(const Source& a, const Source& b);
bool operator==(const YearRange& a, const YearRange& b);
bool operator==(const Territory& a, const Territory& b);
bool operator==(const Actor& a, const Actor& b);
bool operator==(const Link& a, const Link& b);
bool operator==(const Case& a, const Case& b);
bool operator==(const Recommendation& a, const Recommendation& b);
bool operator==(const TourStep& a, const TourStep& b);
bool operator==(const Tour& a, const Tour& b);
bool operator==(const Dataset& a, const Dataset& b);
inline bool operator!=(const Dataset& a, const Dataset& b) { return !(a == b); }

// Stable lower-case names used in JSON, the UI and window.explorer.state().
const char* ToString(ActorKind v);
const char* ToString(Level v);
const char* ToString(SilkRole v);
const char* ToString(LinkKind v);
const char* ToString(Relation v);
const char* ToString(Direction v);
const char* ToString(Confidence v);
const char* ToString(TerritoryKind v);
const char* ValueDimensionName(int bit_index);  // 0..3 -> social, cultural, economic, environmental

}  // namespace sse
