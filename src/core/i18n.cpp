// i18n.cpp: see i18n.h.
#include "core/i18n.h"

#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>

namespace sse::i18n {

namespace {
struct State {
    std::string code = "en";
    Catalog catalog;
    bool pseudo = false;
    std::map<std::string, std::string> pseudo_cache;  // id -> pseudo text (made once per id; nodes keep their place)
};
State& Current() {
    static State s;
    return s;
}

// Accented look-alikes of ASCII letters for the pseudo-language (UTF-8).
const char* Accent(char c) {
    // Only Latin-1 and Latin Extended-A, which the UI font keeps (scripts/subset_font.sh); b f m q v x stay plain.
    static const char* lower[26] = {"à", "b", "ç", "ð", "é", "f", "ĝ", "ĥ", "î", "ĵ", "ķ", "ļ", "m",
                                    "ñ", "ö", "þ", "q", "ŕ", "š", "ţ", "û", "v", "ŵ", "x", "ý", "ž"};
    static const char* upper[26] = {"Å", "B", "Ç", "Ð", "É", "F", "Ĝ", "Ĥ", "Î", "Ĵ", "Ķ", "Ļ", "M",
                                    "Ñ", "Ö", "Þ", "Q", "Ŕ", "Š", "Ţ", "Û", "V", "Ŵ", "X", "Ý", "Ž"};
    if (c >= 'a' && c <= 'z') return lower[c - 'a'];
    if (c >= 'A' && c <= 'Z') return upper[c - 'A'];
    return nullptr;
}
}  // namespace

const std::vector<Language>& Languages() {
    static const std::vector<Language> list = {
        {"en", "English"}, {"es", "Español"}, {"fr", "Français"}, {"pt", "Português"}, {"ko", "한국어"}, {"ca", "Català"},
    };
    return list;
}

const char* NativeName(std::string_view code) {
    for (const Language& l : Languages())
        if (code == l.code) return l.native;
    return "qps";
}

bool IsKnown(std::string_view code) {
    if (code == "qps") return true;
    for (const Language& l : Languages())
        if (code == l.code) return true;
    return false;
}

std::string MatchLocale(std::string_view tag) {
    // The primary subtag: up to the first '-', '_', '.' or '@', lower-cased.
    std::string primary;
    for (char c : tag) {
        if (c == '-' || c == '_' || c == '.' || c == '@') break;
        primary += (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
    }
    if (primary == "qps") return "";  // the pseudo-language is chosen on purpose, never from a locale
    return IsKnown(primary) ? primary : "";
}

const char* PluralCategory(std::string_view code, long long n) {
    if (code == "ko") return "other";
    if (code == "fr") return (n == 0 || n == 1) ? "one" : "other";
    return n == 1 ? "one" : "other";
}

std::string Format(std::string_view pattern, std::initializer_list<Arg> args) {
    std::string out;
    out.reserve(pattern.size() + 16);
    for (size_t i = 0; i < pattern.size(); ++i) {
        char c = pattern[i];
        if ((c == '{' || c == '}') && i + 1 < pattern.size() && pattern[i + 1] == c) {
            out += c;
            ++i;
            continue;
        }
        if (c == '{') {
            size_t end = pattern.find('}', i + 1);
            if (end != std::string_view::npos) {
                std::string_view name = pattern.substr(i + 1, end - i - 1);
                const Arg* found = nullptr;
                for (const Arg& a : args)
                    if (name == a.first) found = &a;
                if (found) {
                    out += found->second;
                    i = end;
                    continue;
                }
            }
        }
        out += c;
    }
    return out;
}

std::vector<std::string> Placeholders(std::string_view pattern) {
    std::vector<std::string> names;
    for (size_t i = 0; i < pattern.size(); ++i) {
        if (pattern[i] != '{') continue;
        if (i + 1 < pattern.size() && pattern[i + 1] == '{') {
            ++i;
            continue;
        }
        size_t end = pattern.find('}', i + 1);
        if (end == std::string_view::npos) break;
        std::string name(pattern.substr(i + 1, end - i - 1));
        bool seen = false;
        for (const std::string& n : names) seen |= n == name;
        if (!seen) names.push_back(name);
        i = end;
    }
    return names;
}

bool Catalog::Parse(const std::string& json, std::string& error) {
    entries.clear();
    nlohmann::json doc = nlohmann::json::parse(json, nullptr, false);  // the parser the loader already has
    if (doc.is_discarded()) {
        error = "not valid JSON";
        return false;
    }
    if (!doc.is_object()) {
        error = "the file must be one JSON object of id: text";
        return false;
    }
    for (auto it = doc.begin(); it != doc.end(); ++it) {
        Entry e;
        if (it.value().is_string()) {
            e.other = it.value().get<std::string>();
        } else if (it.value().is_object() && it.value().contains("other") && it.value()["other"].is_string()) {
            e.plural = true;
            e.other = it.value()["other"].get<std::string>();
            if (it.value().contains("one") && it.value()["one"].is_string()) e.one = it.value()["one"].get<std::string>();
        } else {
            error = "\"" + it.key() + "\": the text must be a string, or {\"one\": ..., \"other\": ...} for a plural";
            return false;
        }
        entries.emplace_back(it.key(), std::move(e));  // (the JSON object iterates in key order: stays sorted)
    }
    return true;
}

const Catalog::Entry* Catalog::Find(std::string_view id) const {
    auto it = std::lower_bound(entries.begin(), entries.end(), id,
                               [](const std::pair<std::string, Entry>& e, std::string_view k) { return e.first < k; });
    return it != entries.end() && it->first == id ? &it->second : nullptr;
}

std::string Pseudo(std::string_view english) {
    std::string out = "[";
    size_t letters = 0;
    for (size_t i = 0; i < english.size(); ++i) {
        char c = english[i];
        if (c == '{') {  // a placeholder stays as it is
            size_t end = english.find('}', i);
            if (end != std::string_view::npos) {
                out.append(english.substr(i, end - i + 1));
                i = end;
                continue;
            }
        }
        if (c == '%' && i + 1 < english.size()) {  // so does a printf conversion ("%d", "%.1f", "%%")
            size_t j = i + 1;
            while (j < english.size() && std::string_view("0123456789.-+ #lz").find(english[j]) != std::string_view::npos) ++j;
            if (j < english.size()) {
                out.append(english.substr(i, j - i + 1));
                i = j;
                continue;
            }
        }
        const char* a = Accent(c);
        if (a) {
            out += a;
            ++letters;
        } else {
            out += c;
        }
    }
    // About 40 % longer than the English (in characters), padded with middle dots, as long translations would be.
    size_t chars = 0;
    for (unsigned char c : english) chars += (c & 0xC0) != 0x80;
    size_t pad = letters ? (chars * 2 + 4) / 5 : 0;
    if (pad) out += ' ';
    for (size_t k = 0; k < pad; ++k) out += "·";
    out += ']';
    return out;
}

const std::string& CurrentCode() { return Current().code; }

void UseEnglish() {
    State& s = Current();
    s.code = "en";
    s.pseudo = false;
    s.catalog = Catalog{};
}

void UsePseudo() {
    State& s = Current();
    s.code = "qps";
    s.pseudo = true;
    s.catalog = Catalog{};
}

void UseCatalog(Catalog catalog) {
    State& s = Current();
    s.code = catalog.code;
    s.pseudo = false;
    s.catalog = std::move(catalog);
}

const char* Tr(const char* id, const char* english) {
    State& s = Current();
    if (s.pseudo) {
        auto it = s.pseudo_cache.find(id);
        if (it == s.pseudo_cache.end()) it = s.pseudo_cache.emplace(id, Pseudo(english)).first;
        return it->second.c_str();
    }
    if (s.catalog.entries.empty()) return english;
    const Catalog::Entry* e = s.catalog.Find(id);
    return e && !e->other.empty() ? e->other.c_str() : english;
}

std::string TrF(const char* id, const char* english, std::initializer_list<Arg> args) {
    return Format(Tr(id, english), args);
}

std::string TrN(const char* id, long long n, const char* one, const char* other, std::initializer_list<Arg> args) {
    State& s = Current();
    bool is_one = std::string_view(PluralCategory(s.code == "qps" ? "en" : s.code, n)) == "one";
    std::string pattern;
    if (s.pseudo) {
        pattern = Pseudo(is_one ? one : other);
    } else {
        const Catalog::Entry* e = s.catalog.entries.empty() ? nullptr : s.catalog.Find(id);
        if (e && e->plural) pattern = is_one && !e->one.empty() ? e->one : e->other;
        else pattern = is_one ? one : other;
    }
    const std::string count = std::to_string(n);
    const std::string out = Format(pattern, args);
    return Format(out, {{"count", count}});
}

}  // namespace sse::i18n
