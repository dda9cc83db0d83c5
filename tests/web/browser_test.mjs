// browser_test.mjs: the real web build in Debian's Chromium (WebGL2 through SwiftShader), driven by Playwright
// with the real mouse, checked through window.explorer.state() and screenshots.
// Usage: node tests/web/browser_test.mjs [SITE_DIR]   (default build/web/site). Screenshots: tests/web/artifacts/.
import path from 'node:path';
import { artifacts, assert, emptySpot as findEmptySpot, explorerOf, launch, runner, screenshot as shot, watchPage } from './harness.mjs';

const site = process.argv[2] || 'build/web/site';
const { test, finish } = runner('browser', { always: /loads and draws/ });

const { server, origin, browser } = await launch(site);
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
const watch = watchPage(page, origin);
const consoleProblems = watch.problems, outsideRequests = watch.outside;

const { state, command } = explorerOf(page);
const screenshot = (name) => shot(page, name);

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

const emptySpot = () => findEmptySpot(command);

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
  const id = target || (await command('search a')).id;
  await command('select none');
  const loc = await command(`locate ${id}`);
  assert(loc.ok, loc.message);
  const { x, y } = loc;
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
  const { x, y } = await command('locate accio');
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
    await page.waitForFunction(() => { const s = window.explorer.state(); return s.settled && !s.moving; }, null, { timeout: 10000 });
    await page.waitForTimeout(200);
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

await test('a tour runs from the keyboard: Right and Left change the step, Esc leaves', async () => {
  await command('panel table off');
  await command('select none');
  const tours = (await state()).tours;
  assert(Array.isArray(tours) && tours.includes('silk-brief'), `tours: ${JSON.stringify(tours)}`);
  let r = await command('tour silk-brief');
  assert(r.ok, r.message);
  let s = await state();
  assert(s.tour && s.tour.id === 'silk-brief' && s.tour.step === 1 && s.tour.steps >= 8, JSON.stringify(s.tour));
  const spot = await emptySpot();
  await page.mouse.click(spot.x, spot.y);  // keyboard focus on the canvas, as a presenter's first click does
  await page.waitForTimeout(150);
  await page.keyboard.press('ArrowRight');
  await page.waitForTimeout(250);
  s = await state();
  assert(s.tour.step === 2, `Right did not go to step 2: ${JSON.stringify({ tour: s.tour, wake: s.lastWake, sel: s.selected })}`);
  await page.keyboard.press('PageDown');  // what clickers send
  await page.waitForTimeout(150);
  assert((await state()).tour.step === 3, 'PageDown did not go to step 3');
  await page.keyboard.press('ArrowLeft');
  await page.waitForTimeout(150);
  assert((await state()).tour.step === 2, 'Left did not go back to step 2');
  await page.keyboard.press('End');
  await page.waitForTimeout(150);
  s = await state();
  assert(s.tour.step === s.tour.steps, 'End did not go to the last step');
  await page.keyboard.press('Home');
  await page.waitForTimeout(150);
  assert((await state()).tour.step === 1, 'Home did not go to the first step');
  r = await command('step 99');
  assert(!r.ok && /does not exist/.test(r.message), r.message);
  await page.keyboard.press('Escape');
  await page.waitForTimeout(150);
  assert((await state()).tour === null, 'Esc did not leave the tour');
});

await test('the URL hash follows the view, and Back / Forward move through tour steps', async () => {
  await command('tour silk-brief');
  await page.waitForTimeout(600);
  await command('next');
  await page.waitForTimeout(600);
  await command('next');
  await page.waitForTimeout(600);
  let hash = await page.evaluate(() => window.location.hash);
  assert(/tour=silk-brief/.test(hash) && /step=3/.test(hash), `hash after two steps: ${hash}`);
  const stateHash = (await state()).hash;  // the URL follows the camera too, so compare what is stable
  assert(/^#/.test(stateHash) && /tour=silk-brief/.test(stateHash) && /step=3/.test(stateHash), `state().hash: ${stateHash}`);
  await page.goBack();
  await page.waitForTimeout(500);
  assert((await state()).tour.step === 2, `Back: step ${(await state()).tour.step}`);
  await page.goBack();
  await page.waitForTimeout(500);
  assert((await state()).tour.step === 1, `Back again: step ${(await state()).tour.step}`);
  await page.goForward();
  await page.waitForTimeout(500);
  assert((await state()).tour.step === 2, `Forward: step ${(await state()).tour.step}`);
  await command('tour none');
});

await test('a deep link opens exactly its view, in a fresh page', async () => {
  const deep = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const problems = [];
  deep.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') problems.push(m.text()); });
  deep.on('pageerror', (e) => problems.push(e.message));
  await deep.goto(origin + '/index.html#tour=silk-brief&step=4&filter.level=regional,local&showcase=on');
  await deep.waitForFunction(() => window.explorer && window.explorer.ready === true, null, { timeout: 30000 });
  await deep.waitForTimeout(800);
  const s = await deep.evaluate(() => window.explorer.state());
  assert(s.tour && s.tour.id === 'silk-brief' && s.tour.step === 4, `deep link tour: ${JSON.stringify(s.tour)}`);
  assert(JSON.stringify(s.filters.level) === '["regional","local"]', `deep link filters: ${JSON.stringify(s.filters.level)}`);
  assert(s.welcome === false, 'a shared link should go straight to its view, without the welcome');
  await deep.screenshot({ path: path.join(artifacts, '09-deep-link-step-4.png') });
  // An outdated or broken link never breaks the page: what is not understood is ignored with a notice.
  await deep.goto(origin + '/index.html#layout=spiral&select=nobody&%E0%A4=1&camera=1,2');
  await deep.waitForFunction(() => window.explorer && window.explorer.ready === true, null, { timeout: 30000 });
  await deep.waitForTimeout(300);
  const t = await deep.evaluate(() => window.explorer.state());
  assert(t.layout === 'levels' && t.selected === null, `broken link: ${t.layout} ${t.selected}`);
  assert(t.notices.length >= 3, `notices: ${JSON.stringify(t.notices)}`);
  await deep.screenshot({ path: path.join(artifacts, '10-broken-link-notice.png') });
  await deep.close();
  assert(problems.length === 0, `console in the deep-link page: ${problems.join(' | ')}`);
});

await test('presenting at 1920x1080 and 200% scale, high contrast: crisp large caption', async () => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await command('scale 200');
  await command('theme high-contrast');
  await command('tour silk-brief');
  await command('step 5');
  await command('present on');
  await page.waitForTimeout(5000);  // links of this step are revealed one by one
  const s = await state();
  assert(s.scale === 200 && s.theme === 'high-contrast' && s.presenting === true, JSON.stringify({ scale: s.scale, theme: s.theme, presenting: s.presenting }));
  const stats = await screenshot('11-present-1920x1080-200pct.png');
  assert(stats.distinctColours > 50, `only ${stats.distinctColours} colours`);
  const help = await command('help on');
  assert(help.ok && (await state()).help === true, 'help on');
  await page.waitForTimeout(300);
  await screenshot('12-help-overlay.png');
  await command('help off');
  await command('present off');
  await command('tour none');
  await command('scale 100');
  await command('theme light');
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.waitForTimeout(300);
  assert((await state()).scale === 100, 'scale back to 100');
});

await test('when nothing moves, the app stops redrawing; input wakes it', async () => {
  // Animations are timed by frame (at most 0.1 s a frame), so on a loaded machine drawing ~3 frames a second
  // the last ones can take a few seconds: wait for the app to go idle, up to 20 s, then insist it stays idle.
  await page.waitForFunction(() => !window.explorer.state().moving, null, { timeout: 20000 });
  let f0 = (await state()).frame, f1 = f0;
  for (let i = 0; i < 20; i++) {
    await page.waitForTimeout(1000);
    f1 = (await state()).frame;
    if (f1 - f0 <= 2) break;
    f0 = f1;
  }
  assert(f1 - f0 <= 2, `still drawing while idle: ${f1 - f0} frames in 1 s after 20 s; state ${JSON.stringify(await state())}`);
  await page.mouse.move(700, 500);
  await page.mouse.move(720, 520);
  await page.waitForTimeout(300);
  const f2 = (await state()).frame;
  assert(f2 > f1, 'moving the mouse did not wake the app');
});

await test('dragging an actor moves it; R (reset view) puts it back and frames everything', async () => {
  await command('welcome off');
  await command('present off');
  await command('layout levels');
  await command('select none');
  await page.waitForFunction(() => { const s = window.explorer.state(); return s.settled && !s.moving; }, null, { timeout: 10000 });
  await command('fit');
  await page.waitForFunction(() => !window.explorer.state().moving, null, { timeout: 10000 });
  const fitted = (await state()).camera;
  const { x, y } = await command('locate accio');
  await page.mouse.move(x, y);
  await page.waitForTimeout(100);  // hovered first, as a person's pointer would be
  await page.mouse.down();
  for (let i = 1; i <= 8; i++) await page.mouse.move(x + i * 10, y - i * 12);
  await page.mouse.up();
  await page.waitForTimeout(150);
  const { x: x1, y: y1 } = await command('locate accio');
  assert(Math.hypot(x1 - x - 80, y1 - y + 96) < 4, `accio drawn at (${x1}, ${y1}) after the drag, expected (${x + 80}, ${y - 96})`);
  await page.mouse.move(x1 + 200, y1 + 200);  // off the actor, so the key is not mistaken for anything else
  await page.mouse.wheel(0, -240);            // and the camera no longer fitted
  await page.keyboard.press('r');
  await page.waitForFunction(() => { const s = window.explorer.state(); return s.settled && !s.moving; }, null, { timeout: 10000 });
  const { x: x2, y: y2 } = await command('locate accio');
  assert(Math.hypot(x2 - x, y2 - y) < 2, `after R accio is at (${x2}, ${y2}), expected back at (${x}, ${y})`);
  const cam = (await state()).camera;
  assert(Math.abs(cam.zoom - fitted.zoom) < 1e-6 * fitted.zoom, `zoom ${cam.zoom} is not the fitted ${fitted.zoom}`);
});

await test('the territory cue (ring by country, code by the name) can be turned off and on', async () => {
  assert((await state()).territoryCue === true, 'territory cue is off by default');
  await command('search accio');  // selects and flies there
  await page.waitForFunction(() => !window.explorer.state().moving, null, { timeout: 10000 });
  await command('zoom 1.5');
  const on = await screenshot('13-territory-cue-on.png');
  assert((await command('territory-cue off')).ok, 'territory-cue off refused');
  await page.waitForTimeout(300);
  assert((await state()).territoryCue === false, 'state still says the cue is on');
  const off = await screenshot('13-territory-cue-off.png');
  assert(on.distinctColours > off.distinctColours, `rings and codes add colours: on ${on.distinctColours}, off ${off.distinctColours}`);
  await command('territory-cue on');
  await command('select none');
  await command('fit');
});

await test('unknown commands return an error code', async () => {
  const r = await command('fly-to-the-moon');
  assert(!r.ok && r.code === 'unknown-command' && r.message.length > 0, JSON.stringify(r));
});

// Issue 14: every document edit through window.explorer.command(), checked through state(); an invalid edit is
// refused with its code and changes nothing; undo takes every edit back.
await test('every edit kind works through command(), with undo and redo', async () => {
  const s0 = await state();
  // The bundled data set asks every inferred item for its reasoning (issue 17): edits to it obey the same rule.
  const src = '"confidence": "inferred", "reasoning": "Named by the participants of the workshop.", "sources": [{"url": "https://example.org/workshop", "title": "Workshop notes"}]';
  const expectOk = async (text, check) => {
    const r = await command(text);
    assert(r.ok && r.code === 'ok', `${text}: ${JSON.stringify(r)}`);
    const s = await state();
    if (check) check(s);
    return s;
  };
  let s = await expectOk(`add territory {"id": "ws-town", "name": "Workshop town", "kind": "city", "parent": "es-ct", "lat": 41.5, "lon": 2.1}`);
  s = await expectOk(`add actor {"id": "ws-coop", "name": "Workshop cooperative", "kind": "practitioner", "level": "local", "territory": "ws-town", ${src}}`,
    (s) => assert(s.actors === s0.actors + 1, `actors ${s.actors}`));
  assert(s.document.dirty && s.document.canUndo && s.document.undoLabel === 'add actor ws-coop', JSON.stringify(s.document));
  const leaving = () => page.evaluate(() => { const e = new Event('beforeunload', { cancelable: true }); window.dispatchEvent(e); return e.defaultPrevented; });
  assert(await leaving(), 'with unsaved edits, leaving the page must ask first');
  await expectOk(`add link {"id": "ws-accio-coop", "from": "accio", "to": "ws-coop", "kind": "vertical", "relation": "knowledge_exchange", "direction": "both", ${src}}`,
    (s) => assert(s.links === s0.links + 1, `links ${s.links}`));
  await expectOk(`set actor ws-coop name "Cooperativa del taller"`);
  assert((await command('select ws-coop')).ok, 'the new actor can be selected');
  assert((await state()).selectedName === 'Cooperativa del taller', 'set changed the name');
  await expectOk(`set link ws-accio-coop weight 4`);
  await page.waitForTimeout(900);  // the new actor glides in; then it is drawn, labelled, with its link
  await screenshot('14-edit-added-actor.png');
  await expectOk(`add recommendation {"id": "ws-r", "number": 42, "title": "Map it together", "text": "A workshop's own recommendation.", "cases": []}`);
  await expectOk(`add case {"id": "ws-case", "title": "Workshop case", "territory": "ws-town", "summary": "Mapped in the room.", "actors": ["ws-coop"], "links": ["ws-accio-coop"], "recommendations": ["ws-r"], "brief_source": {"url": "https://example.org/brief", "title": "Brief"}, ${src}}`);
  await expectOk(`set recommendation ws-r cases ["ws-case"]`);
  await expectOk(`set case ws-case summary "Mapped live in the room."`);
  await expectOk(`set territory ws-town name "Workshop city"`);
  await expectOk(`add tour {"id": "ws-tour", "title": "Our map", "steps": [{"title": "Start", "text": "Our ecosystem.", "layout": "levels"}]}`,
    (s) => assert(s.tours.includes('ws-tour'), `tours ${s.tours}`));
  await expectOk(`add step ws-tour {"title": "The cooperative", "text": "Where we began.", "actors": ["ws-coop"]}`);
  await expectOk(`set step ws-tour 2 camera "all"`);
  await expectOk(`set tour ws-tour title "Our own map"`);
  assert((await command('tour ws-tour')).ok, 'the new tour runs');
  assert((await state()).tour.steps === 2, 'the new tour has two steps');
  await command('tour none');
  await expectOk('delete step ws-tour 1');
  // Refused: a link to an actor that does not exist; the data set is unchanged.
  const before = await state();
  const bad = await command(`add link {"id": "ws-bad", "from": "ws-coop", "to": "nobody", "kind": "vertical", "relation": "funding", "direction": "both", ${src}}`);
  assert(!bad.ok && bad.code === 'unknown-actor' && /nobody/.test(bad.message), JSON.stringify(bad));
  const dup = await command(`add actor {"id": "accio", "name": "Again", "kind": "practitioner", "level": "local", "territory": "es", ${src}}`);
  assert(!dup.ok && dup.code === 'duplicate-id', JSON.stringify(dup));
  const after = await state();
  assert(after.links === before.links && after.document.revision === before.document.revision, 'a refused edit changed the data');
  // Delete: the actor takes its link with it; one undo brings both back.
  await expectOk('delete tour ws-tour');
  await expectOk('delete case ws-case');
  await expectOk('delete recommendation ws-r');
  s = await expectOk('delete actor ws-coop', (s) => assert(s.actors === s0.actors && s.links === s0.links, `${s.actors} actors, ${s.links} links`));
  s = await expectOk('undo', (s) => assert(s.actors === s0.actors + 1 && s.links === s0.links + 1, `after undo: ${s.actors} actors, ${s.links} links`));
  assert(s.document.redoLabel === 'delete actor ws-coop', JSON.stringify(s.document));
  await expectOk('redo');
  await expectOk('delete territory ws-town');
  await page.waitForTimeout(300);
  await screenshot('14-after-edits.png');
  // Undo everything: back to the bundled data, not dirty.
  for (let i = 0; i < 40 && (await state()).document.canUndo; i++) assert((await command('undo')).ok, 'undo failed');
  s = await state();
  assert(s.actors === s0.actors && s.links === s0.links && !s.document.dirty && !s.document.canUndo, JSON.stringify(s.document));
  assert(!(await leaving()), 'with nothing unsaved, leaving the page must not ask');
  const none = await command('undo');
  assert(!none.ok && none.code === 'nothing-to-undo', JSON.stringify(none));
  await command('select none');
  await command('fit');
});

await test('no console errors and no request outside the origin', async () => {
  assert(consoleProblems.length === 0, `console: ${consoleProblems.join(' | ')}`);
  assert(outsideRequests.length === 0, `outside requests: ${outsideRequests.join(', ')}`);
});

await browser.close();
server.close();
process.exit(finish());
