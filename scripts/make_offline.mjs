// make_offline.mjs SITE_DIR: writes SITE_DIR/sw.js, the service worker, from web/sw.js with the list of files the
// page needs (every file in SITE_DIR but the .gz copies, which hosts serve under the plain name, the licences, and
// sw.js itself) and their SHA-256, LAZY (the same for fonts/, i18n/ and translations/), plus VERSION, a hash over that list and
// the worker's code. Run by scripts/build_web.sh after the build.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

const site = process.argv[2];
if (!site || !fs.existsSync(path.join(site, 'index.html'))) {
  console.error(`usage: node scripts/make_offline.mjs SITE_DIR (with index.html; got ${site || 'nothing'})`);
  process.exit(2);
}
const sha = (buf) => crypto.createHash('sha256').update(buf).digest('hex');
const files = fs.readdirSync(site, { withFileTypes: true })
  .filter((e) => e.isFile() && !e.name.endsWith('.gz') && e.name !== 'sw.js' && !/^LICENSE/i.test(e.name))
  .map((e) => e.name).sort()
  .map((name) => [name, sha(fs.readFileSync(path.join(site, name)))]);
// Files fetched only when needed (the Korean font, a language's texts, the data's translations): not downloaded when the
// worker installs, kept the first time the page fetches them, so a language once chosen also works offline.
const LAZY_DIRS = ['fonts', 'i18n', 'translations'];
const lazy = LAZY_DIRS.filter((d) => fs.existsSync(path.join(site, d))).flatMap((d) =>
  fs.readdirSync(path.join(site, d), { withFileTypes: true })
    .filter((e) => e.isFile() && !e.name.endsWith('.gz') && !/^LICENSE/i.test(e.name))
    .map((e) => `${d}/${e.name}`)).sort()
  .map((name) => [name, sha(fs.readFileSync(path.join(site, name)))]);
const template = fs.readFileSync(new URL('../web/sw.js', import.meta.url), 'utf8');
// The worker's own code counts too: a new sw.js with the same files still gets its own cache.
const version = sha(JSON.stringify(files) + JSON.stringify(lazy) + template).slice(0, 16);
const out = `'use strict';\nconst VERSION = ${JSON.stringify(version)};\nconst FILES = ${JSON.stringify(files, null, 0)};\n` +
  `const LAZY = ${JSON.stringify(lazy, null, 0)};\n${template}`;
fs.writeFileSync(path.join(site, 'sw.js'), out);
console.log(`offline: sw.js lists ${files.length} files and ${lazy.length} kept when first fetched (version ${version})`);
