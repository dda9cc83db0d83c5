// dataset_writer.cpp: Dataset -> sse-explorer/1 JSON. The key order of each object is the order of the tables in
// data/README.md (and of the loader's key lists), so that written files read like the documentation.
#include "core/dataset_writer.h"

#include <cerrno>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <fstream>

#include "core/layouts.h"

namespace sse {

using ojson = nlohmann::ordered_json;

namespace {

ojson SourceToJson(const Source& s) { return ojson{{"url", s.url}, {"title", s.title}}; }

ojson SourcesToJson(const std::vector<Source>& sources) {
    ojson out = ojson::array();
    for (const Source& s : sources) out.push_back(SourceToJson(s));
    return out;
}

void PutYears(ojson& o, const YearRange& y) {
    if (y.from == 0) return;  // "to" needs "from" in the format
    ojson years{{"from", y.from}};
    if (y.to != 0) years["to"] = y.to;
    o["years"] = std::move(years);
}

void PutIfNotEmpty(ojson& o, const char* key, const std::string& value) {
    if (!value.empty()) o[key] = value;
}

ojson Strings(const std::vector<std::string>& list) {
    ojson out = ojson::array();
    for (const std::string& s : list) out.push_back(s);
    return out;
}

// Tour filters are kept as the filter command takes them ("v1,v2"); the file holds a list of texts.
ojson FilterValues(const std::string& joined) {
    ojson out = ojson::array();
    size_t start = 0;
    while (true) {
        size_t comma = joined.find(',', start);
        out.push_back(joined.substr(start, comma == std::string::npos ? std::string::npos : comma - start));
        if (comma == std::string::npos) break;
        start = comma + 1;
    }
    return out;
}

ojson StepToJson(const TourStep& s) {
    ojson o{{"title", s.title}, {"text", s.text}};
    if (s.has_layout) o["layout"] = ToString(static_cast<LayoutKind>(s.layout));
    PutIfNotEmpty(o, "centre", s.centre_id);
    if (!s.filters.empty()) {
        ojson filters = ojson::object();
        for (const auto& [field, values] : s.filters) filters[field] = FilterValues(values);
        o["filters"] = std::move(filters);
    }
    if (!s.showcase) o["showcase"] = false;  // true is the default in tours
    if (!s.actor_ids.empty()) o["actors"] = Strings(s.actor_ids);
    if (!s.link_ids.empty()) o["links"] = Strings(s.link_ids);
    PutIfNotEmpty(o, "case", s.case_id);
    PutIfNotEmpty(o, "recommendation", s.recommendation_id);
    if (s.camera == TourStep::CameraMode::All) o["camera"] = "all";
    else if (s.camera == TourStep::CameraMode::Explicit)
        o["camera"] = ojson{{"x", s.camera_x}, {"y", s.camera_y}, {"zoom", s.camera_zoom}};
    if (s.reveal) o["reveal"] = true;
    return o;
}

// Longest structured value kept on one line (objects of scalars, such as a source, always are); a longer one gets
// a line per member, so that adding an id to a long list shows in a diff as one line.
constexpr size_t kMaxInlineLength = 120;
// Longest text in an object that is still written on one line (a source's URL and title are; a caption is not).
constexpr size_t kMaxInlineText = 200;

std::string Scalar(const ojson& v) { return v.dump(-1, ' ', false, ojson::error_handler_t::replace); }

// The value on one line, with ", " and ": " separators.
void Inline(const ojson& v, std::string& out) {
    if (!v.is_structured()) {
        out += Scalar(v);
        return;
    }
    out += v.is_object() ? '{' : '[';
    bool first = true;
    for (auto it = v.begin(); it != v.end(); ++it) {
        if (!first) out += ", ";
        first = false;
        if (v.is_object()) out += Scalar(ojson(it.key())) + ": ";
        Inline(it.value(), out);
    }
    out += v.is_object() ? '}' : ']';
}

// True for a value written on one line: a scalar, an object whose members are all short scalars, or a short value
// that is not a list of objects.
bool IsFlat(const ojson& v) {
    if (!v.is_structured()) return true;
    bool scalars_only = true;
    for (const auto& member : v) {
        if (v.is_array() && member.is_object()) return false;  // a list of objects: one object per line
        if (member.is_structured() && !IsFlat(member)) return false;
        scalars_only = scalars_only && !member.is_structured();
        if (member.is_string() && member.get_ref<const std::string&>().size() > kMaxInlineText) return false;  // a long text gets its own line
    }
    if (scalars_only && v.is_object()) return true;
    std::string one_line;
    Inline(v, one_line);
    return one_line.size() <= kMaxInlineLength;
}

void Format(const ojson& v, int indent, std::string& out) {
    if (!v.is_structured()) {
        out += Scalar(v);
        return;
    }
    const bool object = v.is_object();
    if (v.empty()) {
        out += object ? "{}" : "[]";
        return;
    }
    if (IsFlat(v)) {
        Inline(v, out);
        return;
    }
    const bool flat = false;
    out += object ? '{' : '[';
    const std::string inner(static_cast<size_t>(indent + 2), ' ');
    bool first = true;
    for (auto it = v.begin(); it != v.end(); ++it) {
        if (!first) out += flat ? ", " : ",";
        first = false;
        if (!flat) {
            out += '\n';
            out += inner;
        }
        if (object) {
            out += Scalar(ojson(it.key()));
            out += ": ";
        }
        Format(it.value(), indent + 2, out);
    }
    if (!flat) {
        out += '\n';
        out.append(static_cast<size_t>(indent), ' ');
    }
    out += object ? '}' : ']';
}

}  // namespace

ojson TerritoryToJson(const Territory& t) {
    ojson o{{"id", t.id}, {"name", t.name}, {"kind", ToString(t.kind)}};
    PutIfNotEmpty(o, "parent", t.parent_id);
    if (t.has_coordinates) {
        o["lat"] = t.lat;
        o["lon"] = t.lon;
    }
    return o;
}

ojson ActorToJson(const Actor& a) {
    ojson o{{"id", a.id}, {"name", a.name}};
    PutIfNotEmpty(o, "short_name", a.short_name);
    o["kind"] = ToString(a.kind);
    o["level"] = ToString(a.level);
    o["territory"] = a.territory_id;
    PutIfNotEmpty(o, "description", a.description);
    PutIfNotEmpty(o, "website", a.website);
    if (a.silk_role != SilkRole::None) o["silk_role"] = ToString(a.silk_role);
    PutYears(o, a.years);
    o["confidence"] = ToString(a.confidence);
    o["sources"] = SourcesToJson(a.sources);
    return o;
}

ojson LinkToJson(const Link& l) {
    ojson o{{"id", l.id}, {"from", l.from_id}, {"to", l.to_id}, {"kind", ToString(l.kind)},
            {"relation", ToString(l.relation)}, {"direction", ToString(l.direction)}};
    if (l.values != 0) {
        ojson values = ojson::array();
        for (int bit = 0; bit < 4; ++bit)
            if (l.values & (1 << bit)) values.push_back(ValueDimensionName(bit));
        o["values"] = std::move(values);
    }
    if (l.weight != 1) {  // a whole number is written as one ("weight": 3, not 3.0)
        if (l.weight == std::floor(l.weight) && std::fabs(l.weight) < 1e15) o["weight"] = static_cast<int64_t>(l.weight);
        else o["weight"] = l.weight;
    }
    PutYears(o, l.years);
    if (!l.case_ids.empty()) o["cases"] = Strings(l.case_ids);
    PutIfNotEmpty(o, "description", l.description);
    o["confidence"] = ToString(l.confidence);
    o["sources"] = SourcesToJson(l.sources);
    return o;
}

ojson CaseToJson(const Case& c) {
    ojson o{{"id", c.id}, {"title", c.title}, {"territory", c.territory_id}, {"summary", c.summary},
            {"actors", Strings(c.actor_ids)}};
    if (!c.link_ids.empty()) o["links"] = Strings(c.link_ids);
    o["recommendations"] = Strings(c.recommendation_ids);
    o["brief_source"] = SourceToJson(c.brief_source);
    o["confidence"] = ToString(c.confidence);
    o["sources"] = SourcesToJson(c.sources);
    return o;
}

ojson RecommendationToJson(const Recommendation& r) {
    return ojson{{"id", r.id}, {"number", r.number}, {"title", r.title}, {"text", r.text}, {"cases", Strings(r.case_ids)}};
}

ojson TourToJson(const Tour& t) {
    ojson o{{"id", t.id}, {"title", t.title}};
    PutIfNotEmpty(o, "description", t.description);
    ojson steps = ojson::array();
    for (const TourStep& s : t.steps) steps.push_back(StepToJson(s));
    o["steps"] = std::move(steps);
    return o;
}

ojson DatasetToJson(const Dataset& d) {
    ojson ds{{"id", d.id}, {"title", d.title}};
    PutIfNotEmpty(ds, "description", d.description);
    if (!d.sources.empty()) ds["sources"] = SourcesToJson(d.sources);
    ojson o{{"format", "sse-explorer/1"}, {"dataset", std::move(ds)}};
    auto list = [](const auto& items, auto to_json) {
        ojson out = ojson::array();
        for (const auto& item : items) out.push_back(to_json(item));
        return out;
    };
    o["territories"] = list(d.territories, TerritoryToJson);
    o["actors"] = list(d.actors, ActorToJson);
    o["links"] = list(d.links, LinkToJson);
    o["cases"] = list(d.cases, CaseToJson);
    o["recommendations"] = list(d.recommendations, RecommendationToJson);
    if (!d.tours.empty()) o["tours"] = list(d.tours, TourToJson);
    return o;
}

std::string FormatJson(const ojson& value) {
    std::string out;
    Format(value, 0, out);
    out += '\n';
    return out;
}

std::string WriteDataset(const Dataset& data) { return FormatJson(DatasetToJson(data)); }

std::string WriteFileAtomically(const std::string& path, const std::string& text) {
    const std::string temp = path + ".tmp-sse-explorer";
    std::FILE* f = std::fopen(temp.c_str(), "wb");
    if (!f) return path + ": cannot write the file: " + std::strerror(errno);
    const bool written = std::fwrite(text.data(), 1, text.size(), f) == text.size();
    const int saved_errno = errno;
    const bool closed = std::fclose(f) == 0;
    if (!written || !closed) {
        std::remove(temp.c_str());
        return path + ": cannot write the file: " + std::strerror(written ? errno : saved_errno);
    }
    if (std::rename(temp.c_str(), path.c_str()) != 0) {
        const int e = errno;
        std::remove(temp.c_str());
        return path + ": cannot replace the file: " + std::strerror(e);
    }
    return "";
}

}  // namespace sse
