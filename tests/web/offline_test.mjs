// offline_test.mjs SITE: the page works with no network after one visit (web/sw.js, scripts/make_offline.mjs).
// Loads the app once, switches the browser context offline, reloads: the app starts, loads its data and answers
// basic commands, with no request reaching the server and no Content-Security-Policy violation. Then, from a
// copy of the site in a sub-folder (any static host path), a rebuilt site replaces the cached one and the app
// says that a newer version has been loaded.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { startServer } from '../../scripts/static_server.mjs';
import { launch, watchPage, assert, runner, screenshot, openApp, explorerOf } from './harness.mjs';

const site = process.argv[2] || 'build/web/site';
const env = await launch(site);
const { origin, browser, server } = env;
const { test, finish } = runner('offline test');

// Every path the server was asked for, in order (the offline part must add none).
const served = [];
server.on('request', (req) => served.push(new URL(req.url, origin).pathname));

// Records CSP violations in the page (the policy must still allow everything the page does).
function recordCsp() {
  window.__csp = [];
  document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
}

// Waits until a service worker controls the page and has activated; returns the cached URLs' paths.
async function offlineReady(page) {
  return page.evaluate(async () => {
    const reg = await navigator.serviceWorker.ready;
    for (let i = 0; i < 200 && !navigator.serviceWorker.controller; ++i) await new Promise((r) => setTimeout(r, 50));
    const keys = await caches.keys();
    const cache = await caches.open(keys.find((k) => k.startsWith('sse-explorer-')));
    return { scope: reg.scope, controlled: !!navigator.serviceWorker.controller, caches: keys,
             files: (await cache.keys()).map((r) => new URL(r.url).pathname) };
  });
}

const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
await context.addInitScript(recordCsp);
const page = await context.newPage();
const watch = watchPage(page, origin);
const X = explorerOf(page);

await test('first visit: the service worker caches every file of the page, without downloading the app twice', async () => {
  await openApp(page, origin + '/index.html');
  const r = await offlineReady(page);
  // The files of the site's top folder, as make_offline.mjs lists them; the sub-folders (fonts/, translations/) hold
  // what the page fetches only on demand (the Korean font, the data's translations), not cached ahead.
  const listed = fs.readdirSync(site, { withFileTypes: true })
    .filter((e) => e.isFile() && !e.name.endsWith('.gz') && e.name !== 'sw.js' && !/^LICENSE/i.test(e.name)).map((e) => e.name);
  assert(r.controlled, 'no service worker controls the page');
  assert(r.scope === origin + '/', `scope ${r.scope}`);
  for (const f of listed) assert(r.files.includes('/' + f), `${f} not cached (cached: ${r.files.join(' ')})`);
  const wasm = served.filter((p) => p === '/index.wasm').length;
  assert(wasm === 1, `index.wasm requested ${wasm} times on the first visit`);
  const manifest = await page.evaluate(() => document.querySelector('link[rel=manifest]').href);
  const m = await (await fetch(manifest)).json();
  assert(m.icons.some((i) => i.sizes === '512x512') && m.start_url === './', `manifest ${JSON.stringify(m)}`);
  console.log(`         cached ${r.files.length} files in ${r.caches.join(', ')}; first visit asked the server for ${served.join(" ")}`);
});

await test('offline: reload with no network, the app starts, loads its data and answers commands', async () => {
  const before = served.length;
  await context.setOffline(true);
  await page.reload();
  await page.waitForFunction(() => window.explorer && window.explorer.ready === true, null, { timeout: 30000 });
  let s = await X.state();
  assert(s.dataset && s.actors > 20 && s.links > 20, `data not loaded offline: ${JSON.stringify({ d: s.dataset, a: s.actors })}`);
  let r = await X.command('search accio');
  assert(r.ok && r.id, `search: ${JSON.stringify(r)}`);
  r = await X.command('select none');
  r = await X.command('select accio');
  assert(r.ok, `select: ${JSON.stringify(r)}`);
  s = await X.state();
  assert(s.selected === 'accio', `selected ${s.selected}`);
  r = await X.command(`tour ${s.tours[0].id || s.tours[0]}`);
  assert(r.ok, `tour: ${JSON.stringify(r)}`);
  r = await X.command('next');
  s = await X.state();
  assert(r.ok && s.tour && s.tour.step === 2, `tour next: ${JSON.stringify(r)} ${JSON.stringify(s.tour)}`);
  await page.waitForTimeout(500);
  await screenshot(page, 'offline-01-reloaded.png');
  const online = await page.evaluate(() => navigator.onLine);
  assert(!online, 'the browser context is not offline');
  assert(served.length === before, `the server was asked for ${served.slice(before).join(' ')} while offline`);
  const csp = await page.evaluate(() => window.__csp);
  assert(csp.length === 0, `CSP violations: ${csp.join(' | ')}`);
  assert(watch.outside.length === 0, `requests outside the origin: ${watch.outside.join(' ')}`);
  assert(watch.pageErrors.length === 0, `page errors: ${watch.pageErrors.join(' | ')}`);
  await context.setOffline(false);
});
await context.close();

await test('a sub-folder host path; a rebuilt site is taken over and the app says a newer version has been loaded', async () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sse-offline-'));
  const dir = path.join(tmp, 'a', 'b');
  fs.mkdirSync(dir, { recursive: true });
  fs.cpSync(site, dir, { recursive: true });
  const sub = await startServer(tmp, 0);
  const base = `http://127.0.0.1:${sub.address().port}/a/b/`;
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await ctx.addInitScript(recordCsp);
  const p = await ctx.newPage();
  try {
    await openApp(p, base);
    // A slow machine: the browser's own update check on reload installs the new worker while the app is still
    // starting (the race CI once lost: the notice must come even when the takeover precedes the app's start).
    const cdp = await ctx.newCDPSession(p);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    let r = await offlineReady(p);
    assert(r.scope === base && r.files.includes('/a/b/index.wasm'), `scope ${r.scope}, files ${r.files.join(' ')}`);
    const oldCache = r.caches.find((k) => k.startsWith('sse-explorer-'));
    // A new build: one file changes, and the build step writes a new sw.js.
    fs.appendFileSync(path.join(dir, 'shell.css'), '\n/* rebuilt */\n');
    execFileSync('node', ['scripts/make_offline.mjs', dir]);
    const t0 = Date.now();
    await p.reload();
    await p.waitForFunction(() => window.explorer && window.explorer.ready === true, null, { timeout: 60000 });
    const t1 = Date.now();
    try {
      await p.waitForFunction(() => window.explorer.state().notices.some((n) => /newer version/.test(n)), null, { timeout: 60000 });
    } catch (e) {
      // Say where the update stood, so a failure in CI can be read from its log.
      const where = await p.evaluate(async () => {
        const reg = await navigator.serviceWorker.getRegistration();
        const st = (w) => (w ? `${w.state} ${new URL(w.scriptURL).pathname}` : 'none');
        return `installing ${st(reg && reg.installing)}, waiting ${st(reg && reg.waiting)}, active ${st(reg && reg.active)}, ` +
          `controller ${st(navigator.serviceWorker.controller)}, caches ${(await caches.keys()).join(' ')}, ` +
          `notices ${JSON.stringify(window.explorer.state().notices)}; ` +
          `update(): ${await reg.update().then(() => 'ok ' + (reg.installing ? reg.installing.state : '-'), (x) => 'error ' + x.message)}`;
      });
      throw new Error(`no 'newer version' notice: ${e.message.split('\n')[0]}; ${where}`);
    }
    console.log(`         slowed 4×: the app started in ${t1 - t0} ms and told of the newer version ${Date.now() - t1} ms later`);
    await screenshot(p, 'offline-02-newer-version.png');
    // The notice comes when the new worker is installed; it deletes the old cache as it activates, a moment later.
    // Polled for up to 30 s: under the 4x slowdown on a loaded CI machine the activation once took over 10 s.
    const t2 = Date.now();
    for (let i = 0; i < 120; i++) {
      r = await offlineReady(p);
      if (!r.caches.includes(oldCache)) break;
      await p.waitForTimeout(250);
    }
    console.log(`         the old cache was gone ${Date.now() - t2} ms after the notice`);
    assert(!r.caches.includes(oldCache) && r.caches.length === 1, `caches after the update: ${r.caches.join(' ')} (old ${oldCache})`);
    const css = await p.evaluate(async () => (await (await fetch('shell.css')).text()));
    assert(css.includes('rebuilt'), 'the new version serves the old shell.css');
    const csp = await p.evaluate(() => window.__csp);
    assert(csp.length === 0, `CSP violations: ${csp.join(' | ')}`);
  } finally {
    await ctx.close();
    sub.close();
    fs.rmSync(tmp, { recursive: true, force: true });
  }
});

await env.close();
process.exit(finish());
