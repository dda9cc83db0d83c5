// session_test.mjs: the web build under a long, realistic session, a seeded monkey, and its security properties.
//   1. session:  about two minutes of every feature (keyboard search, filters, showcase, layouts, focus, clicks on the
//                canvas, details, recommendations and cases, table, tours by key, deep links with Back / Forward,
//                resizing, blur / focus / visibilitychange / freeze, presentation and full screen, UI scale, themes)
//                with zero console errors or warnings, no page error, no WebGL error (getError through a hook).
//   2. monkey:   2,000 seeded random mouse, wheel and key events (MONKEY_SEED=N replays a run); the app never aborts.
//   3. security: no request leaves the origin (whole run), the Content-Security-Policy is strict and enforced (and
//                'wasm-unsafe-eval' is truly needed), data text is never markup (a hostile data set is served in
//                place of the bundled one), links from data open only http(s) URLs, without window.opener.
// Usage: node tests/web/session_test.mjs [SITE_DIR]   (default build/web/site). Screenshots: tests/web/artifacts/.
// Environment: MONKEY_SEED=N (replay), MONKEY_EVENTS=N (default 2000), SESSION_PARTS=session,monkey,security.
import fs from 'node:fs';
import path from 'node:path';
import { decodePng } from './png.mjs';
import { monkeySeed, runMonkey } from './monkey.mjs';
import { assert, emptySpot, explorerOf, launch, openApp, runner, screenshot, watchPage } from './harness.mjs';

const site = process.argv[2] || 'build/web/site';
const { test, finish } = runner('session');
const { origin, browser, close } = await launch(site);
const t00 = Date.now();
const figures = {};
const allRequests = [], allOutside = [], allOpens = [], allCsp = [], allGlErrors = [], allAdded = [];

// Installed in every page before its own scripts: keeps the WebGL2 context of the app's canvas and records every
// non-zero gl.getError() (the app's own calls included), window.open calls (recorded, never opened), CSP
// violations, and elements added to the document after it loaded (data text must never become markup).
function instrument() {
  const qa = window.__qa = { gl: null, glErrors: [], opens: [], csp: [], added: [] };
  const getContext = HTMLCanvasElement.prototype.getContext;
  HTMLCanvasElement.prototype.getContext = function (type, ...rest) {
    const ctx = getContext.call(this, type, ...rest);
    if (ctx && this.id === 'canvas' && /webgl/.test(type)) qa.gl = ctx;
    return ctx;
  };
  const getError = WebGL2RenderingContext.prototype.getError;
  WebGL2RenderingContext.prototype.getError = function () {
    const e = getError.call(this);
    if (e) qa.glErrors.push('0x' + e.toString(16));
    return e;
  };
  window.open = function (url, target, features) {
    qa.opens.push({ url: String(url), target: String(target), features: String(features) });
    return null;
  };
  document.addEventListener('securitypolicyviolation', (e) => qa.csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  document.addEventListener('DOMContentLoaded', () => {
    new MutationObserver((list) => {
      // (The accessible mirror, web/a11y.js, builds its lists with DOM methods and textContent: those are expected.)
      for (const m of list) for (const n of m.addedNodes) if (n.nodeType === 1 && !n.closest('#a11y')) qa.added.push(n.tagName);
    }).observe(document.documentElement, { childList: true, subtree: true });
  });
}

// Drains what the instrumentation saw in a page (call before it navigates away) and checks the GL error state.
async function drain(page, label) {
  const r = await page.evaluate(() => {
    const qa = window.__qa;
    if (qa.gl) for (let i = 0; i < 8 && qa.gl.getError(); ++i);  // records into qa.glErrors through the hook
    const out = { glErrors: qa.glErrors, opens: qa.opens, csp: qa.csp, added: qa.added, hasGl: !!qa.gl,
                  lost: qa.gl ? qa.gl.isContextLost() : null };
    qa.glErrors = []; qa.opens = []; qa.csp = []; qa.added = [];
    return out;
  });
  for (const e of r.glErrors) allGlErrors.push(`${label}: ${e}`);
  allOpens.push(...r.opens);
  for (const c of r.csp) allCsp.push(`${label}: ${c}`);
  for (const a of r.added) allAdded.push(`${label}: ${a}`);
  assert(r.hasGl, `${label}: no WebGL context seen`);
  assert(r.lost === false, `${label}: the WebGL context is lost`);
  return r;
}

async function newAppPage(context, url, viewport = { width: 1280, height: 800 }) {
  const page = await context.newPage();
  await page.setViewportSize(viewport);
  const watch = watchPage(page, origin, { allowData: false });
  page.on('request', (r) => allRequests.push(r.url()));
  await openApp(page, url);
  return { page, watch, ...explorerOf(page) };
}

// Waits (polling in the page) until fn(arg) holds; on a time-out, fails with message and the state. Input reaches
// the app at its next frames, and frames are slow on a loaded machine, so state checks after input wait like this.
async function until(page, fn, arg, message, timeout = 10000) {
  try {
    await page.waitForFunction(fn, arg, { timeout, polling: 40 });
  } catch (e) {
    const s = await page.evaluate(() => window.explorer.state()).catch(() => null);
    throw new Error(`${message} (state: ${JSON.stringify(s).slice(0, 500)})`);
  }
}
const stateIs = (page, field, value, message) =>
  until(page, ([f, v]) => JSON.stringify(window.explorer.state()[f]) === JSON.stringify(v), [field, value], message);
// Waits for n more frames (the app draws for at least half a second after any input), at most `timeout` ms.
async function frames(page, n = 3, timeout = 5000) {
  const f0 = await frameOf(page);
  await page.waitForFunction((f) => window.explorer.state().frame >= f, f0 + n, { timeout, polling: 30 }).catch(() => {});
}
const waitSettled = (page) => page.waitForFunction(() => { const s = window.explorer.state(); return s.settled && !s.moving; }, null, { timeout: 15000 });
const frameOf = (page) => page.evaluate(() => window.explorer.state().frame);

// Finds a link in the details panel on a screenshot (ImGui draws links in the light theme's link blue), moves the
// real mouse over it until the canvas cursor becomes a hand (ImGui's sign of a link), and clicks it.
// Returns the point clicked, or null when no link is there.
async function clickFirstLinkInDetails(page) {
  const { width: w, height: h, channels: ch, pixels } = decodePng(await page.screenshot());
  for (let y = 50; y < h - 4; ++y)
    for (let x = w - 376; x < w - 30; ++x) {
      const i = (y * w + x) * ch;
      if (!(pixels[i] < 110 && pixels[i + 1] > 120 && pixels[i + 1] < 190 && pixels[i + 2] > 200)) continue;
      const p = { x: x + 2, y: y + 3 };
      await page.mouse.move(p.x, p.y);
      const hand = await page.waitForFunction(() => document.getElementById('canvas').style.cursor === 'pointer', null,
        { timeout: 3000, polling: 30 }).then(() => true, () => false);
      if (hand) {
        await page.mouse.down();
        await page.mouse.up();
        await frames(page);
        return p;
      }
      y += 16;  // not a link: look further down
      break;
    }
  return null;
}

// ---------------------------------------------------------------------------------------------------------------
// 1. The scripted session.
// ---------------------------------------------------------------------------------------------------------------
const parts = new Set((process.env.SESSION_PARTS || 'session,monkey,security').split(','));
// The bundled data as the web build packages it: without its translations (scripts/split_translations.mjs keeps
// them in a file fetched for other languages), so a hostile copy fits in the package's place.
const silk = JSON.parse(fs.readFileSync(new URL('../../data/silk.json', import.meta.url), 'utf8'), (key, value) =>
  (key === 'translations' ? undefined : value));
if (parts.has('session')) {
const sessionContext = await browser.newContext();
await sessionContext.addInitScript(instrument);
let S;  // { page, watch, state, command }
const sessionStart = Date.now();

async function step(name, fn, { reloads = false } = {}) {
  await test(`session: ${name}`, async () => {
    const f0 = await frameOf(S.page);
    await fn();
    await drain(S.page, name);
    const f1 = await frameOf(S.page);
    assert(reloads || f1 > f0, `no frame drawn during the step (${f0} -> ${f1})`);
  });
}

await test('session: the page loads, draws, and shows the welcome', async () => {
  S = await newAppPage(sessionContext, origin + '/index.html');
  const s = await S.state();
  assert(s.frame > 0 && s.actors === silk.actors.length && s.links === silk.links.length, JSON.stringify({ frame: s.frame, actors: s.actors }));
  assert(s.welcome === true, 'no welcome on a first visit');
  await S.page.waitForTimeout(300);
  await S.command('welcome off');
});
const { page } = S;
const { state, command } = S;
const spot = () => emptySpot(command);

await step('typing a search with the real keyboard (/ and Ctrl+F)', async () => {
  const p = await spot();
  await page.mouse.click(p.x, p.y);
  await page.keyboard.press('/');
  await frames(page);
  await page.keyboard.type('acio', { delay: 30 });    // a typo, corrected with Backspace
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Backspace');
  await page.keyboard.type('cio', { delay: 30 });
  await page.waitForTimeout(200);
  await screenshot(page, 'session-01-search.png');
  await page.keyboard.press('Enter');
  await stateIs(page, 'selected', 'accio', 'typing "accio" + Enter did not select ACCIÓ');
  assert(/ACCI/.test((await state()).selectedName), (await state()).selectedName);
  await page.keyboard.press('Escape');
  await stateIs(page, 'selected', null, 'Esc did not clear the selection');
  await page.keyboard.press('Control+f');
  await frames(page);
  await page.keyboard.type('coopcycle', { delay: 25 });
  await frames(page);
  await page.keyboard.press('Enter');
  await stateIs(page, 'selected', 'coopcycle', 'Ctrl+F, "coopcycle", Enter did not select CoopCycle');
});

await step('focus widens and narrows with + and -, Esc clears', async () => {
  await page.keyboard.press('Equal');
  await page.keyboard.press('Equal');
  await stateIs(page, 'focusDepth', 3, '+ + did not widen the focus to 3');
  await screenshot(page, 'session-02-focus-3.png');
  await page.keyboard.press('Minus');
  await page.keyboard.press('Minus');
  await stateIs(page, 'focusDepth', 1, '- - did not narrow the focus to 1');
  for (const d of [0, 6, 2, 1]) assert((await command(`focus ${d}`)).ok, `focus ${d}`);
  await page.keyboard.press('Escape');
  await stateIs(page, 'selected', null, 'Esc did not clear the selection');
});

await step('clicking actors on the canvas selects them, hover reports them, dragging one moves it', async () => {
  // Three actors drawn in the part of the canvas no panel covers, in the whole picture.
  await command('fit');
  await waitSettled(page);
  const middle = [];
  for (const a of silk.actors) {
    const { x, y } = await command(`locate ${a.id}`);
    if (x > 360 && x < 860 && y > 140 && y < 740 && middle.every((m) => Math.hypot(m.x - x, m.y - y) > 60)) middle.push({ id: a.id, x, y });
    if (middle.length === 3) break;
  }
  assert(middle.length === 3, `actors in the middle: ${JSON.stringify(middle)}`);
  for (const { id } of middle) {
    const { x, y } = await command(`locate ${id}`);
    await page.mouse.move(x, y);
    await stateIs(page, 'hovered', id, `hovering ${id} did not report it`);
    await page.mouse.down();
    await page.mouse.up();
    await stateIs(page, 'selected', id, `clicking ${id} did not select it`);
    assert((await state()).panels.details === true, 'no details panel');
  }
  const dragged = middle[2].id;
  await screenshot(page, `session-03-selected-${dragged}.png`);
  const { x, y } = await command(`locate ${dragged}`);
  await page.mouse.move(x, y);
  await page.mouse.down();
  for (let i = 1; i <= 6; ++i) await page.mouse.move(x + i * 8, y + i * 5);
  await page.mouse.up();
  await until(page, ([id, x0, y0]) => { const { x: a, y: b } = window.explorer.command(`locate ${id}`); return Math.hypot(a - x0, b - y0) > 20; },
    [dragged, x, y], `dragging ${dragged} did not move it`);
});

await step('details panel: a source link opens a new tab without opener', async () => {
  await command('select accio');
  await page.waitForTimeout(300);
  // ACCIÓ's description is long: its links may be below the panel's fold, so scroll the panel as a reader would.
  let clicked = await clickFirstLinkInDetails(page);
  for (let i = 0; i < 8 && !clicked; ++i) {
    await page.mouse.move(1280 - 190, 500);
    await page.mouse.wheel(0, 240);
    await frames(page);
    clicked = await clickFirstLinkInDetails(page);
  }
  assert(clicked, 'no link found in the details panel of accio, even scrolled');
  const { opens } = await page.evaluate(() => ({ opens: window.__qa.opens }));
  assert(opens.length === 1, `window.open calls: ${JSON.stringify(opens)}`);
  assert(/^https?:\/\//.test(opens[0].url), `opened ${opens[0].url}`);
  assert(opens[0].target === '_blank' && /noopener/.test(opens[0].features) && /noreferrer/.test(opens[0].features),
    `window.open(${opens[0].url}, ${opens[0].target}, ${opens[0].features}): a page opened from data must not get window.opener`);
  figures.linkOpened = opens[0].url;
});

await step('panning, zooming and camera commands', async () => {
  await command('select none');
  const p = await spot();
  const c0 = (await state()).camera;
  await page.mouse.move(p.x, p.y);
  await page.mouse.down();
  for (let i = 1; i <= 8; ++i) await page.mouse.move(p.x - i * 10, p.y + i * 4);
  await page.mouse.up();
  await until(page, (x) => window.explorer.state().camera.x !== x, c0.x, 'dragging the background did not pan');
  await page.mouse.move(p.x, p.y);
  await page.mouse.wheel(0, -300);
  await until(page, (z) => window.explorer.state().camera.zoom > z * 1.05, c0.zoom, 'the wheel did not zoom in');
  const z1 = (await state()).camera.zoom;
  await page.mouse.wheel(0, 200);
  await until(page, (z) => window.explorer.state().camera.zoom < z * 0.95, z1, 'the wheel did not zoom out');
  for (const c of ['zoom 1.5', 'pan 40 -30', 'camera 0 0 1', 'fit']) assert((await command(c)).ok, c);
  await page.waitForTimeout(600);
});

await step('every filter field, showcase and hide-isolated', async () => {
  const all = await state();
  for (const field of ['kind', 'level', 'territory', 'link-kind', 'relation', 'value', 'confidence', 'case', 'recommendation']) {
    const bad = await command(`filter ${field} no-such-value`);
    // The refusal says what the field takes as data (command() results carry codes and fields, not only prose).
    assert(!bad.ok && bad.code === 'bad-filter' && Array.isArray(bad.allowed) && bad.allowed.length > 0,
      `filter ${field}: ${JSON.stringify(bad)}`);
    const allowed = bad.allowed;
    const r = await command(`filter ${field} ${allowed.slice(0, 2).join(',')}`);
    assert(r.ok, `filter ${field} ${allowed.slice(0, 2)}: ${r.message}`);
    await page.waitForTimeout(80);
    const s = await state();
    assert(s.visibleActors <= all.visibleActors && s.visibleLinks <= all.visibleLinks, `filter ${field} shows more than everything`);
    assert((await command(`filter ${field} all`)).ok, `filter ${field} all`);
  }
  assert((await command('filter years 2016-2019')).ok, 'filter years');
  assert((await command('filter link-kind vertical')).ok, 'filter link-kind');
  await page.waitForTimeout(200);
  const hidden = await state();
  assert(hidden.visibleLinks < all.visibleLinks, 'years + vertical hides nothing');
  await screenshot(page, 'session-04-filtered.png');
  await command('showcase on');
  await page.waitForTimeout(200);
  assert((await state()).visibleLinks === all.visibleLinks, 'showcase should fade, not hide');
  await screenshot(page, 'session-05-showcase.png');
  await command('showcase off');
  assert((await command('hide-isolated on')).ok, 'hide-isolated on');
  await page.waitForTimeout(150);
  assert((await state()).visibleActors < all.visibleActors, 'hide-isolated hides no actor under a filter');
  await command('hide-isolated off');
  await command('filter clear');
  const s = await state();
  assert(s.visibleActors === all.visibleActors && s.visibleLinks === all.visibleLinks, 'filter clear did not restore everything');
});

await step('the six recommendations and every case', async () => {
  for (const r of silk.recommendations) {
    assert((await command(`recommendation ${r.id}`)).ok, r.id);
    await page.waitForTimeout(250);
    assert((await state()).recommendation === r.id, `recommendation ${r.id}`);
  }
  await screenshot(page, 'session-06-recommendation.png');
  for (const c of silk.cases) {
    assert((await command(`case ${c.id}`)).ok, c.id);
    await page.waitForTimeout(250);
    assert((await state()).case === c.id, `case ${c.id}`);
  }
  await screenshot(page, 'session-07-case.png');
  await command('case none');
  await command('recommendation none');
});

await step('every layout, and every actor size', async () => {
  await command('select accio');
  for (const layout of ['geographic', 'force', 'ego', 'levels']) {
    assert((await command(`layout ${layout}`)).ok, layout);
    await waitSettled(page);
    assert((await state()).layout === layout, `layout ${layout}`);
    await page.waitForTimeout(150);
    if (layout !== 'levels') await screenshot(page, `session-08-layout-${layout}.png`);
  }
  assert((await command('layout ego coopcycle')).ok, 'ego with a centre');
  await waitSettled(page);
  assert((await state()).egoCentre === 'coopcycle', `egoCentre ${(await state()).egoCentre}`);
  await command('layout levels');
  for (const m of ['in_degree', 'out_degree', 'betweenness', 'closeness', 'territories_bridged', 'degree']) {
    assert((await command(`size ${m}`)).ok, m);
    await page.waitForTimeout(100);
    assert((await state()).sizeBy === m, `size ${m}: ${(await state()).sizeBy}`);
  }
  await waitSettled(page);
});

await step('table view and panels', async () => {
  assert((await command('panel table on')).ok, 'table');
  await page.waitForTimeout(300);
  await screenshot(page, 'session-09-table.png');
  await page.mouse.click(640, 700);  // somewhere in the table
  await page.keyboard.press('ArrowDown');
  await page.waitForTimeout(150);
  await command('panel table off');
  for (const p of ['sidebar', 'details']) {
    await command(`panel ${p} off`);
    await page.waitForTimeout(120);
    assert((await state()).panels[p] === false, `panel ${p} off`);
    await command(`panel ${p} on`);
  }
  await command('select none');
});

await step('a tour from the keyboard: Right, Left, Space, PageUp, End, Home, autoplay, Esc', async () => {
  assert((await command('tour silk-brief')).ok, 'tour');
  const p = await spot();
  await page.mouse.click(p.x, p.y);
  const steps = (await state()).tour.steps;
  const press = async (key, expected) => {
    await page.keyboard.press(key);
    await until(page, (e) => { const t = window.explorer.state().tour; return t && t.step === e; }, expected, `${key} did not go to step ${expected}`);
  };
  await press('ArrowRight', 2);
  await press('ArrowRight', 3);
  await screenshot(page, 'session-10-tour-step-3.png');
  await press('ArrowLeft', 2);
  await press('Space', 3);
  await press('PageUp', 2);
  await press('End', steps);
  await page.waitForTimeout(800);  // the whole ecosystem, being revealed
  await press('Home', 1);
  const autoplay = await command('autoplay 2');
  assert(autoplay.ok, autoplay.message);
  await until(page, () => window.explorer.state().tour.step >= 2, null, 'autoplay 2 did not advance');
  await command('autoplay off');
  await page.keyboard.press('Escape');
  await stateIs(page, 'tour', null, 'Esc did not leave the tour');
});

await step('deep links: a pasted URL hash, Back and Forward, a fresh load from a link', async () => {
  await page.goto(origin + '/index.html#tour=silk-brief&step=3');
  await page.waitForTimeout(700);
  let s = await state();
  assert(s.tour && s.tour.step === 3, `pasted link: ${JSON.stringify(s.tour)}`);
  await page.goto(origin + '/index.html#layout=geographic&select=accio&focus=2');
  await page.waitForTimeout(700);
  s = await state();
  assert(s.tour === null && s.layout === 'geographic' && s.selected === 'accio' && s.focusDepth === 2,
    `second link: ${JSON.stringify({ tour: s.tour, layout: s.layout, sel: s.selected, focus: s.focusDepth })}`);
  await page.goBack();
  await page.waitForTimeout(700);
  s = await state();
  assert(s.tour && s.tour.step === 3, `Back: ${JSON.stringify(s.tour)} ${s.hash}`);
  await page.goForward();
  await page.waitForTimeout(700);
  s = await state();
  assert(s.layout === 'geographic' && s.selected === 'accio', `Forward: ${s.layout} ${s.selected}`);
  await drain(page, 'before reload');
  await page.goto(origin + '/index.html?reload#tour=silk-brief&step=5&theme=dark');
  await page.waitForFunction(() => window.explorer && window.explorer.ready === true, null, { timeout: 30000 });
  await page.waitForTimeout(800);
  s = await state();
  assert(s.tour && s.tour.step === 5 && s.welcome === false, `fresh load: ${JSON.stringify(s.tour)} welcome ${s.welcome}`);
  // theme= is not part of a link: ignored with a notice on screen (and nothing in the console).
  assert(s.notices.some((n) => /theme/.test(n)), `no notice for the part not understood: ${JSON.stringify(s.notices)}`);
  await screenshot(page, 'session-11-deep-link-step-5.png');
  await command('tour none');
}, { reloads: true });

await step('resizing the viewport: small, phone, projector, back', async () => {
  for (const [w, h] of [[800, 600], [390, 844], [1920, 1080], [1280, 800]]) {
    const f0 = await frameOf(page);
    await page.setViewportSize({ width: w, height: h });
    await until(page, (f) => window.explorer.state().frame > f, f0, `no frame drawn after resizing to ${w}x${h}`);
    await page.waitForTimeout(300);
    const r = await page.evaluate(() => ({ cw: document.getElementById('canvas').clientWidth, frame: window.explorer.state().frame }));
    assert(r.frame > f0, `no frame drawn after resizing to ${w}x${h}`);
    assert(Math.abs(r.cw - w) <= 1, `canvas is ${r.cw} px wide in a ${w} px viewport`);
    if (w === 390) await screenshot(page, 'session-12-phone.png');
  }
  await command('fit');
  await page.waitForTimeout(500);
});

await step('losing and regaining focus: blur / focus, visibilitychange, another tab, a frozen page', async () => {
  const cdp = await sessionContext.newCDPSession(page);
  // The events a browser sends when the window loses focus and the tab is hidden, then the reverse.
  await page.evaluate(() => {
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => true });
    document.dispatchEvent(new Event('visibilitychange'));
    window.dispatchEvent(new FocusEvent('blur'));
  });
  await page.waitForTimeout(700);
  await page.evaluate(() => {
    delete document.visibilityState;
    delete document.hidden;
    document.dispatchEvent(new Event('visibilitychange'));
    window.dispatchEvent(new FocusEvent('focus'));
  });
  // A real second tab in front, then back.
  const other = await sessionContext.newPage();
  await other.goto(origin + '/favicon.svg');
  await other.bringToFront();
  await page.waitForTimeout(700);
  await other.close();
  await page.bringToFront();
  // The browser freezes a background tab (no timers, no animation frames), then resumes it.
  await cdp.send('Page.setWebLifecycleState', { state: 'frozen' });
  await new Promise((r) => setTimeout(r, 800));
  await cdp.send('Page.setWebLifecycleState', { state: 'active' });
  await cdp.detach();
  const f0 = await frameOf(page);
  await page.mouse.move(600, 400);
  await page.mouse.move(620, 420);
  await page.waitForTimeout(300);
  const p = await spot();
  await page.mouse.click(p.x, p.y);
  await until(page, (f) => window.explorer.state().frame > f, f0, 'no frame after regaining focus');
  await command('select accio');
  await command('focus 1');
  await page.keyboard.press('Equal');  // keys still reach the app
  await stateIs(page, 'focusDepth', 2, 'keys no longer reach the app after regaining focus');
  await command('focus 1');
  await command('select none');
});

await step('presentation (P), full screen, pointer (L), help (F1, ?), Esc', async () => {
  await command('tour silk-brief');
  const p = await spot();
  await page.mouse.click(p.x, p.y);
  await page.keyboard.press('p');
  await stateIs(page, 'presenting', true, 'P did not start presenting');
  await page.waitForTimeout(500);
  let s;
  figures.fullscreenEntered = await page.evaluate(() => !!document.fullscreenElement);
  await page.keyboard.press('l');
  await page.mouse.move(700, 400);
  await page.mouse.move(760, 430);
  await stateIs(page, 'pointer', true, 'L did not turn on the pointer');
  await page.waitForTimeout(300);
  await screenshot(page, 'session-13-presenting.png');
  await page.keyboard.press('F1');
  await stateIs(page, 'help', true, 'F1 did not open help');
  await page.keyboard.press('F1');
  await stateIs(page, 'help', false, 'F1 did not close help');
  await page.keyboard.press('Shift+Slash');  // '?'
  await stateIs(page, 'help', true, '? did not open help');
  await page.waitForTimeout(300);
  await screenshot(page, 'session-14-help.png');
  await page.keyboard.press('Escape');
  await stateIs(page, 'help', false, 'Esc did not close help');
  await page.keyboard.press('l');
  await page.keyboard.press('Escape');
  await stateIs(page, 'presenting', false, 'Esc did not leave the presentation');
  await page.waitForTimeout(300);
  assert(await page.evaluate(() => !document.fullscreenElement), 'still in browser full screen after leaving the presentation');
  // Leaving browser full screen by the browser's own means also leaves the presentation.
  await command('present on');
  await page.waitForTimeout(500);
  if (await page.evaluate(() => !!document.fullscreenElement)) {
    await page.evaluate(() => document.exitFullscreen());
    await stateIs(page, 'presenting', false, 'leaving browser full screen did not leave the presentation');
  }
  await command('present off');
  await command('tour none');
});

await step('interface scale 100-250 % (commands and Ctrl +/-), three themes, reduced motion', async () => {
  const p = await spot();
  await page.mouse.click(p.x, p.y);  // keyboard focus on the canvas (at 250 % the panels cover most of it)
  for (const pct of [125, 150, 175, 200, 225, 250]) {
    assert((await command(`scale ${pct}`)).ok, `scale ${pct}`);
    await page.waitForTimeout(150);
  }
  await command('select accio');
  await command('theme dark');
  await page.waitForTimeout(300);
  await screenshot(page, 'session-15-scale-250-dark.png');
  await page.keyboard.press('Control+Minus');
  await stateIs(page, 'scale', 225, 'Ctrl+- did not shrink the interface to 225 %');
  await page.keyboard.press('Control+Equal');
  await stateIs(page, 'scale', 250, 'Ctrl+= did not grow the interface to 250 %');
  assert(!(await command('scale 300')).ok, 'scale 300 accepted');
  await command('theme high-contrast');
  await page.waitForTimeout(300);
  await screenshot(page, 'session-16-high-contrast.png');
  await command('scale 100');
  await command('theme light');
  assert((await command('reduced-motion on')).ok && (await state()).reducedMotion === true, 'reduced motion');
  await command('layout force');
  await page.waitForTimeout(300);
  await command('reduced-motion off');
  await command('layout levels');
  await waitSettled(page);
  await command('select none');
  const st = await state();
  assert(st.scale === 100 && st.theme === 'light', `scale/theme not back: ${st.scale} ${st.theme}`);
});

await step('idle: the app stops drawing, then wakes on input', async () => {
  await page.waitForTimeout(1500);
  const f0 = await frameOf(page);
  await page.waitForTimeout(1000);
  const f1 = await frameOf(page);
  assert(f1 - f0 <= 2, `drew ${f1 - f0} frames while idle (${JSON.stringify((await state()).lastWake)})`);
  await page.mouse.move(700, 500);
  await page.mouse.move(710, 510);
  await page.waitForTimeout(300);
  assert(await frameOf(page) > f1, 'input did not wake the app');
});

await test('session: zero console errors or warnings, no page error, no WebGL error, still answering', async () => {
  figures.sessionSeconds = ((Date.now() - sessionStart) / 1000).toFixed(1);
  await drain(page, 'end of session');
  const s = await state();
  figures.sessionFrames = s.frame;  // since the fresh load in the deep-link step
  figures.sessionConsole = S.watch.messages.length;
  assert(s && s.frame > 100 && s.actors === silk.actors.length, `state at the end: ${JSON.stringify(s).slice(0, 200)}`);
  assert(S.watch.problems.length === 0, `console: ${S.watch.problems.join(' | ')}`);
  assert(S.watch.pageErrors.length === 0, `page errors: ${S.watch.pageErrors.join(' | ')}`);
  assert(allGlErrors.length === 0, `WebGL errors: ${allGlErrors.join(', ')}`);
  const webglMessages = S.watch.messages.filter((m) => /WebGL|GL_INVALID|GL ERROR/i.test(m));
  assert(webglMessages.length === 0, `WebGL console messages: ${webglMessages.join(' | ')}`);
  console.log(`         session ${figures.sessionSeconds} s, ${s.frame} frames since the last load, ` +
    `${S.watch.messages.length} console messages (${S.watch.messages.slice(0, 3).join(' | ')})`);
});
await sessionContext.close();
}  // session

// ---------------------------------------------------------------------------------------------------------------
// 2. The monkey: seeded random input; the app must never abort.
// ---------------------------------------------------------------------------------------------------------------
const MONKEY_EVENTS = Number(process.env.MONKEY_EVENTS || 2000);
const seed = monkeySeed();

if (parts.has('monkey')) await test(`monkey: ${MONKEY_EVENTS} seeded random mouse, wheel and key events never abort the app (seed ${seed})`, async () => {
  const context = await browser.newContext();
  await context.addInitScript(instrument);
  const W = 1024, H = 640;
  const M = await newAppPage(context, origin + '/index.html', { width: W, height: H });
  const mp = M.page;
  const cdp = await context.newCDPSession(mp);
  let last = null;
  const alive = async () => {
    const s = await Promise.race([M.state(), new Promise((_, no) => setTimeout(() => no(new Error('state() did not answer in 15 s')), 15000))]);
    assert(s && typeof s.frame === 'number', 'state() returned nothing');
    const overlay = await mp.evaluate(() => ({ error: document.getElementById('overlay').classList.contains('error'), text: document.getElementById('status').textContent }));
    assert(!overlay.error, `the page shows its error overlay: ${overlay.text}`);
    assert(M.watch.pageErrors.length === 0, `page error: ${M.watch.pageErrors.join(' | ')}`);
    last = s;
  };
  try {
    const run = await runMonkey({ page: mp, cdp, width: W, height: H, events: MONKEY_EVENTS, seed, alive });
    const s = last;
    await drain(mp, 'monkey');
    figures.monkey = { seed, events: run.events, seconds: run.seconds, counts: run.counts, frames: s.frame,
      console: M.watch.messages.length, problems: M.watch.problems.length };
    console.log(`         ${run.events} events in ${run.seconds} s (${JSON.stringify(run.counts)}), ${s.frame} frames; ` +
      `${M.watch.messages.length} console messages, ${M.watch.problems.length} errors/warnings; ends in layout ${s.layout}, ` +
      `scale ${s.scale}, theme ${s.theme}, presenting ${s.presenting}, tour ${s.tour && s.tour.step}, selected ${s.selected}`);
    await screenshot(mp, 'monkey-end.png');
    assert(M.watch.problems.length === 0, `console: ${M.watch.problems.slice(0, 5).join(' | ')} (replay with MONKEY_SEED=${seed})`);
  } finally {
    await cdp.detach().catch(() => {});
    await context.close();
  }
});

// ---------------------------------------------------------------------------------------------------------------
// 3. Security.
// ---------------------------------------------------------------------------------------------------------------
// The data set bundled in index.data, located through the file package's table in index.js.
const indexJs = fs.readFileSync(path.join(site, 'index.js'), 'utf8');
// (Emscripten writes it as JSON; the site's minifier drops the quotes around the keys: either form.)
const entry = /"?filename"?:"\/data\/silk\.json","?start"?:(\d+),"?end"?:(\d+)/.exec(indexJs);
const packageData = fs.readFileSync(path.join(site, 'index.data'));

// Serves index.data with the bundled data set replaced by `dataset` (padded with spaces to the same size, so the
// package's table still fits): the web app has no other way to load a file, so this is how a hostile one gets in.
async function pageWithData(context, dataset, hash = '') {
  assert(entry, 'index.js has no file-package entry for /data/silk.json');
  const [start, end] = [Number(entry[1]), Number(entry[2])];
  const text = Buffer.from(JSON.stringify(dataset), 'utf8');
  assert(text.length <= end - start, `the hostile data set is ${text.length} bytes, more than the ${end - start} it replaces`);
  const body = Buffer.from(packageData);
  body.fill(0x20, start, end);
  text.copy(body, start);
  const page = await context.newPage();
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.route('**/index.data', (route) => route.fulfill({ status: 200, contentType: 'application/octet-stream', body }));
  const watch = watchPage(page, origin, { allowData: false });
  page.on('request', (r) => allRequests.push(r.url()));
  await openApp(page, origin + '/index.html' + hash);
  return { page, watch, ...explorerOf(page) };
}

if (parts.has('security')) {
const XSS = {
  img: '<img src=x onerror="window.__xss=\'img\'">OECD',
  script: '<script>window.__xss=\'script\'</script>',
  svg: '"><svg onload="window.__xss=\'svg\'">',
  a: '<a href="javascript:window.__xss=\'a\'">click</a> <b>bold?</b>',
  iframe: '<iframe srcdoc="<script>parent.__xss=\'iframe\'</script>"></iframe>',
};

await test('security: data text is shown as text, never interpreted as markup (hostile names in the data set)', async () => {
  const data = structuredClone(silk);
  data.dataset.title = XSS.iframe;
  data.actors[0].name = XSS.img;
  data.actors[0].description = XSS.a;
  data.actors[0].website = 'https://example.org/from-data';
  data.actors[1].name = XSS.script;
  data.actors[2].name = XSS.svg;
  data.tours[0].steps[0].title = XSS.img;
  data.tours[0].steps[0].text = XSS.script + XSS.a;
  const context = await browser.newContext();
  await context.addInitScript(instrument);
  const H = await pageWithData(context, data);
  const hp = H.page;
  const title0 = await hp.title();
  let s = await H.state();
  assert(s.actors === silk.actors.length && s.diagnostics.errors === 0, `hostile data set not loaded: ${JSON.stringify(s.diagnostics)}`);
  await H.command('welcome off');
  // Find the hostile names with the keyboard, show them in the type-ahead list, the details panel and a tooltip.
  const p = await emptySpot(H.command);
  await hp.mouse.click(p.x, p.y);
  await hp.keyboard.press('/');
  await frames(hp);
  await hp.keyboard.type('<img', { delay: 30 });
  await hp.waitForTimeout(300);
  await screenshot(hp, 'security-01-hostile-typeahead.png');
  await hp.keyboard.press('Enter');
  await stateIs(hp, 'selected', data.actors[0].id, 'typing "<img" + Enter did not select the actor named <img ...>');
  await hp.waitForTimeout(600);
  s = await H.state();
  assert(s.selected === data.actors[0].id && s.selectedName === XSS.img, `selected ${s.selected} named ${JSON.stringify(s.selectedName)}`);
  await screenshot(hp, 'security-02-hostile-details.png');
  // The website link from data opens (recorded by the hook) as an https URL in a new tab without opener.
  const clicked = await clickFirstLinkInDetails(hp);
  assert(clicked, 'no link found in the details panel');
  for (const id of [data.actors[1].id, data.actors[2].id]) {
    await H.command(`layout ego ${id}`);  // puts it in the middle
    await H.command('select none');
    await waitSettled(hp);
    const { x, y } = await H.command(`locate ${id}`);
    await hp.mouse.move(x, y);
    await stateIs(hp, 'hovered', id, `hovering ${id} did not report it`);
    await hp.waitForTimeout(300);
    await screenshot(hp, `security-03-hostile-hover-${id}.png`);
    await hp.mouse.down(); await hp.mouse.up();
    await stateIs(hp, 'selected', id, `clicking ${id} did not select it`);
    s = await H.state();
    assert(s.selectedName === data.actors.find((a) => a.id === id).name, `${id}: ${s.selectedName}`);
  }
  await H.command('layout levels');
  await H.command('tour silk-brief');
  await hp.waitForTimeout(400);
  await screenshot(hp, 'security-04-hostile-tour.png');
  // A link whose parts are not understood shows them back in a notice: still text.
  await hp.goto(origin + '/index.html#select=' + encodeURIComponent(XSS.img) + '&layout=' + encodeURIComponent(XSS.script));
  await hp.waitForTimeout(600);
  s = await H.state();
  assert(s.notices.length >= 2 && s.notices.some((n) => n.includes('<img')), `notices: ${JSON.stringify(s.notices)}`);
  await screenshot(hp, 'security-05-hostile-notice.png');
  const r = await drain(hp, 'hostile names');
  const dom = await hp.evaluate(() => ({
    xss: window.__xss, parentXss: window.parent.__xss, title: document.title,
    elements: [...document.querySelectorAll('img, script:not([src]), svg, iframe, a, b, object, embed')].map((e) => e.tagName),
    status: document.getElementById('status').textContent,
  }));
  assert(dom.xss === undefined && dom.parentXss === undefined, `data text ran as script: ${dom.xss}`);
  assert(dom.elements.length === 0, `markup elements in the page: ${dom.elements.join(', ')}`);
  assert(r.added.length === 0, `elements added to the page: ${r.added.join(', ')}`);
  assert(dom.title === title0, `document.title changed to ${dom.title}`);
  assert(!/[<>]/.test(dom.status), `status text: ${dom.status}`);
  assert(r.opens.length === 1 && r.opens[0].url === 'https://example.org/from-data' && r.opens[0].target === '_blank' &&
    /noopener/.test(r.opens[0].features) && /noreferrer/.test(r.opens[0].features), `window.open calls: ${JSON.stringify(r.opens)}`);
  assert(H.watch.problems.length === 0, `console: ${H.watch.problems.join(' | ')}`);
  // And should a script ever try, the policy's Trusted Types refuse a string as HTML (this violation is expected).
  const tt = await hp.evaluate(() => {
    try { document.body.insertAdjacentHTML('beforeend', '<img src=x onerror="window.__xss=1">'); return 'accepted'; } catch (e) { return e.name; }
  });
  assert(tt === 'TypeError', `insertAdjacentHTML with a plain string: ${tt} (Trusted Types not enforced)`);
  await context.close();
});

await test('security: no page script turns strings into markup or code (web/*.js, EM_JS / EM_ASM in src/)', async () => {
  const root = new URL('../../', import.meta.url).pathname;
  const files = fs.readdirSync(path.join(root, 'web')).filter((f) => f.endsWith('.js')).map((f) => path.join(root, 'web', f));
  const walk = (dir) => fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(path.join(dir, e.name)) : /\.(cpp|h)$/.test(e.name) ? [path.join(dir, e.name)] : []);
  files.push(...walk(path.join(root, 'src')).filter((f) => /EM_JS|EM_ASM/.test(fs.readFileSync(f, 'utf8'))));
  const sinks = /\b(innerHTML|outerHTML|insertAdjacentHTML|document\.write|eval\s*\(|new\s+Function|srcdoc|createContextualFragment|setAttribute\s*\(\s*['"]on)/;
  const hits = [];
  for (const f of files)
    fs.readFileSync(f, 'utf8').split('\n').forEach((line, i) => { if (sinks.test(line)) hits.push(`${path.relative(root, f)}:${i + 1}: ${line.trim()}`); });
  assert(files.length >= 2, `scanned only ${files.join(', ')}`);
  assert(hits.length === 0, `markup or code sinks: ${hits.join(' | ')}`);
  console.log(`         scanned ${files.map((f) => path.relative(root, f)).join(', ')}: no markup or code sink`);
});

await test('security: javascript: and data: URLs in a data set are refused, never opened', async () => {
  const data = structuredClone(silk);
  data.actors[0].website = 'javascript:window.__xss=\'website\'';
  data.actors[1].sources[0].url = 'data:text/html,<script>window.__xss=\'source\'</script>';
  data.cases[0].brief_source = { url: 'JaVaScRiPt:window.__xss=\'case\'', title: 'case' };
  const context = await browser.newContext();
  await context.addInitScript(instrument);
  const B = await pageWithData(context, data);
  const s = await B.state();
  const expected = B.watch.problems.filter((m) => /must start with http:\/\/ or https:\/\//.test(m));
  assert(s.diagnostics.errors >= 3, `diagnostics: ${JSON.stringify(s.diagnostics)}`);
  assert(s.actors === 0, `a data set with unsafe addresses was loaded (${s.actors} actors)`);
  assert(expected.length >= 3, `the refused addresses are not reported: ${B.watch.problems.join(' | ')}`);
  await B.page.waitForTimeout(300);
  await screenshot(B.page, 'security-06-unsafe-urls-refused.png');
  // Click all over the diagnostics panel: nothing may open.
  for (let y = 40; y < 800; y += 20) await B.page.mouse.click(640, y);
  const r = await drain(B.page, 'unsafe urls');
  assert(r.opens.length === 0, `opened: ${JSON.stringify(r.opens)}`);
  assert(await B.page.evaluate(() => window.__xss) === undefined, 'a URL from data ran as script');
  const other = B.watch.problems.filter((m) => !expected.includes(m));
  assert(other.length === 0 && B.watch.pageErrors.length === 0, `console: ${other.join(' | ')}`);
  await context.close();
});

// Reads the CSP of the served page (a <meta> tag: static hosts serve the folder as it is).
const html = await (await fetch(origin + '/index.html')).text();
const cspText = (/<meta http-equiv="Content-Security-Policy" content="([^"]*)"/i.exec(html) || [])[1] || '';
figures.csp = cspText;

await test('security: the Content-Security-Policy is strict: no outside origin, no eval, no inline code', async () => {
  assert(cspText, 'no Content-Security-Policy meta tag in index.html');
  const csp = Object.fromEntries(cspText.split(';').map((d) => d.trim().split(/\s+/)).filter((d) => d[0]).map(([k, ...v]) => [k, v]));
  assert(['self', 'none'].some((v) => JSON.stringify(csp['default-src']) === `["'${v}'"]`), `default-src ${csp['default-src']}`);
  const allowedSources = new Set(["'self'", "'none'", "'wasm-unsafe-eval'", "'script'"]);
  // One named Trusted Types policy, which only turns the service worker's constant address into a script URL
  // (web/shell.js: with `trusted-types 'none'` no service worker could be registered at all).
  assert(JSON.stringify(csp['trusted-types']) === '["sse-sw"]', `trusted-types ${csp['trusted-types']}`);
  for (const [directive, sources] of Object.entries(csp))
    for (const src of directive === 'trusted-types' ? [] : sources)
      assert(allowedSources.has(src), `${directive} allows ${src}: only 'self' (and 'wasm-unsafe-eval' for scripts) may appear`);
  assert(JSON.stringify(csp['script-src']) === `["'self'","'wasm-unsafe-eval'"]`, `script-src ${csp['script-src']}`);
  const objectSrc = csp['object-src'] || csp['default-src'];
  assert(JSON.stringify(objectSrc) === `["'none'"]`, `object-src ${objectSrc}`);
  assert(JSON.stringify(csp['base-uri']) === `["'none'"]` && JSON.stringify(csp['form-action']) === `["'none'"]`, 'base-uri / form-action');
  // Nothing in the page needs more: no inline script, style or event handler.
  assert(!/<script(?![^>]*\bsrc=)[^>]*>/i.test(html), 'an inline <script> in index.html');
  assert(!/\son[a-z]+=|\sstyle=|<style/i.test(html), 'inline style or event handler in index.html');
  // And the policy is enforced without getting in the way: no violation over the whole run so far.
  assert(allCsp.length === 0, `CSP violations: ${allCsp.join(' | ')}`);
});

await test("security: 'wasm-unsafe-eval' is needed (without it the app cannot start), 'unsafe-eval' is not", async () => {
  assert(/'wasm-unsafe-eval'/.test(cspText) && !/'unsafe-eval'/.test(cspText), cspText);
  const context = await browser.newContext();
  await context.addInitScript(instrument);
  const page = await context.newPage();
  await page.route('**/index.html', (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html.replace(" 'wasm-unsafe-eval'", '') }));
  page.on('request', (r) => allRequests.push(r.url()));
  await page.goto(origin + '/index.html');
  await page.waitForFunction(() => document.getElementById('overlay').classList.contains('error') || (window.explorer && window.explorer.ready), null, { timeout: 30000 });
  const r = await page.evaluate(() => ({ ready: window.explorer.ready, csp: window.__qa.csp, status: document.getElementById('status').textContent }));
  assert(!r.ready && r.csp.some((v) => /script-src/.test(v) && /wasm-eval/.test(v)), `without 'wasm-unsafe-eval': ${JSON.stringify(r)}`);
  console.log(`         without 'wasm-unsafe-eval': blocked (${r.csp[0]}); the page says "${r.status}"`);
  await context.close();
});

await test('security: no request left the origin during the whole run', async () => {
  const outside = allRequests.filter((u) => !u.startsWith(origin + '/'));
  figures.requests = allRequests.length;
  figures.distinctPaths = [...new Set(allRequests.map((u) => new URL(u).pathname))].sort();
  assert(allRequests.length > 10, `only ${allRequests.length} requests seen`);
  assert(outside.length === 0, `requests outside ${origin}: ${outside.join(', ')}`);
  assert(allOpens.every((o) => /^https?:\/\//.test(o.url) && /noopener/.test(o.features)), `window.open calls: ${JSON.stringify(allOpens)}`);
  assert(allGlErrors.length === 0, `WebGL errors: ${allGlErrors.join(', ')}`);
  console.log(`         ${allRequests.length} requests, all to ${origin}/ (${figures.distinctPaths.join(' ')}); ` +
    `${allOpens.length} window.open calls, all http(s) with noopener`);
});

}  // security

await close();
console.log(`         figures: ${JSON.stringify({ ...figures, totalSeconds: ((Date.now() - t00) / 1000).toFixed(1) })}`);
process.exit(finish());
