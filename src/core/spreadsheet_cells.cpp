// spreadsheet_cells.cpp: see spreadsheet_cells.h.
#include "core/spreadsheet_cells.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace sse {

namespace {

bool ParseDouble(std::string_view text, double* value) {
    if (text.empty() || text.size() > 64) return false;
    char buffer[72];
    std::memcpy(buffer, text.data(), text.size());
    buffer[text.size()] = '\0';
    // strtod accepts "inf", "nan", hex and leading spaces: a spreadsheet number is none of these.
    for (char c : text) {
        if (!((c >= '0' && c <= '9') || c == '.' || c == '-' || c == '+' || c == 'e' || c == 'E')) return false;
    }
    char* end = nullptr;
    *value = std::strtod(buffer, &end);
    return end == buffer + text.size() && std::isfinite(*value);
}

std::string FormatShortest(double value) {
    if (value == 0) return "0";  // also -0
    char buffer[400];
    int precision = 1;
    for (; precision <= 17; ++precision) {
        std::snprintf(buffer, sizeof buffer, "%.*g", precision, value);
        if (std::strtod(buffer, nullptr) == value) break;
    }
    // %g writes 10 as "1e+01" at one digit: as a spreadsheet shows it, numbers from 1e-5 to 1e15 are written out.
    const double magnitude = std::fabs(value);
    if (std::strchr(buffer, 'e') != nullptr && magnitude >= 1e-5 && magnitude < 1e15) {
        const int exponent = static_cast<int>(std::floor(std::log10(magnitude)));
        const int decimals = std::max(0, precision - 1 - exponent);
        std::snprintf(buffer, sizeof buffer, "%.*f", decimals, value);
    }
    return buffer;
}

// Days since 1970-01-01 -> civil date (Howard Hinnant's algorithm).
void CivilFromDays(long long z, int* year, int* month, int* day) {
    z += 719468;
    const long long era = (z >= 0 ? z : z - 146096) / 146097;
    const long long doe = z - era * 146097;
    const long long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const long long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const long long mp = (5 * doy + 2) / 153;
    *day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
    *month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    *year = static_cast<int>(yoe + era * 400 + (*month <= 2));
}

std::string Clock(double fraction) {
    long long seconds = std::llround(fraction * 86400.0);
    if (seconds >= 86400) seconds = 86399;
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%02lld:%02lld:%02lld", seconds / 3600, seconds / 60 % 60, seconds % 60);
    return buffer;
}

}  // namespace

std::string ShortestNumber(std::string_view text) {
    double value = 0;
    return ParseDouble(text, &value) ? FormatShortest(value) : std::string(text);
}

bool IsShortestNumber(std::string_view text) {
    double value = 0;
    return ParseDouble(text, &value) && FormatShortest(value) == text;
}

std::string SerialToDate(std::string_view serial, bool date1904, bool with_time) {
    double value = 0;
    // Years 0001-9999 only (serials up to 2,958,465 are 9999-12-31).
    if (!ParseDouble(serial, &value) || value < -693593 || value > 2958466) return std::string(serial);
    const double whole = std::floor(value);
    // 1899-12-30 is day -25569 from 1970; 1904-01-01 is -24107. (Excel's fictitious 1900-02-29, serial 60, sits
    // before any date a workshop uses; this epoch makes every later serial right.)
    const long long days = static_cast<long long>(whole) + (date1904 ? -24107 : -25569);
    int year = 0, month = 0, day = 0;
    CivilFromDays(days, &year, &month, &day);
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", year, month, day);
    std::string out = buffer;
    const double fraction = value - whole;
    if (with_time && fraction > 0) out += "T" + Clock(fraction);
    return out;
}

std::string SerialToTime(std::string_view serial) {
    double value = 0;
    if (!ParseDouble(serial, &value) || value < 0 || value > 2958466) return std::string(serial);
    return Clock(value - std::floor(value));
}

bool ParseCellReference(std::string_view reference, size_t* column, size_t* row) {
    size_t i = 0, col = 0, r = 0;
    while (i < reference.size() && reference[i] >= 'A' && reference[i] <= 'Z') {
        col = col * 26 + static_cast<size_t>(reference[i] - 'A' + 1);
        if (col > kMaxSheetColumns) return false;
        ++i;
    }
    if (i == 0 || i == reference.size()) return false;
    for (; i < reference.size(); ++i) {
        if (reference[i] < '0' || reference[i] > '9') return false;
        r = r * 10 + static_cast<size_t>(reference[i] - '0');
        if (r > kMaxSheetRows) return false;
    }
    if (r == 0) return false;
    *column = col - 1;
    *row = r;
    return true;
}

bool IsDateFormat(std::string_view code, bool* has_time) {
    bool date = false, time = false;
    for (size_t i = 0; i < code.size(); ++i) {
        const char c = code[i];
        if (c == '"') {  // literal text
            while (++i < code.size() && code[i] != '"') {}
        } else if (c == '\\' || c == '_' || c == '*') {  // an escaped character, a space as wide as one, a fill
            ++i;
        } else if (c == '[') {  // [Red], [$-409], [$€-2]: no date; [h], [mm], [ss]: elapsed time
            const size_t close = code.find(']', i);
            if (close == std::string_view::npos) break;
            const std::string_view inside = code.substr(i + 1, close - i - 1);
            if (!inside.empty() && (inside[0] == 'h' || inside[0] == 'H' || inside[0] == 'm' || inside[0] == 's')) {
                time = true;
            }
            i = close;
        } else if (c == ';') {
            break;  // the first section decides
        } else if (c == 'y' || c == 'Y' || c == 'd' || c == 'D') {
            date = true;
        } else if (c == 'h' || c == 'H' || c == 's' || c == 'S') {
            time = true;
        } else if (c == 'm' || c == 'M') {
            date = date || !time;  // "mm" after "h" is minutes; otherwise months
        }
    }
    *has_time = time;
    return date;
}

}  // namespace sse
