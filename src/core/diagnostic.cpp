// diagnostic.cpp
#include "core/diagnostic.h"

namespace sse {

std::string FormatDiagnostic(const Diagnostic& d) {
    std::string out = d.file;
    if (d.line > 0) {
        out += ':';
        out += std::to_string(d.line);
        if (d.column > 0) {  // a whole line (an XML element) has no column
            out += ':';
            out += std::to_string(d.column);
        }
    }
    out += d.severity == Diagnostic::Severity::Error ? ": error: " : ": warning: ";
    if (!d.pointer.empty()) {
        out += d.pointer;
        out += ": ";
    }
    out += d.message;
    return out;
}

std::string QuoteForMessage(std::string_view s, size_t max_bytes) {
    std::string out = "'";
    size_t n = s.size();
    bool cut = false;
    if (n > max_bytes) {
        n = max_bytes;
        while (n > 0 && (static_cast<unsigned char>(s[n]) & 0xC0) == 0x80) --n;
        cut = true;
    }
    for (size_t i = 0; i < n; ++i) {
        const unsigned char c = static_cast<unsigned char>(s[i]);
        out += c < 0x20 ? '?' : static_cast<char>(c);
    }
    if (cut) out += "...";
    out += '\'';
    return out;
}

}  // namespace sse
