// workbook_common.cpp: see workbook_common.h.
#include "core/workbook_common.h"

#include <algorithm>

#include "core/spreadsheet_cells.h"

namespace sse::workbook {

void SheetBuilder::BeginRow(int row_number) {
    EndRow();
    table_.rows.emplace_back();
    table_.row_numbers.push_back(row_number);
}

bool SheetBuilder::Set(size_t column, std::string value) {
    if (table_.rows.empty()) BeginRow(1);
    if (value.empty()) return true;
    auto& row = table_.rows.back();
    if (column >= row.size()) {
        const size_t added = column + 1 - row.size();
        if (*cells_used_ + added > kMaxImportCells) return false;
        *cells_used_ += added;
        row.resize(column + 1);
    }
    row[column] = std::move(value);
    return true;
}

void SheetBuilder::EndRow() {
    if (!table_.rows.empty() && table_.rows.back().empty()) {
        table_.rows.pop_back();
        table_.row_numbers.pop_back();
    }
}

bool SheetBuilder::RepeatLastRow(int count) {
    if (table_.rows.empty() || table_.rows.back().empty()) return true;
    const std::vector<std::string> row = table_.rows.back();
    const int number = table_.row_numbers.back();
    for (int i = 1; i <= count; ++i) {
        if (*cells_used_ + row.size() > kMaxImportCells) return false;
        *cells_used_ += row.size();
        table_.rows.push_back(row);
        table_.row_numbers.push_back(number + i);
    }
    return true;
}

bool SheetBuilder::ApplyMerges() {
    EndRow();
    size_t work = 0;  // rows visited over all ranges: bounded like the cells, whatever ranges a file declares
    for (const Merge& m : merges_) {
        if (m.r2 <= m.r1) continue;
        auto top = std::lower_bound(table_.row_numbers.begin(), table_.row_numbers.end(), m.r1);
        if (top == table_.row_numbers.end() || *top != m.r1) continue;
        const size_t top_index = static_cast<size_t>(top - table_.row_numbers.begin());
        if (m.c1 >= table_.rows[top_index].size() || table_.rows[top_index][m.c1].empty()) continue;
        const std::string value = table_.rows[top_index][m.c1];
        // Only rows with other cells get the value: a row left empty but for the label is not a row of data.
        for (size_t index = top_index + 1; index < table_.rows.size() && table_.row_numbers[index] <= m.r2; ++index) {
            if (++work > kMaxImportCells) return false;
            auto& row = table_.rows[index];
            if (m.c1 >= row.size()) {
                const size_t added = m.c1 + 1 - row.size();
                if (*cells_used_ + added > kMaxImportCells) return false;
                *cells_used_ += added;
                row.resize(m.c1 + 1);
            }
            if (row[m.c1].empty()) row[m.c1] = value;
        }
    }
    return true;
}

std::string TooManyCellsMessage() {
    return "the file holds more than " + std::to_string(kMaxImportCells) +
           " cells; refused (the explorer shows at most 10,000 actors and 50,000 links)";
}

Diagnostic FileError(const std::string& file, int line, const std::string& code, std::string message) {
    Diagnostic d;
    d.severity = Diagnostic::Severity::Error;
    d.file = file;
    d.line = line;
    d.code = code;
    d.message = std::move(message);
    return d;
}

bool OpenWorkbook(std::string_view bytes, const std::string& file, const char* part, const char* kind,
                  const char* other_part, const char* other_kind, ZipReader* zip, ImportRead* result) {
    std::string error;
    if (!zip->Open(bytes, &error)) {
        const bool large = bytes.size() > kMaxArchiveBytes;
        result->diagnostics.push_back(FileError(file, 0, large ? "file-too-large" : "file-unreadable", error));
        return false;
    }
    if (zip->Has(part)) return true;
    result->diagnostics.push_back(FileError(file, 0, "file-unreadable",
                                            zip->Has(other_part) ? std::string("this is ") + other_kind + ", not " + kind
                                                                 : std::string("not ") + kind + " (it has no " + part + ")"));
    return false;
}

}  // namespace sse::workbook
