#!/usr/bin/env python3
"""check_graph_exports.py DATA.json OUT.gexf OUT.graphml: NetworkX (Debian's python3-networkx) opens the explorer's
GEXF and GraphML exports of DATA.json with one node per actor and one edge per link, and each node and edge carries
the actor's or link's fields as attributes (name, kind, level, territory; from/to, relation, weight)."""
import json
import sys

import networkx as nx

data = json.load(open(sys.argv[1], encoding="utf-8"))
actors = {a["id"]: a for a in data["actors"]}
links = data["links"]
failures = []


def check(graph, label, name_attr):
    if graph.number_of_nodes() != len(actors):
        failures.append("%s: %d nodes, %d actors" % (label, graph.number_of_nodes(), len(actors)))
    if graph.number_of_edges() != len(links):
        failures.append("%s: %d edges, %d links" % (label, graph.number_of_edges(), len(links)))
    for node_id, attrs in graph.nodes(data=True):
        a = actors.get(node_id)
        if a is None:
            failures.append("%s: node %s is no actor" % (label, node_id))
            continue
        for key, want in ((name_attr, a["name"]), ("kind", a["kind"]), ("level", a["level"]),
                          ("territory", a["territory"])):
            if attrs.get(key) != want:
                failures.append("%s: node %s %s=%r, want %r" % (label, node_id, key, attrs.get(key), want))
    by_id = {l["id"]: l for l in links}
    edges = graph.edges(data=True, keys=True) if graph.is_multigraph() else graph.edges(data=True)
    for edge in edges:
        source, target, attrs = edge[0], edge[1], edge[-1]
        link_id = attrs.get("id", edge[2] if graph.is_multigraph() else None)
        l = by_id.get(link_id)
        if l is None:
            failures.append("%s: edge %s -> %s has no link id (%r)" % (label, source, target, link_id))
            continue
        if (source, target) != (l["from"], l["to"]) or attrs.get("relation") != l["relation"]:
            failures.append("%s: edge %s: %s -> %s %r" % (label, link_id, source, target, attrs.get("relation")))
        if abs(float(attrs.get("weight", 1)) - float(l.get("weight", 1))) > 1e-9:
            failures.append("%s: edge %s weight %r, want %r" % (label, link_id, attrs.get("weight"), l.get("weight", 1)))


# GEXF: the name is each node's label; NetworkX keeps edge ids as the multigraph key ("id" attribute otherwise).
check(nx.read_gexf(sys.argv[2]), "gexf", "label")
check(nx.read_graphml(sys.argv[3], force_multigraph=True), "graphml", "name")
if failures:
    print("\n".join(failures[:20]))
    sys.exit(1)
print("networkx: %d nodes, %d edges with their attributes in GEXF and GraphML" % (len(actors), len(links)))
