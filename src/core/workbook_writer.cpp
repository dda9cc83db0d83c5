// workbook_writer.cpp: see workbook_writer.h.
#include "core/workbook_writer.h"

#include <set>
#include <unordered_map>

#include "core/spreadsheet_cells.h"
#include "core/xml_text.h"
#include "core/zip_archive.h"

namespace sse {

namespace {

constexpr const char* kHeader = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

std::string SheetName(const std::string& wanted, size_t index, std::set<std::string>* used) {
    std::string name;
    for (char c : wanted) {
        if (std::string_view("[]:*?/\\").find(c) == std::string_view::npos) name += c;
    }
    // Cut at 31 bytes on a UTF-8 boundary (Excel counts characters; bytes are stricter, never longer).
    if (name.size() > 31) {
        size_t cut = 31;
        while (cut > 0 && (static_cast<unsigned char>(name[cut]) & 0xC0) == 0x80) --cut;
        name.resize(cut);
    }
    if (name.empty() || name.front() == '\'' || name.back() == '\'') name = "Sheet" + std::to_string(index + 1);
    std::string unique = name;
    for (int n = 2; used->count(unique) > 0; ++n) unique = name.substr(0, 28) + " " + std::to_string(n);
    used->insert(unique);
    return unique;
}

// The workbook's shared strings: each distinct text once (Excel's own way: a column of kinds or territories repeats a
// few values thousands of times), cells point to them by index.
struct SharedStrings {
    std::unordered_map<std::string, size_t> index;
    std::vector<const std::string*> order;
    size_t uses = 0;
    size_t Add(const std::string& text) {
        ++uses;
        auto [it, added] = index.emplace(text, order.size());
        if (added) order.push_back(&it->first);
        return it->second;
    }
    std::string Xml() const {
        std::string xml = kHeader;
        xml += "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"" +
               std::to_string(uses) + "\" uniqueCount=\"" + std::to_string(order.size()) + "\">";
        for (const std::string* text : order) xml += "<si><t xml:space=\"preserve\">" + XmlEscape(*text) + "</t></si>";
        xml += "</sst>";
        return xml;
    }
};

std::string Worksheet(const ImportTable& table, SharedStrings* strings) {
    std::string xml = kHeader;
    xml += "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>";
    for (size_t r = 0; r < table.rows.size(); ++r) {
        const std::string row = std::to_string(r + 1);
        xml += "<row r=\"" + row + "\">";
        for (size_t c = 0; c < table.rows[r].size(); ++c) {
            const std::string& cell = table.rows[r][c];
            if (cell.empty()) continue;
            const std::string ref = ColumnLetters(c) + row;
            if (IsShortestNumber(cell)) {
                xml += "<c r=\"" + ref + "\"><v>" + cell + "</v></c>";
            } else {
                xml += "<c r=\"" + ref + "\" t=\"s\"><v>" + std::to_string(strings->Add(cell)) + "</v></c>";
            }
        }
        xml += "</row>";
    }
    xml += "</sheetData></worksheet>";
    return xml;
}

}  // namespace

std::string WriteXlsx(const std::vector<ImportTable>& sheets) {
    std::vector<std::pair<std::string, std::string>> parts;
    std::string types = kHeader;
    types += "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
             "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
             "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
             "<Override PartName=\"/xl/workbook.xml\" "
             "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
             "<Override PartName=\"/xl/styles.xml\" "
             "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>";
    std::string book = kHeader;
    book += "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
            "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>";
    std::string book_rels = kHeader;
    book_rels += "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">";
    std::set<std::string> used;
    std::vector<std::pair<std::string, std::string>> sheet_parts;
    SharedStrings strings;
    // A workbook needs a visible sheet (Excel refuses one with all sheets hidden): an empty one if there is none.
    std::vector<ImportTable> empty(1);
    empty[0].sheet = "Sheet1";
    bool any_visible = false;
    for (const ImportTable& t : sheets) any_visible = any_visible || !t.hidden;
    const std::vector<ImportTable>& all = any_visible ? sheets : empty;
    for (size_t i = 0; i < all.size(); ++i) {
        const std::string n = std::to_string(i + 1);
        const std::string part = "xl/worksheets/sheet" + n + ".xml";
        types += "<Override PartName=\"/" + part +
                 "\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>";
        book += "<sheet name=\"" + XmlEscape(SheetName(all[i].sheet, i, &used)) + "\" sheetId=\"" + n + "\"" +
                (all[i].hidden ? " state=\"hidden\"" : "") + " r:id=\"rId" + n + "\"/>";
        book_rels += "<Relationship Id=\"rId" + n +
                     "\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" "
                     "Target=\"worksheets/sheet" + n + ".xml\"/>";
        sheet_parts.emplace_back(part, Worksheet(all[i], &strings));
    }
    book_rels += "<Relationship Id=\"rId" + std::to_string(all.size() + 1) +
                 "\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" "
                 "Target=\"styles.xml\"/><Relationship Id=\"rId" + std::to_string(all.size() + 2) +
                 "\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" "
                 "Target=\"sharedStrings.xml\"/></Relationships>";
    types += "<Override PartName=\"/xl/sharedStrings.xml\" "
             "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>";
    book += "</sheets></workbook>";
    types += "</Types>";
    // The least styles.xml Excel accepts: one font, the two fills it reserves, one border, one cell format.
    std::string styles = kHeader;
    styles += "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
              "<fonts count=\"1\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>"
              "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill>"
              "<fill><patternFill patternType=\"gray125\"/></fill></fills>"
              "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
              "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
              "<cellXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/></cellXfs>"
              "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
              "</styleSheet>";
    std::string root_rels = kHeader;
    root_rels += "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                 "<Relationship Id=\"rId1\" "
                 "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
                 "Target=\"xl/workbook.xml\"/></Relationships>";
    parts.emplace_back("[Content_Types].xml", types);
    parts.emplace_back("_rels/.rels", root_rels);
    parts.emplace_back("xl/workbook.xml", book);
    parts.emplace_back("xl/_rels/workbook.xml.rels", book_rels);
    parts.emplace_back("xl/styles.xml", styles);
    parts.emplace_back("xl/sharedStrings.xml", strings.Xml());
    for (auto& p : sheet_parts) parts.push_back(std::move(p));
    return WriteZip(parts);
}

}  // namespace sse
