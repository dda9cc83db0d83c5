// korean_test.mjs SITE: the Korean font is loaded only when needed (issue 18). An English first load requests no font
// file; `language ko` fetches fonts/Hangul-subset.ttf exactly once and the tour caption is then drawn in Hangul: its
// pixels differ from the English caption's, and from the same Korean caption drawn without the font (the request
// blocked: ImGui's fallback glyphs), and carry more ink than those fallbacks (Hangul syllables are dense). Switching
// back to English and again to Korean fetches nothing more. Screenshots in tests/web/artifacts/korean-*.png.
import { launch, watchPage, assert, runner, openApp, explorerOf, artifacts } from './harness.mjs';
import { decodePng } from './png.mjs';
import path from 'node:path';

const site = process.argv[2] || 'build/web/site';
const env = await launch(site);
const { origin, browser } = env;
const { test, finish } = runner('korean test');

const FONT = /\/fonts\/Hangul-subset\.ttf(\?|$)/;
const ANY_FONT = /\.(ttf|otf|woff2?)(\?|$)/;

// The tour caption's area (bottom middle of the page): a screenshot of it, decoded.
async function captionShot(page, name) {
  const vp = page.viewportSize();
  const clip = { x: Math.round(vp.width * 0.25), y: vp.height - 250, width: Math.round(vp.width * 0.5), height: 230 };
  return decodePng(await page.screenshot({ path: path.join(artifacts, name), clip }));
}

// Share of pixels that differ (any channel by more than 40) between two images of the same size.
function differingShare(a, b) {
  assert(a.width === b.width && a.height === b.height, 'images of different sizes');
  let n = 0;
  for (let i = 0; i < a.pixels.length; i += a.channels) {
    let d = 0;
    for (let c = 0; c < 3; c++) d = Math.max(d, Math.abs(a.pixels[i + c] - b.pixels[i + c]));
    if (d > 40) n++;
  }
  return n / (a.width * a.height);
}

// Dark pixels (text ink on the light caption): luminance below 110.
function ink(img) {
  let n = 0;
  for (let i = 0; i < img.pixels.length; i += img.channels) {
    const y = 0.299 * img.pixels[i] + 0.587 * img.pixels[i + 1] + 0.114 * img.pixels[i + 2];
    if (y < 110) n++;
  }
  return n;
}

async function quiet(page) {
  await page.waitForFunction(() => window.explorer.state().settled && !window.explorer.state().moving, null, { timeout: 20000 });
  await page.waitForTimeout(400);  // the app draws a few frames after the last change, then sleeps
}

const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
const page = await context.newPage();
const watch = watchPage(page, origin);
const X = explorerOf(page);
let english = null, korean = null;

await test('an English first load requests no font file and no translations', async () => {
  await openApp(page, origin + '/index.html');
  await page.waitForTimeout(1500);
  const fonts = watch.requests.filter((u) => ANY_FONT.test(u) || /\/translations\//.test(u));
  assert(fonts.length === 0, `font or translation requests: ${fonts.join(', ')}`);
  const s = await X.state();
  assert(s.language === 'en' && s.fonts && s.fonts.hangul === 'none' && s.contentTranslations === 'none',
    `state: ${s.language} ${JSON.stringify(s.fonts)} ${s.contentTranslations}`);
  console.log(`         requests: ${watch.requests.map((u) => u.replace(origin, '')).join(' ')}`);
});

await test('language ko fetches the Korean font once and the caption is drawn in Hangul', async () => {
  for (const c of ['welcome off', 'tour silk-brief', 'step 3']) assert((await X.command(c)).ok, c);
  await quiet(page);
  english = await captionShot(page, 'korean-00-caption-en.png');
  const t0 = Date.now();
  assert((await X.command('language ko')).ok, 'language ko');
  await page.waitForFunction(() => {
    const s = window.explorer.state();
    return !['none', 'loading'].includes(s.fonts.hangul) && !['none', 'loading'].includes(s.contentTranslations);
  }, null, { timeout: 20000 });
  // The next frame after the merge draws Hangul: wait for two animation frames.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const appeared = Date.now() - t0;
  const s = await X.state();
  assert(s.fonts.hangul === 'ready' && s.contentTranslations === 'ready', `font: ${s.fonts.hangul}, translations: ${s.contentTranslations}`);
  await page.waitForTimeout(400);
  korean = await captionShot(page, 'korean-01-caption-ko.png');
  await page.screenshot({ path: path.join(artifacts, 'korean-01-page-ko.png') });
  const fetched = watch.requests.filter((u) => FONT.test(u));
  assert(fetched.length === 1, `font requests: ${fetched.length}`);
  const diff = differingShare(english, korean);
  console.log(`         Hangul on screen ${appeared} ms after 'language ko'; caption differs from English in ${(diff * 100).toFixed(1)} % of its pixels; ink en ${ink(english)}, ko ${ink(korean)}`);
  assert(diff > 0.02, `the Korean caption looks like the English one (${(diff * 100).toFixed(2)} % differ)`);
});

await test('the Hangul is real glyphs, not the fallback drawn when the font is missing', async () => {
  // No service worker: its own fetches would pass by the page's route that blocks the font.
  const blocked = await browser.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: 'block' });
  const p2 = await blocked.newPage();
  await p2.route(FONT, (route) => route.abort());
  const X2 = explorerOf(p2);
  await openApp(p2, origin + '/index.html');
  for (const c of ['welcome off', 'tour silk-brief', 'step 3', 'language ko']) assert((await X2.command(c)).ok, c);
  await p2.waitForFunction(() => window.explorer.state().fonts.hangul === 'failed' && window.explorer.state().contentTranslations === 'ready',
    null, { timeout: 20000 });
  await quiet(p2);
  const fallback = await captionShot(p2, 'korean-02-caption-ko-without-font.png');
  const diff = differingShare(korean, fallback), inkKo = ink(korean), inkFallback = ink(fallback);
  console.log(`         with the font vs without: ${(diff * 100).toFixed(1)} % of pixels differ; ink ${inkKo} vs ${inkFallback}`);
  assert(diff > 0.02, `the caption looks the same with and without the font (${(diff * 100).toFixed(2)} %)`);
  assert(inkKo > inkFallback * 1.3, `Hangul should carry more ink than fallback glyphs: ${inkKo} vs ${inkFallback}`);
  await blocked.close();
});

await test('the details panel shows a case in Korean, marked as a translation, with the original one command away', async () => {
  for (const c of ['tour none', 'case coopcycle']) assert((await X.command(c)).ok, c);
  await quiet(page);
  const shot = async (name) => decodePng(await page.screenshot({ path: path.join(artifacts, name), clip: { x: 880, y: 40, width: 400, height: 700 } }));
  const ko = await shot('korean-03-details-ko.png');
  assert((await X.command('original on')).ok, 'original on');
  await page.waitForTimeout(400);
  assert((await X.state()).showOriginal === true, 'showOriginal');
  const original = await shot('korean-04-details-original.png');
  const diff = differingShare(ko, original);
  assert(diff > 0.02, `the original looks like the translation (${(diff * 100).toFixed(2)} %)`);
  assert((await X.command('original off')).ok, 'original off');
  await page.screenshot({ path: path.join(artifacts, 'korean-05-page-case-ko.png') });
});

await test('back to English and again to Korean: the font is not fetched again', async () => {
  for (const c of ['language en', 'tour silk-brief', 'step 3']) assert((await X.command(c)).ok, c);
  await quiet(page);
  const en2 = await captionShot(page, 'korean-06-caption-en-again.png');
  assert(differingShare(english, en2) < 0.01, 'the English caption is drawn as before');
  assert((await X.command('language ko')).ok, 'language ko');
  await quiet(page);
  const ko2 = await captionShot(page, 'korean-07-caption-ko-again.png');
  assert(differingShare(korean, ko2) < 0.01, 'the Korean caption is drawn as before');
  const fetched = watch.requests.filter((u) => FONT.test(u));
  assert(fetched.length === 1, `font requests: ${fetched.length}`);
  assert(watch.pageErrors.length === 0, `page errors: ${watch.pageErrors.join('; ')}`);
  assert(watch.outside.length === 0, `requests outside the origin: ${watch.outside.join(', ')}`);
});

await test('a Korean room types Hangul through an input method into the search box and finds the actor', async () => {
  // A fresh page in English: typing Hangul brings the Korean font, as Hangul in the data does.
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const p3 = await ctx.newPage();
  const X3 = explorerOf(p3);
  await openApp(p3, origin + '/index.html');
  // KOICA's own Korean name (the data set may translate actor names: data/README.md, "Translations").
  const set = await X3.command('set actor koica translations {"ko": {"name": "한국국제협력단"}}');
  assert(set.ok, `set translations: ${set.message}`);
  for (const c of ['welcome off', 'select none']) assert((await X3.command(c)).ok, c);
  assert((await X3.state()).fonts.hangul === 'none', 'no Korean font yet');
  await p3.mouse.click(640, 450);  // the canvas has the keyboard, not a panel
  await p3.keyboard.press('/');
  // The search box opened: the page's textarea for input methods takes the keyboard (web/ime.js).
  await p3.waitForFunction(() => document.activeElement && document.activeElement.id === 'ime', null, { timeout: 5000 });
  // What a Korean IME does: a syllable composed (shown where the user types), then the text committed.
  const cdp = await ctx.newCDPSession(p3);
  await cdp.send('Input.imeSetComposition', { text: '국', selectionStart: 1, selectionEnd: 1 });
  await p3.waitForTimeout(200);
  await p3.screenshot({ path: path.join(artifacts, 'korean-08-ime-composing.png') });
  const composing = await p3.evaluate(() => getComputedStyle(document.getElementById('ime')).opacity);
  assert(composing === '1', `the syllable being composed is shown (opacity ${composing})`);
  await cdp.send('Input.insertText', { text: '국제협력' });
  await p3.waitForFunction(() => window.explorer.state().fonts.hangul === 'ready', null, { timeout: 20000 });
  await p3.waitForTimeout(400);
  await p3.screenshot({ path: path.join(artifacts, 'korean-09-ime-typed.png') });
  await p3.keyboard.press('Enter');
  await p3.waitForFunction(() => window.explorer.state().selected === 'koica', null, { timeout: 5000 })
    .catch(async () => { throw new Error(`selected: ${(await X3.state()).selected}`); });
  const r = await X3.command('search 한국국제');
  assert(r.ok && r.id === 'koica', `search command: ${JSON.stringify(r)}`);
  // Latin keys still reach the box once each (not also through the textarea).
  assert((await X3.command('select none')).ok, 'select none');
  await p3.mouse.click(640, 450);
  await p3.keyboard.press('/');
  await p3.waitForFunction(() => document.activeElement && document.activeElement.id === 'ime', null, { timeout: 5000 });
  await p3.keyboard.type('kosea', { delay: 30 });
  await p3.keyboard.press('Enter');
  await p3.waitForFunction(() => window.explorer.state().selected === 'kosea', null, { timeout: 5000 })
    .catch(async () => { throw new Error(`typed 'kosea', selected: ${(await X3.state()).selected}`); });
  await ctx.close();
});

await env.close();
process.exit(finish());
