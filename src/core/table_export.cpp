// table_export.cpp: see table_export.h. Cells are written column by column from the model, by the importer's
// canonical header names, so the two cannot drift apart (a round-trip test reads the files back).
#include "core/table_export.h"

#include <algorithm>
#include <functional>
#include <unordered_map>

#include "core/dataset_writer.h"
#include "core/import_mapper.h"
#include "core/vocabulary.h"

namespace sse {

namespace {

std::string Join(const std::vector<std::string>& items) {
    std::string s;
    for (size_t i = 0; i < items.size(); ++i) s += (i ? "|" : "") + items[i];
    return s;
}

std::string Number(double v) { return JsonNode::Number(v).scalar; }
std::string Year(int y) { return y ? std::to_string(y) : std::string(); }

std::string Urls(const std::vector<Source>& sources) {
    std::vector<std::string> v;
    for (const Source& s : sources) v.push_back(s.url);
    return Join(v);
}
std::string Titles(const std::vector<Source>& sources) {
    std::vector<std::string> v;
    for (const Source& s : sources) v.push_back(s.title);
    return Join(v);
}

// A table: header from ImportColumns(role), then the attribute names the items carry (first seen first), then one row
// per item from `cell(item, header)` and its attributes. The importer reads those extra columns back as attributes.
template <typename T>
ExportFile Table(TableRole role, const std::vector<T>& items, const std::function<std::string(const T&, const std::string&)>& cell,
                 const Attributes* (*attributes)(const T&) = nullptr) {
    std::vector<std::vector<std::string>> rows;
    std::vector<std::string> header;
    for (const ImportColumn& c : ImportColumns(role)) header.emplace_back(c.header);
    const size_t own = header.size();
    if (attributes) {
        std::unordered_map<std::string, size_t> seen;
        for (const T& item : items) {
            for (const auto& kv : *attributes(item)) {
                if (seen.emplace(kv.first, header.size()).second) header.push_back(kv.first);
            }
        }
    }
    rows.push_back(header);
    for (const T& item : items) {
        std::vector<std::string> row;
        row.reserve(header.size());
        for (size_t i = 0; i < own; ++i) row.push_back(cell(item, header[i]));
        row.resize(header.size());
        if (attributes) {
            for (const auto& [key, value] : *attributes(item)) {
                const size_t i = static_cast<size_t>(std::find(header.begin() + static_cast<long>(own), header.end(), key) - header.begin());
                if (i < header.size()) row[i] = value;
            }
        }
        rows.push_back(std::move(row));
    }
    return {std::string(TableRoleName(role)) + ".csv", WriteCsv(rows)};
}

const Attributes* ActorAttributes(const Actor& a) { return &a.attributes; }
const Attributes* LinkAttributes(const Link& l) { return &l.attributes; }

std::string Provenance(Confidence confidence, const std::string& quote, const std::string& reasoning,
                       const std::vector<Source>& sources, const std::string& h) {
    if (h == "confidence") return WireName(confidence);
    if (h == "quote") return quote;
    if (h == "reasoning") return reasoning;
    if (h == "sources") return Urls(sources);
    if (h == "source_title") return Titles(sources);
    return "";
}

std::string YearsCell(const YearRange& y, const std::string& h) {
    if (h == "year_from") return Year(y.from);
    if (h == "year_to") return Year(y.to);
    if (h == "years_note") return y.note;
    return "";
}

std::string ValuesCell(uint8_t bits) {
    std::vector<std::string> v;
    const EnumTable& t = ValueDimensionTable();
    for (int i = 0; i < 4; ++i) {
        if (bits & (1u << i)) v.emplace_back(t.Name(i));
    }
    return Join(v);
}

}  // namespace

std::string WriteCsv(const std::vector<std::vector<std::string>>& rows) {
    std::string out;
    for (const auto& row : rows) {
        for (size_t i = 0; i < row.size(); ++i) {
            if (i) out += ',';
            const std::string& c = row[i];
            const bool quote = c.find_first_of(",\"\n\r") != std::string::npos ||
                               (!c.empty() && (c.front() == ' ' || c.back() == ' ' || c.front() == '\t'));
            if (!quote) {
                out += c;
                continue;
            }
            out += '"';
            for (char ch : c) {
                if (ch == '"') out += '"';
                out += ch;
            }
            out += '"';
        }
        out += '\n';
    }
    return out;
}

std::vector<ExportFile> ExportCsvFiles(const Dataset& data) {
    std::vector<ExportFile> files;
    files.push_back(Table<Territory>(TableRole::Territories, data.territories, [](const Territory& t, const std::string& h) -> std::string {
        if (h == "id") return t.id;
        if (h == "name") return t.name;
        if (h == "kind") return WireName(t.kind);
        if (h == "parent") return t.parent_id;
        if (h == "lat") return t.has_coordinates ? Number(t.lat) : "";
        if (h == "lon") return t.has_coordinates ? Number(t.lon) : "";
        return "";
    }));
    files.push_back(Table<Actor>(TableRole::Actors, data.actors, [](const Actor& a, const std::string& h) -> std::string {
        if (h == "id") return a.id;
        if (h == "name") return a.name;
        if (h == "short_name") return a.short_name;
        if (h == "kind") return WireName(a.kind);
        if (h == "level") return WireName(a.level);
        if (h == "territory") return a.territory_id;
        if (h == "description") return a.description;
        if (h == "website") return a.website;
        if (h == "silk_role") return a.silk_role == SilkRole::None ? "" : WireName(a.silk_role);
        if (h.rfind("year", 0) == 0) return YearsCell(a.years, h);
        return Provenance(a.confidence, a.quote, a.reasoning, a.sources, h);
    }, ActorAttributes));
    files.push_back(Table<Link>(TableRole::Links, data.links, [](const Link& l, const std::string& h) -> std::string {
        if (h == "id") return l.id;
        if (h == "from") return l.from_id;
        if (h == "to") return l.to_id;
        if (h == "kind") return WireName(l.kind);
        if (h == "relation") return WireName(l.relation);
        if (h == "direction") return WireName(l.direction);
        if (h == "values") return ValuesCell(l.values);
        if (h == "weight") return l.weight == 1 ? "" : Number(l.weight);
        if (h.rfind("year", 0) == 0) return YearsCell(l.years, h);
        if (h == "cases") return Join(l.case_ids);
        if (h == "description") return l.description;
        return Provenance(l.confidence, l.quote, l.reasoning, l.sources, h);
    }, LinkAttributes));
    files.push_back(Table<Case>(TableRole::Cases, data.cases, [](const Case& c, const std::string& h) -> std::string {
        if (h == "id") return c.id;
        if (h == "title") return c.title;
        if (h == "territory") return c.territory_id;
        if (h == "summary") return c.summary;
        if (h == "actors") return Join(c.actor_ids);
        if (h == "links") return Join(c.link_ids);
        if (h == "recommendations") return Join(c.recommendation_ids);
        if (h == "brief_source") return c.brief_source.url;
        if (h == "brief_source_title") return c.brief_source.title;
        return Provenance(c.confidence, c.quote, c.reasoning, c.sources, h);
    }));
    files.push_back(Table<Recommendation>(TableRole::Recommendations, data.recommendations,
                                          [](const Recommendation& r, const std::string& h) -> std::string {
        if (h == "id") return r.id;
        if (h == "number") return std::to_string(r.number);
        if (h == "title") return r.title;
        if (h == "text") return r.text;
        if (h == "cases") return Join(r.case_ids);
        return "";
    }));
    return files;
}

std::vector<ExportFile> CsvTemplateFiles() {
    Dataset d;
    Territory t;
    t.id = "fr";
    t.name = "France";
    t.kind = TerritoryKind::Country;
    t.has_coordinates = true;
    t.lat = 46.6;
    t.lon = 2.3;
    d.territories.push_back(t);
    Actor a;
    a.id = "coop-example";
    a.name = "Example cooperative";
    a.kind = ActorKind::Practitioner;
    a.level = Level::Local;
    a.territory_id = "fr";
    a.description = "What it does, in a sentence. Several values in one cell are separated by |";
    a.years.from = 2016;
    a.confidence = Confidence::Verified;
    a.sources.push_back({"https://example.org/about", "Example cooperative: about us"});
    Actor b = a;
    b.id = "agency-example";
    b.name = "Example public agency";
    b.kind = ActorKind::PublicAgency;
    b.level = Level::National;
    b.description = "";
    d.actors = {a, b};
    Link l;
    l.id = "agency-coop-funding";
    l.from_id = "agency-example";
    l.to_id = "coop-example";
    l.kind = LinkKind::Vertical;
    l.relation = Relation::Funding;
    l.direction = Direction::Outward;
    l.values = ValueSocial | ValueEconomic;
    l.years.from = 2020;
    l.case_ids = {"example-case"};
    l.confidence = Confidence::Verified;
    l.sources = a.sources;
    d.links.push_back(l);
    Case c;
    c.id = "example-case";
    c.title = "Example case";
    c.territory_id = "fr";
    c.summary = "A short story of the case.";
    c.actor_ids = {"coop-example", "agency-example"};
    c.link_ids = {"agency-coop-funding"};
    c.recommendation_ids = {"r1"};
    c.brief_source = a.sources[0];
    c.confidence = Confidence::Verified;
    c.sources = a.sources;
    d.cases.push_back(c);
    Recommendation r;
    r.id = "r1";
    r.number = 1;
    r.title = "Example recommendation";
    r.text = "The recommendation's text.";
    r.case_ids = {"example-case"};
    d.recommendations.push_back(r);
    return ExportCsvFiles(d);
}

}  // namespace sse
