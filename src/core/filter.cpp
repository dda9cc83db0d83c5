// filter.cpp: see filter.h.
#include "core/filter.h"
#include "core/text_split.h"

#include <algorithm>

#include <nlohmann/json.hpp>

#include "core/vocabulary.h"

namespace sse {

namespace {
bool Allows(const std::vector<int>& list, int v) { return list.empty() || std::find(list.begin(), list.end(), v) != list.end(); }

bool YearsMatch(const YearRange& y, int from, int to) {
    if (!y.from || (!from && !to)) return true;
    int item_to = y.to ? y.to : 9999;
    return (!from || item_to >= from) && (!to || y.from <= to);
}

bool TerritoryMatches(const Dataset& data, int t, const std::vector<int>& wanted) {
    if (wanted.empty()) return true;
    for (int guard = 0; t >= 0 && guard < 32; ++guard) {  // guard: a parent cycle cannot hang us
        if (std::find(wanted.begin(), wanted.end(), t) != wanted.end()) return true;
        t = data.territories[t].parent;
    }
    return false;
}

// A year of up to 4 digits, or nothing (out = 0). False for anything else.
bool ParseYear(std::string s, int& out) {
    s.erase(0, s.find_first_not_of(' '));
    s.erase(s.find_last_not_of(' ') + 1);
    out = 0;
    if (s.empty()) return true;
    if (s.size() > 4 || s.find_first_not_of("0123456789") != std::string::npos) return false;
    out = std::stoi(s);
    return true;
}

std::vector<std::string> SplitComma(const std::string& s) { return SplitTrimmed(s, ','); }

// Names of an enum vocabulary -> their indices; on an unknown name, the message and `out` unchanged.
std::string ParseNameList(const std::vector<std::string>& names, const EnumTable& table, std::vector<int>& out) {
    std::vector<int> result;
    for (const std::string& n : names) {
        const int i = table.Find(n);
        if (i < 0) return "unknown " + std::string(table.what) + " '" + n + "'; allowed: " + table.Allowed();
        result.push_back(i);
    }
    out = result;
    return "";
}

template <typename T, typename IdOf>
std::string ParseIdList(const std::vector<std::string>& names, const std::vector<T>& items, IdOf id_of,
                        const char* what, std::vector<int>& out) {
    std::vector<int> result;
    for (const std::string& n : names) {
        int found = -1;
        for (int i = 0; i < (int)items.size(); ++i)
            if (id_of(items[i]) == n) found = i;
        if (found < 0) {
            std::string known;
            for (int i = 0; i < (int)items.size() && i < 12; ++i) known += (i ? ", " : "") + id_of(items[i]);
            return std::string("unknown ") + what + " '" + n + "'; known: " + known + (items.size() > 12 ? ", ..." : "");
        }
        result.push_back(found);
    }
    out = result;
    return "";
}

// The id of element `i` of the kind a filter field lists; "" out of range.
std::string IdOf(const Dataset& data, DataElement kind, int i) {
    auto id = [i](const auto& items) { return i >= 0 && i < (int)items.size() ? items[i].id : std::string(); };
    switch (kind) {
        case DataElement::Territory: return id(data.territories);
        case DataElement::Case: return id(data.cases);
        case DataElement::Recommendation: return id(data.recommendations);
        default: return "";
    }
}

// The names a field lists: enum wire names or element ids, in the list's order.
std::vector<std::string> ValueNames(const FilterState& f, const Dataset& data, FilterField field) {
    std::vector<std::string> out;
    const std::vector<int>* list = FilterList(f, field);
    if (!list) return out;
    const FilterFieldValues& values = ValuesOf(field);
    for (int i : *list) out.push_back(values.names ? std::string(values.names->Name(i)) : IdOf(data, values.ids, i));
    return out;
}
}  // namespace

bool FilterState::Empty() const {
    return actor_kinds.empty() && levels.empty() && link_kinds.empty() && relations.empty() && values.empty() &&
           confidences.empty() && territories.empty() && cases.empty() && recommendations.empty() && !year_from &&
           !year_to;
}

const std::vector<std::string>& FilterFieldNames() {
    static const std::vector<std::string> names = [] {
        std::vector<std::string> out;
        for (std::string_view n : TableOf<FilterField>().Parsable()) out.emplace_back(n);
        return out;
    }();
    return names;
}

std::vector<int>* FilterList(FilterState& f, FilterField field) {
    switch (field) {
        case FilterField::Kind: return &f.actor_kinds;
        case FilterField::Level: return &f.levels;
        case FilterField::Territory: return &f.territories;
        case FilterField::LinkKind: return &f.link_kinds;
        case FilterField::Relation: return &f.relations;
        case FilterField::Value: return &f.values;
        case FilterField::Case: return &f.cases;
        case FilterField::Recommendation: return &f.recommendations;
        case FilterField::Confidence: return &f.confidences;
        case FilterField::Years: return nullptr;
    }
    return nullptr;
}

const std::vector<int>* FilterList(const FilterState& f, FilterField field) {
    return FilterList(const_cast<FilterState&>(f), field);  // the same member, only read
}

std::string FilterFieldText(const FilterState& f, const Dataset& data, FilterField field) {
    if (ValuesOf(field).years) {
        if (!f.year_from && !f.year_to) return "";
        return (f.year_from ? std::to_string(f.year_from) : "") + "-" + (f.year_to ? std::to_string(f.year_to) : "");
    }
    std::string joined;
    for (const std::string& n : ValueNames(f, data, field)) joined += (joined.empty() ? "" : ",") + n;
    return joined;
}

VisibilityMasks ComputeVisibility(const Dataset& data, const FilterState& f) {
    const size_t na = data.actors.size(), nl = data.links.size();
    const Visibility miss = f.showcase ? Visibility::Faded : Visibility::Hidden;
    VisibilityMasks m;
    m.actors.assign(na, Visibility::Shown);
    m.links.assign(nl, Visibility::Shown);

    // Cases chosen directly or through recommendations restrict to their actors and links.
    std::vector<int> cases = f.cases;
    for (int r : f.recommendations)
        if (r >= 0 && r < (int)data.recommendations.size())
            for (int c : data.recommendations[r].cases) cases.push_back(c);
    bool by_case = !f.cases.empty() || !f.recommendations.empty();
    std::vector<uint8_t> case_actor(na, 0), case_link(nl, 0);
    for (int c : cases) {
        if (c < 0 || c >= (int)data.cases.size()) continue;
        for (int a : data.cases[c].actors)
            if (a >= 0) case_actor[a] = 1;
        for (int l : data.cases[c].links)
            if (l >= 0) case_link[l] = 1;
    }
    if (by_case)
        for (size_t l = 0; l < nl; ++l) {
            for (int c : data.links[l].cases)
                if (std::find(cases.begin(), cases.end(), c) != cases.end()) case_link[l] = 1;
            if (case_link[l]) {  // a case's link brings its two actors along
                if (data.links[l].from >= 0) case_actor[data.links[l].from] = 1;
                if (data.links[l].to >= 0) case_actor[data.links[l].to] = 1;
            }
        }

    for (size_t a = 0; a < na; ++a) {
        const Actor& x = data.actors[a];
        bool ok = Allows(f.actor_kinds, (int)x.kind) && Allows(f.levels, (int)x.level) &&
                  Allows(f.confidences, (int)x.confidence) && TerritoryMatches(data, x.territory, f.territories) &&
                  YearsMatch(x.years, f.year_from, f.year_to) && (!by_case || case_actor[a]);
        if (!ok) m.actors[a] = miss;
    }
    std::vector<uint8_t> has_link(na, 0);
    for (size_t l = 0; l < nl; ++l) {
        const Link& x = data.links[l];
        bool values_ok = f.values.empty();
        for (int bit : f.values) values_ok = values_ok || (x.values & (1u << bit));
        bool ok = x.from >= 0 && x.to >= 0 && Allows(f.link_kinds, (int)x.kind) && Allows(f.relations, (int)x.relation) &&
                  Allows(f.confidences, (int)x.confidence) && values_ok && YearsMatch(x.years, f.year_from, f.year_to) &&
                  (!by_case || case_link[l]);
        if (!ok) {
            m.links[l] = miss;
            continue;
        }
        // A link takes the weaker state of its two actors (hidden beats faded beats shown).
        Visibility ends = std::min(m.actors[x.from], m.actors[x.to]);
        m.links[l] = std::min(Visibility::Shown, ends);
        if (m.links[l] == Visibility::Shown) has_link[x.from] = has_link[x.to] = 1;
    }
    if (f.hide_isolated)
        for (size_t a = 0; a < na; ++a)
            if (!has_link[a] && m.actors[a] == Visibility::Shown) m.actors[a] = miss;
    return m;
}

std::string SetFilterField(FilterState& f, const Dataset& data, const std::string& field_name, const std::string& text) {
    const auto field = ParseEnum<FilterField>(field_name);
    if (!field) return "unknown filter field '" + field_name + "'; allowed: " + TableOf<FilterField>().Allowed();
    std::vector<std::string> names = SplitComma(text);
    bool clear = names.empty() || (names.size() == 1 && names[0] == "all");
    const FilterFieldValues& values = ValuesOf(*field);
    if (values.years) {
        if (clear) {
            f.year_from = f.year_to = 0;
            return "";
        }
        const char* usage = "years: expected 2016-2026, 2016- or -2020";
        size_t dash = text.find('-');
        int from = 0, to = 0;
        if (!ParseYear(text.substr(0, dash), from) || (dash != std::string::npos && !ParseYear(text.substr(dash + 1), to)))
            return usage;
        if (dash == std::string::npos) to = from;  // a single year
        if (!from && !to) return usage;
        if ((from && (from < 1900 || from > 2100)) || (to && (to < 1900 || to > 2100)) || (from && to && from > to))
            return "years: expected years between 1900 and 2100, the first not after the second";
        f.year_from = from;
        f.year_to = to;
        return "";
    }
    std::vector<int>& target = *FilterList(f, *field);
    if (clear) {
        target.clear();
        return "";
    }
    if (values.names) return ParseNameList(names, *values.names, target);
    switch (values.ids) {
        case DataElement::Territory:
            return ParseIdList(names, data.territories, [](const Territory& x) { return x.id; }, "territory", target);
        case DataElement::Case:
            return ParseIdList(names, data.cases, [](const Case& x) { return x.id; }, "case", target);
        case DataElement::Recommendation:
            return ParseIdList(names, data.recommendations, [](const Recommendation& x) { return x.id; }, "recommendation", target);
        default: return "filter field '" + field_name + "' has no values";  // unreachable: every list field is above
    }
}

std::string FilterToJson(const FilterState& f, const Dataset& data) {
    using nlohmann::json;
    json j = json::object();
    for (int i = 0; i < FilterFieldCount; ++i) {
        const FilterField field = static_cast<FilterField>(i);
        if (ValuesOf(field).years) {
            j[WireName(field)] = {{"from", f.year_from ? json(f.year_from) : json(nullptr)},
                                  {"to", f.year_to ? json(f.year_to) : json(nullptr)}};
        } else {
            j[WireName(field)] = ValueNames(f, data, field);
        }
    }
    j["showcase"] = f.showcase;
    j["hideIsolated"] = f.hide_isolated;
    return j.dump();
}

}  // namespace sse
