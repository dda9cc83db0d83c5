// js_layouts.mjs: the reference web layouts on the same graph files, same start positions and same number of
// iterations as ours (bench/layout_bench.cpp), in node:
//   graphology    graphology-layout-forceatlas2 with barnesHutOptimize, the same force constants as ours
//                 (scalingRatio = kr, strong gravity kg, linear attraction, mass = degree + 1) and the same
//                 Barnes-Hut opening criterion: graphology opens a cell when 2*size/distance >= theta, ours when
//                 size/distance >= theta, so graphology's barnesHutTheta = 2 x ours.
//   graphology-default   the same with graphology's default barnesHutTheta (0.5, i.e. our 0.25: more exact, slower).
//   d3            d3-force: forceManyBody (Barnes-Hut, theta 0.9) + forceLink + forceX/forceY (d3's defaults),
//                 alphaDecay set so that the simulation cools down within the given iterations.
// After a short JIT warm-up on the same graph, each iteration is timed on its own, running exactly what the
// libraries' own loops run: graphology's forceAtlas2(graph, {iterations}) converts the graph to arrays once
// (graphToByteArrays) and then calls iterate(settings, nodes, edges) per iteration; d3's simulation.tick(n)
// calls tick() n times. Reported: median and mean CPU ms per iteration, measured as our WebAssembly programs
// are (bench_common.h: CpuSince): the smaller of process CPU time (process.cpuUsage(), which also counts V8's
// background threads) and wall time (which also counts waiting for a core), both upper bounds of the main thread's.
// Usage: node bench/js_layouts.mjs GRAPH --impl graphology|graphology-default|d3 [--iterations 100]
//          [--theta 0.8] [--kr 10] [--kg 0.05] [--positions OUT]       Prints "RESULT {json}".
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import fa2Helpers from 'graphology-layout-forceatlas2/helpers.js';
import fa2Iterate from 'graphology-layout-forceatlas2/iterate.js';
import { forceSimulation, forceManyBody, forceLink, forceX, forceY } from 'd3-force';
import { readGraph } from './gen_graph.mjs';
import { writePositions } from './quality.mjs';

const args = process.argv.slice(2);
const arg = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const file = args[0];
const impl = arg('--impl', 'graphology');
const iterations = Number(arg('--iterations', '100'));
const theta = Number(arg('--theta', '0.8')), kr = Number(arg('--kr', '10')), kg = Number(arg('--kg', '0.05'));
const positionsOut = arg('--positions', null);
const g = readGraph(file);
const steps = [];  // CPU ms of each iteration
const cpuNow = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const cpu = () => ({ cpu: cpuNow(), wall: performance.now() });  // a stamp on both clocks, for since()
const since = (t) => Math.min(cpuNow() - t.cpu, performance.now() - t.wall);
const median = (v) => { const a = [...v].sort((p, q) => p - q); const n = a.length; return n % 2 ? a[(n - 1) / 2] : (a[n / 2 - 1] + a[n / 2]) / 2; };

function runGraphology(bhTheta) {
  const graph = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  for (let i = 0; i < g.n; ++i) graph.addNode(String(i), { x: g.x[i], y: g.y[i] });
  for (const [a, b] of g.edges) graph.addEdge(String(a), String(b));
  const settings = {
    ...forceAtlas2.inferSettings(graph), // strongGravityMode, slowDown = 1 + ln(n): graphology's recommendation
    barnesHutOptimize: true, barnesHutTheta: bhTheta, scalingRatio: kr, gravity: kg, strongGravityMode: true,
    linLogMode: false, outboundAttractionDistribution: false, adjustSizes: false, edgeWeightInfluence: 1,
  };
  forceAtlas2(graph, { iterations: 3, settings });  // JIT warm-up (positions are not assigned)
  if (fa2Helpers.validateSettings(settings)) throw new Error('bad settings');
  const weight = () => 1;
  const t0 = cpu();
  const matrices = fa2Helpers.graphToByteArrays(graph, weight);
  for (let i = 0; i < iterations; ++i) {
    const s = cpu();
    fa2Iterate(settings, matrices.nodes, matrices.edges);
    steps.push(since(s));
  }
  const ms = since(t0);
  const x = new Float64Array(g.n), y = new Float64Array(g.n);
  for (let i = 0; i < g.n; ++i) { x[i] = matrices.nodes[i * 10]; y[i] = matrices.nodes[i * 10 + 1]; }
  return { ms, x, y, settings: { barnesHutTheta: bhTheta, scalingRatio: kr, gravity: kg, slowDown: settings.slowDown } };
}

function runD3() {
  const make = () => {
    const nodes = Array.from({ length: g.n }, (_, i) => ({ index: i, x: g.x[i], y: g.y[i] }));
    const links = g.edges.map(([a, b]) => ({ source: a, target: b }));
    const alphaMin = 0.001;
    const sim = forceSimulation(nodes)
      .alphaMin(alphaMin).alphaDecay(1 - Math.pow(alphaMin, 1 / iterations))
      .force('charge', forceManyBody()).force('link', forceLink(links)).force('x', forceX()).force('y', forceY())
      .stop();
    return { nodes, sim };
  };
  make().sim.tick(3);  // JIT warm-up
  const { nodes, sim } = make();
  const t0 = cpu();
  for (let i = 0; i < iterations; ++i) {
    const s = cpu();
    sim.tick();
    steps.push(since(s));
  }
  const ms = since(t0);
  return { ms, x: Float64Array.from(nodes, (d) => d.x), y: Float64Array.from(nodes, (d) => d.y),
           settings: { theta: 0.9, alphaDecay: +sim.alphaDecay().toPrecision(4) } };
}

let r;
if (impl === 'graphology') r = runGraphology(2 * theta);
else if (impl === 'graphology-default') r = runGraphology(0.5);
else if (impl === 'd3') r = runD3();
else { console.error(`unknown --impl ${impl}`); process.exit(2); }
if (positionsOut) writePositions(positionsOut, r.x, r.y);
const result = { bench: 'layout', platform: 'node', impl, graph: file, nodes: g.n, edges: g.m, iterations,
                 ms_per_iteration: r.ms / iterations, median_ms: median(steps), total_ms: r.ms, settings: r.settings,
                 peak_memory_bytes: process.memoryUsage().rss };
console.error(`${impl} layout ${file}: ${g.n} nodes, ${g.m} edges, ${iterations} iterations: ` +
              `${result.ms_per_iteration.toFixed(2)} ms/iteration (median ${result.median_ms.toFixed(2)})`);
console.log('RESULT ' + JSON.stringify(result));
