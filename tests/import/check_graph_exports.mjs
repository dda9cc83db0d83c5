// check_graph_exports.mjs DATA.json OUT.gexf OUT.graphml: graphology + graphology-gexf (npm devDependencies) open
// the explorer's GEXF export of DATA.json with one node per actor and one edge per link, each carrying the actor's
// or link's fields (label = name, kind, level, territory; relation, weight) and the drawing (x, y, size, color).
// graphology has no GraphML reader in the npm registry's maintained packages, so GraphML is NetworkX's to check.
import { readFileSync } from 'node:fs';
import graphology from 'graphology';
import gexf from 'graphology-gexf';

const data = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const graph = gexf.parse(graphology.MultiDirectedGraph, readFileSync(process.argv[3], 'utf8'));
const failures = [];
if (graph.order !== data.actors.length) failures.push(`${graph.order} nodes, ${data.actors.length} actors`);
if (graph.size !== data.links.length) failures.push(`${graph.size} edges, ${data.links.length} links`);
for (const a of data.actors) {
  if (!graph.hasNode(a.id)) { failures.push(`no node ${a.id}`); continue; }
  const n = graph.getNodeAttributes(a.id);
  for (const [key, want] of [['label', a.name], ['kind', a.kind], ['level', a.level], ['territory', a.territory]]) {
    if (n[key] !== want) failures.push(`node ${a.id}: ${key}=${JSON.stringify(n[key])}, want ${JSON.stringify(want)}`);
  }
  if (!Number.isFinite(n.x) || !Number.isFinite(n.y) || !(n.size > 0) || !/^#[0-9a-f]{6}$|^rgb/.test(String(n.color))) {
    failures.push(`node ${a.id}: drawing x=${n.x} y=${n.y} size=${n.size} color=${n.color}`);
  }
}
for (const l of data.links) {
  if (!graph.hasEdge(l.id)) { failures.push(`no edge ${l.id}`); continue; }
  const e = graph.getEdgeAttributes(l.id);
  if (graph.source(l.id) !== l.from || graph.target(l.id) !== l.to) failures.push(`edge ${l.id}: wrong ends`);
  if (e.relation !== l.relation) failures.push(`edge ${l.id}: relation ${e.relation}, want ${l.relation}`);
  if (Math.abs(Number(e.weight ?? 1) - Number(l.weight ?? 1)) > 1e-9) failures.push(`edge ${l.id}: weight ${e.weight}`);
}
if (failures.length) {
  console.log(failures.slice(0, 20).join('\n'));
  process.exit(1);
}
console.log(`graphology: ${graph.order} nodes, ${graph.size} edges with their attributes and drawing in GEXF`);
