#!/usr/bin/env node
// i18n_extract.mjs [--check]: collects the interface's English texts into assets/i18n/en.json, the file translators
// start from. The texts live in the C++ where they are used, as Tr("id", "English"), TrF("id", "English", {...})
// and TrN("id", n, "one", "other"), plus the vocabulary's display names and descriptions (src/core/vocabulary.cpp,
// ids "vocab.<what>.<wire>" and "<...>.desc"). With --check, writes nothing and fails when en.json is not what the
// sources say (a text was added or changed without running this script).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(root, 'assets/i18n/en.json');
const LIT = String.raw`"(?:[^"\\\n]|\\.)*"`;
const LITS = String.raw`(?:${LIT}\s*)+`;  // adjacent literals are one string in C++
const unquote = (lits) => [...lits.matchAll(new RegExp(LIT, 'g'))].map((m) => JSON.parse(m[0])).join('');

const texts = new Map();  // id -> string | {one, other}
const where = new Map();
const errors = [];
function add(id, value, at) {
  const prev = texts.get(id);
  if (prev !== undefined && JSON.stringify(prev) !== JSON.stringify(value))
    errors.push(`${at}: id "${id}" already has another English text (${where.get(id)})`);
  texts.set(id, value);
  where.set(id, at);
}

function walk(dir) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) walk(p);
    else if (/\.(cpp|h)$/.test(e.name) && !/_test\.cpp$/.test(e.name) && !/^i18n\./.test(e.name)) scan(p);
  }
}
function scan(file) {
  const src = fs.readFileSync(file, 'utf8');
  const rel = path.relative(root, file);
  const line = (i) => `${rel}:${src.slice(0, i).split('\n').length}`;
  for (const m of src.matchAll(new RegExp(String.raw`\bTrF?\(\s*"([a-z0-9_.-]+)"\s*,\s*(${LITS})`, 'g')))
    add(m[1], unquote(m[2]), line(m.index));
  for (const m of src.matchAll(new RegExp(String.raw`\bTrN\(\s*"([a-z0-9_.-]+)"\s*,\s*[^,]+,\s*(${LITS}),\s*(${LITS})`, 'g')))
    add(m[1], { one: unquote(m[2]), other: unquote(m[3]) }, line(m.index));
  // Rows of a table of texts: SSE_TEXT("id", "English") (ui/tr.h).
  for (const m of src.matchAll(new RegExp(String.raw`\bSSE_TEXT\(\s*"([a-z0-9_.-]+)"\s*,\s*(${LITS})\)`, 'g')))
    add(m[1], unquote(m[2]), line(m.index));
  // A Tr call whose id is not a literal cannot be collected: say so rather than miss it, unless its line says the
  // ids come from SSE_TEXT rows.
  for (const m of src.matchAll(/\bTr[FN]?\(\s*(?!")([^)]{0,40})/g)) {
    const rest = src.slice(m.index, src.indexOf('\n', m.index));
    if (!rest.includes('SSE_TEXT') && !rel.endsWith('vocabulary.cpp'))
      errors.push(`${line(m.index)}: Tr call without a literal id: ${m[0]}`);
  }
}
walk(path.join(root, 'src'));  // (i18n.h/.cpp themselves only show the pattern)

// The vocabulary's rows.
const vocab = fs.readFileSync(path.join(root, 'src/core/vocabulary.cpp'), 'utf8');
const whatOf = new Map([...vocab.matchAll(/MakeTable\((\w+), \w+, "([^"]+)"/g)].map((m) => [m[1], m[2]]));
for (const m of vocab.matchAll(/constexpr VocabEntry (\w+)\[\] = \{([\s\S]*?)\n\};/g)) {
  const what = whatOf.get(m[1]);
  if (!what) continue;
  const prefix = 'vocab.' + what.toLowerCase().replace(/ /g, '_') + '.';
  for (const r of m[2].matchAll(new RegExp(String.raw`\{\s*(${LIT}),\s*(${LITS}),\s*(${LITS})\}`, 'g'))) {
    const wire = JSON.parse(r[1]);
    add(prefix + wire, unquote(r[2]), 'src/core/vocabulary.cpp');
    const desc = unquote(r[3]);
    if (desc) add(prefix + wire + '.desc', desc, 'src/core/vocabulary.cpp');
  }
}

if (errors.length) { console.error(errors.join('\n')); process.exit(1); }
const sorted = Object.fromEntries([...texts.keys()].sort().map((k) => [k, texts.get(k)]));
const json = JSON.stringify(sorted, null, 1) + '\n';
if (process.argv.includes('--check')) {
  const now = fs.existsSync(out) ? fs.readFileSync(out, 'utf8') : '';
  if (now !== json) {
    const old = now ? JSON.parse(now) : {};
    const diff = Object.keys(sorted).filter((k) => JSON.stringify(old[k]) !== JSON.stringify(sorted[k]))
      .concat(Object.keys(old).filter((k) => !(k in sorted)));
    console.error(`assets/i18n/en.json is out of date (${diff.slice(0, 10).join(', ')}${diff.length > 10 ? ', ...' : ''}): run node scripts/i18n_extract.mjs`);
    process.exit(1);
  }
  console.log(`en.json up to date: ${texts.size} texts`);
} else {
  fs.writeFileSync(out, json);
  console.log(`wrote ${path.relative(root, out)}: ${texts.size} texts`);
}
