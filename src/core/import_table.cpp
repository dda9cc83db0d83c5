// import_table.cpp: see import_table.h.
#include "core/import_table.h"

namespace sse {

namespace {

int RowNumber(const ImportTable& table, size_t row) {
    return row < table.row_numbers.size() ? table.row_numbers[row] : static_cast<int>(row) + 1;
}

std::string SheetReference(const std::string& sheet) {
    if (sheet.find_first_of(" '!-") == std::string::npos && !sheet.empty()) return sheet;
    std::string quoted = "'";
    for (char c : sheet) quoted += c == '\'' ? std::string("''") : std::string(1, c);
    return quoted + "'";
}

}  // namespace

std::string ColumnLetters(size_t column) {
    std::string letters;
    for (size_t n = column + 1; n > 0; n = (n - 1) / 26) letters.insert(letters.begin(), static_cast<char>('A' + (n - 1) % 26));
    return letters;
}

std::string LocateCell(const ImportTable& table, size_t row, size_t column) {
    const std::string line = std::to_string(RowNumber(table, row));
    switch (table.origin) {
    case ImportTable::Origin::Sheet: return SheetReference(table.sheet) + "!" + ColumnLetters(column) + line;
    case ImportTable::Origin::Xml: return table.file + ":" + line;
    case ImportTable::Origin::Text: break;
    }
    return table.file + ":" + line + ":" + std::to_string(column + 1);
}

Diagnostic CellDiagnostic(const ImportTable& table, size_t row, size_t column, Diagnostic::Severity severity,
                          std::string code, std::string message) {
    Diagnostic d;
    d.severity = severity;
    d.code = std::move(code);
    d.message = std::move(message);
    if (table.origin == ImportTable::Origin::Sheet) {
        d.file = table.file + ":" + LocateCell(table, row, column);  // "book.xlsx:Links!D7"
    } else {
        d.file = table.file;
        d.line = RowNumber(table, row);
        d.column = table.origin == ImportTable::Origin::Text ? static_cast<int>(column) + 1 : 0;
    }
    return d;
}

}  // namespace sse
