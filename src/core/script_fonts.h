// script_fonts.h: which extra fonts the text on screen needs. The UI font (DejaVu Sans, subset) covers the Latin
// languages; Hangul comes from a second font (scripts/subset_hangul.sh) that is loaded only when needed, because it
// is as large as the rest of the first download.
#pragma once

#include <string>
#include <string_view>

namespace sse {

struct Dataset;

// True when the UTF-8 text holds a Hangul syllable, jamo or compatibility jamo (malformed bytes are skipped).
bool ContainsHangul(std::string_view utf8);

// True when the Korean font is needed: Korean is the interface language, or the data set's own text (not its
// translations, which other languages never show) holds Hangul.
bool NeedsHangulFont(const std::string& language, const Dataset& data);

}  // namespace sse
