// vocabulary.h: one table per concept the app names (actor kinds, levels, SILK roles, link kinds, relations,
// directions, value dimensions, confidence, territory kinds, filter fields, layouts, size metrics, themes,
// panels, editable elements, command verbs), in the manner of Dear ImGui's and ImPlot's enums: each row has
// its wire name (in files, commands, links and state), its display name (English, for people) and a
// one-line description, and each table its count. Parsers, printers, the help text, the URL hash, the
// sidebar, the validator's "allowed:" lists and the fuzzers' dictionaries all read these tables, so adding
// a word means adding a row in vocabulary.cpp and nowhere else for its spelling.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/model.h"

namespace sse {

// Declared here, defined (with the same fixed underlying type, int) in layouts.h, metrics.h and filter.h, next
// to the code that gives them meaning: the vocabulary names them without pulling that code into every user,
// and a new filter field is declared beside its predicate.
enum class LayoutKind;
enum class MetricKind;
enum class FilterField;

// The model enums without a count in model.h (checked against their last value in vocabulary.cpp).
constexpr int SilkRoleCount = 4;
constexpr int LinkKindCount = 2;
constexpr int DirectionCount = 3;
constexpr int TerritoryKindCount = 5;
constexpr int ValueDimensionCount = 4;  // bits of Link::values

// Concepts that exist only as words (a command argument, a state field), not in the data model.
enum class Theme { Light, Dark, HighContrast };
constexpr int ThemeCount = 3;
enum class Panel { Sidebar, Details, Table, Caption };
constexpr int PanelCount = 4;
// The kinds of data element a command can add, change or delete. Same words and order as ElementKind of the
// document edits (document_edit.h, being written alongside): a separate name so both compile side by side
// until one of them is made to use the other.
enum class DataElement { Territory, Actor, Link, Case, Recommendation, Tour, Step };
constexpr int DataElementCount = 7;

// One word of a vocabulary.
struct VocabEntry {
    const char* wire;         // "policy_maker": what files, commands, links and state() use
    const char* display;      // "Policy-maker": what people read
    const char* description;  // one line for a tooltip or a help text; may be ""
};

struct EnumTable {
    const char* const* names;  // wire names, indexed by the enum's value
    int count;
    int first_parsable;  // names before this index are output-only (SilkRole::None -> "none")
    const char* what;    // for messages: "actor kind", "level", ...
    const VocabEntry* entries;  // the rows, indexed like names (names[i] == entries[i].wire)

    // Index of `name` among the parsable names, or -1.
    int Find(std::string_view name) const;
    // The wire name of an index; "?" when out of range.
    const char* Name(int index) const { return index >= 0 && index < count ? names[index] : "?"; }
    // The display name of an index in the interface's language (i18n.h; id "vocab.<what>.<wire>"); "?" when out
    // of range.
    const char* Display(int index) const;
    // The description of an index in the interface's language (id "vocab.<what>.<wire>.desc"); "" when out of
    // range or when the row has none.
    const char* Description(int index) const;
    // "a, b, c": the parsable names, for "allowed: ..." messages.
    std::string Allowed() const;
    // "a|b|c": the parsable names, for usage lines.
    std::string Alternatives() const;
    // The parsable wire names, in order (for "did you mean" suggestions and dictionaries).
    std::vector<std::string_view> Parsable() const;
};

// The table of an enum (the specialisations below are all there are; any other E fails to link).
template <typename E>
const EnumTable& TableOf();
template <> const EnumTable& TableOf<ActorKind>();
template <> const EnumTable& TableOf<Level>();
template <> const EnumTable& TableOf<SilkRole>();
template <> const EnumTable& TableOf<LinkKind>();
template <> const EnumTable& TableOf<Relation>();
template <> const EnumTable& TableOf<Direction>();
template <> const EnumTable& TableOf<Confidence>();
template <> const EnumTable& TableOf<TerritoryKind>();
template <> const EnumTable& TableOf<LayoutKind>();
template <> const EnumTable& TableOf<MetricKind>();
template <> const EnumTable& TableOf<Theme>();
template <> const EnumTable& TableOf<Panel>();
template <> const EnumTable& TableOf<DataElement>();
template <> const EnumTable& TableOf<FilterField>();

// Indexed by bit position of ValueDimension: social, cultural, economic, environmental.
const EnumTable& ValueDimensionTable();

// The value of a parsable wire name, or nullopt.
template <typename E>
std::optional<E> ParseEnum(std::string_view name) {
    const int i = TableOf<E>().Find(name);
    if (i < 0) return std::nullopt;
    return static_cast<E>(i);
}

// The wire name of a value ("policy_maker"); "?" for an out-of-range value.
template <typename E>
const char* WireName(E value) {
    return TableOf<E>().Name(static_cast<int>(value));
}

// The display name of a value ("Policy-maker"); "?" for an out-of-range value.
template <typename E>
const char* DisplayName(E value) {
    return TableOf<E>().Display(static_cast<int>(value));
}

// Bit index (0..3) of a value-chain dimension name, or nullopt.
std::optional<int> ParseValueDimension(std::string_view name);

// Where a filter field's values come from.
struct FilterFieldValues {
    const EnumTable* names;  // an enum vocabulary (kind, level, link-kind, relation, value, confidence), else null
    DataElement ids;         // with names null and years false: ids of these elements (territory, case, recommendation)
    bool years;              // a year range: "2016-2026", "2016-" or "-2020"
    const char* example;     // a tour step's value list, for messages: ["national", "regional"]
    // False for case and recommendation: the sidebar chooses those in its "Recommendations and cases" list.
    bool in_sidebar;
};

// The values of a filter field.
const FilterFieldValues& ValuesOf(FilterField field);

// One verb of the command language (Explorer::Command, window.explorer.command, --command, the URL hash).
struct CommandVerb {
    const char* verb;     // "select"
    // "select <id>|none". {layout}, {metric}, {theme}, {panel}, {filter-field} and {element} stand for the
    // alternatives of that table ("levels|geographic|..."), so a usage line cannot fall behind its table.
    const char* usage;
    const char* summary;  // one line: what it does
    bool edits_data;      // add, set, delete, undo, redo: they change the data set
};

// Every verb, in the order of the help text.
const std::vector<CommandVerb>& CommandVerbs();
// The verb named `verb`, or null.
const CommandVerb* FindCommandVerb(std::string_view verb);
// A verb's usage with its {table} placeholders expanded: "theme light|dark|high-contrast".
std::string CommandUsage(const CommandVerb& verb);
// The answer to "help": "commands: select <id>|none; search <text>; ...", every verb's usage in table order.
std::string CommandHelpText();
// Every verb with its usage and summary, one per line ("theme light|dark|high-contrast: the colours ..."),
// for a help panel or documentation.
std::string CommandReferenceText();

// Every wire name of every table above (verbs, field names, layouts, metrics, themes, panels, elements and
// every enum value) plus the argument keywords on, off, none, all and clear; each once, in table order. The
// fuzzers' dictionaries are made of these.
std::vector<std::string> VocabularyWords();

}  // namespace sse
