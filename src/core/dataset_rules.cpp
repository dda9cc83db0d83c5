// dataset_rules.cpp: see dataset_rules.h. The messages are the loader's (tests and users know them).
//
// Index: LinkKinds, UnusedTerritories, TerritoryLoops, Provenance, CheckDatasetRules. ResolveReferences is in
// dataset_references.cpp (it uses the filter code, which the page's converter module does not carry).
#include "core/dataset_rules.h"

#include <algorithm>
#include <string_view>

#include "core/dataset_loader.h"

namespace sse {

namespace {

using Severity = Diagnostic::Severity;


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
            message = "link is 'horizontal' but " + QuotedInFinding(a.id) + " is " + ToString(a.level) + " and " + QuotedInFinding(b.id) +
                      " is " + ToString(b.level) + "; use 'vertical'";
        } else if (l.kind == LinkKind::Vertical && a.level == b.level) {
            message = "link is 'vertical' but " + QuotedInFinding(a.id) + " and " + QuotedInFinding(b.id) + " are both " +
                      ToString(a.level) + "; use 'horizontal'";
        } else {
            continue;
        }
        AddFinding(out, Severity::Warning, DiagnosticCode::KindContradictsLevels, {DataElement::Link, i, "kind"}, std::move(message));
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
        AddFinding(out, Severity::Warning, DiagnosticCode::UnusedTerritory, {DataElement::Territory, i},
            "territory " + QuotedInFinding(d.territories[i].id) + " is not used by any actor or case; remove it or refer to it");
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
                message = "territory " + QuotedInFinding(d.territories[closer].id) + " cannot be its own parent";
            } else {
                message = "the parents of territories form a loop: ";
                for (auto it = std::find(walk.begin(), walk.end(), t); it != walk.end(); ++it) {
                    message += d.territories[static_cast<size_t>(*it)].id + " -> ";
                }
                message += d.territories[static_cast<size_t>(t)].id + "; a territory cannot be inside itself";
            }
            AddFinding(out, Severity::Error, DiagnosticCode::TerritoryCycle, {DataElement::Territory, closer, "parent"},
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
            AddFinding(out, severity, DiagnosticCode::MissingQuote, {element, i},
                std::string(what) + " " + QuotedInFinding(item.id) +
                    " is tagged 'brief' but has no 'quote': copy the brief's own words that support it");
        } else if (item.confidence == Confidence::Inferred && item.reasoning.empty()) {
            AddFinding(out, severity, DiagnosticCode::MissingReasoning, {element, i},
                std::string(what) + " " + QuotedInFinding(item.id) +
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

}  // namespace sse
