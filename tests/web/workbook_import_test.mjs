// workbook_import_test.mjs SITE: spreadsheets and graphs in the browser (issue 15, the xml side): a workbook saved
// by LibreOffice opens through window.explorer.openData (as a dropped file would) into the preview and replaces the
// data; the XLSX export downloads as bytes and opens again with every actor and link; the GEXF export carries the
// drawing; a hostile workbook is refused with its located message. Screenshot: artifacts/workbook_preview.png.
import fs from 'node:fs';
import { launch, watchPage, openApp, explorerOf, assert, runner, screenshot } from './harness.mjs';

const site = process.argv[2] || 'build/web/site';
const { test, finish } = runner('workbook import');
const env = await launch(site);
const page = await env.browser.newPage({ viewport: { width: 1280, height: 800 } });
const watch = watchPage(page, env.origin);
// Every request the page makes from the start, to see when the converter module is fetched.
const requested = [];
page.on('request', (r) => requested.push(new URL(r.url()).pathname));
await openApp(page, `${env.origin}/index.html`);
const { state, command } = explorerOf(page);
const bytes = (file) => Array.from(fs.readFileSync(file));
// Workbooks and graphs go through the converter module (a promise); other files are opened at once.
const open = (name, data) => page.evaluate(async ([n, d]) => {
  const r = await window.explorer.openData(n, typeof d === 'string' ? d : new Uint8Array(d));
  return { ok: r.ok, code: r.code, message: r.message, diagnostics: r.diagnostics };
}, [name, data]);

await test('the first load does not fetch the converter module; the first table does, once', async () => {
  assert(requested.some((p) => /index\.wasm$/.test(p)), `the page's own requests are seen: ${requested.join(', ')}`);
  assert(!requested.some((p) => /convert\.(mjs|wasm)$/.test(p)), `requested: ${requested.join(', ')}`);
  const json = await page.evaluate(() => window.explorer.exportData('json'));
  const mine = await page.evaluate((t) => window.explorer.openData('mine.json', t), json);
  assert(mine.ok && !requested.some((p) => /convert\./.test(p)), `our JSON needs no converter: ${JSON.stringify(mine).slice(0, 200)}`);
  assert((await command('import cancel')).ok, 'cancel');
  const r = await page.evaluate(() => window.explorer.openData('actors.csv', 'id,name,kind,level,territory\na,A,practitioner,local,ES\n'));
  assert(r.ok && r.code === 'ok', `a CSV through the converter: ${JSON.stringify(r).slice(0, 200)}`);
  assert(requested.filter((p) => /convert\.wasm$/.test(p)).length === 1, `converter fetched once: ${requested.join(', ')}`);
  assert((await command('import cancel')).ok, 'cancel');
});

let silkXlsx = null;
await test('the XLSX export is a workbook of every table', async () => {
  const before = await state();
  silkXlsx = await page.evaluate(async () => Array.from(await window.explorer.exportData('xlsx')));
  assert(requested.filter((p) => /convert\.wasm$/.test(p)).length === 1, `still fetched once: ${requested.join(', ')}`);
  assert(silkXlsx.length > 10000 && silkXlsx[0] === 0x50 && silkXlsx[1] === 0x4b, `not a ZIP: ${silkXlsx.slice(0, 4)}`);
  assert(before.actors === 88, `bundled data has ${before.actors} actors`);
  const gexf = await page.evaluate(() => window.explorer.exportData('gexf'));
  const positions = (gexf.match(/<viz:position /g) || []).length;
  assert(gexf.startsWith('<?xml') && positions === 88, `GEXF with ${positions} positions`);
  const graphml = await page.evaluate(() => window.explorer.exportData('graphml'));
  assert((graphml.match(/<edge /g) || []).length === 122, 'GraphML with 122 edges');
});

await test('a LibreOffice workbook opens into the preview and replaces the data', async () => {
  const r = await open('libreoffice_book.xlsx', bytes('tests/data/import/libreoffice_book.xlsx'));
  const s = await state();
  assert(s.import && s.import.actors === 3 && s.import.links === 2 && s.import.errors === 0,
    `preview ${JSON.stringify(s.import)} (openData: ${JSON.stringify(r).slice(0, 300)})`);
  await page.waitForTimeout(300);
  await screenshot(page, 'workbook_preview.png');
  const done = await command('import replace');
  assert(done.ok, JSON.stringify(done));
  const after = await state();
  assert(after.actors === 3 && after.import === null, `after replace: ${after.actors} actors`);
});

await test('the exported workbook opens again with every actor and link', async () => {
  await open('silk.xlsx', silkXlsx);
  const s = await state();
  assert(s.import && s.import.actors === 88 && s.import.links === 122 && s.import.errors === 0 && s.import.warnings === 0,
    `preview ${JSON.stringify(s.import).slice(0, 400)}`);
  assert((await command('import replace')).ok, 'replace');
  assert((await state()).actors === 88, 'back to 88 actors');
});

await test('an ODS workbook and a NetworkX GraphML open', async () => {
  await open('libreoffice_book.ods', bytes('tests/data/import/libreoffice_book.ods'));
  let s = await state();
  assert(s.import && s.import.actors === 3 && s.import.errors === 0, `ods preview ${JSON.stringify(s.import).slice(0, 300)}`);
  await command('import cancel');
  await open('networkx.graphml', fs.readFileSync('tests/data/import/networkx.graphml', 'utf8'));
  s = await state();
  assert(s.import && s.import.actors === 4 && s.import.links === 3, `graphml preview ${JSON.stringify(s.import).slice(0, 300)}`);
  await command('import cancel');
  assert((await state()).actors === 88, 'cancel keeps the data');
});

await test('an entity-expansion workbook is refused with its located message', async () => {
  const laughs = '<?xml version="1.0"?>\n<!DOCTYPE g [\n<!ENTITY a "aaaaaaaa">\n<!ENTITY b "&a;&a;&a;&a;">\n]>\n<graphml><graph><node id="&b;"/></graph></graphml>';
  const r = await open('laughs.graphml', laughs);
  const s = await state();
  const d = (s.import && s.import.diagnostics || []).concat(r.diagnostics || []);
  const hit = d.find((x) => /billion laughs/.test(x.message || ''));
  assert(hit && hit.line === 3, `diagnostics ${JSON.stringify(d).slice(0, 400)}`);
  await command('import cancel');
  assert((await state()).actors === 88, 'the data is kept');
});

await test('no page errors', async () => {
  assert(watch.pageErrors.length === 0, watch.pageErrors.join('; '));
});

await env.close();
process.exit(finish());
