// table_paste.h: the table view's cells as something one can type into or paste a block of spreadsheet cells
// over (issue 16). Which columns each table shows and which of them take text is said once here, for the UI (that
// draws the columns) and for the `paste-cells` command (that applies them). A typed cell is a paste of one cell, so
// both go through one path: cell text -> the field's JSON value (vocabulary words in English, in the interface's
// language or as wire names; actors and territories by id or name) -> one undoable change of the document.
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/model.h"
#include "core/vocabulary.h"

namespace sse {

enum class TableKind { Actors, Links, Territories };

// One column of a table: the field it shows ("name", "kind", ...; computed columns have a metric name) and
// whether it takes typed or pasted text.
struct TableColumn {
    const char* field;
    bool editable;
};

// The columns of a table, in the order the table view shows them.
const std::vector<TableColumn>& TableColumns(TableKind table);
// The table's word: "actors", "links", "territories".
const char* TableName(TableKind table);
// The vocabulary a column's cells are words of (kind, level, relation, ...), or null for a free-text or
// computed column: the UI offers its words as a list.
const EnumTable* ColumnVocabulary(TableKind table, const std::string& field);
// "actors" / "links" / "territories" -> the table; false for another word.
bool ParseTableKind(const std::string& word, TableKind* table);

// A paste: rows of cells (tab-separated text as spreadsheets copy it, quoted cells and CRLF understood) laid
// over the table from column `first_field`, one text row per row id in `row_ids` (the rows as the table shows
// them, from the one the paste starts at). In the actors table, text rows beyond the ids become new actors.
struct PasteRequest {
    TableKind table = TableKind::Actors;
    std::string first_field;
    std::vector<std::string> row_ids;
    std::string text;
};

// What a paste would do: the document's new content (when ok), or the first cell that cannot be taken, located
// as the user sees it ("row 2 (ACCIÓ), column level: ..."). `code` is stable: usage, read-only-column,
// bad-cell, unknown-row, too-many-columns, too-many-rows. An empty text is one empty cell (it clears an optional field).
struct PastePlan {
    bool ok = false;
    std::string code, message;
    nlohmann::json content;
    int cells = 0, rows_changed = 0, rows_added = 0;
};

// Plans `request` against the document `doc` (its JSON) whose data set is `data`. Nothing is applied.
PastePlan PlanPaste(const nlohmann::json& doc, const Dataset& data, const PasteRequest& request);

// Parses the command's argument: `<table> <first field> {"rows": [ids], "text": "cells"}`; false with a usage
// message in `error`.
bool ParsePasteArguments(const std::string& text, PasteRequest* request, std::string* error);

}  // namespace sse
