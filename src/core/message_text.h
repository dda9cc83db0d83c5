// message_text.h: the words people read for a message that carries a stable code (a diagnostic, a refused command).
// The code stays English (scripts key on it); the sentence is looked up in the string table by that code
// ("msg.unknown-actor"), so a Spanish reader gets Spanish. The message's specifics (which id, which line) are made
// in English by the code that found the problem; in another language they follow the translated sentence.
#pragma once

#include <string>
#include <string_view>

#include "core/diagnostic.h"

namespace sse {

// The text of a message with `code` for the current language: `english` itself in English; otherwise the code's
// translated sentence with the English specifics after it; `english` alone when the code has no sentence.
std::string MessageText(std::string_view code, const std::string& english);

// FormatDiagnostic for people: "file:line:col: error: /pointer: text" with the severity word and the text in the
// current language (MessageText by the diagnostic's code); identical to FormatDiagnostic in English.
std::string DiagnosticLine(const Diagnostic& d);

// True when `code` has a sentence in the string table (the unit test checks every diagnostic code has one).
bool HasMessageSentence(std::string_view code);

}  // namespace sse
