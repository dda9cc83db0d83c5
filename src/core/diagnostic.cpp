// diagnostic.cpp
#include "core/diagnostic.h"

namespace sse {

std::string FormatDiagnostic(const Diagnostic& d) {
    std::string out = d.file;
    if (d.line > 0) {
        out += ':';
        out += std::to_string(d.line);
        out += ':';
        out += std::to_string(d.column);
    }
    out += d.severity == Diagnostic::Severity::Error ? ": error: " : ": warning: ";
    if (!d.pointer.empty()) {
        out += d.pointer;
        out += ": ";
    }
    out += d.message;
    return out;
}

}  // namespace sse
