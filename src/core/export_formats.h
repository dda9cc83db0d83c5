// export_formats.h: the data set as a workbook (XLSX) and as a graph (GEXF, GraphML), built from the very tables
// the CSV export writes (table_export.h: the importer's columns), so that every format round-trips through the
// importer the same way and a column added to the tables reaches every format.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "core/graph_writer.h"
#include "core/import_table.h"
#include "core/model.h"
#include "core/table_export.h"

namespace sse {

// The CSV export's files as tables, one per file, named as sheets ("Actors", "Links", ...); row 0 is the header.
std::vector<ImportTable> ExportTables(const std::vector<ExportFile>& csv_files);

// A workbook with a sheet per table (Territories, Actors, Links, Cases, Recommendations).
std::string ExportXlsx(const Dataset& data);
// The template (one example row per sheet) as a workbook.
std::string TemplateXlsx();

// Actors as nodes and links as edges, every column of their tables an attribute; `looks` (by actor id: ActorLooks)
// gives GEXF's viz. Territories, cases and recommendations have no place in a graph file (see data/README.md).
GraphDocument ExportGraph(const Dataset& data, std::map<std::string, NodeLook> looks);

}  // namespace sse
