// dataset_validator.h: internal to the loader. The Validator checks a data file element by element
// while the JSON reader streams it, builds the Dataset, and reports every problem to a Collector.
//
// Its members are defined in four files, one concern each:
//   dataset_validator.cpp           the stream entry points, the root object, reporting, the checks
//                                   that need the whole file (link kinds, territory loops, unused territories)
//   dataset_validator_values.cpp    scalar readers (names, ids, enums, URLs, numbers, years, sources),
//                                   ids and references between sections
//   dataset_validator_sections.cpp  the dataset info, territories, actors, links, cases, recommendations
//   dataset_validator_tours.cpp     tours, their steps and filters, resolved once every id is known
//
// Index of this header:
//   JSON pointers ............. Path, Child, PointerOf
//   Field names ............... one enum + key table per object kind
//   Sections and references ... Section, Ref, PendingRef, TourRef, TourFilter
//   Validator ................. the class; its small templates (Fields, Require, ...) are defined here
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "core/dataset_loader.h"
#include "core/enum_names.h"
#include "core/id_table.h"
#include "core/json_reader.h"
#include "core/load_collector.h"
#include "core/model.h"

namespace sse::load {

using json::Document;
using json::Member;
using json::Type;
using json::Value;

// Unknown-id suggestions scan every id of a section; past this many per file, suggestions stop.
constexpr int kMaxIdSuggestions = 200;

// ---------------------------------------------------------------------------------------------
// JSON pointers, built only when a diagnostic is reported.

struct Path {
    const Path* parent = nullptr;  // nullptr: this is the document root
    std::string_view key;
    long index = -1;  // >= 0: an array element, else the member `key`
};

inline Path Child(const Path& parent, std::string_view key) { return Path{&parent, key, -1}; }
template <size_t N>  // string literals: no strlen
inline Path Child(const Path& parent, const char (&key)[N]) { return Path{&parent, std::string_view(key, N - 1), -1}; }
inline Path Child(const Path& parent, long index) { return Path{&parent, {}, index}; }

// The RFC 6901 pointer of `path` ("/actors/3/kind"); built only when a problem is reported.
std::string PointerOf(const Path& path);

// ---------------------------------------------------------------------------------------------
// Field names per object kind. The enum order is the array order.

template <size_t N>
using Keys = std::array<std::string_view, N>;

enum { kTopFormat, kTopDataset, kTopTerritories, kTopActors, kTopLinks, kTopCases, kTopRecommendations, kTopTours, kTopCount };
inline constexpr Keys<kTopCount> kTopKeys = {"format", "dataset", "territories", "actors", "links", "cases", "recommendations", "tours"};

enum { kDsId, kDsTitle, kDsDescription, kDsSources, kDsCount };
inline constexpr Keys<kDsCount> kDatasetKeys = {"id", "title", "description", "sources"};

enum { kSrcUrl, kSrcTitle, kSrcCount };
inline constexpr Keys<kSrcCount> kSourceKeys = {"url", "title"};

enum { kYearsFrom, kYearsTo, kYearsNote, kYearsCount };
inline constexpr Keys<kYearsCount> kYearsKeys = {"from", "to", "note"};

enum { kTerId, kTerName, kTerKind, kTerParent, kTerLat, kTerLon, kTerCount };
inline constexpr Keys<kTerCount> kTerritoryKeys = {"id", "name", "kind", "parent", "lat", "lon"};

enum {
    kActId, kActName, kActShortName, kActKind, kActLevel, kActTerritory, kActDescription, kActWebsite,
    kActSilkRole, kActYears, kActConfidence, kActQuote, kActReasoning, kActSources, kActAttributes, kActTranslations,
    kActCount
};
inline constexpr Keys<kActCount> kActorKeys = {"id", "name", "short_name", "kind", "level", "territory", "description",
                                        "website", "silk_role", "years", "confidence", "quote", "reasoning", "sources",
                                        "attributes", "translations"};

enum {
    kLnkId, kLnkFrom, kLnkTo, kLnkKind, kLnkRelation, kLnkDirection, kLnkValues, kLnkWeight, kLnkYears,
    kLnkCases, kLnkDescription, kLnkConfidence, kLnkQuote, kLnkReasoning, kLnkSources, kLnkAttributes, kLnkCount
};
inline constexpr Keys<kLnkCount> kLinkKeys = {"id", "from", "to", "kind", "relation", "direction", "values",
                                       "weight", "years", "cases", "description", "confidence", "quote", "reasoning", "sources",
                                       "attributes"};

enum {
    kCaseId, kCaseTitle, kCaseTerritory, kCaseSummary, kCaseActors, kCaseLinks, kCaseRecommendations,
    kCaseBriefSource, kCaseConfidence, kCaseQuote, kCaseReasoning, kCaseSources, kCaseTranslations, kCaseCount
};
inline constexpr Keys<kCaseCount> kCaseKeys = {"id", "title", "territory", "summary", "actors", "links", "recommendations",
                                        "brief_source", "confidence", "quote", "reasoning", "sources", "translations"};

enum { kRecId, kRecNumber, kRecTitle, kRecText, kRecCases, kRecTranslations, kRecCount };
inline constexpr Keys<kRecCount> kRecommendationKeys = {"id", "number", "title", "text", "cases", "translations"};

enum { kTourId, kTourTitle, kTourDescription, kTourSteps, kTourTranslations, kTourCount };
inline constexpr Keys<kTourCount> kTourKeys = {"id", "title", "description", "steps", "translations"};

enum {
    kStepTitle, kStepText, kStepQuote, kStepLayout, kStepCentre, kStepFilters, kStepShowcase, kStepActors, kStepLinks,
    kStepCase, kStepRecommendation, kStepCamera, kStepReveal, kStepTranslations, kStepCount
};
inline constexpr Keys<kStepCount> kStepKeys = {"title", "text", "quote", "layout", "centre", "filters", "showcase", "actors",
                                        "links", "case", "recommendation", "camera", "reveal", "translations"};

enum { kCamX, kCamY, kCamZoom, kCamCount };
inline constexpr Keys<kCamCount> kCameraKeys = {"x", "y", "zoom"};

// ---------------------------------------------------------------------------------------------
// Sections and references

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
inline constexpr RefInfo kRefInfo[] = {
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

// ---------------------------------------------------------------------------------------------
// Validator

// Validates while the parser streams the elements of the top-level lists (see json::StreamHandler),
// then checks the root object and everything that needs the whole file.
class Validator : public json::StreamHandler {
public:
    // Checks `text` (without its byte order mark), reports to `out`, builds `ds`; all three must outlive it.
    Validator(std::string_view text, Collector& out, Dataset& ds) : text_(text), out_(out), ds_(ds) {}

    // Notes where a top-level list starts; a list given twice is an error (both are read, as one list).
    void OnRootArrayBegin(std::string_view key, uint32_t array_offset) override;
    // Checks one element of a top-level list and adds it to the model.
    void OnRootArrayElement(std::string_view key, uint32_t array_offset, uint32_t index, const Document& doc,
                            const Value& element) override;
    // After a successful parse: the root object, then the checks that need every id.
    void Finish(const Document& doc);
    // Reads the text as one element of a list alone ({"actors": [{...}]}): no root object, references kept as
    // ids, no whole-file checks; `dataset_id` decides whether a missing source is an error (ReadElementAlone).
    void ReadAlone(std::string dataset_id) {
        alone_ = true;
        ds_.id = std::move(dataset_id);
    }

private:
    // --- dataset_validator.cpp: entry points, root, reporting, whole-file checks ----------------
    static bool SectionFor(std::string_view key, SectionId* id);
    Section& section(SectionId id) { return sections_[static_cast<int>(id)]; }
    static size_t MaxItems(bool is_tour, SectionId id);

    // Once a list has kEstimateAfter elements, reserve the model's vectors for all the elements that
    // the rest of the text could hold at the average size seen so far: regrowing a vector of 50,000
    // links would touch (and page in) about twice the memory. Reserved but unused memory is never
    // touched. The estimate is capped by the smallest size a valid object can have, so that a
    // hostile file cannot make us reserve gigabytes.
    static constexpr int kEstimateAfter = 64;
    void ReserveEstimate(SectionId id, uint32_t offset);
    void Reserve(SectionId id, size_t n);

    bool CheckRoot();

    void Error(const Value& at, const Path& path, DiagnosticCode code, std::string message, uint32_t ref_offset = 0) {
        out_.Add(Severity::Error, code, at.offset, PointerOf(path), std::move(message), ref_offset);
    }
    void Warning(const Value& at, const Path& path, DiagnosticCode code, std::string message) {
        out_.Add(Severity::Warning, code, at.offset, PointerOf(path), std::move(message));
    }
    // True when `v` has `type`; else reports what was expected and returns false. The check is inline:
    // it runs for nearly every value of the file.
    bool ExpectType(const Value& v, const Path& path, Type type) {
        if (v.type == type) return true;
        ReportWrongType(v, path, type);
        return false;
    }
    void ReportWrongType(const Value& v, const Path& path, Type type);

    std::string ElementPointer(SectionId id, size_t model_index, const char* field = nullptr);
    // The whole-data-set rules, run on the model (dataset_rules.h) and reported at their place in the file.
    void ReportRules();
    void ReportMissingSources();
    // Finish for an element read alone (ReadAlone).
    void FinishAlone();

    // --- objects and their fields (templates, defined here) --------------------------------------

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
        if (out_.Full()) return out_.Add(Severity::Warning, DiagnosticCode::UnknownKey, m.key_offset, {}, {});  // only counted
        const std::string_view key = doc_->Key(m);
        std::string message = "unknown key " + Quote(key) + " (it is ignored); ";
        const std::string_view near = Nearest(key, keys);
        if (!near.empty()) {
            message += "did you mean '" + std::string(near) + "'?";
        } else {
            message += "allowed keys here: ";
            for (size_t i = 0; i < N; ++i) message += (i ? ", " : "") + std::string(keys[i]);
        }
        out_.Add(Severity::Warning, DiagnosticCode::UnknownKey, m.key_offset, PointerOf(Child(path, key)), std::move(message));
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
            Error(obj, path, DiagnosticCode::MissingField,
                  "missing required field '" + std::string(key) + "'" + MisspellingHint(obj, keys, key));
        }
        return f[static_cast<size_t>(k)];
    }

    template <typename E>
    bool ReadEnum(const Value* v, const Path& path, E* out) {
        int i = 0;
        if (!ReadEnumName(v, path, TableOf<E>(), &i)) return false;
        *out = static_cast<E>(i);
        return true;
    }

    // --- dataset_validator_values.cpp: scalar readers; each reports its own problems and returns
    // false on any ---------------------------------------------------------------------------------
    bool ReadName(const Value* v, const Path& path, std::string* out);
    bool ReadText(const Value* v, const Path& path, std::string* out);
    bool ReadId(const Value* v, const Path& path, std::string* out);
    bool ReadEnumName(const Value* v, const Path& path, const EnumTable& table, int* out);
    bool ReadUrl(const Value* v, const Path& path, std::string* out);
    // The number as written in the file, for messages ("1e999", "95.5").
    std::string RawNumber(const Value& v) const;
    // Numbers out of range or not finite are reported with `code` (coordinates, years and others differ).
    bool ReadNumberInRange(const Value* v, const Path& path, const char* label, DiagnosticCode code, double lo,
                           bool lo_inclusive, double hi, const char* allowed, double* out);
    bool ReadWholeNumber(const Value* v, const Path& path, const char* label, DiagnosticCode code, int lo, int hi, int* out);
    void ReadYears(const Value* v, const Path& path, YearRange* out);
    bool ReadSource(const Value* v, const Path& path, Source* out);
    void ReadSources(const Value* v, const Path& path, bool at_least_one, std::vector<Source>* out);
    // An object of text values (a user's own columns): {"Tags": "a|b"}.
    void ReadAttributes(const Value* v, const Path& path, Attributes* out);
    bool ReadBool(const Value* v, const Path& path, bool* out);
    // dataset_validator_translations.cpp: {"es": {"title": "..."}, ...} for an item of `item_kind` (translations.h).
    void ReadTranslations(const Value* v, const Path& path, const char* item_kind, Translations* out);

    // --- dataset_validator_values.cpp: ids and references ------------------------------------------
    // A view of `s` that stays valid after the element is dropped: texts with escapes are copied.
    std::string_view Stable(const Value& v);
    // Registers the id of the object just read (`id` is its "id" member, or nullptr).
    void CollectId(Section& s, const Value* id, const Path& p, int model_index);
    // Reads one reference: resolved now when its target is already known, else at the end (Finish).
    // For lists, `deferring` keeps the order: once one element waits, the following ones wait too.
    void Reference(Ref kind, const Value* v, const Path& path, uint32_t model_index, uint32_t list_index, bool* deferring);
    void ReferenceList(Ref kind, const Value* v, const Path& path, uint32_t model_index);
    // Stores a resolved reference (`target` >= 0) in the model; lists keep only resolved entries.
    void Apply(Ref kind, uint32_t model_index, std::string_view id, int target);
    // Keeps an unresolved reference's id in the model (an element read alone: lists keep every id, index -1).
    void KeepId(Ref kind, uint32_t model_index, std::string_view id);
    void ResolvePending();
    // The code of a reference to a missing id of section `target` ("unknown-actor", ...).
    static DiagnosticCode UnknownIdCode(SectionId target);
    // "unknown actor 'acio'; did you mean 'accio'?", or "...: no entry in "actors" has this id".
    std::string UnknownId(const Section& target, std::string_view id);

    // --- dataset_validator_sections.cpp ----------------------------------------------------------
    void ReadDatasetInfo(const Value& v, const Path& path);
    void ReadTerritory(const Value& v, const Path& p, int index);
    void ReadActor(const Value& v, const Path& p, int index);
    void ReadLink(const Value& v, const Path& p, int index);
    void ReadValues(const Value* v, const Path& path, uint8_t* bits);
    void ReadCase(const Value& v, const Path& p, int index);
    void ReadRecommendation(const Value& v, const Path& p, int index);

    // --- dataset_validator_tours.cpp --------------------------------------------------------------
    void ReadTour(const Value& v, const Path& p, int index);
    void ReadStep(const Value& v, const Path& p, uint32_t tour, uint32_t step_json);
    bool ReadLayout(const Value* v, const Path& path, TourStep* s);
    // "highlighted", "all" or {"x": 0, "y": 0, "zoom": 1} (world units, as the camera command takes them).
    void ReadCamera(const Value& v, const Path& path, TourStep* s);
    // {"level": ["national", "regional"], "years": ["2016-2026"], ...}: the filter command's fields and values.
    void ReadStepFilters(const Value& v, const Path& path, uint32_t tour, uint32_t step, uint32_t step_json, TourStep* s);
    static const char* FilterExample(const std::string& field);
    // One value of a filter list. Enum names are checked now; ids once the whole file is read; years by
    // CheckTourFilters. Returns false when a problem was reported.
    bool CheckFilterValue(const std::string& field, const Value& e, const Path& path, uint32_t count, uint32_t tour,
                          uint32_t step, uint32_t step_json, uint32_t filter);
    std::string TourStepPointer(uint32_t tour, uint32_t step_json) const;
    void ResolveTourRefs();
    // Each filter whose values passed the checks above must also be accepted by SetFilterField, which
    // playback calls: this checks the years and keeps the loader and the filter command from drifting apart.
    void CheckTourFilters();

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
    // Actors and links without 'sources' (object offset, pointer): an error in the bundled data set, a warning in a
    // user's own (workshop data is not blocked by a missing source), decided at the end with the data set's id.
    std::vector<std::pair<uint32_t, std::string>> missing_sources_;
    std::unordered_map<int, std::pair<long, uint32_t>> recommendation_numbers_;
    int id_suggestions_ = 0;
    bool alone_ = false;
    Section tours_{"tour", "tours"};
    std::vector<TourRef> tour_refs_;
    std::vector<TourFilter> tour_filters_;
};

}  // namespace sse::load
