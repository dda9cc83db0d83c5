// figure_test.mjs: the SVG figure of the view in the page (issue 15): exportData('svg') and the 'export svg' command
// give a well-formed SVG with the canvas's labels as text, and Data > Export figure downloads the same file. The
// figure is rendered by rsvg-convert next to the page's screenshot in artifacts/ (figure-side-by-side.png).
// usage: node tests/web/figure_test.mjs build/web/site
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { artifacts, assert, explorerOf, launch, openApp, runner, screenshot, watchPage } from './harness.mjs';

const site = process.argv[2] || 'build/web/site';
const { origin, browser, close } = await launch(site);
const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
const watch = watchPage(page, origin);
const { state, command } = explorerOf(page);
const { test, finish } = runner('figure');
// A click ImGui sees in separate frames: move, press, release (an idle app draws only when woken).
async function clickAt(x, y) {
  await page.mouse.move(x, y);
  await page.waitForTimeout(150);
  await page.mouse.down();
  await page.waitForTimeout(80);
  await page.mouse.up();
  await page.waitForTimeout(300);
}
const MENU_Y = 234;  // Data > Export figure (SVG), at 1280x800 and 100% (artifacts/figure-menu.png)

await openApp(page, origin + '/index.html');
await command('welcome off');
await command('layout force');
await page.waitForTimeout(1500);  // the layout's move settles; the canvas draws its labels

// What an XML parser reads in the figure (Python's ElementTree: the page's Trusted Types policy allows no
// DOMParser): a parse error, the root, shapes by class, the labels' text, the title, full-colour circles.
const summary = (svg) => JSON.parse(execFileSync('python3', ['-c', `
import json, sys, xml.etree.ElementTree as ET
NS = '{http://www.w3.org/2000/svg}'
try:
    root = ET.fromstring(sys.stdin.buffer.read())
except ET.ParseError as e:
    print(json.dumps({'error': str(e)})); sys.exit(0)
cls = lambda c: [e for e in root.iter() if e.get('class') == c]
print(json.dumps({'error': None, 'root': root.tag.replace(NS, ''), 'actors': len(cls('actor')), 'links': len(cls('link')),
    'title': root.find(NS + 'title').text, 'labels': [e.text for e in cls('label')],
    'circles': [{'x': float(e.get('cx')), 'y': float(e.get('cy')), 'fill': e.get('fill')} for e in cls('actor')
                if e.tag == NS + 'circle' and not e.get('fill-opacity')]}))
`], { input: svg, maxBuffer: 64 << 20 }).toString());

await test('exportData(svg) is a well-formed figure of the view, with the canvas\'s labels as text', async () => {
  const svg = await page.evaluate(() => window.explorer.exportData('svg'));
  assert(typeof svg === 'string' && svg.startsWith('<?xml'), String(svg).slice(0, 80));
  fs.writeFileSync(path.join(artifacts, 'figure.svg'), svg);
  const s = await summary(svg);
  assert(!s.error && s.root === 'svg', s.error || s.root);
  const st = await state();
  assert(s.actors > 40 && s.actors <= st.actors, `actors in the figure: ${s.actors} of ${st.actors}`);
  assert(s.links > 40, `links in the figure: ${s.links}`);
  assert(s.title === 'SILK – Social and solidarity economy internationalisation ecosystems (2021)', s.title);
  assert(s.labels.length >= 15 && s.labels.includes('SILK'), `labels: ${s.labels.join(', ')}`);
  // The same figure through the command (for scripts), and nothing of the converter module was needed.
  const r = await command('export svg');
  assert(r.ok && r.files.length === 1 && r.files[0].name === 'silk.svg' && r.files[0].text === svg, JSON.stringify(r).slice(0, 200));
});

await test('the figure rendered by librsvg looks like the page\'s canvas (side by side in artifacts)', async () => {
  await screenshot(page, 'figure-screen.png');
  const svg = await page.evaluate(() => window.explorer.exportData('svg'));
  fs.writeFileSync(path.join(artifacts, 'figure.svg'), svg);
  const out = path.join(artifacts, 'figure-svg.png');
  execFileSync('rsvg-convert', [path.join(artifacts, 'figure.svg'), '-o', out]);
  execFileSync('convert', [path.join(artifacts, 'figure-screen.png'), out, '+append', path.join(artifacts, 'figure-side-by-side.png')]);
  // At each actor the figure draws in full colour, the page shows that colour too, unless a panel covers it.
  const actors = (await summary(svg)).circles;
  const pixels = (file) => execFileSync('convert', [file, '-depth', '8', 'RGB:-'], { maxBuffer: 64 << 20 });
  const screen = pixels(path.join(artifacts, 'figure-screen.png')), figure = pixels(out);
  const near = (buf, x, y, hex) => {
    const want = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
    for (let dx = -2; dx <= 2; ++dx) for (let dy = -2; dy <= 2; ++dy) {
      const i = ((Math.round(y) + dy) * 1280 + Math.round(x) + dx) * 3;
      if (want.every((v, k) => Math.abs(buf[i + k] - v) <= 40)) return true;
    }
    return false;
  };
  const onScreen = actors.filter((a) => a.x > 2 && a.x < 1278 && a.y > 2 && a.y < 798 && near(screen, a.x, a.y, a.fill));
  const inFigure = onScreen.filter((a) => near(figure, a.x, a.y, a.fill));
  assert(onScreen.length >= 10 && inFigure.length >= 0.95 * onScreen.length,
         `${actors.length} circles; ${onScreen.length} seen on the page; ${inFigure.length} of those in the rendered figure`);
});

await test('Data > Export figure downloads the view as silk.svg', async () => {
  const downloads = [];
  page.on('download', (d) => downloads.push(d));
  await clickAt(690, 20);  // the toolbar's Data button
  await screenshot(page, 'figure-menu.png');
  await clickAt(740, MENU_Y);  // Export figure (SVG), below Export GraphML (artifacts/figure-menu.png)
  for (let i = 0; i < 50 && downloads.length < 1; ++i) await page.waitForTimeout(100);
  assert(downloads.length === 1 && downloads[0].suggestedFilename() === 'silk.svg', `downloads: ${downloads.map((d) => d.suggestedFilename())}`);
  const text = fs.readFileSync(await downloads[0].path(), 'utf8');
  const s = await summary(text);
  assert(!s.error && s.actors > 40, JSON.stringify(s).slice(0, 200));
});

await test('no console problems and no request outside the page', async () => {
  assert(watch.problems.length === 0, watch.problems.join('\n'));
  assert(watch.outside.filter((u) => !u.startsWith('blob:')).length === 0, watch.outside.join('\n'));
  assert(!watch.requests.some((u) => u.includes('convert.')), 'the figure needed the converter module');
});

await close();
process.exit(finish());
