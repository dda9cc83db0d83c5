// gen_graph.mjs: seeded clustered random graphs for the benchmarks, like graphology's own ForceAtlas2 bench
// (graphology-generators' random/clusters: each node in one of k clusters; each link joins two nodes of the
// same cluster with probability `density`, else two random nodes; no self-links, no duplicates).
//
// Writes, into OUT_DIR (default build/bench/data):
//   NAME.graph       the edge list every layout reads (ours native and wasm, graphology, d3):
//                      line 1: "sse-bench-graph 1"; line 2: "N M"; N lines "cluster x y" (start positions);
//                      M lines "a b" (0-based node indices). Same seed -> byte-identical file.
//   NAME.json        the same graph as an `sse-explorer/1` data file (data/README.md), for the frame and load benches.
// Usage: node bench/gen_graph.mjs [OUT_DIR] [--only NAME,NAME]
import fs from 'node:fs';
import path from 'node:path';

// Every graph the benchmarks use. `layout`: used by the layout comparison; `json`: written as a data file.
export const GRAPHS = [
  { name: 'g1k', nodes: 1000, links: 3000, clusters: 5, seed: 1001, layout: true, json: true },
  { name: 'g5k', nodes: 5000, links: 25000, clusters: 10, seed: 5025, layout: true, json: true },
  { name: 'g20k', nodes: 20000, links: 80000, clusters: 20, seed: 20080, layout: true, json: true },
  { name: 'f5k10k', nodes: 5000, links: 10000, clusters: 10, seed: 5010, layout: false, json: true },  // frame target
  { name: 'load10k', nodes: 10000, links: 50000, clusters: 20, seed: 10050, layout: false, json: true },  // load target
];
export const CLUSTER_DENSITY = 0.8;  // share of links inside a cluster

// SplitMix64 in BigInt would be slow; mulberry32 is small, seedable and identical everywhere.
export function rng32(seed) {
  let a = seed >>> 0;
  return function () {
    a = (a + 0x6D2B79F5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function generate(spec) {
  const rand = rng32(spec.seed);
  const n = spec.nodes, k = spec.clusters;
  const cluster = new Int32Array(n);
  const members = Array.from({ length: k }, () => []);
  for (let i = 0; i < n; ++i) {
    cluster[i] = Math.floor(rand() * k);
    members[cluster[i]].push(i);
  }
  // Start positions: uniform in a square whose side grows with sqrt(n) (the same for every layout).
  const side = 10 * Math.sqrt(n);
  const x = new Float64Array(n), y = new Float64Array(n);
  for (let i = 0; i < n; ++i) {
    x[i] = Math.round((rand() - 0.5) * side * 1000) / 1000;
    y[i] = Math.round((rand() - 0.5) * side * 1000) / 1000;
  }
  const seen = new Set(), edges = [];
  while (edges.length < spec.links) {
    let a, b;
    if (rand() < CLUSTER_DENSITY) {
      const c = members[cluster[Math.floor(rand() * n)]];
      a = c[Math.floor(rand() * c.length)];
      b = c[Math.floor(rand() * c.length)];
    } else {
      a = Math.floor(rand() * n);
      b = Math.floor(rand() * n);
    }
    if (a === b) continue;
    const key = a < b ? a * n + b : b * n + a;
    if (seen.has(key)) continue;
    seen.add(key);
    edges.push([a, b]);
  }
  return { n, m: edges.length, cluster, x, y, edges };
}

export function graphText(g) {
  const lines = ['sse-bench-graph 1', `${g.n} ${g.m}`];
  for (let i = 0; i < g.n; ++i) lines.push(`${g.cluster[i]} ${g.x[i]} ${g.y[i]}`);
  for (const [a, b] of g.edges) lines.push(`${a} ${b}`);
  return lines.join('\n') + '\n';
}

export function readGraph(file) {
  const text = fs.readFileSync(file, 'utf8');
  const lines = text.split('\n');
  if (lines[0] !== 'sse-bench-graph 1') throw new Error(`${file}: not a sse-bench-graph file`);
  const [n, m] = lines[1].split(' ').map(Number);
  const cluster = new Int32Array(n), x = new Float64Array(n), y = new Float64Array(n);
  for (let i = 0; i < n; ++i) {
    const p = lines[2 + i].split(' ');
    cluster[i] = +p[0]; x[i] = +p[1]; y[i] = +p[2];
  }
  const edges = new Array(m);
  for (let e = 0; e < m; ++e) {
    const p = lines[2 + n + e].split(' ');
    edges[e] = [+p[0], +p[1]];
  }
  return { n, m, cluster, x, y, edges };
}

// The same graph as an sse-explorer/1 data set: clusters are territories (countries with coordinates), levels and
// kinds are drawn at random, link kinds agree with the levels (no warnings), names are label-length strings.
const KINDS = ['policy_maker', 'public_agency', 'practitioner', 'expert_body', 'network', 'international_organisation', 'funder', 'programme'];
const LEVELS = ['international', 'supranational', 'national', 'regional', 'local'];
const RELATIONS = ['funding', 'partnership', 'licence', 'membership', 'policy_support', 'knowledge_exchange', 'coordination', 'founding', 'implementation'];
const DIRECTIONS = ['outward', 'outward', 'outward', 'both', 'inward'];
const CONFIDENCE = ['verified', 'brief', 'inferred'];
const WORDS = ['Solidarity', 'Cooperative', 'Social', 'Regional', 'Municipal', 'Mutual', 'Community', 'Fair', 'Green', 'Open'];
const NOUNS = ['Network', 'Agency', 'Fund', 'Council', 'Alliance', 'Hub', 'Platform', 'Federation', 'Institute', 'Programme'];

export function datasetJson(g, spec) {
  const rand = rng32(spec.seed ^ 0x5eed);
  const pick = (a) => a[Math.floor(rand() * a.length)];
  const src = (what) => [{ url: `https://example.org/${what}`, title: `Source for ${what}` }];
  // A tag with the provenance the format asks for (data/README.md, "Provenance"), so the file loads without
  // warnings like real data; no extra random draws, so the graph is the same as before.
  const tagged = (confidence) => confidence === 'brief' ? { confidence, quote: 'The words of the brief.' }
    : confidence === 'inferred' ? { confidence, reasoning: 'Inferred from the benchmark generator.' } : { confidence };
  const k = spec.clusters;
  const territories = [];
  for (let c = 0; c < k; ++c)
    territories.push({ id: `t${c}`, name: `Territory ${c}`, kind: 'country',
                       lat: Math.round((rand() * 120 - 60) * 100) / 100, lon: Math.round((rand() * 340 - 170) * 100) / 100 });
  const level = new Array(g.n);
  const actors = [];
  for (let i = 0; i < g.n; ++i) {
    level[i] = pick(LEVELS);
    actors.push({ id: `a${i}`, name: `${pick(WORDS)} ${pick(NOUNS)} ${i}`, kind: pick(KINDS), level: level[i],
                  territory: `t${g.cluster[i]}`, ...tagged(pick(CONFIDENCE)), sources: src(`a${i}`) });
  }
  const links = g.edges.map(([a, b], e) => ({
    id: `l${e}`, from: `a${a}`, to: `a${b}`, kind: level[a] === level[b] ? 'horizontal' : 'vertical',
    relation: pick(RELATIONS), direction: pick(DIRECTIONS), ...tagged(pick(CONFIDENCE)), sources: src(`l${e}`),
  }));
  // One object per line, as a data export would write it.
  const list = (items) => '[\n' + items.map((o) => '  ' + JSON.stringify(o)).join(',\n') + '\n ]';
  const dataset = { id: spec.name, title: `Benchmark ${spec.name}: ${g.n} actors, ${g.m} links`,
                    description: `Seeded clustered random graph (seed ${spec.seed}, ${k} clusters) from bench/gen_graph.mjs`,
                    sources: src(spec.name) };
  return `{\n "format": "sse-explorer/1",\n "dataset": ${JSON.stringify(dataset)},\n` +
         ` "territories": ${list(territories)},\n "actors": ${list(actors)},\n "links": ${list(links)},\n` +
         ` "cases": [],\n "recommendations": []\n}\n`;
}

// Writes the files that are missing or stale (a header line records the spec); returns their paths.
export function ensureGraphs(outDir, names) {
  fs.mkdirSync(outDir, { recursive: true });
  const out = {};
  for (const spec of GRAPHS) {
    if (names && !names.includes(spec.name)) continue;
    const stamp = JSON.stringify({ ...spec, density: CLUSTER_DENSITY, version: 3 });
    const stampFile = path.join(outDir, `${spec.name}.stamp`);
    const graphFile = path.join(outDir, `${spec.name}.graph`), jsonFile = path.join(outDir, `${spec.name}.json`);
    const fresh = fs.existsSync(stampFile) && fs.readFileSync(stampFile, 'utf8') === stamp &&
                  fs.existsSync(graphFile) && (!spec.json || fs.existsSync(jsonFile));
    if (!fresh) {
      const g = generate(spec);
      fs.writeFileSync(graphFile, graphText(g));
      if (spec.json) fs.writeFileSync(jsonFile, datasetJson(g, spec));
      fs.writeFileSync(stampFile, stamp);
    }
    out[spec.name] = { spec, graph: graphFile, json: spec.json ? jsonFile : null };
  }
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const only = args.includes('--only') ? args[args.indexOf('--only') + 1].split(',') : null;
  const outDir = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--only') || 'build/bench/data';
  const t0 = Date.now();
  const files = ensureGraphs(outDir, only);
  for (const [name, f] of Object.entries(files))
    console.log(`${name}: ${f.spec.nodes} nodes, ${f.spec.links} links -> ${f.graph}${f.json ? ' + ' + f.json : ''}`);
  console.log(`done in ${Date.now() - t0} ms`);
}
