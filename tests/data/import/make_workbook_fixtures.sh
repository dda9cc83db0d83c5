#!/usr/bin/env bash
# make_workbook_fixtures.sh: regenerates the import fixtures written by real programs (run by hand; the results are committed).
#   - libreoffice_book / kumu_style / psm_style .xlsx and .ods: make_workbooks.py writes flat ODS sources, which
#     LibreOffice (Debian 12's libreoffice-calc-nogui 7.4) saves as XLSX and ODS:
#       soffice --headless --convert-to xlsx|ods FILE.fods
#   - silk.ods: LibreOffice's ODS of our XLSX export of data/silk.json (the ODS round trip; rerun when the bundled
#     data changes): needs build/native (scripts/build_native.sh).
#   - networkx.graphml: NetworkX (Debian 12's python3-networkx) writes a graph with typed attributes (make_graphs.py).
#   - graphology.gexf (GEXF 1.2) and graphology13.gexf (1.3): graphology + graphology-gexf (npm devDependencies)
#     write a graph with viz attributes (make_gexf.mjs).
set -euo pipefail
cd "$(dirname "$0")"
tmp=$(mktemp -d)
python3 make_workbooks.py "$tmp"
for f in "$tmp"/*.fods; do
  for ext in xlsx ods; do
    soffice --headless --convert-to "$ext" --outdir . "$f" >/dev/null
  done
done
../../../build/native/src/platform/sse-explorer --convert ../../../data/silk.json "$tmp/silk.xlsx" >/dev/null
soffice --headless --convert-to ods --outdir . "$tmp/silk.xlsx" >/dev/null
rm -rf "$tmp"
python3 make_graphs.py networkx.graphml
node make_gexf.mjs graphology.gexf graphology13.gexf
