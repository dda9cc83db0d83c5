// edit_test.mjs: editing a map live in the real web build (issue 16), with the REAL mouse and keyboard through
// Playwright: three actors made by double-clicking the canvas and typing their names, two linked by an Alt-drag,
// a field edited in the details form, one deleted (its link goes with it), everything undone back to the start
// with Ctrl+Z and redone with Ctrl+Shift+Z / Ctrl+Y, then a reload that finds the map restored from IndexedDB.
// Screenshots of each gesture at 100 % and 200 % go to tests/web/artifacts/edit-*.png.
// Usage: node tests/web/edit_test.mjs [SITE_DIR]   (default build/web/site)
import { monkeySeed, runMonkey } from './monkey.mjs';
import { assert, emptySpot, explorerOf, launch, openApp, runner, screenshot, stateWaiter, watchPage } from './harness.mjs';

const site = process.argv[2] || 'build/web/site';
const { test, finish } = runner('edit');
const { origin, browser, close } = await launch(site);
const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
const page = await context.newPage();
page.on('dialog', (d) => d.accept());  // the beforeunload question on reload: leave (the map is kept in IndexedDB)
const watch = watchPage(page, origin);
const { state, command } = explorerOf(page);
const shot = (name) => screenshot(page, name);

const waitFor = stateWaiter(page, state);
// Where an actor is drawn (canvas pixels), to aim the mouse at it.
async function at(id) {
  const r = await command(`locate ${id}`);
  assert(r.ok, `locate ${id}: ${r.message}`);
  return { x: r.x, y: r.y };
}
// A double-click as a hand makes it: the pointer comes to rest first (Playwright's dblclick would press at once,
// before the app has drawn a frame with the pointer there).
async function dblclick(p) {
  await page.mouse.move(p.x, p.y, { steps: 4 });
  await page.waitForTimeout(250);
  await page.mouse.dblclick(p.x, p.y);
}
async function click(p) {
  await page.mouse.move(p.x, p.y, { steps: 4 });
  await page.waitForTimeout(250);
  await page.mouse.click(p.x, p.y);
}
// A drag with the mouse in small steps, as a hand does.
async function drag(from, to, steps = 12) {
  await page.mouse.move(from.x, from.y, { steps: 4 });
  await page.waitForTimeout(250);
  await page.mouse.down();
  for (let i = 1; i <= steps; i++) await page.mouse.move(from.x + ((to.x - from.x) * i) / steps, from.y + ((to.y - from.y) * i) / steps);
  await page.mouse.up();
}

let start = null;
const names = ['Coop Alpha', 'Barrio Network', 'City Hall Lab'];
const ids = [];

await test('edit mode is off at first; the E key turns it on', async () => {
  await openApp(page, origin + '/index.html');
  await command('welcome off');
  start = await state();
  assert(start.editing === false, 'edit mode must be off by default');
  const p = await emptySpot(command);
  await click(p);  // the canvas has the keyboard
  await page.keyboard.press('e');
  await waitFor((s) => s.editing === true, 'edit mode after E');
  // A double-click with edit mode off adds nothing (a presentation is never edited by a stray click).
  await page.keyboard.press('e');
  await waitFor((s) => s.editing === false, 'edit mode off after E again');
  await dblclick(p);
  await page.waitForTimeout(200);
  assert((await state()).actors === start.actors, 'a double-click outside edit mode added an actor');
  await page.keyboard.press('e');
  await waitFor((s) => s.editing === true, 'edit mode on');
  await shot('edit-01-mode-100.png');
});

await test('double-clicking the background and typing a name makes three actors', async () => {
  for (let i = 0; i < 3; i++) {
    const before = await state();
    const p = await emptySpot(command, { x0: 380 + i * 120, x1: 860, y0: 260, y1: 700 });
    await dblclick(p);
    const s = await waitFor((t) => t.actors === before.actors + 1, `actor ${i + 1}`);
    assert(s.selection.length === 1, `the new actor is selected: ${JSON.stringify(s.selection)}`);
    ids.push(s.selected);
    await page.waitForTimeout(150);
    if (i === 0) await shot('edit-02-name-box-100.png');
    await page.keyboard.type(names[i]);
    await page.keyboard.press('Enter');
    const named = await waitFor((t) => t.selectedName === names[i], `the name '${names[i]}'`);
    assert(named.document.undoLabel === `set actor ${ids[i]} name`, `undo label after naming: ${named.document.undoLabel}`);
    const picked = await command(`pick ${p.x} ${p.y}`);
    assert(picked.id === ids[i], `the actor is where the double-click was: pick gave ${picked.id}`);
  }
  // Esc on the name box cancels: the actor goes again.
  const before = await state();
  const p = await emptySpot(command, { x0: 400, x1: 860, y0: 300, y1: 700 });
  await dblclick(p);
  await waitFor((t) => t.actors === before.actors + 1, 'a fourth actor');
  await page.waitForTimeout(150);
  await page.keyboard.press('Escape');
  await waitFor((t) => t.actors === before.actors && !t.document.redoLabel.startsWith('set'), 'Esc cancelling the new actor');
});

await test('an Alt-drag from one actor to another links them', async () => {
  const before = await state();
  const a = await at(ids[0]), b = await at(ids[1]);
  await page.keyboard.down('Alt');
  await page.mouse.move(a.x, a.y, { steps: 4 });
  await page.waitForTimeout(250);
  await page.mouse.down();
  for (let i = 1; i <= 12; i++) await page.mouse.move(a.x + ((b.x - a.x) * i) / 12, a.y + ((b.y - a.y) * i) / 12);
  await shot('edit-03-link-drag-100.png');
  await page.mouse.up();
  await page.keyboard.up('Alt');
  const s = await waitFor((t) => t.links === before.links + 1, 'the new link');
  assert(s.document.undoLabel.startsWith(`add link ${ids[0]}-${ids[1]}`), `undo label: ${s.document.undoLabel}`);
  await page.waitForTimeout(150);
  await shot('edit-04-relation-chooser-100.png');
  const p = await emptySpot(command, { x0: 380, x1: 700, y0: 600, y1: 760 });
  await click(p);  // closes the relation chooser
});

await test('the details form edits a field with the keyboard (Tab, typing, Enter)', async () => {
  const a = await at(ids[0]);
  await click(a);
  await waitFor((t) => t.selected === ids[0], 'the first actor selected');
  await page.waitForTimeout(150);
  await shot('edit-05-form-100.png');
  // The name field is the form's first: click it, Tab to the short name, type, Enter applies it.
  const s0 = await state();
  await page.mouse.click(1080, 207);
  // As a hand does, Tab comes after the field shows its cursor (a frame later): until then the page's Tab goes to
  // the accessible mirror (web/a11y.js), since no text field of the app has the keyboard yet.
  await page.waitForTimeout(300);
  await page.keyboard.press('Tab');
  await page.keyboard.type('Alpha');
  await page.keyboard.press('Enter');
  const s = await waitFor((t) => t.document.revision > s0.document.revision, 'a field edit');
  assert(s.document.undoLabel === `set actor ${ids[0]} short_name`, `undo label after the field edit: ${s.document.undoLabel}`);
});

await test('Delete removes the selected actor and its link, with a notice', async () => {
  const before = await state();
  const b = await at(ids[1]);
  await click(b);
  await waitFor((t) => t.selected === ids[1], 'the second actor selected');
  await page.keyboard.press('Delete');
  const s = await waitFor((t) => t.actors === before.actors - 1, 'the deletion');
  assert(s.links === before.links - 1, `its link went too: ${before.links} -> ${s.links}`);
  assert(s.notices.some((n) => /deleted 1 actor and 1 link/.test(n)), `notice: ${JSON.stringify(s.notices)}`);
  await shot('edit-06-deleted-100.png');
});

let edited = null;
await test('Ctrl+Z undoes everything back to the start, Ctrl+Shift+Z and Ctrl+Y redo it', async () => {
  edited = await state();
  const p = await emptySpot(command, { x0: 380, x1: 700, y0: 600, y1: 760 });
  await click(p);
  let steps = 0;
  while ((await state()).document.canUndo && steps < 40) {
    await page.keyboard.press('Control+z');
    await page.waitForTimeout(30);
    steps++;
  }
  const s = await state();
  assert(!s.document.canUndo && !s.document.dirty, `after ${steps} undos: ${JSON.stringify(s.document)}`);
  assert(s.actors === start.actors && s.links === start.links, `back to ${s.actors}/${s.links}, expected ${start.actors}/${start.links}`);
  for (let i = 0; i < steps; i++) {
    await page.keyboard.press(i % 2 ? 'Control+y' : 'Control+Shift+z');
    await page.waitForTimeout(30);
  }
  const r = await state();
  assert(!r.document.canRedo, `still something to redo: ${r.document.redoLabel}`);
  assert(r.actors === edited.actors && r.links === edited.links, `redone to ${r.actors}/${r.links}, expected ${edited.actors}/${edited.links}`);
  assert((await command(`select ${ids[0]}`)).ok && (await state()).selectedName === names[0], 'the first actor is back with its name');
});

await test('the map is kept in IndexedDB and restored after a reload', async () => {
  // Kept: the revision IndexedDB confirmed is the one on screen (savedAt alone may be an earlier edit's).
  await waitFor((t) => t.document.savedAt !== null && t.document.keptRevision === t.document.revision, 'the autosave', 15000);
  await page.reload();
  await page.waitForFunction(() => window.explorer && window.explorer.ready === true, null, { timeout: 30000 });
  const s = await waitFor((t) => t.document.restored === true, 'the restored map', 15000);
  assert(s.actors === edited.actors && s.links === edited.links, `restored ${s.actors}/${s.links}, expected ${edited.actors}/${edited.links}`);
  assert((await command(`select ${ids[2]}`)).ok && (await state()).selectedName === names[2], 'the third actor is restored with its name');
  assert(s.notices.some((n) => /^Restored your unsaved map from \d\d:\d\d/.test(n)), `notice: ${JSON.stringify(s.notices)}`);
  await command('welcome off');
  await page.waitForTimeout(200);
  await shot('edit-07-restored-100.png');
  assert((await command('restore keep')).ok, 'keep');
  assert((await state()).document.restored === false, 'still asking after Keep');
});

await test('a three-step tour recorded from the view is restored after a reload and plays as recorded', async () => {
  await command('tour none');
  await command('edit on');
  // Three views: a layout and a selection, a filter, a case; each recorded, then given its title.
  const views = [
    ['layout levels', 'select accio'],
    ['layout geographic', 'filter level national,regional'],
    ['filter clear', 'layout force', 'case rodando-juntas'],
  ];
  const recorded = [];
  let tourId = null;
  for (const [i, view] of views.entries()) {
    for (const c of view) assert((await command(c)).ok, c);
    await page.waitForTimeout(300);
    const r = await command('record-step');
    assert(r.ok, `record-step ${i + 1}: ${r.message}`);
    const s = await state();
    tourId = s.tour.id;
    assert(s.tour.steps === i + 1, `the tour has ${s.tour.steps} steps after recording ${i + 1}`);
    const set = await command(`set step ${tourId} ${i + 1} title ${JSON.stringify('Recorded ' + (i + 1))}`);
    assert(set.ok, `title: ${set.message}`);
    recorded.push({ layout: s.layout, selected: s.selected, case: s.case, filters: JSON.stringify(s.filters) });
  }
  await command('edit off');
  await command('tour none');
  await waitFor((t) => t.document.keptRevision === t.document.revision, 'the autosave of the tour', 15000);
  await page.reload();
  await page.waitForFunction(() => window.explorer && window.explorer.ready === true, null, { timeout: 30000 });
  await waitFor((t) => t.document.restored === true, 'the restored map', 15000);
  assert((await command('restore keep')).ok, 'keep');
  await command('welcome off');
  let s = await state();
  assert(s.tours.includes(tourId), `tour ${tourId} not restored: ${JSON.stringify(s.tours)}`);
  assert((await command(`tour ${tourId}`)).ok, 'play the tour');
  for (let i = 0; i < 3; i++) {
    if (i > 0) await page.keyboard.press('ArrowRight');  // the presenter's key
    s = await waitFor((t) => t.tour && t.tour.step === i + 1, `step ${i + 1}`);
    await page.waitForTimeout(400);
    const want = recorded[i];
    assert(s.tour.stepTitle === 'Recorded ' + (i + 1), `step ${i + 1} title ${s.tour.stepTitle}`);
    // The selection on screen when recording is the step's highlighted actor when it plays (as in the bundled tour).
    const highlighted = s.tour.actors.join(',') || null;
    assert(s.layout === want.layout && highlighted === want.selected && s.case === want.case && JSON.stringify(s.filters) === want.filters,
      `step ${i + 1} shows ${JSON.stringify({ l: s.layout, a: highlighted, c: s.case, f: s.filters })}, recorded ${JSON.stringify(want)}`);
    await shot(`edit-08-recorded-step-${i + 1}.png`);
  }
  await command('tour none');
});

await test('the gestures at 200 % interface size', async () => {
  await command('scale 200');
  await command('edit on');
  await page.waitForTimeout(300);
  const p = await emptySpot(command, { x0: 640, x1: 900, y0: 400, y1: 700 });
  await dblclick(p);
  await page.waitForTimeout(200);
  await shot('edit-08-name-box-200.png');
  await page.keyboard.type('Big Scale Coop');
  await page.keyboard.press('Enter');
  await waitFor((t) => t.selectedName === 'Big Scale Coop', 'the name at 200 %');
  await page.waitForTimeout(200);
  await shot('edit-09-form-200.png');
  await command('record-step');
  await page.waitForTimeout(200);
  await shot('edit-10-caption-editor-200.png');
  await command('scale 100');
});

await test('no console error, warning or page error', async () => {
  assert(watch.problems.length === 0, watch.problems.join('\n'));
  assert(watch.outside.length === 0, `requests outside the origin: ${watch.outside.join(', ')}`);
});

await test('a Shift+drag from the background draws a selection box; the actors inside join the selection', async () => {
  await command('tour none');
  await command('layout levels');
  await command('fit');  // the previous test left the view zoomed on one actor
  await command('edit on');
  await command('select none');
  await page.waitForTimeout(800);
  const a = await at('accio');
  // A start point on the background, up and left of ACCIÓ.
  let start = null;
  for (const d of [24, 32, 40, 48, 60]) {
    const p = { x: a.x - d, y: a.y - d };
    if ((await command(`pick ${p.x} ${p.y}`)).id === null) { start = p; break; }
  }
  assert(start, 'no background point near accio to start the box');
  const end = { x: a.x + 12, y: a.y + 12 };
  await page.mouse.move(start.x, start.y, { steps: 4 });
  await page.waitForTimeout(200);
  await page.keyboard.down('Shift');
  await page.mouse.down();
  for (let i = 1; i <= 10; i++) await page.mouse.move(start.x + ((end.x - start.x) * i) / 10, start.y + ((end.y - start.y) * i) / 10);
  await page.waitForTimeout(200);
  await shot('edit-12-selection-box.png');
  const camera = (await state()).camera;
  await page.mouse.up();
  await page.keyboard.up('Shift');
  const s = await waitFor((t) => t.selection.length > 0, 'the boxed selection');
  assert(s.selection.includes('accio'), `selection ${JSON.stringify(s.selection)}`);
  assert(s.camera.x === camera.x && s.camera.y === camera.y, 'the Shift+drag panned the view');
  // The group form: one value for every selected actor, one undo step.
  assert((await command('select-add coopcycle')).ok, 'select-add');
  await page.waitForTimeout(300);
  await shot('edit-13-group-form.png');
  const r = await command('set-selection kind "network"');
  const t = await state();
  assert(r.ok && /set kind of \d+ actors/.test(t.document.undoLabel), `group edit: ${r.message} / ${t.document.undoLabel}`);
  assert((await command('undo')).ok, 'undo the group edit');
  // A value that breaks a rule for one of them is refused for all, with the rule's code.
  const bad = await command('set-selection kind "planet"');
  assert(!bad.ok && bad.code === 'bad-enum', `refused group edit: ${JSON.stringify(bad)}`);
  await command('select none');
  await command('edit off');
});

await test('storage full: the map cannot be kept, a notice says so and editing goes on; with room again it is kept', async () => {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const qp = await ctx.newPage();
  qp.on('dialog', (d) => d.accept());
  const Q = explorerOf(qp);
  const cdp = await ctx.newCDPSession(qp);
  try {
    // The browser's own quota, made tiny for this origin: IndexedDB refuses the write as it would on a full disk.
    await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: 1 });
    await openApp(qp, origin + '/index.html');
    await Q.command('welcome off');
    const start = await Q.state();
    for (const n of [1, 2, 3]) {
      const r = await Q.command(`create-actor ${n * 40} 0`);  // as a double-click in edit mode
      assert(r.ok, `add actor ${n}: ${r.message}`);
    }
    const full = await (async () => {
      for (let i = 0; i < 60; i++) {
        const s = await Q.state();
        if (s.notices.some((n) => /could not be kept/.test(n))) return s;
        await qp.waitForTimeout(100);
      }
      throw new Error('no notice that the map could not be kept');
    })();
    assert(full.document.savedAt === null && full.document.dirty, `saved with no room? ${JSON.stringify(full.document)}`);
    assert(full.actors === start.actors + 3, `editing did not go on: ${full.actors} actors`);
    await screenshot(qp, 'edit-11-storage-full.png');
    // Room again (the override lifted): the next edit is kept.
    await cdp.send('Storage.overrideQuotaForOrigin', { origin });
    assert((await Q.command('set actor new-actor name "Quota one"')).ok, 'edit after the quota');
    for (let i = 0; i < 60 && (await Q.state()).document.savedAt === null; i++) await qp.waitForTimeout(100);
    const kept = await Q.state();
    assert(kept.document.savedAt !== null, `not kept with room again: ${JSON.stringify(kept.document)}`);
    assert((await Q.command('validate')).ok, 'the data set is valid');
  } finally {
    await cdp.detach().catch(() => {});
    await ctx.close();
  }
});

// The monkey in edit mode (issue 16): seeded random input where double-clicks make actors, Alt-drags links, Delete
// removes, Ctrl+Z / Ctrl+Y undo and redo, and typing fills names. `check-edits on` makes the app check the whole
// data set after every change, by the rules a file gets when opened: not one change may leave it invalid.
const EDIT_MONKEY_EVENTS = Number(process.env.MONKEY_EVENTS || 2000);
const seed = monkeySeed();
await test(`monkey in edit mode: ${EDIT_MONKEY_EVENTS} seeded events, the data set valid after every change (seed ${seed})`, async () => {
  const W = 1024, H = 640;
  const ctx = await browser.newContext({ viewport: { width: W, height: H } });
  const mp = await ctx.newPage();
  mp.on('dialog', (d) => d.accept());
  const mw = watchPage(mp, origin);
  const M = explorerOf(mp);
  const cdp = await ctx.newCDPSession(mp);
  try {
    await openApp(mp, origin + '/index.html');
    const before = await M.state();
    assert((await M.command('edit on')).ok && (await M.command('check-edits on')).ok, 'edit on / check-edits on refused');
    let last = null, leftEdit = 0;
    const alive = async () => {
      const s = await Promise.race([M.state(), new Promise((_, no) => setTimeout(() => no(new Error('state() did not answer in 15 s')), 15000))]);
      assert(s && s.editCheck, `state() has no editCheck: ${JSON.stringify(s && s.editCheck)}`);
      assert(s.editCheck.invalid === 0, `a change left the data set invalid: ${s.editCheck.first}`);
      assert(mw.pageErrors.length === 0, `page error: ${mw.pageErrors.join(' | ')}`);
      if (!s.editing) { ++leftEdit; await M.command('edit on'); }  // the toolbar's Edit button was clicked
      last = s;
    };
    const run = await runMonkey({ page: mp, cdp, width: W, height: H, events: EDIT_MONKEY_EVENTS, seed, alive, edit: true });
    const v = await M.command('validate');
    assert(v.ok && v.errors === 0, `validate after the monkey: ${v.message}`);
    console.log(`         ${run.events} events in ${run.seconds} s (${JSON.stringify(run.counts)}); ${last.editCheck.checked} changes ` +
      `checked, 0 invalid; ${before.actors} -> ${last.actors} actors, ${before.links} -> ${last.links} links, revision ` +
      `${last.document.revision}; edit mode restored ${leftEdit} times; ${mw.messages.length} console messages`);
    await screenshot(mp, 'edit-monkey-end.png');
    assert(last.editCheck.checked > 0, 'the monkey changed nothing: it did not reach the edit gestures');
    assert(mw.problems.length === 0, `console: ${mw.problems.slice(0, 5).join(' | ')} (replay with MONKEY_SEED=${seed})`);
  } finally {
    await cdp.detach().catch(() => {});
    await ctx.close();
  }
});

await close();
process.exit(finish());
