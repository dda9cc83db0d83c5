// url.cpp: see url.h.
#include "core/url.h"

#include <cctype>

namespace sse {

namespace {
bool StartsWithNoCase(std::string_view s, std::string_view prefix) {
    if (s.size() < prefix.size()) return false;
    for (size_t i = 0; i < prefix.size(); ++i)
        if (std::tolower((unsigned char)s[i]) != prefix[i]) return false;
    return true;
}
}  // namespace

bool IsWebUrl(std::string_view url) {
    size_t scheme = StartsWithNoCase(url, "https://") ? 8 : StartsWithNoCase(url, "http://") ? 7 : 0;
    if (scheme == 0 || url.size() == scheme) return false;
    if (url[scheme] == '/' || url[scheme] == '\\') return false;  // "https:///x": no host
    for (unsigned char c : url)
        if (c <= 0x20 || c == 0x7f) return false;  // spaces, tabs, newlines, NUL, DEL
    return true;
}

}  // namespace sse
