// text_encoding.h: turns the bytes of a text file as spreadsheets save it into UTF-8: UTF-8 with or without a
// byte order mark, UTF-16 LE/BE with a mark (Excel's "Unicode text"), and Windows-1252 (what Excel and LibreOffice
// write as "ANSI" in Western locales), recognised because it is not valid UTF-8.
#pragma once

#include <string>
#include <string_view>

namespace sse {

enum class TextEncoding { Utf8, Utf8Bom, Utf16Le, Utf16Be, Windows1252 };

struct DecodedText {
    std::string text;  // UTF-8, without a byte order mark
    TextEncoding encoding = TextEncoding::Utf8;
    bool ok = true;     // false: the bytes cannot be text (a UTF-16 file cut inside a character, a lone surrogate)
    std::string error;  // why, when !ok
};

// Decodes `bytes` into UTF-8 (see the header comment for what is recognised). Never fails for 1-byte text:
// any byte sequence that is not UTF-8 is read as Windows-1252.
DecodedText DecodeText(std::string_view bytes);

// True when `s` is valid UTF-8 (no overlong forms, no surrogates, nothing past U+10FFFF).
bool IsValidUtf8(std::string_view s);

// The encoding's name for people ("UTF-16 LE", "Windows-1252").
const char* EncodingName(TextEncoding encoding);

}  // namespace sse
