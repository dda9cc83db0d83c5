// png_export_test.mjs: the PNG figure in the page (issue 15). exportData('png' | 'png-2x' | 'png-4x', and their
// '-transparent' variants) draws the view again into a WebGL2 framebuffer of its own at 1x, 2x or 4x the canvas's
// size (not a screenshot of the page), and returns the PNG's bytes: a valid PNG of that size, with each actor's
// kind colour where `locate` says the actor is (times the scale), and no background when asked. The 'export png'
// command returns it like the other exports, and Data > Export figure as PNG downloads it. Pictures in artifacts/.
// usage: node tests/web/png_export_test.mjs build/web/site
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { artifacts, assert, explorerOf, launch, openApp, runner, screenshot, watchPage } from './harness.mjs';
import { decodePng } from './png.mjs';

const site = process.argv[2] || 'build/web/site';
const { origin, browser, close } = await launch(site);
const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
const watch = watchPage(page, origin);
const { command } = explorerOf(page);
const { test, finish } = runner('png-export');
async function clickAt(x, y) {
  await page.mouse.move(x, y);
  await page.waitForTimeout(150);
  await page.mouse.down();
  await page.waitForTimeout(80);
  await page.mouse.up();
  await page.waitForTimeout(300);
}

await openApp(page, origin + '/index.html');
await command('welcome off');
await command('layout force');
await page.waitForTimeout(1500);  // the layout's move settles

// The PNG's bytes from the page, as a Buffer (Playwright hands a Uint8Array over as a plain array).
async function exported(format) {
  const r = await page.evaluate(async (f) => {
    const t0 = performance.now();
    const bytes = await window.explorer.exportData(f);
    return { isBytes: bytes instanceof Uint8Array, bytes: Array.from(bytes), ms: performance.now() - t0 };
  }, format);
  assert(r.isBytes, `exportData('${format}') is not a Uint8Array`);
  return { png: Buffer.from(r.bytes), ms: r.ms };
}
const pixel = (img, x, y) => Array.from(img.pixels.subarray((y * img.width + x) * 4, (y * img.width + x) * 4 + 4));
const near = (c, want, tol = 40) => want.every((v, i) => Math.abs(c[i] - v) <= tol);
const hex = (s) => [1, 3, 5].map((i) => parseInt(s.slice(i, i + 2), 16));

// Full-colour actors (fill, centre, radius) from the SVG of the same view, and where locate puts each.
const svg = await page.evaluate(() => window.explorer.exportData('svg'));
const actors = JSON.parse(execFileSync('python3', ['-c', `
import json, sys, xml.etree.ElementTree as ET
NS = '{http://www.w3.org/2000/svg}'
root = ET.fromstring(sys.stdin.buffer.read())
print(json.dumps([{'id': e.get('data-actor'), 'fill': e.get('fill'), 'r': float(e.get('r'))} for e in root.iter()
                  if e.get('class') == 'actor' and e.tag == NS + 'circle' and not e.get('fill-opacity') and float(e.get('r')) >= 3]))
`], { input: svg }).toString());
for (const a of actors) {
  const at = await command(`locate ${a.id}`);
  a.x = at.x;
  a.y = at.y;
}
const inside = actors.filter((a) => a.x > 20 && a.x < 1260 && a.y > 20 && a.y < 780);

// The actor's colour somewhere within half its radius of its centre (a label or a link may cross the very centre).
function showsActor(img, a, scale) {
  const k = Math.max(1, Math.floor(a.r * 0.5 * scale));
  for (let dy = -k; dy <= k; dy += 1)
    for (let dx = -k; dx <= k; dx += 1)
      if (near(pixel(img, Math.round(a.x * scale) + dx, Math.round(a.y * scale) + dy), hex(a.fill))) return true;
  return false;
}

for (const scale of [1, 2, 4]) {
  await test(`exportData('${scale === 1 ? 'png' : `png-${scale}x`}') is a ${1280 * scale}x${800 * scale} PNG with each actor's colour at its place`, async () => {
    const { png, ms } = await exported(scale === 1 ? 'png' : `png-${scale}x`);
    assert(png.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])), 'no PNG signature');
    fs.writeFileSync(path.join(artifacts, `png-export-${scale}x.png`), png);
    const img = decodePng(png);
    assert(img.width === 1280 * scale && img.height === 800 * scale, `${img.width}x${img.height}`);
    // (An actor may lie under another one: all but one of them, at least.)
    // Actors at least 5 pixels in radius in this picture (smaller ones are mostly their outline and anti-aliasing).
    const big = inside.filter((a) => a.r * scale >= 5);
    const shown = big.filter((a) => showsActor(img, a, scale));
    assert(big.length >= 8 && shown.length >= big.length - 1,
           `${shown.length} of ${big.length} actors in their colour; missing ${big.filter((a) => !shown.includes(a)).map((a) => a.id).slice(0, 8)}`);
    assert(near(pixel(img, 2, 2), [250, 250, 247, 255], 6) && near(pixel(img, img.width - 3, img.height - 3), [250, 250, 247, 255], 6),
           `background ${pixel(img, 2, 2)} / ${pixel(img, img.width - 3, img.height - 3)}`);
    console.log(`    ${scale}x: ${(png.length / 1024).toFixed(0)} KB in ${ms.toFixed(0)} ms, ${shown.length} actors checked`);
  });
}

await test('png-2x-transparent: no background (alpha 0 in the corners), the actors opaque', async () => {
  const { png } = await exported('png-2x-transparent');
  fs.writeFileSync(path.join(artifacts, 'png-export-2x-transparent.png'), png);
  const img = decodePng(png);
  assert(img.width === 2560 && img.height === 1600, `${img.width}x${img.height}`);
  for (const [x, y] of [[1, 1], [2558, 1], [2558, 1598]]) assert(pixel(img, x, y)[3] === 0, `alpha at ${x},${y}: ${pixel(img, x, y)}`);
  const a = inside[0];
  const c = pixel(img, Math.round(a.x * 2), Math.round(a.y * 2));
  assert(c[3] === 255, `actor ${a.id} alpha ${c}`);
});

await test('the 1x figure is the page\'s own canvas where the panels leave it uncovered', async () => {
  const { png } = await exported('png');
  const fig = decodePng(png);
  const shot = decodePng(await page.screenshot());
  let same = 0, total = 0;
  for (let y = 150; y < 650; y += 3)
    for (let x = 330; x < 870; x += 3) {
      ++total;
      const i = (y * shot.width + x) * shot.channels;
      if (near(pixel(fig, x, y), [shot.pixels[i], shot.pixels[i + 1], shot.pixels[i + 2]], 16)) ++same;
    }
  assert(same >= 0.98 * total, `${same} of ${total} sampled pixels match the screenshot`);
});

await test('the export png command returns the figure like the other exports (base64)', async () => {
  const r = await command('export png-2x');
  assert(r.ok && r.files.length === 1 && r.files[0].name === 'silk@2x.png', JSON.stringify(r).slice(0, 200));
  const img = decodePng(Buffer.from(r.files[0].base64, 'base64'));
  assert(img.width === 2560 && img.height === 1600 && r.files[0].bytes > 1000, `${img.width}x${img.height}`);
  const bad = await command('export png-3x');
  assert(!bad.ok && bad.code === 'unknown-format' && bad.message.includes('png-4x'), JSON.stringify(bad));
});

await test('Data > Export figure as PNG downloads silk@2x.png (and transparent when ticked)', async () => {
  const downloads = [];
  page.on('download', (d) => downloads.push(d));
  // At 1280x800 and 100% the submenu opens to the left of the Data menu (artifacts/png-export-menu.png).
  const openSubmenu = async () => {
    await clickAt(690, 20);  // the toolbar's Data button
    await page.mouse.move(745, 258);  // Export figure as PNG, below the SVG item
    await page.waitForTimeout(400);
    await page.mouse.move(600, 258);  // into the submenu along its first row
    await page.waitForTimeout(300);
  };
  const download = async (want) => {
    for (let i = 0; i < 80 && downloads.length < 1; ++i) await page.waitForTimeout(100);
    assert(downloads.length === 1 && downloads[0].suggestedFilename() === want, `downloads: ${downloads.map((d) => d.suggestedFilename())}`);
    const img = decodePng(fs.readFileSync(await downloads.pop().path()));
    assert(img.width === 2560 && img.height === 1600, `${img.width}x${img.height}`);
    return img;
  };
  await openSubmenu();
  await screenshot(page, 'png-export-menu.png');
  await clickAt(530, 282);  // "2× the screen's size"
  const opaque = await download('silk@2x.png');
  assert(pixel(opaque, 2, 2)[3] === 255, `corner ${pixel(opaque, 2, 2)}`);
  await openSubmenu();
  await clickAt(548, 334);  // "Transparent background": ticked, the menu stays open
  await screenshot(page, 'png-export-menu-transparent.png');
  await clickAt(530, 282);
  const clear = await download('silk@2x.png');
  assert(pixel(clear, 2, 2)[3] === 0, `corner ${pixel(clear, 2, 2)}`);
});

await test('a figure too large for the page\'s memory is refused with a clear message; the app goes on', async () => {
  await page.setViewportSize({ width: 2000, height: 1300 });  // 4x: 8000x5200, 41.6 million pixels
  await page.waitForTimeout(500);
  const r = await page.evaluate(async () => {
    try { await window.explorer.exportData('png-4x'); return 'no error'; } catch (e) { return e.message; }
  });
  assert(/cannot export png-4x: a 8000x5200 picture is larger than/.test(r) && /choose a smaller scale/.test(r), r);
  const small = await exported('png');
  assert(decodePng(small.png).width === 2000, 'the 1x figure of the larger window');
  await page.setViewportSize({ width: 1280, height: 800 });
});

await test('no console problems, no request outside the page, no converter module', async () => {
  assert(watch.problems.length === 0, watch.problems.join('\n'));
  assert(watch.outside.filter((u) => !u.startsWith('blob:')).length === 0, watch.outside.join('\n'));
  assert(!watch.requests.some((u) => u.includes('convert.')), 'the PNG needed the converter module');
});

await close();
process.exit(finish());
