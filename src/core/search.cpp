// search.cpp: see search.h.
#include "core/search.h"
#include "core/text_split.h"

#include <algorithm>
#include <cctype>

namespace sse {

namespace {
// Base letters for U+00C0..U+017F; '\0' keeps the code point as it is.
const char* const FoldLatin1 =
    "aaaaaaaceeeeiiii"  // C0-CF (C6 AE -> a)
    "dnooooo\0ouuuuyts" // D0-DF (D7 multiplication sign kept; DE thorn -> t; DF sharp s -> s)
    "aaaaaaaceeeeiiii"  // E0-EF
    "dnooooo\0ouuuuyty";// F0-FF
const char* const FoldExtA =
    "aaaaaaccccccccdd"  // 100-10F
    "ddeeeeeeeeeegggg"  // 110-11F
    "gggghhhhiiiiiiii"  // 120-12F
    "iiiijjkkklllllll"  // 130-13F
    "lllnnnnnnnnnoooo"  // 140-14F
    "oooorrrrrrssssss"  // 150-15F
    "ssttttttuuuuuuuu"  // 160-16F
    "uuuuwwyyyzzzzzzs"; // 170-17F

int Score(const std::string& folded_name, const std::string& word) {
    if (folded_name == word) return 100;
    if (folded_name.compare(0, word.size(), word) == 0) return 80;
    size_t at = folded_name.find(word);
    if (at == std::string::npos) return 0;
    bool word_start = at == 0 || !std::isalnum((unsigned char)folded_name[at - 1]);
    return word_start ? 60 : 40;
}
}  // namespace

std::string FoldForSearch(const std::string& s) {
    std::string out;
    out.reserve(s.size());
    for (size_t i = 0; i < s.size();) {
        unsigned char c = s[i];
        if (c < 0x80) {
            out += (char)std::tolower(c);
            ++i;
            continue;
        }
        // Decode a 2-byte sequence (all the letters we fold are U+00C0..U+017F).
        if ((c & 0xE0) == 0xC0 && i + 1 < s.size()) {
            unsigned cp = ((c & 0x1F) << 6) | (s[i + 1] & 0x3F);
            char base = 0;
            if (cp >= 0xC0 && cp <= 0xFF) base = FoldLatin1[cp - 0xC0];
            else if (cp >= 0x100 && cp <= 0x17F) base = FoldExtA[cp - 0x100];
            if (base) out += base;
            else out.append(s, i, 2);
            i += 2;
            continue;
        }
        out += (char)c;
        ++i;
    }
    return out;
}

namespace {
// The folded text of `field` in every language `t` translates it into.
std::vector<std::string> FoldedTranslations(const Translations& t, const char* field) {
    std::vector<std::string> out;
    for (const auto& [language, fields] : t) {
        auto it = fields.find(field);
        if (it != fields.end() && !it->second.empty()) out.push_back(FoldForSearch(it->second));
    }
    return out;
}
}  // namespace

std::vector<int> SearchActors(const Dataset& data, const std::string& query, int max_results,
                              const std::map<std::string, Translations>* overlay) {
    const std::vector<std::string> words = SplitWords(FoldForSearch(query));
    std::vector<std::pair<int, int>> scored;  // (-score, actor)
    if (words.empty()) return {};
    for (int a = 0; a < (int)data.actors.size(); ++a) {
        const Actor& actor = data.actors[a];
        std::string name = FoldForSearch(actor.name), short_name = FoldForSearch(actor.short_name);
        std::string description = FoldForSearch(actor.description);
        for (const auto& kv : actor.attributes) description += ' ' + FoldForSearch(kv.second);  // a user's own columns
        const Translations* translations = &actor.translations;
        if (translations->empty() && overlay) {
            auto it = overlay->find(actor.id);
            if (it != overlay->end()) translations = &it->second;
        }
        std::vector<std::string> names, short_names;
        if (!translations->empty()) {
            names = FoldedTranslations(*translations, "name");
            short_names = FoldedTranslations(*translations, "short_name");
            for (const std::string& d : FoldedTranslations(*translations, "description")) description += ' ' + d;
        }
        int total = 0;
        bool all = true;
        for (const std::string& w : words) {
            int short_score = Score(short_name, w), name_score = Score(name, w);
            for (const std::string& n : short_names) short_score = std::max(short_score, Score(n, w));
            for (const std::string& n : names) name_score = std::max(name_score, Score(n, w));
            int s = std::max({name_score, short_score ? short_score + 5 : 0, actor.id == w ? 120 : 0});
            if (s == 0 && description.find(w) != std::string::npos) s = 10;
            if (s == 0) {
                all = false;
                break;
            }
            total += s;
        }
        if (all) scored.push_back({-total, a});
    }
    std::sort(scored.begin(), scored.end());
    std::vector<int> result;
    for (auto& [neg, a] : scored) {
        if ((int)result.size() >= max_results) break;
        result.push_back(a);
    }
    return result;
}

bool ContainsFolded(const std::string& haystack, const std::string& needle) {
    if (needle.empty()) return true;
    return FoldForSearch(haystack).find(FoldForSearch(needle)) != std::string::npos;
}

}  // namespace sse
