// heavy_formats.cpp: see heavy_formats.h.
#include "core/heavy_formats.h"

#include <string_view>

#include "core/csv_reader.h"
#include "core/csv_zip.h"
#include "core/export_formats.h"
#include "core/graph_reader.h"
#include "core/graph_writer.h"
#include "core/import_formats.h"
#include "core/import_mapper.h"
#include "core/table_export.h"
#include "core/workbook_reader.h"

namespace sse {

namespace {

// An ODS archive starts with its "mimetype" entry, stored: the type is readable at a fixed place.
bool SniffOds(std::string_view bytes) {
    return LooksLikeZip(bytes) && bytes.substr(30, 200).find("application/vnd.oasis.opendocument.spreadsheet") !=
                                      std::string_view::npos;
}
bool SniffXlsx(std::string_view bytes) { return LooksLikeZip(bytes) && !SniffOds(bytes); }
// An XML graph: its root element's name within the first kilobytes (after the declaration and comments).
bool SniffXmlRoot(std::string_view bytes, std::string_view root) {
    const std::string_view b = SkipSpaceAndBom(bytes.substr(0, 4096));
    return !b.empty() && b.front() == '<' && b.find("<" + std::string(root)) != std::string_view::npos;
}
bool SniffGexf(std::string_view bytes) { return SniffXmlRoot(bytes, "gexf"); }
bool SniffGraphml(std::string_view bytes) { return SniffXmlRoot(bytes, "graphml"); }

// Delimited text: no NUL bytes in the first kilobytes (UTF-16 with its mark is text too), and not XML or JSON.
bool SniffDelimited(std::string_view bytes) {
    if (bytes.substr(0, 2) == "\xFF\xFE" || bytes.substr(0, 2) == "\xFE\xFF") return true;
    const std::string_view head = bytes.substr(0, 4096);
    if (head.find('\0') != std::string_view::npos) return false;
    const std::string_view b = SkipSpaceAndBom(head);
    return !b.empty() && b.front() != '<' && b.front() != '{';
}

std::vector<ExportFile> Csv(const Dataset& data, const std::map<std::string, NodeLook>&, const std::string&) {
    return ExportCsvFiles(data);
}
std::vector<ExportFile> CsvZip(const Dataset& data, const std::map<std::string, NodeLook>&, const std::string& base) {
    return {{base + "-tables.zip", ExportCsvZip(data)}};
}
std::vector<ExportFile> CsvTemplate(const Dataset&, const std::map<std::string, NodeLook>&, const std::string&) {
    return CsvTemplateFiles();
}
std::vector<ExportFile> Xlsx(const Dataset& data, const std::map<std::string, NodeLook>&, const std::string& base) {
    return {{base + ".xlsx", ExportXlsx(data)}};
}
std::vector<ExportFile> XlsxTemplate(const Dataset&, const std::map<std::string, NodeLook>&, const std::string&) {
    return {{"template.xlsx", TemplateXlsx()}};
}
std::vector<ExportFile> Gexf(const Dataset& data, const std::map<std::string, NodeLook>& looks, const std::string& base) {
    return {{base + ".gexf", WriteGexf(ExportGraph(data, looks))}};
}
std::vector<ExportFile> Graphml(const Dataset& data, const std::map<std::string, NodeLook>&, const std::string& base) {
    return {{base + ".graphml", WriteGraphml(ExportGraph(data, {}))}};
}

}  // namespace

void RegisterFileFormats() {
    SetTableMapper(MapTables);
    AddImportFormat({"csv-zip", ".zip", SniffCsvZip, ReadCsvZip});  // before XLSX, which takes any other ZIP
    AddImportFormat({"ods", ".ods", SniffOds, ReadOds});
    AddImportFormat({"xlsx", ".xlsx|.xlsm", SniffXlsx, ReadXlsx});
    AddImportFormat({"gexf", ".gexf", SniffGexf, ReadGexf});
    AddImportFormat({"graphml", ".graphml", SniffGraphml, ReadGraphml});
    // Last: delimited text takes any text that none of the formats above recognised.
    AddImportFormat({"csv", ".csv|.tsv|.tab|.txt", SniffDelimited, ReadDelimitedText});
    AddExportFormat({"csv", Csv});
    AddExportFormat({"csv-zip", CsvZip});
    AddExportFormat({"template", CsvTemplate});
    AddExportFormat({"xlsx", Xlsx});
    AddExportFormat({"template-xlsx", XlsxTemplate});
    AddExportFormat({"gexf", Gexf});
    AddExportFormat({"graphml", Graphml});
}

}  // namespace sse
