// page.mjs: what the benchmarks that time the real web page share: their arguments, a median, and the site served
// on 127.0.0.1 with Debian's Chromium launched headless (software WebGL) to open it.
import { chromium } from 'playwright-core';
import { startServer } from '../scripts/static_server.mjs';

// The value after `name` on the command line, or `fallback`.
export const arg = (args, name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);

export const median = (v) => { const s = [...v].sort((a, b) => a - b); const n = s.length; return n % 2 ? s[(n - 1) / 2] : (s[n / 2 - 1] + s[n / 2]) / 2; };

// Serves `site` on a free port of 127.0.0.1 and launches Chromium: { server, origin, browser }.
export async function serveAndLaunch(site) {
  const server = await startServer(site, 0);
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--disable-dev-shm-usage',
           '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic',
           '--no-first-run'],
  });
  return { server, origin, browser };
}

// Serves `site`, launches Chromium, runs `body({ origin, browser })` (which prints its RESULT line), closes both and
// exits: 0, or 1 with "<name>: <message>" when the body throws.
export async function runBench(name, site, body) {
  const { server, origin, browser } = await serveAndLaunch(site);
  let exitCode = 0;
  try {
    await body({ origin, browser });
  } catch (e) {
    console.error(`${name}: ${e.message}`);
    exitCode = 1;
  } finally {
    await browser.close();
    server.close();
  }
  process.exit(exitCode);
}
