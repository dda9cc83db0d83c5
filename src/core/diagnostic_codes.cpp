// diagnostic_codes.cpp: the table of diagnostic codes (see diagnostic_codes.h). Adding a code: add it
// to the enum and here in the same place, then to data/README.md (a unit test compares the two).
#include "core/diagnostic_codes.h"

namespace sse {
namespace {

using C = DiagnosticCode;

constexpr DiagnosticCodeInfo kTable[] = {
    {C::FileNotFound, "file-not-found", "the file does not exist"},
    {C::FileUnreadable, "file-unreadable", "the path is a folder, or the file cannot be opened or read"},
    {C::FileTooLarge, "file-too-large", "the file is larger than 64 MiB; it is refused before it is read"},
    {C::LoadFailed, "load-failed", "the loader could not finish, e.g. for lack of memory"},
    {C::EmptyFile, "empty-file", "the file is empty or holds only spaces and line breaks"},
    {C::Syntax, "syntax", "the text is not valid JSON: a missing comma or bracket, a comment, single quotes, a bad number or escape, ..."},
    {C::BadUtf8, "bad-utf8", "bytes that are not UTF-8 (a file saved as Latin-1 or UTF-16, a truncated character)"},
    {C::TooDeep, "too-deep", "objects and lists nested more than 64 levels deep"},
    {C::DuplicateKey, "duplicate-key", "the same key twice in one object; the last one is used (warning)"},
    {C::NotADataFile, "not-a-data-file", "the root object has none of the format's top-level fields"},
    {C::UnsupportedFormat, "unsupported-format", "\"format\" is not \"sse-explorer/1\""},
    {C::DuplicateList, "duplicate-list", "a top-level list (\"actors\", ...) appears twice in the root object"},
    {C::WrongType, "wrong-type", "a value of the wrong kind: a text where a number is expected, a list instead of an object, ..."},
    {C::MissingField, "missing-field", "a required field is absent"},
    {C::UnknownKey, "unknown-key", "a key the format does not define; it is ignored (warning)"},
    {C::TooManyItems, "too-many-items", "a top-level list longer than its limit; the items past it are not read"},
    {C::TooLong, "too-long", "an id, name, title or address longer than 10,000 bytes"},
    {C::EmptyText, "empty-text", "a name, title or tour step caption is empty"},
    {C::EmptyList, "empty-list", "a list that needs at least one item is empty (sources, tour steps, filter values)"},
    {C::BadId, "bad-id", "an id with characters other than a-z, 0-9, '.', '_' and '-', or not starting with a letter or digit"},
    {C::BadEnum, "bad-enum", "a name that is not among the allowed ones (kind, level, relation, layout, camera, ...)"},
    {C::BadUrl, "bad-url", "an address that does not start with http:// or https://"},
    {C::BadCoordinates, "bad-coordinates", "a latitude or longitude out of range or not finite, or only one of the two"},
    {C::BadYears, "bad-years", "a year outside 1900-2100 or not whole, a range that ends before it starts, a bad years filter"},
    {C::OutOfRange, "out-of-range", "another number outside its allowed range (link weight, recommendation number, camera)"},
    {C::DuplicateId, "duplicate-id", "two items of one list with the same id"},
    {C::DuplicateNumber, "duplicate-number", "two recommendations with the same number"},
    {C::UnknownTerritory, "unknown-territory", "a reference to a territory id that no territory has"},
    {C::UnknownActor, "unknown-actor", "a reference to an actor id that no actor has"},
    {C::UnknownLink, "unknown-link", "a reference to a link id that no link has"},
    {C::UnknownCase, "unknown-case", "a reference to a case id that no case has"},
    {C::UnknownRecommendation, "unknown-recommendation", "a reference to a recommendation id that no recommendation has"},
    {C::UnknownLanguage, "unknown-language", "a translation into a language the explorer does not offer"},
    {C::SelfLink, "self-link", "a link from an actor to itself"},
    {C::KindContradictsLevels, "kind-contradicts-levels", "a horizontal link between levels, or a vertical one within a level (warning)"},
    {C::TerritoryCycle, "territory-cycle", "territories that are their own parent, directly or through others"},
    {C::UnusedTerritory, "unused-territory", "a territory no actor or case uses, directly or through one inside it (warning)"},
    {C::MissingQuote, "missing-quote", "an item tagged 'brief' without a 'quote' (error in the bundled data set 'silk', else a warning)"},
    {C::MissingReasoning, "missing-reasoning", "an item tagged 'inferred' without a 'reasoning' (error in the bundled data set 'silk', else a warning)"},
    {C::EgoCentreMismatch, "ego-centre-mismatch", "a tour step with 'centre' but not the ego layout, or the ego layout without 'centre'"},
    {C::BadFilter, "bad-filter", "a tour step filter that is malformed: unknown field, 'all' with other values, commas, two year ranges"},
    {C::ConvertedEncoding, "converted-encoding", "a text file that is not UTF-8 was read as Windows-1252 and converted (warning)"},
    {C::UnclosedQuote, "unclosed-quote", "a quoted cell of a CSV/TSV file that is never closed"},
    {C::UnknownFileType, "unknown-file-type", "a file whose kind (JSON, CSV, spreadsheet, graph) is not recognised from its name or content"},
    {C::UnknownTable, "unknown-table", "a table whose file or sheet name and header match none of the data set's tables; it is skipped (warning)"},
    {C::NoHeader, "no-header", "a table without a header row naming the columns (an actors table needs 'id' or 'name')"},
    {C::MergeReplaced, "merge-replaced", "a merged item replaced the current one with the same id (warning)"},
    {C::TooManyDiagnostics, "too-many-diagnostics", "more problems than the 1,000 listed; the last line counts the rest"},
};

static_assert(sizeof kTable / sizeof kTable[0] == kDiagnosticCodeCount, "one row per DiagnosticCode");

// Row i must describe code i, so that ToString is an index.
constexpr bool InEnumOrder() {
    for (size_t i = 0; i < kDiagnosticCodeCount; ++i) {
        if (static_cast<size_t>(kTable[i].code) != i) return false;
    }
    return true;
}
static_assert(InEnumOrder(), "kTable rows must follow the order of enum class DiagnosticCode");

}  // namespace

const DiagnosticCodeInfo* DiagnosticCodeTable() { return kTable; }

const char* ToString(DiagnosticCode code) {
    const size_t i = static_cast<size_t>(code);
    return i < kDiagnosticCodeCount ? kTable[i].name : "";
}

bool ParseDiagnosticCode(std::string_view name, DiagnosticCode* code) {
    for (const DiagnosticCodeInfo& row : kTable) {
        if (name == row.name) {
            *code = row.code;
            return true;
        }
    }
    return false;
}

}  // namespace sse
