// import_columns.h: internal to the import mapper (import_mapper.cpp): the columns each table may have, how a
// table's role is recognised from its name or header, and how a cell's text is read (trimmed, split at '|', a
// number with a decimal comma, an id made from a name).
#pragma once

#include <string>
#include <vector>

#include "core/import_mapper.h"
#include "core/dataset_writer.h"

namespace sse::import_cells {

// Every table role, in the order the mapper builds them.
constexpr TableRole kRoles[] = {TableRole::Territories, TableRole::Actors, TableRole::Links, TableRole::Cases,
                                TableRole::Recommendations};
// The territory of actors whose row names none (a Kumu or System-Mapper file has no places).
constexpr const char* kUnplacedTerritory = "unplaced";

// Which table a file or sheet holds, where its header row is, and which cell column gives each of our columns.
struct TableInfo {
    TableRole role = TableRole::Unknown;  // Unknown: the table is skipped
    int header = -1;
    std::vector<int> column_of;  // per ImportColumn of the role
    std::vector<int> attribute_columns;  // actors and links: the other named columns, kept as attributes
};
// Classifies tables[t] by its name, its header or its hidden twin; what is skipped or doubtful goes to `diagnostics`,
// located at the cell.
TableInfo ClassifyTable(const std::vector<ImportTable>& tables, int t, std::vector<Diagnostic>& diagnostics);

// The text without spaces, tabs and line breaks around it.
std::string Trim(const std::string& s);
// The column index of a folded header among the role's columns (by name, then by alias), or -1.
int MatchColumn(TableRole role, const std::string& folded);
// The table a file or sheet name announces ("Kumu - Elements.csv" -> actors), or Unknown.
TableRole RoleFromName(const std::string& name);
// The table's header row: among the first rows, the first with the most cells naming a column of `role` (of any
// role when unknown); -1 when no row names one. `matched`: how many cells it names.
int FindHeader(const ImportTable& table, TableRole role, int* matched);
// The table a header row announces (from/to: links, ...), or Unknown.
TableRole RoleFromHeader(const std::vector<std::string>& header);
// Enum text as the format spells it: "Public agency" -> "public_agency".
std::string EnumText(const std::string& cell);
// The items of a cell separated by '|', trimmed, empty ones dropped.
std::vector<std::string> SplitBar(const std::string& cell);
// A number as a spreadsheet user writes it: "2.5", "2,5" (a decimal comma), "1e3". False when it is not one.
bool ParseNumber(const std::string& cell, double* out);
// The cell as a JSON number when it reads as one, else as text.
JsonNode NumberNode(const std::string& cell);
// Whether the text is an id by the format's rule (lower case letters, digits, _ . -, starting with a letter or digit).
bool IsValidId(const std::string& s);
// An id made from a name: "ACCIÓ – Catalan Agency" -> "accio-catalan-agency" (at most 60 characters).
std::string Slug(const std::string& name);

}  // namespace sse::import_cells
