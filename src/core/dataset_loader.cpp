// dataset_loader.cpp: parse (json_reader) -> validate and build the model -> locate diagnostics.
//
// Validation runs in two phases so that references may point forwards in the file:
//   1. collect the ids of every section (territories, actors, links, cases, recommendations) into hash
//      maps, reporting duplicates;
//   2. read every object field by field, resolving references through those maps.
// Everything is linear in the size of the file; edit-distance suggestions are computed only for
// problems that are reported.
#include "core/dataset_loader.h"

#include <algorithm>
#include <array>
#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <unordered_map>
#include <utility>

#include "core/enum_names.h"
#include "core/json_reader.h"

namespace sse {
namespace {

using json::Document;
using json::Member;
using json::Type;
using json::Value;
using Severity = Diagnostic::Severity;

// Placeholder in a message, replaced by "line N" of Pending::ref_offset once lines are known.
constexpr char kLineMarker = '\x01';
// Unknown-id suggestions scan every id of a section; past this many per file, suggestions stop.
constexpr int kMaxIdSuggestions = 200;

// ---------------------------------------------------------------------------------------------
// JSON pointers, built only when a diagnostic is reported.

struct Path {
    const Path* parent = nullptr;  // nullptr: this is the document root
    std::string_view key;
    long index = -1;  // >= 0: an array element, else the member `key`
};

Path Child(const Path& parent, std::string_view key) { return Path{&parent, key, -1}; }
Path Child(const Path& parent, long index) { return Path{&parent, {}, index}; }

std::string PointerOf(const Path& path) {
    std::vector<const Path*> chain;
    for (const Path* p = &path; p->parent != nullptr; p = p->parent) chain.push_back(p);
    std::string out;
    for (auto it = chain.rbegin(); it != chain.rend(); ++it) {
        if ((*it)->index >= 0) {
            out += '/';
            out += std::to_string((*it)->index);
        } else {
            json::AppendPointerToken(&out, (*it)->key);
        }
    }
    return out;
}

// ---------------------------------------------------------------------------------------------
// Text helpers for messages.

// 'text', shortened on a UTF-8 boundary, control characters shown as '?'.
std::string Quote(std::string_view s) {
    std::string out = "'";
    size_t n = s.size();
    bool cut = false;
    if (n > 60) {
        n = 60;
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

std::string Lower(std::string_view s) {
    std::string out(s);
    for (char& c : out) {
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    return out;
}

// Optimal string alignment distance (insert, delete, substitute, swap two neighbours), or max + 1
// when it exceeds max. Banded by early exit: cheap for the far-away candidates that dominate.
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

// How far a suggestion may be: 1 edit for short words, up to 3 for long ones.
int SuggestionThreshold(size_t length) { return length <= 4 ? 1 : length <= 8 ? 2 : 3; }

// The candidate nearest to `word`, or "" when none is reasonably close.
template <typename Range>
std::string_view Nearest(std::string_view word, const Range& candidates) {
    const std::string lower = Lower(word);
    const int max = SuggestionThreshold(word.size());
    std::string_view best;
    int best_distance = max + 1;
    for (const auto& c : candidates) {
        const std::string_view candidate(c);
        const int d = EditDistance(lower, candidate, std::min(max, best_distance - 1));
        if (d < best_distance) {
            best_distance = d;
            best = candidate;
        }
    }
    return best;
}

bool IsIdChar(unsigned char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '.' || c == '-';
}
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
    return s.size() >= prefix.size() && Lower(s.substr(0, prefix.size())) == prefix;
}

// What a value is, for "found ..." in messages; scalars show their value.
std::string Found(const Value& v, const Document& doc) {
    const std::string_view text = doc.text;
    switch (v.type) {
        case Type::Null: return "null";
        case Type::Bool: return v.boolean() ? "true" : "false";
        case Type::Number: {
            size_t end = v.offset;
            while (end < text.size() && std::string_view("0123456789+-.eE").find(text[end]) != std::string_view::npos) ++end;
            return "the number " + std::string(text.substr(v.offset, end - v.offset));
        }
        case Type::String: return "the text " + Quote(doc.String(v));
        case Type::Array: return "a list [...]";
        case Type::Object: return "an object {...}";
    }
    return "?";
}

std::string MiB(size_t bytes) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f MiB", static_cast<double>(bytes) / (1024.0 * 1024.0));
    return buf;
}

// ---------------------------------------------------------------------------------------------
// Collects diagnostics with byte offsets; Finish() sorts them and turns offsets into line:column.

struct Pending {
    Severity severity;
    bool whole_file;  // line 0: the problem is not at a place in the text
    uint32_t offset;
    uint32_t ref_offset;  // for kLineMarker in the message
    std::string pointer;
    std::string message;
};

class Collector {
public:
    bool Full() const { return static_cast<int>(pending_.size()) >= kMaxDiagnostics; }

    void Add(Severity severity, uint32_t offset, std::string pointer, std::string message, uint32_t ref_offset = 0) {
        Count(severity);
        if (Full()) return;
        pending_.push_back(Pending{severity, false, offset, ref_offset, std::move(pointer), std::move(message)});
    }
    void AddWholeFile(std::string message) {
        Count(Severity::Error);
        if (Full()) return;
        pending_.push_back(Pending{Severity::Error, true, 0, 0, "", std::move(message)});
    }
    int errors() const { return errors_; }

    void Finish(std::string_view text, const std::string& file, LoadResult* out) {
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
            out->diagnostics.push_back(std::move(d));
        }
        const int shown_errors = static_cast<int>(std::count_if(pending_.begin(), pending_.end(), [](const Pending& p) {
            return p.severity == Severity::Error;
        }));
        const int hidden_errors = errors_ - shown_errors;
        const int hidden_warnings = warnings_ - (static_cast<int>(pending_.size()) - shown_errors);
        if (hidden_errors + hidden_warnings > 0) {
            Diagnostic d;
            d.severity = hidden_errors > 0 ? Severity::Error : Severity::Warning;
            d.file = file;
            d.message = std::to_string(hidden_errors) + " more errors and " + std::to_string(hidden_warnings) +
                        " more warnings are not shown; fix the problems above first";
            out->diagnostics.push_back(std::move(d));
        }
        out->errors = errors_;
        out->warnings = warnings_;
        out->ok = errors_ == 0;
    }

private:
    void Count(Severity severity) { (severity == Severity::Error ? errors_ : warnings_)++; }

    std::vector<Pending> pending_;
    int errors_ = 0;
    int warnings_ = 0;
};

// ---------------------------------------------------------------------------------------------
// Field names per object kind. The enum order is the array order.

template <size_t N>
using Keys = std::array<std::string_view, N>;

enum { kTopFormat, kTopDataset, kTopTerritories, kTopActors, kTopLinks, kTopCases, kTopRecommendations, kTopCount };
constexpr Keys<kTopCount> kTopKeys = {"format", "dataset", "territories", "actors", "links", "cases", "recommendations"};

enum { kDsId, kDsTitle, kDsDescription, kDsSources, kDsCount };
constexpr Keys<kDsCount> kDatasetKeys = {"id", "title", "description", "sources"};

enum { kSrcUrl, kSrcTitle, kSrcCount };
constexpr Keys<kSrcCount> kSourceKeys = {"url", "title"};

enum { kYearsFrom, kYearsTo, kYearsCount };
constexpr Keys<kYearsCount> kYearsKeys = {"from", "to"};

enum { kTerId, kTerName, kTerKind, kTerParent, kTerLat, kTerLon, kTerCount };
constexpr Keys<kTerCount> kTerritoryKeys = {"id", "name", "kind", "parent", "lat", "lon"};

enum {
    kActId, kActName, kActShortName, kActKind, kActLevel, kActTerritory, kActDescription, kActWebsite,
    kActSilkRole, kActYears, kActConfidence, kActSources, kActCount
};
constexpr Keys<kActCount> kActorKeys = {"id", "name", "short_name", "kind", "level", "territory", "description",
                                        "website", "silk_role", "years", "confidence", "sources"};

enum {
    kLnkId, kLnkFrom, kLnkTo, kLnkKind, kLnkRelation, kLnkDirection, kLnkValues, kLnkWeight, kLnkYears,
    kLnkCases, kLnkDescription, kLnkConfidence, kLnkSources, kLnkCount
};
constexpr Keys<kLnkCount> kLinkKeys = {"id", "from", "to", "kind", "relation", "direction", "values",
                                       "weight", "years", "cases", "description", "confidence", "sources"};

enum {
    kCaseId, kCaseTitle, kCaseTerritory, kCaseSummary, kCaseActors, kCaseLinks, kCaseRecommendations,
    kCaseBriefSource, kCaseConfidence, kCaseSources, kCaseCount
};
constexpr Keys<kCaseCount> kCaseKeys = {"id", "title", "territory", "summary", "actors", "links", "recommendations",
                                        "brief_source", "confidence", "sources"};

enum { kRecId, kRecNumber, kRecTitle, kRecText, kRecCases, kRecCount };
constexpr Keys<kRecCount> kRecommendationKeys = {"id", "number", "title", "text", "cases"};

// ---------------------------------------------------------------------------------------------

struct IdEntry {
    int model_index;
    long json_index;
    uint32_t offset;
};

// One top-level array and the ids it defines.
struct Section {
    Section(const char* what_, const char* section_) : what(what_), section(section_) {}
    const char* what;     // "actor"
    const char* section;  // "actors"
    const Value* array = nullptr;
    std::unordered_map<std::string_view, IdEntry> ids;
    std::vector<std::string_view> id_order;  // for suggestions, in file order
    int object_count = 0;
};

class Validator {
public:
    Validator(std::string_view text, const Document& doc, Collector& out, Dataset& ds)
        : text_(text), doc_(doc), out_(out), ds_(ds) {}

    void Run() {
        const Value& root = doc_.root();
        const Path root_path;
        if (root.type != Type::Object) {
            Error(root, root_path, "the file must contain one object { ... } with \"format\", \"actors\", ...; found " +
                                       Found(root, doc_));
            return;
        }
        bool known = false;
        for (const Member* m = doc_.MembersBegin(root); m != doc_.MembersEnd(root) && !known; ++m) {
            known = std::find(kTopKeys.begin(), kTopKeys.end(), doc_.Key(*m)) != kTopKeys.end();
        }
        if (!known) {  // one clear error instead of one per missing field
            Error(root, root_path, std::string("this is not an SSE Explorer data file: it has none of the fields "
                                               "\"format\": \"") + kFormatName +
                                       "\", \"dataset\", \"territories\", \"actors\", \"links\", \"cases\", \"recommendations\"");
            return;
        }
        const auto f = Fields(root, root_path, kTopKeys);
        if (!f[kTopFormat]) {
            Error(root, root_path, std::string("missing required field 'format'; add \"format\": \"") + kFormatName +
                                       "\" at the top of the file");
        } else if (f[kTopFormat]->type != Type::String) {
            Error(*f[kTopFormat], Child(root_path, "format"), "expected a text, found " + Found(*f[kTopFormat], doc_));
        } else if (doc_.String(*f[kTopFormat]) != kFormatName) {
            Error(*f[kTopFormat], Child(root_path, "format"),
                  "unsupported format " + Quote(doc_.String(*f[kTopFormat])) + "; this program reads \"" + kFormatName + "\"");
        }

        if (const Value* v = Require(f, kTopDataset, kTopKeys, root, root_path)) ReadDatasetInfo(*v, Child(root_path, "dataset"));

        // Paths of the five arrays live here, as parents of every pointer below them.
        const Path p_ter = Child(root_path, "territories"), p_act = Child(root_path, "actors"),
                   p_lnk = Child(root_path, "links"), p_case = Child(root_path, "cases"),
                   p_rec = Child(root_path, "recommendations");
        territories_.array = RequireArray(f, kTopTerritories, kTopKeys, root, root_path, p_ter);
        actors_.array = RequireArray(f, kTopActors, kTopKeys, root, root_path, p_act);
        links_.array = RequireArray(f, kTopLinks, kTopKeys, root, root_path, p_lnk);
        cases_.array = RequireArray(f, kTopCases, kTopKeys, root, root_path, p_case);
        recommendations_.array = RequireArray(f, kTopRecommendations, kTopKeys, root, root_path, p_rec);

        // Phase 1: ids.
        CollectIds(territories_, p_ter);
        CollectIds(actors_, p_act);
        CollectIds(links_, p_lnk);
        CollectIds(cases_, p_case);
        CollectIds(recommendations_, p_rec);
        ds_.territories.resize(static_cast<size_t>(territories_.object_count));
        ds_.actors.resize(static_cast<size_t>(actors_.object_count));
        ds_.links.resize(static_cast<size_t>(links_.object_count));
        ds_.cases.resize(static_cast<size_t>(cases_.object_count));
        ds_.recommendations.resize(static_cast<size_t>(recommendations_.object_count));
        territory_parent_value_.assign(ds_.territories.size(), nullptr);
        territory_used_.assign(ds_.territories.size(), 0);
        actor_level_ok_.assign(ds_.actors.size(), 0);

        // Phase 2: fields and references.
        ForEachObject(territories_, p_ter, [&](const Value& v, const Path& p, int i) { ReadTerritory(v, p, i); });
        ForEachObject(actors_, p_act, [&](const Value& v, const Path& p, int i) { ReadActor(v, p, i); });
        ForEachObject(links_, p_lnk, [&](const Value& v, const Path& p, int i) { ReadLink(v, p, i); });
        ForEachObject(cases_, p_case, [&](const Value& v, const Path& p, int i) { ReadCase(v, p, i); });
        ForEachObject(recommendations_, p_rec, [&](const Value& v, const Path& p, int i) { ReadRecommendation(v, p, i); });

        CheckTerritoryLoops(p_ter);
        if (actors_.array && cases_.array) CheckUnusedTerritories(p_ter);
    }

private:
    // --- reporting ---------------------------------------------------------------------------

    void Error(const Value& at, const Path& path, std::string message, uint32_t ref_offset = 0) {
        out_.Add(Severity::Error, at.offset, PointerOf(path), std::move(message), ref_offset);
    }
    void Warning(const Value& at, const Path& path, std::string message) {
        out_.Add(Severity::Warning, at.offset, PointerOf(path), std::move(message));
    }

    bool ExpectType(const Value& v, const Path& path, Type type) {
        if (v.type == type) return true;
        static const char* const kExpected[] = {"null", "true or false", "a number", "a text in double quotes",
                                                "a list [...]", "an object {...}"};
        std::string message = std::string("expected ") + kExpected[static_cast<int>(type)] + ", found " + Found(v, doc_);
        if (type == Type::Number && v.type == Type::String) {
            std::vector<json::Problem> ignored;
            json::Document number;
            if (json::Parse(doc_.String(v), &number, &ignored) && number.root().type == Type::Number) {
                message += "; write numbers without quotes";
            }
        }
        Error(v, path, std::move(message));
        return false;
    }

    // --- objects and their fields --------------------------------------------------------------

    // The member values of `obj` for each of `keys` (nullptr when absent); warns about unknown keys.
    template <size_t N>
    std::array<const Value*, N> Fields(const Value& obj, const Path& path, const Keys<N>& keys) {
        std::array<const Value*, N> out{};
        for (const Member* m = doc_.MembersBegin(obj); m != doc_.MembersEnd(obj); ++m) {
            size_t k = 0;
            while (k < N && keys[k] != doc_.Key(*m)) ++k;
            if (k < N) {
                out[k] = &doc_.Of(*m);
            } else {
                UnknownKey(*m, path, keys);
            }
        }
        return out;
    }

    template <size_t N>
    void UnknownKey(const Member& m, const Path& path, const Keys<N>& keys) {
        if (out_.Full()) return out_.Add(Severity::Warning, m.key_offset, {}, {});  // only counted
        std::string message = "unknown key " + Quote(doc_.Key(m)) + " (it is ignored); ";
        const std::string_view near = Nearest(doc_.Key(m), keys);
        if (!near.empty()) {
            message += "did you mean '" + std::string(near) + "'?";
        } else {
            message += "allowed keys here: ";
            for (size_t i = 0; i < N; ++i) message += (i ? ", " : "") + std::string(keys[i]);
        }
        out_.Add(Severity::Warning, m.key_offset, PointerOf(Child(path, doc_.Key(m))), std::move(message));
    }

    template <size_t N>
    const Value* Require(const std::array<const Value*, N>& f, int k, const Keys<N>& keys, const Value& obj,
                         const Path& path) {
        if (!f[static_cast<size_t>(k)]) {
            const std::string_view key = keys[static_cast<size_t>(k)];
            std::string message = "missing required field '" + std::string(key) + "'";
            // Point at a misspelt key that was probably meant to be this one ("levle" for "level").
            for (const Member* m = doc_.MembersBegin(obj); m != doc_.MembersEnd(obj); ++m) {
                if (std::find(keys.begin(), keys.end(), doc_.Key(*m)) == keys.end() &&
                    EditDistance(Lower(doc_.Key(*m)), key, SuggestionThreshold(key.size())) <= SuggestionThreshold(key.size())) {
                    message += " (is " + Quote(doc_.Key(*m)) + " a misspelling of it?)";
                    break;
                }
            }
            Error(obj, path, std::move(message));
        }
        return f[static_cast<size_t>(k)];
    }

    template <size_t N>
    const Value* RequireArray(const std::array<const Value*, N>& f, int k, const Keys<N>& keys, const Value& obj,
                              const Path& path, const Path& field_path) {
        const Value* v = f[static_cast<size_t>(k)];
        if (!v) {
            Error(obj, path, "missing required field '" + std::string(keys[static_cast<size_t>(k)]) +
                                 "' (it may be an empty list: \"" + std::string(keys[static_cast<size_t>(k)]) + "\": [])");
            return nullptr;
        }
        return ExpectType(*v, field_path, Type::Array) ? v : nullptr;
    }

    template <typename F>
    void ForEachObject(const Section& s, const Path& array_path, F&& read) {
        if (!s.array) return;
        int model_index = 0;
        for (uint32_t i = 0; i < s.array->size(); ++i) {
            const Value& v = doc_.Element(*s.array, i);
            const Path p = Child(array_path, static_cast<long>(i));
            if (v.type != Type::Object) {
                Error(v, p, std::string("expected an object {...} describing one ") + s.what + ", found " + Found(v, doc_));
                continue;
            }
            read(v, p, model_index++);
        }
    }

    // --- scalar readers: each reports its own problems and returns false on any --------------

    bool ReadName(const Value* v, const Path& path, std::string* out) {
        if (!v || !ExpectType(*v, path, Type::String)) return false;
        const std::string_view s = doc_.String(*v);
        if (s.empty()) {
            Error(*v, path, "must not be empty");
            return false;
        }
        if (s.size() > kMaxNameBytes) {
            Error(*v, path, "too long (" + std::to_string(s.size()) + " bytes); the limit is " +
                                std::to_string(kMaxNameBytes) + " bytes (put long text in a description)");
            return false;
        }
        out->assign(s);
        return true;
    }

    bool ReadText(const Value* v, const Path& path, std::string* out) {
        if (!v || !ExpectType(*v, path, Type::String)) return false;
        out->assign(doc_.String(*v));
        return true;
    }

    bool ReadId(const Value* v, const Path& path, std::string* out) {
        if (!v || !ExpectType(*v, path, Type::String)) return false;
        const std::string_view s = doc_.String(*v);
        if (s.size() > kMaxNameBytes) {
            Error(*v, path, "id too long (" + std::to_string(s.size()) + " bytes); the limit is " +
                                std::to_string(kMaxNameBytes) + " bytes");
            return false;
        }
        if (!IsValidId(s)) {
            std::string message = "invalid id " + Quote(s) +
                                  ": an id uses only lower-case letters a-z, digits 0-9, '.', '_' and '-', "
                                  "and starts with a letter or digit";
            std::string fixed = Lower(s);
            for (char& c : fixed) {
                if (c == ' ') c = '-';
            }
            if (IsValidId(fixed)) message += " (did you mean '" + fixed + "'?)";
            Error(*v, path, std::move(message));
            return false;
        }
        out->assign(s);
        return true;
    }

    bool ReadEnumName(const Value* v, const Path& path, const EnumTable& table, int* out) {
        if (!v || !ExpectType(*v, path, Type::String)) return false;
        const std::string_view s = doc_.String(*v);
        const int i = table.Find(s);
        if (i >= 0) {
            *out = i;
            return true;
        }
        std::string message = std::string("unknown ") + table.what + " " + Quote(s) + "; allowed: " + table.Allowed();
        std::vector<std::string_view> names(table.names + table.first_parsable, table.names + table.count);
        const std::string_view near = Nearest(s, names);
        if (!near.empty()) message += " (did you mean '" + std::string(near) + "'?)";
        Error(*v, path, std::move(message));
        return false;
    }

    template <typename E>
    bool ReadEnum(const Value* v, const Path& path, E* out) {
        int i = 0;
        if (!ReadEnumName(v, path, TableOf<E>(), &i)) return false;
        *out = static_cast<E>(i);
        return true;
    }

    bool ReadUrl(const Value* v, const Path& path, std::string* out) {
        if (!v || !ExpectType(*v, path, Type::String)) return false;
        const std::string_view s = doc_.String(*v);
        if (s.size() > kMaxNameBytes) {
            Error(*v, path, "address too long (" + std::to_string(s.size()) + " bytes); the limit is " +
                                std::to_string(kMaxNameBytes) + " bytes");
            return false;
        }
        const bool http = StartsWithNoCase(s, "http://") && s.size() > 7;
        const bool https = StartsWithNoCase(s, "https://") && s.size() > 8;
        if (!http && !https) {
            std::string message = "the address must start with http:// or https://, found " + Quote(s);
            if (!s.empty() && s.find("://") == std::string_view::npos && s.find(' ') == std::string_view::npos) {
                message += " (did you mean 'https://" + std::string(s.substr(0, 60)) + "'?)";
            }
            Error(*v, path, std::move(message));
            return false;
        }
        out->assign(s);
        return true;
    }

    // The number as written in the file, for messages ("1e999", "95.5").
    std::string_view RawNumber(const Value& v) const {
        size_t end = v.offset;
        while (end < text_.size() && std::string_view("0123456789+-.eE").find(text_[end]) != std::string_view::npos) ++end;
        return text_.substr(v.offset, end - v.offset);
    }

    bool ReadNumberInRange(const Value* v, const Path& path, const char* label, double lo, bool lo_inclusive, double hi,
                           const std::string& allowed, double* out) {
        if (!v || !ExpectType(*v, path, Type::Number)) return false;
        const double d = v->number;
        if (!std::isfinite(d)) {
            Error(*v, path, std::string(label) + " " + std::string(RawNumber(*v)) + " is not a finite number; allowed: " + allowed);
            return false;
        }
        if (d > hi || (lo_inclusive ? d < lo : d <= lo)) {
            Error(*v, path, std::string(label) + " " + std::string(RawNumber(*v)) + " is out of range; allowed: " + allowed);
            return false;
        }
        *out = d;
        return true;
    }

    bool ReadWholeNumber(const Value* v, const Path& path, const char* label, int lo, int hi, int* out) {
        if (!v || !ExpectType(*v, path, Type::Number)) return false;
        const double d = v->number;
        const std::string range = std::to_string(lo) + " to " + std::to_string(hi);
        if (!std::isfinite(d) || std::floor(d) != d) {
            Error(*v, path, std::string(label) + " must be a whole number from " + range + ", found " + std::string(RawNumber(*v)));
            return false;
        }
        if (d < lo || d > hi) {
            Error(*v, path, std::string(label) + " " + std::string(RawNumber(*v)) + " is out of range; allowed: " + range);
            return false;
        }
        *out = static_cast<int>(d);
        return true;
    }

    void ReadYears(const Value* v, const Path& path, YearRange* out) {
        if (!v || !ExpectType(*v, path, Type::Object)) return;
        const auto f = Fields(*v, path, kYearsKeys);
        const Path p_from = Child(path, "from"), p_to = Child(path, "to");
        int from = 0, to = 0;
        const bool from_ok = Require(f, kYearsFrom, kYearsKeys, *v, path) && ReadWholeNumber(f[kYearsFrom], p_from, "year", 1900, 2100, &from);
        const bool to_ok = f[kYearsTo] && ReadWholeNumber(f[kYearsTo], p_to, "year", 1900, 2100, &to);
        if (from_ok && to_ok && from > to) {
            Error(*f[kYearsTo], p_to, "'to' (" + std::to_string(to) + ") is before 'from' (" + std::to_string(from) +
                                          "); the range must not end before it starts");
            return;
        }
        if (from_ok) out->from = from;
        if (to_ok) out->to = to;
    }

    bool ReadSource(const Value* v, const Path& path, Source* out) {
        if (!v || !ExpectType(*v, path, Type::Object)) return false;
        const auto f = Fields(*v, path, kSourceKeys);
        bool ok = Require(f, kSrcUrl, kSourceKeys, *v, path) && ReadUrl(f[kSrcUrl], Child(path, "url"), &out->url);
        ok = Require(f, kSrcTitle, kSourceKeys, *v, path) && ReadName(f[kSrcTitle], Child(path, "title"), &out->title) && ok;
        return ok;
    }

    void ReadSources(const Value* v, const Path& path, bool at_least_one, std::vector<Source>* out) {
        if (!v || !ExpectType(*v, path, Type::Array)) return;
        if (v->size() == 0 && at_least_one) {
            Error(*v, path, "at least one source is required: add {\"url\": \"https://...\", \"title\": \"...\"}");
            return;
        }
        out->reserve(v->size());
        for (uint32_t i = 0; i < v->size(); ++i) {
            Source s;
            if (ReadSource(&doc_.Element(*v, i), Child(path, static_cast<long>(i)), &s)) out->push_back(std::move(s));
        }
    }

    // --- references ----------------------------------------------------------------------------

    // Index of the object that `v` (an id text) names in `s`, or -1 after reporting.
    int Resolve(const Value* v, const Path& path, const Section& s, std::string* id_out) {
        if (!v || !ExpectType(*v, path, Type::String)) return -1;
        const std::string_view id = doc_.String(*v);
        id_out->assign(id);
        const auto it = s.ids.find(id);
        if (it != s.ids.end()) return it->second.model_index;
        std::string message = std::string("unknown ") + s.what + " " + Quote(id);
        std::string_view near;
        if (!out_.Full() && id_suggestions_ < kMaxIdSuggestions) {
            ++id_suggestions_;
            near = Nearest(id, s.id_order);
        }
        if (!near.empty()) {
            message += "; did you mean '" + std::string(near) + "'?";
        } else {
            message += std::string(": no entry in \"") + s.section + "\" has this id";
        }
        Error(*v, path, std::move(message));
        return -1;
    }

    void ResolveList(const Value* v, const Path& path, const Section& s, std::vector<std::string>* ids,
                     std::vector<int>* indices) {
        if (!v || !ExpectType(*v, path, Type::Array)) return;
        ids->reserve(v->size());
        indices->reserve(v->size());
        for (uint32_t i = 0; i < v->size(); ++i) {
            std::string id;
            const int index = Resolve(&doc_.Element(*v, i), Child(path, static_cast<long>(i)), s, &id);
            if (index >= 0) {
                ids->push_back(std::move(id));
                indices->push_back(index);
            }
        }
    }

    void CollectIds(Section& s, const Path& array_path) {
        if (!s.array) return;
        s.ids.reserve(s.array->size());
        s.id_order.reserve(s.array->size());
        for (uint32_t i = 0; i < s.array->size(); ++i) {
            const Value& obj = doc_.Element(*s.array, i);
            if (obj.type != Type::Object) continue;  // reported in phase 2
            const int model_index = s.object_count++;
            const Value* id = nullptr;
            for (const Member* m = doc_.MembersBegin(obj); m != doc_.MembersEnd(obj); ++m) {
                if (doc_.Key(*m) == "id") id = &doc_.Of(*m);
            }
            if (!id || id->type != Type::String || !IsValidId(doc_.String(*id))) continue;  // reported in phase 2
            const std::string_view key = doc_.String(*id);
            const auto [it, inserted] = s.ids.emplace(key, IdEntry{model_index, static_cast<long>(i), id->offset});
            if (inserted) {
                s.id_order.push_back(key);
                continue;
            }
            const Path element = Child(array_path, static_cast<long>(i));
            Error(*id, Child(element, "id"),
                  std::string("duplicate ") + s.what + " id " + Quote(key) + "; first used at /" + s.section + "/" +
                      std::to_string(it->second.json_index) + " (" + kLineMarker + ")",
                  it->second.offset);
        }
    }

    // --- sections --------------------------------------------------------------------------------

    void ReadDatasetInfo(const Value& v, const Path& path) {
        if (!ExpectType(v, path, Type::Object)) return;
        const auto f = Fields(v, path, kDatasetKeys);
        if (Require(f, kDsId, kDatasetKeys, v, path)) ReadId(f[kDsId], Child(path, "id"), &ds_.id);
        if (Require(f, kDsTitle, kDatasetKeys, v, path)) ReadName(f[kDsTitle], Child(path, "title"), &ds_.title);
        if (f[kDsDescription]) ReadText(f[kDsDescription], Child(path, "description"), &ds_.description);
        if (f[kDsSources]) ReadSources(f[kDsSources], Child(path, "sources"), false, &ds_.sources);
    }

    void ReadTerritory(const Value& v, const Path& p, int index) {
        Territory& t = ds_.territories[static_cast<size_t>(index)];
        const auto f = Fields(v, p, kTerritoryKeys);
        if (Require(f, kTerId, kTerritoryKeys, v, p)) ReadId(f[kTerId], Child(p, "id"), &t.id);
        if (Require(f, kTerName, kTerritoryKeys, v, p)) ReadName(f[kTerName], Child(p, "name"), &t.name);
        bool kind_ok = false;
        if (Require(f, kTerKind, kTerritoryKeys, v, p)) kind_ok = ReadEnum(f[kTerKind], Child(p, "kind"), &t.kind);
        if (f[kTerParent]) {
            t.parent = Resolve(f[kTerParent], Child(p, "parent"), territories_, &t.parent_id);
            territory_parent_value_[static_cast<size_t>(index)] = f[kTerParent];
        }
        const bool global = kind_ok && t.kind == TerritoryKind::Global;
        if (!f[kTerLat] || !f[kTerLon]) {
            if (global) {
                if (f[kTerLat] || f[kTerLon]) Error(v, p, "give both 'lat' and 'lon', or neither");
            } else if (kind_ok) {  // with an unknown kind, the kind error is enough
                for (int k : {kTerLat, kTerLon}) {
                    if (!f[static_cast<size_t>(k)]) {
                        Error(v, p, "missing required field '" + std::string(kTerritoryKeys[static_cast<size_t>(k)]) +
                                        "' (coordinates are required for every kind except 'global')");
                    }
                }
            }
        }
        double lat = 0, lon = 0;
        const bool lat_ok = f[kTerLat] && ReadNumberInRange(f[kTerLat], Child(p, "lat"), "latitude", -90, true, 90, "-90 to 90", &lat);
        const bool lon_ok = f[kTerLon] && ReadNumberInRange(f[kTerLon], Child(p, "lon"), "longitude", -180, true, 180, "-180 to 180", &lon);
        if (lat_ok && lon_ok) {
            t.has_coordinates = true;
            t.lat = lat;
            t.lon = lon;
        }
    }

    void ReadActor(const Value& v, const Path& p, int index) {
        Actor& a = ds_.actors[static_cast<size_t>(index)];
        const auto f = Fields(v, p, kActorKeys);
        if (Require(f, kActId, kActorKeys, v, p)) ReadId(f[kActId], Child(p, "id"), &a.id);
        if (Require(f, kActName, kActorKeys, v, p)) ReadName(f[kActName], Child(p, "name"), &a.name);
        if (f[kActShortName]) ReadName(f[kActShortName], Child(p, "short_name"), &a.short_name);
        if (Require(f, kActKind, kActorKeys, v, p)) ReadEnum(f[kActKind], Child(p, "kind"), &a.kind);
        if (Require(f, kActLevel, kActorKeys, v, p)) {
            actor_level_ok_[static_cast<size_t>(index)] = ReadEnum(f[kActLevel], Child(p, "level"), &a.level);
        }
        if (Require(f, kActTerritory, kActorKeys, v, p)) {
            a.territory = Resolve(f[kActTerritory], Child(p, "territory"), territories_, &a.territory_id);
            if (a.territory >= 0) territory_used_[static_cast<size_t>(a.territory)] = 1;
        }
        if (f[kActDescription]) ReadText(f[kActDescription], Child(p, "description"), &a.description);
        if (f[kActWebsite]) ReadUrl(f[kActWebsite], Child(p, "website"), &a.website);
        if (f[kActSilkRole]) ReadEnum(f[kActSilkRole], Child(p, "silk_role"), &a.silk_role);
        if (f[kActYears]) ReadYears(f[kActYears], Child(p, "years"), &a.years);
        if (Require(f, kActConfidence, kActorKeys, v, p)) ReadEnum(f[kActConfidence], Child(p, "confidence"), &a.confidence);
        if (Require(f, kActSources, kActorKeys, v, p)) ReadSources(f[kActSources], Child(p, "sources"), true, &a.sources);
    }

    void ReadLink(const Value& v, const Path& p, int index) {
        Link& l = ds_.links[static_cast<size_t>(index)];
        const auto f = Fields(v, p, kLinkKeys);
        if (Require(f, kLnkId, kLinkKeys, v, p)) ReadId(f[kLnkId], Child(p, "id"), &l.id);
        const Path p_from = Child(p, "from"), p_to = Child(p, "to"), p_kind = Child(p, "kind");
        if (Require(f, kLnkFrom, kLinkKeys, v, p)) l.from = Resolve(f[kLnkFrom], p_from, actors_, &l.from_id);
        if (Require(f, kLnkTo, kLinkKeys, v, p)) l.to = Resolve(f[kLnkTo], p_to, actors_, &l.to_id);
        if (f[kLnkFrom] && f[kLnkTo] && !l.from_id.empty() && l.from_id == l.to_id) {
            Error(*f[kLnkTo], p_to, "the link goes from " + Quote(l.from_id) + " to itself; 'from' and 'to' must be two different actors");
            l.to = -1;
        }
        bool kind_ok = false;
        if (Require(f, kLnkKind, kLinkKeys, v, p)) kind_ok = ReadEnum(f[kLnkKind], p_kind, &l.kind);
        if (Require(f, kLnkRelation, kLinkKeys, v, p)) ReadEnum(f[kLnkRelation], Child(p, "relation"), &l.relation);
        if (Require(f, kLnkDirection, kLinkKeys, v, p)) ReadEnum(f[kLnkDirection], Child(p, "direction"), &l.direction);
        if (f[kLnkValues]) ReadValues(f[kLnkValues], Child(p, "values"), &l.values);
        if (f[kLnkWeight]) {
            ReadNumberInRange(f[kLnkWeight], Child(p, "weight"), "weight", 0, false, 10, "more than 0 and at most 10", &l.weight);
        }
        if (f[kLnkYears]) ReadYears(f[kLnkYears], Child(p, "years"), &l.years);
        if (f[kLnkCases]) ResolveList(f[kLnkCases], Child(p, "cases"), cases_, &l.case_ids, &l.cases);
        if (f[kLnkDescription]) ReadText(f[kLnkDescription], Child(p, "description"), &l.description);
        if (Require(f, kLnkConfidence, kLinkKeys, v, p)) ReadEnum(f[kLnkConfidence], Child(p, "confidence"), &l.confidence);
        if (Require(f, kLnkSources, kLinkKeys, v, p)) ReadSources(f[kLnkSources], Child(p, "sources"), true, &l.sources);

        if (kind_ok && l.from >= 0 && l.to >= 0 && actor_level_ok_[static_cast<size_t>(l.from)] &&
            actor_level_ok_[static_cast<size_t>(l.to)]) {
            const Actor& a = ds_.actors[static_cast<size_t>(l.from)];
            const Actor& b = ds_.actors[static_cast<size_t>(l.to)];
            if (l.kind == LinkKind::Horizontal && a.level != b.level) {
                Warning(*f[kLnkKind], p_kind, "link is 'horizontal' but " + Quote(a.id) + " is " + ToString(a.level) +
                                                  " and " + Quote(b.id) + " is " + ToString(b.level) + "; use 'vertical'");
            } else if (l.kind == LinkKind::Vertical && a.level == b.level) {
                Warning(*f[kLnkKind], p_kind, "link is 'vertical' but " + Quote(a.id) + " and " + Quote(b.id) +
                                                  " are both " + ToString(a.level) + "; use 'horizontal'");
            }
        }
    }

    void ReadValues(const Value* v, const Path& path, uint8_t* bits) {
        if (!ExpectType(*v, path, Type::Array)) return;
        for (uint32_t i = 0; i < v->size(); ++i) {
            int bit = 0;
            if (ReadEnumName(&doc_.Element(*v, i), Child(path, static_cast<long>(i)), ValueDimensionTable(), &bit)) {
                *bits = static_cast<uint8_t>(*bits | (1u << bit));
            }
        }
    }

    void ReadCase(const Value& v, const Path& p, int index) {
        Case& c = ds_.cases[static_cast<size_t>(index)];
        const auto f = Fields(v, p, kCaseKeys);
        if (Require(f, kCaseId, kCaseKeys, v, p)) ReadId(f[kCaseId], Child(p, "id"), &c.id);
        if (Require(f, kCaseTitle, kCaseKeys, v, p)) ReadName(f[kCaseTitle], Child(p, "title"), &c.title);
        if (Require(f, kCaseTerritory, kCaseKeys, v, p)) {
            c.territory = Resolve(f[kCaseTerritory], Child(p, "territory"), territories_, &c.territory_id);
            if (c.territory >= 0) territory_used_[static_cast<size_t>(c.territory)] = 1;
        }
        if (Require(f, kCaseSummary, kCaseKeys, v, p)) ReadText(f[kCaseSummary], Child(p, "summary"), &c.summary);
        if (Require(f, kCaseActors, kCaseKeys, v, p)) ResolveList(f[kCaseActors], Child(p, "actors"), actors_, &c.actor_ids, &c.actors);
        if (f[kCaseLinks]) ResolveList(f[kCaseLinks], Child(p, "links"), links_, &c.link_ids, &c.links);
        if (Require(f, kCaseRecommendations, kCaseKeys, v, p)) {
            ResolveList(f[kCaseRecommendations], Child(p, "recommendations"), recommendations_, &c.recommendation_ids,
                        &c.recommendations);
        }
        if (Require(f, kCaseBriefSource, kCaseKeys, v, p)) ReadSource(f[kCaseBriefSource], Child(p, "brief_source"), &c.brief_source);
        if (Require(f, kCaseConfidence, kCaseKeys, v, p)) ReadEnum(f[kCaseConfidence], Child(p, "confidence"), &c.confidence);
        if (Require(f, kCaseSources, kCaseKeys, v, p)) ReadSources(f[kCaseSources], Child(p, "sources"), true, &c.sources);
    }

    void ReadRecommendation(const Value& v, const Path& p, int index) {
        Recommendation& r = ds_.recommendations[static_cast<size_t>(index)];
        const auto f = Fields(v, p, kRecommendationKeys);
        if (Require(f, kRecId, kRecommendationKeys, v, p)) ReadId(f[kRecId], Child(p, "id"), &r.id);
        if (Require(f, kRecNumber, kRecommendationKeys, v, p)) {
            const Path p_number = Child(p, "number");
            if (ReadWholeNumber(f[kRecNumber], p_number, "recommendation number", 1, 99, &r.number)) {
                const auto [it, inserted] = recommendation_numbers_.emplace(r.number, std::make_pair(p.index, f[kRecNumber]->offset));
                if (!inserted) {
                    Error(*f[kRecNumber], p_number,
                          "duplicate recommendation number " + std::to_string(r.number) + "; first used at /recommendations/" +
                              std::to_string(it->second.first) + " (" + kLineMarker + ")",
                          it->second.second);
                }
            }
        }
        if (Require(f, kRecTitle, kRecommendationKeys, v, p)) ReadName(f[kRecTitle], Child(p, "title"), &r.title);
        if (Require(f, kRecText, kRecommendationKeys, v, p)) ReadText(f[kRecText], Child(p, "text"), &r.text);
        if (Require(f, kRecCases, kRecommendationKeys, v, p)) ResolveList(f[kRecCases], Child(p, "cases"), cases_, &r.case_ids, &r.cases);
    }

    // --- whole-data-set checks -----------------------------------------------------------------

    // A territory's chain of parents must end; a loop is reported once, at the 'parent' that closes it.
    void CheckTerritoryLoops(const Path& p_ter) {
        const size_t n = ds_.territories.size();
        std::vector<uint8_t> state(n, 0);  // 0 unvisited, 1 on the current walk, 2 done
        std::vector<int> walk;
        for (size_t start = 0; start < n; ++start) {
            walk.clear();
            int t = static_cast<int>(start);
            while (t >= 0 && state[static_cast<size_t>(t)] == 0) {
                state[static_cast<size_t>(t)] = 1;
                walk.push_back(t);
                t = ds_.territories[static_cast<size_t>(t)].parent;
            }
            if (t >= 0 && state[static_cast<size_t>(t)] == 1) {  // back on this walk: a loop
                const int closer = walk.back();
                Territory& last = ds_.territories[static_cast<size_t>(closer)];
                std::string chain;
                const auto loop_start = std::find(walk.begin(), walk.end(), t);
                for (auto it = loop_start; it != walk.end(); ++it) chain += ds_.territories[static_cast<size_t>(*it)].id + " -> ";
                chain += ds_.territories[static_cast<size_t>(t)].id;
                const Value* parent_value = territory_parent_value_[static_cast<size_t>(closer)];
                const Path element = Child(p_ter, JsonIndexOf(territories_, closer));
                std::string message = closer == t ? "territory " + Quote(last.id) + " cannot be its own parent"
                                                  : "the parents of territories form a loop: " + chain +
                                                        "; a territory cannot be inside itself";
                Error(*parent_value, Child(element, "parent"), std::move(message));
                last.parent = -1;  // keep the model free of loops
            }
            for (int w : walk) state[static_cast<size_t>(w)] = 2;
        }
    }

    void CheckUnusedTerritories(const Path& p_ter) {
        // A territory also counts as used when a used territory lies inside it (Catalonia -> Spain -> EU).
        const size_t n = ds_.territories.size();
        std::vector<uint8_t> used = territory_used_;
        for (size_t i = 0; i < n; ++i) {
            if (!territory_used_[i]) continue;
            int t = ds_.territories[i].parent;
            for (size_t steps = 0; t >= 0 && steps < n && !used[static_cast<size_t>(t)]; ++steps) {
                used[static_cast<size_t>(t)] = 1;
                t = ds_.territories[static_cast<size_t>(t)].parent;
            }
        }
        if (!territories_.array) return;
        int model_index = 0;
        for (uint32_t i = 0; i < territories_.array->size(); ++i) {
            const Value& v = doc_.Element(*territories_.array, i);
            if (v.type != Type::Object) continue;
            const Territory& t = ds_.territories[static_cast<size_t>(model_index++)];
            if (used[static_cast<size_t>(model_index - 1)] || t.id.empty()) continue;
            Warning(v, Child(p_ter, static_cast<long>(i)),
                    "territory " + Quote(t.id) + " is not used by any actor or case; remove it or refer to it");
        }
    }

    long JsonIndexOf(const Section& s, int model_index) const {
        int seen = 0;
        for (uint32_t i = 0; i < s.array->size(); ++i) {
            if (doc_.Element(*s.array, i).type != Type::Object) continue;
            if (seen++ == model_index) return static_cast<long>(i);
        }
        return -1;
    }

    std::string_view text_;
    const Document& doc_;
    Collector& out_;
    Dataset& ds_;
    Section territories_{"territory", "territories"};
    Section actors_{"actor", "actors"};
    Section links_{"link", "links"};
    Section cases_{"case", "cases"};
    Section recommendations_{"recommendation", "recommendations"};
    std::vector<const Value*> territory_parent_value_;
    std::vector<uint8_t> territory_used_;
    std::vector<uint8_t> actor_level_ok_;
    std::unordered_map<int, std::pair<long, uint32_t>> recommendation_numbers_;
    int id_suggestions_ = 0;
};

}  // namespace

LoadResult LoadDataset(std::string_view text, const std::string& file_name) {
    LoadResult result;
    Collector collector;
    std::string_view body = text;
    if (body.size() >= 3 && body.substr(0, 3) == "\xEF\xBB\xBF") body.remove_prefix(3);  // UTF-8 byte order mark
    if (text.size() > kMaxFileBytes) {
        collector.AddWholeFile("file is too large (" + MiB(text.size()) + "); the limit is " + MiB(kMaxFileBytes));
        collector.Finish(body, file_name, &result);
        return result;
    }
    json::Document doc;
    std::vector<json::Problem> problems;
    json::ParseOptions options;
    options.max_depth = kMaxNestingDepth;
    const bool parsed = json::Parse(body, &doc, &problems, options);
    for (json::Problem& p : problems) {
        collector.Add(p.is_error ? Severity::Error : Severity::Warning, p.offset, std::move(p.pointer), std::move(p.message));
    }
    if (parsed) {
        Validator validator(body, doc, collector, result.dataset);
        validator.Run();
    }
    collector.Finish(body, file_name, &result);
    return result;
}

LoadResult LoadDatasetFile(const std::string& path) {
    auto fail = [&](std::string message) {
        LoadResult result;
        Collector collector;
        collector.AddWholeFile(std::move(message));
        collector.Finish({}, path, &result);
        return result;
    };
    namespace fs = std::filesystem;
    std::error_code ec;
    const fs::file_status status = fs::status(path, ec);
    if (status.type() == fs::file_type::not_found) return fail("file not found");
    if (ec) return fail("cannot open the file: " + ec.message());
    if (status.type() == fs::file_type::directory) return fail("this is a folder, not a data file");
    if (status.type() == fs::file_type::regular) {
        const std::uintmax_t size = fs::file_size(path, ec);
        if (!ec && size > kMaxFileBytes) {
            return fail("file is too large (" + MiB(static_cast<size_t>(size)) + "); the limit is " + MiB(kMaxFileBytes));
        }
    }
    errno = 0;
    std::FILE* f = std::fopen(path.c_str(), "rb");
    if (!f) return fail(std::string("cannot open the file: ") + (errno ? std::strerror(errno) : "unknown reason"));
    std::string text;
    char buffer[1 << 16];
    bool too_large = false;
    for (;;) {
        const size_t n = std::fread(buffer, 1, sizeof buffer, f);
        if (n == 0) break;
        if (text.size() + n > kMaxFileBytes) {  // the file grew, or its size was not known in advance
            too_large = true;
            break;
        }
        text.append(buffer, n);
    }
    const bool read_error = std::ferror(f) != 0;
    const int read_errno = errno;
    std::fclose(f);
    if (too_large) return fail("file is too large (more than " + MiB(kMaxFileBytes) + "); the limit is " + MiB(kMaxFileBytes));
    if (read_error) return fail(std::string("cannot read the file: ") + (read_errno ? std::strerror(read_errno) : "read error"));
    return LoadDataset(text, path);
}

bool ApplyIfValid(const LoadResult& result, Dataset& current) {
    if (!result.ok || result.errors != 0) return false;
    current = result.dataset;
    return true;
}

bool ApplyIfValid(LoadResult&& result, Dataset& current) {
    if (!result.ok || result.errors != 0) return false;
    current = std::move(result.dataset);
    return true;
}

}  // namespace sse
