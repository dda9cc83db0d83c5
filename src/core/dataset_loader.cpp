// dataset_loader.cpp: parse (json_reader) -> validate and build the model -> locate diagnostics.
//
// One pass. The parser hands each element of the top-level lists ("actors": [...]) to the Validator
// as soon as it is parsed and then drops it, so memory beyond the text is about the model itself.
// Each element is checked field by field and added to the model; its id goes into a hash table. A
// reference to an id already seen is resolved at once; one to an id not seen yet (ids may be used
// before they are defined) is kept and resolved when the whole file has been read, together with the
// checks that need everything (link kinds against levels, territory loops, unused territories).
// Everything is linear in the size of the file; edit-distance suggestions are computed only for
// problems that are reported.
#include "core/dataset_loader.h"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <deque>
#include <filesystem>
#include <limits>
#include <new>
#include <stdexcept>
#include <tuple>
#include <unordered_map>
#include <utility>

#include "core/enum_names.h"
#include "core/filter.h"
#include "core/json_reader.h"
#include "core/layouts.h"

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
template <size_t N>  // string literals: no strlen
Path Child(const Path& parent, const char (&key)[N]) { return Path{&parent, std::string_view(key, N - 1), -1}; }
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

// 'text', shortened to about 60 bytes on a UTF-8 boundary, control characters shown as '?'.
std::string Quote(std::string_view s) { return QuoteForMessage(s, 60); }

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

// Where an id is defined: index in the model, index in the JSON list, offset of the id text.
struct IdEntry {
    int model_index;
    uint32_t json_index;
    uint32_t offset;
};

std::string_view KeyOf(std::string_view s) { return s; }
std::string_view KeyOf(const std::pair<std::string_view, IdEntry>& e) { return e.first; }

// The candidate nearest to `word`, or "" when none is reasonably close.
template <typename Range>
std::string_view Nearest(std::string_view word, const Range& candidates) {
    const std::string lower = Lower(word);
    const int max = SuggestionThreshold(word.size());
    std::string_view best;
    int best_distance = max + 1;
    for (const auto& c : candidates) {
        if (best_distance == 1) break;  // 0 is impossible: an exact match is not looked up here
        const std::string_view candidate = KeyOf(c);
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

// `prefix` must be lower case.
bool StartsWithNoCase(std::string_view s, std::string_view prefix) {
    if (s.size() < prefix.size()) return false;
    for (size_t i = 0; i < prefix.size(); ++i) {
        char c = s[i];
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
        if (c != prefix[i]) return false;
    }
    return true;
}

// Equality for short keys without a call into the C library (most keys differ in length or first byte).
inline bool SameKey(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    for (size_t i = 0; i < a.size(); ++i) {
        if (a[i] != b[i]) return false;
    }
    return true;
}

// A number as written, for messages; one with a million digits is cut so that the message stays one line.
std::string ShortNumber(std::string_view raw) {
    if (raw.size() <= 40) return std::string(raw);
    return std::string(raw.substr(0, 30)) + "... (" + std::to_string(raw.size()) + " characters)";
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
            return "the number " + ShortNumber(text.substr(v.offset, end - v.offset));
        }
        case Type::String: return "the text " + Quote(doc.String(v));
        case Type::Array: return "a list [...]";
        case Type::Object: return "an object {...}";
    }
    return "?";
}

// "file is too large (70.2 MiB); the limit is 64 MiB". Rounded up, so that a file just over the
// limit does not print as the limit itself.
std::string TooLarge(size_t bytes) {
    char buf[96];
    std::snprintf(buf, sizeof buf, "file is too large (%.1f MiB); the limit is %zu MiB",
                  std::ceil(static_cast<double>(bytes) / (1024.0 * 1024.0) * 10.0) / 10.0, kMaxFileBytes / (1024 * 1024));
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
    void MarkStopped() { stopped_ = true; }

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
        if (hidden_errors + hidden_warnings > 0 || stopped_) {
            Diagnostic d;
            d.severity = hidden_errors > 0 || stopped_ ? Severity::Error : Severity::Warning;
            d.file = file;
            d.message = std::to_string(hidden_errors) + " more errors and " + std::to_string(hidden_warnings) +
                        " more warnings are not shown";
            d.message += stopped_ ? ", and the rest of the file was not checked; fix the problems above and check again"
                                  : "; fix the problems above first";
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
    bool stopped_ = false;
};

// ---------------------------------------------------------------------------------------------
// Field names per object kind. The enum order is the array order.

template <size_t N>
using Keys = std::array<std::string_view, N>;

enum { kTopFormat, kTopDataset, kTopTerritories, kTopActors, kTopLinks, kTopCases, kTopRecommendations, kTopTours, kTopCount };
constexpr Keys<kTopCount> kTopKeys = {"format", "dataset", "territories", "actors", "links", "cases", "recommendations", "tours"};

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

enum { kTourId, kTourTitle, kTourDescription, kTourSteps, kTourCount };
constexpr Keys<kTourCount> kTourKeys = {"id", "title", "description", "steps"};

enum {
    kStepTitle, kStepText, kStepLayout, kStepCentre, kStepFilters, kStepShowcase, kStepActors, kStepLinks, kStepCase,
    kStepRecommendation, kStepCamera, kStepReveal, kStepCount
};
constexpr Keys<kStepCount> kStepKeys = {"title", "text", "layout", "centre", "filters", "showcase", "actors",
                                        "links", "case", "recommendation", "camera", "reveal"};

enum { kCamX, kCamY, kCamZoom, kCamCount };
constexpr Keys<kCamCount> kCameraKeys = {"x", "y", "zoom"};

// ---------------------------------------------------------------------------------------------

// Open addressing, linear probing, no allocation per entry: much faster than std::unordered_map for
// 60,000 short ids (one probe sequence, no node allocations, good locality).
class IdTable {
public:
    void Reserve(size_t n) {
        entries_.reserve(n);
        if (n * 2 > slots_.size()) Rehash(n * 2);
    }
    // Adds key -> entry and returns nullptr; if the key exists, returns its entry and adds nothing.
    const IdEntry* Insert(std::string_view key, const IdEntry& entry) {
        if ((entries_.size() + 1) * 2 > slots_.size()) Rehash(std::max<size_t>(16, slots_.size() * 2));
        const uint32_t h = Hash(key);
        size_t i = h & (slots_.size() - 1);
        for (; slots_[i].index_plus_one != 0; i = (i + 1) & (slots_.size() - 1)) {
            const auto& e = entries_[slots_[i].index_plus_one - 1];
            if (slots_[i].hash == h && SameKey(e.first, key)) return &e.second;
        }
        entries_.emplace_back(key, entry);
        slots_[i] = Slot{h, static_cast<uint32_t>(entries_.size())};
        return nullptr;
    }
    const IdEntry* Find(std::string_view key) const {
        if (slots_.empty()) return nullptr;
        const uint32_t h = Hash(key);
        for (size_t i = h & (slots_.size() - 1); slots_[i].index_plus_one != 0; i = (i + 1) & (slots_.size() - 1)) {
            const auto& e = entries_[slots_[i].index_plus_one - 1];
            if (slots_[i].hash == h && SameKey(e.first, key)) return &e.second;
        }
        return nullptr;
    }
    // In insertion (file) order.
    const std::vector<std::pair<std::string_view, IdEntry>>& entries() const { return entries_; }

private:
    struct Slot {
        uint32_t hash;
        uint32_t index_plus_one;  // 0: empty
    };
    static uint32_t Hash(std::string_view s) {  // FNV-1a
        uint32_t h = 2166136261u;
        for (char c : s) h = (h ^ static_cast<unsigned char>(c)) * 16777619u;
        return h ^ (h >> 15);
    }
    void Rehash(size_t min_slots) {
        size_t n = 16;
        while (n < min_slots) n *= 2;
        slots_.assign(n, Slot{0, 0});
        for (size_t e = 0; e < entries_.size(); ++e) {
            const uint32_t h = Hash(entries_[e].first);
            size_t i = h & (n - 1);
            while (slots_[i].index_plus_one != 0) i = (i + 1) & (n - 1);
            slots_[i] = Slot{h, static_cast<uint32_t>(e + 1)};
        }
    }

    std::vector<Slot> slots_;
    std::vector<std::pair<std::string_view, IdEntry>> entries_;
};

enum class SectionId { Territories, Actors, Links, Cases, Recommendations };

// One top-level list and the ids it defines.
struct Section {
    Section(const char* what_, const char* name_) : what(what_), name(name_) {}
    const char* what;  // "actor"
    const char* name;  // "actors"
    IdTable ids;                          // keys are views into the text or Validator::stable_
    std::vector<uint32_t> json_index;     // model index -> index in the JSON list
    std::vector<uint32_t> object_offset;  // model index -> offset of the object
    bool started = false;
    bool over_limit = false;    // more items than kMaxActors etc.: reported once
    uint32_t array_offset = 0;  // of the list's '['
};

// The fields that refer to ids, and where they point.
enum class Ref : uint8_t {
    TerritoryParent, ActorTerritory, LinkFrom, LinkTo, LinkCase, CaseTerritory, CaseActor, CaseLink,
    CaseRecommendation, RecommendationCase
};
struct RefInfo {
    SectionId owner, target;
    const char* field;
    bool list;
};
constexpr RefInfo kRefInfo[] = {
    {SectionId::Territories, SectionId::Territories, "parent", false},
    {SectionId::Actors, SectionId::Territories, "territory", false},
    {SectionId::Links, SectionId::Actors, "from", false},
    {SectionId::Links, SectionId::Actors, "to", false},
    {SectionId::Links, SectionId::Cases, "cases", true},
    {SectionId::Cases, SectionId::Territories, "territory", false},
    {SectionId::Cases, SectionId::Actors, "actors", true},
    {SectionId::Cases, SectionId::Links, "links", true},
    {SectionId::Cases, SectionId::Recommendations, "recommendations", true},
    {SectionId::Recommendations, SectionId::Cases, "cases", true},
};
// A reference whose target id had not been seen yet when it was read, resolved at the end.
struct PendingRef {
    Ref kind;
    uint32_t model_index;
    uint32_t list_index;
    uint32_t offset;  // of the id text
    std::string_view id;
};

// A reference made by a tour step. All are resolved at the end (tours usually come last, but need not),
// in file order, so that the step's lists keep the order of the file.
enum class TourRefKind : uint8_t { Centre, Actor, Link, Case, Recommendation, FilterValue };
struct TourRef {
    TourRefKind kind;
    SectionId target;
    uint32_t tour;       // model index into Dataset::tours
    uint32_t step;       // model index into Tour::steps
    uint32_t step_json;  // index in the JSON "steps" list
    const char* field;   // "actors", ...; for FilterValue the filter field name
    long list_index;     // -1 for a single id
    uint32_t offset;     // of the id text
    std::string_view id;
    uint32_t filter;  // FilterValue: index into Validator::tour_filters_
};

// A step's filter field, checked once every id is known by the same function the filter command uses.
struct TourFilter {
    uint32_t tour, step, step_json;
    uint32_t index;         // into TourStep::filters
    const char* field;      // one of FilterFieldNames()
    uint32_t list_offset;   // of the list of values
    uint32_t value_offset;  // of its first value
    bool bad;               // a value was already reported
};

// Validates while the parser streams the elements of the top-level lists (see json::StreamHandler),
// then checks the root object and everything that needs the whole file.
class Validator : public json::StreamHandler {
public:
    Validator(std::string_view text, Collector& out, Dataset& ds) : text_(text), out_(out), ds_(ds) {}

    void OnRootArrayBegin(std::string_view key, uint32_t array_offset) override {
        SectionId id;
        Section* found = nullptr;
        if (SectionFor(key, &id)) {
            found = &section(id);
        } else if (key == "tours") {
            found = &tours_;
        } else {
            return;  // an unknown key: reported with the root object
        }
        Section& s = *found;
        if (!s.started) {
            s.started = true;
            s.array_offset = array_offset;
        } else {  // "actors": [...] twice in the root object: read both, as one list, and report it
            out_.Add(Severity::Error, array_offset, "/" + std::string(s.name),
                     "the list \"" + std::string(s.name) + "\" appears twice; put all " + s.name + " in one list");
        }
    }

    void OnRootArrayElement(std::string_view key, uint32_t /*array_offset*/, uint32_t index, const Document& doc,
                            const Value& element) override {
        doc_ = &doc;
        SectionId id = SectionId::Territories;
        const bool is_tour = key == "tours";
        if (!is_tour && !SectionFor(key, &id)) return;
        Section& s = is_tour ? tours_ : section(id);
        if (out_.Full() && out_.errors() > 0) {  // the file is rejected anyway: stop spending time and memory
            out_.MarkStopped();
            return;
        }
        const Path root;
        const Path list = Child(root, s.name);
        const Path p = Child(list, static_cast<long>(index));
        if (element.type != Type::Object) {
            Error(element, p, std::string("expected an object {...} describing one ") + s.what + ", found " + Found(element, doc));
            return;
        }
        const size_t limit = MaxItems(is_tour, id);
        if (s.json_index.size() >= limit) {  // past the limit: reported once, and not read
            if (!s.over_limit) {
                s.over_limit = true;
                Error(element, p, std::string("too many ") + s.name + ": the limit is " + std::to_string(limit) +
                                      " (the explorer lays out the whole network at once); split the data set or leave some out");
            }
            return;
        }
        const int model_index = static_cast<int>(s.json_index.size());
        if (!is_tour && model_index == kEstimateAfter) ReserveEstimate(id, element.offset);
        s.json_index.push_back(index);
        s.object_offset.push_back(element.offset);
        if (is_tour) return ReadTour(element, p, model_index);
        switch (id) {
            case SectionId::Territories: ReadTerritory(element, p, model_index); break;
            case SectionId::Actors: ReadActor(element, p, model_index); break;
            case SectionId::Links: ReadLink(element, p, model_index); break;
            case SectionId::Cases: ReadCase(element, p, model_index); break;
            case SectionId::Recommendations: ReadRecommendation(element, p, model_index); break;
        }
    }

    // After a successful parse: the root object, then the checks that need every id.
    void Finish(const Document& doc) {
        doc_ = &doc;
        if (!CheckRoot()) return;
        ResolvePending();
        ResolveTourRefs();
        CheckTourFilters();
        CheckLinkKinds();
        if (has_list_[static_cast<int>(SectionId::Actors)] && has_list_[static_cast<int>(SectionId::Cases)]) {
            CheckUnusedTerritories();  // before loops are cut, so that every ancestor still counts
        }
        CheckTerritoryLoops();
    }

private:
    static bool SectionFor(std::string_view key, SectionId* id) {
        static constexpr std::pair<std::string_view, SectionId> kSections[] = {
            {"territories", SectionId::Territories}, {"actors", SectionId::Actors}, {"links", SectionId::Links},
            {"cases", SectionId::Cases}, {"recommendations", SectionId::Recommendations}};
        for (const auto& [name, section_id] : kSections) {
            if (key == name) {
                *id = section_id;
                return true;
            }
        }
        return false;
    }
    Section& section(SectionId id) { return sections_[static_cast<int>(id)]; }
    static size_t MaxItems(bool is_tour, SectionId id) {
        if (is_tour) return kMaxOtherItems;
        return id == SectionId::Actors ? kMaxActors : id == SectionId::Links ? kMaxLinks : kMaxOtherItems;
    }

    // Once a list has kEstimateAfter elements, reserve the model's vectors for all the elements that
    // the rest of the text could hold at the average size seen so far: regrowing a vector of 50,000
    // links would touch (and page in) about twice the memory. Reserved but unused memory is never
    // touched. The estimate is capped by the smallest size a valid object can have, so that a
    // hostile file cannot make us reserve gigabytes.
    static constexpr int kEstimateAfter = 64;
    void ReserveEstimate(SectionId id, uint32_t offset) {
        static constexpr size_t kMinObjectBytes[] = {30, 100, 100, 150, 40};
        const Section& s = section(id);
        const size_t average = std::max<size_t>((offset - s.array_offset) / kEstimateAfter, kMinObjectBytes[static_cast<int>(id)]);
        Reserve(id, std::min(MaxItems(false, id), kEstimateAfter + (text_.size() - offset) / average));
    }

    void Reserve(SectionId id, size_t n) {
        Section& s = section(id);
        s.ids.Reserve(n);
        s.json_index.reserve(n);
        s.object_offset.reserve(n);
        switch (id) {
            case SectionId::Territories:
                ds_.territories.reserve(n);
                territory_used_.reserve(n);
                territory_parent_offset_.reserve(n);
                break;
            case SectionId::Actors:
                ds_.actors.reserve(n);
                actor_level_ok_.reserve(n);
                break;
            case SectionId::Links:
                ds_.links.reserve(n);
                link_kind_offset_.reserve(n);
                break;
            case SectionId::Cases: ds_.cases.reserve(n); break;
            case SectionId::Recommendations: ds_.recommendations.reserve(n); break;
        }
    }

    // --- the root object ------------------------------------------------------------------------

    bool CheckRoot() {
        const Value& root = doc_->root();
        const Path root_path;
        if (root.type != Type::Object) {
            Error(root, root_path, "the file must contain one object { ... } with \"format\", \"actors\", ...; found " +
                                       Found(root, *doc_));
            return false;
        }
        bool known = false;
        for (const Member* m = doc_->MembersBegin(root); m != doc_->MembersEnd(root) && !known; ++m) {
            known = std::find(kTopKeys.begin(), kTopKeys.end(), doc_->Key(*m)) != kTopKeys.end();
        }
        if (!known) {  // one clear error instead of one per missing field
            Error(root, root_path, std::string("this is not an SSE Explorer data file: it has none of the fields "
                                               "\"format\": \"") + kFormatName +
                                       "\", \"dataset\", \"territories\", \"actors\", \"links\", \"cases\", \"recommendations\"");
            return false;
        }
        const auto f = Fields(root, root_path, kTopKeys);
        if (!f[kTopFormat]) {
            Error(root, root_path, std::string("missing required field 'format'; add \"format\": \"") + kFormatName +
                                       "\" at the top of the file");
        } else if (ExpectType(*f[kTopFormat], Child(root_path, "format"), Type::String) &&
                   doc_->String(*f[kTopFormat]) != kFormatName) {
            Error(*f[kTopFormat], Child(root_path, "format"),
                  "unsupported format " + Quote(doc_->String(*f[kTopFormat])) + "; this program reads \"" + kFormatName + "\"");
        }
        if (const Value* v = Require(f, kTopDataset, kTopKeys, root, root_path)) ReadDatasetInfo(*v, Child(root_path, "dataset"));
        for (int k = kTopTerritories; k <= kTopRecommendations; ++k) {
            const std::string_view key = kTopKeys[static_cast<size_t>(k)];
            const Value* v = f[static_cast<size_t>(k)];
            if (!v) {
                std::string hint = MisspellingHint(root, kTopKeys, key);
                if (hint.empty()) hint = " (it may be an empty list: \"" + std::string(key) + "\": [])";
                Error(root, root_path, "missing required field '" + std::string(key) + "'" + hint);
            } else if (ExpectType(*v, Child(root_path, key), Type::Array)) {
                has_list_[k - kTopTerritories] = true;
            }
        }
        if (f[kTopTours]) ExpectType(*f[kTopTours], Child(root_path, "tours"), Type::Array);  // optional
        return true;
    }

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
        std::string message = std::string("expected ") + kExpected[static_cast<int>(type)] + ", found " + Found(v, *doc_);
        if (type == Type::Number && v.type == Type::String) {
            std::vector<json::Problem> ignored;
            json::Document number;
            if (json::Parse(doc_->String(v), &number, &ignored) && number.root().type == Type::Number) {
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
        for (const Member* m = doc_->MembersBegin(obj); m != doc_->MembersEnd(obj); ++m) {
            const std::string_view key = doc_->Key(*m);
            size_t k = 0;
            while (k < N && !SameKey(keys[k], key)) ++k;
            if (k < N) {
                out[k] = &doc_->Of(*m);
            } else {
                UnknownKey(*m, path, keys);
            }
        }
        return out;
    }

    template <size_t N>
    void UnknownKey(const Member& m, const Path& path, const Keys<N>& keys) {
        if (out_.Full()) return out_.Add(Severity::Warning, m.key_offset, {}, {});  // only counted
        const std::string_view key = doc_->Key(m);
        std::string message = "unknown key " + Quote(key) + " (it is ignored); ";
        const std::string_view near = Nearest(key, keys);
        if (!near.empty()) {
            message += "did you mean '" + std::string(near) + "'?";
        } else {
            message += "allowed keys here: ";
            for (size_t i = 0; i < N; ++i) message += (i ? ", " : "") + std::string(keys[i]);
        }
        out_.Add(Severity::Warning, m.key_offset, PointerOf(Child(path, key)), std::move(message));
    }

    // " (is 'levle' a misspelling of it?)" when `obj` has an unknown key close to the missing `key`.
    template <size_t N>
    std::string MisspellingHint(const Value& obj, const Keys<N>& keys, std::string_view key) {
        const int max = SuggestionThreshold(key.size());
        for (const Member* m = doc_->MembersBegin(obj); m != doc_->MembersEnd(obj); ++m) {
            const std::string_view other = doc_->Key(*m);
            if (std::find(keys.begin(), keys.end(), other) == keys.end() && EditDistance(Lower(other), key, max) <= max) {
                return " (is " + Quote(other) + " a misspelling of it?)";
            }
        }
        return "";
    }

    template <size_t N>
    const Value* Require(const std::array<const Value*, N>& f, int k, const Keys<N>& keys, const Value& obj,
                         const Path& path) {
        if (!f[static_cast<size_t>(k)]) {
            const std::string_view key = keys[static_cast<size_t>(k)];
            Error(obj, path, "missing required field '" + std::string(key) + "'" + MisspellingHint(obj, keys, key));
        }
        return f[static_cast<size_t>(k)];
    }

    // --- scalar readers: each reports its own problems and returns false on any --------------

    bool ReadName(const Value* v, const Path& path, std::string* out) {
        if (!v || !ExpectType(*v, path, Type::String)) return false;
        const std::string_view s = doc_->String(*v);
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
        out->assign(doc_->String(*v));
        return true;
    }

    bool ReadId(const Value* v, const Path& path, std::string* out) {
        if (!v || !ExpectType(*v, path, Type::String)) return false;
        const std::string_view s = doc_->String(*v);
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
        const std::string_view s = doc_->String(*v);
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
        const std::string_view s = doc_->String(*v);
        if (s.size() > kMaxNameBytes) {
            Error(*v, path, "address too long (" + std::to_string(s.size()) + " bytes); the limit is " +
                                std::to_string(kMaxNameBytes) + " bytes");
            return false;
        }
        const bool http = StartsWithNoCase(s, "http://") && s.size() > 7;
        const bool https = StartsWithNoCase(s, "https://") && s.size() > 8;
        if (!http && !https) {
            std::string message = "the address must start with http:// or https://, found " + Quote(s);
            // "www.example.org" probably lacks its scheme; "javascript:..." or "data:..." has one, of a kind never opened.
            if (!s.empty() && s.find(':') == std::string_view::npos && s.find(' ') == std::string_view::npos) {
                message += " (did you mean 'https://" + std::string(s.substr(0, 60)) + "'?)";
            }
            Error(*v, path, std::move(message));
            return false;
        }
        out->assign(s);
        return true;
    }

    // The number as written in the file, for messages ("1e999", "95.5").
    std::string RawNumber(const Value& v) const {
        size_t end = v.offset;
        while (end < text_.size() && std::string_view("0123456789+-.eE").find(text_[end]) != std::string_view::npos) ++end;
        return ShortNumber(text_.substr(v.offset, end - v.offset));
    }

    bool ReadNumberInRange(const Value* v, const Path& path, const char* label, double lo, bool lo_inclusive, double hi,
                           const char* allowed, double* out) {
        if (!v || !ExpectType(*v, path, Type::Number)) return false;
        const double d = v->number;
        if (!std::isfinite(d)) {
            Error(*v, path, std::string(label) + " " + RawNumber(*v) + " is not a finite number; allowed: " + allowed);
            return false;
        }
        if (d > hi || (lo_inclusive ? d < lo : d <= lo)) {
            Error(*v, path, std::string(label) + " " + RawNumber(*v) + " is out of range; allowed: " + allowed);
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
            Error(*v, path, std::string(label) + " must be a whole number from " + range + ", found " + RawNumber(*v));
            return false;
        }
        if (d < lo || d > hi) {
            Error(*v, path, std::string(label) + " " + RawNumber(*v) + " is out of range; allowed: " + range);
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
            if (ReadSource(&doc_->Element(*v, i), Child(path, static_cast<long>(i)), &s)) out->push_back(std::move(s));
        }
    }

    // --- ids and references --------------------------------------------------------------------

    // A view of `s` that stays valid after the element is dropped: texts with escapes are copied.
    std::string_view Stable(const Value& v) {
        if (!(v.flags & Value::kDecoded)) return doc_->String(v);
        return stable_.emplace_back(doc_->String(v));
    }

    // Registers the id of the object just read (`id` is its "id" member, or nullptr).
    void CollectId(Section& s, const Value* id, const Path& p, int model_index) {
        if (!id || id->type != Type::String || !IsValidId(doc_->String(*id))) return;  // reported by ReadId
        const std::string_view key = Stable(*id);
        const uint32_t json_index = s.json_index[static_cast<size_t>(model_index)];
        const IdEntry* first = s.ids.Insert(key, IdEntry{model_index, json_index, id->offset});
        if (!first) return;
        Error(*id, Child(p, "id"),
              std::string("duplicate ") + s.what + " id " + Quote(key) + "; first used at /" + s.name + "/" +
                  std::to_string(first->json_index) + " (" + kLineMarker + ")",
              first->offset);
    }

    // Reads one reference: resolved now when its target is already known, else at the end (Finish).
    // For lists, `deferring` keeps the order: once one element waits, the following ones wait too.
    void Reference(Ref kind, const Value* v, const Path& path, uint32_t model_index, uint32_t list_index, bool* deferring) {
        if (!v || !ExpectType(*v, path, Type::String)) return;
        const std::string_view id = doc_->String(*v);
        const RefInfo& info = kRefInfo[static_cast<int>(kind)];
        const Section& target = sections_[static_cast<int>(info.target)];
        if (!*deferring) {
            if (const IdEntry* e = target.ids.Find(id)) {
                Apply(kind, model_index, id, e->model_index);
                return;
            }
        }
        if (info.list) *deferring = true;
        pending_.push_back(PendingRef{kind, model_index, list_index, v->offset, Stable(*v)});
    }

    void ReferenceList(Ref kind, const Value* v, const Path& path, uint32_t model_index) {
        if (!v || !ExpectType(*v, path, Type::Array)) return;
        bool deferring = false;
        for (uint32_t i = 0; i < v->size(); ++i) {
            Reference(kind, &doc_->Element(*v, i), Child(path, static_cast<long>(i)), model_index, i, &deferring);
        }
    }

    // Stores a resolved reference (`target` >= 0) in the model; lists keep only resolved entries.
    void Apply(Ref kind, uint32_t model_index, std::string_view id, int target) {
        const size_t i = model_index;
        auto add = [&](std::vector<std::string>& ids, std::vector<int>& indices) {
            if (target < 0) return;
            ids.emplace_back(id);
            indices.push_back(target);
        };
        switch (kind) {
            case Ref::TerritoryParent: ds_.territories[i].parent = target; break;
            case Ref::ActorTerritory:
                ds_.actors[i].territory = target;
                if (target >= 0) territory_used_[static_cast<size_t>(target)] = 1;
                break;
            case Ref::LinkFrom: ds_.links[i].from = target; break;
            case Ref::LinkTo: ds_.links[i].to = target; break;
            case Ref::LinkCase: add(ds_.links[i].case_ids, ds_.links[i].cases); break;
            case Ref::CaseTerritory:
                ds_.cases[i].territory = target;
                if (target >= 0) territory_used_[static_cast<size_t>(target)] = 1;
                break;
            case Ref::CaseActor: add(ds_.cases[i].actor_ids, ds_.cases[i].actors); break;
            case Ref::CaseLink: add(ds_.cases[i].link_ids, ds_.cases[i].links); break;
            case Ref::CaseRecommendation: add(ds_.cases[i].recommendation_ids, ds_.cases[i].recommendations); break;
            case Ref::RecommendationCase: add(ds_.recommendations[i].case_ids, ds_.recommendations[i].cases); break;
        }
    }

    void ResolvePending() {
        for (const PendingRef& r : pending_) {
            const RefInfo& info = kRefInfo[static_cast<int>(r.kind)];
            const Section& target = sections_[static_cast<int>(info.target)];
            if (const IdEntry* e = target.ids.Find(r.id)) {
                Apply(r.kind, r.model_index, r.id, e->model_index);
                continue;
            }
            Apply(r.kind, r.model_index, r.id, -1);
            const Section& owner = sections_[static_cast<int>(info.owner)];
            std::string pointer = "/" + std::string(owner.name) + "/" + std::to_string(owner.json_index[r.model_index]) + "/" + info.field;
            if (info.list) pointer += "/" + std::to_string(r.list_index);
            if (out_.Full()) {
                out_.Add(Severity::Error, r.offset, {}, {});  // only counted
                continue;
            }
            out_.Add(Severity::Error, r.offset, std::move(pointer), UnknownId(target, r.id));
        }
        pending_.clear();
    }

    // "unknown actor 'acio'; did you mean 'accio'?", or "...: no entry in "actors" has this id".
    std::string UnknownId(const Section& target, std::string_view id) {
        std::string message = std::string("unknown ") + target.what + " " + Quote(id);
        std::string_view near;
        if (id_suggestions_ < kMaxIdSuggestions) {
            ++id_suggestions_;
            near = Nearest(id, target.ids.entries());
        }
        if (!near.empty()) {
            message += "; did you mean '" + std::string(near) + "'?";
        } else {
            message += std::string(": no entry in \"") + target.name + "\" has this id";
        }
        return message;
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
        ds_.territories.emplace_back();
        territory_used_.push_back(0);
        territory_parent_offset_.push_back(0);
        Territory& t = ds_.territories.back();
        const uint32_t mi = static_cast<uint32_t>(index);
        const auto f = Fields(v, p, kTerritoryKeys);
        CollectId(section(SectionId::Territories), f[kTerId], p, index);
        if (Require(f, kTerId, kTerritoryKeys, v, p)) ReadId(f[kTerId], Child(p, "id"), &t.id);
        if (Require(f, kTerName, kTerritoryKeys, v, p)) ReadName(f[kTerName], Child(p, "name"), &t.name);
        bool kind_ok = false;
        if (Require(f, kTerKind, kTerritoryKeys, v, p)) kind_ok = ReadEnum(f[kTerKind], Child(p, "kind"), &t.kind);
        if (f[kTerParent]) {
            bool deferring = false;
            if (f[kTerParent]->type == Type::String) {
                t.parent_id.assign(doc_->String(*f[kTerParent]));
                territory_parent_offset_.back() = f[kTerParent]->offset;
            }
            Reference(Ref::TerritoryParent, f[kTerParent], Child(p, "parent"), mi, 0, &deferring);
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
        ds_.actors.emplace_back();
        actor_level_ok_.push_back(0);
        Actor& a = ds_.actors.back();
        const uint32_t mi = static_cast<uint32_t>(index);
        const auto f = Fields(v, p, kActorKeys);
        CollectId(section(SectionId::Actors), f[kActId], p, index);
        if (Require(f, kActId, kActorKeys, v, p)) ReadId(f[kActId], Child(p, "id"), &a.id);
        if (Require(f, kActName, kActorKeys, v, p)) ReadName(f[kActName], Child(p, "name"), &a.name);
        if (f[kActShortName]) ReadName(f[kActShortName], Child(p, "short_name"), &a.short_name);
        if (Require(f, kActKind, kActorKeys, v, p)) ReadEnum(f[kActKind], Child(p, "kind"), &a.kind);
        if (Require(f, kActLevel, kActorKeys, v, p)) actor_level_ok_.back() = ReadEnum(f[kActLevel], Child(p, "level"), &a.level);
        if (Require(f, kActTerritory, kActorKeys, v, p)) {
            bool deferring = false;
            if (f[kActTerritory]->type == Type::String) a.territory_id.assign(doc_->String(*f[kActTerritory]));
            Reference(Ref::ActorTerritory, f[kActTerritory], Child(p, "territory"), mi, 0, &deferring);
        }
        if (f[kActDescription]) ReadText(f[kActDescription], Child(p, "description"), &a.description);
        if (f[kActWebsite]) ReadUrl(f[kActWebsite], Child(p, "website"), &a.website);
        if (f[kActSilkRole]) ReadEnum(f[kActSilkRole], Child(p, "silk_role"), &a.silk_role);
        if (f[kActYears]) ReadYears(f[kActYears], Child(p, "years"), &a.years);
        if (Require(f, kActConfidence, kActorKeys, v, p)) ReadEnum(f[kActConfidence], Child(p, "confidence"), &a.confidence);
        if (Require(f, kActSources, kActorKeys, v, p)) ReadSources(f[kActSources], Child(p, "sources"), true, &a.sources);
    }

    void ReadLink(const Value& v, const Path& p, int index) {
        ds_.links.emplace_back();
        link_kind_offset_.push_back(0);  // 0: kind missing or invalid, no level check
        Link& l = ds_.links.back();
        const uint32_t mi = static_cast<uint32_t>(index);
        const auto f = Fields(v, p, kLinkKeys);
        CollectId(section(SectionId::Links), f[kLnkId], p, index);
        if (Require(f, kLnkId, kLinkKeys, v, p)) ReadId(f[kLnkId], Child(p, "id"), &l.id);
        const Path p_from = Child(p, "from"), p_to = Child(p, "to");
        bool self = false;
        if (f[kLnkFrom] && f[kLnkTo] && f[kLnkFrom]->type == Type::String && f[kLnkTo]->type == Type::String &&
            doc_->String(*f[kLnkFrom]) == doc_->String(*f[kLnkTo]) && !doc_->String(*f[kLnkFrom]).empty()) {
            self = true;
            Error(*f[kLnkTo], p_to, "the link goes from " + Quote(doc_->String(*f[kLnkFrom])) +
                                        " to itself; 'from' and 'to' must be two different actors");
        }
        bool deferring = false;
        if (Require(f, kLnkFrom, kLinkKeys, v, p)) {
            if (f[kLnkFrom]->type == Type::String) l.from_id.assign(doc_->String(*f[kLnkFrom]));
            Reference(Ref::LinkFrom, f[kLnkFrom], p_from, mi, 0, &deferring);
        }
        if (Require(f, kLnkTo, kLinkKeys, v, p)) {
            if (f[kLnkTo]->type == Type::String) l.to_id.assign(doc_->String(*f[kLnkTo]));
            deferring = false;
            if (!self) Reference(Ref::LinkTo, f[kLnkTo], p_to, mi, 0, &deferring);
        }
        if (Require(f, kLnkKind, kLinkKeys, v, p) && ReadEnum(f[kLnkKind], Child(p, "kind"), &l.kind)) {
            link_kind_offset_.back() = f[kLnkKind]->offset;
        }
        if (Require(f, kLnkRelation, kLinkKeys, v, p)) ReadEnum(f[kLnkRelation], Child(p, "relation"), &l.relation);
        if (Require(f, kLnkDirection, kLinkKeys, v, p)) ReadEnum(f[kLnkDirection], Child(p, "direction"), &l.direction);
        if (f[kLnkValues]) ReadValues(f[kLnkValues], Child(p, "values"), &l.values);
        if (f[kLnkWeight]) {
            ReadNumberInRange(f[kLnkWeight], Child(p, "weight"), "weight", 0, false, 10, "more than 0 and at most 10", &l.weight);
        }
        if (f[kLnkYears]) ReadYears(f[kLnkYears], Child(p, "years"), &l.years);
        if (f[kLnkCases]) ReferenceList(Ref::LinkCase, f[kLnkCases], Child(p, "cases"), mi);
        if (f[kLnkDescription]) ReadText(f[kLnkDescription], Child(p, "description"), &l.description);
        if (Require(f, kLnkConfidence, kLinkKeys, v, p)) ReadEnum(f[kLnkConfidence], Child(p, "confidence"), &l.confidence);
        if (Require(f, kLnkSources, kLinkKeys, v, p)) ReadSources(f[kLnkSources], Child(p, "sources"), true, &l.sources);
    }

    void ReadValues(const Value* v, const Path& path, uint8_t* bits) {
        if (!ExpectType(*v, path, Type::Array)) return;
        for (uint32_t i = 0; i < v->size(); ++i) {
            int bit = 0;
            if (ReadEnumName(&doc_->Element(*v, i), Child(path, static_cast<long>(i)), ValueDimensionTable(), &bit)) {
                *bits = static_cast<uint8_t>(*bits | (1u << bit));
            }
        }
    }

    void ReadCase(const Value& v, const Path& p, int index) {
        ds_.cases.emplace_back();
        Case& c = ds_.cases.back();
        const uint32_t mi = static_cast<uint32_t>(index);
        const auto f = Fields(v, p, kCaseKeys);
        CollectId(section(SectionId::Cases), f[kCaseId], p, index);
        if (Require(f, kCaseId, kCaseKeys, v, p)) ReadId(f[kCaseId], Child(p, "id"), &c.id);
        if (Require(f, kCaseTitle, kCaseKeys, v, p)) ReadName(f[kCaseTitle], Child(p, "title"), &c.title);
        if (Require(f, kCaseTerritory, kCaseKeys, v, p)) {
            bool deferring = false;
            if (f[kCaseTerritory]->type == Type::String) c.territory_id.assign(doc_->String(*f[kCaseTerritory]));
            Reference(Ref::CaseTerritory, f[kCaseTerritory], Child(p, "territory"), mi, 0, &deferring);
        }
        if (Require(f, kCaseSummary, kCaseKeys, v, p)) ReadText(f[kCaseSummary], Child(p, "summary"), &c.summary);
        if (Require(f, kCaseActors, kCaseKeys, v, p)) ReferenceList(Ref::CaseActor, f[kCaseActors], Child(p, "actors"), mi);
        if (f[kCaseLinks]) ReferenceList(Ref::CaseLink, f[kCaseLinks], Child(p, "links"), mi);
        if (Require(f, kCaseRecommendations, kCaseKeys, v, p)) {
            ReferenceList(Ref::CaseRecommendation, f[kCaseRecommendations], Child(p, "recommendations"), mi);
        }
        if (Require(f, kCaseBriefSource, kCaseKeys, v, p)) ReadSource(f[kCaseBriefSource], Child(p, "brief_source"), &c.brief_source);
        if (Require(f, kCaseConfidence, kCaseKeys, v, p)) ReadEnum(f[kCaseConfidence], Child(p, "confidence"), &c.confidence);
        if (Require(f, kCaseSources, kCaseKeys, v, p)) ReadSources(f[kCaseSources], Child(p, "sources"), true, &c.sources);
    }

    void ReadRecommendation(const Value& v, const Path& p, int index) {
        ds_.recommendations.emplace_back();
        Recommendation& r = ds_.recommendations.back();
        const uint32_t mi = static_cast<uint32_t>(index);
        const auto f = Fields(v, p, kRecommendationKeys);
        CollectId(section(SectionId::Recommendations), f[kRecId], p, index);
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
        if (Require(f, kRecCases, kRecommendationKeys, v, p)) ReferenceList(Ref::RecommendationCase, f[kRecCases], Child(p, "cases"), mi);
    }

    // --- tours ---------------------------------------------------------------------------------

    void ReadTour(const Value& v, const Path& p, int index) {
        ds_.tours.emplace_back();
        const uint32_t ti = static_cast<uint32_t>(index);
        const auto f = Fields(v, p, kTourKeys);
        CollectId(tours_, f[kTourId], p, index);
        Tour& t = ds_.tours.back();
        if (Require(f, kTourId, kTourKeys, v, p)) ReadId(f[kTourId], Child(p, "id"), &t.id);
        if (Require(f, kTourTitle, kTourKeys, v, p)) ReadName(f[kTourTitle], Child(p, "title"), &t.title);
        if (f[kTourDescription]) ReadText(f[kTourDescription], Child(p, "description"), &t.description);
        if (!Require(f, kTourSteps, kTourKeys, v, p)) return;
        const Value& steps = *f[kTourSteps];
        const Path p_steps = Child(p, "steps");
        if (!ExpectType(steps, p_steps, Type::Array)) return;
        if (steps.size() == 0) {
            Error(steps, p_steps, "a tour needs at least one step: add {\"title\": \"...\", \"text\": \"...\"}");
            return;
        }
        t.steps.reserve(steps.size());
        for (uint32_t i = 0; i < steps.size(); ++i) {
            const Value& step = doc_->Element(steps, i);
            const Path p_step = Child(p_steps, static_cast<long>(i));
            if (step.type != Type::Object) {
                Error(step, p_step, "expected an object {...} describing one step, found " + Found(step, *doc_));
                continue;
            }
            ReadStep(step, p_step, ti, i);
        }
    }

    void ReadStep(const Value& v, const Path& p, uint32_t tour, uint32_t step_json) {
        std::vector<TourStep>& steps = ds_.tours[tour].steps;
        steps.emplace_back();
        TourStep& s = steps.back();
        const uint32_t si = static_cast<uint32_t>(steps.size() - 1);
        const auto f = Fields(v, p, kStepKeys);
        auto ref = [&](TourRefKind kind, SectionId target, const char* field, long list_index, const Value& id) {
            tour_refs_.push_back(TourRef{kind, target, tour, si, step_json, field, list_index, id.offset, Stable(id), 0});
        };
        if (Require(f, kStepTitle, kStepKeys, v, p)) ReadName(f[kStepTitle], Child(p, "title"), &s.title);
        if (Require(f, kStepText, kStepKeys, v, p) && ReadText(f[kStepText], Child(p, "text"), &s.text) && s.text.empty()) {
            Error(*f[kStepText], Child(p, "text"), "must not be empty: this is the caption shown for the step");
        }
        bool layout_ok = false;
        if (f[kStepLayout]) layout_ok = ReadLayout(f[kStepLayout], Child(p, "layout"), &s);
        const bool ego = layout_ok && s.layout == static_cast<int>(LayoutKind::Ego);
        if (f[kStepCentre]) {
            const Path p_centre = Child(p, "centre");
            if (ExpectType(*f[kStepCentre], p_centre, Type::String)) {
                s.centre_id.assign(doc_->String(*f[kStepCentre]));
                if (ego) {
                    ref(TourRefKind::Centre, SectionId::Actors, "centre", -1, *f[kStepCentre]);
                } else if (!f[kStepLayout] || layout_ok) {  // with an unknown layout, that error is enough
                    Error(*f[kStepCentre], p_centre,
                          "'centre' is only used with \"layout\": \"ego\"; add that layout or remove 'centre'");
                }
            }
        } else if (ego) {
            Error(*f[kStepLayout], Child(p, "layout"),
                  "layout 'ego' needs a 'centre': add \"centre\": \"<actor id>\" for the actor in the middle");
        }
        if (f[kStepFilters]) ReadStepFilters(*f[kStepFilters], Child(p, "filters"), tour, si, step_json, &s);
        if (f[kStepShowcase]) ReadBool(f[kStepShowcase], Child(p, "showcase"), &s.showcase);
        for (const auto& [k, target, field] : {std::make_tuple(kStepActors, SectionId::Actors, "actors"),
                                               std::make_tuple(kStepLinks, SectionId::Links, "links")}) {
            const Value* list = f[static_cast<size_t>(k)];
            if (!list || !ExpectType(*list, Child(p, field), Type::Array)) continue;
            const TourRefKind kind = target == SectionId::Actors ? TourRefKind::Actor : TourRefKind::Link;
            for (uint32_t i = 0; i < list->size(); ++i) {
                const Value& id = doc_->Element(*list, i);
                if (ExpectType(id, Child(Child(p, field), static_cast<long>(i)), Type::String)) ref(kind, target, field, i, id);
            }
        }
        if (f[kStepCase] && ExpectType(*f[kStepCase], Child(p, "case"), Type::String)) {
            s.case_id.assign(doc_->String(*f[kStepCase]));
            ref(TourRefKind::Case, SectionId::Cases, "case", -1, *f[kStepCase]);
        }
        if (f[kStepRecommendation] && ExpectType(*f[kStepRecommendation], Child(p, "recommendation"), Type::String)) {
            s.recommendation_id.assign(doc_->String(*f[kStepRecommendation]));
            ref(TourRefKind::Recommendation, SectionId::Recommendations, "recommendation", -1, *f[kStepRecommendation]);
        }
        if (f[kStepCamera]) ReadCamera(*f[kStepCamera], Child(p, "camera"), &s);
        if (f[kStepReveal]) ReadBool(f[kStepReveal], Child(p, "reveal"), &s.reveal);
    }

    bool ReadBool(const Value* v, const Path& path, bool* out) {
        if (!v || !ExpectType(*v, path, Type::Bool)) return false;
        *out = v->boolean();
        return true;
    }

    bool ReadLayout(const Value* v, const Path& path, TourStep* s) {
        if (!ExpectType(*v, path, Type::String)) return false;
        const std::string_view name = doc_->String(*v);
        LayoutKind kind = LayoutKind::Force;
        if (ParseLayoutKind(std::string(name), kind)) {
            s->has_layout = true;
            s->layout = static_cast<int>(kind);
            return true;
        }
        std::string message = "unknown layout " + Quote(name) + "; allowed: " + TableOf<LayoutKind>().Allowed();
        const std::string_view near = Nearest(name, TableOf<LayoutKind>().Parsable());
        if (!near.empty()) message += " (did you mean '" + std::string(near) + "'?)";
        Error(*v, path, std::move(message));
        return false;
    }

    // "highlighted", "all" or {"x": 0, "y": 0, "zoom": 1} (world units, as the camera command takes them).
    void ReadCamera(const Value& v, const Path& path, TourStep* s) {
        static constexpr const char* kShapes = "\"highlighted\", \"all\" or {\"x\": 0, \"y\": 0, \"zoom\": 1}";
        if (v.type == Type::String) {
            const std::string_view mode = doc_->String(v);
            if (mode == "highlighted") {
                s->camera = TourStep::CameraMode::Highlighted;
            } else if (mode == "all") {
                s->camera = TourStep::CameraMode::All;
            } else {
                std::string message = "unknown camera " + Quote(mode) + "; allowed: " + kShapes;
                const std::string_view near = Nearest(mode, std::array<std::string_view, 2>{"highlighted", "all"});
                if (!near.empty()) message += " (did you mean '" + std::string(near) + "'?)";
                Error(v, path, std::move(message));
            }
            return;
        }
        if (v.type != Type::Object) {
            Error(v, path, std::string("expected ") + kShapes + ", found " + Found(v, *doc_));
            return;
        }
        const auto f = Fields(v, path, kCameraKeys);
        constexpr double kMax = std::numeric_limits<double>::max();
        double x = 0, y = 0, zoom = 1;
        bool ok = Require(f, kCamX, kCameraKeys, v, path) &&
                  ReadNumberInRange(f[kCamX], Child(path, "x"), "camera x", -kMax, true, kMax, "any finite number", &x);
        ok = Require(f, kCamY, kCameraKeys, v, path) &&
             ReadNumberInRange(f[kCamY], Child(path, "y"), "camera y", -kMax, true, kMax, "any finite number", &y) && ok;
        ok = Require(f, kCamZoom, kCameraKeys, v, path) &&
             ReadNumberInRange(f[kCamZoom], Child(path, "zoom"), "camera zoom", 0, false, kMax, "more than 0", &zoom) && ok;
        if (!ok) return;
        s->camera = TourStep::CameraMode::Explicit;
        s->camera_x = x;
        s->camera_y = y;
        s->camera_zoom = zoom;
    }

    // {"level": ["national", "regional"], "years": ["2016-2026"], ...}: the filter command's fields and values.
    void ReadStepFilters(const Value& v, const Path& path, uint32_t tour, uint32_t step, uint32_t step_json, TourStep* s) {
        if (!ExpectType(v, path, Type::Object)) return;
        const std::vector<std::string>& fields = FilterFieldNames();
        for (const Member* m = doc_->MembersBegin(v); m != doc_->MembersEnd(v); ++m) {
            const std::string_view key = doc_->Key(*m);
            const Path p = Child(path, key);
            const auto known = std::find(fields.begin(), fields.end(), key);
            if (known == fields.end()) {
                std::string allowed;
                for (size_t i = 0; i < fields.size(); ++i) allowed += (i ? ", " : "") + fields[i];
                std::string message = "unknown filter field " + Quote(key) + "; allowed: " + allowed;
                const std::string_view near = Nearest(key, fields);
                if (!near.empty()) message += " (did you mean '" + std::string(near) + "'?)";
                out_.Add(Severity::Error, m->key_offset, PointerOf(p), std::move(message));
                continue;
            }
            const std::string& field = *known;
            const Value& list = doc_->Of(*m);
            if (!ExpectType(list, p, Type::Array)) continue;
            if (list.size() == 0) {
                Error(list, p, "no values: give at least one, e.g. " + std::string(FilterExample(field)) + ", or remove '" + field + "'");
                continue;
            }
            if (field == "years" && list.size() != 1) {
                Error(list, p, "'years' takes one range: [\"2016-2026\"], [\"2016-\"] or [\"-2020\"]");
                continue;
            }
            const uint32_t filter = static_cast<uint32_t>(tour_filters_.size());
            tour_filters_.push_back(TourFilter{tour, step, step_json, static_cast<uint32_t>(s->filters.size()), field.c_str(),
                                               list.offset, doc_->Element(list, 0).offset, false});
            std::string joined;
            for (uint32_t i = 0; i < list.size(); ++i) {
                const Value& e = doc_->Element(list, i);
                const Path p_value = Child(p, static_cast<long>(i));
                if (!ExpectType(e, p_value, Type::String)) {
                    tour_filters_[filter].bad = true;
                    continue;
                }
                const std::string_view value = doc_->String(e);
                if (!joined.empty()) joined += ',';
                joined += value;
                if (!CheckFilterValue(field, e, p_value, list.size(), tour, step, step_json, filter)) tour_filters_[filter].bad = true;
            }
            s->filters.emplace_back(field, std::move(joined));
        }
    }

    static const char* FilterExample(const std::string& field) {
        return ValuesOf(ParseEnum<FilterField>(field).value_or(FilterField::Years)).example;
    }

    // One value of a filter list. Enum names are checked now; ids once the whole file is read; years by
    // CheckTourFilters. Returns false when a problem was reported.
    bool CheckFilterValue(const std::string& field, const Value& e, const Path& path, uint32_t count, uint32_t tour,
                          uint32_t step, uint32_t step_json, uint32_t filter) {
        const std::string_view value = doc_->String(e);
        if (value == "all") {
            if (count == 1) return true;  // as in the filter command: no restriction
            Error(e, path, "'all' means no restriction on '" + field + "'; it cannot be combined with other values");
            return false;
        }
        if (value.empty() || value.find(',') != std::string_view::npos ||
            value.find_first_of(" \t") == 0 || value.find_last_of(" \t") == value.size() - 1) {
            Error(e, path, "expected one value per text, without commas or surrounding spaces: write [\"a\", \"b\"], found " +
                               Found(e, *doc_));
            return false;
        }
        int ignored = 0;
        const EnumTable* names = ValuesOf(ParseEnum<FilterField>(field).value_or(FilterField::Years)).names;
        if (names) return ReadEnumName(&e, path, *names, &ignored);
        SectionId target;
        if (field == "territory") {
            target = SectionId::Territories;
        } else if (field == "case") {
            target = SectionId::Cases;
        } else if (field == "recommendation") {
            target = SectionId::Recommendations;
        } else {
            return true;  // years: CheckTourFilters
        }
        tour_refs_.push_back(TourRef{TourRefKind::FilterValue, target, tour, step, step_json,
                                     tour_filters_[filter].field, static_cast<long>(path.index), e.offset, Stable(e), filter});
        return true;
    }

    std::string TourStepPointer(uint32_t tour, uint32_t step_json) const {
        return "/tours/" + std::to_string(tours_.json_index[tour]) + "/steps/" + std::to_string(step_json);
    }

    void ResolveTourRefs() {
        for (const TourRef& r : tour_refs_) {
            const Section& target = section(r.target);
            const IdEntry* e = target.ids.Find(r.id);
            TourStep& s = ds_.tours[r.tour].steps[r.step];
            if (e) {
                switch (r.kind) {
                    case TourRefKind::Centre: s.centre = e->model_index; break;
                    case TourRefKind::Actor:
                        s.actor_ids.emplace_back(r.id);
                        s.actors.push_back(e->model_index);
                        break;
                    case TourRefKind::Link:
                        s.link_ids.emplace_back(r.id);
                        s.links.push_back(e->model_index);
                        break;
                    case TourRefKind::Case: s.case_index = e->model_index; break;
                    case TourRefKind::Recommendation: s.recommendation = e->model_index; break;
                    case TourRefKind::FilterValue: break;  // checked again as a whole by CheckTourFilters
                }
                continue;
            }
            if (r.kind == TourRefKind::FilterValue) tour_filters_[r.filter].bad = true;
            if (out_.Full()) {
                out_.Add(Severity::Error, r.offset, {}, {});  // only counted
                continue;
            }
            std::string pointer = TourStepPointer(r.tour, r.step_json);
            if (r.kind == TourRefKind::FilterValue) pointer += "/filters";
            json::AppendPointerToken(&pointer, r.field);
            if (r.list_index >= 0) pointer += "/" + std::to_string(r.list_index);
            out_.Add(Severity::Error, r.offset, std::move(pointer), UnknownId(target, r.id));
        }
        tour_refs_.clear();
    }

    // Each filter whose values passed the checks above must also be accepted by SetFilterField, which
    // playback calls: this checks the years and keeps the loader and the filter command from drifting apart.
    void CheckTourFilters() {
        for (const TourFilter& tf : tour_filters_) {
            if (tf.bad) continue;
            const auto& [field, values] = ds_.tours[tf.tour].steps[tf.step].filters[tf.index];
            FilterState scratch;
            std::string problem = SetFilterField(scratch, ds_, field, values);
            if (problem.empty()) continue;
            std::string pointer = TourStepPointer(tf.tour, tf.step_json) + "/filters";
            json::AppendPointerToken(&pointer, tf.field);
            uint32_t offset = tf.list_offset;
            if (std::string_view(tf.field) == "years") {  // one value: point at it
                pointer += "/0";
                offset = tf.value_offset;
            }
            out_.Add(Severity::Error, offset, std::move(pointer), std::move(problem));
        }
        tour_filters_.clear();
    }

    // --- whole-data-set checks -----------------------------------------------------------------

    std::string ElementPointer(SectionId id, size_t model_index, const char* field = nullptr) {
        const Section& s = section(id);
        std::string out = "/" + std::string(s.name) + "/" + std::to_string(s.json_index[model_index]);
        if (field) out += "/" + std::string(field);
        return out;
    }

    // 'horizontal' links join actors of the same level, 'vertical' ones actors of different levels.
    void CheckLinkKinds() {
        for (size_t i = 0; i < ds_.links.size(); ++i) {
            const Link& l = ds_.links[i];
            if (link_kind_offset_[i] == 0 || l.from < 0 || l.to < 0 || !actor_level_ok_[static_cast<size_t>(l.from)] ||
                !actor_level_ok_[static_cast<size_t>(l.to)]) {
                continue;
            }
            const Actor& a = ds_.actors[static_cast<size_t>(l.from)];
            const Actor& b = ds_.actors[static_cast<size_t>(l.to)];
            std::string message;
            if (l.kind == LinkKind::Horizontal && a.level != b.level) {
                message = "link is 'horizontal' but " + Quote(a.id) + " is " + ToString(a.level) + " and " + Quote(b.id) +
                          " is " + ToString(b.level) + "; use 'vertical'";
            } else if (l.kind == LinkKind::Vertical && a.level == b.level) {
                message = "link is 'vertical' but " + Quote(a.id) + " and " + Quote(b.id) + " are both " +
                          ToString(a.level) + "; use 'horizontal'";
            } else {
                continue;
            }
            out_.Add(Severity::Warning, link_kind_offset_[i], ElementPointer(SectionId::Links, i, "kind"), std::move(message));
        }
    }

    // A territory's chain of parents must end; a loop is reported once, at the 'parent' that closes it.
    void CheckTerritoryLoops() {
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
                const size_t closer = static_cast<size_t>(walk.back());
                Territory& last = ds_.territories[closer];
                std::string message;
                if (closer == static_cast<size_t>(t)) {
                    message = "territory " + Quote(last.id) + " cannot be its own parent";
                } else {
                    message = "the parents of territories form a loop: ";
                    for (auto it = std::find(walk.begin(), walk.end(), t); it != walk.end(); ++it) {
                        message += ds_.territories[static_cast<size_t>(*it)].id + " -> ";
                    }
                    message += ds_.territories[static_cast<size_t>(t)].id + "; a territory cannot be inside itself";
                }
                out_.Add(Severity::Error, territory_parent_offset_[closer],
                         ElementPointer(SectionId::Territories, closer, "parent"), std::move(message));
                last.parent = -1;  // keep the model free of loops
            }
            for (int w : walk) state[static_cast<size_t>(w)] = 2;
        }
    }

    void CheckUnusedTerritories() {
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
        const Section& s = section(SectionId::Territories);
        for (size_t i = 0; i < n; ++i) {
            if (used[i] || ds_.territories[i].id.empty()) continue;
            out_.Add(Severity::Warning, s.object_offset[i], ElementPointer(SectionId::Territories, i),
                     "territory " + Quote(ds_.territories[i].id) + " is not used by any actor or case; remove it or refer to it");
        }
    }

    std::string_view text_;
    Collector& out_;
    Dataset& ds_;
    const Document* doc_ = nullptr;
    Section sections_[5] = {{"territory", "territories"}, {"actor", "actors"}, {"link", "links"},
                            {"case", "cases"}, {"recommendation", "recommendations"}};
    bool has_list_[5] = {};
    std::deque<std::string> stable_;  // ids with escapes, referred to after their element is dropped
    std::vector<PendingRef> pending_;
    std::vector<uint8_t> territory_used_;
    std::vector<uint32_t> territory_parent_offset_;
    std::vector<uint8_t> actor_level_ok_;
    std::vector<uint32_t> link_kind_offset_;
    std::unordered_map<int, std::pair<long, uint32_t>> recommendation_numbers_;
    int id_suggestions_ = 0;
    Section tours_{"tour", "tours"};
    std::vector<TourRef> tour_refs_;
    std::vector<TourFilter> tour_filters_;
};

}  // namespace

namespace {

LoadResult LoadDatasetUnguarded(std::string_view text, const std::string& file_name) {
    LoadResult result;
    std::string_view body = text;
    if (body.size() >= 3 && body.substr(0, 3) == "\xEF\xBB\xBF") body.remove_prefix(3);  // UTF-8 byte order mark
    if (text.size() > kMaxFileBytes) {
        Collector collector;
        collector.AddWholeFile(TooLarge(text.size()));
        collector.Finish(body, file_name, &result);
        return result;
    }
    // The validator reads the elements of the top-level lists while the parser streams them; if the
    // text turns out not to be JSON, its findings are dropped and only the syntax error is reported.
    Collector collector;
    Validator validator(body, collector, result.dataset);
    json::Document doc;
    std::vector<json::Problem> problems;
    json::ParseOptions options;
    options.max_depth = kMaxNestingDepth;
    options.stream = &validator;
    const bool parsed = json::Parse(body, &doc, &problems, options);
    if (!parsed) {
        collector = Collector();
        result.dataset = Dataset{};
    }
    for (json::Problem& p : problems) {
        collector.Add(p.is_error ? Severity::Error : Severity::Warning, p.offset, std::move(p.pointer), std::move(p.message));
    }
    if (parsed) validator.Finish(doc);
    collector.Finish(body, file_name, &result);
    return result;
}

}  // namespace

// Nothing below is expected to throw except std::bad_alloc on a file too big for the memory left;
// catching here keeps the promise that the API never throws.
LoadResult LoadDataset(std::string_view text, const std::string& file_name) {
    try {
        return LoadDatasetUnguarded(text, file_name);
    } catch (const std::exception& e) {
        LoadResult result;
        Diagnostic d;
        d.file = file_name;
        d.message = std::string("could not load the file: ") +
                    (dynamic_cast<const std::bad_alloc*>(&e) ? "not enough memory" : e.what());
        result.diagnostics.push_back(std::move(d));
        result.errors = 1;
        return result;
    }
}

namespace {

std::string ReadError(const char* what, int error) {
    return std::string(what) + (error ? std::strerror(error) : "unknown reason");
}

// Reads the file into *text, or returns a message for the one whole-file diagnostic.
std::string ReadDataFile(const std::string& path, std::string* text) {
    namespace fs = std::filesystem;
    std::error_code ec;
    const fs::file_status status = fs::status(path, ec);
    if (status.type() == fs::file_type::not_found) return "file not found";
    if (ec) return "cannot open the file: " + ec.message();
    if (status.type() == fs::file_type::directory) return "this is a folder, not a data file";
    if (status.type() == fs::file_type::regular) {
        const std::uintmax_t size = fs::file_size(path, ec);
        if (!ec && size > kMaxFileBytes) return TooLarge(static_cast<size_t>(size));  // not read at all
        if (!ec) text->reserve(static_cast<size_t>(size));
    }
    // O_NONBLOCK: opening a named pipe (FIFO) that nobody writes to would wait forever; this way it reads
    // as an empty file. Reads block as usual once it is open (the flag is cleared).
    errno = 0;
    const int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) return ReadError("cannot open the file: ", errno);
    const int flags = ::fcntl(fd, F_GETFL);
    if (flags != -1) ::fcntl(fd, F_SETFL, flags & ~O_NONBLOCK);
    std::FILE* f = ::fdopen(fd, "rb");
    if (!f) {
        const int error = errno;
        ::close(fd);
        return ReadError("cannot open the file: ", error);
    }
    char buffer[1 << 16];
    for (;;) {
        const size_t n = std::fread(buffer, 1, sizeof buffer, f);
        if (n == 0) break;
        if (text->size() + n > kMaxFileBytes) {  // the file grew, or its size was not known in advance
            std::fclose(f);
            return TooLarge(text->size() + n);
        }
        text->append(buffer, n);
    }
    const bool failed = std::ferror(f) != 0;
    const int error = errno;
    std::fclose(f);
    return failed ? ReadError("cannot read the file: ", error) : std::string();
}

}  // namespace

LoadResult LoadDatasetFile(const std::string& path) {
    std::string text, problem;
    try {
        problem = ReadDataFile(path, &text);
    } catch (const std::exception&) {  // std::bad_alloc
        problem = "could not load the file: not enough memory";
    }
    if (problem.empty()) return LoadDataset(text, path);
    LoadResult result;
    Diagnostic d;
    d.file = path;
    d.message = std::move(problem);
    result.diagnostics.push_back(std::move(d));
    result.errors = 1;
    return result;
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
