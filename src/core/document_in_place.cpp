// document_in_place.cpp: an edit of territories, actors, links or cases committed without reading the whole document
// again. The patch is applied to the document's JSON; only the elements it touched are read (ReadElementAlone: the
// same field checks as a file); the others are taken over from the current model by id; then the rules on the
// model run (dataset_rules.h: ids, references, link kinds, territory loops, provenance). At 10,000 actors and
// 50,000 links that is a copy of the model and a few linear passes instead of writing, parsing and checking the
// whole text (tens of milliseconds instead of a few hundred).
//
// It gives up (false, nothing changed) whenever it could disagree with the full check: an edit of the data set's
// own fields, recommendations or tours; an element that breaks a rule (the full check then words the refusal,
// with the file's exact message). A test replays random edits both ways and compares data sets, codes and warnings.
#include <algorithm>

#include "core/dataset_loader.h"
#include "core/dataset_rules.h"
#include "core/document.h"

namespace sse {

namespace {

// The lists an edit may touch in place, in the model's order.
constexpr const char* kLists[] = {"territories", "actors", "links", "cases"};
constexpr int kListCount = 4;
constexpr DataElement kListElement[] = {DataElement::Territory, DataElement::Actor, DataElement::Link, DataElement::Case};

int ListIndex(const std::string& name) {
    for (int i = 0; i < kListCount; ++i)
        if (name == kLists[i]) return i;
    return -1;
}

size_t ListLimit(int list) {
    return list == 1 ? kMaxActors : list == 2 ? kMaxLinks : kMaxOtherItems;
}

bool ArrayIndex(const std::string& token, size_t size, size_t* out) {
    if (token.empty() || token.size() > 9 || token.find_first_not_of("0123456789") != std::string::npos) return false;
    *out = std::stoul(token);
    return *out < size;
}

template <typename T>
std::vector<T>& ListOf(Dataset& d, int list);
template <>
std::vector<Territory>& ListOf(Dataset& d, int) { return d.territories; }
template <>
std::vector<Actor>& ListOf(Dataset& d, int) { return d.actors; }
template <>
std::vector<Link>& ListOf(Dataset& d, int) { return d.links; }
template <>
std::vector<Case>& ListOf(Dataset& d, int) { return d.cases; }

std::vector<std::string> SortedMessages(std::vector<std::string> v) {
    std::sort(v.begin(), v.end());
    return v;
}

std::vector<std::string> Minus(const std::vector<std::string>& a, const std::vector<std::string>& b) {
    std::vector<std::string> out;
    std::set_difference(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(out));
    return out;
}

}  // namespace

// Rebuilds one list of the model from `slots` (new position -> index in `old`, or -1 for an element the patch added
// or changed, read from the JSON). False when such an element does not read cleanly (the full check decides).
template <typename T>
static bool RebuildList(int list, const nlohmann::json& array, const std::vector<T>& old, const std::vector<int>& slots,
                        const std::string& dataset_id, const std::string& label, std::vector<T>* out,
                        std::vector<Diagnostic>* warnings) {
    if (slots.size() != array.size()) return false;
    out->reserve(slots.size());
    for (size_t j = 0; j < slots.size(); ++j) {
        if (slots[j] >= 0) {
            out->push_back(old[static_cast<size_t>(slots[j])]);
            continue;
        }
        LoadResult r = ReadElementAlone(kLists[list], array[j].dump(), dataset_id, label);
        std::vector<T>& read = ListOf<T>(r.dataset, list);
        if (!r.ok || read.size() != 1) return false;
        const std::string prefix = std::string("/") + kLists[list] + "/0";
        for (Diagnostic& d : r.diagnostics) {
            if (d.pointer.rfind(prefix, 0) == 0)
                d.pointer = std::string("/") + kLists[list] + "/" + std::to_string(j) + d.pointer.substr(prefix.size());
            warnings->push_back(std::move(d));
        }
        out->push_back(std::move(read[0]));
    }
    return true;
}

bool Document::CommitInPlace(const Patch& patch, const Patch& inverse, const std::string& label, EditOutcome* out) {
    if (!m_in_place || !m_json_valid || patch.empty()) return false;
    for (const PatchOp& op : patch)
        if (op.path.size() < 2 || ListIndex(op.path[0]) < 0) return false;
    // The JSON's lists and the model's must match element for element (they do: each is made from the other).
    const size_t model_sizes[kListCount] = {m_data.territories.size(), m_data.actors.size(), m_data.links.size(), m_data.cases.size()};
    for (int list = 0; list < kListCount; ++list) {
        const auto it = m_json.find(kLists[list]);
        if (it == m_json.end() || !it->is_array() || it->size() != model_sizes[list]) return false;
    }

    // Apply the patch one operation at a time, following where each element of the touched lists goes: `slots`
    // maps a position in the list after the edit to the element's index before it (the model's index: the JSON's
    // lists are in the model's order), or -1 for an element the patch added or changed. Found by positions, not
    // ids: walking 50,000 JSON objects for their ids cost more than the rest of the edit. The text of each element
    // as it was before a change or removal is kept (its warnings leave with it).
    std::vector<int> slots[kListCount];
    bool list_touched[kListCount] = {};
    std::vector<std::pair<int, std::string>> before;  // (list, element text) of elements changed or removed
    std::string error;
    for (const PatchOp& op : patch) {
        const int list = ListIndex(op.path[0]);
        nlohmann::json& array = m_json[op.path[0]];
        std::vector<int>& slot = slots[list];
        if (!list_touched[list]) {
            list_touched[list] = true;
            slot.resize(array.size());
            for (size_t k = 0; k < slot.size(); ++k) slot[k] = static_cast<int>(k);
        }
        const bool element_op = op.path.size() == 2;
        const bool append = element_op && op.op == PatchOp::Op::Add;
        size_t index = 0;
        if (append) {
            index = op.path[1] == "-" ? array.size() : 0;
            if (op.path[1] != "-" && !ArrayIndex(op.path[1], array.size() + 1, &index)) index = array.size() + 1;
        } else if (!ArrayIndex(op.path[1], array.size(), &index)) {
            index = array.size() + 1;  // ApplyPatch refuses it below
        }
        if (!append && index < slot.size() && slot[index] >= 0) before.emplace_back(list, array[index].dump());
        if (!ApplyPatch(m_json, Patch{op}, &error) || slot.size() + (append ? 1 : 0) != array.size() + (element_op && op.op == PatchOp::Op::Remove ? 1 : 0)) {
            m_json_valid = false;  // does not fit: a bug in the plan; the JSON is rebuilt from the model
            EnsureJson();
            return false;
        }
        if (append) slot.insert(slot.begin() + static_cast<long>(index), -1);
        else if (element_op && op.op == PatchOp::Op::Remove) slot.erase(slot.begin() + static_cast<long>(index));
        else slot[index] = -1;
    }
    const auto give_up = [&] {
        if (!ApplyPatch(m_json, inverse, &error)) {
            m_json_valid = false;
            EnsureJson();
        }
        return false;
    };

    // The new model: the lists the patch touched are rebuilt (the elements it touched read, the others copied) and
    // take the place of the old ones, which are kept until the next frame (ReleaseRetired) with everything a form or
    // row drawn this frame may still refer to; the other lists stay where they are (their index fields are
    // resolved again below, to the same or shifted values).
    std::vector<Diagnostic> element_warnings;
    std::vector<Territory> territories;
    std::vector<Actor> actors;
    std::vector<Link> links;
    std::vector<Case> cases;
    bool ok = true;
    for (int list = 0; list < kListCount && ok; ++list) {
        if (!list_touched[list]) continue;
        const nlohmann::json& array = m_json[kLists[list]];
        if (!array.is_array() || array.size() > ListLimit(list)) {
            ok = false;
            break;
        }
        switch (list) {
            case 0: ok = RebuildList(0, array, m_data.territories, slots[0], m_data.id, label, &territories, &element_warnings); break;
            case 1: ok = RebuildList(1, array, m_data.actors, slots[1], m_data.id, label, &actors, &element_warnings); break;
            case 2: ok = RebuildList(2, array, m_data.links, slots[2], m_data.id, label, &links, &element_warnings); break;
            case 3: ok = RebuildList(3, array, m_data.cases, slots[3], m_data.id, label, &cases, &element_warnings); break;
        }
    }
    if (!ok) return give_up();
    Dataset old;  // the replaced lists
    const auto swap_lists = [&] {
        if (list_touched[0]) std::swap(m_data.territories, territories);
        if (list_touched[1]) std::swap(m_data.actors, actors);
        if (list_touched[2]) std::swap(m_data.links, links);
        if (list_touched[3]) std::swap(m_data.cases, cases);
    };
    swap_lists();
    Dataset& next = m_data;
    // The rules on the model. Any error: the old lists come back, and the full check words the refusal.
    const auto undo_and_give_up = [&] {
        swap_lists();
        ResolveReferences(m_data);  // the indices as they were (every reference resolved before the edit)
        return give_up();
    };
    // References: when the edit moved no element (changed ones stayed where they were, with their ids; new ones
    // came at the end), every index an untouched element holds is still right, and only the touched elements'
    // references are resolved; otherwise all of them are, again.
    bool stable = true;
    const auto check_stable = [&](int list, const auto& now, const auto& was) {
        if (!list_touched[list] || !stable) return;
        const std::vector<int>& slot = slots[list];
        if (now.size() < was.size()) stable = false;
        for (size_t j = 0; j < was.size() && stable; ++j)
            stable = slot[j] == static_cast<int>(j) || (slot[j] < 0 && now[j].id == was[j].id);
        for (size_t j = was.size(); j < now.size() && stable; ++j)  // a new id must be new to its list
            for (size_t k = 0; k < now.size() && stable; ++k) stable = k == j || now[k].id != now[j].id;
    };
    check_stable(0, m_data.territories, territories);
    check_stable(1, m_data.actors, actors);
    check_stable(2, m_data.links, links);
    check_stable(3, m_data.cases, cases);
    if (stable) {
        for (int list = 0; list < kListCount; ++list)
            for (size_t j = 0; j < slots[list].size(); ++j)
                if (slots[list][j] < 0 && !ResolveReferencesOf(next, kListElement[list], j)) return undo_and_give_up();
    } else {
        uint32_t unique_known = 1u << static_cast<int>(DataElement::Recommendation) | 1u << static_cast<int>(DataElement::Tour);
        for (int list = 0; list < kListCount; ++list)
            if (!list_touched[list]) unique_known |= 1u << static_cast<int>(kListElement[list]);
        for (const RuleFinding& f : ResolveReferences(next, unique_known))
            if (f.severity == Diagnostic::Severity::Error) return undo_and_give_up();
    }
    std::vector<RuleFinding> rules = CheckDatasetRules(next);
    std::vector<std::string> rule_keys;
    for (const RuleFinding& f : rules) {
        if (f.severity == Diagnostic::Severity::Error) return undo_and_give_up();
        rule_keys.push_back(f.message);
    }
    rule_keys = SortedMessages(std::move(rule_keys));

    // Warnings: those of the elements as they were leave, those of the elements as they are come, the rules'
    // are all new; what the edit brought is what the document did not have before.
    std::vector<std::string> gone, came;
    for (const auto& [list, text] : before)
        for (const Diagnostic& d : ReadElementAlone(kLists[list], text, m_data.id, label).diagnostics)
            if (d.severity == Diagnostic::Severity::Warning) gone.push_back(d.message);
    for (const Diagnostic& d : element_warnings)
        if (d.severity == Diagnostic::Severity::Warning) came.push_back(d.message);
    std::vector<std::string> element_keys = Minus(Minus(m_warning_keys, m_rule_warning_keys), SortedMessages(std::move(gone)));
    std::vector<std::string> keys;
    came = SortedMessages(std::move(came));
    std::merge(element_keys.begin(), element_keys.end(), came.begin(), came.end(), std::back_inserter(keys));
    element_keys = std::move(keys);
    keys.clear();
    std::merge(element_keys.begin(), element_keys.end(), rule_keys.begin(), rule_keys.end(), std::back_inserter(keys));

    std::vector<Diagnostic> candidates = std::move(element_warnings);
    for (RuleFinding& f : rules) {
        Diagnostic d;
        d.severity = f.severity;
        d.code = ToString(f.code);
        d.message = std::move(f.message);
        const int list = static_cast<int>(std::find(std::begin(kListElement), std::end(kListElement), f.site.element) - std::begin(kListElement));
        if (list < kListCount) {
            d.pointer = std::string("/") + kLists[list] + "/" + std::to_string(f.site.index);
            if (f.site.field) d.pointer += std::string("/") + f.site.field;
        }
        candidates.push_back(std::move(d));
    }
    *out = EditOutcome{};
    out->warnings = FreshWarnings(Minus(keys, m_warning_keys), std::move(candidates), label);

    old.territories = std::move(territories);
    old.actors = std::move(actors);
    old.links = std::move(links);
    old.cases = std::move(cases);
    if (m_retired.size() >= 4) m_retired.erase(m_retired.begin());
    m_retired.push_back(std::move(old));
    m_warning_keys = std::move(keys);
    m_rule_warning_keys = std::move(rule_keys);
    ++m_revision;
    ++m_in_place_commits;
    out->ok = true;
    out->code = "ok";
    out->message = label;
    return true;
}

}  // namespace sse
