// graph_writer.cpp: see graph_writer.h.
#include "core/graph_writer.h"

#include <cstdio>
#include <cstdlib>

#include "core/spreadsheet_cells.h"
#include "core/xml_text.h"

namespace sse {

namespace {

enum class Type { Integer, Double, Boolean, String };

// The narrowest type every non-empty value of the column fits (a column with no value is a string).
Type ColumnType(const std::vector<std::vector<std::string>>& rows, size_t column) {
    bool any = false, integer = true, number = true, boolean = true;
    for (const auto& row : rows) {
        if (column >= row.size() || row[column].empty()) continue;
        const std::string& v = row[column];
        any = true;
        const bool is_number = IsShortestNumber(v);
        number = number && is_number;
        integer = integer && is_number && v.find_first_of(".e") == std::string::npos && v.size() <= 15;
        boolean = boolean && (v == "true" || v == "false" || v == "TRUE" || v == "FALSE");
    }
    if (!any) return Type::String;
    if (integer) return Type::Integer;
    if (number) return Type::Double;
    if (boolean) return Type::Boolean;
    return Type::String;
}

// Booleans as XML Schema writes them (both formats' readers expect lower case).
std::string Value(const std::string& v, Type type) {
    if (type == Type::Boolean) return v == "TRUE" || v == "true" ? "true" : "false";
    return v;
}

long Find(const std::vector<std::string>& header, const std::string& name) {
    for (size_t i = 0; i < header.size(); ++i) {
        if (header[i] == name) return static_cast<long>(i);
    }
    return -1;
}

const std::string& Cell(const std::vector<std::string>& row, long column) {
    static const std::string empty;
    return column >= 0 && static_cast<size_t>(column) < row.size() ? row[static_cast<size_t>(column)] : empty;
}

std::string Number(double v) {
    if (v == 0) v = 0;  // no "-0"
    char buffer[40];
    std::snprintf(buffer, sizeof buffer, "%.6g", v);
    return buffer;
}

// The attribute columns: every column but those written as the element's own attributes.
std::vector<size_t> AttributeColumns(const std::vector<std::string>& header, std::vector<long> own) {
    std::vector<size_t> columns;
    for (size_t i = 0; i < header.size(); ++i) {
        bool skip = false;
        for (long o : own) skip = skip || o == static_cast<long>(i);
        if (!skip && !header[i].empty()) columns.push_back(i);
    }
    return columns;
}

const char* GexfType(Type t) {
    switch (t) {
        case Type::Integer: return "long";
        case Type::Double: return "double";
        case Type::Boolean: return "boolean";
        case Type::String: break;
    }
    return "string";
}

const char* GraphmlType(Type t) {
    switch (t) {
        case Type::Integer: return "long";
        case Type::Double: return "double";
        case Type::Boolean: return "boolean";
        case Type::String: break;
    }
    return "string";
}

}  // namespace

std::string WriteGexf(const GraphDocument& g) {
    const long id = Find(g.node_header, g.id_column), label = Find(g.node_header, g.label_column);
    const long edge_id = Find(g.edge_header, g.edge_id_column), source = Find(g.edge_header, g.source_column),
               target = Find(g.edge_header, g.target_column);
    // The label column is written as each node's label=, not again as an attribute.
    const std::vector<size_t> node_attrs = AttributeColumns(g.node_header, {id, label});
    const std::vector<size_t> edge_attrs = AttributeColumns(g.edge_header, {edge_id, source, target});
    std::vector<Type> node_types, edge_types;
    std::string x = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                    "<gexf xmlns=\"http://gexf.net/1.3\" xmlns:viz=\"http://gexf.net/1.3/viz\" version=\"1.3\">\n";
    x += "  <meta><creator>SSE Ecosystem Explorer</creator><description>" + XmlEscape(g.title) +
         "</description></meta>\n";
    x += std::string("  <graph defaultedgetype=\"") + (g.directed ? "directed" : "undirected") + "\" mode=\"static\">\n";
    x += "    <attributes class=\"node\">\n";
    for (size_t i = 0; i < node_attrs.size(); ++i) {
        node_types.push_back(ColumnType(g.nodes, node_attrs[i]));
        // The id is the title itself: graphology names a value by its attribute's id unless the id is a number.
        x += "      <attribute id=\"" + XmlEscape(g.node_header[node_attrs[i]]) + "\" title=\"" + XmlEscape(g.node_header[node_attrs[i]]) +
             "\" type=\"" + GexfType(node_types.back()) + "\"/>\n";
    }
    x += "    </attributes>\n    <attributes class=\"edge\">\n";
    for (size_t i = 0; i < edge_attrs.size(); ++i) {
        edge_types.push_back(ColumnType(g.edges, edge_attrs[i]));
        x += "      <attribute id=\"" + XmlEscape(g.edge_header[edge_attrs[i]]) + "\" title=\"" + XmlEscape(g.edge_header[edge_attrs[i]]) +
             "\" type=\"" + GexfType(edge_types.back()) + "\"/>\n";
    }
    x += "    </attributes>\n    <nodes>\n";
    for (const auto& row : g.nodes) {
        const std::string& node = Cell(row, id);
        x += "      <node id=\"" + XmlEscape(node) + "\" label=\"" + XmlEscape(Cell(row, label)) + "\">\n";
        x += "        <attvalues>";
        for (size_t i = 0; i < node_attrs.size(); ++i) {
            const std::string& v = Cell(row, static_cast<long>(node_attrs[i]));
            if (!v.empty()) {
                x += "<attvalue for=\"" + XmlEscape(g.node_header[node_attrs[i]]) + "\" value=\"" +
                     XmlEscape(Value(v, node_types[i])) + "\"/>";
            }
        }
        x += "</attvalues>\n";
        auto look = g.looks.find(node);
        if (look != g.looks.end()) {
            const NodeLook& l = look->second;
            // GEXF's y axis points up (Gephi draws it so); the screen's points down.
            x += "        <viz:color r=\"" + std::to_string(l.r) + "\" g=\"" + std::to_string(l.g) + "\" b=\"" +
                 std::to_string(l.b) + "\"/><viz:position x=\"" + Number(l.x) + "\" y=\"" + Number(-l.y) +
                 "\" z=\"0\"/><viz:size value=\"" + Number(l.size) + "\"/>\n";
        }
        x += "      </node>\n";
    }
    x += "    </nodes>\n    <edges>\n";
    for (size_t e = 0; e < g.edges.size(); ++e) {
        const auto& row = g.edges[e];
        const std::string& eid = Cell(row, edge_id);
        x += "      <edge id=\"" + XmlEscape(eid.empty() ? std::to_string(e) : eid) + "\" source=\"" +
             XmlEscape(Cell(row, source)) + "\" target=\"" + XmlEscape(Cell(row, target)) + "\">";
        x += "<attvalues>";
        for (size_t i = 0; i < edge_attrs.size(); ++i) {
            const std::string& v = Cell(row, static_cast<long>(edge_attrs[i]));
            if (!v.empty()) {
                x += "<attvalue for=\"" + XmlEscape(g.edge_header[edge_attrs[i]]) + "\" value=\"" +
                     XmlEscape(Value(v, edge_types[i])) + "\"/>";
            }
        }
        x += "</attvalues></edge>\n";
    }
    x += "    </edges>\n  </graph>\n</gexf>\n";
    return x;
}

std::string WriteGraphml(const GraphDocument& g) {
    const long id = Find(g.node_header, g.id_column);
    const long edge_id = Find(g.edge_header, g.edge_id_column), source = Find(g.edge_header, g.source_column),
               target = Find(g.edge_header, g.target_column);
    const std::vector<size_t> node_attrs = AttributeColumns(g.node_header, {id});
    const std::vector<size_t> edge_attrs = AttributeColumns(g.edge_header, {edge_id, source, target});
    std::vector<Type> node_types, edge_types;
    std::string x = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                    "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" "
                    "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
                    "xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
                    "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n";
    if (!g.title.empty()) {
        std::string title = g.title;
        for (size_t p = title.find("--"); p != std::string::npos; p = title.find("--")) title.replace(p, 2, "- ");
        x += "  <!-- " + XmlEscape(title) + " -->\n";
    }
    for (size_t i = 0; i < node_attrs.size(); ++i) {
        node_types.push_back(ColumnType(g.nodes, node_attrs[i]));
        x += "  <key id=\"n" + std::to_string(i) + "\" for=\"node\" attr.name=\"" +
             XmlEscape(g.node_header[node_attrs[i]]) + "\" attr.type=\"" + GraphmlType(node_types.back()) + "\"/>\n";
    }
    for (size_t i = 0; i < edge_attrs.size(); ++i) {
        edge_types.push_back(ColumnType(g.edges, edge_attrs[i]));
        x += "  <key id=\"e" + std::to_string(i) + "\" for=\"edge\" attr.name=\"" +
             XmlEscape(g.edge_header[edge_attrs[i]]) + "\" attr.type=\"" + GraphmlType(edge_types.back()) + "\"/>\n";
    }
    x += std::string("  <graph id=\"G\" edgedefault=\"") + (g.directed ? "directed" : "undirected") + "\">\n";
    for (const auto& row : g.nodes) {
        x += "    <node id=\"" + XmlEscape(Cell(row, id)) + "\">";
        for (size_t i = 0; i < node_attrs.size(); ++i) {
            const std::string& v = Cell(row, static_cast<long>(node_attrs[i]));
            if (!v.empty()) x += "<data key=\"n" + std::to_string(i) + "\">" + XmlEscape(Value(v, node_types[i])) + "</data>";
        }
        x += "</node>\n";
    }
    for (size_t e = 0; e < g.edges.size(); ++e) {
        const auto& row = g.edges[e];
        const std::string& eid = Cell(row, edge_id);
        x += "    <edge";
        if (!eid.empty()) x += " id=\"" + XmlEscape(eid) + "\"";
        x += " source=\"" + XmlEscape(Cell(row, source)) + "\" target=\"" + XmlEscape(Cell(row, target)) + "\">";
        for (size_t i = 0; i < edge_attrs.size(); ++i) {
            const std::string& v = Cell(row, static_cast<long>(edge_attrs[i]));
            if (!v.empty()) x += "<data key=\"e" + std::to_string(i) + "\">" + XmlEscape(Value(v, edge_types[i])) + "</data>";
        }
        x += "</edge>\n";
    }
    x += "  </graph>\n</graphml>\n";
    return x;
}

}  // namespace sse
