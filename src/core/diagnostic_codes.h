// diagnostic_codes.h: the stable codes of the loader's diagnostics ("unknown-actor", "syntax", ...).
//
// A message's wording may change and may one day be translated; its code does not change, so scripts,
// tests and translations key on the code. One code per kind of problem, not per wording. The table in
// diagnostic_codes.cpp is the only list: each code's wire name and meaning are written there once, and
// data/README.md's table of codes is checked against it by a unit test.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace sse {

enum class DiagnosticCode : uint8_t {
    // The file itself
    FileNotFound,
    FileUnreadable,
    FileTooLarge,
    LoadFailed,
    // JSON
    EmptyFile,
    Syntax,
    BadUtf8,
    TooDeep,
    DuplicateKey,
    // Shape of the data
    NotADataFile,
    UnsupportedFormat,
    DuplicateList,
    WrongType,
    MissingField,
    UnknownKey,
    TooManyItems,
    TooLong,
    EmptyText,
    EmptyList,
    // Values
    BadId,
    BadEnum,
    BadUrl,
    BadCoordinates,
    BadYears,
    OutOfRange,
    // Ids and references
    DuplicateId,
    DuplicateNumber,
    UnknownTerritory,
    UnknownActor,
    UnknownLink,
    UnknownCase,
    UnknownRecommendation,
    // Translations
    UnknownLanguage,
    // Consistency of the network
    SelfLink,
    KindContradictsLevels,
    TerritoryCycle,
    UnusedTerritory,
    // Provenance
    MissingQuote,
    MissingReasoning,
    // Tours
    EgoCentreMismatch,
    BadFilter,
    // Imported tables (CSV, spreadsheets, graphs)
    ConvertedEncoding,
    UnclosedQuote,
    UnknownFileType,
    UnknownTable,
    NoHeader,
    MergeReplaced,
    // The list of diagnostics
    TooManyDiagnostics,
};

// One row of the table.
struct DiagnosticCodeInfo {
    DiagnosticCode code;
    const char* name;     // the wire name, kebab-case: "unknown-actor"
    const char* meaning;  // one line for documentation: what kind of problem it is
};

// Number of codes; DiagnosticCodeTable()[i].code == DiagnosticCode(i).
constexpr size_t kDiagnosticCodeCount = static_cast<size_t>(DiagnosticCode::TooManyDiagnostics) + 1;

// The whole table, in enum order (kDiagnosticCodeCount rows).
const DiagnosticCodeInfo* DiagnosticCodeTable();

// The wire name of `code` ("unknown-actor"), as stored in Diagnostic::code.
const char* ToString(DiagnosticCode code);

// The code whose wire name is `name`; false when there is none.
bool ParseDiagnosticCode(std::string_view name, DiagnosticCode* code);

}  // namespace sse
