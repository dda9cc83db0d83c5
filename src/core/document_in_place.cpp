// document_in_place.cpp: an edit of territories, actors, links or cases committed without reading the whole document
// again. The patch is applied to the document's JSON; only the elements it touched are read (ReadElementAlone: the
// same field checks as a file) and put in the model (in their slots when nothing moved, else in a rebuilt list);
// then the rules on the model run (dataset_rules.h: ids, references, link kinds, territory loops, provenance). At
// 10,000 actors and 50,000 links that is a few linear passes instead of writing, parsing and checking the whole
// text (tens of milliseconds instead of a few hundred).
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

// Reads the element at position `j` of the list `list` alone; its diagnostics go to `warnings` with pointers at that
// position. (Apart from ListEdit: one copy of this code, not one per element type.)
static LoadResult ReadAt(int list, const nlohmann::json& element, size_t j, const std::string& dataset_id,
                         const std::string& label, std::vector<Diagnostic>* warnings) {
    LoadResult r = ReadElementAlone(kLists[list], element.dump(), dataset_id, label);
    const std::string prefix = std::string("/") + kLists[list] + "/0";
    for (Diagnostic& d : r.diagnostics) {
        if (d.pointer.rfind(prefix, 0) == 0)
            d.pointer = std::string("/") + kLists[list] + "/" + std::to_string(j) + d.pointer.substr(prefix.size());
        warnings->push_back(d);
    }
    return r;
}

// How one touched list of the model becomes the edited one (and back, if a rule refuses the edit). When the patch
// moved no element (changed ones stay in their slot, new ones come at the end and fit the list's capacity), the
// elements are changed in their slots: a form or table row drawn this frame keeps a valid reference (its slot holds
// the new version; the old one is kept, with its buffers, until the next frame), and the list is not copied.
// Otherwise the list is rebuilt (the untouched elements copied) and the old one kept whole until the next frame.
template <typename T>
class ListEdit {
public:
    ListEdit(int list, std::vector<T>& live, const std::vector<int>& slots) : list_(list), live_(live), slots_(slots) {}

    // Reads the elements the patch added or changed from the JSON (their warnings to `warnings`, pointers at their
    // place in the list); nothing changes yet. False when one does not read cleanly (the full check decides).
    bool Prepare(const nlohmann::json& array, const std::string& dataset_id, const std::string& label,
                 std::vector<Diagnostic>* warnings) {
        if (slots_.size() != array.size()) return false;
        old_size_ = live_.size();
        in_slot_ = slots_.size() >= old_size_ && slots_.size() <= live_.capacity();
        for (size_t j = 0; j < slots_.size(); ++j) {
            if (slots_[j] >= 0) {
                in_slot_ = in_slot_ && slots_[j] == static_cast<int>(j);
                continue;
            }
            LoadResult r = ReadAt(list_, array[j], j, dataset_id, label, warnings);
            std::vector<T>& read = ListOf<T>(r.dataset, list_);
            if (!r.ok || read.size() != 1) return false;
            fresh_.emplace_back(j, std::move(read[0]));
        }
        if (in_slot_) return true;
        // Room for the next additions, which then fit in place.
        other_.reserve(slots_.size() + slots_.size() / 4 + 16);
        auto next = fresh_.begin();
        for (size_t j = 0; j < slots_.size(); ++j)
            other_.push_back(slots_[j] >= 0 ? live_[static_cast<size_t>(slots_[j])] : std::move((next++)->second));
        return true;
    }

    // Puts the edited list in place.
    void Apply() {
        if (!in_slot_) return std::swap(live_, other_);
        for (auto& [j, element] : fresh_) {
            if (j < old_size_) {
                displaced_.push_back(std::move(live_[j]));
                live_[j] = std::move(element);
            } else {
                live_.push_back(std::move(element));  // within the capacity: no element moves
            }
        }
    }

    // Back to the list as it was before Apply.
    void Revert() {
        if (!in_slot_) return std::swap(live_, other_);
        live_.resize(old_size_);
        size_t k = displaced_.size();
        for (auto it = fresh_.rbegin(); it != fresh_.rend(); ++it)
            if (it->first < old_size_) live_[it->first] = std::move(displaced_[--k]);
        displaced_.clear();
    }

    // After Apply: whether no element moved and every changed one kept its id, so that every index into the list
    // held elsewhere is still right (new elements' ids are new to the list).
    bool Stable() const {
        const std::vector<T>& was = in_slot_ ? live_ : other_;  // in slots: untouched elements are where they were
        if (live_.size() < old_size_) return false;
        size_t k = 0;
        for (size_t j = 0; j < old_size_; ++j) {
            if (slots_[j] == static_cast<int>(j)) continue;
            if (slots_[j] >= 0) return false;
            const std::string& old_id = in_slot_ ? displaced_[k++].id : was[j].id;
            if (live_[j].id != old_id) return false;
        }
        for (size_t j = old_size_; j < live_.size(); ++j)
            for (size_t i = 0; i < live_.size(); ++i)
                if (i != j && live_[i].id == live_[j].id) return false;
        return true;
    }

    // After Apply: what the edit replaced, kept until the next frame.
    std::vector<T> Retired() { return in_slot_ ? std::move(displaced_) : std::move(other_); }

private:
    int list_;
    std::vector<T>& live_;
    const std::vector<int>& slots_;
    size_t old_size_ = 0;
    bool in_slot_ = false;
    std::vector<std::pair<size_t, T>> fresh_;  // (position, element read) for each added or changed element
    std::vector<T> displaced_;                 // in slots: the old versions of the changed elements, in fresh_ order
    std::vector<T> other_;                     // rebuilt: the new list until Apply, the old one after
};

bool Document::CommitInPlace(const Patch& patch, const Patch& inverse, const std::string& label, EditOutcome* out,
                             bool dry_run) {
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

    // The new model: each list the patch touched gets the elements it added or changed (ListEdit: in their slots,
    // or in a rebuilt list); what they replace is kept until the next frame (ReleaseRetired), with everything a
    // form or row drawn this frame may still refer to. The other lists stay where they are.
    std::vector<Diagnostic> element_warnings;
    ListEdit<Territory> territories(0, m_data.territories, slots[0]);
    ListEdit<Actor> actors(1, m_data.actors, slots[1]);
    ListEdit<Link> links(2, m_data.links, slots[2]);
    ListEdit<Case> cases(3, m_data.cases, slots[3]);
    // Runs `f` on the edit of each list the patch touched.
    const auto each_list = [&](auto f) {
        if (list_touched[0]) f(0, territories);
        if (list_touched[1]) f(1, actors);
        if (list_touched[2]) f(2, links);
        if (list_touched[3]) f(3, cases);
    };
    bool ok = true;
    each_list([&](int list, auto& edit) {
        const nlohmann::json& array = m_json[kLists[list]];
        ok = ok && array.is_array() && array.size() <= ListLimit(list) && edit.Prepare(array, m_data.id, label, &element_warnings);
    });
    if (!ok) return give_up();
    each_list([](int, auto& edit) { edit.Apply(); });
    Dataset& next = m_data;
    // The rules on the model. Any error: the lists as they were come back, and the full check words the refusal.
    bool stable = true;
    each_list([&](int, auto& edit) { stable = stable && edit.Stable(); });
    const auto undo_and_give_up = [&] {
        each_list([](int, auto& edit) { edit.Revert(); });
        if (!stable) ResolveReferences(m_data);  // the indices as they were (every reference resolved before the edit)
        return give_up();
    };
    // References: when the edit moved no element (changed ones stayed where they were, with their ids; new ones
    // came at the end), every index an untouched element holds is still right, and only the touched elements'
    // references are resolved; otherwise all of them are, again.
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
    if (dry_run) {  // a check only (a form's field as it is typed): everything back as it was
        each_list([](int, auto& edit) { edit.Revert(); });
        if (!stable) ResolveReferences(m_data);
        give_up();
        *out = EditOutcome{};
        out->ok = true;
        out->code = "ok";
        return true;
    }

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

    Dataset old;  // what the edit replaced
    each_list([&](int list, auto& edit) {
        auto retired = edit.Retired();
        ListOf<typename decltype(retired)::value_type>(old, list) = std::move(retired);
    });
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
