// import_mapper.h: turns the tables any reader found (CSV/TSV files, workbook sheets, a graph's nodes and edges) into
// a data set in the `sse-explorer/1` format, and locates every problem in the user's own file ("actors.csv:12:3",
// "Links!D7"), with the loader's codes and messages.
//
// Usable by every reader: build ImportTables (core/import_table.h), then call MapTables. What it does:
// - recognises each table by its file or sheet name (Actors, Links, Territories, Cases, Recommendations; Kumu's
//   Elements/Connections; the Participatory System Mapper's Factors/Links; Nodes/Edges) or, failing that, by its
//   header (from/to or source/target columns: links); the header row need not be the first row;
// - matches columns ignoring case, accents and surrounding spaces, with the names other tools use (Kumu Label, Type,
//   Description, From, To; PSM Label, Note; Gephi Id, Label, Source, Target, Type, Weight); `|` separates several
//   values in one cell;
// - gives an actor without id one made from its name, lets a link name its actors by id or by name, derives a
//   missing link kind from the two actors' levels, and reads a territory given as an ISO 3166 country code or name
//   without a Territories table (core/country_table.h);
// - in a user's data, a missing source or confidence is a warning (confidence then 'inferred', with a reasoning saying
//   that none was given), not an error.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "core/diagnostic.h"
#include "core/import_table.h"
#include "core/model.h"

namespace sse {

enum class TableRole { Unknown, Territories, Actors, Links, Cases, Recommendations };

// One column the mapper reads for a table, in the format's order: its canonical header (what the CSV export and the
// template write) and the other names it accepts.
struct ImportColumn {
    const char* header;   // "id", "short_name", "year_from", "source_title", ...
    const char* aliases;  // other accepted headers, folded ('|'-separated): "label|title"
};

// The columns of a table, canonical header first (the export writes exactly these).
const std::vector<ImportColumn>& ImportColumns(TableRole role);

// "actors", "links", ... (the canonical table and file name).
const char* TableRoleName(TableRole role);

struct MapOptions {
    std::string dataset_id = "imported";  // never "silk": imported data is a user's own
    std::string title;                    // default: the names of the files
    // The data already open, when the import may be merged into it: an actor or territory the tables name but do not
    // hold is looked up there (by id, or an actor by name) and carried into the result unchanged, so that a links
    // table can refer to actors already on screen. Carried items are not counted in MappedImport's counts.
    const Dataset* context = nullptr;
    // The same data, given only when the mapper first needs it (a table names an actor or territory its files do not
    // hold), when `context` is null: the page's converter module must ask the main module for it, and a large data
    // set crossing between the two costs as much as the import itself. nullptr from it: no data is open.
    std::function<const Dataset*()> load_context;
};

struct MappedImport {
    bool ok = false;        // no errors: `json` is a valid data set
    std::string json;       // the data set as sse-explorer/1 text (also when !ok, for diagnosis)
    std::vector<Diagnostic> diagnostics;  // the readers', the mapper's and the loader's, located in the user's files
    int errors = 0;
    int warnings = 0;
    size_t territories = 0, actors = 0, links = 0, cases = 0, recommendations = 0;
    // Territories made from the country table (a code or name in a territory cell), not from a row of the user's:
    // a merge keeps a current territory with the same id rather than replacing it with this bare country.
    std::vector<std::string> generated_territories;
};

// Maps `tables` (from one or several files) into a data set; `reader_diagnostics` (the readers' own problems) are
// passed through first and count towards errors and warnings.
MappedImport MapTables(const std::vector<ImportTable>& tables, std::vector<Diagnostic> reader_diagnostics,
                       const MapOptions& options = {});

// Column header as the mapper compares it: trimmed, lower case, accents removed, spaces/'-'/'.' as '_'.
std::string FoldHeader(const std::string& header);

}  // namespace sse
