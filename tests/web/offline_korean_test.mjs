// offline_korean_test.mjs SITE: a language chosen once online still works offline (issue 18). The service worker does
// not download the Korean font, the language files or the data's translations when it installs (web/sw.js: LAZY),
// but keeps each the first time the page fetches it. After `language ko` online, a reload with no network is in
// Korean, with the Hangul font and the translated tour, and asks the server for nothing.
// Screenshots: tests/web/artifacts/offline-korean-*.png.
import path from 'node:path';
import { launch, watchPage, assert, runner, openApp, explorerOf, artifacts, screenshot } from './harness.mjs';
import { decodePng } from './png.mjs';

const site = process.argv[2] || 'build/web/site';
const env = await launch(site);
const { origin, browser, server } = env;
const { test, finish } = runner('offline korean test');
const served = [];
server.on('request', (req) => served.push(new URL(req.url, origin).pathname));

const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-GB' });
const page = await context.newPage();
const watch = watchPage(page, origin);
const X = explorerOf(page);

async function quiet() {
  await page.waitForFunction(() => window.explorer.state().settled && !window.explorer.state().moving, null, { timeout: 20000 });
  await page.waitForTimeout(400);
}
// The tour caption (bottom middle), decoded; and its share of dark pixels (text ink).
async function caption(name) {
  const vp = page.viewportSize();
  const clip = { x: Math.round(vp.width * 0.25), y: vp.height - 250, width: Math.round(vp.width * 0.5), height: 230 };
  return decodePng(await page.screenshot({ path: path.join(artifacts, name), clip }));
}
function differingShare(a, b) {
  let n = 0;
  for (let i = 0; i < a.pixels.length; i += a.channels) {
    let d = 0;
    for (let c = 0; c < 3; c++) d = Math.max(d, Math.abs(a.pixels[i + c] - b.pixels[i + c]));
    if (d > 40) n++;
  }
  return n / (a.width * a.height);
}
const koreanReady = () => page.waitForFunction(() => {
  const s = window.explorer.state();
  return s.language === 'ko' && s.fonts.hangul === 'ready' && s.contentTranslations === 'ready';
}, null, { timeout: 30000 });

let online = null;
await test('online: the worker controls the page; Korean chosen, its font and texts fetched once', async () => {
  await openApp(page, origin + '/index.html');
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    for (let i = 0; i < 200 && !navigator.serviceWorker.controller; ++i) await new Promise((r) => setTimeout(r, 50));
  });
  assert(await page.evaluate(() => !!navigator.serviceWorker.controller), 'no service worker controls the page');
  const cachedBefore = await page.evaluate(async () => {
    const keys = await caches.keys();
    const cache = await caches.open(keys.find((k) => k.startsWith('sse-explorer-')));
    return (await cache.keys()).map((r) => new URL(r.url).pathname);
  });
  assert(!cachedBefore.some((p) => /\/(fonts|i18n|translations)\//.test(p)), `lazy files cached ahead: ${cachedBefore.join(' ')}`);
  const s0 = await X.state();
  assert((await X.command(`tour ${s0.tours[0].id || s0.tours[0]}`)).ok, 'tour');
  assert((await X.command('language ko')).ok, 'language ko');
  await koreanReady();
  await quiet();
  online = await caption('offline-korean-01-online.png');
  const kept = await page.evaluate(async () => {
    const keys = await caches.keys();
    const cache = await caches.open(keys.find((k) => k.startsWith('sse-explorer-')));
    return (await cache.keys()).map((r) => new URL(r.url).pathname);
  });
  for (const f of ['/fonts/Hangul-subset.ttf', '/i18n/ko.json', '/translations/silk.json'])
    assert(kept.includes(f), `${f} not kept by the worker (cache: ${kept.filter((p) => p.includes('/')).join(' ')})`);
});

await test('offline: a reload is in Korean, with Hangul and the translated tour, and asks the server for nothing', async () => {
  const before = served.length;
  await context.setOffline(true);
  await page.goto(origin + '/index.html#lang=ko');
  await page.reload();
  await page.waitForFunction(() => window.explorer && window.explorer.ready === true, null, { timeout: 30000 });
  const s0 = await X.state();
  if (!s0.tour) assert((await X.command(`tour ${s0.tours[0].id || s0.tours[0]}`)).ok, 'tour offline');
  await koreanReady();
  await quiet();
  const offline = await caption('offline-korean-02-offline.png');
  await screenshot(page, 'offline-korean-03-page.png');
  const share = differingShare(online, offline);
  assert(share < 0.02, `the offline Korean caption differs from the online one on ${(share * 100).toFixed(1)} % of its pixels`);
  assert(served.length === before, `the server was asked for ${served.slice(before).join(' ')} while offline`);
  assert(watch.pageErrors.length === 0, `page errors: ${watch.pageErrors.join(' | ')}`);
  console.log(`         offline caption vs online: ${(share * 100).toFixed(2)} % of pixels differ`);
  await context.setOffline(false);
});

await env.close();
process.exit(finish());
