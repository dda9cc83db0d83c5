// language_test.mjs SITE: the interface's language (issue 18; src/core/i18n.h, web/shell.js). An English visit
// fetches no translation; #lang=es is Spanish from the first frame; `language fr` switches at once and keeps the
// selection, the tour step and the camera; reload and Back/Forward keep the language; the browser's languages
// choose it when the link does not. Screenshots of every panel in Spanish and in the pseudo-language (qps) at
// 100 % and 200 % interface size go to tests/web/artifacts/language-*.png (look at them: no cut text).
import { launch, watchPage, assert, runner, openApp, explorerOf, screenshot } from './harness.mjs';

const site = process.argv[2] || 'build/web/site';
const env = await launch(site);
const { origin, browser } = env;
const { test, finish } = runner('language test');
const i18nRequests = (w) => w.requests.filter((u) => u.includes('/i18n/'));

async function settle(page) {
  await page.waitForFunction(() => { const s = window.explorer.state(); return s.settled && !s.moving; }, null, { timeout: 20000 });
  await page.waitForTimeout(400);  // the app draws what changed, then sleeps
}

async function newPage(locale) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale });
  const page = await context.newPage();
  return { context, page, watch: watchPage(page, origin), X: explorerOf(page) };
}

await test('an English visit is in English and fetches no translation file', async () => {
  const { context, page, watch, X } = await newPage('en-US');
  await openApp(page, origin + '/index.html');
  const s = await X.state();
  assert(s.language === 'en', `language ${s.language}`);
  const codes = s.languages.map((l) => l.code).join(',');
  assert(codes === 'en,es,fr,pt,ko,ca', `languages ${codes}`);
  assert(s.languages.find((l) => l.code === 'ko').name === '한국어', JSON.stringify(s.languages));
  await page.waitForTimeout(1000);
  assert(i18nRequests(watch).length === 0, `fetched ${i18nRequests(watch).join(', ')}`);
  await context.close();
});

let spanishUrl = null;
await test('#lang=es is Spanish from the first frame (state, accessible text, one request)', async () => {
  const { context, page, watch, X } = await newPage('en-US');
  // The language as the first drawn frame saw it: read on the first frame the page reports.
  await page.goto(origin + '/index.html#lang=es&select=accio');
  const first = await page.waitForFunction(() => {
    const s = window.explorer && window.explorer.ready ? window.explorer.state() : null;
    return s ? { frame: s.frame, language: s.language } : null;
  }, null, { timeout: 30000, polling: 'raf' }).then((h) => h.jsonValue());
  assert(first.language === 'es', `first frame ${first.frame} in ${first.language}`);
  const r = await X.command('help');
  assert(r.ok, 'help');
  // The accessible mirror speaks the vocabulary in Spanish: ACCIÓ is a public agency, "Organismo público".
  await page.waitForFunction(() => /Organismo público, nivel regional/.test(document.getElementById('a11y-live').textContent),
    null, { timeout: 10000 });
  assert(i18nRequests(watch).length === 1 && /\/i18n\/es\.json$/.test(i18nRequests(watch)[0]), i18nRequests(watch).join(', '));
  await page.waitForFunction(() => /lang=es/.test(window.location.hash), null, { timeout: 5000 });
  spanishUrl = page.url();
  await context.close();
});

await test('language fr switches at once and keeps the selection, the tour step and the camera', async () => {
  const { context, page, X } = await newPage('en-US');
  await openApp(page, origin + '/index.html');
  const tours = (await X.state()).tours || [];
  assert(tours.length, 'no tour in the data');
  const tr = await X.command('tour ' + (typeof tours[0] === 'string' ? tours[0] : tours[0].id));
  assert(tr.ok, JSON.stringify(tr));
  const t = await X.command('step 2');
  assert(t.ok, JSON.stringify(t));
  assert((await X.command('select accio')).ok, 'select');
  await settle(page);
  const before = await X.state();
  const r = await X.command('language fr');
  assert(r.ok, JSON.stringify(r));
  await page.waitForFunction(() => window.explorer.state().language === 'fr', null, { timeout: 10000 });
  const after = await X.state();
  assert(after.selected === before.selected, `selected ${before.selected} -> ${after.selected}`);
  assert(JSON.stringify(after.tour) === JSON.stringify(before.tour), `tour ${JSON.stringify(before.tour)} -> ${JSON.stringify(after.tour)}`);
  const c0 = before.camera, c1 = after.camera;
  assert(Math.abs(c0.x - c1.x) < 1e-6 && Math.abs(c0.y - c1.y) < 1e-6 && Math.abs(c0.zoom - c1.zoom) < 1e-9,
    `camera ${JSON.stringify(c0)} -> ${JSON.stringify(c1)}`);
  const bad = await X.command('language xx');
  assert(!bad.ok && bad.code === 'unknown-language', JSON.stringify(bad));
  // Reload keeps it (the hash has lang=fr); Back and Forward through tour steps keep it.
  await page.waitForFunction(() => /lang=fr/.test(window.location.hash), null, { timeout: 5000 });
  await page.reload();
  await page.waitForFunction(() => window.explorer && window.explorer.ready, null, { timeout: 30000 });
  assert((await X.state()).language === 'fr', 'reload lost the language');
  assert((await X.command('next')).ok, 'next');
  await page.waitForFunction(() => /step=3/.test(window.location.hash), null, { timeout: 5000 });
  await page.goBack();
  await page.waitForFunction(() => /step=2/.test(window.location.hash), null, { timeout: 5000 });
  await page.waitForTimeout(300);
  let s = await X.state();
  assert(s.language === 'fr', `after Back: ${s.language}`);
  await page.goForward();
  await page.waitForFunction(() => /step=3/.test(window.location.hash), null, { timeout: 5000 });
  await page.waitForTimeout(300);
  s = await X.state();
  assert(s.language === 'fr', `after Forward: ${s.language}`);
  await context.close();
});

await test('the browser\'s languages choose the language when the link does not (pt-BR -> pt)', async () => {
  const { context, page, watch, X } = await newPage('pt-BR');
  await openApp(page, origin + '/index.html');
  const s = await X.state();
  assert(s.language === 'pt', `language ${s.language}`);
  assert(i18nRequests(watch).some((u) => /\/i18n\/pt\.json$/.test(u)), i18nRequests(watch).join(', '));
  await context.close();
});

// Every panel, for a person to look at: sidebar, details, table, help, share, tour caption, data problems.
async function panels(page, X, prefix) {
  for (const scale of [100, 200]) {
    assert((await X.command('scale ' + scale)).ok, 'scale');
    for (const c of ['tour none', 'select accio', 'panel table on', 'help off', 'share off']) await X.command(c);
    await settle(page);
    await screenshot(page, `${prefix}-${scale}-sidebar-details-table.png`);
    await X.command('help on');
    await page.waitForTimeout(400);
    await screenshot(page, `${prefix}-${scale}-help.png`);
    await X.command('help off');
    await X.command('panel table off');
    await X.command('share on');
    await page.waitForTimeout(400);
    await screenshot(page, `${prefix}-${scale}-share.png`);
    await X.command('share off');
    await X.command('welcome on');
    await page.waitForTimeout(400);
    await screenshot(page, `${prefix}-${scale}-welcome.png`);
    await X.command('welcome off');
    const tours = (await X.state()).tours || [];
    if (tours.length) await X.command('tour ' + (typeof tours[0] === 'string' ? tours[0] : tours[0].id));
    await settle(page);
    await screenshot(page, `${prefix}-${scale}-tour.png`);
    await X.command('tour none');
    await X.command('edit on');
    await page.waitForTimeout(400);
    await screenshot(page, `${prefix}-${scale}-edit-form.png`);
    await X.command('edit off');
  }
  await X.command('scale 100');
}

await test('screenshots of every panel in Spanish and in qps at 100 % and 200 %', async () => {
  const { context, page, X } = await newPage('en-US');
  await openApp(page, spanishUrl || origin + '/index.html#lang=es');
  assert((await X.state()).language === 'es', 'not Spanish');
  await panels(page, X, 'language-es');
  const r = await X.command('language qps');
  assert(r.ok && (await X.state()).language === 'qps', JSON.stringify(r));
  await panels(page, X, 'language-qps');
  await context.close();
});

await env.close();
process.exit(finish());
