// load_collector.h: internal to the loader (dataset_loader*.cpp, dataset_validator*.cpp).
//
// The Collector gathers the loader's diagnostics with byte offsets while the file is read, and turns
// them into sorted, located Diagnostics at the end (one forward pass over the text for line:column).
// Next to it, the helpers that word the messages: quoting user text, describing what a value is, and
// the edit-distance suggestions ("did you mean 'accio'?").
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/dataset_loader.h"
#include "core/diagnostic.h"
#include "core/diagnostic_codes.h"
#include "core/json_reader.h"

namespace sse::load {

using Severity = Diagnostic::Severity;

// Placeholder in a message, replaced by "line N" of Pending::ref_offset once lines are known.
constexpr char kLineMarker = '\x01';

// ---------------------------------------------------------------------------------------------
// Text helpers for messages.

// 'text', shortened to about 60 bytes on a UTF-8 boundary, control characters shown as '?'.
inline std::string Quote(std::string_view s) { return QuoteForMessage(s, 60); }

// ASCII lower case (ids and keys are ASCII; other bytes are kept).
std::string Lower(std::string_view s);

// Optimal string alignment distance (insert, delete, substitute, swap two neighbours), or max + 1
// when it exceeds max. Banded by early exit: cheap for the far-away candidates that dominate.
int EditDistance(std::string_view a, std::string_view b, int max);

// How far a suggestion may be: 1 edit for short words, up to 3 for long ones.
inline int SuggestionThreshold(size_t length) { return length <= 4 ? 1 : length <= 8 ? 2 : 3; }

// The text of a candidate for Nearest(); id_table.h adds one for id table entries (found by ADL).
inline std::string_view KeyOf(std::string_view s) { return s; }

// The candidate nearest to `word`, or "" when none is reasonably close.
template <typename Range>
std::string_view Nearest(std::string_view word, const Range& candidates) {
    const std::string lower = Lower(word);
    const int max = SuggestionThreshold(word.size());
    std::string_view best;
    int best_distance = max + 1;
    for (const auto& c : candidates) {
        if (best_distance == 1) break;  // 0 is impossible: an exact match is not looked up here
        const std::string_view candidate = KeyOf(c);
        const int d = EditDistance(lower, candidate, std::min(max, best_distance - 1));
        if (d < best_distance) {
            best_distance = d;
            best = candidate;
        }
    }
    return best;
}

// True for a valid id: a-z, 0-9, '.', '_', '-', starting with a letter or digit, at most kMaxNameBytes.
bool IsValidId(std::string_view s);

// True when `s` starts with `prefix`, ignoring ASCII case; `prefix` must be lower case.
bool StartsWithNoCase(std::string_view s, std::string_view prefix);

// A number as written, for messages; one with a million digits is cut so that the message stays one line.
std::string ShortNumber(std::string_view raw);

// What a value is, for "found ..." in messages; scalars show their value.
std::string Found(const json::Value& v, const json::Document& doc);

// "file is too large (70.2 MiB); the limit is 64 MiB". Rounded up, so that a file just over the
// limit does not print as the limit itself.
std::string TooLarge(size_t bytes);

// ---------------------------------------------------------------------------------------------
// Collects diagnostics with byte offsets; Finish() sorts them and turns offsets into line:column.

struct Pending {
    Severity severity;
    DiagnosticCode code;
    bool whole_file;  // line 0: the problem is not at a place in the text
    uint32_t offset;
    uint32_t ref_offset;  // for kLineMarker in the message
    std::string pointer;
    std::string message;
};

class Collector {
public:
    // True once kMaxDiagnostics are kept: later problems are only counted.
    bool Full() const { return static_cast<int>(pending_.size()) >= kMaxDiagnostics; }

    // Counts a problem at byte `offset` and keeps it unless Full().
    void Add(Severity severity, DiagnosticCode code, uint32_t offset, std::string pointer, std::string message,
             uint32_t ref_offset = 0) {
        Count(severity);
        if (Full()) return;
        pending_.push_back(Pending{severity, code, false, offset, ref_offset, std::move(pointer), std::move(message)});
    }
    // Counts an error about the whole file (line 0) and keeps it unless Full().
    void AddWholeFile(DiagnosticCode code, std::string message) {
        Count(Severity::Error);
        if (Full()) return;
        pending_.push_back(Pending{Severity::Error, code, true, 0, 0, "", std::move(message)});
    }
    // Errors counted so far, shown or not.
    int errors() const { return errors_; }
    // The validator gave up on the rest of the file; the summary says so.
    void MarkStopped() { stopped_ = true; }

    // Sorts and locates the kept problems in `text`, adds the summary of the hidden ones, and fills
    // out's diagnostics, counts and ok.
    void Finish(std::string_view text, const std::string& file, LoadResult* out);

private:
    void Count(Severity severity) { (severity == Severity::Error ? errors_ : warnings_)++; }

    std::vector<Pending> pending_;
    int errors_ = 0;
    int warnings_ = 0;
    bool stopped_ = false;
};

}  // namespace sse::load
