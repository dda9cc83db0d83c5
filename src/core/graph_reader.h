// graph_reader.h: graphs in GEXF 1.1-1.3 (Gephi, Gephi Lite, graphology) and GraphML (NetworkX, yEd, igraph) read
// into two ImportTables: the nodes (role "actors") and the edges (role "links"). Row 0 is the header; each further
// row is one element, located by its line. Nodes: "id", "label", then one column per declared attribute (GEXF: by
// its title; GraphML: by its key's attr.name), then GEXF's drawing as "viz:x", "viz:y", "viz:size", "viz:color"
// ("#rrggbb") when the file has it. Edges: "id", "source", "target", "label", "weight" (GEXF), then attributes.
// A value missing from an element takes the attribute's declared default. Nested graphs are flattened.
// A damaged or hostile file (not XML, entities, too many cells) gives one located error and no tables.
#pragma once

#include <string>
#include <string_view>

#include "core/import_table.h"

namespace sse {

ImportRead ReadGexf(std::string_view bytes, const std::string& file);
ImportRead ReadGraphml(std::string_view bytes, const std::string& file);

}  // namespace sse
