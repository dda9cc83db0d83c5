// table_edit_test.mjs: the table view as a spreadsheet in edit mode (issue 16), in the real web build with the REAL
// mouse, keyboard and clipboard: a click makes a cell current, Ctrl+V pastes a block of cells copied from a
// spreadsheet (the browser's own paste event, from the system clipboard), a second click types into a cell, a
// bad cell is refused with its row and column and nothing changes, rows beyond the table become new actors,
// Ctrl+Z undoes a whole block in one step; a case chosen in edit mode gets its form; outside edit mode Ctrl+V
// opens cells as an import, and into a text box it types the clipboard's text. Screenshots: tests/web/artifacts/table-edit-*.png.
// Usage: node tests/web/table_edit_test.mjs [SITE_DIR]   (default build/web/site)
import { assert, explorerOf, launch, openApp, runner, screenshot, stateWaiter, watchPage } from './harness.mjs';

const site = process.argv[2] || 'build/web/site';
const { test, finish } = runner('table-edit');
const { origin, browser, close } = await launch(site);
const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
const page = await context.newPage();
page.on('dialog', (d) => d.accept());
const watch = watchPage(page, origin);
const { state, command } = explorerOf(page);
const shot = (name) => screenshot(page, name);

const waitFor = stateWaiter(page, state, (s) => JSON.stringify({ doc: s.document, cell: s.tableCell, notices: s.notices }));
async function click(p) {
  await page.mouse.move(p.x, p.y, { steps: 4 });
  await page.waitForTimeout(200);
  await page.mouse.click(p.x, p.y);
}
// The cells of the actors table as drawn this frame: [{row, column, x, y}], top to bottom.
async function cells(table, column) {
  const t = (await state()).targets;
  return Object.entries(t).filter(([k]) => k.startsWith(`cell:${table}:`) && k.endsWith(`:${column}`))
    .map(([k, r]) => ({ row: k.slice(`cell:${table}:`.length, -(column.length + 1)), x: r.x + Math.min(r.w / 2, 40), y: r.y + r.h / 2 }))
    .sort((a, b) => a.y - b.y);
}
// The document as the app would save it.
async function documentJson() {
  return page.evaluate(() => JSON.parse(JSON.parse(Module.ccall('explorer_export', 'string', ['string'], ['json'])).files[0].text));
}
const actor = (doc, id) => doc.actors.find((a) => a.id === id);
async function copy(text) { await page.evaluate((t) => navigator.clipboard.writeText(t), text); }

let rows = null;
let before = null;
await test('edit mode and the table: clicking a cell makes it current', async () => {
  await openApp(page, origin + '/index.html');
  await page.keyboard.press('e');
  await waitFor((s) => s.editing, 'edit mode');
  assert((await command('panel table on')).ok, 'panel table on');
  await page.waitForTimeout(300);
  rows = await cells('actors', 'kind');
  assert(rows.length >= 3, `editable kind cells drawn: ${rows.length}`);
  await click(rows[0]);
  const s = await waitFor((t) => t.tableCell && t.tableCell.row === rows[0].row, 'the current cell');
  assert(s.tableCell.table === 'actors' && s.tableCell.column === 'kind', JSON.stringify(s.tableCell));
  before = await documentJson();
  await shot('table-edit-1-current.png');
});

await test('Ctrl+V pastes a 2 x 2 block copied from a spreadsheet: kinds and levels of two rows, one undo step', async () => {
  const s0 = await state();
  await copy('Network\tnational\r\npublic_agency\tLocal\r\n');  // as LibreOffice and Excel put cells on the clipboard
  await page.keyboard.press('Control+V');
  const s = await waitFor((t) => t.document.revision > s0.document.revision, 'the paste');
  assert(s.notices.some((n) => /pasted 4 cells into 2 rows/.test(n)), `notice: ${JSON.stringify(s.notices)}`);
  assert(s.import === null || s.import === undefined || !s.import.pending, 'no import preview opened');
  const doc = await documentJson();
  const [a, b] = [actor(doc, rows[0].row), actor(doc, rows[1].row)];
  assert(a.kind === 'network' && a.level === 'national', `row 1: ${a.kind} ${a.level}`);
  assert(b.kind === 'public_agency' && b.level === 'local', `row 2: ${b.kind} ${b.level}`);
  await page.waitForTimeout(200);
  await shot('table-edit-2-pasted.png');
  await page.keyboard.press('Control+Z');
  const u = await waitFor((t) => t.document.revision > s.document.revision || t.document.canRedo, 'the undo');
  const back = await documentJson();
  assert(JSON.stringify(back.actors) === JSON.stringify(before.actors), 'one Ctrl+Z undoes the whole block');
  assert(u.document.redoLabel && /pasted 4 cells/.test(u.document.redoLabel), `redo label: ${u.document.redoLabel}`);
});

await test('a bad cell is refused with its row and column; nothing changes', async () => {
  const s0 = await state();
  await copy('network\tnational\nnetwork\tgalactic');
  await page.keyboard.press('Control+V');
  const s = await waitFor((t) => t.notices.some((n) => /galactic/.test(n)), 'the refusal notice');
  const notice = s.notices.find((n) => /galactic/.test(n));
  assert(/row 2 \(.+\), column level/.test(notice), `located: ${notice}`);
  assert(s.document.revision === s0.document.revision, 'nothing applied');
  await shot('table-edit-3-refused.png');
});

await test('a second click types into a name cell; Enter applies it', async () => {
  const names = await cells('actors', 'name');
  const target = names[2];
  await click(target);
  await waitFor((t) => t.tableCell && t.tableCell.row === target.row && t.tableCell.column === 'name', 'the name cell current');
  const s0 = await state();
  await click(target);
  await page.waitForTimeout(200);
  await page.keyboard.press('Control+A');
  await page.keyboard.type('Typed In The Table');
  await page.keyboard.press('Enter');
  await waitFor((t) => t.document.revision > s0.document.revision, 'the typed cell');
  assert(actor(await documentJson(), target.row).name === 'Typed In The Table', 'the name typed');
  await shot('table-edit-4-typed.png');
});

await test('rows pasted beyond the table become new actors', async () => {
  // Show one row only (the filter), paste three names from it: the two extra rows are new actors.
  const names = await cells('actors', 'name');
  const last = names[0];
  await click(last);
  await waitFor((t) => t.tableCell && t.tableCell.row === last.row, 'a name cell current');
  await page.mouse.click(180, 300);  // nowhere in particular on the table window: the canvas keeps its selection
  const s0 = await state();
  assert((await command(`paste-cells actors name {"rows": [${JSON.stringify(last.row)}], "text": "Kept\\nRoom Coop One\\nRoom Coop Two"}`)).ok, 'paste-cells');
  const s = await waitFor((t) => t.actors === s0.actors + 2, 'two new actors');
  const doc = await documentJson();
  assert(actor(doc, 'room-coop-one') && actor(doc, 'room-coop-two'), 'new actors by their names');
  assert((await command('validate')).ok, 'the map still passes its rules');
  assert(s.document.canUndo, 'undoable');
});

await test('a case chosen in edit mode: the details panel is its form; a typed title is applied', async () => {
  assert((await command('panel table off')).ok, 'panel table off');
  assert((await command('clear')).ok, 'clear');
  assert((await command('case coopcycle')).ok, 'case coopcycle');
  await page.waitForTimeout(400);
  const s0 = await state();
  await page.mouse.click(1080, 207);  // the form's first field, Title (as the actor's Name in edit_test)
  await page.waitForTimeout(300);
  await page.keyboard.press('Control+A');
  await page.keyboard.type('CoopCycle, typed in the form');
  await page.keyboard.press('Enter');
  const s = await waitFor((t) => t.document.revision > s0.document.revision, 'the title edit');
  assert(s.document.undoLabel === 'set case coopcycle title', `undo label: ${s.document.undoLabel}`);
  const doc = await documentJson();
  assert(doc.cases.find((c) => c.id === 'coopcycle').title === 'CoopCycle, typed in the form', 'the title');
  await shot('table-edit-6-case-form.png');
});

await test('a recorded tour\'s step list: a step dragged with the mouse to another place (one undo step)', async () => {
  assert((await command('tour none')).ok && (await command('edit on')).ok, 'edit on');
  let tourId = null;
  for (const [i, view] of ['select accio', 'select coopcycle', 'select oecd'].entries()) {
    assert((await command(view)).ok, view);
    const r = await command('record-step');
    assert(r.ok, `record-step: ${r.message}`);
    tourId = (await state()).tour.id;
    assert((await command(`set step ${tourId} ${i + 1} title ${JSON.stringify('Step ' + 'ABC'[i])}`)).ok, 'title');
  }
  await page.waitForTimeout(300);
  const header = (await state()).targets['step-list'];
  assert(header, 'the step list header is drawn');
  await click({ x: header.x + 40, y: header.y + header.h / 2 });
  await page.waitForTimeout(300);
  const t = (await state()).targets;
  assert(t['step:1'] && t['step:3'], `step rows drawn: ${Object.keys(t).filter((k) => k.startsWith('step')).join(' ')}`);
  const s0 = await state();
  // Step 1 dragged onto step 3: A B C -> B C A.
  const from = { x: t['step:1'].x + 30, y: t['step:1'].y + t['step:1'].h / 2 }, to = { x: t['step:3'].x + 30, y: t['step:3'].y + t['step:3'].h / 2 };
  await page.mouse.move(from.x, from.y, { steps: 3 });
  await page.waitForTimeout(150);
  await page.mouse.down();
  for (let i = 1; i <= 12; i++) { await page.mouse.move(from.x + ((to.x - from.x) * i) / 12, from.y + ((to.y - from.y) * i) / 12); await page.waitForTimeout(20); }
  await page.waitForTimeout(150);
  await shot('table-edit-7-step-drag.png');
  await page.mouse.up();
  const s = await waitFor((x) => x.document.revision > s0.document.revision, 'the step move');
  const doc = await documentJson();
  const titles = doc.tours.find((x) => x.id === tourId).steps.map((st) => st.title).join(' ');
  assert(titles === 'Step B Step C Step A', `steps after the drag: ${titles}`);
  assert(/move/.test(s.document.undoLabel), `undo label: ${s.document.undoLabel}`);
  await command('tour none');
  await command('edit off');
});

await test('outside edit mode Ctrl+V opens spreadsheet cells as an import preview; in a text box it types', async () => {
  await page.keyboard.press('Escape');
  assert((await command('edit off')).ok, 'edit off');
  await copy('id\tname\tkind\tlevel\tterritory\naccio\tACCIÓ\tpublic_agency\tregional\tes-ct\n');
  await page.mouse.click(640, 120);
  await page.keyboard.press('Control+V');
  const s = await waitFor((t) => t.import && t.import.files && t.import.files[0] === 'pasted cells.tsv', 'the import preview');
  assert(s.import.actors === 1, JSON.stringify(s.import).slice(0, 300));
  assert((await command('import cancel')).ok, 'import cancel');
  // The search box: "/" puts the keyboard there; the system clipboard's text is typed into it; Enter selects.
  // Half typed, half pasted: the typed letters show the box has the keyboard before the paste comes.
  await copy('Cycle');
  await page.keyboard.press('/');
  await page.waitForTimeout(400);
  await page.keyboard.type('Coop', { delay: 40 });
  await page.waitForTimeout(300);
  await page.keyboard.press('Control+V');
  await page.waitForTimeout(600);
  await shot('table-edit-5-search-pasted.png');
  await page.keyboard.press('Enter');
  const t = await waitFor((x) => x.selected === 'coopcycle', 'the pasted search selects CoopCycle');
  assert(!t.import || !t.import.files || t.import.files.length === 0 || t.import.pending === false, 'no import from a paste into a text box');
});

await test('no console error, warning or page error', async () => {
  assert(watch.problems.length === 0 && watch.pageErrors.length === 0, `console: ${JSON.stringify(watch.problems.concat(watch.pageErrors)).slice(0, 500)}`);
});

await close();
process.exit(finish());
