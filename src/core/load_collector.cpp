// load_collector.cpp: the loader's diagnostics collector and the helpers that word its messages
// (see load_collector.h).
#include "core/load_collector.h"

#include <array>
#include <cmath>
#include <cstdio>

namespace sse::load {

using json::Document;
using json::Type;
using json::Value;

// ---------------------------------------------------------------------------------------------
// Text helpers for messages.

std::string Lower(std::string_view s) {
    std::string out(s);
    for (char& c : out) {
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    return out;
}

int EditDistance(std::string_view a, std::string_view b, int max) {
    const size_t n = a.size(), m = b.size();
    if ((n > m ? n - m : m - n) > static_cast<size_t>(max) || n > 128 || m > 128) return max + 1;
    std::array<int, 129> r0{}, r1{}, r2{};  // rows i-2, i-1, i
    int* prev2 = r0.data();
    int* prev = r1.data();
    int* cur = r2.data();
    for (size_t j = 0; j <= m; ++j) prev[j] = static_cast<int>(j);
    for (size_t i = 1; i <= n; ++i) {
        cur[0] = static_cast<int>(i);
        int row_min = cur[0];
        for (size_t j = 1; j <= m; ++j) {
            const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
            int v = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) v = std::min(v, prev2[j - 2] + 1);
            cur[j] = v;
            row_min = std::min(row_min, v);
        }
        if (row_min > max) return max + 1;
        std::swap(prev2, prev);
        std::swap(prev, cur);
    }
    return prev[m] <= max ? prev[m] : max + 1;
}

namespace {

bool IsIdChar(unsigned char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '.' || c == '-';
}

}  // namespace

bool IsValidId(std::string_view s) {
    if (s.empty() || s.size() > kMaxNameBytes) return false;
    const unsigned char c0 = static_cast<unsigned char>(s[0]);
    if (!((c0 >= 'a' && c0 <= 'z') || (c0 >= '0' && c0 <= '9'))) return false;
    for (char c : s) {
        if (!IsIdChar(static_cast<unsigned char>(c))) return false;
    }
    return true;
}

bool StartsWithNoCase(std::string_view s, std::string_view prefix) {
    if (s.size() < prefix.size()) return false;
    for (size_t i = 0; i < prefix.size(); ++i) {
        char c = s[i];
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
        if (c != prefix[i]) return false;
    }
    return true;
}

std::string ShortNumber(std::string_view raw) {
    if (raw.size() <= 40) return std::string(raw);
    return std::string(raw.substr(0, 30)) + "... (" + std::to_string(raw.size()) + " characters)";
}

std::string Found(const Value& v, const Document& doc) {
    const std::string_view text = doc.text;
    switch (v.type) {
        case Type::Null: return "null";
        case Type::Bool: return v.boolean() ? "true" : "false";
        case Type::Number: {
            size_t end = v.offset;
            while (end < text.size() && std::string_view("0123456789+-.eE").find(text[end]) != std::string_view::npos) ++end;
            return "the number " + ShortNumber(text.substr(v.offset, end - v.offset));
        }
        case Type::String: return "the text " + Quote(doc.String(v));
        case Type::Array: return "a list [...]";
        case Type::Object: return "an object {...}";
    }
    return "?";
}

std::string TooLarge(size_t bytes) {
    char buf[96];
    std::snprintf(buf, sizeof buf, "file is too large (%.1f MiB); the limit is %zu MiB",
                  std::ceil(static_cast<double>(bytes) / (1024.0 * 1024.0) * 10.0) / 10.0, kMaxFileBytes / (1024 * 1024));
    return buf;
}

// ---------------------------------------------------------------------------------------------
// Collector

void Collector::Finish(std::string_view text, const std::string& file, LoadResult* out) {
    std::stable_sort(pending_.begin(), pending_.end(), [](const Pending& a, const Pending& b) {
        if (a.whole_file != b.whole_file) return a.whole_file;
        return a.offset < b.offset;
    });
    std::vector<uint32_t> offsets;
    for (const Pending& p : pending_) {
        if (p.whole_file) continue;
        offsets.push_back(p.offset);
        if (p.message.find(kLineMarker) != std::string::npos) offsets.push_back(p.ref_offset);
    }
    std::sort(offsets.begin(), offsets.end());
    offsets.erase(std::unique(offsets.begin(), offsets.end()), offsets.end());
    std::vector<json::LineColumn> positions;
    positions.reserve(offsets.size());
    json::Locator locator(text);
    for (uint32_t o : offsets) positions.push_back(locator.At(o));
    auto locate = [&](uint32_t o) {
        return positions[static_cast<size_t>(std::lower_bound(offsets.begin(), offsets.end(), o) - offsets.begin())];
    };

    out->diagnostics.clear();
    out->diagnostics.reserve(pending_.size() + 1);
    for (Pending& p : pending_) {
        Diagnostic d;
        d.severity = p.severity;
        d.file = file;
        if (!p.whole_file) {
            const json::LineColumn lc = locate(p.offset);
            d.line = lc.line;
            d.column = lc.column;
        }
        d.pointer = std::move(p.pointer);
        const size_t marker = p.message.find(kLineMarker);
        if (marker != std::string::npos) {
            p.message.replace(marker, 1, "line " + std::to_string(locate(p.ref_offset).line));
        }
        d.message = std::move(p.message);
        d.code = ToString(p.code);
        out->diagnostics.push_back(std::move(d));
    }
    const int shown_errors = static_cast<int>(std::count_if(pending_.begin(), pending_.end(), [](const Pending& p) {
        return p.severity == Severity::Error;
    }));
    const int hidden_errors = errors_ - shown_errors;
    const int hidden_warnings = warnings_ - (static_cast<int>(pending_.size()) - shown_errors);
    if (hidden_errors + hidden_warnings > 0 || stopped_) {
        Diagnostic d;
        d.severity = hidden_errors > 0 || stopped_ ? Severity::Error : Severity::Warning;
        d.file = file;
        d.message = std::to_string(hidden_errors) + " more errors and " + std::to_string(hidden_warnings) +
                    " more warnings are not shown";
        d.message += stopped_ ? ", and the rest of the file was not checked; fix the problems above and check again"
                              : "; fix the problems above first";
        d.code = ToString(DiagnosticCode::TooManyDiagnostics);
        out->diagnostics.push_back(std::move(d));
    }
    out->errors = errors_;
    out->warnings = warnings_;
    out->ok = errors_ == 0;
}

}  // namespace sse::load
