// split_translations.mjs DATA_DIR OUT_DATA_DIR OUT_TRANSLATIONS_DIR: for the web build, each data file of DATA_DIR
// without its "translations" (into OUT_DATA_DIR, preloaded with the page), and those translations alone (into
// OUT_TRANSLATIONS_DIR, same file name, "sse-explorer-translations/1": src/core/translation_overlay.h), which the page
// fetches only when a language other than English is chosen: the first download stays within its budget. Files
// without translations are copied as they are, and get no translations file.
import fs from 'node:fs';
import path from 'node:path';

const [dataDir, outData, outTranslations] = process.argv.slice(2);
if (!dataDir || !outData || !outTranslations) {
  console.error('usage: node scripts/split_translations.mjs DATA_DIR OUT_DATA_DIR OUT_TRANSLATIONS_DIR');
  process.exit(2);
}
fs.mkdirSync(outData, { recursive: true });
fs.mkdirSync(outTranslations, { recursive: true });
for (const name of fs.readdirSync(dataDir).filter((n) => n.endsWith('.json')).sort()) {
  const text = fs.readFileSync(path.join(dataDir, name), 'utf8');
  const data = JSON.parse(text);
  const overlay = { format: 'sse-explorer-translations/1', actors: {}, cases: {}, recommendations: {}, tours: {} };
  let found = 0;
  // Takes an item's translations out of it, into `into[id]`.
  const take = (item, into) => {
    if (item && item.translations) { into[item.id] = item.translations; delete item.translations; found++; }
  };
  for (const list of ['actors', 'cases', 'recommendations'])
    for (const item of data[list] || []) take(item, overlay[list]);
  for (const tour of data.tours || []) {
    const entry = { steps: [] };
    if (tour.translations) { entry.translations = tour.translations; delete tour.translations; found++; }
    for (const step of tour.steps || []) {
      entry.steps.push(step.translations || {});
      if (step.translations) { delete step.translations; found++; }
    }
    if (entry.translations || entry.steps.some((s) => Object.keys(s).length)) overlay.tours[tour.id] = entry;
  }
  if (!found) {
    fs.writeFileSync(path.join(outData, name), text);
    continue;
  }
  // One line: the preloaded copy is read by the app only, and gzip makes the layout's whitespace nearly free anyway.
  fs.writeFileSync(path.join(outData, name), JSON.stringify(data) + '\n');
  fs.writeFileSync(path.join(outTranslations, name), JSON.stringify(overlay) + '\n');
  console.log(`split_translations: ${name}: ${found} translated items moved to ${path.join(outTranslations, name)}`);
}
