// share_test.mjs SITE: the Share panel (command `share on|off`) draws the current view's link as a QR code that a
// real reader (the jsqr package) decodes from a screenshot, in every theme and on a phone-sized screen; the link
// opened in a second page restores the view; Esc closes the panel.
import jsQR from 'jsqr';
import { launch, watchPage, assert, runner, openApp, explorerOf, artifacts } from './harness.mjs';
import { decodePng } from './png.mjs';
import path from 'node:path';

const site = process.argv[2] || 'build/web/site';
const env = await launch(site);
const { origin, browser } = env;
const { test, finish } = runner('share test');

// Decodes the QR code in a screenshot of the page (saved as artifacts/NAME); null if none is found.
async function readCode(page, name) {
  const img = decodePng(await page.screenshot({ path: path.join(artifacts, name) }));
  let rgba = img.pixels;
  if (img.channels === 3) {
    rgba = new Uint8ClampedArray(img.width * img.height * 4);
    for (let i = 0, j = 0; i < img.pixels.length; i += 3, j += 4) {
      rgba[j] = img.pixels[i]; rgba[j + 1] = img.pixels[i + 1]; rgba[j + 2] = img.pixels[i + 2]; rgba[j + 3] = 255;
    }
  }
  const code = jsQR(new Uint8ClampedArray(rgba), img.width, img.height, { inversionAttempts: 'dontInvert' });
  return code ? code.data : null;
}

// Lets the app draw what a command or a resize changed (it stops drawing once nothing moves, so wait for time,
// not for a number of frames).
async function waitFrames(page) {
  await page.waitForTimeout(500);
}

const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
const page = await context.newPage();
const watch = watchPage(page, origin);
const X = explorerOf(page);
let shared = null;

await test('share on: the QR code in the screenshot reads back as the current view\'s URL', async () => {
  await openApp(page, origin + '/index.html');
  for (const c of ['layout geographic', 'select accio', 'focus 2']) assert((await X.command(c)).ok, c);
  await page.waitForFunction(() => window.explorer.state().settled && !window.explorer.state().moving, null, { timeout: 20000 });
  let s = await X.state();
  assert(s.share && s.share.open === false && s.share.url === null, `share before: ${JSON.stringify(s.share)}`);
  const r = await X.command('share on');
  assert(r.ok, JSON.stringify(r));
  await waitFrames(page);
  s = await X.state();
  assert(s.share.open && s.share.url && s.share.url.startsWith(origin + '/index.html#'), `share: ${JSON.stringify(s.share)}`);
  assert(/select=accio/.test(s.share.url) && /layout=geographic/.test(s.share.url), s.share.url);
  const read = await readCode(page, 'share-01-light.png');
  assert(read === s.share.url, `decoded ${JSON.stringify(read)}, expected ${s.share.url}`);
  // The page's own address follows the view too (synced a few times a second): the same link.
  await page.waitForFunction((u) => window.location.href === u, s.share.url, { timeout: 5000 });
  shared = s.share.url;
  console.log(`         decoded ${read}`);
});

await test('the code stays readable in the dark and high-contrast themes and at 250 % interface size', async () => {
  for (const [cmd, name] of [['theme dark', 'share-02-dark.png'], ['theme high-contrast', 'share-03-high-contrast.png'],
    ['scale 250', 'share-04-scale-250.png']]) {
    assert((await X.command(cmd)).ok, cmd);
    await waitFrames(page);
    const read = await readCode(page, name);
    assert(read === shared, `${cmd}: decoded ${JSON.stringify(read)}`);
  }
  await X.command('theme light');
  await X.command('scale 100');
});

await test('on a 390 x 844 phone screen the code is still read', async () => {
  await page.setViewportSize({ width: 390, height: 844 });
  await waitFrames(page);
  const s = await X.state();
  const read = await readCode(page, 'share-05-phone.png');
  assert(read === s.share.url, `decoded ${JSON.stringify(read)}, expected ${s.share.url}`);
  await page.setViewportSize({ width: 1280, height: 800 });
  await waitFrames(page);
});

await test('the decoded link opened in a second page restores the view', async () => {
  const ctx2 = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const p2 = await ctx2.newPage();
  await openApp(p2, shared);
  const s = await p2.evaluate(() => window.explorer.state());
  assert(s.layout === 'geographic' && s.selected === 'accio' && s.focusDepth === 2, `second page: ${JSON.stringify({ l: s.layout, sel: s.selected, f: s.focusDepth })}`);
  assert(s.share.open === false, 'the second page opened its own share panel');
  await p2.waitForTimeout(400);
  await p2.screenshot({ path: path.join(artifacts, 'share-06-followed-on-phone.png') });
  await ctx2.close();
});

await test('Esc closes the panel (keyboard), share off too; no console problem, no request outside', async () => {
  await page.keyboard.press('Escape');
  await waitFrames(page);
  let s = await X.state();
  assert(s.share.open === false && s.share.url === null, `after Esc: ${JSON.stringify(s.share)}`);
  assert(s.selected === 'accio', 'Esc closed more than the share panel');
  assert((await X.command('share on')).ok && (await X.state()).share.open, 'share on again');
  assert((await X.command('share off')).ok && !(await X.state()).share.open, 'share off');
  assert((await X.command('share sideways')).code === 'usage', 'share sideways accepted');
  assert(watch.problems.length === 0, `console: ${watch.problems.join(' | ')}`);
  assert(watch.outside.length === 0, `outside: ${watch.outside.join(' ')}`);
});

await env.close();
process.exit(finish());
