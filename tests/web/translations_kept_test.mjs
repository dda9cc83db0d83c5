// translations_kept_test.mjs SITE: an edit of the bundled map keeps its translations (issue 18). The web page keeps the
// bundled data's translations in a file apart (scripts/split_translations.mjs), fetched only when needed; edit mode
// (and the Data menu, with its exports) fetches it even in English and folds it into the document, so the JSON
// export and the browser's autosave copy carry every translation the data file has.
import fs from 'node:fs';
import { launch, watchPage, assert, runner, openApp, explorerOf } from './harness.mjs';

const site = process.argv[2] || 'build/web/site';
const env = await launch(site);
const { origin, browser } = env;
const { test, finish } = runner('translations kept test');

// What the data file itself translates: item kind -> ids with translations (the source of truth, data/silk.json).
const source = JSON.parse(fs.readFileSync('data/silk.json', 'utf8'));
const translatedIds = (d) => Object.fromEntries(['actors', 'cases', 'recommendations', 'tours'].map((k) =>
  [k, (d[k] || []).filter((x) => x.translations && Object.keys(x.translations).length).map((x) => x.id).sort()]));
const steps = (d) => (d.tours || []).flatMap((t) => t.steps.map((s) => (s.translations ? Object.keys(s.translations).length : 0)));
const expected = translatedIds(source);

const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-GB' });
const page = await context.newPage();
const watch = watchPage(page, origin);
const X = explorerOf(page);

await test('English, no edit: the translations are not fetched', async () => {
  await openApp(page, origin + '/index.html');
  await page.waitForTimeout(800);
  const s = await X.state();
  assert(s.language === 'en' && s.contentTranslations === 'none', `language ${s.language}, translations ${s.contentTranslations}`);
  assert(!watch.requests.some((u) => u.includes('/translations/')), 'translations fetched on an English visit');
  assert(expected.cases.length > 0 && expected.tours.length > 0, `the data file has translations: ${JSON.stringify(expected)}`);
});

await test('an edit in English: the JSON export and the autosave copy carry every translation', async () => {
  assert((await X.command('edit on')).ok, 'edit on');
  await page.waitForFunction(() => window.explorer.state().contentTranslations === 'ready', null, { timeout: 15000 });
  const r = await X.command('create-actor 0 0');
  assert(r.ok, `create-actor: ${JSON.stringify(r)}`);
  const exported = JSON.parse(await page.evaluate(() => window.explorer.exportData('json')));
  assert(exported.actors.length === source.actors.length + 1, `the edit is in the export (${exported.actors.length} actors)`);
  const got = translatedIds(exported);
  assert(JSON.stringify(got) === JSON.stringify(expected), `translated items: ${JSON.stringify(got)} (file: ${JSON.stringify(expected)})`);
  assert(JSON.stringify(steps(exported)) === JSON.stringify(steps(source)), `tour steps' translations: ${steps(exported)} vs ${steps(source)}`);
  const c = source.cases.find((x) => x.translations);
  const e = exported.cases.find((x) => x.id === c.id);
  assert(JSON.stringify(e.translations) === JSON.stringify(c.translations), `case ${c.id}: ${JSON.stringify(e.translations).slice(0, 200)}`);
  // The autosave copy (IndexedDB): written after the edit; the same translations.
  await page.waitForFunction(() => { const d = window.explorer.state().document; return d.keptRevision === d.revision; }, null, { timeout: 15000 });
  const kept = await page.evaluate(() => new Promise((resolve, reject) => {
    const open = indexedDB.open('sse-explorer');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const names = [...db.objectStoreNames];
      const tx = db.transaction(names, 'readonly');
      const all = tx.objectStore(names[0]).getAll();
      all.onsuccess = () => resolve(all.result.map((v) => (v && typeof v.text === 'string' ? v.text : '')).join(''));  // {text, savedAt}
      all.onerror = () => reject(all.error);
    };
  }));
  // The stored text is the document's JSON: its cases carry their translations as the data file's do.
  const keptDoc = JSON.parse(kept);
  assert(JSON.stringify(translatedIds(keptDoc)) === JSON.stringify(expected), `autosave copy: ${JSON.stringify(translatedIds(keptDoc))}`);
  const undo = await X.command('undo');
  assert(undo.ok, 'undo');
  const after = JSON.parse(await page.evaluate(() => window.explorer.exportData('json')));
  assert(JSON.stringify(translatedIds(after)) === JSON.stringify(expected), 'undo keeps the translations');
  assert(watch.pageErrors.length === 0, `page errors: ${watch.pageErrors.join(' | ')}`);
});

await env.close();
process.exit(finish());
