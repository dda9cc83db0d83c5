// font_coverage_test.cpp: every character of every translation (assets/i18n/*.json) and of the bundled data
// (data/*.json) is in the font its language draws it with, so no text shows missing-glyph boxes. Latin languages:
// the UI font (DejaVu Sans subset); Korean, and data holding Hangul: that font plus the Korean subset merged after it.
// The fonts are the build's own subsets, read through their cmap table (a small reader below).
#include <gtest/gtest.h>

#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <set>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/dataset_loader.h"
#include "core/script_fonts.h"

namespace {

std::string ReadAll(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

uint32_t U16(const std::string& b, size_t at) {
    return at + 2 <= b.size() ? (uint32_t(uint8_t(b[at])) << 8) | uint8_t(b[at + 1]) : 0;
}
uint32_t U32(const std::string& b, size_t at) { return (U16(b, at) << 16) | U16(b, at + 2); }

// The code points a TrueType font maps to a glyph other than .notdef, from its Unicode cmap subtable (format 12 when
// there is one, else format 4). Empty when the file is not a font.
std::set<uint32_t> CmapCodePoints(const std::string& font) {
    std::set<uint32_t> out;
    const uint32_t tables = U16(font, 4);
    size_t cmap = 0;
    for (uint32_t i = 0; i < tables; ++i) {
        const size_t rec = 12 + 16 * i;
        if (font.compare(rec, 4, "cmap") == 0) cmap = U32(font, rec + 8);
    }
    if (!cmap) return out;
    size_t best = 0;
    uint32_t best_format = 0;
    for (uint32_t i = 0, n = U16(font, cmap + 2); i < n; ++i) {
        const uint32_t platform = U16(font, cmap + 4 + 8 * i), encoding = U16(font, cmap + 6 + 8 * i);
        const size_t at = cmap + U32(font, cmap + 8 + 8 * i);
        const uint32_t format = U16(font, at);
        const bool unicode = platform == 0 || (platform == 3 && (encoding == 1 || encoding == 10));
        if (unicode && (format == 12 || (format == 4 && best_format != 12))) best = at, best_format = format;
    }
    if (best_format == 12) {
        for (uint32_t g = 0, n = U32(font, best + 12); g < n; ++g) {
            const size_t at = best + 16 + 12 * g;
            const uint32_t first = U32(font, at), last = U32(font, at + 4), glyph = U32(font, at + 8);
            for (uint32_t c = first; c <= last && c < 0x110000; ++c)
                if (glyph + (c - first) != 0) out.insert(c);
        }
    } else if (best_format == 4) {
        const uint32_t segs = U16(font, best + 6) / 2;
        const size_t ends = best + 14, starts = ends + 2 * segs + 2, deltas = starts + 2 * segs, offsets = deltas + 2 * segs;
        for (uint32_t s = 0; s < segs; ++s) {
            const uint32_t end = U16(font, ends + 2 * s), start = U16(font, starts + 2 * s);
            const uint32_t delta = U16(font, deltas + 2 * s), range = U16(font, offsets + 2 * s);
            for (uint32_t c = start; c <= end && c != 0xFFFF; ++c) {
                uint32_t glyph;
                if (range == 0) glyph = (c + delta) & 0xFFFF;
                else {
                    glyph = U16(font, offsets + 2 * s + range + 2 * (c - start));
                    if (glyph) glyph = (glyph + delta) & 0xFFFF;
                }
                if (glyph) out.insert(c);
            }
        }
    }
    return out;
}

// The code points of a UTF-8 string (well-formed input: the JSON parser has checked it).
std::vector<uint32_t> CodePoints(const std::string& s) {
    std::vector<uint32_t> out;
    for (size_t i = 0; i < s.size();) {
        const uint8_t c = uint8_t(s[i]);
        const int n = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
        uint32_t cp = n == 1 ? c : n == 2 ? c & 0x1F : n == 3 ? c & 0x0F : c & 0x07;
        for (int k = 1; k < n && i + k < s.size(); ++k) cp = (cp << 6) | (uint8_t(s[i + k]) & 0x3F);
        out.push_back(cp);
        i += n;
    }
    return out;
}

// Every string of a JSON document (keys are not shown to people: values only), with its JSON path.
void Strings(const nlohmann::json& j, const std::string& path, std::vector<std::pair<std::string, std::string>>* out) {
    if (j.is_string()) out->push_back({path, j.get<std::string>()});
    else if (j.is_object())
        for (auto it = j.begin(); it != j.end(); ++it) Strings(it.value(), path + "/" + it.key(), out);
    else if (j.is_array())
        for (size_t i = 0; i < j.size(); ++i) Strings(j[i], path + "/" + std::to_string(i), out);
}

std::vector<std::string> JsonFiles(const std::string& folder) {
    std::vector<std::string> files;
    if (!std::filesystem::is_directory(folder)) return files;
    for (const auto& e : std::filesystem::directory_iterator(folder))
        if (e.path().extension() == ".json") files.push_back(e.path().string());
    return files;
}

std::string Hex(uint32_t cp) {
    char b[16];
    std::snprintf(b, sizeof b, "U+%04X", cp);
    return b;
}

// Checks one file's text against the fonts it is drawn with; korean(path): the Korean font is merged in for it.
template <typename KoreanAt>
void ExpectCovered(const std::string& file, KoreanAt korean, const std::set<uint32_t>& latin, const std::set<uint32_t>& hangul) {
    const nlohmann::json j = nlohmann::json::parse(ReadAll(file), nullptr, false);
    ASSERT_FALSE(j.is_discarded()) << file << ": not JSON";
    std::vector<std::pair<std::string, std::string>> strings;
    Strings(j, "", &strings);
    int missing = 0;
    for (const auto& [path, text] : strings)
        for (uint32_t cp : CodePoints(text)) {
            if (cp < 0x20 || latin.count(cp) || (korean(path) && hangul.count(cp))) continue;
            if (++missing <= 10) ADD_FAILURE() << file << " " << path << ": " << Hex(cp) << " is in no font this text is drawn with";
        }
    EXPECT_EQ(missing, 0) << file;
}

class FontCoverage : public ::testing::Test {
protected:
    void SetUp() override {
        latin = CmapCodePoints(ReadAll(SSE_TEST_FONT));
        hangul = CmapCodePoints(ReadAll(SSE_TEST_HANGUL_FONT));
        ASSERT_GT(latin.size(), 300u) << SSE_TEST_FONT;
        ASSERT_GT(hangul.size(), 2350u) << SSE_TEST_HANGUL_FONT;
    }
    std::set<uint32_t> latin, hangul;
};

TEST_F(FontCoverage, ReaderSeesTheKnownRanges) {
    EXPECT_TRUE(latin.count('A') && latin.count(0x00D3) && latin.count(0x2192));  // A, Ó, →
    EXPECT_FALSE(latin.count(0xD55C));                                           // 한: not in DejaVu
    EXPECT_TRUE(hangul.count(0xD55C) && hangul.count(0xAD6D) && hangul.count(0xAC00) && hangul.count(0xD79D));  // 한 국 가 힝
    EXPECT_FALSE(hangul.count(0xAC02)) << "갂 is not one of KS X 1001's syllables and no file uses it";  // 갂
}

TEST_F(FontCoverage, TranslationsAreInTheirLanguagesFont) {
    const auto files = JsonFiles(std::string(SSE_SOURCE_DIR) + "/assets/i18n");
    for (const std::string& f : files) {
        const bool ko = std::filesystem::path(f).stem() == "ko";
        ExpectCovered(f, [&](const std::string&) { return ko; }, latin, hangul);
    }
}

TEST_F(FontCoverage, BundledDataIsInItsFonts) {
    const auto files = JsonFiles(std::string(SSE_SOURCE_DIR) + "/data");
    ASSERT_FALSE(files.empty());
    // A Korean translation is drawn with the Korean font; a translation into a Latin-script language with DejaVu
    // alone; the data's own text with DejaVu, plus the Korean font when that text holds Hangul (it is loaded then in
    // every language: platform/lazy_fonts.cpp, core/script_fonts.h).
    for (const std::string& f : files) {
        sse::LoadResult r = sse::LoadDatasetFile(f);
        const bool own_hangul = r.ok && sse::NeedsHangulFont("en", r.dataset);
        ExpectCovered(f, [&](const std::string& path) {
            const size_t t = path.find("/translations/");
            if (t != std::string::npos) return path.compare(t + 14, 3, "ko/") == 0;
            return own_hangul;
        }, latin, hangul);
    }
}

}  // namespace
