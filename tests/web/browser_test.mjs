// browser_test.mjs: the real web build in Debian's Chromium (WebGL2 through SwiftShader), driven by Playwright
// with the real mouse, checked through window.explorer.state() and screenshots.
// Usage: node tests/web/browser_test.mjs [SITE_DIR]   (default build/web/site). Screenshots: tests/web/artifacts/.
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { startServer } from '../../scripts/static_server.mjs';
import { decodePng, pixelStats } from './png.mjs';

const site = process.argv[2] || 'build/web/site';
const artifacts = 'tests/web/artifacts';
fs.mkdirSync(artifacts, { recursive: true });

const results = [];
async function test(name, fn) {
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
function assert(cond, message) { if (!cond) throw new Error(message); }

const server = await startServer(site, 0);
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--disable-dev-shm-usage',
         '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic',
         '--no-first-run'],
});
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
const consoleProblems = [], outsideRequests = [];
page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') consoleProblems.push(`${m.type()}: ${m.text()}`); });
page.on('pageerror', (e) => consoleProblems.push(`pageerror: ${e.message}`));
page.on('request', (r) => { if (!r.url().startsWith(origin + '/') && !r.url().startsWith('data:')) outsideRequests.push(r.url()); });

const state = () => page.evaluate(() => window.explorer.state());
const command = (text) => page.evaluate((t) => window.explorer.command(t), text);
async function screenshot(name) {
  const buf = await page.screenshot({ path: path.join(artifacts, name) });
  return pixelStats(decodePng(buf));
}

await test('page loads and draws its first frame', async () => {
  const t0 = Date.now();
  await page.goto(origin + '/index.html');
  await page.waitForFunction(() => window.explorer && window.explorer.ready === true, null, { timeout: 30000 });
  const s = await state();
  assert(s.frame > 0, `no frame drawn: ${JSON.stringify(s)}`);
  assert(s.actors > 0 && s.links > 0, `no data loaded: ${s.actors} actors, ${s.links} links`);
  assert(s.visibleActors === s.actors, `visibleActors ${s.visibleActors} != actors ${s.actors}`);
  console.log(`         first frame after ${Date.now() - t0} ms; dataset '${s.dataset}', ${s.actors} actors, ${s.links} links`);
  const overlayHidden = await page.evaluate(() => document.getElementById('overlay').classList.contains('hidden'));
  assert(overlayHidden, 'the loading overlay is still shown');
});

await test('a first visit shows the welcome with its hints', async () => {
  const s = await state();
  assert(s.welcome === true, 'no welcome on a first visit');
  await page.waitForTimeout(300);
  await screenshot('00-welcome.png');
  await command('welcome off');
});

await test('canvas is not blank', async () => {
  await page.waitForTimeout(300);
  const stats = await screenshot('01-loaded.png');
  assert(stats.distinctColours > 50, `only ${stats.distinctColours} colours on screen`);
  assert(stats.nonBackgroundShare > 0.02, `only ${(stats.nonBackgroundShare * 100).toFixed(2)}% of pixels drawn`);
});

// Finds a point on the canvas, below the toolbar and between the side panels, with no actor under it.
async function emptySpot() {
  for (let y = 200; y < 760; y += 37)
    for (let x = 340; x < 860; x += 41) {
      const r = await command(`pick ${x} ${y}`);
      if (r.ok && r.message === 'none') return { x, y };
    }
  throw new Error('no empty spot on the canvas');
}

await test('dragging the background with the mouse pans the camera', async () => {
  const before = (await state()).camera;
  const p = await emptySpot();
  await page.mouse.move(p.x, p.y);
  await page.mouse.down();
  for (let i = 1; i <= 10; i++) await page.mouse.move(p.x + i * 12, p.y + i * 6);
  await page.mouse.up();
  await page.waitForTimeout(100);
  const after = (await state()).camera;
  const dx = (after.x - before.x) * after.zoom, dy = (after.y - before.y) * after.zoom;
  assert(Math.abs(dx + 120) < 2 && Math.abs(dy + 60) < 2, `camera moved by (${dx.toFixed(1)}, ${dy.toFixed(1)}) px, expected (-120, -60)`);
  assert((await state()).selected === null, 'a background drag must not select anything');
});

await test('wheel zooms about the cursor', async () => {
  const before = (await state()).camera;
  const p = await emptySpot();
  await page.mouse.move(p.x, p.y);
  await page.mouse.wheel(0, -240);
  await page.waitForTimeout(150);
  const after = (await state()).camera;
  assert(after.zoom > before.zoom * 1.05, `zoom ${before.zoom} -> ${after.zoom}`);
  await command('fit');
  await page.waitForTimeout(800);
});

await test('clicking an actor selects it and opens its details', async () => {
  const s0 = await state();
  const target = s0.dataset === 'silk' ? 'accio' : null;
  const id = target || (await command('search a')).message.replace('selected ', '');
  await command('select none');
  const loc = await command(`locate ${id}`);
  assert(loc.ok, loc.message);
  const [x, y] = loc.message.split(' ').map(Number);
  await page.mouse.move(x, y);
  await page.waitForTimeout(100);
  assert((await state()).hovered === id, `hovering did not report ${id}`);
  await page.mouse.down();
  await page.mouse.up();
  await page.waitForTimeout(200);
  const s = await state();
  assert(s.selected === id, `selected is ${s.selected}, expected ${id}`);
  assert(typeof s.selectedName === 'string' && s.selectedName.length > 0, 'selectedName missing');
  await screenshot('02-selected.png');
});

await test('typing a search with the keyboard finds ACCIÓ from "accio" and flies to it', async () => {
  await command('select none');
  await page.mouse.click(640, 500);  // give the canvas keyboard focus, as a user's first click does
  await command('select none');
  await page.keyboard.press('/');
  await page.waitForTimeout(150);
  await page.keyboard.type('accio', { delay: 40 });
  await page.waitForTimeout(200);
  await screenshot('03-search-typeahead.png');
  await page.keyboard.press('Enter');
  await page.waitForTimeout(900);  // the camera flight
  const s = await state();
  assert(s.selected === 'accio', `search selected ${s.selected}`);
  assert(/ACCI/.test(s.selectedName), s.selectedName);
  const [x, y] = (await command('locate accio')).message.split(' ').map(Number);
  assert(x > 300 && x < 900 && y > 40 && y < 800, `ACCIÓ is drawn at ${x},${y}, not in the uncovered middle`);
});

await test('+ and - change the focus depth, Esc clears the selection', async () => {
  await page.keyboard.press('Equal');
  await page.waitForTimeout(100);
  assert((await state()).focusDepth === 2, `focusDepth ${(await state()).focusDepth}`);
  await screenshot('04-focus-depth-2.png');
  await page.keyboard.press('Minus');
  await page.waitForTimeout(100);
  assert((await state()).focusDepth === 1, 'minus did not narrow the focus');
  await page.keyboard.press('Escape');
  await page.waitForTimeout(100);
  assert((await state()).selected === null, 'Esc did not clear the selection');
});

await test('filters hide links, showcase fades them instead, clear restores', async () => {
  const all = await state();
  let r = await command('filter link-kind vertical');
  assert(r.ok, r.message);
  let s = await state();
  assert(s.visibleLinks > 0 && s.visibleLinks < all.visibleLinks, `vertical only: ${s.visibleLinks} of ${all.visibleLinks}`);
  assert(JSON.stringify(s.filters['link-kind']) === '["vertical"]', JSON.stringify(s.filters));
  await page.waitForTimeout(200);
  await screenshot('05-filter-vertical.png');
  r = await command('showcase on');
  s = await state();
  assert(s.visibleLinks === all.visibleLinks && s.filters.showcase === true, 'showcase should keep all links visible (faded)');
  r = await command('filter level planetary');
  assert(!r.ok && /allowed: international/.test(r.message), r.message);
  await command('showcase off');
  await command('filter clear');
  assert((await state()).visibleLinks === all.visibleLinks, 'filter clear did not restore all links');
});

await test('a case highlights its actors; details show the brief text', async () => {
  const r = await command('recommendation r3');
  assert(r.ok, r.message);
  await page.waitForTimeout(800);
  const s = await state();
  assert(s.recommendation === 'r3' && s.selected === null, JSON.stringify({ rec: s.recommendation, sel: s.selected }));
  await screenshot('06-recommendation-3.png');
  await command('recommendation none');
});

for (const layout of ['levels', 'geographic', 'force', 'ego']) {
  await test(`layout ${layout} draws the network`, async () => {
    if (layout === 'ego') await command('select coopcycle');
    const r = await command(`layout ${layout}`);
    assert(r.ok, r.message);
    await page.waitForFunction(() => window.explorer.state().settled, null, { timeout: 10000 });
    await page.waitForTimeout(900);  // fit animation
    const s = await state();
    assert(s.layout === layout, `layout is ${s.layout}`);
    const stats = await screenshot(`07-layout-${layout}.png`);
    assert(stats.distinctColours > 50, `layout ${layout}: only ${stats.distinctColours} colours`);
  });
}

await test('force layout settles in under a second', async () => {
  await command('layout levels');
  const ms = await page.evaluate(async () => {
    window.explorer.command('layout force');
    const t0 = performance.now();
    while (!window.explorer.state().settled) await new Promise((r) => requestAnimationFrame(r));
    return performance.now() - t0;
  });
  console.log(`         force layout settled after ${ms.toFixed(0)} ms`);
  assert(ms < 1000, `force layout took ${ms.toFixed(0)} ms to settle`);
});

await test('the table view lists actors and follows the selection', async () => {
  await command('select accio');
  const r = await command('panel table on');
  assert(r.ok, r.message);
  await page.waitForTimeout(300);
  assert((await state()).panels.table === true, 'table panel not open');
  await screenshot('08-table-view.png');
  await command('panel table off');
});

await test('unknown commands return an error message', async () => {
  const r = await command('fly-to-the-moon');
  assert(!r.ok && /unknown command/.test(r.message), JSON.stringify(r));
});

await test('no console errors and no request outside the origin', async () => {
  assert(consoleProblems.length === 0, `console: ${consoleProblems.join(' | ')}`);
  assert(outsideRequests.length === 0, `outside requests: ${outsideRequests.join(', ')}`);
});

await browser.close();
server.close();
const passed = results.filter((r) => r.ok).length, failed = results.length - passed;
console.log(`browser: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
