// vocabulary_test.cpp: the vocabulary tables (vocabulary.h) round-trip, match their enums, give every word a
// display name, and agree with the command interpreter both ways.
#include "core/vocabulary.h"

#include <gtest/gtest.h>

#include "test_files.h"

#include <algorithm>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "core/explorer.h"
#include "core/filter.h"
#include "core/layouts.h"
#include "core/metrics.h"
#include "core/view_state.h"

namespace sse {
namespace {

using sse::test::Fixture;

struct NamedTable {
    const char* concept_name;
    const EnumTable* table;
    int count;
};

// Every table with the count its enum declares.
std::vector<NamedTable> AllTables() {
    return {
        {"actor kind", &TableOf<ActorKind>(), ActorKindCount},
        {"level", &TableOf<Level>(), LevelCount},
        {"SILK role", &TableOf<SilkRole>(), SilkRoleCount},
        {"link kind", &TableOf<LinkKind>(), LinkKindCount},
        {"relation", &TableOf<Relation>(), RelationCount},
        {"direction", &TableOf<Direction>(), DirectionCount},
        {"confidence", &TableOf<Confidence>(), ConfidenceCount},
        {"territory kind", &TableOf<TerritoryKind>(), TerritoryKindCount},
        {"value", &ValueDimensionTable(), ValueDimensionCount},
        {"layout", &TableOf<LayoutKind>(), LayoutKindCount},
        {"size metric", &TableOf<MetricKind>(), MetricKindCount},
        {"theme", &TableOf<Theme>(), ThemeCount},
        {"panel", &TableOf<Panel>(), PanelCount},
        {"element", &TableOf<DataElement>(), DataElementCount},
        {"filter field", &TableOf<FilterField>(), FilterFieldCount},
    };
}

// A typed round trip: value -> wire name -> value, through the templates other code calls.
template <typename E>
void ExpectTypedRoundTrip(int count, int first_parsable = 0) {
    for (int i = first_parsable; i < count; ++i) {
        const E v = static_cast<E>(i);
        const auto parsed = ParseEnum<E>(WireName(v));
        ASSERT_TRUE(parsed.has_value()) << WireName(v);
        EXPECT_EQ(static_cast<int>(*parsed), i) << WireName(v);
        EXPECT_STREQ(DisplayName(v), TableOf<E>().Display(i));
    }
}

TEST(Vocabulary, EveryTableRoundTripsAndHasItsEnumsCount) {
    for (const NamedTable& t : AllTables()) {
        SCOPED_TRACE(t.concept_name);
        EXPECT_EQ(t.table->count, t.count);
        EXPECT_STREQ(t.table->what, t.concept_name);
        std::set<std::string> wires, displays;
        for (int i = 0; i < t.table->count; ++i) {
            const std::string wire = t.table->Name(i);
            EXPECT_STREQ(t.table->names[i], t.table->entries[i].wire);
            EXPECT_TRUE(wires.insert(wire).second) << "duplicate wire name " << wire;
            // Commands split on spaces and dictionaries quote words: wire names are lower-case words.
            for (char c : wire) EXPECT_TRUE((c >= 'a' && c <= 'z') || c == '_' || c == '-') << wire;
            const std::string display = t.table->Display(i);
            EXPECT_FALSE(display.empty()) << wire;
            EXPECT_TRUE(displays.insert(display).second) << "duplicate display name " << display;
            if (i >= t.table->first_parsable) EXPECT_EQ(t.table->Find(wire), i) << wire;
            else EXPECT_EQ(t.table->Find(wire), -1) << wire << " is output-only";
        }
    }
}

TEST(Vocabulary, TypedRoundTripForEveryEnum) {
    ExpectTypedRoundTrip<ActorKind>(ActorKindCount);
    ExpectTypedRoundTrip<Level>(LevelCount);
    ExpectTypedRoundTrip<SilkRole>(SilkRoleCount, 1);
    ExpectTypedRoundTrip<LinkKind>(LinkKindCount);
    ExpectTypedRoundTrip<Relation>(RelationCount);
    ExpectTypedRoundTrip<Direction>(DirectionCount);
    ExpectTypedRoundTrip<Confidence>(ConfidenceCount);
    ExpectTypedRoundTrip<TerritoryKind>(TerritoryKindCount);
    ExpectTypedRoundTrip<LayoutKind>(LayoutKindCount);
    ExpectTypedRoundTrip<MetricKind>(MetricKindCount);
    ExpectTypedRoundTrip<Theme>(ThemeCount);
    ExpectTypedRoundTrip<Panel>(PanelCount);
    ExpectTypedRoundTrip<DataElement>(DataElementCount);
    ExpectTypedRoundTrip<FilterField>(FilterFieldCount);
    for (int bit = 0; bit < ValueDimensionCount; ++bit) EXPECT_EQ(ParseValueDimension(ValueDimensionTable().Name(bit)), bit);
}

TEST(Vocabulary, OutOfRangeAndUnknownNames) {
    const EnumTable& t = TableOf<Relation>();
    EXPECT_STREQ(t.Name(-1), "?");
    EXPECT_STREQ(t.Display(RelationCount), "?");
    EXPECT_STREQ(t.Description(RelationCount), "");
    EXPECT_FALSE(ParseEnum<Theme>("High-Contrast").has_value());  // case matters
    EXPECT_FALSE(ParseEnum<Panel>("").has_value());
    EXPECT_STREQ(ToString(static_cast<MetricKind>(MetricKindCount)), "");  // metrics.h promises "" out of range
}

TEST(Vocabulary, DisplayNamesForPeople) {
    EXPECT_STREQ(DisplayName(ActorKind::PolicyMaker), "Policy-maker");
    EXPECT_STREQ(DisplayName(ActorKind::PublicAgency), "Public agency");
    EXPECT_STREQ(DisplayName(Relation::KnowledgeExchange), "Knowledge exchange");
    EXPECT_STREQ(DisplayName(LayoutKind::Force), "ForceAtlas2 force");
    EXPECT_STREQ(DisplayName(Theme::HighContrast), "High contrast");
    EXPECT_STREQ(DisplayName(FilterField::Value), "Value dimension");
    EXPECT_STREQ(ValueDimensionTable().Display(2), "Economic");
}

TEST(Vocabulary, LayoutAndMetricNamesComeFromTheTables) {
    for (int i = 0; i < LayoutKindCount; ++i) {
        LayoutKind k = LayoutKind::Force;
        ASSERT_TRUE(ParseLayoutKind(TableOf<LayoutKind>().Name(i), k));
        EXPECT_EQ(static_cast<int>(k), i);
        EXPECT_STREQ(ToString(k), TableOf<LayoutKind>().Name(i));
    }
    for (int i = 0; i < MetricKindCount; ++i) {
        MetricKind k = MetricKind::Degree;
        ASSERT_TRUE(ParseMetricKind(TableOf<MetricKind>().Name(i), k));
        EXPECT_STREQ(ToString(k), TableOf<MetricKind>().Name(i));
    }
    EXPECT_EQ(TableOf<LayoutKind>().Allowed(), "force, geographic, levels, ego");
    EXPECT_EQ(TableOf<Theme>().Alternatives(), "light|dark|high-contrast");
}

// The filter fields, the URL hash keys and their order are part of saved links and tour files: the fields known
// so far keep their names and places, and a new one goes after them (so adding one needs no change here).
TEST(Vocabulary, FilterFieldsAndHashKeysKeepTheirOrder) {
    const std::vector<std::string> known = {"kind",  "level", "territory",      "link-kind",  "relation",
                                            "value", "case",  "recommendation", "confidence", "years"};
    const std::vector<std::string>& fields = FilterFieldNames();
    ASSERT_GE(fields.size(), known.size());
    EXPECT_EQ(std::vector<std::string>(fields.begin(), fields.begin() + known.size()), known);
    std::vector<std::string> keys = {"tour", "step"};
    for (const std::string& f : fields) keys.push_back("filter." + f);
    for (const char* k : {"showcase", "hide-isolated", "size", "layout", "select", "focus", "case", "recommendation", "camera", "lang"})
        keys.emplace_back(k);
    EXPECT_EQ(ViewHashKeys(), keys);
}

TEST(Vocabulary, EachFilterFieldSaysWhereItsValuesComeFrom) {
    EXPECT_EQ(ValuesOf(FilterField::Kind).names, &TableOf<ActorKind>());
    EXPECT_EQ(ValuesOf(FilterField::Level).names, &TableOf<Level>());
    EXPECT_EQ(ValuesOf(FilterField::LinkKind).names, &TableOf<LinkKind>());
    EXPECT_EQ(ValuesOf(FilterField::Relation).names, &TableOf<Relation>());
    EXPECT_EQ(ValuesOf(FilterField::Value).names, &ValueDimensionTable());
    EXPECT_EQ(ValuesOf(FilterField::Confidence).names, &TableOf<Confidence>());
    EXPECT_EQ(ValuesOf(FilterField::Territory).ids, DataElement::Territory);
    EXPECT_EQ(ValuesOf(FilterField::Case).ids, DataElement::Case);
    EXPECT_EQ(ValuesOf(FilterField::Recommendation).ids, DataElement::Recommendation);
    EXPECT_TRUE(ValuesOf(FilterField::Years).years);
    for (int i = 0; i < FilterFieldCount; ++i) {
        const FilterFieldValues& v = ValuesOf(static_cast<FilterField>(i));
        EXPECT_EQ(v.years, i == static_cast<int>(FilterField::Years));
        EXPECT_EQ(v.years, FilterList(FilterState{}, static_cast<FilterField>(i)) == nullptr) << "years have no list";
        EXPECT_EQ(std::string(v.example).front(), '[') << "an example value list for tour files";
    }
}

// The verbs the help text names, in order: the first word of each "; "-separated usage.
std::vector<std::string> VerbsOfHelp(const std::string& help) {
    const std::string prefix = "commands: ";
    EXPECT_EQ(help.rfind(prefix, 0), 0u) << help;
    std::vector<std::string> verbs;
    std::string rest = help.substr(prefix.size()), part;
    for (size_t start = 0; start <= rest.size();) {
        size_t end = rest.find("; ", start);
        if (end == std::string::npos) end = rest.size();
        part = rest.substr(start, end - start);
        verbs.push_back(part.substr(0, part.find(' ')));
        start = end + 2;
    }
    return verbs;
}

TEST(CommandVerbs, HelpTextListsEveryVerbOfTheTableInOrder) {
    std::vector<std::string> table;
    for (const CommandVerb& v : CommandVerbs()) table.push_back(v.verb);
    EXPECT_EQ(VerbsOfHelp(CommandHelpText()), table);
    EXPECT_EQ(CommandHelpText().find('{'), std::string::npos) << "every placeholder is expanded";
    EXPECT_NE(CommandHelpText().find("; welcome on|off;"), std::string::npos);
    EXPECT_NE(CommandHelpText().find("; theme light|dark|high-contrast;"), std::string::npos);
    EXPECT_NE(CommandHelpText().find("; panel sidebar|details|table|caption on|off;"), std::string::npos);
    EXPECT_NE(CommandHelpText().find("; add territory|actor|link|case|recommendation|tour|step <JSON object> ("), std::string::npos);
    // One line per verb in the reference text, each "usage: summary".
    std::istringstream lines(CommandReferenceText());
    std::string line;
    size_t n = 0;
    while (std::getline(lines, line)) {
        ASSERT_LT(n, CommandVerbs().size());
        EXPECT_EQ(line, CommandUsage(CommandVerbs()[n]) + ": " + CommandVerbs()[n].summary);
        ++n;
    }
    EXPECT_EQ(n, CommandVerbs().size());
}

// The other way round: the verbs that exist, written out once more by hand, must be exactly those the help
// text names (a verb dropped from the table, or added without its usage, shows up here).
TEST(CommandVerbs, TheHelpNamesExactlyTheVerbsThatExist) {
    const std::set<std::string> expected = {
        "select", "search", "layout", "focus", "filter", "showcase", "hide-isolated", "case", "recommendation",
        "size", "tour", "step", "next", "prev", "first", "last", "autoplay", "scale", "theme", "language", "original", "help", "present",
        "pointer", "share", "welcome", "reduced-motion", "territory-cue", "panel", "clear", "fit", "reset-view", "camera",
        "zoom", "locate", "pick", "pan", "escape", "add", "set", "delete", "undo", "redo", "open", "import",
        "export",  // the data or the view as files (issue 15)
        // editing in the app (issue 16)
        "edit", "select-add", "move", "create-actor", "link", "delete-selection", "new", "save", "restore", "record-step", "rerecord-step", "move-step",
        "set-selection", "select-box", "validate", "check-edits", "paste-cells", "table-cell",
        "language",  // issue 18
        "touch",     // phones and tablets (issue 19)
        "goto",      // select and fly to, as a typed view action (issue 14)
        "centre"};   // the minimap's click, as a typed view action (issue 14)
    const std::vector<std::string> listed = VerbsOfHelp(CommandHelpText());
    EXPECT_EQ(std::set<std::string>(listed.begin(), listed.end()), expected);
    EXPECT_EQ(listed.size(), expected.size()) << "no verb twice";
    for (const std::string& v : expected) {
        const CommandVerb* found = FindCommandVerb(v);
        ASSERT_NE(found, nullptr) << v;
        EXPECT_EQ(std::string(found->usage).rfind(v, 0), 0u) << "a usage starts with its verb: " << found->usage;
        EXPECT_NE(std::string(found->summary), "") << v;
        const std::set<std::string> editing = {"add", "set", "delete", "undo", "redo", "create-actor", "link", "import",
                                               "delete-selection", "new", "restore", "record-step", "rerecord-step", "move-step",
                                               "set-selection", "paste-cells"};
        EXPECT_EQ(found->edits_data, editing.count(v) == 1) << v;
    }
    EXPECT_EQ(FindCommandVerb("frobnicate"), nullptr);
}

struct InterpreterTest : ::testing::Test {
    Explorer ex;
    void SetUp() override { ASSERT_TRUE(ex.LoadFile(Fixture("tour_valid.json"))); }
    static bool Unknown(const CommandResult& r) { return r.message.rfind("unknown command", 0) == 0; }
};

// Verbs of the interpreter being written alongside (document edits, escape) that this branch's Explorer does
// not know yet. Empty this list when the two meet: from then on every verb of the table is checked.
const std::set<std::string> kNotYetInTheInterpreter = {};

// Each verb of the table is one the interpreter knows: given a wrong argument, or its usage line as it
// stands, it answers with a usage or an error of its own, never "unknown command".
TEST_F(InterpreterTest, RecognisesEveryVerbOfTheTable) {
    ASSERT_TRUE(Unknown(ex.Command("frobnicate ?bogus?"))) << "the probe can tell an unknown verb";
    for (const CommandVerb& v : CommandVerbs()) {
        if (kNotYetInTheInterpreter.count(v.verb)) continue;
        const CommandResult wrong = ex.Command(std::string(v.verb) + " ?bogus?");
        EXPECT_FALSE(Unknown(wrong)) << v.verb << ": " << wrong.message;
        const CommandResult usage = ex.Command(CommandUsage(v));
        EXPECT_FALSE(Unknown(usage)) << CommandUsage(v) << ": " << usage.message;
    }
}

// Every verb the interpreter's own "help" answer names is in the table (while the interpreter still writes
// its help by hand, this catches a verb added there and not here).
TEST_F(InterpreterTest, EveryVerbItsHelpNamesIsInTheTable) {
    const CommandResult help = ex.Command("help");
    ASSERT_TRUE(help.ok);
    ASSERT_EQ(help.message.rfind("commands: ", 0), 0u) << help.message;
    // Up to a closing remark in parentheses ("(elements: territory, actor, ...)"), which names no verb.
    std::string text = help.message.substr(10, help.message.find(" (") - 10);
    for (char& c : text)
        if (c == ',' || c == ';') c = '\n';
    std::istringstream parts(text);
    std::string part;
    int verbs = 0;
    while (std::getline(parts, part)) {
        part.erase(0, part.find_first_not_of(' '));
        if (part.empty() || part[0] == '<') continue;  // the second half of "<v1>,<v2>"
        const std::string verb = part.substr(0, part.find(' '));
        EXPECT_NE(FindCommandVerb(verb), nullptr) << "'help' names '" << verb << "', which the vocabulary lacks";
        ++verbs;
    }
    EXPECT_GT(verbs, 30);
}

// The words of the tables are the words the interpreter takes as arguments.
TEST_F(InterpreterTest, AcceptsEveryWordOfTheArgumentTables) {
    auto ok = [&](const std::string& command) {
        const CommandResult r = ex.Command(command);
        EXPECT_TRUE(r.ok) << command << ": " << r.message;
    };
    for (std::string_view t : TableOf<Theme>().Parsable()) ok("theme " + std::string(t));
    for (std::string_view m : TableOf<MetricKind>().Parsable()) ok("size " + std::string(m));
    for (std::string_view p : TableOf<Panel>().Parsable()) ok("panel " + std::string(p) + " on");
    ok("select accio");  // ego needs a centre
    for (std::string_view l : TableOf<LayoutKind>().Parsable()) ok("layout " + std::string(l));
    for (int i = 0; i < FilterFieldCount; ++i) {
        const FilterField field = static_cast<FilterField>(i);
        ok("filter " + std::string(WireName(field)) + " all");
        if (const EnumTable* names = ValuesOf(field).names)
            for (std::string_view n : names->Parsable()) ok("filter " + std::string(WireName(field)) + " " + std::string(n));
    }
    ok("filter years 2016-2026");
    ok("filter territory es-ct");
    ok("filter case catalonia");
    ok("filter recommendation r1");
}

TEST(Vocabulary, WordsHoldEveryTableOnce) {
    const std::vector<std::string> words = VocabularyWords();
    EXPECT_EQ(std::set<std::string>(words.begin(), words.end()).size(), words.size());
    auto has = [&](const std::string& w) { return std::find(words.begin(), words.end(), w) != words.end(); };
    for (const CommandVerb& v : CommandVerbs()) EXPECT_TRUE(has(v.verb)) << v.verb;
    for (const NamedTable& t : AllTables())
        for (std::string_view w : t.table->Parsable()) EXPECT_TRUE(has(std::string(w))) << w;
    for (const char* k : {"on", "off", "none", "all", "clear"}) EXPECT_TRUE(has(k)) << k;
}

}  // namespace
}  // namespace sse
