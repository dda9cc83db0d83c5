// xlsx_reader.cpp: ReadXlsx (workbook_reader.h). An XLSX file is a ZIP of XML parts: xl/workbook.xml lists the
// sheets, xl/_rels/workbook.xml.rels says which part holds each, xl/sharedStrings.xml holds the text most cells
// point to, xl/styles.xml says which cells are dates, xl/worksheets/*.xml hold the cells.
#include <algorithm>
#include <map>
#include <string>
#include <vector>

#include "core/spreadsheet_cells.h"
#include "core/workbook_common.h"
#include "core/workbook_reader.h"
#include "core/xml_stream.h"
#include "core/zip_archive.h"

namespace sse {

namespace {

using workbook::FileError;
using workbook::OpenWorkbook;

bool IsTrue(std::string_view v) { return v == "1" || v == "true"; }

// Excel writes characters XML cannot hold (control characters) as "_xHHHH_"; "_x005F_" escapes a literal '_'.
std::string DecodeEscapes(std::string s) {
    if (s.find("_x") == std::string::npos) return s;
    std::string out;
    for (size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '_' && i + 6 < s.size() && s[i + 1] == 'x' && s[i + 6] == '_') {
            unsigned code = 0;
            bool hex = true;
            for (size_t k = i + 2; k < i + 6; ++k) {
                const char c = s[k];
                const int d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10
                              : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
                if (d < 0) { hex = false; break; }
                code = code * 16 + static_cast<unsigned>(d);
            }
            if (hex && code < 0x80) {
                out += static_cast<char>(code);
                i += 6;
                continue;
            }
        }
        out += s[i];
    }
    return out;
}

struct SheetEntry {
    std::string name, relation, part;
    bool hidden = false;
};

// xl/workbook.xml: the sheets in order, and the date system.
struct WorkbookHandler : XmlHandler {
    std::vector<SheetEntry> sheets;
    bool date1904 = false;
    void Start(std::string_view name, const XmlAttributes& a) override {
        if (name == "sheet") {
            const std::string_view state = XmlAttribute(a, "state");
            sheets.push_back({std::string(XmlAttribute(a, "name")), std::string(XmlAttribute(a, "id")), "",
                              state == "hidden" || state == "veryHidden"});
        } else if (name == "workbookPr") {
            date1904 = IsTrue(XmlAttribute(a, "date1904"));
        }
    }
    void End(std::string_view) override {}
    void Text(std::string_view) override {}
};

// xl/_rels/workbook.xml.rels: relation id -> part, and the shared strings' and styles' parts.
struct RelationsHandler : XmlHandler {
    std::map<std::string, std::string, std::less<>> targets;
    std::string shared_strings = "xl/sharedStrings.xml", styles = "xl/styles.xml";
    static std::string Resolve(std::string_view target) {
        if (!target.empty() && target[0] == '/') return std::string(target.substr(1));
        return "xl/" + std::string(target);
    }
    void Start(std::string_view name, const XmlAttributes& a) override {
        if (name != "Relationship") return;
        const std::string part = Resolve(XmlAttribute(a, "Target"));
        const std::string_view type = XmlAttribute(a, "Type");
        targets[std::string(XmlAttribute(a, "Id"))] = part;
        if (type.size() >= 14 && type.substr(type.size() - 14) == "/sharedStrings") shared_strings = part;
        if (type.size() >= 7 && type.substr(type.size() - 7) == "/styles") styles = part;
    }
    void End(std::string_view) override {}
    void Text(std::string_view) override {}
};

// xl/sharedStrings.xml: each <si> is one string, from its <t> or the <t> of its runs (<r>); phonetic guides
// (<rPh>) are not part of the text.
struct SharedStringsHandler : XmlHandler {
    XmlStream* stream = nullptr;
    std::vector<std::string> strings;
    std::string current;
    size_t bytes = 0;
    bool in_t = false;
    int in_phonetic = 0;
    void Start(std::string_view name, const XmlAttributes&) override {
        if (name == "si") current.clear();
        else if (name == "rPh") ++in_phonetic;
        else if (name == "t") in_t = in_phonetic == 0;
    }
    void End(std::string_view name) override {
        if (name == "t") in_t = false;
        else if (name == "rPh") --in_phonetic;
        else if (name == "si") {
            if (strings.size() >= kMaxImportCells) stream->Stop(workbook::TooManyCellsMessage());
            strings.push_back(DecodeEscapes(std::move(current)));
            current.clear();
        }
    }
    void Text(std::string_view text) override {
        if (in_t) current.append(text);
    }
};

bool BuiltinDateFormat(int id, bool* has_time) {
    *has_time = (id >= 18 && id <= 22) || (id >= 45 && id <= 47);
    return (id >= 14 && id <= 17) || id == 22 || (id >= 27 && id <= 36) || (id >= 50 && id <= 58);
}

// xl/styles.xml: for each cell style (an <xf> of <cellXfs>), whether it shows a date, a time of day, or neither.
struct StylesHandler : XmlHandler {
    enum class Kind : uint8_t { Other, Date, DateTime, Time };
    std::map<int, std::string> formats;  // custom number formats by id
    std::vector<Kind> styles;
    bool in_cell_xfs = false;
    void Start(std::string_view name, const XmlAttributes& a) override {
        if (name == "numFmt") {
            formats[std::atoi(std::string(XmlAttribute(a, "numFmtId", "0")).c_str())] = std::string(XmlAttribute(a, "formatCode"));
        } else if (name == "cellXfs") {
            in_cell_xfs = true;
        } else if (name == "xf" && in_cell_xfs && styles.size() < 65536) {
            const int id = std::atoi(std::string(XmlAttribute(a, "numFmtId", "0")).c_str());
            bool time = false;
            bool date = false;
            auto custom = formats.find(id);
            if (custom != formats.end()) date = IsDateFormat(custom->second, &time);
            else date = BuiltinDateFormat(id, &time);
            styles.push_back(date ? (time ? Kind::DateTime : Kind::Date) : (time ? Kind::Time : Kind::Other));
        }
    }
    void End(std::string_view name) override {
        if (name == "cellXfs") in_cell_xfs = false;
    }
    void Text(std::string_view) override {}
};

// One worksheet: <row r="7"><c r="D7" t="s" s="3"><f>..</f><v>12</v></c>...</row>, <mergeCell ref="A2:A4"/>.
struct SheetHandler : XmlHandler {
    XmlStream* stream = nullptr;
    workbook::SheetBuilder* builder = nullptr;
    ImportTable* table = nullptr;
    const std::vector<std::string>* strings = nullptr;
    const std::vector<StylesHandler::Kind>* styles = nullptr;
    std::vector<Diagnostic>* diagnostics = nullptr;
    bool date1904 = false;

    int row = 0;
    size_t column = 0;
    std::string type, value, inline_text;
    size_t style = 0;
    bool has_formula = false, has_value = false, in_v = false, in_t = false;
    int in_phonetic = 0;
    int uncached_formulas = 0;
    std::string first_uncached;

    void Start(std::string_view name, const XmlAttributes& a) override {
        if (name == "row") {
            const std::string_view r = XmlAttribute(a, "r");
            const int next = r.empty() ? row + 1 : std::atoi(std::string(r).c_str());
            if (next <= row || next > static_cast<int>(kMaxSheetRows)) {
                stream->Stop("row number '" + std::string(r) + "' is out of order or past row " +
                             std::to_string(kMaxSheetRows));
                return;
            }
            row = next;
            column = 0;
            builder->BeginRow(row);
        } else if (name == "c") {
            const std::string_view ref = XmlAttribute(a, "r");
            size_t ref_row = 0;
            if (!ref.empty() && !ParseCellReference(ref, &column, &ref_row)) {
                stream->Stop("'" + std::string(ref.substr(0, 20)) + "' is not a cell reference within A1:XFD1048576");
                return;
            }
            if (column >= kMaxSheetColumns) {
                stream->Stop("a cell past column XFD");
                return;
            }
            type = std::string(XmlAttribute(a, "t", "n"));
            style = static_cast<size_t>(std::atol(std::string(XmlAttribute(a, "s", "0")).c_str()));
            value.clear();
            inline_text.clear();
            has_formula = has_value = false;
        } else if (name == "v") {
            in_v = true;
            has_value = true;
        } else if (name == "f") {
            has_formula = true;
        } else if (name == "rPh") {
            ++in_phonetic;
        } else if (name == "t") {
            in_t = in_phonetic == 0;
        } else if (name == "mergeCell") {
            const std::string_view ref = XmlAttribute(a, "ref");
            const size_t colon = ref.find(':');
            size_t c1 = 0, c2 = 0, r1 = 0, r2 = 0;
            if (colon != std::string_view::npos && ParseCellReference(ref.substr(0, colon), &c1, &r1) &&
                ParseCellReference(ref.substr(colon + 1), &c2, &r2) && r2 >= r1 && c2 >= c1) {
                builder->AddMerge(static_cast<int>(r1), static_cast<int>(r2), c1, c2);
            }
        }
    }

    void End(std::string_view name) override {
        if (name == "v") in_v = false;
        else if (name == "t") in_t = false;
        else if (name == "rPh") --in_phonetic;
        else if (name == "c") EndCell();
        else if (name == "row") builder->EndRow();
    }

    void Text(std::string_view text) override {
        if (in_v) value.append(text);
        else if (in_t) inline_text.append(text);
    }

    void EndCell() {
        std::string text;
        if (type == "inlineStr") {
            text = DecodeEscapes(inline_text);
        } else if (has_formula && !has_value) {
            if (uncached_formulas++ == 0) first_uncached = LocateCell(*table, builder->CurrentRowIndex(), column);
        } else if (type == "s") {
            const long index = std::atol(value.c_str());
            if (index >= 0 && static_cast<size_t>(index) < strings->size()) {
                text = (*strings)[static_cast<size_t>(index)];
            } else {
                diagnostics->push_back(CellDiagnostic(*table, builder->CurrentRowIndex(), column,
                                                      Diagnostic::Severity::Error, "file-unreadable",
                                                      "the cell points to shared string " + value.substr(0, 20) +
                                                          ", which the workbook does not have"));
            }
        } else if (type == "str" || type == "e") {
            text = DecodeEscapes(value);  // a formula's text result; an error such as #N/A as shown
        } else if (type == "b") {
            text = value == "1" ? "TRUE" : value == "0" ? "FALSE" : value;
        } else if (type == "d") {  // an ISO 8601 date (rare): the date, with its time only when it has one
            text = value.size() > 10 && value.compare(10, 9, "T00:00:00") == 0 ? value.substr(0, 10) : value;
        } else {
            const auto kind = style < styles->size() ? (*styles)[style] : StylesHandler::Kind::Other;
            if (kind == StylesHandler::Kind::Date) text = SerialToDate(value, date1904, false);
            else if (kind == StylesHandler::Kind::DateTime) text = SerialToDate(value, date1904, true);
            else if (kind == StylesHandler::Kind::Time) text = SerialToTime(value);
            else text = ShortestNumber(value);
        }
        if (!builder->Set(column, std::move(text))) stream->Stop(workbook::TooManyCellsMessage());
        ++column;
    }
};

// Parses one part of the archive with `handler`; on failure adds a diagnostic "book.xlsx:part:line" and returns
// false. A missing optional part is not an error.
bool ParsePart(ZipReader& zip, const std::string& file, const std::string& part, XmlHandler& handler,
               XmlStream& stream, bool optional, std::vector<Diagnostic>* diagnostics) {
    if (optional && !zip.Has(part)) return true;
    std::string error;
    const bool read = zip.Read(part, [&](std::string_view piece) { return stream.Feed(piece, false); }, &error);
    if (read) stream.Feed({}, true);
    if (stream.Failed()) {
        diagnostics->push_back(FileError(file + ":" + part, stream.ErrorLine(), "syntax", stream.Error()));
        return false;
    }
    if (!read) {
        const bool bomb = error.find("inflates") != std::string::npos;
        diagnostics->push_back(FileError(file, 0, bomb ? "file-too-large" : "file-unreadable", error));
        return false;
    }
    (void)handler;
    return true;
}

}  // namespace

bool LooksLikeZip(std::string_view bytes) { return bytes.size() >= 4 && bytes.substr(0, 4) == std::string_view("PK\3\4", 4); }

ImportRead ReadXlsx(std::string_view bytes, const std::string& file) {
    ImportRead result;
    ZipReader zip;
    std::string error;
    if (!OpenWorkbook(bytes, file, "xl/workbook.xml", "an XLSX workbook", "content.xml", "an OpenDocument (.ods) workbook", &zip, &result))
        return result;
    WorkbookHandler book;
    RelationsHandler relations;
    SharedStringsHandler strings;
    StylesHandler styles;
    {
        XmlStream s1(book);
        if (!ParsePart(zip, file, "xl/workbook.xml", book, s1, false, &result.diagnostics)) return result;
        XmlStream s2(relations);
        if (!ParsePart(zip, file, "xl/_rels/workbook.xml.rels", relations, s2, false, &result.diagnostics)) return result;
        XmlStream s3(strings);
        strings.stream = &s3;
        if (!ParsePart(zip, file, relations.shared_strings, strings, s3, true, &result.diagnostics)) return result;
        XmlStream s4(styles);
        if (!ParsePart(zip, file, relations.styles, styles, s4, true, &result.diagnostics)) return result;
    }
    size_t cells = 0;
    for (const SheetEntry& entry : book.sheets) {
        auto target = relations.targets.find(entry.relation);
        if (target == relations.targets.end()) {
            result.diagnostics.push_back(FileError(file, 0, "file-unreadable",
                                                   "sheet '" + entry.name + "' has no part in the workbook"));
            continue;
        }
        ImportTable table;
        table.origin = ImportTable::Origin::Sheet;
        table.file = file;
        table.sheet = entry.name;
        table.hidden = entry.hidden;
        workbook::SheetBuilder builder(table, &cells);
        SheetHandler sheet;
        XmlStream stream(sheet);
        sheet.stream = &stream;
        sheet.builder = &builder;
        sheet.table = &table;
        sheet.strings = &strings.strings;
        sheet.styles = &styles.styles;
        sheet.diagnostics = &result.diagnostics;
        sheet.date1904 = book.date1904;
        if (!ParsePart(zip, file, target->second, sheet, stream, false, &result.diagnostics)) {
            result.tables.clear();  // a refused sheet refuses the workbook: nothing half-read is loaded
            return result;
        }
        builder.EndRow();
        if (!builder.ApplyMerges()) {
            result.diagnostics.push_back(FileError(file, 0, "file-too-large", workbook::TooManyCellsMessage()));
            result.tables.clear();
            return result;
        }
        if (sheet.uncached_formulas > 0) {
            Diagnostic d = FileError(file + ":" + sheet.first_uncached, 0, "file-unreadable",
                                     std::to_string(sheet.uncached_formulas) +
                                         " formula(s) in this sheet have no saved result (the program that wrote "
                                         "the file did not compute them): read as empty; open and save the "
                                         "workbook in a spreadsheet to compute them");
            d.severity = Diagnostic::Severity::Warning;
            result.diagnostics.push_back(std::move(d));
        }
        result.tables.push_back(std::move(table));
    }
    if (book.sheets.empty()) {
        result.diagnostics.push_back(FileError(file, 0, "file-unreadable", "the workbook has no sheets"));
    }
    return result;
}

}  // namespace sse
