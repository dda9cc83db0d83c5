#!/usr/bin/env python3
"""make_graphs.py OUT.graphml: a small ecosystem written by NetworkX (Debian 12's python3-networkx 2.8) as GraphML,
with typed node and edge attributes (string, int, float, bool) and one node without an optional attribute."""
import sys
import networkx as nx

g = nx.DiGraph()
g.add_node("coop-a", name="Coop A", kind="practitioner", founded=2019, share=0.25, public=False)
g.add_node("net-b", name="Network B", kind="network", founded=2011, share=0.5, public=False)
g.add_node("city", name="City council", kind="policy-maker", founded=1979, share=1.0, public=True)
g.add_node("fund-c", name="Fund C", kind="funder", public=False)  # no founded, no share
g.add_edge("coop-a", "net-b", relation="membership", weight=2.0)
g.add_edge("city", "coop-a", relation="funding", weight=3.5)
g.add_edge("fund-c", "net-b", relation="funding", weight=1.0)
nx.write_graphml(g, sys.argv[1])
