// script_fonts.cpp: see script_fonts.h.
#include "core/script_fonts.h"

#include "core/dataset_writer.h"
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
    // Every text field shown in a Latin-script language, at once: the data as written, without its translations
    // (a Korean translation is shown only in Korean, which needs the font anyway). Run once per data change.
    Dataset originals = data;
    auto drop = [](auto& items) {
        for (auto& item : items) item.translations.clear();
    };
    drop(originals.actors);
    drop(originals.cases);
    drop(originals.recommendations);
    drop(originals.tours);
    for (Tour& t : originals.tours) drop(t.steps);
    return ContainsHangul(WriteDataset(originals));
}

}  // namespace sse
