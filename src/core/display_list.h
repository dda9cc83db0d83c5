// display_list.h: what the network picture shows, decided once in core so that every renderer draws the same
// thing: the ImGui canvas today, an SVG export or a GPU renderer later. It lists each visible actor (where, how
// big, which shape, which colour key, faded or standing out, its label and the label's priority) and each
// visible link (its ends, bend, dash, arrow heads, width, faded or highlighted), in drawing order.
// Positions and radii stay in world units; a renderer applies the camera. Colours are keys (actor kind, country
// index), turned into colours by the renderer's theme. No ImGui, SDL or GL here.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/model.h"
#include "core/vec2.h"

namespace sse {

class Explorer;

// Actor kinds are told apart by shape as well as by colour (colour is never the only cue).
enum class ActorShape : uint8_t { Circle, Square, Diamond, Triangle, Hexagon };

// The shape of an actor kind (the canvas, the legend and any export use the same mapping).
ActorShape ActorKindShape(ActorKind kind);

// The text of an actor's label: its short name, or its name when it has none.
const std::string& ActorLabel(const Actor& actor);
// The label in the interface language: the data's translation of the short name, else the short name as written (an
// acronym stays), else the translated name, else the name; the originals when the user asked for them (`original on`).
const std::string& ActorLabel(const Explorer& ex, const Actor& actor);
// The actor's full name in the interface language (its translation when the data has one), as the table and search show it.
const std::string& ActorName(const Explorer& ex, const Actor& actor);
// A number that changes whenever ActorLabel/ActorName may give other texts for the same data (language, original).
size_t LabelLanguageStamp(const Explorer& ex);

// Stroke width (pixels) of a link of this weight; highlighted links are drawn 1.4 times wider.
float LinkWidth(double weight, bool highlighted);

// Below this radius on screen (pixels) an actor gets no territory ring: it would outweigh a speck of a shape.
constexpr float MinRingRadiusPx = 4.0f;

// One visible actor. Kept to 64 bytes (members ordered by size): thousands are read every frame.
struct DisplayActor {
    Vec2 pos;              // world position
    double radius = 0;     // world units
    const std::string* label = nullptr;  // the label's text (points into the Explorer's data set)
    const std::string* code = nullptr;   // the territory code shown after it, or nullptr (cue off, or none)
    int actor = -1;        // index into Dataset::actors
    int ring = -1;         // territory ring colour key (TerritoryCues country index), -1 for no ring
    int label_rank = -1;   // position in DisplayList::label_order, -1 when it gets no label
    ActorKind kind = ActorKind::Practitioner;  // fill colour key
    ActorShape shape = ActorShape::Circle;
    bool faded = false;    // drawn in the background (a showcase filter, or outside the focus)
    bool pale = false;     // drawn pale on the canvas: faded and not hovered (hovering brings it forward)
    bool in_focus = false; // in the selection's neighbourhood or the chosen case
    bool selected = false;
    bool hovered = false;
};

static_assert(sizeof(DisplayActor) <= 64, "members ordered by size: a DisplayActor fits a cache line");

// One visible link (32 bytes: ten thousand are read every frame).
struct DisplayLink {
    int link = -1;         // index into Dataset::links
    int from = -1, to = -1;  // indices into DisplayList::actors (not Dataset::actors)
    int bend = 0;          // parallel links between the same actors: 0, +1, -1, +2, ... curve them apart
    float width = 1;       // stroke width in pixels (from the weight; wider when highlighted)
    Confidence confidence = Confidence::Verified;  // style key for renderers that show it (the canvas does not)
    int8_t arc = 0;        // -1 / +1: a link along one band of the levels layout arcs over the actors between
                           // its ends, to this side; 0: no arc
    bool dashed = false;   // vertical links are dashed, so they differ from horizontal ones without colour
    bool head_at_to = false, head_at_from = false;  // arrow heads: outward points at `to`, inward at `from`
    bool faded = false;
    bool highlighted = false;  // in the focus (selection's neighbourhood, chosen case)
};
static_assert(sizeof(DisplayLink) <= 32, "members ordered by size");

// A label's turn to claim space: the actor's entry in DisplayList::actors and its data-set index (the latter for
// per-actor caches such as text sizes, so that placing a label need not read the actor's entry).
struct DisplayLabel {
    int slot = -1;
    int actor = -1;
};

// The sorted label order is kept between builds: sorting thousands of actors every frame cost as much as drawing
// their labels, so it is sorted again only when the candidates or their priorities change (compared in O(n)).
struct LabelOrderCache {
    // One number per candidate, (max - priority) << 32 | actor: ascending order is by priority, then by index.
    std::vector<uint64_t> keys, last_keys;
    std::vector<int> order;                              // actors, highest priority first
};

// What each actor and link brings to the list that only changes with the data set, packed small: a build then
// reads a few bytes per actor and link instead of the data set's large records (several MB at 10,000 links, more
// than the caches hold). Rebuilt when the Explorer holds another data set.
struct DisplayDataCache {
    struct ActorInfo {
        const std::string* label = nullptr;  // ActorLabel
        const std::string* code = nullptr;   // territory code, nullptr when it has none
        ActorKind kind = ActorKind::Practitioner;
        ActorShape shape = ActorShape::Circle;
    };
    struct LinkInfo {
        int from = -1, to = -1;                 // Dataset::actors indices
        int bend = 0;                           // Explorer::LinkBend: computed from the data set alone
        float width = 1, highlighted_width = 1;  // LinkWidth
        Confidence confidence = Confidence::Verified;
        bool dashed = false, head_at_to = false, head_at_from = false;
    };
    // What the cache was built from (a reload changes at least one of them).
    int generation = -1;
    const void* actors_data = nullptr;
    const void* links_data = nullptr;
    const void* codes_data = nullptr;
    size_t actor_count = 0, link_count = 0, code_count = 0;
    size_t language_stamp = 0;  // LabelLanguageStamp: the labels follow the language
    std::vector<ActorInfo> actors;
    std::vector<LinkInfo> links;
};

// What the last build read from the Explorer besides the list's own entries (which hold each visible actor's
// position, radius, fading and focus): a frame whose inputs all match keeps the list as it is. Most frames drawn
// while panning, hovering one actor or animating something else change none of them.
struct DisplayInputs {
    bool valid = false;  // false until a first build, and after a data set change
    int actor_count = 0;     // actors with a position
    int selected = -1, hovered = -1;
    int layout = -1;
    bool territory_cue = false;
    double zoom = 0;
    std::vector<int> degree;          // per actor (the label priority)
    std::vector<uint8_t> link_state;  // per link: visible | faded << 1 | in focus << 2
};

struct DisplayList {
    std::vector<DisplayActor> actors;  // visible actors, by increasing actor index
    std::vector<DisplayLink> links;    // visible links in drawing order: faded ones first, so others lie on top
    // Per data-set actor: its index in `actors`, -1 when hidden.
    std::vector<int> slot;
    // The actors in the order their labels claim space on the canvas; the first `forced_labels`
    // (the selected actor, then the hovered one) are drawn even if they overlap others.
    std::vector<DisplayLabel> label_order;
    int forced_labels = 0;
    bool territory_codes = false;  // the territory cue is on: labels show DisplayActor::code where there is one
    // Memory of previous builds (see each struct), and scratch room for ordering the links.
    LabelOrderCache label_cache;
    DisplayDataCache data_cache;
    DisplayInputs inputs;
    std::vector<DisplayLink> link_scratch;
};

// Brings `out` up to date with the Explorer's data, positions, sizes, filters, focus, selection, hover, layout and
// camera zoom (the ring and the levels-layout arc depend on sizes on screen); when none of them changed since the
// last call, the list is left as it is. Reuses out's memory: no allocation once it has grown.
void BuildDisplayList(const Explorer& ex, DisplayList* out);

}  // namespace sse
