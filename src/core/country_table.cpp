// country_table.cpp: see country_table.h.
#include "core/country_table.h"

#include <string>

#include "core/search.h"

namespace sse {

namespace {

constexpr Country kCountries[] = {
#include "core/country_table_data.inc"
};

std::string Fold(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
    return FoldForSearch(std::string(s));
}

}  // namespace

const Country* FindCountry(std::string_view text) {
    const std::string key = Fold(text);
    if (key.empty()) return nullptr;
    for (const Country& c : kCountries) {
        if (key == Fold(c.alpha2) || key == Fold(c.alpha3) || key == Fold(c.name)) return &c;
        std::string_view others(c.other_names);
        while (!others.empty()) {
            const size_t bar = others.find('|');
            if (key == Fold(others.substr(0, bar))) return &c;
            if (bar == std::string_view::npos) break;
            others.remove_prefix(bar + 1);
        }
    }
    return nullptr;
}

}  // namespace sse
