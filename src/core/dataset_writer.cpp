// dataset_writer.cpp: Dataset -> sse-explorer/1 JSON. The key order of each object is the order of the tables in
// data/README.md (and of the loader's key lists), so that written files read like the documentation.
//
// Index of this file:
//   1. JsonNode (an ordered JSON tree; scalars escaped by nlohmann/json, the library the app already has)
//   2. elements -> JsonNode, in the format's key order
//   3. the layout: which values go on one line
//   4. atomic file writing
#include "core/dataset_writer.h"

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstring>

#include <nlohmann/json.hpp>

#include "core/filter.h"
#include "core/layouts.h"

namespace sse {

// ---------------------------------------------------------------------------------------------------------------
// 1. JsonNode
namespace {
std::string Dump(const nlohmann::json& v) { return v.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace); }

// `s` as a JSON string. Plain ASCII needs no escape: quoted as it is (the same text the JSON library writes, without
// building a value per text: an import of 60,000 rows makes a million texts and keys).
void AppendQuoted(const std::string& s, std::string& out) {
    bool plain = true;
    for (char c : s) plain = plain && c >= 0x20 && c < 0x7F && c != '"' && c != '\\';
    if (plain) {
        out += '"';
        out += s;
        out += '"';
    } else {
        out += Dump(nlohmann::json(s));
    }
}
}  // namespace

JsonNode JsonNode::Text(const std::string& s) {
    JsonNode node{Kind::Scalar, {}, {}};
    node.scalar.reserve(s.size() + 2);
    AppendQuoted(s, node.scalar);
    return node;
}
JsonNode JsonNode::Number(double v) {
    if (v == std::floor(v) && std::fabs(v) < 1e15) return Integer(static_cast<int64_t>(v));  // 3, not 3.0
    return JsonNode{Kind::Scalar, Dump(nlohmann::json(v)), {}};
}
JsonNode JsonNode::Integer(int64_t v) { return JsonNode{Kind::Scalar, std::to_string(v), {}}; }
JsonNode JsonNode::Bool(bool v) { return JsonNode{Kind::Scalar, v ? "true" : "false", {}}; }

JsonNode& JsonNode::Put(const std::string& key, JsonNode value) {
    members.emplace_back(key, std::move(value));
    return *this;
}

JsonNode& JsonNode::Push(JsonNode value) {
    members.emplace_back(std::string(), std::move(value));
    return *this;
}

const JsonNode* JsonNode::Find(const std::string& key) const {
    for (const auto& [k, v] : members)
        if (k == key) return &v;
    return nullptr;
}

// ---------------------------------------------------------------------------------------------------------------
// 2. Elements
namespace {

using Node = JsonNode;

Node SourceToJson(const Source& s) { return Node::Object().Put("url", Node::Text(s.url)).Put("title", Node::Text(s.title)); }

Node SourcesToJson(const std::vector<Source>& sources) {
    Node out = Node::Array();
    for (const Source& s : sources) out.Push(SourceToJson(s));
    return out;
}

void PutYears(Node& o, const YearRange& y) {
    if (y.from == 0) return;  // "to" needs "from" in the format
    Node years = Node::Object().Put("from", Node::Integer(y.from));
    if (y.to != 0) years.Put("to", Node::Integer(y.to));
    if (!y.note.empty()) years.Put("note", Node::Text(y.note));
    o.Put("years", std::move(years));
}

void PutIfNotEmpty(Node& o, const char* key, const std::string& value) {
    if (!value.empty()) o.Put(key, Node::Text(value));
}

// "confidence", then the provenance that justifies it, in the format's key order.
void PutConfidence(Node& o, Confidence c, const std::string& quote, const std::string& reasoning) {
    o.Put("confidence", Node::Text(ToString(c)));
    PutIfNotEmpty(o, "quote", quote);
    PutIfNotEmpty(o, "reasoning", reasoning);
}

Node Strings(const std::vector<std::string>& list) {
    Node out = Node::Array();
    for (const std::string& s : list) out.Push(Node::Text(s));
    return out;
}

// Tour filters are kept as the filter command takes them ("v1,v2"); the file holds a list of texts.
Node FilterValues(const std::string& joined) {
    Node out = Node::Array();
    size_t start = 0;
    while (true) {
        size_t comma = joined.find(',', start);
        out.Push(Node::Text(joined.substr(start, comma == std::string::npos ? std::string::npos : comma - start)));
        if (comma == std::string::npos) break;
        start = comma + 1;
    }
    return out;
}

// An item's "translations", languages and fields in sorted order (the model's maps), so that the same data always
// writes the same bytes. Nothing when the item has none.
void PutTranslations(Node& o, const Translations& t) {
    if (t.empty()) return;
    Node languages = Node::Object();
    for (const auto& [language, texts] : t) {
        Node fields = Node::Object();
        for (const auto& [field, text] : texts) fields.Put(field, Node::Text(text));
        languages.Put(language, std::move(fields));
    }
    o.Put("translations", std::move(languages));
}

Node StepToJson(const TourStep& s) {
    Node o = Node::Object().Put("title", Node::Text(s.title)).Put("text", Node::Text(s.text));
    PutIfNotEmpty(o, "quote", s.quote);
    if (s.has_layout) o.Put("layout", Node::Text(ToString(static_cast<LayoutKind>(s.layout))));
    PutIfNotEmpty(o, "centre", s.centre_id);
    if (!s.filters.empty()) {
        // In the filter fields' own order (filter.h), whatever order the file had: a document edited and undone has
        // been through JSON objects that do not keep key order, and must still write the same bytes.
        const std::vector<std::string>& order = FilterFieldNames();
        auto rank = [&](const std::string& field) { return std::find(order.begin(), order.end(), field) - order.begin(); };
        std::vector<std::pair<std::string, std::string>> sorted = s.filters;
        std::stable_sort(sorted.begin(), sorted.end(), [&](const auto& a, const auto& b) { return rank(a.first) < rank(b.first); });
        Node filters = Node::Object();
        for (const auto& [field, values] : sorted) filters.Put(field, FilterValues(values));
        o.Put("filters", std::move(filters));
    }
    if (!s.showcase) o.Put("showcase", Node::Bool(false));  // true is the default in tours
    if (!s.actor_ids.empty()) o.Put("actors", Strings(s.actor_ids));
    if (!s.link_ids.empty()) o.Put("links", Strings(s.link_ids));
    PutIfNotEmpty(o, "case", s.case_id);
    PutIfNotEmpty(o, "recommendation", s.recommendation_id);
    if (s.camera == TourStep::CameraMode::All) o.Put("camera", Node::Text("all"));
    else if (s.camera == TourStep::CameraMode::Explicit)
        o.Put("camera", Node::Object().Put("x", Node::Number(s.camera_x)).Put("y", Node::Number(s.camera_y)).Put("zoom", Node::Number(s.camera_zoom)));
    if (s.reveal) o.Put("reveal", Node::Bool(true));
    PutTranslations(o, s.translations);
    return o;
}

// A user's own fields, in the order read; left out when there are none (the bundled data has none).
void PutAttributes(Node& o, const Attributes& attributes) {
    if (attributes.empty()) return;
    Node m = Node::Object();
    for (const auto& [key, value] : attributes) m.Put(key, Node::Text(value));
    o.Put("attributes", std::move(m));
}

}  // namespace

JsonNode TerritoryToJson(const Territory& t) {
    Node o = Node::Object().Put("id", Node::Text(t.id)).Put("name", Node::Text(t.name)).Put("kind", Node::Text(ToString(t.kind)));
    PutIfNotEmpty(o, "parent", t.parent_id);
    if (t.has_coordinates) {
        // Coordinates keep a decimal point ("lat": 50.0), as they are written by hand.
        o.Put("lat", Node{Node::Kind::Scalar, Dump(nlohmann::json(t.lat)), {}});
        o.Put("lon", Node{Node::Kind::Scalar, Dump(nlohmann::json(t.lon)), {}});
    }
    return o;
}

JsonNode ActorToJson(const Actor& a) {
    Node o = Node::Object().Put("id", Node::Text(a.id)).Put("name", Node::Text(a.name));
    PutIfNotEmpty(o, "short_name", a.short_name);
    o.Put("kind", Node::Text(ToString(a.kind))).Put("level", Node::Text(ToString(a.level))).Put("territory", Node::Text(a.territory_id));
    PutIfNotEmpty(o, "description", a.description);
    PutIfNotEmpty(o, "website", a.website);
    if (a.silk_role != SilkRole::None) o.Put("silk_role", Node::Text(ToString(a.silk_role)));
    PutYears(o, a.years);
    PutConfidence(o, a.confidence, a.quote, a.reasoning);
    if (!a.sources.empty()) o.Put("sources", SourcesToJson(a.sources));  // a user's row may have none (a warning)
    PutAttributes(o, a.attributes);
    PutTranslations(o, a.translations);
    return o;
}

JsonNode LinkToJson(const Link& l) {
    Node o = Node::Object().Put("id", Node::Text(l.id)).Put("from", Node::Text(l.from_id)).Put("to", Node::Text(l.to_id));
    o.Put("kind", Node::Text(ToString(l.kind))).Put("relation", Node::Text(ToString(l.relation))).Put("direction", Node::Text(ToString(l.direction)));
    if (l.values != 0) {
        Node values = Node::Array();
        for (int bit = 0; bit < 4; ++bit)
            if (l.values & (1 << bit)) values.Push(Node::Text(ValueDimensionName(bit)));
        o.Put("values", std::move(values));
    }
    if (l.weight != 1) o.Put("weight", Node::Number(l.weight));
    PutYears(o, l.years);
    if (!l.case_ids.empty()) o.Put("cases", Strings(l.case_ids));
    PutIfNotEmpty(o, "description", l.description);
    PutConfidence(o, l.confidence, l.quote, l.reasoning);
    if (!l.sources.empty()) o.Put("sources", SourcesToJson(l.sources));  // a user's row may have none (a warning)
    PutAttributes(o, l.attributes);
    return o;
}

JsonNode CaseToJson(const Case& c) {
    Node o = Node::Object().Put("id", Node::Text(c.id)).Put("title", Node::Text(c.title)).Put("territory", Node::Text(c.territory_id));
    o.Put("summary", Node::Text(c.summary)).Put("actors", Strings(c.actor_ids));
    if (!c.link_ids.empty()) o.Put("links", Strings(c.link_ids));
    o.Put("recommendations", Strings(c.recommendation_ids)).Put("brief_source", SourceToJson(c.brief_source));
    PutConfidence(o, c.confidence, c.quote, c.reasoning);
    if (!c.sources.empty()) o.Put("sources", SourcesToJson(c.sources));  // a user's row may have none (a warning)
    PutTranslations(o, c.translations);
    return o;
}

JsonNode RecommendationToJson(const Recommendation& r) {
    Node o = Node::Object().Put("id", Node::Text(r.id)).Put("number", Node::Integer(r.number)).Put("title", Node::Text(r.title))
        .Put("text", Node::Text(r.text)).Put("cases", Strings(r.case_ids));
    PutTranslations(o, r.translations);
    return o;
}

JsonNode TourToJson(const Tour& t) {
    Node o = Node::Object().Put("id", Node::Text(t.id)).Put("title", Node::Text(t.title));
    PutIfNotEmpty(o, "description", t.description);
    Node steps = Node::Array();
    for (const TourStep& s : t.steps) steps.Push(StepToJson(s));
    o.Put("steps", std::move(steps));
    PutTranslations(o, t.translations);
    return o;
}

JsonNode DatasetToJson(const Dataset& d) {
    Node ds = Node::Object().Put("id", Node::Text(d.id)).Put("title", Node::Text(d.title));
    PutIfNotEmpty(ds, "description", d.description);
    if (!d.sources.empty()) ds.Put("sources", SourcesToJson(d.sources));
    Node o = Node::Object().Put("format", Node::Text("sse-explorer/1")).Put("dataset", std::move(ds));
    auto list = [](const auto& items, auto to_json) {
        Node out = Node::Array();
        for (const auto& item : items) out.Push(to_json(item));
        return out;
    };
    o.Put("territories", list(d.territories, TerritoryToJson));
    o.Put("actors", list(d.actors, ActorToJson));
    o.Put("links", list(d.links, LinkToJson));
    o.Put("cases", list(d.cases, CaseToJson));
    o.Put("recommendations", list(d.recommendations, RecommendationToJson));
    if (!d.tours.empty()) o.Put("tours", list(d.tours, TourToJson));
    return o;
}

// ---------------------------------------------------------------------------------------------------------------
// 3. Layout
namespace {

// Longest structured value kept on one line (objects of short scalars, such as a source, always are); a longer
// one gets a line per member, so that adding an id to a long list shows in a diff as one line.
constexpr size_t kMaxInlineLength = 120;
// Longest text in an object that is still written on one line (a source's URL and title are; a caption is not).
constexpr size_t kMaxInlineText = 200;

// The value on one line, with ", " and ": " separators.
void Inline(const Node& v, std::string& out) {
    if (v.kind == Node::Kind::Scalar) {
        out += v.scalar;
        return;
    }
    const bool object = v.kind == Node::Kind::Object;
    out += object ? '{' : '[';
    bool first = true;
    for (const auto& [key, member] : v.members) {
        if (!first) out += ", ";
        first = false;
        if (object) {
            AppendQuoted(key, out);
            out += ": ";
        }
        Inline(member, out);
    }
    out += object ? '}' : ']';
}

// True for a value written on one line: a scalar, an object whose members are all short scalars, or a short value
// that is not a list of objects.
bool IsFlat(const Node& v) {
    if (v.kind == Node::Kind::Scalar) return true;
    bool scalars_only = true;
    for (const auto& [key, member] : v.members) {
        if (v.kind == Node::Kind::Array && member.kind == Node::Kind::Object) return false;  // one object per line
        if (member.kind != Node::Kind::Scalar && !IsFlat(member)) return false;
        scalars_only = scalars_only && member.kind == Node::Kind::Scalar;
        if (member.kind == Node::Kind::Scalar && member.scalar.size() > kMaxInlineText + 2) return false;  // a long text: own line
    }
    if (scalars_only && v.kind == Node::Kind::Object) return true;
    std::string one_line;
    Inline(v, one_line);
    return one_line.size() <= kMaxInlineLength;
}

void Format(const Node& v, int indent, std::string& out) {
    if (v.kind == Node::Kind::Scalar || v.members.empty() || IsFlat(v)) {
        Inline(v, out);
        return;
    }
    const bool object = v.kind == Node::Kind::Object;
    out += object ? '{' : '[';
    const std::string inner(static_cast<size_t>(indent + 2), ' ');
    bool first = true;
    for (const auto& [key, member] : v.members) {
        out += first ? "\n" : ",\n";
        first = false;
        out += inner;
        if (object) {
            AppendQuoted(key, out);
            out += ": ";
        }
        Format(member, indent + 2, out);
    }
    out += '\n';
    out.append(static_cast<size_t>(indent), ' ');
    out += object ? '}' : ']';
}

}  // namespace

std::string InlineJson(const JsonNode& value) {
    std::string out;
    Inline(value, out);
    out += '\n';
    return out;
}

std::string FormatJson(const JsonNode& value) {
    std::string out;
    Format(value, 0, out);
    out += '\n';
    return out;
}

std::string WriteDataset(const Dataset& data) { return FormatJson(DatasetToJson(data)); }

// ---------------------------------------------------------------------------------------------------------------
// 4. Files
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
