// document_edit.cpp: edit commands <-> DocumentEdit, and DocumentEdit -> JSON patch with its inverse.
//
// Index of this file:
//   1. the element kinds table (names, lists, fields)
//   2. command text: parsing and printing
//   3. planning: add, set, delete (with the references a deletion takes along)
#include "core/document_edit.h"


#include <algorithm>
#include <map>
#include <set>

namespace sse {

using ojson = nlohmann::json;

// ---------------------------------------------------------------------------------------------------------------
// 1. The element kinds table. The fields are the data format's (data/README.md), in the writer's order.
namespace {

const char* const kTerritoryFields[] = {"id", "name", "kind", "parent", "lat", "lon"};
const char* const kActorFields[] = {"id", "name", "short_name", "kind", "level", "territory", "description",
                                    "website", "silk_role", "years", "confidence", "quote", "reasoning", "sources",
                                    "translations"};
const char* const kLinkFields[] = {"id", "from", "to", "kind", "relation", "direction", "values",
                                   "weight", "years", "cases", "description", "confidence", "quote",
                                   "reasoning", "sources"};
const char* const kCaseFields[] = {"id", "title", "territory", "summary", "actors", "links", "recommendations",
                                   "brief_source", "confidence", "quote", "reasoning", "sources", "translations"};
const char* const kRecommendationFields[] = {"id", "number", "title", "text", "cases", "translations"};
const char* const kTourFields[] = {"id", "title", "description", "steps", "translations"};
const char* const kStepFields[] = {"title", "text", "quote", "layout", "centre", "filters", "showcase", "actors",
                                   "links", "case", "recommendation", "camera", "reveal", "translations"};

template <size_t N>
ElementKindInfo Row(DataElement kind, const char* list, const char* const (&fields)[N]) {
    return ElementKindInfo{TableOf<DataElement>().Name(static_cast<int>(kind)), list, fields, static_cast<int>(N)};
}

// In DataElement's order. Built on first use: it reads the vocabulary's table, another file's global.
const ElementKindInfo* Kinds() {
    static const ElementKindInfo kinds[ElementKindCount] = {
    Row(DataElement::Territory, "territories", kTerritoryFields), Row(DataElement::Actor, "actors", kActorFields),
    Row(DataElement::Link, "links", kLinkFields),                 Row(DataElement::Case, "cases", kCaseFields),
    Row(DataElement::Recommendation, "recommendations", kRecommendationFields),
    Row(DataElement::Tour, "tours", kTourFields),                 Row(DataElement::Step, "steps", kStepFields)};
    return kinds;
}

bool HasField(const ElementKindInfo& info, std::string_view field) {
    return std::any_of(info.fields, info.fields + info.field_count, [&](const char* f) { return field == f; });
}

std::string FieldList(const ElementKindInfo& info) {
    std::string out;
    for (int i = 0; i < info.field_count; ++i) out += (i ? ", " : "") + std::string(info.fields[i]);
    return out;
}

}  // namespace

const ElementKindInfo& InfoOf(ElementKind kind) { return Kinds()[static_cast<int>(kind)]; }

bool ParseElementKind(std::string_view word, ElementKind* out) {
    const int i = TableOf<DataElement>().Find(word);
    if (i < 0) return false;
    *out = static_cast<ElementKind>(i);
    return true;
}

std::string ElementKindList() { return TableOf<DataElement>().Allowed(); }

// ---------------------------------------------------------------------------------------------------------------
// 2. Command text.
namespace {

// The next whitespace-separated word of `s` (removed from it), or "" at the end.
std::string TakeWord(std::string_view& s) {
    size_t b = s.find_first_not_of(" \t\r\n");
    if (b == std::string_view::npos) {
        s = {};
        return "";
    }
    size_t e = s.find_first_of(" \t\r\n", b);
    std::string word(s.substr(b, e == std::string_view::npos ? std::string_view::npos : e - b));
    s = e == std::string_view::npos ? std::string_view{} : s.substr(e);
    return word;
}

std::string_view Trim(std::string_view s) {
    size_t b = s.find_first_not_of(" \t\r\n");
    if (b == std::string_view::npos) return {};
    size_t e = s.find_last_not_of(" \t\r\n");
    return s.substr(b, e - b + 1);
}

bool ParseStepNumber(const std::string& word, int* out) {
    if (word.empty() || word.size() > 4 || word.find_first_not_of("0123456789") != std::string::npos) return false;
    *out = std::stoi(word);
    return *out >= 1;
}

EditParse Usage(std::string message) {
    EditParse p;
    p.code = "usage";
    p.message = std::move(message);
    return p;
}

}  // namespace

bool IsEditVerb(std::string_view verb) { return verb == "add" || verb == "set" || verb == "delete"; }

EditParse ParseEditCommand(const std::string& text) {
    std::string_view rest = text;
    const std::string verb = TakeWord(rest);
    const std::string kind_word = TakeWord(rest);
    const std::string usage_add = "usage: add <" + ElementKindList() + "> <JSON object> (a step: add step <tour id> [<n>] <JSON object>)";
    const std::string usage_set = "usage: set <element> <id> <field> <JSON value> (a step: set step <tour id> <n> <field> <JSON value>)";
    const std::string usage_delete = "usage: delete <element> <id> (a step: delete step <tour id> <n>)";
    const std::string& usage = verb == "add" ? usage_add : verb == "set" ? usage_set : usage_delete;
    EditParse p;
    DocumentEdit& e = p.edit;
    if (!IsEditVerb(verb)) return Usage("not an edit command: " + usage_add);
    if (!ParseElementKind(kind_word, &e.element)) {
        p = Usage((kind_word.empty() ? "which element? " : "unknown element '" + kind_word + "'; ") + usage);
        p.code = kind_word.empty() ? "usage" : "bad-element";
        return p;
    }
    const bool step = e.element == ElementKind::Step;
    e.op = verb == "add" ? DocumentEdit::Op::Add : verb == "set" ? DocumentEdit::Op::Set : DocumentEdit::Op::Delete;
    if (step || e.op != DocumentEdit::Op::Add) {
        e.id = TakeWord(rest);
        if (e.id.empty()) return Usage(usage);
    }
    if (step) {
        std::string_view before_number = rest;
        std::string number = TakeWord(rest);
        if (e.op == DocumentEdit::Op::Add && (number.empty() || number[0] == '{')) rest = before_number;  // no position
        else if (!ParseStepNumber(number, &e.step)) return Usage("a step is named by its tour and its number from 1; " + usage);
    }
    if (e.op == DocumentEdit::Op::Set) {
        e.field = TakeWord(rest);
        if (e.field.empty()) return Usage(usage);
    }
    e.json = std::string(Trim(rest));
    if (e.op == DocumentEdit::Op::Delete ? !e.json.empty() : e.json.empty()) return Usage(usage);
    p.ok = true;
    return p;
}

std::string ToCommand(const DocumentEdit& e) {
    const char* verb = e.op == DocumentEdit::Op::Add ? "add" : e.op == DocumentEdit::Op::Set ? "set" : "delete";
    std::string out = std::string(verb) + " " + InfoOf(e.element).name;
    if (!e.id.empty()) out += " " + e.id;
    if (e.element == ElementKind::Step && e.step > 0) out += " " + std::to_string(e.step);
    if (e.op == DocumentEdit::Op::Set) out += " " + e.field;
    if (e.op != DocumentEdit::Op::Delete) out += " " + e.json;
    return out;
}

std::string EditLabel(const DocumentEdit& e) {
    std::string label = e.op == DocumentEdit::Op::Add ? "add " : e.op == DocumentEdit::Op::Set ? "set " : "delete ";
    label += InfoOf(e.element).name;
    std::string id = e.id;
    if (e.op == DocumentEdit::Op::Add && e.element != ElementKind::Step) {
        ojson v = ojson::parse(e.json, nullptr, false);
        if (v.is_object() && v.contains("id") && v["id"].is_string()) id = v["id"].get<std::string>();
    }
    if (!id.empty()) label += " " + id;
    if (e.element == ElementKind::Step && e.step > 0) label += " " + std::to_string(e.step);
    if (e.op == DocumentEdit::Op::Set) label += " " + e.field;
    return label;
}

// ---------------------------------------------------------------------------------------------------------------
// 3. Planning.
namespace {

// Collects forward operations and their inverses; the inverses are applied in reverse order.
class PatchBuilder {
public:
    void Add(const std::string& path, const ojson& value) {
        m_forward.push_back({PatchOp::Op::Add, Tokens(path), value});
        m_inverse.push_back({PatchOp::Op::Remove, Tokens(path), nullptr});
    }
    void Remove(const std::string& path, const ojson& before) {
        m_forward.push_back({PatchOp::Op::Remove, Tokens(path), nullptr});
        m_inverse.push_back({PatchOp::Op::Add, Tokens(path), before});
    }
    void Replace(const std::string& path, const ojson& before, const ojson& after) {
        m_forward.push_back({PatchOp::Op::Replace, Tokens(path), after});
        m_inverse.push_back({PatchOp::Op::Replace, Tokens(path), before});
    }
    void Into(EditPlan* plan) {
        plan->forward = std::move(m_forward);
        std::reverse(m_inverse.begin(), m_inverse.end());
        plan->inverse = std::move(m_inverse);
    }

private:
    // "/actors/3/name" -> {"actors", "3", "name"}. Ids and field names hold no '/' or '~' (the id rule), so no
    // escapes are needed.
    static std::vector<std::string> Tokens(const std::string& path) {
        std::vector<std::string> out;
        for (size_t at = 1; at <= path.size();) {
            size_t slash = path.find('/', at);
            if (slash == std::string::npos) slash = path.size();
            out.push_back(path.substr(at, slash - at));
            at = slash + 1;
        }
        return out;
    }
    Patch m_forward, m_inverse;
};

const ojson kEmptyList = ojson::array();

// The array `key` of `obj`, or an empty one.
const ojson& ListOf(const ojson& obj, const char* key) {
    auto it = obj.find(key);
    return it != obj.end() && it->is_array() ? *it : kEmptyList;
}

// Index of the element whose "id" is `id` in `list`, or -1.
// Whether the object `e` has the text `value` at `key` (one lookup, no copy: these run over 50,000 links).
bool StringIs(const ojson& e, const char* key, const std::string& value) {
    if (!e.is_object()) return false;
    const auto it = e.find(key);
    return it != e.end() && it->is_string() && it->get_ref<const std::string&>() == value;
}

int FindId(const ojson& list, const std::string& id) {
    for (size_t i = 0; i < list.size(); ++i)
        if (StringIs(list[i], "id", id)) return static_cast<int>(i);
    return -1;
}

// The nlohmann message without its "[json.exception.parse_error.101] " prefix.
std::string JsonError(const std::exception& e) {
    std::string m = e.what();
    size_t close = m.find("] ");
    return close == std::string::npos ? m : m.substr(close + 2);
}

bool ParseValue(const std::string& text, ojson* out, EditPlan* plan) {
    try {
        *out = ojson::parse(text);
        return true;
    } catch (const std::exception& e) {
        plan->code = "bad-json";
        plan->message = "not a JSON value: " + JsonError(e);
        return false;
    }
}

EditPlan Refuse(std::string code, std::string message) {
    EditPlan p;
    p.code = std::move(code);
    p.message = std::move(message);
    return p;
}

// Removes `ids` from the list `key` of the object at `path`; an optional list left empty goes altogether.
void DropIds(PatchBuilder& patch, const ojson& obj, const std::string& path, const char* key,
             const std::set<std::string>& ids, bool optional) {
    const ojson& list = ListOf(obj, key);
    ojson kept = ojson::array();
    for (const ojson& v : list)
        if (!v.is_string() || !ids.count(v.get<std::string>())) kept.push_back(v);
    if (kept.size() == list.size()) return;
    const std::string p = path + "/" + key;
    if (kept.empty() && optional) patch.Remove(p, list);
    else patch.Replace(p, list, kept);
}

// In a tour step: drops `ids` from its filter `field`; an emptied filter goes, and an emptied filters object too.
void DropFilterValues(PatchBuilder& patch, const ojson& step, const std::string& path, const char* field,
                      const std::set<std::string>& ids) {
    auto it = step.find("filters");
    if (it == step.end() || !it->is_object() || !it->contains(field)) return;
    ojson filters = *it;
    ojson kept = ojson::array();
    for (const ojson& v : filters[field])
        if (!v.is_string() || !ids.count(v.get<std::string>())) kept.push_back(v);
    if (kept.size() == filters[field].size()) return;
    if (kept.empty()) filters.erase(field);
    else filters[field] = kept;
    if (filters.empty()) patch.Remove(path + "/filters", *it);
    else patch.Replace(path + "/filters", *it, filters);
}

// Calls f(step, path) for every tour step of the document.
template <typename F>
void ForEachStep(const ojson& doc, F f) {
    const ojson& tours = ListOf(doc, "tours");
    for (size_t t = 0; t < tours.size(); ++t) {
        const ojson& steps = ListOf(tours[t], "steps");
        for (size_t s = 0; s < steps.size(); ++s)
            f(steps[s], "/tours/" + std::to_string(t) + "/steps/" + std::to_string(s));
    }
}

void RemoveStepField(PatchBuilder& patch, const ojson& step, const std::string& path, const char* key,
                     const std::string& id) {
    auto it = step.find(key);
    if (it != step.end() && it->is_string() && it->get<std::string>() == id) patch.Remove(path + "/" + key, *it);
}

// The references that go with a deleted element, then the element itself.
void PlanCascade(const ojson& doc, ElementKind kind, const std::string& id, int index, PatchBuilder& patch,
                 std::vector<ElementChange>* changes) {
    const std::set<std::string> self{id};
    const ojson& cases = ListOf(doc, "cases");
    auto each_case = [&](auto f) {
        for (size_t c = 0; c < cases.size(); ++c) f(cases[c], "/cases/" + std::to_string(c));
    };
    switch (kind) {
        case ElementKind::Actor: {
            const ojson& links = ListOf(doc, "links");
            std::set<std::string> gone_links;
            std::vector<int> link_rows;
            for (size_t l = 0; l < links.size(); ++l) {
                const ojson& link = links[l];
                if (StringIs(link, "from", id) || StringIs(link, "to", id)) {
                    gone_links.insert(link.value("id", ""));
                    link_rows.push_back(static_cast<int>(l));
                }
            }
            each_case([&](const ojson& c, const std::string& p) {
                DropIds(patch, c, p, "actors", self, false);
                DropIds(patch, c, p, "links", gone_links, true);
            });
            ForEachStep(doc, [&](const ojson& s, const std::string& p) {
                DropIds(patch, s, p, "actors", self, true);
                DropIds(patch, s, p, "links", gone_links, true);
                auto centre = s.find("centre");
                if (centre != s.end() && centre->is_string() && centre->get<std::string>() == id) {
                    patch.Remove(p + "/centre", *centre);  // an ego step without its centre keeps its layout out too
                    if (s.contains("layout")) patch.Remove(p + "/layout", s["layout"]);
                }
            });
            for (auto it = link_rows.rbegin(); it != link_rows.rend(); ++it) {  // from the end: indices stay valid
                patch.Remove("/links/" + std::to_string(*it), links[*it]);
                changes->push_back({ElementChange::What::Removed, ElementKind::Link, links[*it].value("id", "")});
            }
            break;
        }
        case ElementKind::Link:
            each_case([&](const ojson& c, const std::string& p) { DropIds(patch, c, p, "links", self, true); });
            ForEachStep(doc, [&](const ojson& s, const std::string& p) { DropIds(patch, s, p, "links", self, true); });
            break;
        case ElementKind::Territory:
            ForEachStep(doc, [&](const ojson& s, const std::string& p) { DropFilterValues(patch, s, p, "territory", self); });
            break;
        case ElementKind::Case: {
            const ojson& links = ListOf(doc, "links");
            for (size_t l = 0; l < links.size(); ++l) DropIds(patch, links[l], "/links/" + std::to_string(l), "cases", self, true);
            const ojson& recs = ListOf(doc, "recommendations");
            for (size_t r = 0; r < recs.size(); ++r)
                DropIds(patch, recs[r], "/recommendations/" + std::to_string(r), "cases", self, false);
            ForEachStep(doc, [&](const ojson& s, const std::string& p) {
                RemoveStepField(patch, s, p, "case", id);
                DropFilterValues(patch, s, p, "case", self);
            });
            break;
        }
        case ElementKind::Recommendation:
            each_case([&](const ojson& c, const std::string& p) { DropIds(patch, c, p, "recommendations", self, false); });
            ForEachStep(doc, [&](const ojson& s, const std::string& p) {
                RemoveStepField(patch, s, p, "recommendation", id);
                DropFilterValues(patch, s, p, "recommendation", self);
            });
            break;
        case ElementKind::Tour:
        case ElementKind::Step: break;
    }
    const char* list = InfoOf(kind).list;
    patch.Remove("/" + std::string(list) + "/" + std::to_string(index), ListOf(doc, list)[index]);
}

// What still uses a territory (actors, cases, territories inside it), as "actor 'x', case 'y'"; "" when nothing.
std::string TerritoryUsers(const ojson& doc, const std::string& id) {
    std::vector<std::string> users;
    auto scan = [&](const char* list, const char* key, const char* noun) {
        for (const ojson& e : ListOf(doc, list))
            if (e.value(key, "") == id) users.push_back(std::string(noun) + " '" + e.value("id", "") + "'");
    };
    scan("actors", "territory", "actor");
    scan("cases", "territory", "case");
    scan("territories", "parent", "territory");
    if (users.empty()) return "";
    std::string out;
    for (size_t i = 0; i < users.size() && i < 5; ++i) out += (i ? ", " : "") + users[i];
    if (users.size() > 5) out += " and " + std::to_string(users.size() - 5) + " more";
    return out;
}

}  // namespace

EditPlan PlanEdit(const ojson& doc, const DocumentEdit& e) {
    const ElementKindInfo& info = InfoOf(e.element);
    const bool step = e.element == ElementKind::Step;
    // Where the element's list is, and the element's index in it (-1 for a new one).
    std::string list_path = "/" + std::string(info.list);
    const ojson* list = &ListOf(doc, info.list);
    bool list_exists = doc.contains(info.list);
    int index = -1;
    if (step) {
        const int tour = FindId(ListOf(doc, "tours"), e.id);
        if (tour < 0) return Refuse("unknown-tour", "unknown tour '" + e.id + "'");
        list_path = "/tours/" + std::to_string(tour) + "/steps";
        list = &ListOf(doc["tours"][tour], "steps");
        list_exists = true;
        if (e.op != DocumentEdit::Op::Add) {
            if (e.step < 1 || e.step > static_cast<int>(list->size()))
                return Refuse("unknown-step", "tour '" + e.id + "' has no step " + std::to_string(e.step) + "; it has steps 1 to " +
                                                  std::to_string(list->size()));
            index = e.step - 1;
        }
    } else if (e.op != DocumentEdit::Op::Add) {
        index = FindId(*list, e.id);
        if (index < 0) return Refuse(std::string("unknown-") + info.name, std::string("unknown ") + info.name + " '" + e.id + "'");
    }
    EditPlan plan;
    PatchBuilder patch;
    switch (e.op) {
        case DocumentEdit::Op::Add: {
            ojson value;
            if (!ParseValue(e.json, &value, &plan)) return plan;
            if (!value.is_object()) return Refuse("wrong-type", std::string("add ") + info.name + " takes a JSON object, e.g. {\"" + info.fields[0] + "\": ...}");
            for (auto it = value.begin(); it != value.end(); ++it)
                if (!HasField(info, it.key()))
                    return Refuse("unknown-field", std::string("a ") + info.name + " has no field '" + it.key() + "'; fields: " + FieldList(info));
            std::string id;
            if (!step) {
                if (!value.contains("id") || !value["id"].is_string())
                    return Refuse("missing-field", std::string("a new ") + info.name + " needs an \"id\" (a text)");
                id = value["id"].get<std::string>();
                if (FindId(*list, id) >= 0) return Refuse("duplicate-id", std::string("there is already a ") + info.name + " '" + id + "'");
            }
            int at = static_cast<int>(list->size());
            if (step && e.step > 0) {
                if (e.step > at + 1) return Refuse("unknown-step", "tour '" + e.id + "' has " + std::to_string(at) + " steps: a new one goes at 1 to " + std::to_string(at + 1));
                at = e.step - 1;
            }
            if (list_exists) patch.Add(list_path + "/" + std::to_string(at), value);
            else patch.Add(list_path, ojson::array({value}));
            plan.changes.push_back({step ? ElementChange::What::Changed : ElementChange::What::Added, step ? ElementKind::Tour : e.element,
                                    step ? e.id : id});
            break;
        }
        case DocumentEdit::Op::Set: {
            if (!HasField(info, e.field))
                return Refuse("unknown-field", std::string("a ") + info.name + " has no field '" + e.field + "'; fields: " + FieldList(info));
            if (e.field == "id")
                return Refuse("id-immutable", std::string("an id cannot be changed (links and cases refer to it): add a new ") + info.name + " and delete this one");
            ojson value;
            if (!ParseValue(e.json, &value, &plan)) return plan;
            const ojson& element = (*list)[index];
            const std::string path = list_path + "/" + std::to_string(index);
            const std::string field_path = path + "/" + e.field;
            auto current = element.find(e.field);
            if (value.is_null()) {
                if (current == element.end()) plan.no_change = true;
                else patch.Remove(field_path, *current);
            } else if (current == element.end()) {
                patch.Add(field_path, value);
            } else if (*current == value) {
                plan.no_change = true;
            } else {
                patch.Replace(field_path, *current, value);
            }
            plan.changes.push_back({ElementChange::What::Changed, step ? ElementKind::Tour : e.element, e.id});
            break;
        }
        case DocumentEdit::Op::Delete: {
            if (e.element == ElementKind::Territory) {
                const std::string users = TerritoryUsers(doc, e.id);
                if (!users.empty()) return Refuse("in-use", "territory '" + e.id + "' is still used by " + users + ": change or delete those first");
            }
            if (step) {
                patch.Remove(list_path + "/" + std::to_string(index), (*list)[index]);
                plan.changes.push_back({ElementChange::What::Changed, ElementKind::Tour, e.id});
            } else {
                PlanCascade(doc, e.element, e.id, index, patch, &plan.changes);
                plan.changes.push_back({ElementChange::What::Removed, e.element, e.id});
            }
            break;
        }
    }
    patch.Into(&plan);
    plan.ok = true;
    return plan;
}

bool ApplyPatch(ojson& doc, const Patch& patch, std::string* error) {
    for (const PatchOp& op : patch) {
        if (op.path.empty()) {  // the whole document: only a replace makes sense (an import, a new map)
            if (op.op != PatchOp::Op::Replace) {
                *error = "empty path";
                return false;
            }
            doc = op.value;
            continue;
        }
        ojson* parent = &doc;
        for (size_t i = 0; i + 1 < op.path.size(); ++i) {
            const std::string& token = op.path[i];
            if (parent->is_object() && parent->contains(token)) parent = &(*parent)[token];
            else if (parent->is_array() && !token.empty() && token.find_first_not_of("0123456789") == std::string::npos &&
                     std::stoul(token) < parent->size())
                parent = &(*parent)[std::stoul(token)];
            else {
                *error = "no '" + token + "' on the path";
                return false;
            }
        }
        const std::string& last = op.path.back();
        if (parent->is_object()) {
            if (op.op != PatchOp::Op::Add && !parent->contains(last)) {
                *error = "no '" + last + "' to change";
                return false;
            }
            if (op.op == PatchOp::Op::Remove) parent->erase(last);
            else (*parent)[last] = op.value;
            continue;
        }
        if (!parent->is_array()) {
            *error = "the parent of '" + last + "' is not an object or an array";
            return false;
        }
        const size_t size = parent->size();
        const bool digits = !last.empty() && last.find_first_not_of("0123456789") == std::string::npos && last.size() < 10;
        const size_t index = last == "-" ? size : digits ? std::stoul(last) : size + 1;
        if (index > size || (op.op != PatchOp::Op::Add && index == size)) {
            *error = "index " + last + " is out of range";
            return false;
        }
        if (op.op == PatchOp::Op::Add) parent->insert(parent->begin() + static_cast<std::ptrdiff_t>(index), op.value);
        else if (op.op == PatchOp::Op::Remove) parent->erase(index);
        else (*parent)[index] = op.value;
    }
    return true;
}

std::vector<ElementChange> DiffById(const ojson& before, const ojson& after) {
    std::vector<ElementChange> changes;
    for (int k = 0; k < ElementKindCount; ++k) {
        const ElementKind kind = static_cast<ElementKind>(k);
        if (kind == ElementKind::Step) continue;  // steps live inside their tour: a changed step changes its tour
        const char* list = InfoOf(kind).list;
        auto index = [&](const ojson& doc) {
            std::map<std::string, const ojson*> by_id;
            if (!doc.is_object() || !doc.contains(list) || !doc[list].is_array()) return by_id;
            for (const ojson& e : doc[list])
                if (e.is_object() && e.contains("id") && e["id"].is_string()) by_id.emplace(e["id"].get<std::string>(), &e);
            return by_id;
        };
        const auto old_ids = index(before), new_ids = index(after);
        for (const auto& [id, element] : old_ids) {
            auto found = new_ids.find(id);
            if (found == new_ids.end()) changes.push_back({ElementChange::What::Removed, kind, id});
            else if (*found->second != *element) changes.push_back({ElementChange::What::Changed, kind, id});
        }
        for (const auto& [id, element] : new_ids)
            if (!old_ids.count(id)) changes.push_back({ElementChange::What::Added, kind, id});
    }
    return changes;
}

}  // namespace sse
