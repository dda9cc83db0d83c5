// dataset_validator.cpp: the Validator's entry points (the elements of the top-level lists as the
// parser streams them, then Finish), the root object, reporting, and the checks that need the whole
// file. The readers of each kind of object are in dataset_validator_{values,sections,tours}.cpp.
//
// Index:
//   JSON pointers ........... PointerOf
//   Streamed elements ....... OnRootArrayBegin, OnRootArrayElement, Finish, reserving memory
//   The root object ......... CheckRoot
//   Reporting ............... ReportWrongType
//   Whole-data-set checks ... ReportRules (the rules on the model), ReportMissingSources, FinishAlone
#include "core/dataset_validator.h"

#include <algorithm>

#include "core/dataset_rules.h"

namespace sse::load {

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
// Streamed elements

void Validator::OnRootArrayBegin(std::string_view key, uint32_t array_offset) {
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
        out_.Add(Severity::Error, DiagnosticCode::DuplicateList, array_offset, "/" + std::string(s.name),
                 "the list \"" + std::string(s.name) + "\" appears twice; put all " + s.name + " in one list");
    }
}

void Validator::OnRootArrayElement(std::string_view key, uint32_t /*array_offset*/, uint32_t index, const Document& doc,
                        const Value& element) {
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
        Error(element, p, DiagnosticCode::WrongType,
              std::string("expected an object {...} describing one ") + s.what + ", found " + Found(element, doc));
        return;
    }
    const size_t limit = MaxItems(is_tour, id);
    if (s.json_index.size() >= limit) {  // past the limit: reported once, and not read
        if (!s.over_limit) {
            s.over_limit = true;
            Error(element, p, DiagnosticCode::TooManyItems,
                  std::string("too many ") + s.name + ": the limit is " + std::to_string(limit) +
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
void Validator::Finish(const Document& doc) {
    doc_ = &doc;
    if (alone_) return FinishAlone();
    if (!CheckRoot()) return;
    ResolvePending();
    ResolveTourRefs();
    CheckTourFilters();
    ReportRules();
}
bool Validator::SectionFor(std::string_view key, SectionId* id) {
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
size_t Validator::MaxItems(bool is_tour, SectionId id) {
    if (is_tour) return kMaxOtherItems;
    return id == SectionId::Actors ? kMaxActors : id == SectionId::Links ? kMaxLinks : kMaxOtherItems;
}
void Validator::ReserveEstimate(SectionId id, uint32_t offset) {
    static constexpr size_t kMinObjectBytes[] = {30, 100, 100, 150, 40};
    const Section& s = section(id);
    const size_t average = std::max<size_t>((offset - s.array_offset) / kEstimateAfter, kMinObjectBytes[static_cast<int>(id)]);
    Reserve(id, std::min(MaxItems(false, id), kEstimateAfter + (text_.size() - offset) / average));
}

void Validator::Reserve(SectionId id, size_t n) {
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
// ---------------------------------------------------------------------------------------------
// The root object

bool Validator::CheckRoot() {
    const Value& root = doc_->root();
    const Path root_path;
    if (root.type != Type::Object) {
        Error(root, root_path, DiagnosticCode::WrongType,
              "the file must contain one object { ... } with \"format\", \"actors\", ...; found " + Found(root, *doc_));
        return false;
    }
    bool known = false;
    for (const Member* m = doc_->MembersBegin(root); m != doc_->MembersEnd(root) && !known; ++m) {
        known = std::find(kTopKeys.begin(), kTopKeys.end(), doc_->Key(*m)) != kTopKeys.end();
    }
    if (!known) {  // one clear error instead of one per missing field
        Error(root, root_path, DiagnosticCode::NotADataFile,
              std::string("this is not an SSE Explorer data file: it has none of the fields "
                          "\"format\": \"") + kFormatName +
                                   "\", \"dataset\", \"territories\", \"actors\", \"links\", \"cases\", \"recommendations\"");
        return false;
    }
    const auto f = Fields(root, root_path, kTopKeys);
    if (!f[kTopFormat]) {
        Error(root, root_path, DiagnosticCode::MissingField,
              std::string("missing required field 'format'; add \"format\": \"") + kFormatName + "\" at the top of the file");
    } else if (ExpectType(*f[kTopFormat], Child(root_path, "format"), Type::String) &&
               doc_->String(*f[kTopFormat]) != kFormatName) {
        Error(*f[kTopFormat], Child(root_path, "format"), DiagnosticCode::UnsupportedFormat,
              "unsupported format " + Quote(doc_->String(*f[kTopFormat])) + "; this program reads \"" + kFormatName + "\"");
    }
    if (const Value* v = Require(f, kTopDataset, kTopKeys, root, root_path)) ReadDatasetInfo(*v, Child(root_path, "dataset"));
    for (int k = kTopTerritories; k <= kTopRecommendations; ++k) {
        const std::string_view key = kTopKeys[static_cast<size_t>(k)];
        const Value* v = f[static_cast<size_t>(k)];
        if (!v) {
            std::string hint = MisspellingHint(root, kTopKeys, key);
            if (hint.empty()) hint = " (it may be an empty list: \"" + std::string(key) + "\": [])";
            Error(root, root_path, DiagnosticCode::MissingField, "missing required field '" + std::string(key) + "'" + hint);
        } else if (ExpectType(*v, Child(root_path, key), Type::Array)) {
            has_list_[k - kTopTerritories] = true;
        }
    }
    if (f[kTopTours]) ExpectType(*f[kTopTours], Child(root_path, "tours"), Type::Array);  // optional
    return true;
}

// ---------------------------------------------------------------------------------------------
// Reporting

void Validator::ReportWrongType(const Value& v, const Path& path, Type type) {
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
    Error(v, path, DiagnosticCode::WrongType, std::move(message));
}

// ---------------------------------------------------------------------------------------------
// Whole-data-set checks

std::string Validator::ElementPointer(SectionId id, size_t model_index, const char* field) {
    const Section& s = section(id);
    std::string out = "/" + std::string(s.name) + "/" + std::to_string(s.json_index[model_index]);
    if (field) out += "/" + std::string(field);
    return out;
}

// The rules on the model (dataset_rules.h), reported through this file's source map: a field's own offset when
// the reader kept it (a link's kind, a territory's parent), else the element's.
void Validator::ReportRules() {
    std::vector<uint8_t> kind_read(link_kind_offset_.size());
    for (size_t i = 0; i < kind_read.size(); ++i) kind_read[i] = link_kind_offset_[i] != 0;
    RuleInputs in;
    in.actor_level_read = &actor_level_ok_;
    in.link_kind_read = &kind_read;
    in.territory_used = &territory_used_;
    in.check_unused_territories =
        has_list_[static_cast<int>(SectionId::Actors)] && has_list_[static_cast<int>(SectionId::Cases)];
    for (RuleFinding& f : CheckDatasetRules(ds_, in)) {
        SectionId id = SectionId::Actors;
        switch (f.site.element) {
            case DataElement::Territory: id = SectionId::Territories; break;
            case DataElement::Link: id = SectionId::Links; break;
            case DataElement::Case: id = SectionId::Cases; break;
            default: break;
        }
        const size_t i = f.site.index;
        const std::string_view field = f.site.field ? f.site.field : "";
        uint32_t offset = section(id).object_offset[i];
        if (id == SectionId::Links && field == "kind") offset = link_kind_offset_[i];
        if (id == SectionId::Territories && field == "parent") offset = territory_parent_offset_[i];
        if (f.code == DiagnosticCode::TerritoryCycle) ds_.territories[i].parent = -1;  // keep the model free of loops
        out_.Add(f.severity, f.code, offset, ElementPointer(id, i, f.site.field), std::move(f.message));
    }
    ReportMissingSources();
}

// Actors and links without 'sources': an error in the bundled data set, a reminder in a user's own.
void Validator::ReportMissingSources() {
    const Severity severity = ds_.id == kBundledDatasetId ? Severity::Error : Severity::Warning;
    for (const auto& [offset, pointer] : missing_sources_) {
        out_.Add(severity, DiagnosticCode::MissingField, offset, pointer,
                 "missing required field 'sources': give at least one source (url and title) for what this item says");
    }
}

// One element read alone: its references stay ids (lists keep them all), for ResolveReferences on the model.
void Validator::FinishAlone() {
    for (const PendingRef& r : pending_) KeepId(r.kind, r.model_index, r.id);
    pending_.clear();
    ReportMissingSources();
}

}  // namespace sse::load
