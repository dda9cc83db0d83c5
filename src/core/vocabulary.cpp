// vocabulary.cpp: the tables. The order of each table must match its enum's declaration order (the
// static_asserts check the counts; vocabulary_test checks every row round-trips).
#include "core/vocabulary.h"

#include <algorithm>
#include <cstddef>
#include <iterator>

#include "core/filter.h"
#include "core/i18n.h"
#include "core/layouts.h"
#include "core/metrics.h"

namespace sse {

namespace {

constexpr VocabEntry kActorKinds[] = {
    {"policy_maker", "Policy-maker", "A government or ministry that sets SSE policy"},
    {"public_agency", "Public agency", "A public body that carries out policy: an agency, an office, a fund"},
    {"practitioner", "Practitioner", "An SSE organisation: a cooperative, an association, a social enterprise"},
    {"expert_body", "Expert body", "Research, advice or evaluation: a university, a think tank"},
    {"network", "Network", "A federation or network of SSE organisations"},
    {"international_organisation", "International organisation", "The OECD, the UN, the ILO, ..."},
    {"funder", "Funder", "A bank, a foundation or a fund that finances SSE"},
    {"programme", "Programme or policy", "A programme, a strategy or a law, shown as an actor"},
};
constexpr VocabEntry kLevels[] = {
    {"international", "International", "Worldwide bodies"},
    {"supranational", "Supranational", "Above the nation: the European Union, ..."},
    {"national", "National", "A country's government and bodies"},
    {"regional", "Regional", "A region, province or autonomous community"},
    {"local", "Local", "A city or a municipality"},
};
constexpr VocabEntry kSilkRoles[] = {
    {"none", "Not a SILK partner", "Output only: the field is absent"},
    {"practitioner", "Practitioner", "A SILK partner from SSE practice"},
    {"policy_maker", "Policy-maker", "A SILK partner from government"},
    {"expert_body", "Expert body", "A SILK partner from research or advice"},
};
constexpr VocabEntry kLinkKinds[] = {
    {"horizontal", "Horizontal (same level)", "Cooperation between actors of the same governance level"},
    {"vertical", "Vertical (across levels)", "Cooperation across governance levels"},
};
constexpr VocabEntry kRelations[] = {
    {"funding", "Funding", "One finances the other"},
    {"partnership", "Partnership", "A joint project or an agreement"},
    {"licence", "Licence", "One licenses a model or a brand to the other"},
    {"membership", "Membership", "One is a member of the other"},
    {"policy_support", "Policy support", "Policy, regulation or public backing"},
    {"knowledge_exchange", "Knowledge exchange", "Peer learning, studies, shared methods"},
    {"coordination", "Coordination", "One coordinates the other's work"},
    {"founding", "Founding", "One founded the other"},
    {"implementation", "Implementation", "One carries out the other's programme"},
};
constexpr VocabEntry kDirections[] = {
    {"outward", "Outward", "The flow goes from the first actor to the second"},
    {"inward", "Inward", "The flow comes to the first actor from the second"},
    {"both", "Both ways", "The flow goes both ways"},
};
constexpr VocabEntry kConfidences[] = {
    {"verified", "Verified", "Checked against a public source"},
    {"brief", "From the brief", "As stated in the SILK policy brief"},
    {"inferred", "Inferred", "Deduced from related facts; not stated by a source"},
};
constexpr VocabEntry kTerritoryKinds[] = {
    {"global", "Global", "The whole world"},
    {"supranational", "Supranational", "A group of countries: the European Union, ..."},
    {"country", "Country", ""},
    {"region", "Region", "A region inside a country"},
    {"city", "City", ""},
};
constexpr VocabEntry kValueDimensions[] = {
    {"social", "Social", "Jobs, inclusion, care"},
    {"cultural", "Cultural", "Identity, heritage, creativity"},
    {"economic", "Economic", "Income, markets, growth"},
    {"environmental", "Environmental", "Climate, resources, biodiversity"},
};
// Same order as LayoutKind in layouts.h.
constexpr VocabEntry kLayouts[] = {
    {"force", "ForceAtlas2 force", "Linked actors pull together, all others push apart (Barnes-Hut); stops once settled"},
    {"geographic", "Map", "Actors at their territory's place on a world map"},
    {"levels", "Levels", "Governance levels as bands: vertical cooperation reads vertically"},
    {"ego", "Ego", "The selected actor in the middle, the others by link distance"},
};
// Same order as MetricKind in metrics.h.
constexpr VocabEntry kMetrics[] = {
    {"degree", "Number of links", "Every link of the actor"},
    {"in_degree", "Incoming links", "Links whose flow comes to the actor"},
    {"out_degree", "Outgoing links", "Links whose flow leaves the actor"},
    {"betweenness", "Betweenness (brokers)", "How often the actor lies on the shortest path between two others"},
    {"closeness", "Closeness", "How few links separate the actor from all the others"},
    {"territories_bridged", "Territories bridged", "Other territories among the actor's neighbours"},
    {"territory_horizontal", "Its territory's horizontal links", "Horizontal links of the actor's territory"},
    {"territory_vertical", "Its territory's vertical links", "Vertical links of the actor's territory"},
    {"territory_levels", "Levels its territory covers", "Governance levels among the actors of the actor's territory"},
};
constexpr VocabEntry kThemes[] = {
    {"light", "Light", "Dark text on a light background"},
    {"dark", "Dark", "Light text on a dark background"},
    {"high-contrast", "High contrast", "Black on white with heavy links, for projectors that wash colours out"},
};
constexpr VocabEntry kPanels[] = {
    {"sidebar", "Explore panel", "Recommendations and cases, filters, legend"},
    {"details", "Details", "The selected actor: description, links, cases, sources"},
    {"table", "Table view", "Actors, links and territories with their figures, sortable"},
    {"caption", "Tour caption", "The running tour's step: title, text, previous and next"},
};
constexpr VocabEntry kElements[] = {
    {"territory", "Territory", "A place: the world, a group of countries, a country, a region, a city"},
    {"actor", "Actor", "An organisation of the ecosystem"},
    {"link", "Link", "A cooperation between two actors"},
    {"case", "Case", "An example from the brief, with its actors and links"},
    {"recommendation", "Recommendation", "One of the brief's recommendations, with its cases"},
    {"tour", "Tour", "A guided walk through the network"},
    {"step", "Tour step", "One step of a tour, named by its tour and its number"},
};
// Same order as FilterField; the URL hash writes its "filter.<field>" keys in this order.
constexpr VocabEntry kFilterFields[] = {
    {"kind", "Actor kind", ""},
    {"level", "Level", ""},
    {"territory", "Territory", "An actor matches when it is in the territory or one of its sub-territories"},
    {"link-kind", "Link kind", ""},
    {"relation", "Relation", ""},
    {"value", "Value dimension", "Links whose sources name a ticked value; a link with no value recorded matches none"},
    {"case", "Case", "The case's actors and links"},
    {"recommendation", "Recommendation", "The actors and links of the recommendation's cases"},
    {"confidence", "Confidence", ""},
    {"years", "Years", "0 = open; items without years always match"},
};

template <size_t N>
struct NameArray {
    const char* v[N];
};
// The wire names of a table's rows, so EnumTable::names (read by the loader) is derived, never retyped.
template <size_t N>
constexpr NameArray<N> WireNamesOf(const VocabEntry (&rows)[N]) {
    NameArray<N> out{};
    for (size_t i = 0; i < N; ++i) out.v[i] = rows[i].wire;
    return out;
}

constexpr auto kActorKindNames = WireNamesOf(kActorKinds);
constexpr auto kLevelNames = WireNamesOf(kLevels);
constexpr auto kSilkRoleNames = WireNamesOf(kSilkRoles);
constexpr auto kLinkKindNames = WireNamesOf(kLinkKinds);
constexpr auto kRelationNames = WireNamesOf(kRelations);
constexpr auto kDirectionNames = WireNamesOf(kDirections);
constexpr auto kConfidenceNames = WireNamesOf(kConfidences);
constexpr auto kTerritoryKindNames = WireNamesOf(kTerritoryKinds);
constexpr auto kValueDimensionNames = WireNamesOf(kValueDimensions);
constexpr auto kLayoutNames = WireNamesOf(kLayouts);
constexpr auto kMetricNames = WireNamesOf(kMetrics);
constexpr auto kThemeNames = WireNamesOf(kThemes);
constexpr auto kPanelNames = WireNamesOf(kPanels);
constexpr auto kElementNames = WireNamesOf(kElements);
constexpr auto kFilterFieldNames = WireNamesOf(kFilterFields);

template <size_t N>
constexpr EnumTable MakeTable(const VocabEntry (&rows)[N], const NameArray<N>& names, const char* what,
                              int first_parsable = 0) {
    return EnumTable{names.v, static_cast<int>(N), first_parsable, what, rows};
}

const EnumTable kActorKind = MakeTable(kActorKinds, kActorKindNames, "actor kind");
const EnumTable kLevel = MakeTable(kLevels, kLevelNames, "level");
const EnumTable kSilkRole = MakeTable(kSilkRoles, kSilkRoleNames, "SILK role", 1);  // "none" = field absent
const EnumTable kLinkKind = MakeTable(kLinkKinds, kLinkKindNames, "link kind");
const EnumTable kRelation = MakeTable(kRelations, kRelationNames, "relation");
const EnumTable kDirection = MakeTable(kDirections, kDirectionNames, "direction");
const EnumTable kConfidence = MakeTable(kConfidences, kConfidenceNames, "confidence");
const EnumTable kTerritoryKind = MakeTable(kTerritoryKinds, kTerritoryKindNames, "territory kind");
const EnumTable kValueDimension = MakeTable(kValueDimensions, kValueDimensionNames, "value");
const EnumTable kLayout = MakeTable(kLayouts, kLayoutNames, "layout");
const EnumTable kMetric = MakeTable(kMetrics, kMetricNames, "size metric");
const EnumTable kTheme = MakeTable(kThemes, kThemeNames, "theme");
const EnumTable kPanel = MakeTable(kPanels, kPanelNames, "panel");
const EnumTable kElement = MakeTable(kElements, kElementNames, "element");
const EnumTable kFilterField = MakeTable(kFilterFields, kFilterFieldNames, "filter field");

// Each table has one row per enum value: its size is the count, and the count is one past the last value.
static_assert(std::size(kActorKinds) == ActorKindCount && static_cast<int>(ActorKind::Programme) + 1 == ActorKindCount);
static_assert(std::size(kLevels) == LevelCount && static_cast<int>(Level::Local) + 1 == LevelCount);
static_assert(std::size(kSilkRoles) == SilkRoleCount && static_cast<int>(SilkRole::ExpertBody) + 1 == SilkRoleCount);
static_assert(std::size(kLinkKinds) == LinkKindCount && static_cast<int>(LinkKind::Vertical) + 1 == LinkKindCount);
static_assert(std::size(kRelations) == RelationCount && static_cast<int>(Relation::Implementation) + 1 == RelationCount);
static_assert(std::size(kDirections) == DirectionCount && static_cast<int>(Direction::Both) + 1 == DirectionCount);
static_assert(std::size(kConfidences) == ConfidenceCount && static_cast<int>(Confidence::Inferred) + 1 == ConfidenceCount);
static_assert(std::size(kTerritoryKinds) == TerritoryKindCount &&
              static_cast<int>(TerritoryKind::City) + 1 == TerritoryKindCount);
static_assert(std::size(kValueDimensions) == ValueDimensionCount && (1 << (ValueDimensionCount - 1)) == ValueEnvironmental);
static_assert(std::size(kLayouts) == LayoutKindCount && static_cast<int>(LayoutKind::Ego) + 1 == LayoutKindCount);
static_assert(std::size(kMetrics) == MetricKindCount &&
              static_cast<int>(MetricKind::TerritoryLevels) + 1 == MetricKindCount);
static_assert(std::size(kThemes) == ThemeCount && static_cast<int>(Theme::HighContrast) + 1 == ThemeCount);
static_assert(std::size(kPanels) == PanelCount && static_cast<int>(Panel::Caption) + 1 == PanelCount);
static_assert(std::size(kElements) == DataElementCount && static_cast<int>(DataElement::Step) + 1 == DataElementCount);
static_assert(std::size(kFilterFields) == FilterFieldCount &&
              static_cast<int>(FilterField::Years) + 1 == FilterFieldCount);

// Indexed by FilterField.
const FilterFieldValues kFilterFieldValues[] = {
    {&kActorKind, DataElement::Actor, false, "[\"practitioner\"]", true},
    {&kLevel, DataElement::Actor, false, "[\"national\", \"regional\"]", true},
    {nullptr, DataElement::Territory, false, "[\"es-ct\"]", true},
    {&kLinkKind, DataElement::Link, false, "[\"vertical\"]", true},
    {&kRelation, DataElement::Link, false, "[\"funding\"]", true},
    {&kValueDimension, DataElement::Link, false, "[\"social\"]", true},
    {nullptr, DataElement::Case, false, "[\"<case id>\"]", false},
    {nullptr, DataElement::Recommendation, false, "[\"r1\"]", false},
    {&kConfidence, DataElement::Actor, false, "[\"verified\"]", true},
    {nullptr, DataElement::Actor, true, "[\"2016-2026\"]", true},
};
static_assert(std::size(kFilterFieldValues) == FilterFieldCount);

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

std::string EnumTable::Alternatives() const {
    std::string out;
    for (int i = first_parsable; i < count; ++i) {
        if (!out.empty()) out += '|';
        out += names[i];
    }
    return out;
}

std::vector<std::string_view> EnumTable::Parsable() const {
    return std::vector<std::string_view>(names + first_parsable, names + count);
}

// The string-table id of a row: "vocab.actor_kind.policy_maker" (the table's `what` with '_' for spaces).
static std::string VocabId(const EnumTable& t, int index) {
    std::string id = "vocab.";
    for (const char* c = t.what; *c; ++c) id += *c == ' ' ? '_' : (*c >= 'A' && *c <= 'Z' ? char(*c - 'A' + 'a') : *c);
    return id + "." + t.entries[index].wire;
}

const char* EnumTable::Display(int index) const {
    if (index < 0 || index >= count) return "?";
    return i18n::Tr(VocabId(*this, index).c_str(), entries[index].display);
}

const char* EnumTable::Description(int index) const {
    if (index < 0 || index >= count) return "";
    if (!*entries[index].description) return "";
    return i18n::Tr((VocabId(*this, index) + ".desc").c_str(), entries[index].description);
}

template <> const EnumTable& TableOf<ActorKind>() { return kActorKind; }
template <> const EnumTable& TableOf<Level>() { return kLevel; }
template <> const EnumTable& TableOf<SilkRole>() { return kSilkRole; }
template <> const EnumTable& TableOf<LinkKind>() { return kLinkKind; }
template <> const EnumTable& TableOf<Relation>() { return kRelation; }
template <> const EnumTable& TableOf<Direction>() { return kDirection; }
template <> const EnumTable& TableOf<Confidence>() { return kConfidence; }
template <> const EnumTable& TableOf<TerritoryKind>() { return kTerritoryKind; }
template <> const EnumTable& TableOf<LayoutKind>() { return kLayout; }
template <> const EnumTable& TableOf<MetricKind>() { return kMetric; }
template <> const EnumTable& TableOf<Theme>() { return kTheme; }
template <> const EnumTable& TableOf<Panel>() { return kPanel; }
template <> const EnumTable& TableOf<DataElement>() { return kElement; }
template <> const EnumTable& TableOf<FilterField>() { return kFilterField; }

const EnumTable& ValueDimensionTable() { return kValueDimension; }

std::optional<int> ParseValueDimension(std::string_view name) {
    const int i = kValueDimension.Find(name);
    if (i < 0) return std::nullopt;
    return i;
}

const FilterFieldValues& ValuesOf(FilterField field) {
    const int i = static_cast<int>(field);
    return kFilterFieldValues[i >= 0 && i < FilterFieldCount ? i : static_cast<int>(FilterField::Years)];
}

const std::vector<CommandVerb>& CommandVerbs() {
    static const std::vector<CommandVerb> verbs = {
        {"select", "select <id>|none", "select an actor (as a click does), or clear the selection", false},
        {"search", "search <text>", "select the best match for the text and fly to it", false},
        {"goto", "goto <id>", "select an actor and fly to it (as a search hit, a table row or a link in the details panel)", false},
        {"layout", "layout {layout} [centre]", "switch layout (ego centres on the selection or the given actor)", false},
        {"focus", "focus <depth>", "highlight the selection's neighbourhood up to this many links (0 = off)", false},
        {"filter", "filter {filter-field} <v1>,<v2>|all or filter clear",
         "show only what has these values (years: 2016-2026, 2016- or -2020)", false},
        {"showcase", "showcase on|off", "fade what the filters leave out instead of hiding it", false},
        {"hide-isolated", "hide-isolated on|off", "hide actors left without a visible link", false},
        {"case", "case <id>|none", "highlight a case's actors and links", false},
        {"recommendation", "recommendation <id>|none", "highlight the actors and links of a recommendation's cases", false},
        {"size", "size {metric}", "what sizes the actors", false},
        {"tour", "tour <id>|none", "start a guided tour, or leave it", false},
        {"step", "step <n>", "go to step n of the tour", false},
        {"next", "next", "the tour's next step", false},
        {"prev", "prev", "the tour's previous step", false},
        {"first", "first", "the tour's first step", false},
        {"last", "last", "the tour's last step", false},
        {"autoplay", "autoplay <seconds>|off", "advance the tour every so many seconds (2 to 600)", false},
        {"present", "present on|off", "presentation view: full screen, panels hidden, large captions", false},
        {"pointer", "pointer on|off", "the presenter's spotlight pointer", false},
        {"share", "share on|off", "the view's link as a large QR code, to follow on a phone", false},
        {"help", "help [on|off]", "alone: list the commands; on|off: the keyboard and mouse help", false},
        {"welcome", "welcome on|off", "the first-visit welcome", false},
        {"scale", "scale <percent>", "interface size, 100 to 250 %", false},
        {"theme", "theme {theme}", "colours for the room", false},
        {"language", "language en|es|fr|pt|ko|ca|qps", "the interface's language (qps: pseudo-language for testing)", false},
        {"reduced-motion", "reduced-motion on|off", "no camera animation", false},
        {"original", "original on|off", "translated data text shows the original (English) instead", false},
        {"territory-cue", "territory-cue on|off", "a ring coloured by country and the territory's code on each actor", false},
        {"panel", "panel {panel} on|off", "show or hide a panel (on a phone: open or close its sheet)", false},
        {"touch", "touch on|off", "the screen is touched (the page says so): the compact layout with sheets", false},
        {"fit", "fit", "frame every actor", false},
        {"reset-view", "reset-view", "moved actors go back (the layout is computed afresh) and everything is framed", false},
        {"camera", "camera <x> <y> <zoom>", "jump to an exact view (world units)", false},
        {"zoom", "zoom <factor> [<x> <y>]", "zoom about the middle of the canvas, or about a canvas pixel (as the wheel or a pinch)", false},
        {"centre", "centre <x> <y>", "centre the uncovered part of the canvas on a world point (as a click in the minimap)", false},
        {"pan", "pan <dx> <dy>", "move the view by screen pixels", false},
        {"locate", "locate <id>", "where an actor is drawn, in canvas pixels", false},
        {"pick", "pick <x> <y>", "which actor is drawn at a canvas point", false},
        {"clear", "clear", "clear the selection, then the chosen case or recommendation", false},
        {"escape", "escape", "as the Esc key: close the share panel, the help, the presentation, the tour, then clear the focus", false},
        {"add", "add {element} <JSON object> (a step: add step <tour id> [<n>] <JSON object>)",
         "add an element to the data set", true},
        {"set", "set {element} <id> <field> <JSON value> (a step: set step <tour id> <n> <field> <JSON value>)",
         "change one field of an element", true},
        {"delete", "delete {element} <id> (a step: delete step <tour id> <n>)",
         "delete an element (and the references to it)", true},
        {"undo", "undo", "undo the last change to the data set", true},
        {"redo", "redo", "redo the last change undone", true},
        {"open", "open <file> [<file>...]",
         "open data files (JSON, CSV/TSV tables) into a preview: nothing changes until 'import replace' or 'import merge'",
         false},
        {"import", "import replace|merge|cancel",
         "load the opened file's preview in place of the data, merge it in by id, or drop it", true},
        {"export", "export <format> [<folder>]",
         "the data or the view as files (json, svg: the view as a figure, ...): returned, or written into the folder (atomic)",
         false},
        {"edit", "edit on|off", "edit mode: double-click adds an actor, a drag from an actor's rim (or with Alt) links two", false},
        {"select-add", "select-add <id>", "add an actor to the selection (as Shift+click), or take it out again", false},
        {"move", "move <id> <x> <y>", "put an actor at a world point (as a drag)", false},
        {"create-actor", "create-actor <x> <y>", "a new actor at a world point (as a double-click in edit mode)", true},
        {"link", "link <from id> <to id> [relation]", "a new link between two actors (as a drag in edit mode)", true},
        {"delete-selection", "delete-selection", "delete the selected actors and their links (the Delete key)", true},
        {"new", "new [title]", "a new, empty map with this title (undoable)", true},
        {"save", "save [file]", "write the data set to its file, or to this one (atomic)", false},
        {"restore", "restore keep|discard", "keep or discard a map restored from the browser's storage", true},
        {"set-selection", "set-selection <field> <JSON value>", "give every selected actor the same kind, level, territory, confidence or SILK role (one undo step)", true},
        {"paste-cells", "paste-cells actors|links|territories <first column> <JSON: rows (ids), text (cells)>", "type or paste a block of spreadsheet cells over the table from a cell (rows beyond the actors table become new actors; one undo step)", true},
        {"table-cell", "table-cell actors|links|territories <row id> <column> | table-cell off", "make a cell of the table current (as a click in edit mode): where typing and Ctrl+V go; a territory's gets its form", false},
        {"select-box", "select-box <x0> <y0> <x1> <y1>", "add the actors drawn inside a box of canvas pixels to the selection (Shift+drag in edit mode)", false},
        {"validate", "validate", "check the whole data set by the rules a file gets when opened: errors, warnings, codes", false},
        {"check-edits", "check-edits on|off", "check the whole data set after every change (counted in state().editCheck)", false},
        {"record-step", "record-step", "append what is on screen as a step of the tour being recorded", true},
        {"rerecord-step", "rerecord-step <n>", "step n of the running tour takes what is on screen (title and text kept)", true},
        {"move-step", "move-step <from> <to>", "move a step of the running tour to another position", true},
    };
    return verbs;
}

const CommandVerb* FindCommandVerb(std::string_view verb) {
    for (const CommandVerb& v : CommandVerbs())
        if (verb == v.verb) return &v;
    return nullptr;
}

std::string CommandUsage(const CommandVerb& verb) {
    static const std::pair<const char*, const EnumTable*> placeholders[] = {
        {"{layout}", &kLayout}, {"{metric}", &kMetric},       {"{theme}", &kTheme},
        {"{panel}", &kPanel},   {"{filter-field}", &kFilterField}, {"{element}", &kElement},
    };
    std::string out = verb.usage;
    for (const auto& [key, table] : placeholders) {
        const size_t at = out.find(key);
        if (at != std::string::npos) out.replace(at, std::char_traits<char>::length(key), table->Alternatives());
    }
    return out;
}

std::string CommandHelpText() {
    // Semicolons between verbs: a usage may contain commas ("<v1>,<v2>").
    std::string out = "commands: ";
    for (size_t i = 0; i < CommandVerbs().size(); ++i) out += (i ? "; " : "") + CommandUsage(CommandVerbs()[i]);
    return out;
}

std::string CommandReferenceText() {
    std::string out;
    for (const CommandVerb& v : CommandVerbs()) out += CommandUsage(v) + ": " + v.summary + "\n";
    return out;
}

std::vector<std::string> VocabularyWords() {
    std::vector<std::string> words;
    auto add = [&](std::string_view w) {
        if (std::find(words.begin(), words.end(), w) == words.end()) words.emplace_back(w);
    };
    for (const CommandVerb& v : CommandVerbs()) add(v.verb);
    for (const char* keyword : {"on", "off", "none", "all", "clear"}) add(keyword);
    for (const EnumTable* t : {&kFilterField, &kLayout, &kMetric, &kTheme, &kPanel, &kElement, &kActorKind, &kLevel,
                               &kSilkRole, &kLinkKind, &kRelation, &kDirection, &kValueDimension, &kConfidence,
                               &kTerritoryKind})
        for (std::string_view w : t->Parsable()) add(w);
    return words;
}

}  // namespace sse
