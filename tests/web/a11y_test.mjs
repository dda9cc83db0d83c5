// a11y_test.mjs SITE: the accessible mirror of the canvas (web/a11y.js, src/core/accessible_view.h).
//   - axe-core over the page (idle, with a selection and a tour step, and with the mirror in view): no serious or
//     critical violation;
//   - the accessibility tree (Playwright's ARIA snapshot) holds the selected actor's name, its links and the tour
//     caption after the corresponding commands, and the live region announces them;
//   - a keyboard-only run: search, select, read and follow a link, start the tour, next step, leave, back to the map.
import fs from 'node:fs';
import path from 'node:path';
import { launch, watchPage, assert, runner, openApp, explorerOf, artifacts } from './harness.mjs';

const site = process.argv[2] || 'build/web/site';
const env = await launch(site);
const { origin, browser } = env;
const { test, finish } = runner('a11y test');
const data = JSON.parse(fs.readFileSync('data/silk.json', 'utf8'));
const axeSource = fs.readFileSync('node_modules/axe-core/axe.min.js', 'utf8');
const tour = data.tours[0];

async function settle(page, ms = 400) { await page.waitForTimeout(ms); }

// Runs axe-core in the page; returns the serious and critical violations as text.
async function axeSerious(page) {
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => (await window.axe.run(document, { resultTypes: ['violations'] })).violations
    .map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 3) })));
  return { all: violations, serious: violations.filter((v) => v.impact === 'serious' || v.impact === 'critical') };
}

await test('axe-core: no serious or critical violation (idle, selection + tour, mirror in view)', async () => {
  // axe injects its script: this context alone lets it past the page's Content-Security-Policy.
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 }, bypassCSP: true });
  const page = await ctx.newPage();
  await openApp(page, origin + '/index.html');
  const X = explorerOf(page);
  await settle(page);
  let r = await axeSerious(page);
  assert(r.serious.length === 0, `idle: ${JSON.stringify(r.serious)}`);
  const minor = r.all.map((v) => `${v.id} (${v.impact})`);
  await X.command('select accio');
  await X.command(`tour ${tour.id}`);
  await X.command('next');
  await settle(page);
  r = await axeSerious(page);
  assert(r.serious.length === 0, `selection + tour: ${JSON.stringify(r.serious)}`);
  await page.focus('#a11y-search');
  await settle(page, 200);
  await page.screenshot({ path: path.join(artifacts, 'a11y-01-mirror-in-view.png') });
  r = await axeSerious(page);
  assert(r.serious.length === 0, `mirror in view: ${JSON.stringify(r.serious)}`);
  console.log(`         axe: no serious or critical violation; lesser ones: ${minor.join(', ') || 'none'}`);
  await ctx.close();
});

await test('accessibility tree: the selected actor, its links and the tour caption, announced politely', async () => {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await ctx.newPage();
  const watch = watchPage(page, origin);
  await openApp(page, origin + '/index.html');
  const X = explorerOf(page);
  assert((await X.command('select accio')).ok, 'select accio');
  await page.waitForFunction(() => /Selected: /.test(document.getElementById('a11y-live').textContent), null, { timeout: 5000 });
  const accio = data.actors.find((a) => a.id === 'accio');
  const linked = data.links.filter((l) => l.from === 'accio' || l.to === 'accio')
    .map((l) => data.actors.find((a) => a.id === (l.from === 'accio' ? l.to : l.from)).name);
  assert(linked.length > 0, 'accio has no links in the data');
  let snap = await page.locator('body').ariaSnapshot();
  fs.writeFileSync(path.join(artifacts, 'a11y-02-snapshot-selected.yaml'), snap);
  assert(snap.includes(accio.name), `the snapshot lacks ${accio.name}`);
  for (const n of linked) assert(snap.includes(n), `the snapshot lacks the link to ${n}`);
  assert(/status/.test(snap), 'no status (live) region in the snapshot');
  const live = await page.locator('#a11y-live').textContent();
  assert(live.includes(accio.name) && linked.every((n) => live.includes(n)), `live region: ${live}`);
  assert(await page.locator('#a11y-live').getAttribute('aria-live') === 'polite', 'the live region is not polite');
  for (const a of data.actors.slice(0, 5)) assert(snap.includes(a.name), `actor list lacks ${a.name}`);

  await X.command(`tour ${tour.id}`);
  await X.command('next');
  const step = tour.steps[1];
  await page.waitForFunction((t) => document.getElementById('a11y-live').textContent.includes(t), step.title, { timeout: 5000 });
  snap = await page.locator('body').ariaSnapshot();
  fs.writeFileSync(path.join(artifacts, 'a11y-03-snapshot-tour.yaml'), snap);
  const caption = step.text.slice(0, 60);
  assert(snap.includes(step.title), `the snapshot lacks the step title ${step.title}`);
  assert(snap.includes(caption), `the snapshot lacks the caption "${caption}"`);
  assert((await page.locator('#a11y-live').textContent()).includes(caption), 'the live region did not read the caption');
  assert(watch.problems.length === 0, `console: ${watch.problems.join(' | ')}`);
  await ctx.close();
});

await test('keyboard only: search, select, read and follow a link, start the tour, next step, leave, back to the map', async () => {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await ctx.newPage();
  await openApp(page, origin + '/index.html#layout=levels');  // a link: no welcome dialog
  const X = explorerOf(page);
  const active = () => page.evaluate(() => {
    const a = document.activeElement;
    return { id: a && a.id, tag: a && a.tagName, text: a ? a.textContent : '', inMirror: !!(a && a.closest('#a11y')) };
  });
  // Presses Tab until the focused element's text matches, at most n times.
  async function tabTo(re, n = 40) {
    for (let i = 0; i < n; ++i) {
      await page.keyboard.press('Tab');
      const a = await active();
      if (re.test(a.text)) return a;
    }
    throw new Error(`Tab never reached ${re}`);
  }
  await page.keyboard.press('Tab');
  let a = await active();
  assert(a.id === 'a11y-search' && a.inMirror, `first Tab: ${JSON.stringify(a)}`);
  await page.keyboard.type('accio');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => window.explorer.state().selected === 'accio', null, { timeout: 5000 });
  // The links of the selection, read as buttons; Enter on one selects the actor at its other end.
  const link = data.links.find((l) => l.from === 'accio' || l.to === 'accio');
  const otherId = link.from === 'accio' ? link.to : link.from;
  const other = data.actors.find((x) => x.id === otherId);
  a = await tabTo(new RegExp('^' + other.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') + ': '));
  await page.screenshot({ path: path.join(artifacts, 'a11y-04-keyboard-link.png') });
  await page.keyboard.press('Enter');
  await page.waitForFunction((id) => window.explorer.state().selected === id, otherId, { timeout: 5000 });
  // The mirror is rebuilt at the app's next frame; the focus then lands on the new actor's name.
  await page.waitForFunction((n) => document.activeElement && document.activeElement.textContent === n, other.name, { timeout: 3000 })
    .catch(() => {});
  a = await active();
  assert(a.inMirror && a.text === other.name, `after following the link the focus is on ${JSON.stringify(a)}`);
  await tabTo(/^Start the guided tour$/);
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => window.explorer.state().tour && window.explorer.state().tour.step === 1, null, { timeout: 5000 });
  await tabTo(/^Next step$/);
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => window.explorer.state().tour && window.explorer.state().tour.step === 2, null, { timeout: 5000 });
  await page.waitForTimeout(200);  // the tour box is rebuilt at the next frame
  a = await active();
  assert(a.text === 'Next step', `focus after Next: ${JSON.stringify(a)}`);
  await page.keyboard.press('Enter');  // still on Next: step 3
  await page.waitForFunction(() => window.explorer.state().tour.step === 3, null, { timeout: 5000 });
  await page.screenshot({ path: path.join(artifacts, 'a11y-05-keyboard-tour.png') });
  await tabTo(/^Leave the tour$/);
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => window.explorer.state().tour === null, null, { timeout: 5000 });
  // The actor list: one tab stop, arrows move, Enter selects.
  await tabTo(/\(.*level/);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  a = await active();
  await page.keyboard.press('Enter');
  const second = data.actors[2];
  await page.waitForFunction((id) => window.explorer.state().selected === id, second.id, { timeout: 5000 });
  assert(a.text.startsWith(second.name), `arrow keys reached ${a.text}`);
  // Escape leaves the mirror; the app's own keys work again (Esc clears the selection).
  await page.keyboard.press('Escape');
  a = await active();
  assert(!a.inMirror, `Escape left the focus in the mirror: ${JSON.stringify(a)}`);
  const before = await X.state();
  assert(before.selected === second.id, 'Escape in the mirror changed the selection');
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => window.explorer.state().selected === null, null, { timeout: 5000 });
  await ctx.close();
});

await env.close();
process.exit(finish());
