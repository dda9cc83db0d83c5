// script_fonts.cpp: see script_fonts.h.
#include "core/script_fonts.h"

#include <initializer_list>

#include "core/model.h"

namespace sse {

namespace {
bool IsHangul(unsigned cp) {
    return (cp >= 0x1100 && cp <= 0x11FF) || (cp >= 0x3130 && cp <= 0x318F) || (cp >= 0xA960 && cp <= 0xA97F) ||
           (cp >= 0xAC00 && cp <= 0xD7AF) || (cp >= 0xD7B0 && cp <= 0xD7FF);
}
}  // namespace

bool ContainsHangul(std::string_view s) {
    for (size_t i = 0; i < s.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(s[i]);
        // Every Hangul code point is in the BMP above U+1100: a three-byte sequence 1110xxxx 10xxxxxx 10xxxxxx.
        if ((c & 0xF0) != 0xE0 || i + 2 >= s.size()) continue;
        const unsigned char c1 = static_cast<unsigned char>(s[i + 1]), c2 = static_cast<unsigned char>(s[i + 2]);
        if ((c1 & 0xC0) != 0x80 || (c2 & 0xC0) != 0x80) continue;
        if (IsHangul(((c & 0x0Fu) << 12) | ((c1 & 0x3Fu) << 6) | (c2 & 0x3Fu))) return true;
        i += 2;
    }
    return false;
}

bool NeedsHangulFont(const std::string& language, const Dataset& data) {
    if (language == "ko") return true;
    // Every text field shown in a Latin-script language, but not the translations (a Korean translation is shown
    // only in Korean, which needs the font anyway). Run once per data change.
    auto any = [](std::initializer_list<const std::string*> texts) {
        for (const std::string* t : texts)
            if (ContainsHangul(*t)) return true;
        return false;
    };
    auto sources = [&](const std::vector<Source>& list) {
        for (const Source& s : list)
            if (any({&s.title, &s.url})) return true;
        return false;
    };
    if (any({&data.title, &data.description}) || sources(data.sources)) return true;
    for (const Territory& t : data.territories)
        if (any({&t.name})) return true;
    for (const Actor& a : data.actors)
        if (any({&a.name, &a.short_name, &a.description, &a.website, &a.quote, &a.reasoning, &a.years.note}) || sources(a.sources))
            return true;
    for (const Link& l : data.links)
        if (any({&l.description, &l.quote, &l.reasoning, &l.years.note}) || sources(l.sources)) return true;
    for (const Case& c : data.cases)
        if (any({&c.title, &c.summary, &c.quote, &c.reasoning, &c.brief_source.title}) || sources(c.sources)) return true;
    for (const Recommendation& r : data.recommendations)
        if (any({&r.title, &r.text})) return true;
    for (const Tour& t : data.tours) {
        if (any({&t.title, &t.description})) return true;
        for (const TourStep& s : t.steps)
            if (any({&s.title, &s.text, &s.quote})) return true;
    }
    return false;
}

}  // namespace sse
