// import_columns.cpp: see import_columns.h. The column tables are also the exporter's (ImportColumns), so that
// export -> edit in a spreadsheet -> import is a round trip.
#include "core/import_columns.h"

#include <algorithm>
#include <cstdlib>
#include <unordered_set>

#include "core/diagnostic_codes.h"
#include "core/import_table.h"
#include "core/quotation.h"
#include "core/search.h"

namespace sse {

namespace {


const std::vector<ImportColumn> kTerritoryColumns = {
    {"id", "code|key"}, {"name", "label|title"}, {"kind", "type"}, {"parent", "parent_id"},
    {"lat", "latitude"}, {"lon", "lng|long|longitude"},
};
const std::vector<ImportColumn> kActorColumns = {
    {"id", "key|element_id|node_id"},
    {"name", "label|title|factor|actor"},
    {"short_name", "short|abbreviation|acronym"},
    {"kind", "type|category|element_type"},
    {"level", "governance_level"},
    {"territory", "country|country_code|territory_id|place|location"},
    {"description", "note|notes|desc"},
    {"website", "url|web|homepage"},
    {"silk_role", "role"},
    {"year_from", "from_year|start_year|start|since|founded"},
    {"year_to", "to_year|end_year|end|until"},
    {"years_note", "year_note"},
    {"confidence", ""},
    {"quote", ""},
    {"reasoning", ""},
    {"sources", "source|source_url|source_urls"},
    {"source_title", "source_titles|source_name"},
};
const std::vector<ImportColumn> kLinkColumns = {
    {"id", "key|link_id|edge_id|connection_id"},
    {"from", "source|from_id|source_id"},
    {"to", "target|to_id|target_id"},
    {"kind", "link_kind"},
    {"relation", "type|relationship|connection_type|relation_type"},
    {"direction", ""},
    {"values", "value|value_dimensions"},
    {"weight", "strength"},
    {"year_from", "from_year|start_year|start|since"},
    {"year_to", "to_year|end_year|end|until"},
    {"years_note", "year_note"},
    {"cases", "case"},
    {"description", "note|notes|desc|label"},
    {"confidence", ""},
    {"quote", ""},
    {"reasoning", ""},
    {"sources", "source_url|source_urls"},
    {"source_title", "source_titles|source_name"},
};
const std::vector<ImportColumn> kCaseColumns = {
    {"id", "key"}, {"title", "name|label"}, {"territory", "country|country_code"}, {"summary", "description|note"},
    {"actors", "actor"}, {"links", "link"}, {"recommendations", "recommendation"},
    {"brief_source", "brief_source_url"}, {"brief_source_title", ""}, {"confidence", ""}, {"quote", ""},
    {"reasoning", ""}, {"sources", "source|source_url|source_urls"}, {"source_title", "source_titles|source_name"},
};
const std::vector<ImportColumn> kRecommendationColumns = {
    {"id", "key"}, {"number", "no|nr|n"}, {"title", "name|label"}, {"text", "description|note"}, {"cases", "case"},
};
const std::vector<ImportColumn> kNoColumns;

bool InAliasList(const char* list, const std::string& folded) {
    std::string_view rest(list);
    while (!rest.empty()) {
        const size_t bar = rest.find('|');
        if (rest.substr(0, bar) == folded) return true;
        if (bar == std::string_view::npos) break;
        rest.remove_prefix(bar + 1);
    }
    return false;
}

}  // namespace

namespace import_cells {

std::string Trim(const std::string& s) {
    size_t b = 0, e = s.size();
    while (b < e && (s[b] == ' ' || s[b] == '\t' || s[b] == '\r' || s[b] == '\n')) ++b;
    while (e > b && (s[e - 1] == ' ' || s[e - 1] == '\t' || s[e - 1] == '\r' || s[e - 1] == '\n')) --e;
    return s.substr(b, e - b);
}


// The column index of `header` among `columns`, or -1.
int MatchColumn(TableRole role, const std::string& folded) {
    const auto& columns = ImportColumns(role);
    for (size_t i = 0; i < columns.size(); ++i) {
        if (folded == columns[i].header) return static_cast<int>(i);
    }
    for (size_t i = 0; i < columns.size(); ++i) {
        if (InAliasList(columns[i].aliases, folded)) return static_cast<int>(i);
    }
    return -1;
}

TableRole RoleFromName(const std::string& name) {
    // The words of the file's stem or the sheet's name: "Kumu - Elements.csv" -> kumu, elements.
    std::string stem = name;
    const size_t slash = stem.find_last_of("/\\");
    if (slash != std::string::npos) stem = stem.substr(slash + 1);
    const size_t dot = stem.rfind('.');
    if (dot != std::string::npos && dot > 0) stem = stem.substr(0, dot);
    const std::string folded = FoldForSearch(stem);
    std::string word;
    for (size_t i = 0; i <= folded.size(); ++i) {
        const char c = i < folded.size() ? folded[i] : ' ';
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
            word += c;
            continue;
        }
        if (word.empty()) continue;
        static const std::pair<const char*, TableRole> kWords[] = {
            {"actors", TableRole::Actors}, {"actor", TableRole::Actors}, {"elements", TableRole::Actors},
            {"element", TableRole::Actors}, {"factors", TableRole::Actors}, {"factor", TableRole::Actors},
            {"nodes", TableRole::Actors}, {"node", TableRole::Actors}, {"organisations", TableRole::Actors},
            {"organizations", TableRole::Actors}, {"links", TableRole::Links}, {"link", TableRole::Links},
            {"connections", TableRole::Links}, {"connection", TableRole::Links}, {"edges", TableRole::Links},
            {"edge", TableRole::Links}, {"relations", TableRole::Links}, {"relationships", TableRole::Links},
            {"territories", TableRole::Territories}, {"territory", TableRole::Territories},
            {"countries", TableRole::Territories}, {"places", TableRole::Territories}, {"cases", TableRole::Cases},
            {"case", TableRole::Cases}, {"recommendations", TableRole::Recommendations},
            {"recommendation", TableRole::Recommendations},
        };
        for (const auto& [w, role] : kWords) {
            if (word == w) return role;
        }
        word.clear();
    }
    return TableRole::Unknown;
}

// The table's header row: among the first rows, the first with the most cells naming a column of `role` (of any
// role when unknown). -1 when no row names one.
int FindHeader(const ImportTable& table, TableRole role, int* matched) {
    int best = -1, best_count = 0;
    const size_t probe = std::min<size_t>(table.rows.size(), 20);
    for (size_t r = 0; r < probe; ++r) {
        int count = 0;
        for (const std::string& cell : table.rows[r]) {
            const std::string f = FoldHeader(cell);
            if (f.empty()) continue;
            bool hit = false;
            for (TableRole candidate : kRoles) {
                if ((role == TableRole::Unknown || role == candidate) && MatchColumn(candidate, f) >= 0) hit = true;
            }
            count += hit;
        }
        if (count > best_count) {
            best_count = count;
            best = static_cast<int>(r);
        }
    }
    *matched = best_count;
    return best;
}

TableRole RoleFromHeader(const std::vector<std::string>& header) {
    std::unordered_set<std::string> h;
    for (const std::string& cell : header) h.insert(FoldHeader(cell));
    auto has = [&](const char* a) { return h.count(a) > 0; };
    if ((has("from") || has("source")) && (has("to") || has("target"))) return TableRole::Links;
    if (has("number") && has("text")) return TableRole::Recommendations;
    if (has("summary") || has("brief_source")) return TableRole::Cases;
    if ((has("lat") || has("latitude")) && !has("level")) return TableRole::Territories;
    if (has("id") || has("name") || has("label")) return TableRole::Actors;
    return TableRole::Unknown;
}

// Enum text as the format spells it: "Public agency" -> "public_agency".
std::string EnumText(const std::string& cell) {
    // Already as the format spells it (what our own exports hold, on every row): no folding needed.
    bool plain = !cell.empty();
    for (char c : cell) plain = plain && ((c >= 'a' && c <= 'z') || c == '_');
    if (plain) return cell;
    std::string f = FoldHeader(cell);
    if (f == "international_organization") f = "international_organisation";
    return f;
}

std::vector<std::string> SplitBar(const std::string& cell) {
    std::vector<std::string> out;
    size_t start = 0;
    while (start <= cell.size()) {
        size_t bar = cell.find('|', start);
        if (bar == std::string::npos) bar = cell.size();
        std::string item = Trim(cell.substr(start, bar - start));
        if (!item.empty()) out.push_back(std::move(item));
        start = bar + 1;
    }
    return out;
}

// A number as a spreadsheet user writes it: "2.5", "2,5" (a decimal comma), "1e3". False when it is not one.
bool ParseNumber(const std::string& cell, double* out) {
    std::string s = Trim(cell);
    if (s.find('.') == std::string::npos) std::replace(s.begin(), s.end(), ',', '.');
    if (s.empty()) return false;
    char* end = nullptr;
    const double v = std::strtod(s.c_str(), &end);
    if (end != s.c_str() + s.size()) return false;
    *out = v;
    return true;
}

// A number cell as a JSON value: a number when it reads as one, else the text (the loader then says it is not a number).
JsonNode NumberNode(const std::string& cell) {
    double v = 0;
    if (ParseNumber(cell, &v)) return JsonNode::Number(v);
    return JsonNode::Text(cell);
}

bool IsValidId(const std::string& s) {
    if (s.empty() || s.size() > 200) return false;
    auto ok = [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); };
    if (!ok(s[0])) return false;
    for (char c : s) {
        if (!ok(c) && c != '_' && c != '.' && c != '-') return false;
    }
    return true;
}

// An id made from a name: "ACCIÓ – Catalan Agency" -> "accio-catalan-agency" (at most 60 characters).
std::string Slug(const std::string& name) {
    const std::string f = FoldForSearch(name);
    std::string out;
    for (char c : f) {
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
            out += c;
        } else if (!out.empty() && out.back() != '-') {
            out += '-';
        }
        if (out.size() >= 60) break;
    }
    while (!out.empty() && out.back() == '-') out.pop_back();
    return out;
}

// The index of our column `header` among the role's columns.
static size_t ColumnIndex(TableRole role, const char* header) {
    const auto& columns = ImportColumns(role);
    size_t i = 0;
    while (i < columns.size() && std::string_view(columns[i].header) != header) ++i;
    return i;
}

TableInfo ClassifyTable(const std::vector<ImportTable>& tables, int t, std::vector<Diagnostic>& diagnostics) {
    const ImportTable& table = tables[static_cast<size_t>(t)];
    TableInfo info;
    auto report = [&](Diagnostic::Severity severity, int row, int column, DiagnosticCode code, std::string message) {
        diagnostics.push_back(CellDiagnostic(table, static_cast<size_t>(row), static_cast<size_t>(std::max(column, 0)),
                                             severity, ToString(code), std::move(message)));
    };
    auto Warn = [&](int, int row, int column, DiagnosticCode code, std::string message) {
        report(Diagnostic::Severity::Warning, row, column, code, std::move(message));
    };
    auto Fail = [&](int, int row, int column, DiagnosticCode code, std::string message) {
        report(Diagnostic::Severity::Error, row, column, code, std::move(message));
    };
    TableRole role = TableRole::Unknown;
    if (table.role == "actors") role = TableRole::Actors;
    if (table.role == "links") role = TableRole::Links;
    if (role == TableRole::Unknown) role = RoleFromName(table.sheet.empty() ? table.file : table.sheet);
    if (role == TableRole::Unknown && !table.sheet.empty()) role = RoleFromName(table.file);
    // A hidden sheet is read only when no visible sheet holds that table (an old copy is often kept hidden).
    if (table.hidden && role != TableRole::Unknown) {
        for (const ImportTable& other : tables) {
            if (other.hidden || &other == &table || RoleFromName(other.sheet.empty() ? other.file : other.sheet) != role) {
                continue;
            }
            Warn(t, 0, 0, DiagnosticCode::UnknownTable,
                 "hidden sheet skipped: the visible sheet " + QuoteForMessage(other.sheet, 60) + " holds the " +
                     TableRoleName(role));
            return info;
        }
    }
    int matched = 0;
    const int header = FindHeader(table, role, &matched);
    if (header < 0) {
        if (role == TableRole::Unknown) {
            Warn(t, 0, 0, DiagnosticCode::UnknownTable,
                 "this table is skipped: neither its name nor its first rows say which table it is (name the file or "
                 "sheet 'actors', 'links', 'territories', 'cases' or 'recommendations', or give it a header row)");
        } else {
            Fail(t, 0, 0, DiagnosticCode::NoHeader,
                 std::string("no header row naming the columns of a ") + TableRoleName(role) +
                     " table was found in the first 20 rows (e.g. 'id', 'name'" +
                     (role == TableRole::Links ? ", 'from', 'to'" : "") + ")");
        }
        return info;
    }
    if (role == TableRole::Unknown) role = RoleFromHeader(table.rows[static_cast<size_t>(header)]);
    if (role == TableRole::Unknown) {
        Warn(t, header, 0, DiagnosticCode::UnknownTable,
             "this table is skipped: its header names no 'from'/'to' (links) nor 'id'/'name' (actors) column, and its "
             "name is not one of the data set's tables");
        return info;
    }
    info.role = role;
    info.header = header;
    const auto& columns = ImportColumns(role);
    info.column_of.assign(columns.size(), -1);
    const auto& cells = table.rows[static_cast<size_t>(header)];
    // Our own names first, so that a 'relation' column keeps that meaning even after Gephi's 'Type' column.
    std::vector<int> match(cells.size(), -1);
    for (size_t c = 0; c < cells.size(); ++c) {
        const std::string f = FoldHeader(cells[c]);
        for (size_t k = 0; k < columns.size(); ++k) {
            if (f == columns[k].header && info.column_of[k] < 0) {
                info.column_of[k] = static_cast<int>(c);
                match[c] = static_cast<int>(k);
            }
        }
    }
    for (size_t c = 0; c < cells.size(); ++c) {
        const std::string f = FoldHeader(cells[c]);
        if (f.empty() || match[c] >= 0) continue;
        // How another program drew the node (GEXF's viz: position, colour, size): the explorer draws its own.
        if (cells[c].rfind("viz:", 0) == 0) continue;
        int k = MatchColumn(role, f);
        if (role == TableRole::Links && f == "type" && k >= 0 && info.column_of[static_cast<size_t>(k)] >= 0) {
            k = static_cast<int>(ColumnIndex(role, "direction"));  // Gephi: Directed / Undirected
        }
        // Actors and links keep what we do not read as attributes (shown, exported back); other tables drop it.
        const bool keeps = role == TableRole::Actors || role == TableRole::Links;
        if (k < 0) {
            if (keeps) info.attribute_columns.push_back(static_cast<int>(c));
            Warn(t, header, static_cast<int>(c), DiagnosticCode::UnknownKey,
                 "column " + QuoteForMessage(cells[c], 60) + " is not a field of " + TableRoleName(role) +
                     (keeps ? "; it is kept as an attribute of each row" : "; it is not imported"));
        } else if (info.column_of[static_cast<size_t>(k)] >= 0) {
            if (keeps) info.attribute_columns.push_back(static_cast<int>(c));
            Warn(t, header, static_cast<int>(c), DiagnosticCode::DuplicateKey,
                 "column " + QuoteForMessage(cells[c], 60) + " is a second '" + columns[static_cast<size_t>(k)].header +
                     "' column; the first one is used" + (keeps ? ", this one is kept as an attribute" : ""));
        } else {
            info.column_of[static_cast<size_t>(k)] = static_cast<int>(c);
        }
    }
    // Said once per table rather than once per row (a table of 10,000 actors would bury every other message).
    if (role == TableRole::Actors || role == TableRole::Links || role == TableRole::Cases) {
        if (info.column_of[ColumnIndex(role, "confidence")] < 0) {
            Warn(t, header, 0, DiagnosticCode::MissingField,
                 "no 'confidence' column: every row is recorded as 'inferred' (your own reading); add the column with "
                 "verified, brief or inferred to say more");
        }
        if (info.column_of[ColumnIndex(role, "sources")] < 0) {
            Warn(t, header, 0, DiagnosticCode::MissingField,
                 "no 'sources' column: the rows carry no source; add one with the address (http...) of what says so");
        }
    }
    return info;
}

}  // namespace import_cells

using import_cells::Trim;

const std::vector<ImportColumn>& ImportColumns(TableRole role) {
    switch (role) {
    case TableRole::Territories: return kTerritoryColumns;
    case TableRole::Actors: return kActorColumns;
    case TableRole::Links: return kLinkColumns;
    case TableRole::Cases: return kCaseColumns;
    case TableRole::Recommendations: return kRecommendationColumns;
    case TableRole::Unknown: break;
    }
    return kNoColumns;
}

const char* TableRoleName(TableRole role) {
    switch (role) {
    case TableRole::Territories: return "territories";
    case TableRole::Actors: return "actors";
    case TableRole::Links: return "links";
    case TableRole::Cases: return "cases";
    case TableRole::Recommendations: return "recommendations";
    case TableRole::Unknown: break;
    }
    return "";
}

std::string FoldHeader(const std::string& header) {
    const std::string folded = FoldForSearch(Trim(header));
    std::string out;
    out.reserve(folded.size());
    for (char c : folded) {
        const bool sep = c == ' ' || c == '-' || c == '.' || c == '_' || c == '\t';
        if (sep) {
            if (!out.empty() && out.back() != '_') out += '_';
        } else {
            out += c;
        }
    }
    while (!out.empty() && out.back() == '_') out.pop_back();
    return out;
}

}  // namespace sse
