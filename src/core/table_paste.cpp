// table_paste.cpp: see table_paste.h.
#include "core/table_paste.h"

#include <unordered_set>

#include "core/edit_defaults.h"
#include "core/search.h"
#include "core/vocabulary.h"

namespace sse {

namespace {

using nlohmann::json;

const std::vector<TableColumn> kActorColumns = {{"name", true},      {"kind", true},        {"level", true},
                                                {"territory", true}, {"degree", false},     {"in_degree", false},
                                                {"out_degree", false}, {"betweenness", false}, {"closeness", false}};
const std::vector<TableColumn> kLinkColumns = {{"from", true},      {"to", true},     {"kind", true},      {"relation", true},
                                               {"direction", true}, {"values", true}, {"confidence", true}};
const std::vector<TableColumn> kTerritoryColumns = {{"name", true},       {"actors", false}, {"horizontal", false},
                                                    {"vertical", false},  {"share", false},  {"levels", false},
                                                    {"flow", false}};


// Spreadsheet text: rows split at line ends, cells at tabs; a cell in double quotes may hold tabs, line breaks
// and doubled quotes (what spreadsheets write for such cells). One trailing line end does not make a row.
std::vector<std::vector<std::string>> SplitCells(const std::string& text) {
    std::vector<std::vector<std::string>> rows(1, std::vector<std::string>(1));
    size_t i = 0;
    const size_t n = text.size();
    bool cell_start = true;
    while (i < n) {
        const char c = text[i];
        std::string& cell = rows.back().back();
        if (cell_start && c == '"') {
            ++i;
            while (i < n) {
                if (text[i] == '"') {
                    if (i + 1 < n && text[i + 1] == '"') {
                        cell += '"';
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                if (text[i] != '\r') cell += text[i];
                ++i;
            }
            cell_start = false;
            continue;
        }
        cell_start = false;
        if (c == '\t') {
            rows.back().emplace_back();
            cell_start = true;
        } else if (c == '\n' || c == '\r') {
            if (c == '\r' && i + 1 < n && text[i + 1] == '\n') ++i;
            rows.emplace_back(1);
            cell_start = true;
        } else {
            cell += c;
        }
        ++i;
    }
    if (rows.size() > 1 && rows.back().size() == 1 && rows.back()[0].empty()) rows.pop_back();
    return rows;
}

std::string Trim(const std::string& s) {
    const size_t a = s.find_first_not_of(" \t\r\n"), b = s.find_last_not_of(" \t\r\n");
    return a == std::string::npos ? "" : s.substr(a, b - a + 1);
}

// A vocabulary word as a person may type it: the wire name, the English or the interface's display name, any
// case and accents ("Public agency", "public_agency", "agencia pública").
int FindWord(const EnumTable& table, const std::string& text) {
    const std::string folded = FoldForSearch(Trim(text));
    for (int i = table.first_parsable; i < table.count; ++i) {
        if (folded == FoldForSearch(table.names[i]) || folded == FoldForSearch(table.entries[i].display) ||
            folded == FoldForSearch(table.Display(i)))
            return i;
    }
    return -1;
}

// An actor named by id, short name or name (folded); -1 when none or several match.
int FindActorByWord(const Dataset& data, const std::string& text) {
    const std::string t = Trim(text);
    const int by_id = data.FindActor(t);
    if (by_id >= 0) return by_id;
    const std::string folded = FoldForSearch(t);
    int found = -1;
    for (int a = 0; a < static_cast<int>(data.actors.size()); ++a) {
        const Actor& x = data.actors[a];
        if (FoldForSearch(x.name) == folded || (!x.short_name.empty() && FoldForSearch(x.short_name) == folded)) {
            if (found >= 0) return -1;
            found = a;
        }
    }
    return found;
}

int FindTerritoryByWord(const Dataset& data, const std::string& text) {
    const std::string folded = FoldForSearch(Trim(text));
    for (int t = 0; t < static_cast<int>(data.territories.size()); ++t)
        if (data.territories[t].id == Trim(text) || FoldForSearch(data.territories[t].name) == folded) return t;
    return -1;
}

// The JSON value of a cell for `field` of `table`, or a message saying what the cell should hold.
// `null` means: remove the (optional) field.
bool CellValue(const Dataset& data, TableKind table, const std::string& field, const std::string& text, json* out,
               std::string* error) {
    auto word = [&](const EnumTable& vocab) {
        const int i = FindWord(vocab, text);
        if (i < 0) *error = "'" + Trim(text) + "' is not a " + vocab.what + " (allowed: " + vocab.Allowed() + ")";
        else *out = vocab.names[i];
        return i >= 0;
    };
    if (field == "name") {
        if (Trim(text).empty()) *error = "a name cannot be empty";
        else *out = Trim(text);
        return !Trim(text).empty();
    }
    if (table == TableKind::Actors) {
        if (field == "kind") return word(TableOf<ActorKind>());
        if (field == "level") return word(TableOf<Level>());
        if (field == "territory") {
            const int t = FindTerritoryByWord(data, text);
            if (t < 0) *error = "no territory has the id or name '" + Trim(text) + "'";
            else *out = data.territories[t].id;
            return t >= 0;
        }
    }
    if (table == TableKind::Links) {
        if (field == "from" || field == "to") {
            const int a = FindActorByWord(data, text);
            if (a < 0) *error = "no single actor has the id, short name or name '" + Trim(text) + "'";
            else *out = data.actors[a].id;
            return a >= 0;
        }
        if (field == "kind") return word(TableOf<LinkKind>());
        if (field == "relation") return word(TableOf<Relation>());
        if (field == "direction") return word(TableOf<Direction>());
        if (field == "confidence") return word(TableOf<Confidence>());
        if (field == "values") {  // "social, economic" (or ';'); empty: none recorded
            json list = json::array();
            std::string part;
            const std::string all = text + ",";
            for (char c : all) {
                if (c != ',' && c != ';') {
                    part += c;
                    continue;
                }
                if (!Trim(part).empty()) {
                    const int bit = FindWord(ValueDimensionTable(), part);
                    if (bit < 0) {
                        *error = "'" + Trim(part) + "' is not a value dimension (allowed: " + ValueDimensionTable().Allowed() + ")";
                        return false;
                    }
                    list.push_back(ValueDimensionTable().names[bit]);
                }
                part.clear();
            }
            *out = list.empty() ? json(nullptr) : list;
            return true;
        }
    }
    *error = "column '" + field + "' does not take text";
    return false;
}

int ColumnIndex(TableKind table, const std::string& field) {
    const std::vector<TableColumn>& columns = TableColumns(table);
    for (size_t c = 0; c < columns.size(); ++c)
        if (field == columns[c].field) return static_cast<int>(c);
    return -1;
}

PastePlan Fail(std::string code, std::string message) {
    PastePlan p;
    p.code = std::move(code);
    p.message = std::move(message);
    return p;
}

}  // namespace

const std::vector<TableColumn>& TableColumns(TableKind table) {
    return table == TableKind::Actors ? kActorColumns : table == TableKind::Links ? kLinkColumns : kTerritoryColumns;
}

const char* TableName(TableKind t) { return t == TableKind::Actors ? "actors" : t == TableKind::Links ? "links" : "territories"; }

const EnumTable* ColumnVocabulary(TableKind table, const std::string& field) {
    if (table == TableKind::Actors) {
        if (field == "kind") return &TableOf<ActorKind>();
        if (field == "level") return &TableOf<Level>();
    } else if (table == TableKind::Links) {
        if (field == "kind") return &TableOf<LinkKind>();
        if (field == "relation") return &TableOf<Relation>();
        if (field == "direction") return &TableOf<Direction>();
        if (field == "confidence") return &TableOf<Confidence>();
    }
    return nullptr;
}

bool ParseTableKind(const std::string& word, TableKind* table) {
    for (TableKind t : {TableKind::Actors, TableKind::Links, TableKind::Territories})
        if (word == TableName(t)) {
            *table = t;
            return true;
        }
    return false;
}

PastePlan PlanPaste(const json& doc, const Dataset& data, const PasteRequest& request) {
    const std::vector<TableColumn>& columns = TableColumns(request.table);
    const int first = ColumnIndex(request.table, request.first_field);
    if (first < 0) {
        std::string names;
        for (const TableColumn& c : columns) names += std::string(names.empty() ? "" : ", ") + c.field;
        return Fail("usage", "the " + std::string(TableName(request.table)) + " table has no column '" + request.first_field + "' (columns: " + names + ")");
    }
    const std::vector<std::vector<std::string>> rows = SplitCells(request.text);
    const char* array = request.table == TableKind::Actors ? "actors" : request.table == TableKind::Links ? "links" : "territories";
    PastePlan plan;
    plan.content = doc;
    json& list = plan.content[array];
    std::unordered_set<std::string> new_ids;
    for (size_t r = 0; r < rows.size(); ++r) {
        const std::vector<std::string>& cells = rows[r];
        if (first + cells.size() > columns.size())
            return Fail("too-many-columns", "row " + std::to_string(r + 1) + " has " + std::to_string(cells.size()) +
                                                " cells; from column '" + request.first_field + "' the table has " +
                                                std::to_string(columns.size() - first));
        json* element = nullptr;
        std::string label;
        if (r < request.row_ids.size()) {
            for (json& e : list)
                if (e.value("id", "") == request.row_ids[r]) element = &e;
            if (!element) return Fail("unknown-row", "no " + std::string(array) + " row has the id '" + request.row_ids[r] + "'");
            label = request.row_ids[r];
        } else if (request.table == TableKind::Actors) {  // rows beyond the table: new actors
            std::string name = first == 0 ? Trim(cells[0]) : "";
            if (name.empty()) return Fail("bad-cell", "row " + std::to_string(r + 1) + ": a new actor needs a name in the first column");
            std::string id = UniqueId(data, ElementKind::Actor, name);
            for (int k = 2; new_ids.count(id); ++k) id = UniqueId(data, ElementKind::Actor, name + "-" + std::to_string(k));
            new_ids.insert(id);
            const std::string territory = DefaultTerritory(data, "");
            if (territory.empty()) return Fail("bad-cell", "a new actor needs a territory: the map has none yet");
            list.push_back(NewActorJson(data, id, name, Level::Local, territory));
            element = &list.back();
            label = name;
            ++plan.rows_added;
        } else {
            return Fail("too-many-rows", "the paste has " + std::to_string(rows.size()) + " rows; the table has " +
                                             std::to_string(request.row_ids.size()) + " from the chosen row");
        }
        if (r < request.row_ids.size()) ++plan.rows_changed;
        for (size_t c = 0; c < cells.size(); ++c) {
            const TableColumn& column = columns[first + c];
            const std::string where = "row " + std::to_string(r + 1) + " (" + label + "), column " + column.field;
            if (!column.editable) return Fail("read-only-column", where + ": computed from the links, it cannot be typed over");
            json value;
            std::string error;
            if (!CellValue(data, request.table, column.field, cells[c], &value, &error)) return Fail("bad-cell", where + ": " + error);
            if (value.is_null()) element->erase(column.field);
            else (*element)[column.field] = value;
            ++plan.cells;
        }
    }
    plan.ok = true;
    plan.code = "ok";
    plan.message = "pasted " + std::to_string(plan.cells) + (plan.cells == 1 ? " cell" : " cells") + " into " +
                   std::to_string(plan.rows_changed + plan.rows_added) + (plan.rows_changed + plan.rows_added == 1 ? " row" : " rows") +
                   (plan.rows_added ? " (" + std::to_string(plan.rows_added) + " new)" : "");
    return plan;
}

bool ParsePasteArguments(const std::string& text, PasteRequest* request, std::string* error) {
    const char* usage = "usage: paste-cells actors|links|territories <first column> {\"rows\": [row ids], \"text\": \"cells\\tas\\ttabs\"}";
    size_t p = text.find_first_not_of(' ');
    auto word = [&]() {
        if (p == std::string::npos) return std::string();
        const size_t e = text.find(' ', p);
        std::string w = text.substr(p, e == std::string::npos ? std::string::npos : e - p);
        p = e == std::string::npos ? e : text.find_first_not_of(' ', e);
        return w;
    };
    const std::string table = word(), field = word();
    if (!ParseTableKind(table, &request->table) || field.empty() || p == std::string::npos) {
        *error = usage;
        return false;
    }
    request->first_field = field;
    const json arg = json::parse(text.substr(p), nullptr, false);
    if (!arg.is_object() || !arg.contains("text") || !arg["text"].is_string() ||
        (arg.contains("rows") && !arg["rows"].is_array())) {
        *error = usage;
        return false;
    }
    request->row_ids.clear();
    for (const json& id : arg.value("rows", json::array())) {
        if (!id.is_string()) {
            *error = usage;
            return false;
        }
        request->row_ids.push_back(id.get<std::string>());
    }
    request->text = arg["text"].get<std::string>();
    return true;
}

}  // namespace sse
