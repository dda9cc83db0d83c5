// phone_test.mjs SITE: the compact layout on a 390 x 844 phone with touch (and a 768 x 1024 tablet): the canvas
// takes at least 70 % of the screen with the panels closed; each panel opens by a tap in the menu and closes by a
// tap outside and by a swipe down; a tap selects, a long press shows the hover card, two fingers pinch-zoom and
// pan; a tour step follows a swipe and a button. Every control tapped is found through state().targets (where the
// UI drew it) or `locate`/`pick`, never a fixed pixel, and must be thumb-sized (>= 44 CSS pixels). A 1280 x 800
// desktop without touch keeps its docked layout. Screenshots of each state go to tests/web/artifacts/phone-*.png.
import { launch, watchPage, assert, runner, openApp, explorerOf, screenshot } from './harness.mjs';

const site = process.argv[2] || 'build/web/site';
const env = await launch(site);
const { origin, browser } = env;
const { test, finish } = runner('phone test');
const Thumb = 44;

const wait = (page, ms = 400) => page.waitForTimeout(ms);

// Waits until fn(state, arg) holds (frames are slow with software rendering at a device pixel ratio of 3, and the
// app trickles touch input one event per frame); fails with `what` and the last state's relevant part.
async function until(d, what, fn, arg = null, timeout = 10000) {
  const end = Date.now() + timeout;
  let s;
  for (;;) {
    s = await d.X.state();
    if (fn(s, arg)) return s;
    if (Date.now() > end) break;
    await d.page.waitForTimeout(100);
  }
  throw new Error(`${what} (panels ${JSON.stringify(s.panels)}, selected ${s.selected}, hovered ${s.hovered}, ` +
    `tour step ${s.tour && s.tour.step}, targets ${Object.keys(s.targets).join(',')})`);
}

// A phone or tablet: touch, a device pixel ratio of 3 (2 for the tablet), the mobile viewport.
async function device(width, height, scale = 3) {
  const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor: scale, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  const watch = watchPage(page, origin);
  await openApp(page, origin + '/index.html');
  const X = explorerOf(page);
  await page.waitForFunction(() => window.explorer.state().screen.touch === true, null, { timeout: 10000 });
  await X.command('welcome off');
  await page.waitForFunction(() => window.explorer.state().settled, null, { timeout: 20000 });
  const cdp = await context.newCDPSession(page);
  return { context, page, watch, X, cdp };
}

function share(s) {
  const r = s.canvasRect;
  return (r.w * r.h) / (s.screen.width * s.screen.height);
}

// The centre of a target the UI drew this frame (state().targets), after checking it is thumb-sized.
async function target(X, name) {
  const s = await X.state();
  const t = s.targets[name];
  assert(t, `no target "${name}" on screen; targets: ${Object.keys(s.targets).join(', ')}`);
  assert(t.w >= Thumb && t.h >= Thumb, `target "${name}" is ${t.w.toFixed(1)} x ${t.h.toFixed(1)} CSS px, less than ${Thumb}`);
  return { x: t.x + t.w / 2, y: t.y + t.h / 2, rect: t };
}

// Every row the open sheet drew this frame (state().targets "row.<n>") is thumb-sized: at least 44 CSS px tall.
function checkRows(s, what) {
  const rows = Object.entries(s.targets).filter(([k]) => k.startsWith('row.'));
  assert(rows.length > 0, `${what}: no rows recorded in the sheet`);
  const short = rows.filter(([, r]) => r.h < Thumb - 0.5);
  assert(short.length === 0, `${what}: ${short.length} of ${rows.length} rows shorter than ${Thumb} px, e.g. ${JSON.stringify(short.slice(0, 3))}`);
  console.log(`         ${what}: ${rows.length} rows, the shortest ${Math.min(...rows.map(([, r]) => r.h)).toFixed(1)} px`);
}

async function tap(d, name) {
  const p = await target(d.X, name);
  await d.page.touchscreen.tap(p.x, p.y);
}

// One finger (or several, moving together) from `from` to `to` in steps, as CDP touch events.
async function drag(d, from, to, { steps = 8, hold = 0 } = {}) {
  const points = (k) => from.map((p, i) => ({ x: p.x + (to[i].x - p.x) * k, y: p.y + (to[i].y - p.y) * k, id: i }));
  await d.cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: points(0) });
  await d.page.waitForTimeout(60 + hold);
  for (let i = 1; i <= steps; ++i) {
    await d.cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: points(i / steps) });
    await d.page.waitForTimeout(40);
  }
  await d.cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
}

// An actor drawn inside the uncovered canvas, away from its edges: the ids from the page's accessible list
// (#a11y-actors), their places from `locate`, confirmed by `pick` (the actor drawn on top there).
async function visibleActor(X, page) {
  const r = (await X.state()).canvasRect;
  const ids = await page.$$eval('#a11y-actors [data-id]', (els) => els.map((e) => e.getAttribute('data-id')));
  assert(ids.length > 0, 'the accessible actor list is empty');
  for (const id of ids) {
    const at = await X.command(`locate ${id}`);
    if (!at.ok || at.x < r.x + 30 || at.x > r.x + r.w - 30 || at.y < r.y + 30 || at.y > r.y + r.h - 30) continue;
    const hit = await X.command(`pick ${at.x} ${at.y}`);
    if (hit.ok && hit.id === id) return { id, x: at.x, y: at.y };
  }
  throw new Error('no actor drawn in the canvas');
}

async function emptyPoint(X) {
  const r = (await X.state()).canvasRect;
  for (let y = r.y + r.h * 0.3; y < r.y + r.h - 60; y += 29)
    for (let x = r.x + 60; x < r.x + r.w - 60; x += 31) {
      let free = true;
      for (const [dx, dy] of [[0, 0], [-30, 0], [30, 0], [0, -30], [0, 30]]) {
        const hit = await X.command(`pick ${x + dx} ${y + dy}`);
        if (!hit.ok || hit.id) { free = false; break; }
      }
      if (free) return { x, y };
    }
  throw new Error('no empty spot on the canvas');
}

// Closes the open sheet by a swipe down from its title bar.
async function swipeDown(d) {
  const t = (await d.X.state()).targets['sheet.title'];
  assert(t, 'no sheet title to swipe');
  const from = { x: t.x + t.w / 2, y: t.y + t.h / 2 };
  await drag(d, [from], [{ x: from.x, y: from.y + 220 }]);
}

// Taps the dimmed canvas above the open sheet.
async function tapOutside(d) {
  const s = await d.X.state();
  const r = s.canvasRect;
  assert(s.targets.sheet && r.y + r.h <= s.targets.sheet.y + 1, `the canvas rect ${JSON.stringify(r)} should end at the sheet`);
  await d.page.touchscreen.tap(r.x + r.w / 2, r.y + r.h / 2);
}

const phone = await device(390, 844);
const { X } = phone;

// Opens a sheet from the menu by two taps.
async function openFromMenu(d, name, check) {
  await tap(d, 'menu');
  await until(d, `the menu did not open for ${name}`, (s, n) => !!s.targets[n], `menu.${name}`);
  await tap(d, `menu.${name}`);
  return until(d, `${name} did not open from the menu`, check, name);
}

await test('390 x 844 phone: compact layout, canvas >= 70 % of the screen with the panels closed, one-row toolbar', async () => {
  const s = await X.state();
  assert(s.screen.compact && s.screen.touch, `screen ${JSON.stringify(s.screen)}`);
  assert(s.screen.width === 390 && s.screen.height === 844, `screen size ${s.screen.width} x ${s.screen.height}`);
  assert(!s.panels.sidebar && !s.panels.table && !s.panels.details, `panels ${JSON.stringify(s.panels)}`);
  const f = share(s);
  console.log(`         canvas ${JSON.stringify(s.canvasRect)}: ${(100 * f).toFixed(1)} % of 390 x 844`);
  assert(f >= 0.7, `canvas share ${(100 * f).toFixed(1)} %`);
  for (const name of ['menu', 'search', 'layout']) await target(X, name);
  const m = s.targets.menu, l = s.targets.layout, q = s.targets.search;
  assert(Math.abs(m.y - l.y) < 2 && Math.abs(m.y - q.y) < 2, 'menu, search and layout are not on one row');
  assert(l.x + l.w <= 390 && q.x + q.w <= l.x, 'the toolbar row overflows the screen');
  const st = await screenshot(phone.page, 'phone-01-closed.png');
  assert(st.distinctColours > 10, 'the screenshot is blank');
});

await test('each panel opens by a tap in the menu and closes by a tap outside and by a swipe down', async () => {
  for (const panel of ['sidebar', 'table']) {
    for (const close of ['tap', 'swipe']) {
      await tap(phone, 'menu');
      await until(phone, 'the menu did not open', (s, n) => !!s.targets[n], `menu.${panel}`);
      if (close === 'tap') await screenshot(phone.page, 'phone-02-menu.png');
      await tap(phone, `menu.${panel}`);
      let s = await until(phone, `${panel} did not open`, (st, n) => st.panels[n] && st.targets.sheet, panel);
      assert(s.targets.sheet.w === 390, `the ${panel} sheet is not full width: ${JSON.stringify(s.targets.sheet)}`);
      await target(X, 'sheet.title');
      if (close === 'tap') checkRows(await until(phone, `${panel}: rows`, (st) => Object.keys(st.targets).some((k) => k.startsWith('row.'))), panel);
      if (close === 'tap') { await wait(phone.page, 800); await screenshot(phone.page, `phone-03-${panel}.png`); }
      if (close === 'tap' && panel === 'sidebar') {  // a finger drag on the content scrolls it (look at the PNG)
        const sh = s.targets.sheet, x = sh.x + sh.w / 2, y = sh.y + sh.h * 0.8;
        const before = await phone.page.screenshot();
        await drag(phone, [{ x, y }], [{ x, y: y - 250 }]);
        await wait(phone.page, 1200);
        const after = await screenshot(phone.page, 'phone-03b-sidebar-scrolled.png');
        void after;
        const st = await X.state();
        assert(st.panels.sidebar && st.case === null && st.recommendation === null, 'a scroll drag closed the sheet or chose an item');
        assert(Buffer.compare(before, await phone.page.screenshot()) !== 0, 'a drag on the sheet did not scroll it');
      }
      if (close === 'tap') await tapOutside(phone);
      else await swipeDown(phone);
      s = await until(phone, `${panel} did not close by ${close}`, (st, n) => !st.panels[n] && !st.targets.sheet, panel);
      assert(share(s) >= 0.7, `after closing ${panel} the canvas share is ${share(s)}`);
    }
  }
});

await test('the welcome panel takes the phone\'s width (less a margin), its button thumb-sized', async () => {
  await X.command('welcome on');
  const s = await until(phone, 'no welcome panel', (st) => !!st.targets.welcome);
  const w = s.targets.welcome;
  console.log(`         welcome ${JSON.stringify(w)}`);
  assert(w.w >= 390 - 2 * 12 && w.x >= 0 && w.x + w.w <= 390, `the welcome panel is ${w.w.toFixed(0)} px wide at ${w.x.toFixed(0)} on a 390 px screen`);
  await wait(phone.page, 600);
  await screenshot(phone.page, 'phone-00-welcome.png');
  await X.command('welcome off');
  await until(phone, 'the welcome panel did not go', (st) => !st.targets.welcome);
});

let tapped = null;
await test('a tap on an actor selects it and opens its details sheet; tap outside and swipe close it', async () => {
  await X.command('fit');
  await wait(phone.page, 1200);
  tapped = await visibleActor(X, phone.page);
  await phone.page.touchscreen.tap(tapped.x, tapped.y);
  await until(phone, `a tap at ${tapped.x}, ${tapped.y} did not select ${tapped.id}`, (s, id) => s.selected === id, tapped.id);
  await until(phone, 'the details sheet did not open', (s) => s.panels.details && !!s.targets.sheet);
  await wait(phone.page, 1500);
  await screenshot(phone.page, 'phone-04-details.png');
  checkRows(await X.state(), 'details');
  await tapOutside(phone);
  const s = await until(phone, 'details did not close by a tap outside', (st) => !st.panels.details);
  assert(s.selected === tapped.id, 'closing the sheet should keep the selection');
  await openFromMenu(phone, 'details', (st) => st.panels.details && !!st.targets.sheet);
  await swipeDown(phone);
  await until(phone, 'details did not close by a swipe', (st) => !st.panels.details);
});

await test('a long press shows the hover card without selecting', async () => {
  await X.command('clear');
  await wait(phone.page, 800);
  const a = await visibleActor(X, phone.page);
  await phone.cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: a.x, y: a.y }] });
  await until(phone, `a long press on ${a.id} showed no card`, (s, id) => s.hovered === id, a.id);
  await wait(phone.page, 600);
  await screenshot(phone.page, 'phone-05-long-press.png');
  await phone.cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await until(phone, 'the card should go with the finger', (s) => s.hovered === null);
  await wait(phone.page, 600);
  const s = await X.state();
  assert(s.selected === null, `a long press selected ${s.selected}`);
});

// Where an actor is drawn now (screen, CSS px).
async function at(X, id) {
  const r = await X.command(`locate ${id}`);
  assert(r.ok, `locate ${id}: ${JSON.stringify(r)}`);
  return { x: r.x, y: r.y };
}

await test('two fingers: a pinch zooms about its midpoint (no drift), moving together they pan by their travel', async () => {
  await X.command('fit');
  await wait(phone.page, 1500);
  const a = await visibleActor(X, phone.page);
  const before = (await X.state()).camera;
  // A pinch centred on the actor: the map grows about it, so it stays under the fingers' midpoint. (When the first
  // finger alone dragged the map, the actor slid 110 px left with that finger.)
  await drag(phone, [{ x: a.x - 30, y: a.y }, { x: a.x + 30, y: a.y }], [{ x: a.x - 140, y: a.y }, { x: a.x + 140, y: a.y }], { steps: 10 });
  await until(phone, 'pinch out did not zoom in', (s, z) => s.camera.zoom > z * 1.3, before.zoom);
  await wait(phone.page, 1000);
  const zoomed = (await X.state()).camera;
  const p = await at(X, a.id);
  console.log(`         pinch about ${a.id}: zoom ${before.zoom.toFixed(3)} -> ${zoomed.zoom.toFixed(3)}, it moved ${(p.x - a.x).toFixed(1)}, ${(p.y - a.y).toFixed(1)} px`);
  assert(Math.hypot(p.x - a.x, p.y - a.y) < 12, `the pinch moved ${a.id} from ${a.x}, ${a.y} to ${p.x}, ${p.y}: it should stay under the midpoint`);
  assert(!(await X.state()).selected, 'a pinch selected something');
  await screenshot(phone.page, 'phone-06-pinched.png');
  // Both fingers 120 px down: the map follows them by 120 px (not twice, not one finger's share).
  const b = await visibleActor(X, phone.page);
  await drag(phone, [{ x: b.x - 30, y: b.y - 40 }, { x: b.x + 30, y: b.y - 40 }], [{ x: b.x - 30, y: b.y + 80 }, { x: b.x + 30, y: b.y + 80 }]);
  await wait(phone.page, 1000);
  const q = await at(X, b.id);
  const panned = (await X.state()).camera;
  console.log(`         two-finger pan of 120 px: ${b.id} moved ${(q.x - b.x).toFixed(1)}, ${(q.y - b.y).toFixed(1)} px`);
  assert(Math.abs(q.y - b.y - 120) < 12 && Math.abs(q.x - b.x) < 12, `two fingers 120 px down moved ${b.id} by ${q.x - b.x}, ${q.y - b.y}`);
  assert(Math.abs(panned.zoom / zoomed.zoom - 1) < 0.1, `a two-finger pan changed the zoom: ${zoomed.zoom} -> ${panned.zoom}`);
  // One finger of two still, the other 120 px to the right: the midpoint moves 60 px, and the map with it (plus the
  // zoom about it): an actor under the midpoint at the start is 60 px right of it at the end, within the zoom's share.
  await X.command('fit');
  await wait(phone.page, 1500);
  const c = await visibleActor(X, phone.page);
  await drag(phone, [{ x: c.x - 40, y: c.y }, { x: c.x + 40, y: c.y }], [{ x: c.x - 40, y: c.y }, { x: c.x + 160, y: c.y }]);
  await wait(phone.page, 1000);
  const r = await at(X, c.id);
  console.log(`         one finger still, the other 120 px right: ${c.id} moved ${(r.x - c.x).toFixed(1)}, ${(r.y - c.y).toFixed(1)} px (midpoint: 60)`);
  assert(Math.abs(r.x - c.x - 60) < 12 && Math.abs(r.y - c.y) < 12, `the midpoint moved 60 px but ${c.id} moved ${r.x - c.x}, ${r.y - c.y}`);
});

await test('a tour starts from the menu; a swipe and the buttons move its steps; a swipe down hides the caption', async () => {
  await X.command('fit');
  await openFromMenu(phone, 'tour', (s) => s.tour && s.tour.step === 1);
  await wait(phone.page, 2000);
  await screenshot(phone.page, 'phone-07-tour.png');
  let c = (await until(phone, 'no caption', (s) => !!s.targets.caption)).targets.caption;
  assert(c.x >= 0 && c.x + c.w <= 390 && c.y + c.h <= 844, `caption off screen: ${JSON.stringify(c)}`);
  await drag(phone, [{ x: c.x + c.w * 0.8, y: c.y + c.h * 0.4 }], [{ x: c.x + c.w * 0.2, y: c.y + c.h * 0.4 }]);
  await until(phone, 'a swipe left should be the next step', (s) => s.tour.step === 2);
  await wait(phone.page, 1000);
  c = (await X.state()).targets.caption;
  await drag(phone, [{ x: c.x + c.w * 0.2, y: c.y + c.h * 0.4 }], [{ x: c.x + c.w * 0.8, y: c.y + c.h * 0.4 }]);
  await until(phone, 'a swipe right should be the previous step', (s) => s.tour.step === 1);
  await X.command('next');
  await wait(phone.page, 1500);
  c = (await X.state()).targets.caption;
  await drag(phone, [{ x: c.x + c.w / 2, y: c.y + 20 }], [{ x: c.x + c.w / 2, y: c.y + 220 }]);
  await until(phone, 'a swipe down should fold the caption', (s) => !s.panels.caption && s.tour.step === 2 && !!s.targets['tour.next']);
  await tap(phone, 'tour.next');
  const s = await until(phone, 'the next button', (st) => st.tour.step === 3);
  await wait(phone.page, 1500);
  await screenshot(phone.page, 'phone-08-tour-bar.png');
  assert(share(s) >= 0.7, `with the caption folded the canvas share is ${(100 * share(s)).toFixed(1)} %`);
  await tap(phone, 'tour.show');
  await until(phone, 'the caption did not come back', (st) => st.panels.caption);
  await X.command('tour none');
});

await test('a tap on the search box opens the on-screen keyboard (a focused text field) and what it types searches', async () => {
  const d = phone;
  assert((await d.X.command('select none')).ok, 'select none');
  const q = await target(d.X, 'search');
  await d.page.touchscreen.tap(q.x, q.y);
  // Focused during the tap itself: a phone opens its keyboard only for a text field focused by the user's gesture.
  const focused = await d.page.evaluate(() => document.activeElement && document.activeElement.id);
  assert(focused === 'ime', `focused after the tap: ${focused}`);
  await wait(d.page, 300);
  assert(await d.page.evaluate(() => document.activeElement && document.activeElement.id === 'ime'), 'the text field kept the keyboard once the app opened its search box');
  // An on-screen keyboard inserts text without key events.
  await d.cdp.send('Input.insertText', { text: 'kosea' });
  await wait(d.page, 300);
  await screenshot(d.page, 'phone-09-search-typed.png');
  await d.page.keyboard.press('Enter');
  await until(d, 'kosea selected', (st) => st.selected === 'kosea');
});

await test('the phone page made no request outside its origin, no console error', async () => {
  assert(phone.watch.outside.length === 0, `outside requests: ${phone.watch.outside.join(', ')}`);
  const problems = phone.watch.problems.filter((p) => !/offline use unavailable/.test(p));
  assert(problems.length === 0, problems.join('\n'));
});
await phone.context.close();

await test('768 x 1024 tablet with touch: compact layout, sheets from the bottom', async () => {
  const tablet = await device(768, 1024, 2);
  const s = await tablet.X.state();
  assert(s.screen.compact, `tablet screen ${JSON.stringify(s.screen)}`);
  const f = share(s);
  console.log(`         tablet canvas ${(100 * f).toFixed(1)} %`);
  assert(f >= 0.7, `tablet canvas share ${f}`);
  await screenshot(tablet.page, 'phone-09-tablet.png');
  await openFromMenu(tablet, 'sidebar', (st) => st.panels.sidebar && !!st.targets.sheet);
  await wait(tablet.page, 800);
  await screenshot(tablet.page, 'phone-10-tablet-sidebar.png');
  await swipeDown(tablet);
  await until(tablet, 'tablet: sidebar did not close by a swipe', (st) => !st.panels.sidebar);
  await tablet.context.close();
});

await test('1280 x 800 desktop without touch: the docked layout is unchanged; `touch on` switches to sheets', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await openApp(page, origin + '/index.html');
  const D = explorerOf(page);
  await D.command('welcome off');
  await wait(page);
  let s = await D.state();
  assert(!s.screen.compact && !s.screen.touch, `desktop screen ${JSON.stringify(s.screen)}`);
  assert(s.panels.sidebar, 'the desktop Explore panel should be docked open');
  assert(s.canvasRect.x >= 250 && !s.targets.menu, `desktop canvas ${JSON.stringify(s.canvasRect)}, targets ${Object.keys(s.targets)}`);
  await screenshot(page, 'phone-11-desktop.png');
  const d = { page, X: D };
  assert((await D.command('touch on')).ok, 'touch on');
  await until(d, 'touch on: no compact layout', (st) => st.screen.compact && !st.panels.sidebar && !!st.targets.menu);
  assert((await D.command('touch off')).ok, 'touch off');
  await until(d, 'touch off should bring the docked layout back', (st) => !st.screen.compact && st.panels.sidebar && !st.targets.menu);
  await context.close();
});

await env.close();
process.exit(finish());
