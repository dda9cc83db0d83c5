// foreign_import_test.mjs SITE: files of other tools open in the browser without errors (issue 15): a Kumu-style
// workbook saved by LibreOffice goes to the preview with zero errors and its mapping warnings (an unknown 'Type' read
// as one of ours, the Tags column kept as an attribute), replaces the data, and the attributes come back in the JSON
// export; the CSV tables download as one .zip that opens again with every actor and link.
// Screenshot: artifacts/foreign_import_preview.png.
import fs from 'node:fs';
import { launch, watchPage, openApp, explorerOf, assert, runner, screenshot } from './harness.mjs';

const site = process.argv[2] || 'build/web/site';
const { test, finish } = runner('foreign import');
const env = await launch(site);
const page = await env.browser.newPage({ viewport: { width: 1280, height: 800 } });
const watch = watchPage(page, env.origin);
await openApp(page, `${env.origin}/index.html`);
const { state, command } = explorerOf(page);
const open = (name, data) => page.evaluate(async ([n, d]) => {
  const r = await window.explorer.openData(n, new Uint8Array(d));
  return { ok: r.ok, code: r.code, message: r.message, diagnostics: r.diagnostics };
}, [name, data]);

await test('the CSV tables download as one .zip that opens again', async () => {
  const zip = await page.evaluate(async () => Array.from(await window.explorer.exportData('csv-zip')));
  assert(zip.length > 1000 && zip[0] === 0x50 && zip[1] === 0x4b, `not a ZIP: ${zip.slice(0, 4)}`);
  const r = await open('silk-tables.zip', zip);
  const s = await state();
  assert(r.ok && s.import && s.import.actors === 88 && s.import.links === 122 && s.import.errors === 0,
    `preview ${JSON.stringify(s.import).slice(0, 300)} (${JSON.stringify(r).slice(0, 300)})`);
  assert((await command('import cancel')).ok, 'cancel');
});

await test('a Kumu workbook opens with zero errors and keeps its own columns', async () => {
  const r = await open('kumu_style.xlsx', Array.from(fs.readFileSync('tests/data/import/kumu_style.xlsx')));
  const s = await state();
  assert(s.import && s.import.errors === 0 && s.import.actors === 5 && s.import.links === 4,
    `preview ${JSON.stringify(s.import).slice(0, 400)} (${JSON.stringify(r).slice(0, 300)})`);
  const said = s.import.diagnostics.map((d) => d.message).join('\n');
  assert(/'Organization' is not one of the explorer's .*read as 'practitioner'/.test(said), `mapping said: ${said.slice(0, 600)}`);
  assert(/column 'Tags' is not a field of actors; it is kept as an attribute/.test(said), `attribute said: ${said.slice(0, 600)}`);
  await page.waitForTimeout(300);
  await screenshot(page, 'foreign_import_preview.png');
  assert((await command('import replace')).ok, 'replace');
  const json = JSON.parse(await page.evaluate(() => window.explorer.exportData('json')));
  const activa = json.actors.find((a) => a.name === 'Barcelona Activa');
  assert(activa && activa.attributes && activa.attributes.Tags === 'public|employment' && activa.attributes.Type === 'Organization',
    `attributes in the export: ${JSON.stringify(activa)}`);
  assert((await command('undo')).ok, 'undo');
  assert((await state()).actors === 88, 'undo restores the bundled data');
});

await test('no page errors', async () => {
  assert(watch.pageErrors.length === 0, watch.pageErrors.join('; '));
});

await env.close();
process.exit(finish());
