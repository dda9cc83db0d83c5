// profile_web_import.mjs: where the page's import of a large data set spends its time (issue 15's ≤ 2 s target),
// as bench/web_import.mjs times it, with Chromium's sampling CPU profiler (Profiler.start/stop over CDP) around one
// open + replace of each format after a warm-up. Prints the functions with the most self and inclusive time (frames
// the page drew meanwhile left out). Useful on a build whose wasm keeps its function names, e.g.:
//   emcmake cmake -S . -B build/web-dbg -G Ninja -DCMAKE_BUILD_TYPE=MinSizeRel -DSSE_BUILD_TESTS=OFF \
//     -DCMAKE_EXE_LINKER_FLAGS=--profiling-funcs && cmake --build build/web-dbg && node scripts/make_offline.mjs build/web-dbg/site
// Usage: node bench/profile_web_import.mjs --json FILE [--site build/web-dbg/site] [--formats csv,xlsx] [--top 40]
//        [--out DIR] (writes DIR/<format>.cpuprofile, which Chromium's DevTools open)
//        [--profiles DIR] (summarises the profiles of an earlier --out DIR instead)
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { startServer } from '../scripts/static_server.mjs';

const args = process.argv.slice(2);
const arg = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const site = arg('--site', 'build/web-dbg/site');
const json = arg('--json', 'build/bench/data/load10k.json');
const formats = arg('--formats', 'csv,xlsx').split(',');
const top = Number(arg('--top', '40'));
const outDir = arg('--out', '');

// A C++ name without its template arguments and parameter types (std::__2::basic_string<...> makes lines of kilobytes).
function shorten(name) {
  let out = '', depth = 0;
  for (const c of name.replace(/operator(<<|<=|<|>>|>=|>|->|\(\))/g, (m, op) => 'operator' + op.replace(/[<>()]/g, (x) => ({ '<': '‹', '>': '›', '(': '❨', ')': '❩' })[x]))) {
    if (c === '<' || c === '(') { if (depth++ === 0) out += c === '<' ? '<>' : '()'; continue; }
    if ((c === '>' || c === ')') && depth > 0) { --depth; continue; }
    if (depth === 0) out += c;
  }
  return out.replace(/[‹›❨❩]/g, (x) => ({ '‹': '<', '›': '>', '❨': '(', '❩': ')' })[x]).replace(/nlohmann::json_abi_v3_11_2::/g, 'nlohmann::').replace(/std::__2::/g, 'std::');
}

// Self and inclusive time per function name (samples × interval), from a CDP profile.
function summarise(profile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children || []) parent.set(c, n.id);
  const dt = new Map();  // sample node id -> ms
  for (let i = 0; i < profile.samples.length; ++i) {
    const ms = (profile.timeDeltas[i + 1] ?? profile.timeDeltas[i] ?? 0) / 1000;
    dt.set(profile.samples[i], (dt.get(profile.samples[i]) || 0) + ms);
  }
  const self = new Map(), total = new Map();
  // Frames drawn between the steps (the page's main loop) are not part of the import: counted apart.
  const inFrame = (id) => { for (let k = id; k !== undefined; k = parent.get(k)) if (byId.get(k).callFrame.functionName === 'Browser_mainLoop_runner') return true; return false; };
  let frames = 0;
  const label = (n) => shorten(n.callFrame.functionName) || `(anonymous ${path.basename(n.callFrame.url)}:${n.callFrame.lineNumber})`;
  for (const [id, ms] of dt) {
    const n = byId.get(id);
    if (inFrame(id)) { frames += ms; continue; }
    self.set(label(n), (self.get(label(n)) || 0) + ms);
    const seen = new Set();
    for (let k = id; k !== undefined; k = parent.get(k)) {
      const l = label(byId.get(k));
      if (seen.has(l)) continue;  // recursion counts once
      seen.add(l);
      total.set(l, (total.get(l) || 0) + ms);
    }
  }
  return { self, total, frames };
}

function report(title, profile) {
  const { self, total, frames } = summarise(profile);
  console.log(`\n== ${title}; frames drawn meanwhile ${frames.toFixed(0)} ms (left out below)`);
  console.log('-- self time (ms)');
  for (const [name, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${ms.toFixed(1).padStart(8)}  ${name}`);
  console.log('-- inclusive time (ms)');
  for (const [name, ms] of [...total].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${ms.toFixed(1).padStart(8)}  ${name}`);
}

// --profiles DIR: summarise the profiles an earlier run wrote with --out, without running the page again.
if (args.includes('--profiles')) {
  for (const f of formats) report(f, JSON.parse(fs.readFileSync(path.join(arg('--profiles'), `${f}.cpuprofile`), 'utf8')));
  process.exit(0);
}

const server = await startServer(site, 0);
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium', headless: true,
  args: ['--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--disable-dev-shm-usage',
         '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic', '--no-first-run'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(origin + '/index.html');
  await page.waitForFunction(() => window.explorer && window.explorer.ready === true, null, { timeout: 60000 });
  await page.evaluate(() => { window.__startData = window.explorer.exportData('json'); });
  const text = fs.readFileSync(json, 'utf8');
  await page.evaluate(async (t) => { await window.explorer.openData('load10k.json', t); window.explorer.command('import replace'); }, text);
  await page.evaluate(async () => {
    const csv = await window.explorer.exportData('csv');
    const xlsx = await window.explorer.exportData('xlsx');
    const enc = new TextEncoder();
    window.__benchFiles = {
      csv: ['actors.csv', 'links.csv', 'territories.csv'].map((n) => ({ name: n, data: enc.encode(csv[n]) })),
      xlsx: [{ name: 'load10k.xlsx', data: xlsx }],
    };
  });
  // As bench/web_import.mjs: the page's start-up data again before each run, so that the import's replace is a real one.
  const startData = () => page.evaluate(() => { window.explorer.openData('start.json', window.__startData); window.explorer.command('import replace'); });
  const run = (f) => page.evaluate(async (format) => {
    const t0 = performance.now();
    const opened = await window.explorer.openFiles(window.__benchFiles[format]);
    const t1 = performance.now();
    const loaded = window.explorer.command('import replace');
    const t2 = performance.now();
    return { ok: opened.ok && loaded.ok, open: t1 - t0, replace: t2 - t1 };
  }, f);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  for (const f of formats) {
    await startData();
    await run(f);  // warm-up: the converter module fetched and compiled
    await startData();
    await cdp.send('Profiler.start');
    const t = await run(f);
    const { profile } = await cdp.send('Profiler.stop');
    if (outDir) { fs.mkdirSync(outDir, { recursive: true }); fs.writeFileSync(path.join(outDir, `${f}.cpuprofile`), JSON.stringify(profile)); }
    report(`${f}: open ${t.open.toFixed(0)} ms + replace ${t.replace.toFixed(0)} ms (ok ${t.ok})`, profile);
  }
} finally {
  await browser.close();
  server.close();
}
