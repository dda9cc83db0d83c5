#!/usr/bin/env node
// make_world_outline.mjs: builds the world outline the geographic layout draws behind the actors.
//
// Reads Natural Earth's 1:110m land polygons as TopoJSON from the pinned npm package world-atlas
// (node_modules/world-atlas/land-110m.json), decodes them with the small decoder below (no other package),
// thins them and writes a compact little-endian binary file:
//
//   "SSEW"                       4 bytes magic
//   uint32 ring_count
//   ring_count times:
//     uint32 point_count
//     point_count times: int16 lon*100, int16 lat*100   (degrees, rounded)
//
// A "ring" is a polyline in lon/lat degrees. A closed ring repeats its first point at the end; pieces of a
// ring that run along the map edge (the antimeridian seam, or Antarctica's wrap around the pole) are cut
// out, so the remaining pieces are open polylines and nothing draws a line across the whole map.
//
// Usage: node scripts/make_world_outline.mjs OUT_FILE
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const MIN_STEP_DEG = 0.3;  // drop points closer than this to the previously kept point
const SEAM_EPS = 1e-6;     // how close to +-180 counts as "on the seam"

const out = process.argv[2];
if (!out || process.argv.length > 3) {
  console.error("usage: node scripts/make_world_outline.mjs OUT_FILE");
  process.exit(2);
}

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const src = join(root, "node_modules", "world-atlas", "land-110m.json");
let topo;
try {
  topo = JSON.parse(readFileSync(src, "utf8"));
} catch (e) {
  console.error(`make_world_outline: cannot read ${src}: ${e.message}\n(run "npm ci" in the repository root)`);
  process.exit(1);
}
if (topo.type !== "Topology" || !Array.isArray(topo.arcs) || !topo.objects) {
  console.error(`make_world_outline: ${src} is not a TopoJSON topology`);
  process.exit(1);
}

// ---- TopoJSON decoding ---------------------------------------------------------------------------------
// Quantised topologies store arcs as integer deltas; position = cumulative sum * scale + translate.
const t = topo.transform;
const decodeArc = (arc) => {
  let x = 0, y = 0;
  return arc.map((p) => {
    if (t) {
      x += p[0]; y += p[1];
      return [x * t.scale[0] + t.translate[0], y * t.scale[1] + t.translate[1]];
    }
    return [p[0], p[1]];
  });
};
const arcs = topo.arcs.map(decodeArc);

// An arc index i >= 0 is arc i; a negative index ~i (= -i - 1) is arc i reversed.
const arcPoints = (i) => (i >= 0 ? arcs[i] : arcs[~i].slice().reverse());

// Joins arcs into one line; consecutive arcs share their joining point, which is kept once.
const line = (indices) => {
  const pts = [];
  for (const i of indices) {
    const a = arcPoints(i);
    pts.push(...(pts.length ? a.slice(1) : a));
  }
  return pts;
};

// Every ring/line of a geometry as a point list (outer rings and holes alike: we only draw outlines).
const lines = [];
const collect = (g) => {
  switch (g.type) {
    case "GeometryCollection": g.geometries.forEach(collect); break;
    case "LineString": lines.push(line(g.arcs)); break;
    case "MultiLineString": case "Polygon": g.arcs.forEach((r) => lines.push(line(r))); break;
    case "MultiPolygon": g.arcs.forEach((poly) => poly.forEach((r) => lines.push(line(r)))); break;
    default: break;  // points carry no outline
  }
};
Object.values(topo.objects).forEach(collect);

// ---- Cutting the seams -----------------------------------------------------------------------------------
// A segment is a seam when both ends lie on the antimeridian, or when it jumps across it (|dlon| > 180).
const onSeam = (p) => Math.abs(Math.abs(p[0]) - 180) < SEAM_EPS;
const isSeam = (a, b) => (onSeam(a) && onSeam(b)) || Math.abs(a[0] - b[0]) > 180;

const pieces = [];
for (const pts of lines) {
  if (pts.length < 2) continue;
  const closed = pts[0][0] === pts[pts.length - 1][0] && pts[0][1] === pts[pts.length - 1][1];
  const cuts = [];
  for (let i = 0; i + 1 < pts.length; i++) if (isSeam(pts[i], pts[i + 1])) cuts.push(i);
  if (cuts.length === 0) { pieces.push(pts); continue; }
  // Rotate a closed ring so it starts right after a cut; then split at every cut.
  let seq = pts;
  if (closed) {
    const ring = pts.slice(0, -1), s = cuts[0] + 1;
    seq = ring.slice(s).concat(ring.slice(0, s), [ring[s % ring.length]]);
  }
  let cur = [seq[0]];
  for (let i = 0; i + 1 < seq.length; i++) {
    if (isSeam(seq[i], seq[i + 1])) {
      if (cur.length >= 2) pieces.push(cur);
      cur = [seq[i + 1]];
    } else {
      cur.push(seq[i + 1]);
    }
  }
  if (cur.length >= 2) pieces.push(cur);
}

// ---- Thinning --------------------------------------------------------------------------------------------
// Keep the first point, then only points at least MIN_STEP_DEG from the last kept one; always keep the last
// point (so closed rings stay closed and open pieces keep their ends). Tiny islands vanish.
const thin = (pts) => {
  const kept = [pts[0]];
  for (let i = 1; i < pts.length - 1; i++) {
    const k = kept[kept.length - 1];
    if (Math.hypot(pts[i][0] - k[0], pts[i][1] - k[1]) >= MIN_STEP_DEG) kept.push(pts[i]);
  }
  kept.push(pts[pts.length - 1]);
  return kept;
};

const q = (v) => Math.round(v * 100);
const rings = [];
for (const piece of pieces) {
  const closed = piece[0][0] === piece[piece.length - 1][0] && piece[0][1] === piece[piece.length - 1][1];
  const pts = thin(piece).map(([lon, lat]) => [q(lon), q(lat)]);
  // Drop repeats that rounding produced (except a closing point).
  const clean = pts.filter((p, i) => i === 0 || p[0] !== pts[i - 1][0] || p[1] !== pts[i - 1][1]);
  if (closed ? clean.length < 4 : clean.length < 2) continue;  // a closed ring needs a triangle + closure
  for (const [x, y] of clean) {
    if (x < -18000 || x > 18000 || y < -9000 || y > 9000) {
      console.error(`make_world_outline: coordinate out of range: ${x / 100}, ${y / 100}`);
      process.exit(1);
    }
  }
  rings.push(clean);
}

// ---- Writing ---------------------------------------------------------------------------------------------
const points = rings.reduce((n, r) => n + r.length, 0);
const buf = Buffer.alloc(8 + rings.length * 4 + points * 4);
let o = buf.write("SSEW", 0, "ascii");
o = buf.writeUInt32LE(rings.length, o);
for (const r of rings) {
  o = buf.writeUInt32LE(r.length, o);
  for (const [x, y] of r) {
    o = buf.writeInt16LE(x, o);
    o = buf.writeInt16LE(y, o);
  }
}
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, buf);
console.log(`make_world_outline: ${rings.length} rings, ${points} points, ${buf.length} bytes -> ${out}`);
