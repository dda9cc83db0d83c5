// graph_writer.h: a network written as GEXF 1.3 (Gephi, Gephi Lite, graphology) or GraphML (NetworkX, yEd,
// igraph), from the same tables the spreadsheet export writes: every column is kept as an attribute, typed by its
// values (integer, double, boolean or string), and GEXF carries how each node was drawn (viz: position, colour,
// size). The same input always gives the same bytes.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace sse {

// How a node is drawn: world position (y grows downwards, as on screen), radius, colour.
struct NodeLook {
    double x = 0, y = 0, size = 1;
    uint8_t r = 128, g = 128, b = 128;
};

struct GraphDocument {
    std::string title;  // GEXF <meta><description>; GraphML: a comment
    // Header and rows of the nodes and of the edges (as the spreadsheet export's Actors and Links sheets).
    std::vector<std::string> node_header, edge_header;
    std::vector<std::vector<std::string>> nodes, edges;
    // Which columns are the node id and label, and each edge's id (may be absent) and ends.
    std::string id_column = "id", label_column = "name", edge_id_column = "id", source_column = "from",
                target_column = "to";
    bool directed = true;
    std::map<std::string, NodeLook> looks;  // by node id; a node without one is written without viz
};

// GEXF 1.3 with the viz namespace; the label column becomes each node's label (not an attribute again).
std::string WriteGexf(const GraphDocument& graph);
// GraphML with typed keys (attr.type); every column but the ids and ends is a key, the label column too.
std::string WriteGraphml(const GraphDocument& graph);

}  // namespace sse
