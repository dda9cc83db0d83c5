// import_crossing_test.mjs SITE: what crosses between the page's two WebAssembly modules when tables are opened
// (web/files.js, platform/convert_module.cpp). The data set open in the page goes to the converter only when a table
// refers to something its files do not hold (a links table merged into the current map: then the links resolve and
// take their kinds from the open data's actors); tables that hold everything they name never make the main module
// write its data set out. The mapped data set arrives byte for byte (the page's CSV export, opened and loaded
// again, exports the same tables).
import { launch, watchPage, openApp, explorerOf, assert, runner } from './harness.mjs';

const site = process.argv[2] || 'build/web/site';
const { test, finish } = runner('import crossing');
const env = await launch(site);
const page = await env.browser.newPage({ viewport: { width: 1280, height: 800 } });
const watch = watchPage(page, env.origin);
await openApp(page, `${env.origin}/index.html`);
const { state, command } = explorerOf(page);
await command('welcome off');

// Counts the main module's JSON exports (what the converter's request for the open data costs) from here on.
await page.evaluate(() => {
  window.__jsonExports = 0;
  const ccall = Module.ccall;
  Module.ccall = function (name, ret, types, args) {
    if (name === 'explorer_export' && args && args[0] === 'json') window.__jsonExports++;
    return ccall.apply(this, arguments);
  };
});
const jsonExports = () => page.evaluate(() => window.__jsonExports);
const open = (files) => page.evaluate(async (list) => {
  const r = await window.explorer.openFiles(list);
  return { ok: r.ok, code: r.code, message: r.message, diagnostics: r.diagnostics };
}, files);
const silk = JSON.parse(await page.evaluate(() => window.explorer.exportData('json')));

await test('tables that hold every actor they name: the open data set is not handed over', async () => {
  const before = await jsonExports();
  // (A territory cell that no territories table holds could be one of the open map's: that would need it.)
  const r = await open([{ name: 'territories.csv', data: 'id,name,kind,lat,lon\nt1,Somewhere,country,41.4,2.2\n' },
                        { name: 'actors.csv', data: 'id,name,kind,level,territory\na,Alpha,practitioner,local,t1\nb,Beta,funder,national,t1\n' },
                        { name: 'links.csv', data: 'from,to,relation\na,b,funding\n' }]);
  assert(r.ok, JSON.stringify(r).slice(0, 300));
  assert((await jsonExports()) === before, `the main module wrote its data set for the converter ${await jsonExports() - before} times`);
  const s = await state();
  assert(s.import && s.import.actors === 2 && s.import.links === 1, JSON.stringify(s.import).slice(0, 300));
  assert((await command('import cancel')).ok, 'cancel');
});

await test('a links table naming actors of the open map: the open data set is handed over, once', async () => {
  // Two actors of the bundled data on different levels, and one more on the first one's level.
  const a = silk.actors[0];
  const b = silk.actors.find((x) => x.level !== a.level);
  const c = silk.actors.find((x) => x.id !== a.id && x.level === a.level);
  assert(a && b && c, 'the bundled data has actors on two levels');
  const before = await jsonExports();
  // By id and by name; no kind column: each link's kind comes from the two actors' levels in the open data.
  // (Merged into the bundled data, whose rules want a source and a confidence for every link.)
  const r = await open([{ name: 'links.csv', data: 'from,to,relation,confidence,sources\n' +
    `${a.id},"${b.name}",funding,verified,https://example.org/a\n${a.id},${c.id},funding,verified,https://example.org/b\n` }]);
  assert(r.ok, JSON.stringify(r).slice(0, 400));
  assert((await jsonExports()) === before + 1, `handed over ${await jsonExports() - before} times`);
  const linksBefore = (await state()).links;
  const merged = await command('import merge');
  assert(merged.ok, `merge: ${JSON.stringify(merged).slice(0, 300)}`);
  const after = JSON.parse(await page.evaluate(() => window.explorer.exportData('json')));
  assert(after.links.length === linksBefore + 2, `links ${linksBefore} -> ${after.links.length}`);
  const ab = after.links.find((l) => l.from === a.id && l.to === b.id);
  const ac = after.links.find((l) => l.from === a.id && l.to === c.id);
  assert(ab && ab.kind === 'vertical', `a-b: ${JSON.stringify(ab)}`);
  assert(ac && ac.kind === 'horizontal', `a-c: ${JSON.stringify(ac)}`);
  assert(after.actors.length === silk.actors.length, `actors ${silk.actors.length} -> ${after.actors.length}`);
  assert((await command('undo')).ok, 'undo');
});

await test('the mapped data set arrives byte for byte: CSV export, import, export again', async () => {
  const csv = await page.evaluate(() => window.explorer.exportData('csv'));
  const r = await open(Object.keys(csv).map((name) => ({ name, data: csv[name] })));
  assert(r.ok, JSON.stringify(r).slice(0, 300));
  assert((await command('import replace')).ok, 'replace');
  const again = await page.evaluate(() => window.explorer.exportData('csv'));
  for (const name of Object.keys(csv)) assert(again[name] === csv[name], `${name} differs after the round trip`);
  assert(/[^\x00-\x7f]/.test(csv['actors.csv']), 'the tables carry non-ASCII text (the bytes are not re-encoded)');
  assert((await command('undo')).ok, 'undo');
});

await test('no page errors', async () => {
  assert(watch.pageErrors.length === 0, watch.pageErrors.join('; '));
});

await env.close();
process.exit(finish());
