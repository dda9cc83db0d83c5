// panels_i18n_test.mjs SITE: screenshots of every panel in the pseudo-language (qps), Spanish and Korean, at 100 % and
// 200 % interface size, for a person to look at (issue 18: no cut or overlapping text, nothing left in English): the
// sidebar, details and table, help, share, welcome, tour caption, the edit form and the group form, a refused edit's
// notice, the data problems panel and the import preview, and the phone layout's menu and sheet.
// Files: tests/web/artifacts/panels-<lang>-<scale>-<what>.png. The test itself checks that each language is in use
// and that the page raised no error.
import { launch, watchPage, assert, runner, openApp, explorerOf, screenshot } from './harness.mjs';

const site = process.argv[2] || 'build/web/site';
const only = process.env.PANEL_LANGS ? process.env.PANEL_LANGS.split(',') : ['qps', 'es', 'ko'];
const env = await launch(site);
const { origin, browser } = env;
const { test, finish } = runner('panels i18n test');

async function settle(page) {
  await page.waitForFunction(() => { const s = window.explorer.state(); return s.settled && !s.moving; }, null, { timeout: 20000 });
  await page.waitForTimeout(400);
}

// A CSV with two problems (an unknown kind, a link to an actor that is not there): the import preview lists them.
const badCsv = 'id,name,kind,level,territory\nx1,Alpha,agency,regional,es-ct\nx2,Beta,network,local,nowhere\n';

async function panels(page, X, lang, scale) {
  const shot = (what) => screenshot(page, `panels-${lang}-${scale}-${what}.png`);
  assert((await X.command('scale ' + scale)).ok, 'scale');
  for (const c of ['tour none', 'select accio', 'panel sidebar on', 'panel details on', 'panel table on', 'help off', 'share off', 'welcome off']) await X.command(c);
  await settle(page);
  await shot('sidebar-details-table');
  await X.command('help on'); await page.waitForTimeout(300); await shot('help'); await X.command('help off');
  await X.command('panel table off');
  await X.command('share on'); await page.waitForTimeout(300); await shot('share'); await X.command('share off');
  await X.command('welcome on'); await page.waitForTimeout(300); await shot('welcome'); await X.command('welcome off');
  const tours = (await X.state()).tours || [];
  await X.command('tour ' + (typeof tours[0] === 'string' ? tours[0] : tours[0].id));
  await X.command('next');
  await settle(page);
  await shot('tour');
  await X.command('tour none');
  await X.command('edit on');
  await X.command('select accio');
  await page.waitForTimeout(300);
  await shot('edit-form');
  await X.command('select-add coopcycle');
  await X.command('select-add barcelona-activa');
  await page.waitForTimeout(300);
  await shot('group-form');
  // A refused edit: its notice says why in the language (the code's sentence).
  await page.evaluate(() => window.explorer.command('set-selection kind "no-such-kind"'));
  await X.command('set actor accio name ""');
  await page.waitForTimeout(300);
  await X.command('edit off');
  await X.command('select none');
  const r = await page.evaluate((text) => window.explorer.openFiles([{ name: 'problems.csv', data: text }]), badCsv);
  await page.waitForTimeout(600);
  await shot('import-preview');
  await X.command('import cancel');
  await page.waitForTimeout(300);
  return r;
}

for (const lang of only) {
  await test(`every panel in ${lang} at 100 % and 200 %`, async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-US' });
    const page = await context.newPage();
    const watch = watchPage(page, origin);
    const X = explorerOf(page);
    await openApp(page, origin + '/index.html');
    const r = await X.command('language ' + lang);
    assert(r.ok, JSON.stringify(r));
    await page.waitForFunction((l) => window.explorer.state().language === l, lang, { timeout: 15000 });
    if (lang === 'ko') await page.waitForFunction(() => window.explorer.state().fonts.hangul === 'ready', null, { timeout: 20000 });
    for (const scale of [100, 200]) await panels(page, X, lang, scale);
    await X.command('scale 100');
    await context.close();
    // The phone layout: the menu open, then a sheet.
    const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, locale: 'en-US' });
    const p = await phone.newPage();
    const Xp = explorerOf(p);
    await openApp(p, origin + '/index.html#lang=' + lang);
    await p.waitForFunction((l) => window.explorer.state().language === l, lang, { timeout: 15000 });
    if (lang === 'ko') await p.waitForFunction(() => window.explorer.state().fonts.hangul === 'ready', null, { timeout: 20000 });
    await Xp.command('welcome off');
    await Xp.command('select accio');
    await Xp.command('panel details on');
    await p.waitForTimeout(800);
    await screenshot(p, `panels-${lang}-phone-details.png`);
    await Xp.command('panel details off');
    await p.waitForTimeout(300);
    const t = ((await Xp.state()).targets || {}).menu;
    if (t) {
      await p.touchscreen.tap(t.x + t.w / 2, t.y + t.h / 2);
      await p.waitForTimeout(500);
      await screenshot(p, `panels-${lang}-phone-menu.png`);
    }
    await phone.close();
    assert(watch.pageErrors.length === 0, `page errors: ${watch.pageErrors.join(' | ')}`);
  });
}

await env.close();
process.exit(finish());
