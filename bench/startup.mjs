// startup.mjs: start-up and download of the built web app in headless Chromium (Debian's, WebGL2 through
// SwiftShader, i.e. on the CPU), served from 127.0.0.1 by scripts/static_server.mjs (gzip when accepted).
//  - first frame: from navigation start (performance.timeOrigin) to the moment window.explorer.ready turns true
//    (the page sets it in the animation frame after the first drawn frame), each run in a fresh browser context
//    (empty cache); median of --runs (the first of them is the newly started browser's first page). The page is
//    neither polled nor evaluated until then: the hook below tells this script by a console message.
//  - phases: the app's performance marks (sse-main, sse-gl-ready, sse-data-loaded, sse-first-frame-start/-end),
//    median over the runs, from navigation start.
//  - WebAssembly compile: WebAssembly.compile() of the fetched index.wasm bytes, timed in a fresh page; median.
//  - download: every file the page fetched while starting, raw and gzip -9, and the total.
// Usage: node bench/startup.mjs [--site build/web/site] [--runs 5]     Prints "RESULT {json}".
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { arg as argOf, median, serveAndLaunch } from './page.mjs';

const args = process.argv.slice(2);
const arg = (name, fallback) => argOf(args, name, fallback);
const site = arg('--site', 'build/web/site');
const runs = Math.max(1, Number(arg('--runs', '5')));

if (!fs.existsSync(path.join(site, 'index.html'))) {
  console.error(`startup: ${site}/index.html not found (build the web app first: bash scripts/build_web.sh)`);
  process.exit(1);
}
const { server, origin, browser } = await serveAndLaunch(site);

// Records when window.explorer.ready first becomes true, without changing the page.
const hook = () => {
  let current;
  Object.defineProperty(window, 'explorer', {
    configurable: true,
    get() { return current; },
    set(v) {
      let ready = !!(v && v.ready);
      if (v && typeof v === 'object') {
        Object.defineProperty(v, 'ready', {
          configurable: true, enumerable: true,
          get() { return ready; },
          set(x) {
            if (x && !ready && window.__sseFirstFrame === undefined) {
              window.__sseFirstFrame = performance.now();
              console.debug('sse-first-frame');  // tells startup.mjs, which does not poll the page meanwhile
            }
            ready = !!x;
          },
        });
      }
      current = v;
    },
  });
};

const firstFrame = [], marks = [], fetched = new Map(), problems = [];
let resources = [];
for (let r = 0; r < runs; ++r) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.addInitScript(hook);
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
  page.on('response', (resp) => {
    const url = resp.url();
    if (url.startsWith(origin + '/') && resp.status() === 200) fetched.set(new URL(url).pathname, true);
  });
  // Wait for the hook's console message rather than polling the page or waiting for its load event: each
  // evaluation from here (and the first one's script injection) would take the page's main thread during start-up.
  let timer;
  const started = new Promise((resolve, reject) => {
    page.on('console', (m) => { if (m.text() === 'sse-first-frame') resolve(); });
    timer = setTimeout(() => reject(new Error('startup: no first frame within 60 s')), 60000);
  });
  await page.goto(origin + '/', { waitUntil: 'commit' });
  await started;
  clearTimeout(timer);
  const t = await page.evaluate(() => ({
    first: window.__sseFirstFrame,
    // The app's own User Timing marks (src/platform/main.cpp): where the time goes before the first frame.
    marks: Object.fromEntries(performance.getEntriesByType('mark').filter((m) => m.name.startsWith('sse-'))
      .map((m) => [m.name.slice(4), m.startTime])),
    resources: performance.getEntriesByType('resource').map((e) => ({
      name: new URL(e.name).pathname, start: e.startTime, end: e.responseEnd, transfer: e.transferSize,
      encoded: e.encodedBodySize, decoded: e.decodedBodySize })),
  }));
  await context.close();
  firstFrame.push(t.first);
  marks.push(t.marks);
  if (r === 0) resources = t.resources;
}

const compile = [];
for (let r = 0; r < runs; ++r) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(origin + '/favicon.svg');
  compile.push(await page.evaluate(async () => {
    const bytes = await (await fetch('/index.wasm')).arrayBuffer();
    const t0 = performance.now();
    await WebAssembly.compile(bytes);
    return performance.now() - t0;
  }));
  await context.close();
}
await browser.close();
server.close();

// Download: each fetched file as stored in the site (raw) and as the static server sends it to a browser that takes
// gzip: its pre-compressed .gz copy where the site has one (scripts/build_web.sh: zopfli), else gzip -9 of it;
// gzip9: gzip -9 of every file, for comparison with hosts that compress on the fly.
const files = [...fetched.keys()].sort().map((p) => {
  const rel = p.endsWith('/') ? p + 'index.html' : p;
  const buf = fs.readFileSync(path.join(site, rel));
  const gzip9 = zlib.gzipSync(buf, { level: 9 }).length;
  const copy = path.join(site, rel + '.gz');
  return { file: rel.replace(/^\//, ''), raw: buf.length, gzip: fs.existsSync(copy) ? fs.statSync(copy).size : gzip9, gzip9 };
});
const total = files.reduce((a, f) => ({ raw: a.raw + f.raw, gzip: a.gzip + f.gzip, gzip9: a.gzip9 + f.gzip9 }), { raw: 0, gzip: 0, gzip9: 0 });
// Median time of each start-up mark over the runs that have it.
const markNames = [...new Set(marks.flatMap((m) => Object.keys(m)))];
const markMedians = Object.fromEntries(markNames.map((n) => [n, median(marks.filter((m) => n in m).map((m) => m[n]))])
  .sort((a, b) => a[1] - b[1]));
const result = { bench: 'startup', runs, first_frame_ms: firstFrame, first_frame_median_ms: median(firstFrame),
                 marks_median_ms: markMedians,
                 compile_ms: compile, compile_median_ms: median(compile), files, total, resources, problems };
console.error(`startup: first frame median ${median(firstFrame).toFixed(0)} ms of ${runs} (${firstFrame.map((x) => x.toFixed(0)).join(', ')}); ` +
              `wasm compile median ${median(compile).toFixed(1)} ms; download ${files.length} files, ${total.raw} B raw, ${total.gzip} B gzip as sent (${total.gzip9} B gzip -9)`);
for (const p of problems) console.error(`  ${p}`);
console.log('RESULT ' + JSON.stringify(result));
