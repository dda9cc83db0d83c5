// dataset_validator_values.cpp: the Validator's readers of single values (names, ids, enum names,
// URLs, numbers, years, sources), each reporting its own problems, and the ids and references that
// tie the sections together (resolved at once when the target is known, else when the file ends).
//
// Index:
//   Scalar readers ........... ReadName ... ReadSources, ReadBool
//   Ids and references ....... Stable, CollectId, Reference, Apply, ResolvePending, UnknownId
#include "core/dataset_validator.h"

#include <cmath>

namespace sse::load {

// ---------------------------------------------------------------------------------------------
// Scalar readers

bool Validator::ReadName(const Value* v, const Path& path, std::string* out) {
    if (!v || !ExpectType(*v, path, Type::String)) return false;
    const std::string_view s = doc_->String(*v);
    if (s.empty()) {
        Error(*v, path, DiagnosticCode::EmptyText, "must not be empty");
        return false;
    }
    if (s.size() > kMaxNameBytes) {
        Error(*v, path, DiagnosticCode::TooLong, "too long (" + std::to_string(s.size()) + " bytes); the limit is " +
                            std::to_string(kMaxNameBytes) + " bytes (put long text in a description)");
        return false;
    }
    out->assign(s);
    return true;
}

bool Validator::ReadText(const Value* v, const Path& path, std::string* out) {
    if (!v || !ExpectType(*v, path, Type::String)) return false;
    out->assign(doc_->String(*v));
    return true;
}

bool Validator::ReadId(const Value* v, const Path& path, std::string* out) {
    if (!v || !ExpectType(*v, path, Type::String)) return false;
    const std::string_view s = doc_->String(*v);
    if (s.size() > kMaxNameBytes) {
        Error(*v, path, DiagnosticCode::TooLong, "id too long (" + std::to_string(s.size()) + " bytes); the limit is " +
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
        Error(*v, path, DiagnosticCode::BadId, std::move(message));
        return false;
    }
    out->assign(s);
    return true;
}

bool Validator::ReadEnumName(const Value* v, const Path& path, const EnumTable& table, int* out) {
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
    Error(*v, path, DiagnosticCode::BadEnum, std::move(message));
    return false;
}

bool Validator::ReadUrl(const Value* v, const Path& path, std::string* out) {
    if (!v || !ExpectType(*v, path, Type::String)) return false;
    const std::string_view s = doc_->String(*v);
    if (s.size() > kMaxNameBytes) {
        Error(*v, path, DiagnosticCode::TooLong, "address too long (" + std::to_string(s.size()) + " bytes); the limit is " +
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
        Error(*v, path, DiagnosticCode::BadUrl, std::move(message));
        return false;
    }
    out->assign(s);
    return true;
}

// The number as written in the file, for messages ("1e999", "95.5").
std::string Validator::RawNumber(const Value& v) const {
    size_t end = v.offset;
    while (end < text_.size() && std::string_view("0123456789+-.eE").find(text_[end]) != std::string_view::npos) ++end;
    return ShortNumber(text_.substr(v.offset, end - v.offset));
}

bool Validator::ReadNumberInRange(const Value* v, const Path& path, const char* label, DiagnosticCode code, double lo,
                                  bool lo_inclusive, double hi,
                       const char* allowed, double* out) {
    if (!v || !ExpectType(*v, path, Type::Number)) return false;
    const double d = v->number;
    if (!std::isfinite(d)) {
        Error(*v, path, code, std::string(label) + " " + RawNumber(*v) + " is not a finite number; allowed: " + allowed);
        return false;
    }
    if (d > hi || (lo_inclusive ? d < lo : d <= lo)) {
        Error(*v, path, code, std::string(label) + " " + RawNumber(*v) + " is out of range; allowed: " + allowed);
        return false;
    }
    *out = d;
    return true;
}

bool Validator::ReadWholeNumber(const Value* v, const Path& path, const char* label, DiagnosticCode code, int lo, int hi,
                                int* out) {
    if (!v || !ExpectType(*v, path, Type::Number)) return false;
    const double d = v->number;
    const std::string range = std::to_string(lo) + " to " + std::to_string(hi);
    if (!std::isfinite(d) || std::floor(d) != d) {
        Error(*v, path, code, std::string(label) + " must be a whole number from " + range + ", found " + RawNumber(*v));
        return false;
    }
    if (d < lo || d > hi) {
        Error(*v, path, code, std::string(label) + " " + RawNumber(*v) + " is out of range; allowed: " + range);
        return false;
    }
    *out = static_cast<int>(d);
    return true;
}

void Validator::ReadYears(const Value* v, const Path& path, YearRange* out) {
    if (!v || !ExpectType(*v, path, Type::Object)) return;
    const auto f = Fields(*v, path, kYearsKeys);
    const Path p_from = Child(path, "from"), p_to = Child(path, "to");
    int from = 0, to = 0;
    const bool from_ok = Require(f, kYearsFrom, kYearsKeys, *v, path) &&
                         ReadWholeNumber(f[kYearsFrom], p_from, "year", DiagnosticCode::BadYears, 1900, 2100, &from);
    const bool to_ok = f[kYearsTo] && ReadWholeNumber(f[kYearsTo], p_to, "year", DiagnosticCode::BadYears, 1900, 2100, &to);
    if (from_ok && to_ok && from > to) {
        Error(*f[kYearsTo], p_to, DiagnosticCode::BadYears, "'to' (" + std::to_string(to) + ") is before 'from' (" + std::to_string(from) +
                                      "); the range must not end before it starts");
        return;
    }
    if (from_ok) out->from = from;
    if (to_ok) out->to = to;
    if (f[kYearsNote]) ReadText(f[kYearsNote], Child(path, "note"), &out->note);
}

bool Validator::ReadSource(const Value* v, const Path& path, Source* out) {
    if (!v || !ExpectType(*v, path, Type::Object)) return false;
    const auto f = Fields(*v, path, kSourceKeys);
    bool ok = Require(f, kSrcUrl, kSourceKeys, *v, path) && ReadUrl(f[kSrcUrl], Child(path, "url"), &out->url);
    ok = Require(f, kSrcTitle, kSourceKeys, *v, path) && ReadName(f[kSrcTitle], Child(path, "title"), &out->title) && ok;
    return ok;
}

void Validator::ReadSources(const Value* v, const Path& path, bool at_least_one, std::vector<Source>* out) {
    if (!v || !ExpectType(*v, path, Type::Array)) return;
    if (v->size() == 0 && at_least_one) {
        Error(*v, path, DiagnosticCode::EmptyList, "at least one source is required: add {\"url\": \"https://...\", \"title\": \"...\"}");
        return;
    }
    out->reserve(v->size());
    for (uint32_t i = 0; i < v->size(); ++i) {
        Source s;
        if (ReadSource(&doc_->Element(*v, i), Child(path, static_cast<long>(i)), &s)) out->push_back(std::move(s));
    }
}
// Keys are kept as written (a column's header); values are text, as a spreadsheet cell gives them.
void Validator::ReadAttributes(const Value* v, const Path& path, Attributes* out) {
    if (!v || !ExpectType(*v, path, Type::Object)) return;
    for (const Member* m = doc_->MembersBegin(*v); m != doc_->MembersEnd(*v); ++m) {
        const std::string_view key = doc_->Key(*m);
        const Value& value = doc_->Of(*m);
        const Path p = Child(path, key);
        if (key.empty() || key.size() > kMaxNameBytes) {
            Error(value, p, DiagnosticCode::TooLong, "an attribute's name must have 1 to " + std::to_string(kMaxNameBytes) + " bytes");
            continue;
        }
        if (!ExpectType(value, p, Type::String)) continue;
        bool repeated = false;  // the parser already warned about a repeated key; the first value is kept
        for (const auto& kv : *out) repeated = repeated || kv.first == key;
        if (!repeated) out->emplace_back(std::string(key), std::string(doc_->String(value)));
    }
}

bool Validator::ReadBool(const Value* v, const Path& path, bool* out) {
    if (!v || !ExpectType(*v, path, Type::Bool)) return false;
    *out = v->boolean();
    return true;
}

// ---------------------------------------------------------------------------------------------
// Ids and references

// A view of `s` that stays valid after the element is dropped: texts with escapes are copied.
std::string_view Validator::Stable(const Value& v) {
    if (!(v.flags & Value::kDecoded)) return doc_->String(v);
    return stable_.emplace_back(doc_->String(v));
}

// Registers the id of the object just read (`id` is its "id" member, or nullptr).
void Validator::CollectId(Section& s, const Value* id, const Path& p, int model_index) {
    if (!id || id->type != Type::String || !IsValidId(doc_->String(*id))) return;  // reported by ReadId
    const std::string_view key = Stable(*id);
    const uint32_t json_index = s.json_index[static_cast<size_t>(model_index)];
    const IdEntry* first = s.ids.Insert(key, IdEntry{model_index, json_index, id->offset});
    if (!first) return;
    Error(*id, Child(p, "id"), DiagnosticCode::DuplicateId,
          std::string("duplicate ") + s.what + " id " + Quote(key) + "; first used at /" + s.name + "/" +
              std::to_string(first->json_index) + " (" + kLineMarker + ")",
          first->offset);
}

// Reads one reference: resolved now when its target is already known, else at the end (Finish).
// For lists, `deferring` keeps the order: once one element waits, the following ones wait too.
void Validator::Reference(Ref kind, const Value* v, const Path& path, uint32_t model_index, uint32_t list_index, bool* deferring) {
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

void Validator::ReferenceList(Ref kind, const Value* v, const Path& path, uint32_t model_index) {
    if (!v || !ExpectType(*v, path, Type::Array)) return;
    bool deferring = false;
    for (uint32_t i = 0; i < v->size(); ++i) {
        Reference(kind, &doc_->Element(*v, i), Child(path, static_cast<long>(i)), model_index, i, &deferring);
    }
}

// Stores a resolved reference (`target` >= 0) in the model; lists keep only resolved entries.
void Validator::Apply(Ref kind, uint32_t model_index, std::string_view id, int target) {
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

void Validator::KeepId(Ref kind, uint32_t model_index, std::string_view id) {
    const size_t i = model_index;
    auto keep = [&](std::vector<std::string>& ids, std::vector<int>& indices) {
        ids.emplace_back(id);
        indices.push_back(-1);
    };
    switch (kind) {  // single references already hold their id (territory_id, from_id, ...)
        case Ref::LinkCase: keep(ds_.links[i].case_ids, ds_.links[i].cases); break;
        case Ref::CaseActor: keep(ds_.cases[i].actor_ids, ds_.cases[i].actors); break;
        case Ref::CaseLink: keep(ds_.cases[i].link_ids, ds_.cases[i].links); break;
        case Ref::CaseRecommendation: keep(ds_.cases[i].recommendation_ids, ds_.cases[i].recommendations); break;
        case Ref::RecommendationCase: keep(ds_.recommendations[i].case_ids, ds_.recommendations[i].cases); break;
        default: break;
    }
}

void Validator::ResolvePending() {
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
            out_.Add(Severity::Error, UnknownIdCode(info.target), r.offset, {}, {});  // only counted
            continue;
        }
        out_.Add(Severity::Error, UnknownIdCode(info.target), r.offset, std::move(pointer), UnknownId(target, r.id));
    }
    pending_.clear();
}

DiagnosticCode Validator::UnknownIdCode(SectionId target) {
    switch (target) {
        case SectionId::Territories: return DiagnosticCode::UnknownTerritory;
        case SectionId::Actors: return DiagnosticCode::UnknownActor;
        case SectionId::Links: return DiagnosticCode::UnknownLink;
        case SectionId::Cases: return DiagnosticCode::UnknownCase;
        case SectionId::Recommendations: return DiagnosticCode::UnknownRecommendation;
    }
    return DiagnosticCode::UnknownActor;  // not reached: every section is listed above
}

// "unknown actor 'acio'; did you mean 'accio'?", or "...: no entry in "actors" has this id".
std::string Validator::UnknownId(const Section& target, std::string_view id) {
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

}  // namespace sse::load
