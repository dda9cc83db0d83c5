#!/usr/bin/env bash
# graph_interop.sh SSE_EXPLORER: the explorer's GEXF and GraphML exports of the bundled data open in NetworkX
# (python3-networkx) and graphology (npm graphology-gexf) with one node per actor, one edge per link and their fields
# as attributes (check_graph_exports.py / .mjs). scripts/deps.sh --test installs both.
set -euo pipefail
cd "$(dirname "$0")/../.."
exe=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$exe" --convert data/silk.json "$tmp/silk.gexf" >/dev/null
"$exe" --convert data/silk.json "$tmp/silk.graphml" >/dev/null
python3 tests/import/check_graph_exports.py data/silk.json "$tmp/silk.gexf" "$tmp/silk.graphml"
node tests/import/check_graph_exports.mjs data/silk.json "$tmp/silk.gexf"
