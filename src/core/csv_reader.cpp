// csv_reader.cpp: see csv_reader.h. One pass over the decoded text, cells appended in place: 60,000 rows take a few
// milliseconds.
#include "core/csv_reader.h"

#include <algorithm>
#include <map>

#include "core/diagnostic_codes.h"
#include "core/text_encoding.h"

namespace sse {

namespace {

bool EndsWith(const std::string& s, const char* suffix) {
    const std::string_view t(suffix);
    if (s.size() < t.size()) return false;
    for (size_t i = 0; i < t.size(); ++i) {
        char c = s[s.size() - t.size() + i];
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
        if (c != t[i]) return false;
    }
    return true;
}

// Parses records of `text` with `sep`; calls on_row(cells, line) for each record that has a non-empty cell.
// Returns the line of an unclosed quote, or 0.
// `trim`: drop trailing empty cells (a table's rows); separator detection keeps them, since a spreadsheet writes
// every row with the header's number of separators while the row's last cells may be empty.
template <typename OnRow>
int Parse(std::string_view text, char sep, bool trim, OnRow&& on_row) {
    std::vector<std::string> cells;
    std::string cell;
    size_t i = 0;
    const size_t n = text.size();
    int line = 1;
    while (i < n) {
        const int row_line = line;
        cells.clear();
        bool row_done = false;
        while (!row_done) {
            cell.clear();
            if (i < n && text[i] == '"') {
                const int quote_line = line;
                ++i;
                bool closed = false;
                while (i < n) {
                    const char c = text[i];
                    if (c == '"') {
                        if (i + 1 < n && text[i + 1] == '"') {
                            cell += '"';
                            i += 2;
                            continue;
                        }
                        ++i;
                        closed = true;
                        break;
                    }
                    if (c == '\n') ++line;
                    if (c == '\r' && i + 1 < n && text[i + 1] == '\n') {  // CRLF inside a cell: keep one line break
                        ++i;
                        continue;
                    }
                    cell += c;
                    ++i;
                }
                if (!closed) return quote_line;
                // Text after the closing quote up to the separator is kept as written (lenient, as spreadsheets are).
                while (i < n && text[i] != sep && text[i] != '\n' && text[i] != '\r') cell += text[i++];
            } else {
                const size_t start = i;
                while (i < n && text[i] != sep && text[i] != '\n' && text[i] != '\r') ++i;
                cell.assign(text.data() + start, i - start);
            }
            cells.push_back(cell);
            if (i >= n) {
                row_done = true;
            } else if (text[i] == sep) {
                ++i;
            } else {  // line end
                if (text[i] == '\r') ++i;
                if (i < n && text[i] == '\n') ++i;
                ++line;
                row_done = true;
            }
        }
        bool any = false;
        for (const std::string& c : cells) any = any || !c.empty();
        while (trim && !cells.empty() && cells.back().empty()) cells.pop_back();
        if (any) on_row(cells, row_line);
    }
    return 0;
}

}  // namespace

char DetectSeparator(std::string_view text, char preferred) {
    // The separator that splits the first rows into the same number (> 1) of cells most often wins; the header
    // and the data rows of a real table agree, while a comma inside a ';' file's text does not repeat evenly.
    const size_t probe = std::min(text.size(), size_t{64 * 1024});
    const std::string_view head = text.substr(0, probe);
    char best = preferred;
    long best_score = 0;
    for (char sep : {preferred, '\t', ';', ','}) {
        std::map<size_t, int> counts;
        int rows = 0;
        Parse(head, sep, false, [&](const std::vector<std::string>& cells, int) {
            if (rows++ < 30) ++counts[cells.size()];
        });
        long score = 0;
        for (const auto& [fields, count] : counts) {
            if (fields > 1) score = std::max(score, static_cast<long>(count) * 1000 + static_cast<long>(fields));
        }
        if (score > best_score) {
            best_score = score;
            best = sep;
        }
    }
    return best;
}

ImportRead ReadDelimitedText(std::string_view bytes, const std::string& file_name) {
    ImportRead read;
    DecodedText decoded = DecodeText(bytes);
    auto whole_file = [&](Diagnostic::Severity severity, DiagnosticCode code, std::string message) {
        Diagnostic d;
        d.severity = severity;
        d.file = file_name;
        d.code = ToString(code);
        d.message = std::move(message);
        read.diagnostics.push_back(std::move(d));
    };
    if (!decoded.ok) {
        whole_file(Diagnostic::Severity::Error, DiagnosticCode::BadUtf8, decoded.error);
        return read;
    }
    if (decoded.encoding == TextEncoding::Windows1252) {
        whole_file(Diagnostic::Severity::Warning, DiagnosticCode::ConvertedEncoding,
                   "the file is not UTF-8; it was read as Windows-1252 (Western European) and converted: check accented "
                   "letters, or save it as 'CSV UTF-8'");
    }
    const bool tabbed = EndsWith(file_name, ".tsv") || EndsWith(file_name, ".tab") || EndsWith(file_name, ".txt");
    const char sep = DetectSeparator(decoded.text, tabbed ? '\t' : ',');
    ImportTable table;
    table.origin = ImportTable::Origin::Text;
    table.file = file_name;
    const int unclosed = Parse(decoded.text, sep, true, [&](const std::vector<std::string>& cells, int line) {
        table.rows.push_back(cells);
        table.row_numbers.push_back(line);
    });
    if (unclosed) {
        Diagnostic d;
        d.file = file_name;
        d.line = unclosed;
        d.code = ToString(DiagnosticCode::UnclosedQuote);
        d.message = "a quoted cell starts on this line and is never closed (a missing '\"'); nothing of the file was read";
        read.diagnostics.push_back(std::move(d));
        return read;
    }
    if (table.rows.empty()) {
        whole_file(Diagnostic::Severity::Error, DiagnosticCode::EmptyFile, "the file holds no cells");
        return read;
    }
    read.tables.push_back(std::move(table));
    return read;
}

}  // namespace sse
