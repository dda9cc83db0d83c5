// diagnostic.h: one problem found in a data file, located like a compiler message.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace sse {

struct Diagnostic {
    enum class Severity { Error, Warning };
    Severity severity = Severity::Error;
    std::string file;     // as given by the caller (path or display name)
    int line = 0;         // 1-based; 0 when the problem concerns the whole file (e.g. it cannot be read)
    int column = 0;       // 1-based, counted in UTF-8 characters (code points); 0 with line 0
    std::string pointer;  // RFC 6901 JSON pointer of the value ("/actors/3/kind"); "" = the whole document
    std::string message;  // plain words: what is wrong and what is allowed
    std::string code;     // stable kind of problem for scripts and translations: a wire name of
                          // diagnostic_codes.h ("unknown-actor"); the message's wording may change, the code does not
};

// gcc style, one line:
//   "file:line:col: error: /actors/3/kind: unknown actor kind 'agency'; allowed: ..."
//   "file:line:col: warning: ..." for warnings
//   "file: error: message" when line is 0, "file:line: error: ..." when column is 0; the "pointer: " part is left
//   out when the pointer is empty.
std::string FormatDiagnostic(const Diagnostic& d);

// User text for a message: in single quotes, cut to at most max_bytes on a UTF-8 boundary (then "..."),
// control characters shown as '?' so that a message stays on one line.
std::string QuoteForMessage(std::string_view s, size_t max_bytes);

}  // namespace sse
