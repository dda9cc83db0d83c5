// import_test.mjs: the ways in and out for data files, in a real Chromium: a file dropped on the page, files chosen
// in the file picker (Data > Open…), a block of cells pasted from a spreadsheet, openData with bytes, Replace, Merge, undo
// of an import, and each export (exportData and the Data menu's downloads) read back.
// usage: node tests/web/import_test.mjs build/web/site
import fs from 'node:fs';
import path from 'node:path';
import { artifacts, assert, explorerOf, launch, openApp, runner, screenshot, watchPage } from './harness.mjs';

const site = process.argv[2] || 'build/web/site';
const fixtures = 'tests/data/import';
const { origin, browser, close } = await launch(site);
const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
const watch = watchPage(page, origin);
const { state, command } = explorerOf(page);
const { test, finish } = runner('import');

await openApp(page, origin + '/index.html');
await command('welcome off');
const waitPending = () => page.waitForFunction(() => window.explorer.state().import !== null, null, { timeout: 10000 });
// A click ImGui sees in separate frames: move, press, release (an idle app draws only when woken).
async function clickAt(x, y) {
  await page.mouse.move(x, y);
  await page.waitForTimeout(150);
  await page.mouse.down();
  await page.waitForTimeout(80);
  await page.mouse.up();
  await page.waitForTimeout(300);
}
// The toolbar's Data button's centre, where the UI drew it (state().targets "toolbar.data").
async function dataButton() {
  const t = (await state()).targets['toolbar.data'];
  assert(t, 'no toolbar.data target in state().targets');
  return { x: t.x + t.w / 2, y: t.y + t.h / 2 };
}
const waitNone = () => page.waitForFunction(() => window.explorer.state().import === null, null, { timeout: 10000 });

await test('a file dropped on the page opens the preview; Cancel changes nothing', async () => {
  const elements = fs.readFileSync(path.join(fixtures, 'kumu-elements.csv'), 'utf8');
  const connections = fs.readFileSync(path.join(fixtures, 'kumu-connections.csv'), 'utf8');
  await page.evaluate(([a, b]) => {
    const dt = new DataTransfer();
    dt.items.add(new File([a], 'kumu-elements.csv', { type: 'text/csv' }));
    dt.items.add(new File([b], 'kumu-connections.csv', { type: 'text/csv' }));
    const canvas = document.getElementById('canvas');
    canvas.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true }));
    canvas.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, [elements, connections]);
  await waitPending();
  const s = await state();
  assert(s.import.ok && s.import.actors === 3 && s.import.links === 2, `preview ${JSON.stringify(s.import).slice(0, 300)}`);
  assert(s.import.files.join() === 'kumu-elements.csv,kumu-connections.csv', `files ${s.import.files}`);
  assert(s.import.diagnostics.some((d) => d.text.startsWith('kumu-elements.csv:1:6: warning: column \'Tags\'')), 'Tags located');
  assert(s.actors === 88, 'nothing replaced yet');
  await page.waitForTimeout(300);
  await screenshot(page, 'import-preview.png');
  assert((await command('import cancel')).ok, 'cancel');
  await waitNone();
  assert((await state()).actors === 88, 'cancel keeps the data');
});

await test('files chosen in the file picker (Data > Open…) load with Replace, and undo brings the data back', async () => {
  const chooser = page.waitForEvent('filechooser', { timeout: 10000 });
  const b = await dataButton();
  await clickAt(b.x, b.y);  // the toolbar's Data button
  await screenshot(page, 'import-data-menu.png');
  await clickAt(b.x + 40, b.y + 18);  // Open… (the menu opens under the button; 1280x800 at 100%)
  const fc = await chooser;
  assert(fc.isMultiple(), 'several files at once');
  await fc.setFiles([path.join(fixtures, 'psm-factors.csv'), path.join(fixtures, 'psm-links.csv')]);
  await waitPending();
  let s = await state();
  // KR is already a territory of the open data: referred to, not counted (and carried over on Replace).
  assert(s.import.ok && s.import.actors === 3 && s.import.links === 2 && s.import.territories === 0, JSON.stringify(s.import).slice(0, 300));
  const r = await command('import replace');
  assert(r.ok, r.message);
  s = await state();
  assert(s.actors === 3 && s.links === 2 && s.import === null, `after replace: ${s.actors} actors`);
  assert(s.document.canUndo && s.document.undoLabel.startsWith('import psm-factors.csv'), s.document.undoLabel);
  await page.waitForTimeout(300);
  await screenshot(page, 'import-replaced.png');
  assert((await command('undo')).ok, 'undo');
  s = await state();
  assert(s.actors === 88 && s.links === 122 && s.dataset === 'silk', `after undo: ${s.actors} actors, ${s.dataset}`);
});

await test('cells pasted from a spreadsheet merge into the current data by id', async () => {
  const tsv = 'id\tname\tkind\tlevel\tterritory\tconfidence\tsources\n' +
              'accio\tACCIÓ (renamed in a workshop)\tpublic_agency\tregional\tes-ct\tverified\thttps://www.accio.gencat.cat/\n' +
              'workshop-coop\tWorkshop coop\tpractitioner\tlocal\tMX\tverified\thttps://example.org/w\n';
  await page.mouse.click(640, 600);
  await page.evaluate((text) => {
    const dt = new DataTransfer();
    dt.setData('text/plain', text);
    document.getElementById('canvas').dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
  }, tsv);
  await waitPending();
  let s = await state();
  assert(s.import.ok && s.import.actors === 2 && s.import.files[0] === 'pasted cells.tsv', JSON.stringify(s.import).slice(0, 300));
  const r = await command('import merge');
  assert(r.ok, r.message);
  assert(r.replaced.length === 1 && r.replaced[0].includes("'accio'"), JSON.stringify(r.replaced));
  s = await state();
  assert(s.actors === 89 && s.dataset === 'silk', `after merge: ${s.actors} actors`);
  assert((await command('select accio')).ok && (await state()).selectedName === 'ACCIÓ (renamed in a workshop)', 'the incoming row wins');
  assert((await command('undo')).ok, 'undo');
  s = await state();
  assert(s.actors === 88, `after undo: ${s.actors}`);
});

await test('openData takes bytes (a Windows-1252 file) and a file with errors loads nothing', async () => {
  const bytes = [...fs.readFileSync(path.join(fixtures, 'actors-semicolon-1252.csv'))];
  let r = await page.evaluate((b) => window.explorer.openData('actors-semicolon-1252.csv', new Uint8Array(b)), bytes);
  assert(r.ok && r.code === 'ok' && r.actors === 4, JSON.stringify(r).slice(0, 300));
  assert(r.diagnostics.some((d) => d.code === 'converted-encoding'), 'encoding warning');
  await command('import cancel');
  r = await page.evaluate(() => window.explorer.openData('links.csv', 'from,to,relation\naccio,nobody,funding\n'));
  assert(!r.ok && r.code === 'unknown-actor', JSON.stringify(r).slice(0, 300));
  assert(r.diagnostics.some((d) => d.text.startsWith('links.csv:2:1: error:') || d.text.startsWith('links.csv:2:2: error:')), JSON.stringify(r.diagnostics).slice(0, 400));
  assert(!(await command('import replace')).ok, 'refused');
  assert((await state()).actors === 88, 'unchanged');
  await command('import cancel');
});

await test('exportData gives JSON, CSV and the template, each read back', async () => {
  const json = await page.evaluate(() => window.explorer.exportData('json'));
  const doc = JSON.parse(json);
  assert(doc.format === 'sse-explorer/1' && doc.actors.length === 88, 'json export');
  const csv = await page.evaluate(() => window.explorer.exportData('csv'));
  assert(Object.keys(csv).sort().join() === 'actors.csv,cases.csv,links.csv,recommendations.csv,territories.csv', Object.keys(csv).join());
  const actors = await page.evaluate(() => window.explorer.exportData('csv:actors'));
  assert(actors === csv['actors.csv'] && actors.startsWith('id,name,short_name,kind,level,territory'), actors.slice(0, 80));
  const r = await page.evaluate((files) => window.explorer.openFiles(Object.entries(files).map(([name, data]) => ({ name, data }))), csv);
  assert(r.ok && r.actors === 88 && r.links === 122, JSON.stringify(r).slice(0, 300));
  await command('import cancel');
  const template = await page.evaluate(() => window.explorer.exportData('template'));
  const t = await page.evaluate((files) => window.explorer.openFiles(Object.entries(files).map(([name, data]) => ({ name, data }))), template);
  assert(t.ok && t.actors === 2 && t.links === 1, JSON.stringify(t).slice(0, 300));
  await command('import cancel');
});

await test('the Data menu downloads JSON and a CSV table through Blob URLs', async () => {
  const downloads = [];
  page.on('download', (d) => downloads.push(d));
  // The toolbar's Data button, then menu items placed from it (the layout is fixed at 1280x800 and 100%).
  const b = await dataButton();
  await clickAt(b.x, b.y);
  await clickAt(b.x + 50, b.y + 70);  // Export JSON
  await clickAt(b.x, b.y);
  await page.mouse.move(b.x + 70, b.y + 94);  // Export one CSV table >, whose submenu opens to the left
  await page.waitForTimeout(500);
  await screenshot(page, 'import-export-menu.png');
  await page.mouse.move(b.x + 10, b.y + 94);
  await clickAt(b.x - 70, b.y + 118);  // links.csv
  for (let i = 0; i < 50 && downloads.length < 2; ++i) await page.waitForTimeout(100);
  const names = downloads.map((d) => d.suggestedFilename()).sort();
  assert(names.join() === 'links.csv,silk.json', `downloads: ${names}`);
  const jsonPath = await downloads.find((d) => d.suggestedFilename() === 'silk.json').path();
  assert(JSON.parse(fs.readFileSync(jsonPath, 'utf8')).actors.length === 88, 'downloaded JSON');
  const linksPath = await downloads.find((d) => d.suggestedFilename() === 'links.csv').path();
  const text = fs.readFileSync(linksPath, 'utf8');
  assert(text === await page.evaluate(() => window.explorer.exportData('csv:links')), 'downloaded CSV = exportData');
  assert(text.startsWith('id,from,to,kind,relation,direction,values,weight,') && text.trim().split('\n').length === 123, text.slice(0, 80));
});

await test('no console problems and no request outside the page', async () => {
  assert(watch.problems.length === 0, watch.problems.join('\n'));
  assert(watch.outside.filter((u) => !u.startsWith('blob:')).length === 0, watch.outside.join('\n'));
});

await close();
process.exit(finish());
