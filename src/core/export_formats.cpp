// export_formats.cpp: see export_formats.h.
#include "core/export_formats.h"

#include "core/csv_reader.h"
#include "core/workbook_writer.h"

namespace sse {

namespace {

// "actors.csv" -> "Actors".
std::string SheetName(const std::string& file) {
    std::string name = file.substr(0, file.rfind('.'));
    if (!name.empty() && name[0] >= 'a' && name[0] <= 'z') name[0] = static_cast<char>(name[0] - 'a' + 'A');
    return name;
}

const ImportTable* Named(const std::vector<ImportTable>& tables, const std::string& sheet) {
    for (const ImportTable& t : tables) {
        if (t.sheet == sheet) return &t;
    }
    return nullptr;
}

}  // namespace

std::vector<ImportTable> ExportTables(const std::vector<ExportFile>& csv_files) {
    std::vector<ImportTable> tables;
    for (const ExportFile& f : csv_files) {
        ImportRead read = ReadDelimitedText(f.bytes, f.name);
        ImportTable t = read.tables.empty() ? ImportTable{} : std::move(read.tables[0]);
        t.origin = ImportTable::Origin::Sheet;
        t.sheet = SheetName(f.name);
        t.file.clear();
        tables.push_back(std::move(t));
    }
    return tables;
}

std::string ExportXlsx(const Dataset& data) { return WriteXlsx(ExportTables(ExportCsvFiles(data))); }

std::string TemplateXlsx() { return WriteXlsx(ExportTables(CsvTemplateFiles())); }

GraphDocument ExportGraph(const Dataset& data, std::map<std::string, NodeLook> looks) {
    const std::vector<ImportTable> tables = ExportTables(ExportCsvFiles(data));
    GraphDocument g;
    g.title = data.title;
    if (const ImportTable* actors = Named(tables, "Actors"); actors && !actors->rows.empty()) {
        g.node_header = actors->rows[0];
        g.nodes.assign(actors->rows.begin() + 1, actors->rows.end());
    }
    if (const ImportTable* links = Named(tables, "Links"); links && !links->rows.empty()) {
        g.edge_header = links->rows[0];
        g.edges.assign(links->rows.begin() + 1, links->rows.end());
    }
    g.looks = std::move(looks);
    return g;
}

}  // namespace sse
