// make_offline.mjs SITE_DIR: writes SITE_DIR/sw.js, the service worker, from web/sw.js with the list of files the
// page needs (every file in SITE_DIR but the .gz copies, which hosts serve under the plain name, the licences, and
// sw.js itself) and their SHA-256, plus VERSION, a hash over that list and
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
const template = fs.readFileSync(new URL('../web/sw.js', import.meta.url), 'utf8');
// The worker's own code counts too: a new sw.js with the same files still gets its own cache.
const version = sha(JSON.stringify(files) + template).slice(0, 16);
const out = `'use strict';\nconst VERSION = ${JSON.stringify(version)};\nconst FILES = ${JSON.stringify(files, null, 0)};\n${template}`;
fs.writeFileSync(path.join(site, 'sw.js'), out);
console.log(`offline: sw.js lists ${files.length} files (version ${version})`);
