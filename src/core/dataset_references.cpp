// dataset_references.cpp: ResolveReferences (dataset_rules.h): every reference of a model resolved again from its
// ids, after an edit moved elements. Apart from the rules because it checks tour filters with the filter code.
#include <string_view>
#include <unordered_map>

#include "core/dataset_rules.h"
#include "core/filter.h"

namespace sse {

namespace {

using Severity = Diagnostic::Severity;


}  // namespace

namespace {

// Id -> index of one list, built when first needed (a map of 50,000 link ids is not built for an edit that no
// reference to a link can see); the first of two equal ids wins and the second is reported when it is built.
class IdIndex {
public:
    template <typename T>
    IdIndex(const std::vector<T>& items, DataElement element, const char* what, std::vector<RuleFinding>* out)
        : element_(element), what_(what), out_(out) {
        ids_.reserve(items.size());
        for (const T& item : items) ids_.push_back(&item.id);
    }
    // Builds the map now: its duplicates are reported.
    void Build() const {
        if (built_) return;
        built_ = true;
        map_.reserve(ids_.size());
        for (size_t i = 0; i < ids_.size(); ++i) {
            const auto [it, fresh] = map_.emplace(std::string_view(*ids_[i]), static_cast<int>(i));
            if (!fresh)
                AddFinding(out_, Severity::Error, DiagnosticCode::DuplicateId, {element_, i, "id"},
                           std::string("duplicate ") + what_ + " id " + QuotedInFinding(*ids_[i]) + "; the first is number " +
                               std::to_string(it->second + 1));
        }
    }
    int Find(const std::string& id) const {
        Build();
        const auto it = map_.find(std::string_view(id));
        return it == map_.end() ? -1 : it->second;
    }

private:
    std::vector<const std::string*> ids_;
    DataElement element_;
    const char* what_;
    std::vector<RuleFinding>* out_;
    mutable bool built_ = false;
    mutable std::unordered_map<std::string_view, int> map_;
};

struct Target {
    const IdIndex& index;
    DiagnosticCode code;
    const char* what;
};

// One reference: its index, or -1 and an error naming the id.
int Resolve(const Target& t, const std::string& id, RuleSite site, std::vector<RuleFinding>* out) {
    const int i = t.index.Find(id);
    if (i < 0) AddFinding(out, Severity::Error, t.code, site, std::string("unknown ") + t.what + " " + QuotedInFinding(id));
    return i;
}

// A list of references: only the resolved ones are kept, ids and indices in step.
void ResolveList(const Target& t, std::vector<std::string>& ids, std::vector<int>& indices, RuleSite site,
                 std::vector<RuleFinding>* out) {
    std::vector<std::string> kept;
    indices.clear();
    for (size_t k = 0; k < ids.size(); ++k) {
        site.list_index = static_cast<long>(k);
        const int i = Resolve(t, ids[k], site, out);
        if (i < 0) continue;
        kept.push_back(std::move(ids[k]));
        indices.push_back(i);
    }
    ids = std::move(kept);
}

}  // namespace

std::vector<RuleFinding> ResolveReferences(Dataset& d, uint32_t unique_known) {
    std::vector<RuleFinding> out;
    const IdIndex territories(d.territories, DataElement::Territory, "territory", &out);
    const IdIndex actors(d.actors, DataElement::Actor, "actor", &out);
    const IdIndex links(d.links, DataElement::Link, "link", &out);
    const IdIndex cases(d.cases, DataElement::Case, "case", &out);
    const IdIndex recommendations(d.recommendations, DataElement::Recommendation, "recommendation", &out);
    const IdIndex tours(d.tours, DataElement::Tour, "tour", &out);
    // Lists whose ids are known to be unique (an edit did not touch them) are indexed only if something refers to them.
    const IdIndex* all[] = {&territories, &actors, &links, &cases, &recommendations, &tours};
    for (int e = 0; e < 6; ++e)
        if (!(unique_known & (1u << e))) all[e]->Build();
    const Target territory{territories, DiagnosticCode::UnknownTerritory, "territory"};
    const Target actor{actors, DiagnosticCode::UnknownActor, "actor"};
    const Target link{links, DiagnosticCode::UnknownLink, "link"};
    const Target case_{cases, DiagnosticCode::UnknownCase, "case"};
    const Target recommendation{recommendations, DiagnosticCode::UnknownRecommendation, "recommendation"};

    for (size_t i = 0; i < d.territories.size(); ++i) {
        Territory& t = d.territories[i];
        t.parent = t.parent_id.empty() ? -1 : Resolve(territory, t.parent_id, {DataElement::Territory, i, "parent"}, &out);
    }
    for (size_t i = 0; i < d.actors.size(); ++i) {
        Actor& a = d.actors[i];
        a.territory = Resolve(territory, a.territory_id, {DataElement::Actor, i, "territory"}, &out);
    }
    for (size_t i = 0; i < d.links.size(); ++i) {
        Link& l = d.links[i];
        l.from = Resolve(actor, l.from_id, {DataElement::Link, i, "from"}, &out);
        l.to = Resolve(actor, l.to_id, {DataElement::Link, i, "to"}, &out);
        ResolveList(case_, l.case_ids, l.cases, {DataElement::Link, i, "cases"}, &out);
    }
    for (size_t i = 0; i < d.cases.size(); ++i) {
        Case& c = d.cases[i];
        c.territory = c.territory_id.empty() ? -1 : Resolve(territory, c.territory_id, {DataElement::Case, i, "territory"}, &out);
        ResolveList(actor, c.actor_ids, c.actors, {DataElement::Case, i, "actors"}, &out);
        ResolveList(link, c.link_ids, c.links, {DataElement::Case, i, "links"}, &out);
        ResolveList(recommendation, c.recommendation_ids, c.recommendations, {DataElement::Case, i, "recommendations"}, &out);
    }
    for (size_t i = 0; i < d.recommendations.size(); ++i) {
        Recommendation& r = d.recommendations[i];
        ResolveList(case_, r.case_ids, r.cases, {DataElement::Recommendation, i, "cases"}, &out);
    }
    for (size_t i = 0; i < d.tours.size(); ++i) {
        for (size_t k = 0; k < d.tours[i].steps.size(); ++k) {
            TourStep& s = d.tours[i].steps[k];
            const auto site = [&](const char* field) { return RuleSite{DataElement::Step, i, field, -1, static_cast<int>(k)}; };
            s.centre = s.centre_id.empty() ? -1 : Resolve(actor, s.centre_id, site("centre"), &out);
            ResolveList(actor, s.actor_ids, s.actors, site("actors"), &out);
            ResolveList(link, s.link_ids, s.links, site("links"), &out);
            s.case_index = s.case_id.empty() ? -1 : Resolve(case_, s.case_id, site("case"), &out);
            s.recommendation = s.recommendation_id.empty() ? -1 : Resolve(recommendation, s.recommendation_id, site("recommendation"), &out);
            for (const auto& [field, values] : s.filters) {
                FilterState scratch;
                std::string problem = SetFilterField(scratch, d, field, values);
                if (!problem.empty()) AddFinding(&out, Severity::Error, DiagnosticCode::BadFilter, site("filters"), std::move(problem));
            }
        }
    }
    return out;
}

namespace {

template <typename T>
int IndexOfId(const std::vector<T>& items, const std::string& id) {
    for (size_t i = 0; i < items.size(); ++i)
        if (items[i].id == id) return static_cast<int>(i);
    return -1;
}

// An optional reference: -1 when there is none, false when it names no element.
template <typename T>
bool ResolveOne(const std::vector<T>& targets, const std::string& id, bool optional, int* out) {
    *out = optional && id.empty() ? -1 : IndexOfId(targets, id);
    return *out >= 0 || (optional && id.empty());
}

template <typename T>
bool ResolveIds(const std::vector<T>& targets, const std::vector<std::string>& ids, std::vector<int>* out) {
    out->clear();
    for (const std::string& id : ids) {
        const int i = IndexOfId(targets, id);
        if (i < 0) return false;
        out->push_back(i);
    }
    return true;
}

}  // namespace

bool ResolveReferencesOf(Dataset& d, DataElement element, size_t index) {
    switch (element) {
        case DataElement::Territory: {
            Territory& t = d.territories[index];
            return ResolveOne(d.territories, t.parent_id, true, &t.parent);
        }
        case DataElement::Actor: {
            Actor& a = d.actors[index];
            return ResolveOne(d.territories, a.territory_id, false, &a.territory);
        }
        case DataElement::Link: {
            Link& l = d.links[index];
            return ResolveOne(d.actors, l.from_id, false, &l.from) && ResolveOne(d.actors, l.to_id, false, &l.to) &&
                   ResolveIds(d.cases, l.case_ids, &l.cases);
        }
        case DataElement::Case: {
            Case& c = d.cases[index];
            return ResolveOne(d.territories, c.territory_id, true, &c.territory) && ResolveIds(d.actors, c.actor_ids, &c.actors) &&
                   ResolveIds(d.links, c.link_ids, &c.links) && ResolveIds(d.recommendations, c.recommendation_ids, &c.recommendations);
        }
        case DataElement::Recommendation: {
            Recommendation& r = d.recommendations[index];
            return ResolveIds(d.cases, r.case_ids, &r.cases);
        }
        default: return false;  // tours and steps: ResolveReferences
    }
}

}  // namespace sse
