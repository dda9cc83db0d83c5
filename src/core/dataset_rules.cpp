// dataset_rules.cpp: see dataset_rules.h. The messages are the loader's (tests and users know them).
//
// Index:
//   Whole-data-set rules ... LinkKinds, UnusedTerritories, TerritoryLoops, Provenance, CheckDatasetRules
//   References ............. IdIndex, ResolveReferences
#include "core/dataset_rules.h"

#include <algorithm>
#include <string_view>
#include <unordered_map>

#include "core/dataset_loader.h"
#include "core/filter.h"

namespace sse {

namespace {

using Severity = Diagnostic::Severity;

std::string Quoted(std::string_view s) { return QuoteForMessage(s, 60); }

void Add(std::vector<RuleFinding>* out, Severity severity, DiagnosticCode code, RuleSite site, std::string message) {
    out->push_back(RuleFinding{severity, code, site, std::move(message)});
}

bool Read(const std::vector<uint8_t>* mask, size_t i) { return !mask || (i < mask->size() && (*mask)[i]); }

// ---------------------------------------------------------------------------------------------
// Whole-data-set rules

// 'horizontal' links join actors of the same level, 'vertical' ones actors of different levels.
void LinkKinds(const Dataset& d, const RuleInputs& in, std::vector<RuleFinding>* out) {
    for (size_t i = 0; i < d.links.size(); ++i) {
        const Link& l = d.links[i];
        if (!Read(in.link_kind_read, i) || l.from < 0 || l.to < 0 || !Read(in.actor_level_read, static_cast<size_t>(l.from)) ||
            !Read(in.actor_level_read, static_cast<size_t>(l.to))) {
            continue;
        }
        const Actor& a = d.actors[static_cast<size_t>(l.from)];
        const Actor& b = d.actors[static_cast<size_t>(l.to)];
        std::string message;
        if (l.kind == LinkKind::Horizontal && a.level != b.level) {
            message = "link is 'horizontal' but " + Quoted(a.id) + " is " + ToString(a.level) + " and " + Quoted(b.id) +
                      " is " + ToString(b.level) + "; use 'vertical'";
        } else if (l.kind == LinkKind::Vertical && a.level == b.level) {
            message = "link is 'vertical' but " + Quoted(a.id) + " and " + Quoted(b.id) + " are both " +
                      ToString(a.level) + "; use 'horizontal'";
        } else {
            continue;
        }
        Add(out, Severity::Warning, DiagnosticCode::KindContradictsLevels, {DataElement::Link, i, "kind"}, std::move(message));
    }
}

// A territory also counts as used when a used territory lies inside it (Catalonia -> Spain -> EU). Run before
// loops are cut, so that every ancestor still counts.
void UnusedTerritories(const Dataset& d, const RuleInputs& in, std::vector<RuleFinding>* out) {
    const size_t n = d.territories.size();
    std::vector<uint8_t> direct(n, 0);
    if (in.territory_used) {
        direct = *in.territory_used;
        direct.resize(n, 0);
    } else {
        for (const Actor& a : d.actors)
            if (a.territory >= 0 && static_cast<size_t>(a.territory) < n) direct[static_cast<size_t>(a.territory)] = 1;
        for (const Case& c : d.cases)
            if (c.territory >= 0 && static_cast<size_t>(c.territory) < n) direct[static_cast<size_t>(c.territory)] = 1;
    }
    std::vector<uint8_t> used = direct;
    for (size_t i = 0; i < n; ++i) {
        if (!direct[i]) continue;
        int t = d.territories[i].parent;
        for (size_t steps = 0; t >= 0 && steps < n && !used[static_cast<size_t>(t)]; ++steps) {
            used[static_cast<size_t>(t)] = 1;
            t = d.territories[static_cast<size_t>(t)].parent;
        }
    }
    for (size_t i = 0; i < n; ++i) {
        if (used[i] || d.territories[i].id.empty()) continue;
        Add(out, Severity::Warning, DiagnosticCode::UnusedTerritory, {DataElement::Territory, i},
            "territory " + Quoted(d.territories[i].id) + " is not used by any actor or case; remove it or refer to it");
    }
}

// A territory's chain of parents must end; a loop is reported once, at the 'parent' that closes it (the caller
// cuts it there, as if the walk had gone on without it).
void TerritoryLoops(const Dataset& d, std::vector<RuleFinding>* out) {
    const size_t n = d.territories.size();
    std::vector<int> parent(n);
    for (size_t i = 0; i < n; ++i) parent[i] = d.territories[i].parent;
    std::vector<uint8_t> state(n, 0);  // 0 unvisited, 1 on the current walk, 2 done
    std::vector<int> walk;
    for (size_t start = 0; start < n; ++start) {
        walk.clear();
        int t = static_cast<int>(start);
        while (t >= 0 && static_cast<size_t>(t) < n && state[static_cast<size_t>(t)] == 0) {
            state[static_cast<size_t>(t)] = 1;
            walk.push_back(t);
            t = parent[static_cast<size_t>(t)];
        }
        if (t >= 0 && static_cast<size_t>(t) < n && state[static_cast<size_t>(t)] == 1) {  // back on this walk: a loop
            const size_t closer = static_cast<size_t>(walk.back());
            std::string message;
            if (closer == static_cast<size_t>(t)) {
                message = "territory " + Quoted(d.territories[closer].id) + " cannot be its own parent";
            } else {
                message = "the parents of territories form a loop: ";
                for (auto it = std::find(walk.begin(), walk.end(), t); it != walk.end(); ++it) {
                    message += d.territories[static_cast<size_t>(*it)].id + " -> ";
                }
                message += d.territories[static_cast<size_t>(t)].id + "; a territory cannot be inside itself";
            }
            Add(out, Severity::Error, DiagnosticCode::TerritoryCycle, {DataElement::Territory, closer, "parent"},
                std::move(message));
            parent[closer] = -1;
        }
        for (int w : walk) state[static_cast<size_t>(w)] = 2;
    }
}

// A 'brief' item needs the brief's words ('quote'), an 'inferred' one its 'reasoning'.
template <typename T>
void ProvenanceOf(DataElement element, const char* what, const std::vector<T>& items, Severity severity,
                  std::vector<RuleFinding>* out) {
    for (size_t i = 0; i < items.size(); ++i) {
        const T& item = items[i];
        if (item.confidence == Confidence::Brief && item.quote.empty()) {
            Add(out, severity, DiagnosticCode::MissingQuote, {element, i},
                std::string(what) + " " + Quoted(item.id) +
                    " is tagged 'brief' but has no 'quote': copy the brief's own words that support it");
        } else if (item.confidence == Confidence::Inferred && item.reasoning.empty()) {
            Add(out, severity, DiagnosticCode::MissingReasoning, {element, i},
                std::string(what) + " " + Quoted(item.id) +
                    " is tagged 'inferred' but has no 'reasoning': say in one sentence what it was inferred from");
        }
    }
}

}  // namespace

std::vector<RuleFinding> CheckDatasetRules(const Dataset& d, const RuleInputs& in) {
    std::vector<RuleFinding> out;
    LinkKinds(d, in, &out);
    if (in.check_unused_territories) UnusedTerritories(d, in, &out);
    TerritoryLoops(d, &out);
    // The bundled data set is the product's word to a workshop, so there an unsupported tag is an error; in a
    // user's own data it is a reminder. The bundled set is recognised by its id (data/README.md).
    const Severity severity = d.id == kBundledDatasetId ? Severity::Error : Severity::Warning;
    ProvenanceOf(DataElement::Actor, "actor", d.actors, severity, &out);
    ProvenanceOf(DataElement::Link, "link", d.links, severity, &out);
    ProvenanceOf(DataElement::Case, "case", d.cases, severity, &out);
    return out;
}

// ---------------------------------------------------------------------------------------------
// References

namespace {

// Id -> index of one list; the first of two equal ids wins (the second is reported).
class IdIndex {
public:
    template <typename T>
    IdIndex(const std::vector<T>& items, DataElement element, const char* what, std::vector<RuleFinding>* out) {
        map_.reserve(items.size());
        for (size_t i = 0; i < items.size(); ++i) {
            const auto [it, fresh] = map_.emplace(std::string_view(items[i].id), static_cast<int>(i));
            if (!fresh)
                Add(out, Severity::Error, DiagnosticCode::DuplicateId, {element, i, "id"},
                    std::string("duplicate ") + what + " id " + Quoted(items[i].id) + "; the first is number " +
                        std::to_string(it->second + 1));
        }
    }
    int Find(const std::string& id) const {
        const auto it = map_.find(std::string_view(id));
        return it == map_.end() ? -1 : it->second;
    }

private:
    std::unordered_map<std::string_view, int> map_;
};

struct Target {
    const IdIndex& index;
    DiagnosticCode code;
    const char* what;
};

// One reference: its index, or -1 and an error naming the id.
int Resolve(const Target& t, const std::string& id, RuleSite site, std::vector<RuleFinding>* out) {
    const int i = t.index.Find(id);
    if (i < 0) Add(out, Severity::Error, t.code, site, std::string("unknown ") + t.what + " " + Quoted(id));
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

std::vector<RuleFinding> ResolveReferences(Dataset& d) {
    std::vector<RuleFinding> out;
    const IdIndex territories(d.territories, DataElement::Territory, "territory", &out);
    const IdIndex actors(d.actors, DataElement::Actor, "actor", &out);
    const IdIndex links(d.links, DataElement::Link, "link", &out);
    const IdIndex cases(d.cases, DataElement::Case, "case", &out);
    const IdIndex recommendations(d.recommendations, DataElement::Recommendation, "recommendation", &out);
    const IdIndex tours(d.tours, DataElement::Tour, "tour", &out);
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
                if (!problem.empty()) Add(&out, Severity::Error, DiagnosticCode::BadFilter, site("filters"), std::move(problem));
            }
        }
    }
    (void)tours;  // tour ids are only checked for uniqueness
    return out;
}

}  // namespace sse
