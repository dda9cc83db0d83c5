// quality.mjs: layout-quality figures computed the same way for every layout's final positions, so that
// nobody wins by doing less.
//  - normalised stress (lower is better): for pairs (i, j) with graph distance d (hops, BFS from `sources`
//    seeded sample nodes to every node they reach), with layout distance L and the best uniform scale s,
//    mean over pairs of (s*L/d - 1)^2. 0 = every distance exactly proportional to the graph distance.
//    Scale-free, so layouts of different sizes compare fairly.
//  - edge crossings (lower is better), counted exactly on graphs of up to `maxCrossingEdges` links.
// Usage as a module: quality(graph, positions) -> {stress, crossings}; as a CLI:
//   node bench/quality.mjs GRAPH POSITIONS   (POSITIONS: "x y" per node; "start" for the file's start positions)
import fs from 'node:fs';
import { readGraph, rng32 } from './gen_graph.mjs';

export function readPositions(file, n) {
  const lines = fs.readFileSync(file, 'utf8').trim().split('\n');
  if (lines.length !== n) throw new Error(`${file}: ${lines.length} positions for ${n} nodes`);
  const x = new Float64Array(n), y = new Float64Array(n);
  for (let i = 0; i < n; ++i) {
    const p = lines[i].trim().split(/\s+/);
    x[i] = +p[0]; y[i] = +p[1];
    if (!Number.isFinite(x[i]) || !Number.isFinite(y[i])) throw new Error(`${file}: position ${i} is not finite`);
  }
  return { x, y };
}

export function writePositions(file, x, y) {
  const out = [];
  for (let i = 0; i < x.length; ++i) out.push(`${+x[i].toPrecision(6)} ${+y[i].toPrecision(6)}`);
  fs.writeFileSync(file, out.join('\n') + '\n');
}

function adjacency(g) {
  const deg = new Int32Array(g.n + 1);
  for (const [a, b] of g.edges) { deg[a + 1]++; deg[b + 1]++; }
  for (let i = 0; i < g.n; ++i) deg[i + 1] += deg[i];
  const nbr = new Int32Array(2 * g.m), fill = deg.slice(0, g.n);
  for (const [a, b] of g.edges) { nbr[fill[a]++] = b; nbr[fill[b]++] = a; }
  return { start: deg, nbr };
}

export function stress(g, pos, sources = 64, seed = 7) {
  const { start, nbr } = adjacency(g);
  const rand = rng32(seed);
  const dist = new Int32Array(g.n), queue = new Int32Array(g.n);
  // Sums for the optimal scale s = sum(L/d) / sum(L^2/d^2) and the stress sum((sL/d - 1)^2) / count.
  let sumR = 0, sumR2 = 0, count = 0;
  const ratios = [];
  for (let k = 0; k < Math.min(sources, g.n); ++k) {
    const s = Math.floor(rand() * g.n);
    dist.fill(-1);
    dist[s] = 0;
    let head = 0, tail = 0;
    queue[tail++] = s;
    while (head < tail) {
      const v = queue[head++];
      for (let e = start[v]; e < start[v + 1]; ++e) {
        const w = nbr[e];
        if (dist[w] < 0) { dist[w] = dist[v] + 1; queue[tail++] = w; }
      }
    }
    for (let t = 1; t < tail; ++t) {
      const j = queue[t];
      const L = Math.hypot(pos.x[s] - pos.x[j], pos.y[s] - pos.y[j]);
      const r = L / dist[j];
      ratios.push(r);
      sumR += r; sumR2 += r * r; ++count;
    }
  }
  if (count === 0 || sumR2 === 0) return 1;
  const scale = sumR / sumR2;
  let sum = 0;
  for (const r of ratios) sum += (scale * r - 1) ** 2;
  return sum / count;
}

// Proper crossings between links that share no end (collinear overlaps are not counted).
export function crossings(g, pos) {
  const m = g.m, ax = new Float64Array(m), ay = new Float64Array(m), bx = new Float64Array(m), by = new Float64Array(m);
  for (let e = 0; e < m; ++e) {
    const [a, b] = g.edges[e];
    ax[e] = pos.x[a]; ay[e] = pos.y[a]; bx[e] = pos.x[b]; by[e] = pos.y[b];
  }
  // Sort by min x so that only links whose x ranges overlap are compared.
  const order = Array.from({ length: m }, (_, e) => e);
  const minx = (e) => Math.min(ax[e], bx[e]), maxx = (e) => Math.max(ax[e], bx[e]);
  order.sort((p, q) => minx(p) - minx(q));
  const orient = (px, py, qx, qy, rx, ry) => Math.sign((qx - px) * (ry - py) - (qy - py) * (rx - px));
  let count = 0;
  for (let i = 0; i < m; ++i) {
    const e = order[i], ex = maxx(e), [ea, eb] = g.edges[e];
    for (let j = i + 1; j < m; ++j) {
      const f = order[j];
      if (minx(f) > ex) break;
      const [fa, fb] = g.edges[f];
      if (fa === ea || fa === eb || fb === ea || fb === eb) continue;
      const o1 = orient(ax[e], ay[e], bx[e], by[e], ax[f], ay[f]), o2 = orient(ax[e], ay[e], bx[e], by[e], bx[f], by[f]);
      if (o1 * o2 >= 0) continue;
      const o3 = orient(ax[f], ay[f], bx[f], by[f], ax[e], ay[e]), o4 = orient(ax[f], ay[f], bx[f], by[f], bx[e], by[e]);
      if (o3 * o4 < 0) ++count;
    }
  }
  return count;
}

export const MAX_CROSSING_EDGES = 5000;

export function quality(g, pos) {
  return { stress: stress(g, pos), crossings: g.m <= MAX_CROSSING_EDGES ? crossings(g, pos) : null };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [graphFile, posFile] = process.argv.slice(2);
  const g = readGraph(graphFile);
  const pos = posFile === 'start' ? { x: g.x, y: g.y } : readPositions(posFile, g.n);
  console.log(JSON.stringify(quality(g, pos)));
}
