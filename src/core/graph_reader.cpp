// graph_reader.cpp: see graph_reader.h.
#include "core/graph_reader.h"

#include <cstdio>
#include <cstdlib>
#include <map>
#include <string>
#include <vector>

#include "core/spreadsheet_cells.h"
#include "core/workbook_common.h"
#include "core/xml_stream.h"

namespace sse {

namespace {

constexpr size_t kMaxAttributes = 1000;  // declared attribute columns per table

// The rows of one table as they are read: columns are added as they are declared (or first used), rows hold
// (column, value) pairs until the end, when every row gets every column.
class TableBuilder {
public:
    explicit TableBuilder(std::vector<std::string> fixed) : columns_(std::move(fixed)) {}
    size_t Column(const std::string& name) {
        for (size_t i = 0; i < columns_.size(); ++i) {
            if (columns_[i] == name) return i;
        }
        if (columns_.size() >= kMaxAttributes) return columns_.size() - 1;  // never past the bound
        columns_.push_back(name);
        return columns_.size() - 1;
    }
    void SetDefault(size_t column, std::string value) {
        if (defaults_.size() <= column) defaults_.resize(column + 1);
        defaults_[column] = std::move(value);
    }
    void BeginRow(int line) {
        rows_.emplace_back();
        lines_.push_back(line);
    }
    // False past the cell limit.
    bool Set(size_t column, std::string value, size_t* cells) {
        if (rows_.empty() || value.empty()) return true;  // an empty value is no value (the default applies)
        if (++*cells > kMaxImportCells) return false;
        rows_.back().emplace_back(column, std::move(value));
        return true;
    }
    bool Empty() const { return rows_.empty(); }
    ImportTable Build(const std::string& file, const std::string& element, const std::string& role, int header_line,
                      size_t* cells) {
        // Columns no element fills (GEXF's edge label or weight in most files) are left out: nothing to map.
        std::vector<bool> used(columns_.size(), false);
        for (size_t c = 0; c < defaults_.size() && c < used.size(); ++c) used[c] = !defaults_[c].empty();
        for (const auto& row : rows_) {
            for (const auto& cell : row) used[cell.first] = used[cell.first] || !cell.second.empty();
        }
        used[0] = true;  // the id column stays, to say what is missing
        std::vector<size_t> keep_index(columns_.size(), 0);
        std::vector<std::string> kept;
        std::vector<std::string> kept_defaults;
        for (size_t c = 0; c < columns_.size(); ++c) {
            keep_index[c] = kept.size();
            if (!used[c]) continue;
            kept.push_back(columns_[c]);
            kept_defaults.push_back(c < defaults_.size() ? defaults_[c] : std::string());
        }
        for (auto& row : rows_) {
            for (auto& cell : row) cell.first = keep_index[cell.first];  // only used columns have cells
        }
        columns_ = std::move(kept);
        defaults_ = std::move(kept_defaults);
        ImportTable t;
        t.origin = ImportTable::Origin::Xml;
        t.file = file;
        t.sheet = element;
        t.role = role;
        t.rows.push_back(columns_);
        t.row_numbers.push_back(header_line);
        for (size_t r = 0; r < rows_.size(); ++r) {
            std::vector<std::string> row(columns_.size());
            *cells += columns_.size();
            for (size_t c = 0; c < defaults_.size() && c < row.size(); ++c) row[c] = defaults_[c];
            for (auto& [column, value] : rows_[r]) row[column] = std::move(value);
            while (!row.empty() && row.back().empty()) row.pop_back();
            t.rows.push_back(std::move(row));
            t.row_numbers.push_back(lines_[r]);
        }
        rows_.clear();
        return t;
    }

private:
    std::vector<std::string> columns_;
    std::vector<std::string> defaults_;
    std::vector<std::vector<std::pair<size_t, std::string>>> rows_;
    std::vector<int> lines_;
};

// Values of typed attributes as the spreadsheet readers give them: numbers in their shortest form ("1.0" -> "1"),
// booleans as TRUE/FALSE (NetworkX writes "True", Gephi "true").
enum class ValueType : uint8_t { Text, Number, Boolean };
ValueType TypeOf(std::string_view declared) {
    if (declared == "int" || declared == "integer" || declared == "long" || declared == "float" ||
        declared == "double") {
        return ValueType::Number;
    }
    return declared == "boolean" ? ValueType::Boolean : ValueType::Text;
}
std::string Typed(std::string_view v, ValueType type) {
    if (type == ValueType::Number) return ShortestNumber(v);
    if (type == ValueType::Boolean) {
        if (v == "true" || v == "True" || v == "TRUE" || v == "1") return "TRUE";
        if (v == "false" || v == "False" || v == "FALSE" || v == "0") return "FALSE";
    }
    return std::string(v);
}

std::string Hex2(long v) {
    char buffer[8];
    std::snprintf(buffer, sizeof buffer, "%02x", static_cast<unsigned>(v < 0 ? 0 : v > 255 ? 255 : v));
    return buffer;
}

// ---- GEXF ---------------------------------------------------------------------------------------------------------
struct GexfHandler : XmlHandler {
    XmlStream* stream = nullptr;
    size_t cells = 0;
    TableBuilder nodes{{"id", "label"}};
    TableBuilder edges{{"id", "source", "target", "label", "weight"}};
    struct Attribute { size_t column = 0; ValueType type = ValueType::Text; };
    std::map<std::string, Attribute> node_attributes, edge_attributes;  // by attribute id
    bool root_seen = false;
    bool attributes_for_edges = false;
    std::string attribute_id;
    bool in_default = false;
    std::string default_text;
    int header_line = 0;
    enum class In { None, Node, Edge } in = In::None;
    int depth_in_element = 0;  // nested <node> inside <node> (hierarchies): each is its own row

    void Set(TableBuilder& t, size_t column, std::string_view value) {
        if (!t.Set(column, std::string(value), &cells)) stream->Stop(workbook::TooManyCellsMessage());
    }
    void Start(std::string_view name, const XmlAttributes& a) override {
        if (!root_seen) {
            root_seen = true;
            if (name != "gexf") stream->Stop("not a GEXF file: its root element is <" + std::string(name.substr(0, 40)) + ">, not <gexf>");
            return;
        }
        if (name == "graph") {
            if (header_line == 0) header_line = stream->Line();
        } else if (name == "attributes") {
            attributes_for_edges = XmlAttribute(a, "class") == "edge";
        } else if (name == "attribute") {
            attribute_id = std::string(XmlAttribute(a, "id"));
            std::string title(XmlAttribute(a, "title", XmlAttribute(a, "id")));
            TableBuilder& t = attributes_for_edges ? edges : nodes;
            (attributes_for_edges ? edge_attributes : node_attributes)[attribute_id] =
                Attribute{t.Column(title), TypeOf(XmlAttribute(a, "type"))};
        } else if (name == "default") {
            in_default = true;
            default_text.clear();
        } else if (name == "node") {
            in = In::Node;
            nodes.BeginRow(stream->Line());
            Set(nodes, 0, XmlAttribute(a, "id"));
            if (!XmlAttribute(a, "label").empty()) Set(nodes, 1, XmlAttribute(a, "label"));
        } else if (name == "edge") {
            in = In::Edge;
            edges.BeginRow(stream->Line());
            static const char* const kFixed[] = {"id", "source", "target", "label", "weight"};
            for (size_t i = 0; i < 5; ++i) {
                const std::string_view v = XmlAttribute(a, kFixed[i]);
                if (!v.empty()) Set(edges, i, i == 4 ? std::string_view(ShortestNumber(v)) : v);
            }
            // A per-edge direction differing from the graph's default, kept as a column.
            const std::string_view type = XmlAttribute(a, "type");
            if (!type.empty()) Set(edges, edges.Column("type"), type);
        } else if (name == "attvalue") {
            // GEXF 1.2/1.3: for=; 1.1: id=.
            const std::string key(XmlAttribute(a, "for", XmlAttribute(a, "id")));
            auto& map = in == In::Edge ? edge_attributes : node_attributes;
            TableBuilder& t = in == In::Edge ? edges : nodes;
            if (in == In::None) return;
            auto it = map.find(key);
            if (it == map.end()) {  // an undeclared one: by its id
                Set(t, t.Column(key), XmlAttribute(a, "value"));
            } else {
                Set(t, it->second.column, Typed(XmlAttribute(a, "value"), it->second.type));
            }
        } else if (in == In::Node && name == "position") {
            for (const char* axis : {"x", "y"}) {
                const std::string_view v = XmlAttribute(a, axis);
                if (!v.empty()) Set(nodes, nodes.Column(std::string("viz:") + axis), ShortestNumber(v));
            }
        } else if (in == In::Node && name == "size") {
            Set(nodes, nodes.Column("viz:size"), ShortestNumber(XmlAttribute(a, "value")));
        } else if (in == In::Node && name == "color") {
            std::string hex(XmlAttribute(a, "hex"));
            if (hex.empty()) {
                hex = "#" + Hex2(std::atol(std::string(XmlAttribute(a, "r", "0")).c_str())) +
                      Hex2(std::atol(std::string(XmlAttribute(a, "g", "0")).c_str())) +
                      Hex2(std::atol(std::string(XmlAttribute(a, "b", "0")).c_str()));
            }
            Set(nodes, nodes.Column("viz:color"), hex);
        }
    }
    void End(std::string_view name) override {
        if (name == "default") {
            in_default = false;
            auto& map = attributes_for_edges ? edge_attributes : node_attributes;
            auto it = map.find(attribute_id);
            if (it != map.end()) {
                (attributes_for_edges ? edges : nodes).SetDefault(it->second.column, Typed(default_text, it->second.type));
            }
        } else if (name == "node" || name == "edge") {
            in = In::None;
        }
    }
    void Text(std::string_view text) override {
        if (in_default && default_text.size() < 100000) default_text.append(text);
    }
};

// ---- GraphML ------------------------------------------------------------------------------------------------------
struct GraphmlHandler : XmlHandler {
    XmlStream* stream = nullptr;
    size_t cells = 0;
    TableBuilder nodes{{"id"}};
    TableBuilder edges{{"id", "source", "target"}};
    struct Key { bool node = false, edge = false; size_t node_column = 0, edge_column = 0; ValueType type = ValueType::Text; };
    std::map<std::string, Key> keys;
    bool root_seen = false;
    std::string key_id;
    bool in_default = false;
    std::string text;
    int header_line = 0;
    enum class In { None, Node, Edge } in = In::None;
    std::vector<In> stack;  // a <node> may hold a <graph> of its own nodes
    std::string data_key;
    int data_depth = 0;  // inside <data>, which may hold markup (yEd's graphics): its text is kept

    void Set(TableBuilder& t, size_t column, std::string_view value) {
        if (!t.Set(column, std::string(value), &cells)) stream->Stop(workbook::TooManyCellsMessage());
    }
    void Start(std::string_view name, const XmlAttributes& a) override {
        if (!root_seen) {
            root_seen = true;
            if (name != "graphml") stream->Stop("not a GraphML file: its root element is <" + std::string(name.substr(0, 40)) + ">, not <graphml>");
            return;
        }
        if (data_depth > 0) {
            ++data_depth;
            return;
        }
        if (name == "key") {
            key_id = std::string(XmlAttribute(a, "id"));
            const std::string_view domain = XmlAttribute(a, "for", "all");
            const std::string attr(XmlAttribute(a, "attr.name", XmlAttribute(a, "id")));
            Key k;
            k.node = domain == "node" || domain == "all";
            k.edge = domain == "edge" || domain == "all";
            k.type = TypeOf(XmlAttribute(a, "attr.type"));
            if (k.node) k.node_column = nodes.Column(attr);
            if (k.edge) k.edge_column = edges.Column(attr);
            keys[key_id] = k;
        } else if (name == "default") {
            in_default = true;
            text.clear();
        } else if (name == "graph") {
            if (header_line == 0) header_line = stream->Line();
            stack.push_back(in);
            in = In::None;
        } else if (name == "node") {
            in = In::Node;
            nodes.BeginRow(stream->Line());
            Set(nodes, 0, XmlAttribute(a, "id"));
        } else if (name == "edge") {
            in = In::Edge;
            edges.BeginRow(stream->Line());
            Set(edges, 0, XmlAttribute(a, "id"));
            Set(edges, 1, XmlAttribute(a, "source"));
            Set(edges, 2, XmlAttribute(a, "target"));
            const std::string_view directed = XmlAttribute(a, "directed");
            if (!directed.empty()) Set(edges, edges.Column("directed"), directed);
        } else if (name == "data" && in != In::None) {
            data_key = std::string(XmlAttribute(a, "key"));
            data_depth = 1;
            text.clear();
        }
    }
    void End(std::string_view name) override {
        if (data_depth > 0) {
            if (--data_depth > 0) return;
            // Surrounding white space is layout, not value (yEd indents its graphics).
            const size_t b = text.find_first_not_of(" \t\r\n");
            const std::string value = b == std::string::npos ? "" : text.substr(b, text.find_last_not_of(" \t\r\n") - b + 1);
            auto it = keys.find(data_key);
            TableBuilder& t = in == In::Edge ? edges : nodes;
            if (it != keys.end() && (in == In::Edge ? it->second.edge : it->second.node)) {
                Set(t, in == In::Edge ? it->second.edge_column : it->second.node_column, Typed(value, it->second.type));
            } else {
                Set(t, t.Column(data_key), value);  // undeclared: by its key id
            }
            return;
        }
        if (name == "default") {
            in_default = false;
            auto it = keys.find(key_id);
            if (it != keys.end()) {
                if (it->second.node) nodes.SetDefault(it->second.node_column, Typed(text, it->second.type));
                if (it->second.edge) edges.SetDefault(it->second.edge_column, Typed(text, it->second.type));
            }
        } else if (name == "graph") {
            in = stack.empty() ? In::None : stack.back();
            if (!stack.empty()) stack.pop_back();
        } else if (name == "node" || name == "edge") {
            in = In::None;
        }
    }
    void Text(std::string_view piece) override {
        if ((data_depth > 0 || in_default) && text.size() < (1u << 24)) text.append(piece);
    }
};

template <typename Handler>
ImportRead Read(std::string_view bytes, const std::string& file) {
    ImportRead result;
    Handler handler;
    XmlStream stream(handler);
    handler.stream = &stream;
    if (bytes.size() > size_t{64} * 1024 * 1024) {
        result.diagnostics.push_back(workbook::FileError(file, 0, "file-too-large",
                                                         "the file is larger than 64 MiB; it is refused before it is read"));
        return result;
    }
    stream.ParseAll(bytes);
    if (stream.Failed()) {
        result.diagnostics.push_back(workbook::FileError(file, stream.ErrorLine(), "syntax", stream.Error()));
        return result;
    }
    size_t cells = 0;
    result.tables.push_back(handler.nodes.Build(file, "node", "actors", handler.header_line, &cells));
    result.tables.push_back(handler.edges.Build(file, "edge", "links", handler.header_line, &cells));
    if (cells > kMaxImportCells) {
        result.tables.clear();
        result.diagnostics.push_back(workbook::FileError(file, 0, "file-too-large", workbook::TooManyCellsMessage()));
    }
    return result;
}

}  // namespace

ImportRead ReadGexf(std::string_view bytes, const std::string& file) { return Read<GexfHandler>(bytes, file); }
ImportRead ReadGraphml(std::string_view bytes, const std::string& file) { return Read<GraphmlHandler>(bytes, file); }

}  // namespace sse
