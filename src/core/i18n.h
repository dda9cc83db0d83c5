// i18n.h: the interface's string table. Every text people read is looked up by a stable id ("toolbar.fit");
// English is the source and lives at the call site (Tr("toolbar.fit", "Fit")), so the English first load carries
// no table at all; scripts/i18n_extract.mjs collects those pairs into assets/i18n/en.json for translators. Other
// languages are plain JSON files with the same keys (assets/i18n/<code>.json), loaded only when chosen.
// Placeholders are named ({count}, {actor}) so a translation can reorder them; plurals follow each language's
// rule. "qps" is a pseudo-language made from the English on the fly (longer, accented) to find cut text.
#pragma once

#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace sse::i18n {

// A language the interface speaks: its code (BCP 47 primary tag) and its name written in itself.
struct Language {
    const char* code;    // "es"
    const char* native;  // "Español"
};

// The shipped languages, English first (qps, the pseudo-language, is not among them: see IsKnown).
const std::vector<Language>& Languages();
// A shipped language's name in itself ("Español"); the code itself when it is not shipped.
const char* NativeName(std::string_view code);
// True for a shipped language's code or "qps".
bool IsKnown(std::string_view code);
// The shipped language that best fits a locale or browser tag ("es-MX" -> "es", "pt_BR.UTF-8" -> "pt",
// "C" -> ""), or "" when none does.
std::string MatchLocale(std::string_view tag);

// Plural category of n in a language: "one" or "other". Korean has no plural (always other); French counts
// 0 and 1 as singular; English, Spanish, Portuguese and Catalan: 1 is one, everything else other.
const char* PluralCategory(std::string_view code, long long n);

// One named argument of a message: {name} in the pattern becomes value.
using Arg = std::pair<const char*, std::string_view>;  // a view: no string is built at the call site

// Replaces every {name} of the pattern by its argument; "{{" and "}}" write a brace; an unknown {name} stays as it
// is (a missing argument shows, instead of vanishing).
std::string Format(std::string_view pattern, std::initializer_list<Arg> args);
// The placeholder names of a pattern, in order of appearance, each once ("{a} of {b}" -> a, b).
std::vector<std::string> Placeholders(std::string_view pattern);

// One language's texts: id -> text, or id -> {one, other} for a plural.
struct Catalog {
    struct Entry {
        std::string other;  // the text (plural: its "other" form)
        std::string one;    // a plural's "one" form ("" for languages without it or plain texts)
        bool plural = false;
    };
    std::string code;
    std::vector<std::pair<std::string, Entry>> entries;  // sorted by id (a binary search; no hash table code)

    // Parses a translation file (a JSON object; a value is a string, or an object with "one"/"other" for a plural).
    // On failure returns false and says what and where in `error` (the file is named by the caller).
    bool Parse(const std::string& json, std::string& error);
    const Entry* Find(std::string_view id) const;
};

// The pseudo-localised form of an English text: accented letters, about 40 % longer, in brackets; placeholders
// ({count}) and printf conversions (%d) are kept as they are, so the text still formats.
std::string Pseudo(std::string_view english);

// The language in use: "en" (no catalog), "qps" (pseudo), or a shipped code with its catalog.
const std::string& CurrentCode();
// Switches to English, to qps, or to a parsed catalog (its code must be a shipped language).
void UseEnglish();
void UsePseudo();
void UseCatalog(Catalog catalog);

// The text of `id` in the current language, `english` when the language has no such text. The pointer stays valid
// until the language changes (the UI looks texts up every frame, so it never keeps one longer).
const char* Tr(const char* id, const char* english);
// Tr and then Format.
std::string TrF(const char* id, const char* english, std::initializer_list<Arg> args);
// A plural text: the form for n in the current language; {count} is n, the other arguments as in Format.
std::string TrN(const char* id, long long n, const char* one, const char* other, std::initializer_list<Arg> args = {});

}  // namespace sse::i18n
