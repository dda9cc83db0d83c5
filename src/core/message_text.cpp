// message_text.cpp: see message_text.h. One sentence per code, written for people (the codes' table in
// diagnostic_codes.cpp says what each means for developers).
#include "core/message_text.h"

#include "core/i18n.h"

// A row: the string-table id and its English (scripts/i18n_extract.mjs collects SSE_TEXT rows; ui/tr.h has the same).
#ifndef SSE_TEXT
#define SSE_TEXT(id, english) id, english
#endif

namespace sse {
namespace {

struct Sentence {
    const char* code;
    const char* id;
    const char* english;
};

constexpr Sentence kSentences[] = {
    // Diagnostics (diagnostic_codes.h)
    {"file-not-found", SSE_TEXT("msg.file-not-found", "The file does not exist.")},
    {"file-unreadable", SSE_TEXT("msg.file-unreadable", "The file cannot be opened or read.")},
    {"file-too-large", SSE_TEXT("msg.file-too-large", "The file is too large (more than 64 MiB).")},
    {"load-failed", SSE_TEXT("msg.load-failed", "The file could not be loaded.")},
    {"empty-file", SSE_TEXT("msg.empty-file", "The file is empty.")},
    {"syntax", SSE_TEXT("msg.syntax", "This is not valid JSON here.")},
    {"bad-utf8", SSE_TEXT("msg.bad-utf8", "The text is not in UTF-8.")},
    {"too-deep", SSE_TEXT("msg.too-deep", "Lists and objects are nested too deeply.")},
    {"duplicate-key", SSE_TEXT("msg.duplicate-key", "The same key appears twice; the last one is used.")},
    {"not-a-data-file", SSE_TEXT("msg.not-a-data-file", "This is not an explorer data file.")},
    {"unsupported-format", SSE_TEXT("msg.unsupported-format", "This version of the format is not supported.")},
    {"duplicate-list", SSE_TEXT("msg.duplicate-list", "A list appears twice in the file.")},
    {"wrong-type", SSE_TEXT("msg.wrong-type", "This value is of the wrong type.")},
    {"missing-field", SSE_TEXT("msg.missing-field", "A required field is missing.")},
    {"unknown-key", SSE_TEXT("msg.unknown-key", "Unknown field; it is ignored.")},
    {"too-many-items", SSE_TEXT("msg.too-many-items", "Too many items; the rest were not read.")},
    {"too-long", SSE_TEXT("msg.too-long", "This text is too long.")},
    {"empty-text", SSE_TEXT("msg.empty-text", "This text must not be empty.")},
    {"empty-list", SSE_TEXT("msg.empty-list", "This list needs at least one item.")},
    {"bad-id", SSE_TEXT("msg.bad-id", "This id is not valid (letters a-z, digits, '.', '_' and '-').")},
    {"bad-enum", SSE_TEXT("msg.bad-enum", "This value is not one of the allowed ones.")},
    {"bad-url", SSE_TEXT("msg.bad-url", "The address must start with http:// or https://.")},
    {"bad-coordinates", SSE_TEXT("msg.bad-coordinates", "The latitude or longitude is not valid.")},
    {"bad-years", SSE_TEXT("msg.bad-years", "The years are not valid (1900 to 2100, from before to).")},
    {"out-of-range", SSE_TEXT("msg.out-of-range", "This number is out of range.")},
    {"duplicate-id", SSE_TEXT("msg.duplicate-id", "Two items have the same id.")},
    {"duplicate-number", SSE_TEXT("msg.duplicate-number", "Two recommendations have the same number.")},
    {"unknown-territory", SSE_TEXT("msg.unknown-territory", "No territory has this id.")},
    {"unknown-actor", SSE_TEXT("msg.unknown-actor", "No actor has this id.")},
    {"unknown-link", SSE_TEXT("msg.unknown-link", "No link has this id.")},
    {"unknown-case", SSE_TEXT("msg.unknown-case", "No case has this id.")},
    {"unknown-recommendation", SSE_TEXT("msg.unknown-recommendation", "No recommendation has this id.")},
    {"unknown-language", SSE_TEXT("msg.unknown-language", "The explorer does not offer this language.")},
    {"self-link", SSE_TEXT("msg.self-link", "A link goes from an actor to itself.")},
    {"kind-contradicts-levels", SSE_TEXT("msg.kind-contradicts-levels", "The link's kind contradicts the levels of its actors.")},
    {"territory-cycle", SSE_TEXT("msg.territory-cycle", "A territory lies inside itself.")},
    {"unused-territory", SSE_TEXT("msg.unused-territory", "No actor or case uses this territory.")},
    {"missing-quote", SSE_TEXT("msg.missing-quote", "An item from the brief needs a quote.")},
    {"missing-reasoning", SSE_TEXT("msg.missing-reasoning", "An inferred item needs its reasoning.")},
    {"ego-centre-mismatch", SSE_TEXT("msg.ego-centre-mismatch", "A tour step's centre and ego layout go together.")},
    {"bad-filter", SSE_TEXT("msg.bad-filter", "The filter is not valid.")},
    {"converted-encoding", SSE_TEXT("msg.converted-encoding", "The text was not UTF-8; it was read as Windows-1252.")},
    {"unclosed-quote", SSE_TEXT("msg.unclosed-quote", "A quoted cell is never closed.")},
    {"unknown-file-type", SSE_TEXT("msg.unknown-file-type", "The kind of file is not recognised.")},
    {"unknown-table", SSE_TEXT("msg.unknown-table", "This table matches none of the data set's tables; it is skipped.")},
    {"no-header", SSE_TEXT("msg.no-header", "The table has no header row naming its columns.")},
    {"merge-replaced", SSE_TEXT("msg.merge-replaced", "A merged item replaced one with the same id.")},
    {"too-many-diagnostics", SSE_TEXT("msg.too-many-diagnostics", "More problems than are listed.")},
    // Commands' results (explorer_commands.cpp and the edit commands)
    {"usage", SSE_TEXT("msg.usage", "The command is not written as expected.")},
    {"unknown-command", SSE_TEXT("msg.unknown-command", "There is no such command.")},
    {"unknown-tour", SSE_TEXT("msg.unknown-tour", "There is no such tour.")},
    {"unknown-step", SSE_TEXT("msg.unknown-step", "The tour has no such step.")},
    {"no-tour", SSE_TEXT("msg.no-tour", "No tour is running.")},
    {"no-selection", SSE_TEXT("msg.no-selection", "Nothing is selected.")},
    {"no-change", SSE_TEXT("msg.no-change", "Nothing changed.")},
    {"no-match", SSE_TEXT("msg.no-match", "Nothing matches.")},
    {"save-failed", SSE_TEXT("msg.save-failed", "The file could not be saved.")},
    {"no-file-access", SSE_TEXT("msg.no-file-access", "This browser does not let the page write files; use Export.")},
    {"needs-path", SSE_TEXT("msg.needs-path", "Choose where to save the file.")},
    {"bad-json", SSE_TEXT("msg.bad-json", "The value is not valid JSON.")},
    {"bad-field", SSE_TEXT("msg.bad-field", "This field cannot be set here.")},
    {"internal", SSE_TEXT("msg.internal", "Something went wrong inside the explorer.")},
};

const Sentence* Find(std::string_view code) {
    for (const Sentence& s : kSentences)
        if (code == s.code) return &s;
    return nullptr;
}

}  // namespace

bool HasMessageSentence(std::string_view code) { return Find(code) != nullptr; }

std::string MessageText(std::string_view code, const std::string& english) {
    const Sentence* s = Find(code);
    if (i18n::CurrentCode() == "en" || !s || english.empty()) return english;
    const char* text = i18n::Tr(s->id, s->english);  // ids from the SSE_TEXT rows above
    return i18n::TrF("msg.with_details", "{text} (in English: {details})", {{"text", text}, {"details", english}});
}

std::string DiagnosticLine(const Diagnostic& d) {
    if (i18n::CurrentCode() == "en") return FormatDiagnostic(d);
    Diagnostic shown = d;
    shown.message = MessageText(d.code, d.message);
    std::string line = FormatDiagnostic(shown);
    // The severity word: FormatDiagnostic writes ": error: " / ": warning: " after the place.
    const std::string english = d.severity == Diagnostic::Severity::Error ? ": error: " : ": warning: ";
    const size_t at = line.find(english, d.file.size());
    if (at != std::string::npos)
        line.replace(at, english.size(), std::string(": ") +
                                             (d.severity == Diagnostic::Severity::Error ? i18n::Tr("msg.error", "error")
                                                                                        : i18n::Tr("msg.warning", "warning")) +
                                             ": ");
    return line;
}

}  // namespace sse
