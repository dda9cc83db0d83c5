// web_import.mjs: import of a large data set as tables in the real web page (issue 15: ≤ 2 s in WebAssembly), in
// headless Chromium. The page opens the generated JSON (10,000 actors, 50,000 links: bench/gen_graph.mjs's
// load10k), writes it as CSV tables and as an XLSX workbook with its own exports (so the files are exactly what the
// importer reads, as bench/import_bench.cpp does natively), then each is opened as a user's dropped files are
// (window.explorer.openFiles: the converter module reads and maps them into the preview) and loaded ('import
// replace'); timed in the page with performance.now(), median of --runs after one untimed warm-up (which also
// fetches and compiles the converter module). Before each run the page's own start-up data is loaded again (not
// timed), as a user's files replace the bundled map: replacing the data set with an equal one is a no-change that
// skips the replace's checking and undo step (until 2026-12-07 every timed run but the warm-up was one).
// Also the CPU time the renderer's main thread spent on each run (renderer_cpu_ms), which other work on a shared
// machine does not inflate as it does the wall time.
// Usage: node bench/web_import.mjs --json FILE [--site build/web/site] [--runs 3]     Prints "RESULT {json}".
import fs from 'node:fs';
import path from 'node:path';
import { arg as argOf, median, runBench } from './page.mjs';

const args = process.argv.slice(2);
const arg = (name, fallback) => argOf(args, name, fallback);
const site = arg('--site', 'build/web/site');
const json = arg('--json', 'build/bench/data/load10k.json');
const runs = Math.max(1, Number(arg('--runs', '3')));

for (const f of [path.join(site, 'index.html'), json])
  if (!fs.existsSync(f)) { console.error(`web_import: ${f} not found`); process.exit(1); }
// Also the CPU time of the page's renderer main thread (Linux /proc, 10 ms ticks): unlike the wall time, it does
// not grow when other work shares the machine's cores. Renderers are the processes started after this point.
const rendererPids = () => (fs.existsSync('/proc') ? fs.readdirSync('/proc') : []).filter((d) => /^\d+$/.test(d)).filter((d) => {
  try { return fs.readFileSync(`/proc/${d}/cmdline`, 'utf8').includes('--type=renderer'); } catch { return false; }
});
const rendererBefore = new Set(rendererPids());
let renderers = [];
const rendererCpuMs = () => renderers.reduce((sum, pid) => {
  try {
    const f = fs.readFileSync(`/proc/${pid}/task/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return sum + (Number(f[11]) + Number(f[12])) * 10;  // utime + stime, in ticks of 10 ms
  } catch { return sum; }
}, 0);
await runBench('web_import', site, async ({ origin, browser }) => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const problems = [];
  page.on('pageerror', (e) => problems.push(e.message));
  await page.goto(origin + '/index.html');
  await page.waitForFunction(() => window.explorer && window.explorer.ready === true, null, { timeout: 60000 });
  renderers = rendererPids().filter((p) => !rendererBefore.has(p));
  // The data the page starts with, loaded again before each timed run.
  await page.evaluate(() => { window.__startData = window.explorer.exportData('json'); });
  // The generated data set, opened and loaded as a user's JSON file.
  const text = fs.readFileSync(json, 'utf8');
  const loaded = await page.evaluate(async (t) => {
    const r = await window.explorer.openData('load10k.json', t);
    if (!r.ok) return r;
    return window.explorer.command('import replace');
  }, text);
  if (!loaded.ok) throw new Error('the generated data set did not load: ' + loaded.message);
  // Its tables and workbook, kept in the page (tens of megabytes need not cross to node).
  const sizes = await page.evaluate(async () => {
    const csv = await window.explorer.exportData('csv');
    const xlsx = await window.explorer.exportData('xlsx');
    const enc = new TextEncoder();
    window.__benchFiles = {
      csv: Object.keys(csv).filter((n) => n === 'actors.csv' || n === 'links.csv' || n === 'territories.csv')
        .map((n) => ({ name: n, data: enc.encode(csv[n]) })),
      xlsx: [{ name: 'load10k.xlsx', data: xlsx }],
    };
    const total = (l) => l.reduce((s, f) => s + f.data.length, 0);
    return { csv: total(window.__benchFiles.csv), xlsx: total(window.__benchFiles.xlsx) };
  });
  const result = { runs, actors: 0, links: 0 };
  for (const format of ['csv', 'xlsx']) {
    const open = [], replace = [];
    let counts = null;
    const cpu = [];
    for (let r = 0; r <= runs; ++r) {  // run 0: the warm-up
      const back = await page.evaluate(() => {
        const start = window.explorer.openData('start.json', window.__startData);
        return start.ok ? window.explorer.command('import replace') : start;
      });
      if (!back.ok) throw new Error('the start-up data did not load again: ' + back.message);
      const cpu0 = rendererCpuMs();
      const t = await page.evaluate(async (f) => {
        const files = window.__benchFiles[f];
        const t0 = performance.now();
        const opened = await window.explorer.openFiles(files);
        const t1 = performance.now();
        if (!opened.ok) return { error: opened.message };
        const loaded = window.explorer.command('import replace');
        const t2 = performance.now();
        if (!loaded.ok) return { error: loaded.message };
        const s = window.explorer.state();
        return { open: t1 - t0, replace: t2 - t1, actors: s.actors, links: s.links, errors: (opened.diagnostics || []).filter((d) => d.severity === 'error').length };
      }, format);
      const cpu1 = rendererCpuMs();
      if (t.error) throw new Error(`${format}: ${t.error}`);
      counts = t;
      if (r > 0) { open.push(t.open); replace.push(t.replace); cpu.push(cpu1 - cpu0); }
    }
    const total = open.map((o, i) => o + replace[i]);
    result[format] = { bytes: sizes[format], open_ms: median(open), replace_ms: median(replace), median_ms: median(total),
                       runs_ms: total, actors: counts.actors, links: counts.links, errors: counts.errors,
                       renderer_cpu_ms: renderers.length ? median(cpu) : null };
    result.actors = counts.actors;
    result.links = counts.links;
    console.error(`web import ${format} (${(sizes[format] / 1e6).toFixed(1)} MB): open (read + map, preview) ` +
                  `${median(open).toFixed(0)} ms + replace ${median(replace).toFixed(0)} ms = ${median(total).toFixed(0)} ms ` +
                  `(median of ${runs}; ${counts.actors} actors, ${counts.links} links)` +
                  (renderers.length ? `; renderer main thread CPU ${median(cpu).toFixed(0)} ms` : ''));
  }
  if (problems.length) console.error('page errors: ' + problems.join('; '));
  console.log('RESULT ' + JSON.stringify(result));
});
