// xml_text.cpp: see xml_text.h.
#include "core/xml_text.h"

namespace sse {

std::string XmlEscape(std::string_view s) {
    std::string out;
    out.reserve(s.size() + 8);
    static const char kReplacement[] = "\xEF\xBF\xBD";
    for (size_t i = 0; i < s.size();) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (c < 0x80) {
            if (c == '&') out += "&amp;";
            else if (c == '<') out += "&lt;";
            else if (c == '>') out += "&gt;";
            else if (c == '"') out += "&quot;";
            else if (c == '\n') out += "&#10;";  // kept as a line break in attributes too
            else if (c == '\r') out += "&#13;";
            else if (c == '\t') out += "&#9;";
            else if (c < 0x20 || c == 0x7F) out += kReplacement;
            else out += static_cast<char>(c);
            ++i;
            continue;
        }
        // A UTF-8 sequence: copied when well formed, else one replacement character for its first byte.
        const size_t length = c >= 0xF0 && c <= 0xF4 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 && c <= 0xDF ? 2 : 0;
        bool ok = length > 0 && c < 0xF5 && i + length <= s.size();
        for (size_t k = 1; ok && k < length; ++k) ok = (static_cast<unsigned char>(s[i + k]) & 0xC0) == 0x80;
        if (ok && length == 3) {
            const auto c1 = static_cast<unsigned char>(s[i + 1]);
            ok = !(c == 0xE0 && c1 < 0xA0) && !(c == 0xED && c1 >= 0xA0);  // overlong; surrogates
            // U+FFFE and U+FFFF are not XML characters either.
            if (ok && c == 0xEF && c1 == 0xBF && static_cast<unsigned char>(s[i + 2]) >= 0xBE) ok = false;
        }
        if (ok && length == 4) {
            const auto c1 = static_cast<unsigned char>(s[i + 1]);
            ok = !(c == 0xF0 && c1 < 0x90) && !(c == 0xF4 && c1 >= 0x90);
        }
        if (ok) {
            out.append(s.substr(i, length));
            i += length;
        } else {
            out += kReplacement;
            ++i;
        }
    }
    return out;
}

}  // namespace sse
