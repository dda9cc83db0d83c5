// dataset_rules.h: the rules of a data set that look across its elements, run on the model (a Dataset), not on a
// file's text. So a file, a spreadsheet and an edit are held to the same rules, and each reports a finding through
// its own source map: the loader turns a RuleSite into file:line:col and a JSON pointer, an edit names itself.
//   CheckDatasetRules   a link's kind against its actors' levels, territory loops, unused territories, provenance
//   ResolveReferences   ids unique in each list, every reference (ids in actors, links, cases, recommendations and
//                       tour steps) resolved again to indices: what an edit runs after it moved elements
// No JSON, no UI.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostic.h"
#include "core/diagnostic_codes.h"
#include "core/model.h"
#include "core/vocabulary.h"

namespace sse {

// Where a finding is: an element of a list by its index in the model, optionally one of its fields (and the
// position in that field's list). For a tour step, `index` is the tour and `step` the step.
struct RuleSite {
    DataElement element = DataElement::Actor;
    size_t index = 0;
    const char* field = nullptr;  // "kind", "parent", ...; nullptr: the element itself
    long list_index = -1;
    int step = -1;
};

struct RuleFinding {
    Diagnostic::Severity severity = Diagnostic::Severity::Warning;
    DiagnosticCode code = DiagnosticCode::MissingField;
    RuleSite site;
    std::string message;
};

// Adds a finding to `out` (the rules' one way to report).
inline void AddFinding(std::vector<RuleFinding>* out, Diagnostic::Severity severity, DiagnosticCode code, RuleSite site,
                       std::string message) {
    out->push_back(RuleFinding{severity, code, site, std::move(message)});
}
// A user's id or name inside a finding's message: quoted, at most 60 bytes.
inline std::string QuotedInFinding(std::string_view s) { return QuoteForMessage(s, 60); }

// What the reader already found wrong, so that a rule does not report the same problem again. nullptr: all
// values were read (a model that came from an edit).
struct RuleInputs {
    const std::vector<uint8_t>* actor_level_read = nullptr;  // per actor: its level was read
    const std::vector<uint8_t>* link_kind_read = nullptr;    // per link: its kind was read
    const std::vector<uint8_t>* territory_used = nullptr;    // per territory: an actor or a case names it (else computed)
    bool check_unused_territories = true;                    // false when the file lacks "actors" or "cases"
};

// The rules that need the whole data set, findings in the order the loader has always reported them. A loop of
// territories is reported at the 'parent' that closes it (code territory-cycle); the caller cuts that parent.
// The severity of provenance findings depends on the data set's id (the bundled one: errors).
std::vector<RuleFinding> CheckDatasetRules(const Dataset& d, const RuleInputs& in = {});

// Resolves every reference of `d` again from its ids (territory_id, from_id, case_ids, a step's actor_ids, ...)
// and checks each list's ids are unique and each tour step's filters name existing ids. Errors for a duplicate or
// an unknown id; references that do not resolve are left at -1 (lists keep only the resolved ones, as the loader
// does). Linear in the size of the data set. `unique_known`: a bit (1 << DataElement) per list whose ids are
// known to be unique already (an edit did not touch it): its duplicates are not looked for.
std::vector<RuleFinding> ResolveReferences(Dataset& d, uint32_t unique_known = 0);

// Resolves the references of one element of `d` (of the list `element`, at `index`) from its ids, as they are in
// the lists now: enough after an edit that moved no other element (changed ones in place, new ones at the end).
// False when an id is unknown (nothing is reported: the caller lets the full check word it). Ids are looked up one
// by one: linear in the lists' sizes for each reference, for an edit of a few elements.
bool ResolveReferencesOf(Dataset& d, DataElement element, size_t index);

}  // namespace sse
