// ods_reader.cpp: ReadOds (workbook_reader.h). An ODS file is a ZIP whose content.xml holds every sheet:
// <table:table table:name> of <table:table-row> of <table:table-cell office:value-type office:value ...> with the
// shown text in <text:p>. Runs of identical rows or cells are stored once with a repeat count
// (number-rows-repeated, number-columns-repeated): a sheet's million empty trailing rows are one element, skipped
// here without being expanded, and repeated non-empty cells count towards the workbook's cell limit.
#include <algorithm>
#include <cstdio>
#include <memory>
#include <set>
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

long Count(const XmlAttributes& a, std::string_view name, long limit) {
    const std::string_view text = XmlAttribute(a, name);
    long n = 0;
    for (char c : text) {
        if (c < '0' || c > '9') return 1;
        n = n * 10 + (c - '0');
        if (n > limit) return limit;
    }
    return text.empty() || n < 1 ? 1 : n;
}

// "PT12H30M05S" (an ODF duration, a time of day) -> "12:30:05".
std::string OdfTime(std::string_view t) {
    long h = 0, m = 0, s = 0, n = 0;
    for (char c : t) {
        if (c >= '0' && c <= '9') n = std::min(n * 10 + (c - '0'), 1000000L);
        else if (c == 'H') { h = n; n = 0; }
        else if (c == 'M') { m = n; n = 0; }
        else if (c == 'S' || c == '.') { if (c == 'S' || s == 0) s = n; n = 0; }
    }
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%02ld:%02ld:%02ld", h, m, s);
    return buffer;
}

struct ContentHandler : XmlHandler {
    XmlStream* stream = nullptr;
    std::string file;
    std::vector<ImportTable>* tables = nullptr;
    size_t cells = 0;
    std::set<std::string, std::less<>> hidden_styles;  // table styles with table:display="false"

    std::string style_name;  // the <style:style> being read
    bool style_is_table = false;

    ImportTable* table = nullptr;
    std::unique_ptr<workbook::SheetBuilder> builder;
    int depth_in_table = 0;  // a table inside a cell (rare) is not a sheet
    int row = 0;             // the sheet row number of the current row
    int row_repeat = 1;
    size_t column = 0;
    bool row_has_cells = false;

    // The current cell
    bool in_cell = false, covered = false;
    long column_repeat = 1, rows_spanned = 1, columns_spanned = 1;
    std::string value_type, value, text;
    int paragraphs = 0;
    int in_paragraph = 0;
    int in_annotation = 0;

    void Start(std::string_view name, const XmlAttributes& a) override {
        if (stream->Failed()) return;
        if (name == "style") {
            style_name = std::string(XmlAttribute(a, "name"));
            style_is_table = XmlAttribute(a, "family") == "table";
        } else if (name == "table-properties") {
            if (style_is_table && XmlAttribute(a, "display") == "false") hidden_styles.insert(style_name);
        } else if (name == "table") {
            if (table != nullptr) { ++depth_in_table; return; }
            tables->emplace_back();
            table = &tables->back();
            table->origin = ImportTable::Origin::Sheet;
            table->file = file;
            table->sheet = std::string(XmlAttribute(a, "name"));
            table->hidden = hidden_styles.count(XmlAttribute(a, "style-name")) > 0;
            builder = std::make_unique<workbook::SheetBuilder>(*table, &cells);
            row = 0;
        } else if (table == nullptr || depth_in_table > 0) {
            return;
        } else if (name == "table-row") {
            row_repeat = static_cast<int>(Count(a, "number-rows-repeated", static_cast<long>(kMaxSheetRows)));
            ++row;
            column = 0;
            row_has_cells = false;
            if (row <= static_cast<int>(kMaxSheetRows)) builder->BeginRow(row);
        } else if (name == "table-cell" || name == "covered-table-cell") {
            in_cell = true;
            covered = name == "covered-table-cell";
            column_repeat = Count(a, "number-columns-repeated", static_cast<long>(kMaxSheetColumns));
            rows_spanned = Count(a, "number-rows-spanned", static_cast<long>(kMaxSheetRows));
            columns_spanned = Count(a, "number-columns-spanned", static_cast<long>(kMaxSheetColumns));
            value_type = std::string(XmlAttribute(a, "value-type"));
            if (value_type == "float" || value_type == "percentage" || value_type == "currency") {
                value = ShortestNumber(XmlAttribute(a, "value"));
            } else if (value_type == "date") {
                std::string d(XmlAttribute(a, "date-value"));
                if (d.size() > 10 && d.compare(10, 9, "T00:00:00") == 0) d.resize(10);
                value = d;
            } else if (value_type == "time") {
                value = OdfTime(XmlAttribute(a, "time-value"));
            } else if (value_type == "boolean") {
                const std::string_view b = XmlAttribute(a, "boolean-value");
                value = b == "true" ? "TRUE" : b == "false" ? "FALSE" : std::string(b);
            } else {
                value = std::string(XmlAttribute(a, "string-value"));
            }
            text.clear();
            paragraphs = 0;
        } else if (!in_cell) {
            return;
        } else if (name == "annotation") {
            ++in_annotation;
        } else if (in_annotation > 0) {
            return;
        } else if (name == "p" || name == "h") {
            if (paragraphs++ > 0) text += '\n';
            ++in_paragraph;
        } else if (name == "s" && in_paragraph > 0) {
            text.append(static_cast<size_t>(Count(a, "c", 1000)), ' ');
        } else if (name == "tab" && in_paragraph > 0) {
            text += '\t';
        } else if (name == "line-break" && in_paragraph > 0) {
            text += '\n';
        }
    }

    void End(std::string_view name) override {
        if (stream->Failed() || table == nullptr) return;
        if (name == "table") {
            if (depth_in_table > 0) { --depth_in_table; return; }
            builder->EndRow();
            if (!builder->ApplyMerges()) stream->Stop(workbook::TooManyCellsMessage());
            builder.reset();
            table = nullptr;
        } else if (depth_in_table > 0) {
            return;
        } else if (name == "annotation") {
            --in_annotation;
        } else if ((name == "p" || name == "h") && in_annotation == 0 && in_cell) {
            --in_paragraph;
        } else if (name == "table-cell" || name == "covered-table-cell") {
            EndCell();
        } else if (name == "table-row") {
            builder->EndRow();
            // A run of identical rows: empty ones only move the row number; others are copied (bounded).
            if (row_repeat > 1) {
                if (row_has_cells && row <= static_cast<int>(kMaxSheetRows) &&
                    !builder->RepeatLastRow(std::min(row_repeat - 1, static_cast<int>(kMaxSheetRows) - row))) {
                    stream->Stop(workbook::TooManyCellsMessage());
                    return;
                }
                row += row_repeat - 1;
            }
        }
    }

    void Text(std::string_view piece) override {
        if (in_cell && in_paragraph > 0 && in_annotation == 0 && depth_in_table == 0 && text.size() < (1u << 24)) {
            text.append(piece);
        }
    }

    void EndCell() {
        in_cell = false;
        std::string shown = covered ? std::string() : (value_type.empty() || value_type == "string") && value.empty() ? text : value;
        if (!shown.empty() && row <= static_cast<int>(kMaxSheetRows)) {
            if (rows_spanned > 1 || columns_spanned > 1) {
                builder->AddMerge(row, row + static_cast<int>(rows_spanned) - 1, column,
                                  column + static_cast<size_t>(columns_spanned) - 1);
            }
            const size_t end = std::min(column + static_cast<size_t>(column_repeat), kMaxSheetColumns);
            for (size_t c = column; c < end; ++c) {
                if (!builder->Set(c, shown)) {
                    stream->Stop(workbook::TooManyCellsMessage());
                    return;
                }
            }
            row_has_cells = true;
        }
        column += static_cast<size_t>(column_repeat);
    }
};

}  // namespace

ImportRead ReadOds(std::string_view bytes, const std::string& file) {
    ImportRead result;
    ZipReader zip;
    std::string error;
    if (!OpenWorkbook(bytes, file, "content.xml", "an ODS workbook (OpenDocument, .ods)", "xl/workbook.xml", "an .xlsx workbook", &zip, &result))
        return result;
    ContentHandler content;
    XmlStream stream(content);
    content.stream = &stream;
    content.file = file;
    content.tables = &result.tables;
    const bool read = zip.Read("content.xml", [&](std::string_view piece) { return stream.Feed(piece, false); }, &error);
    if (read) stream.Feed({}, true);
    if (stream.Failed()) {
        result.tables.clear();
        result.diagnostics.push_back(FileError(file + ":content.xml", stream.ErrorLine(), "syntax", stream.Error()));
    } else if (!read) {
        result.tables.clear();
        const bool bomb = error.find("inflates") != std::string::npos;
        result.diagnostics.push_back(FileError(file, 0, bomb ? "file-too-large" : "file-unreadable", error));
    } else if (result.tables.empty()) {
        result.diagnostics.push_back(FileError(file, 0, "file-unreadable", "the workbook has no sheets"));
    }
    return result;
}

}  // namespace sse
