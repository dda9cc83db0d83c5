// web_edit.mjs: one edit of a large map in the real web page (WebAssembly, headless Chromium), the WebAssembly twin
// of bench/edit_bench.cpp: the generated 10,000-actor / 50,000-link data set is loaded as a user's JSON file, then
// a field set, an actor deleted (with its links), a link added and an undo are sent through window.explorer.command()
// and timed in the page with performance.now(); each commits the edit (in place: src/core/document_in_place.cpp)
// and makes the view follow it, as a click in edit mode does. Median of --repeat rounds.
// Usage: node bench/web_edit.mjs --json FILE [--site build/web/site] [--repeat 5]     Prints "RESULT {json}".
import fs from 'node:fs';
import path from 'node:path';
import { arg as argOf, median, runBench } from './page.mjs';

const args = process.argv.slice(2);
const arg = (name, fallback) => argOf(args, name, fallback);
const site = arg('--site', 'build/web/site');
const json = arg('--json', 'build/bench/data/load10k.json');
const repeat = Math.max(1, Number(arg('--repeat', '5')));

for (const f of [path.join(site, 'index.html'), json])
  if (!fs.existsSync(f)) { console.error(`web_edit: ${f} not found`); process.exit(1); }
await runBench('web_edit', site, async ({ origin, browser }) => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const problems = [];
  page.on('pageerror', (e) => problems.push(e.message));
  await page.goto(origin + '/index.html');
  await page.waitForFunction(() => window.explorer && window.explorer.ready === true, null, { timeout: 60000 });
  const loaded = await page.evaluate(async (t) => {
    const r = await window.explorer.openData('load10k.json', t);
    if (!r.ok) return r;
    return window.explorer.command('import replace');
  }, fs.readFileSync(json, 'utf8'));
  // The first actors' ids, as the native bench takes them (state() counts actors; it does not list them).
  const firstIds = JSON.parse(fs.readFileSync(json, 'utf8')).actors.slice(0, repeat + 3).map((x) => x.id);
  if (!loaded.ok) throw new Error('the generated data set did not load: ' + loaded.message);
  const result = await page.evaluate(({ rounds, ids }) => {
    const ex = window.explorer;
    const times = { set: [], del: [], link: [], undo: [] };
    const timed = (into, command) => {
      const t = performance.now();
      const r = ex.command(command);
      into.push(performance.now() - t);
      if (!r.ok) throw new Error(`refused: ${command}: ${r.message}`);
    };
    const a = ids[0], b = ids[1];
    // The first edit builds the document's JSON form (once per loaded map): not timed, as in the native bench.
    timed([], `set actor ${a} name "Warm-up"`);
    for (let i = 0; i < rounds; ++i) {
      timed(times.set, `set actor ${a} name "Renamed ${i}"`);
      timed(times.del, `delete actor ${ids[2 + i]}`);
      timed(times.link, `link ${a} ${b} funding`);
      timed(times.undo, 'undo');
    }
    const s = ex.state();
    return { times, actors: s.actors, links: s.links };
  }, { rounds: repeat, ids: firstIds });
  const out = { bench: 'edit', platform: 'wasm-page', file: json, repeat, actors: result.actors, links: result.links,
                set_ms: median(result.times.set), delete_actor_ms: median(result.times.del),
                add_link_ms: median(result.times.link), undo_ms: median(result.times.undo), runs: result.times };
  console.error(`page edit ${json} (${result.actors} actors, ${result.links} links): set ${out.set_ms.toFixed(1)}, delete actor ` +
                `${out.delete_actor_ms.toFixed(1)}, add link ${out.add_link_ms.toFixed(1)}, undo ${out.undo_ms.toFixed(1)} ms (median of ${repeat})`);
  if (problems.length) throw new Error('page errors: ' + problems.join('; '));
  console.log('RESULT ' + JSON.stringify(out));
});
