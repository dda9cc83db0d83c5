// harness.mjs: what the browser tests share: serve the built site on 127.0.0.1, start Debian's Chromium
// (WebGL2 through SwiftShader) with the flags this closed network needs, watch a page's console, errors and
// requests, and a tiny test runner.
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { startServer } from '../../scripts/static_server.mjs';
import { decodePng, pixelStats } from './png.mjs';

export const artifacts = 'tests/web/artifacts';

export const CHROMIUM_ARGS = [
  '--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--disable-dev-shm-usage',
  // Without these, Chromium tries to reach Google's hosts at start, which this closed network refuses.
  '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic',
  '--no-first-run',
];

// Serves site on a free port and starts Chromium. Returns { server, origin, browser, close() }.
export async function launch(site) {
  fs.mkdirSync(artifacts, { recursive: true });
  const server = await startServer(site, 0);
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
  });
  return {
    server, origin, browser,
    async close() { await browser.close(); server.close(); },
  };
}

// Records, for one page: console errors and warnings (problems), every console message, page errors, every
// request and those leaving the origin (data: URLs included: the page should need none).
export function watchPage(page, origin, { allowData = true } = {}) {
  const w = { problems: [], messages: [], pageErrors: [], requests: [], outside: [] };
  page.on('console', (m) => {
    w.messages.push(`${m.type()}: ${m.text()}`);
    if (m.type() === 'error' || m.type() === 'warning') w.problems.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => { w.pageErrors.push(e.message); w.problems.push(`pageerror: ${e.message}`); if (process.env.SHOW_STACKS) console.log(e.stack); });
  page.on('request', (r) => {
    const url = r.url();
    w.requests.push(url);
    if (!url.startsWith(origin + '/') && !(allowData && url.startsWith('data:'))) w.outside.push(url);
  });
  return w;
}

export function assert(cond, message) { if (!cond) throw new Error(message); }

// A minimal runner: test(name, fn) runs fn, prints PASS/FAIL with the time; finish() prints the summary and
// returns the process exit code. TEST_FILTER (a regular expression) runs only matching tests (and `always` ones).
export function runner(suite, { always = null } = {}) {
  const results = [];
  const only = process.env.TEST_FILTER ? new RegExp(process.env.TEST_FILTER) : null;
  async function test(name, fn) {
    if (only && !only.test(name) && !(always && always.test(name))) return;
    const t0 = Date.now();
    try {
      await fn();
      results.push({ name, ok: true });
      console.log(`[ PASS ] ${name} (${Date.now() - t0} ms)`);
    } catch (e) {
      results.push({ name, ok: false });
      console.log(`[ FAIL ] ${name}: ${e.message}`);
    }
  }
  function finish() {
    const passed = results.filter((r) => r.ok).length, failed = results.length - passed;
    console.log(`${suite}: ${passed} passed, ${failed} failed`);
    return failed ? 1 : 0;
  }
  return { test, finish, results };
}

// Screenshot into artifacts/, returning its pixel statistics (distinct colours, share of non-background pixels).
export async function screenshot(page, name) {
  const buf = await page.screenshot({ path: path.join(artifacts, name) });
  return pixelStats(decodePng(buf));
}

// Opens the app and waits for its first frame.
export async function openApp(page, url) {
  await page.goto(url);
  await page.waitForFunction(() => window.explorer && window.explorer.ready === true, null, { timeout: 30000 });
}

// waitFor(predicate, what, timeout): polls state() until predicate(state) holds, or fails after `timeout` ms with
// what it waited for and show(state) (by default the document's state).
export function stateWaiter(page, state, show = (s) => JSON.stringify(s.document)) {
  return async function waitFor(predicate, what, timeout = 10000) {
    const t0 = Date.now();
    for (;;) {
      const s = await state();
      if (predicate(s)) return s;
      if (Date.now() - t0 > timeout) throw new Error(`timed out waiting for ${what}: ${show(s)}`);
      await page.waitForTimeout(50);
    }
  };
}

// Bound helpers for one page: state() and command(text) through window.explorer.
export function explorerOf(page) {
  return {
    state: () => page.evaluate(() => window.explorer.state()),
    command: (text) => page.evaluate((t) => window.explorer.command(t), text),
  };
}

// Finds a point on the canvas, below the toolbar and between the side panels, with no actor under it.
export async function emptySpot(command, { x0 = 340, x1 = 860, y0 = 200, y1 = 760 } = {}) {
  for (let y = y0; y < y1; y += 37)
    for (let x = x0; x < x1; x += 41) {
      const r = await command(`pick ${x} ${y}`);
      if (r.ok && r.id === null) return { x, y };
    }
  throw new Error('no empty spot on the canvas');
}
