// firefox_test.mjs: the web build in the second engine the README promises, Gecko (Debian's firefox-esr), driven
// through WebDriver BiDi by puppeteer-core. Run under Xvfb (headless Firefox has no WebGL here): the app starts and
// draws, finds an actor with the real keyboard ("/", typing, Enter), a click on the canvas selects what is under
// it, the hash keeps the view across a reload, Ctrl+V pastes the system clipboard's cells into the table, and the
// console stays clean. Screenshot:
// tests/web/artifacts/firefox.png.
// Usage: xvfb-run -a node tests/web/firefox_test.mjs [SITE_DIR]   (default build/web/site)
import fs from 'node:fs';
import puppeteer from 'puppeteer-core';
import { startServer } from '../../scripts/static_server.mjs';
import { artifacts, assert, runner } from './harness.mjs';
import { decodePng, pixelStats } from './png.mjs';

const site = process.argv[2] || 'build/web/site';
const { test, finish } = runner('firefox');
fs.mkdirSync(artifacts, { recursive: true });
const server = await startServer(site, 0);
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await puppeteer.launch({
  browser: 'firefox',
  executablePath: process.env.FIREFOX || '/usr/bin/firefox-esr',
  headless: false,  // under Xvfb: headless Firefox has no WebGL on this machine
  protocol: 'webDriverBiDi',
  defaultViewport: { width: 1280, height: 800 },
  extraPrefsFirefox: { 'browser.shell.checkDefaultBrowser': false, 'datareporting.policy.dataSubmissionEnabled': false },
});
const page = await browser.newPage();
const problems = [];
page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warn') problems.push(`${m.type()}: ${m.text()}`); });
page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
const state = () => page.evaluate(() => window.explorer.state());
const command = (text) => page.evaluate((t) => window.explorer.command(t), text);
async function waitFor(predicate, what, timeout = 15000) {
  const t0 = Date.now();
  for (;;) {
    const s = await state();
    if (predicate(s)) return s;
    if (Date.now() - t0 > timeout) throw new Error(`timed out waiting for ${what}: selected ${s.selected}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

await test('the app starts in Firefox with WebGL 2 and draws the bundled map', async () => {
  await page.goto(`${origin}/index.html`);
  await page.waitForFunction(() => window.explorer && window.explorer.ready === true, { timeout: 60000 });
  const s = await state();
  assert(s.actors > 50 && s.links > 50, `data: ${s.actors} actors, ${s.links} links`);
  assert((await command('welcome off')).ok, 'welcome off');
  await new Promise((r) => setTimeout(r, 500));
  const file = `${artifacts}/firefox.png`;
  await page.screenshot({ path: file });
  const stats = pixelStats(decodePng(fs.readFileSync(file)));
  assert(stats.distinctColours > 50 && stats.nonBackgroundShare > 0.05, `a drawn picture: ${JSON.stringify(stats)}`);
});

await test('the real keyboard: "/" then a name and Enter selects the actor', async () => {
  await page.mouse.click(640, 400);
  await page.keyboard.press('Escape');
  await page.keyboard.press('/');
  await new Promise((r) => setTimeout(r, 400));
  await page.keyboard.type('CoopCycle', { delay: 30 });
  await new Promise((r) => setTimeout(r, 300));
  await page.keyboard.press('Enter');
  await waitFor((s) => s.selected === 'coopcycle', 'CoopCycle selected by typing');
});

await test('a click on an actor selects it', async () => {
  assert((await command('select none')).ok && (await command('fit')).ok, 'select none, fit');
  await new Promise((r) => setTimeout(r, 1200));  // the camera's flight to the whole map
  const at = await command('locate accio');
  assert(at.ok, `locate: ${at.message}`);
  await page.mouse.move(at.x, at.y, { steps: 4 });
  await new Promise((r) => setTimeout(r, 250));
  await page.mouse.click(at.x, at.y);
  await waitFor((s) => s.selected === 'accio', 'ACCIÓ selected by a click');
  await page.screenshot({ path: `${artifacts}/firefox-selected.png` });
});

await test('the view is in the URL hash and a reload restores it', async () => {
  assert((await command('layout geographic')).ok, 'layout');
  await new Promise((r) => setTimeout(r, 1500));  // the hash is written a moment after the view settles
  const hash = await page.evaluate(() => window.location.hash);
  assert(/accio/.test(hash), `hash: ${hash}`);
  await page.reload();
  await page.waitForFunction(() => window.explorer && window.explorer.ready === true, { timeout: 60000 });
  const s = await waitFor((t) => t.selected === 'accio', 'the selection after reload');
  assert(s.layout === 'geographic', `layout after reload: ${s.layout}`);
});

await test('Ctrl+V pastes spreadsheet cells from the system clipboard into the table (edit mode)', async () => {
  for (const c of ['edit on', 'panel table on', 'table-cell actors accio level']) assert((await command(c)).ok, c);
  await page.mouse.click(640, 120);  // a user gesture, which Firefox asks before a page may write the clipboard
  await page.evaluate(() => navigator.clipboard.writeText('national'));
  const s0 = await state();
  await page.keyboard.down('Control');
  await page.keyboard.press('v');
  await page.keyboard.up('Control');
  const s = await waitFor((t) => t.document.revision > s0.document.revision, 'the pasted cell');
  assert(s.notices.some((n) => /pasted 1 cell/.test(n)), `notice: ${JSON.stringify(s.notices)}`);
  assert((await command('undo')).ok && (await command('edit off')).ok, 'undo, edit off');
});

await test('no console error, warning or page error', async () => {
  assert(problems.length === 0, problems.join('\n').slice(0, 800));
});

await browser.close();
server.close();
process.exit(finish());
