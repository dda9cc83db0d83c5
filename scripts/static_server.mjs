// static_server.mjs: a small static file server for the built site, bound to 127.0.0.1 only.
// Serves the right MIME types (application/wasm lets browsers compile while downloading) and, when the client
// accepts gzip, a pre-compressed FILE.gz next to FILE. Used by `scripts/serve.sh` and by the browser tests.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.wasm': 'application/wasm', '.data': 'application/octet-stream',
  '.json': 'application/json; charset=utf-8', '.svg': 'image/svg+xml', '.webmanifest': 'application/manifest+json', '.png': 'image/png', '.ttf': 'font/ttf',
};

// Starts serving root on 127.0.0.1:port (0 = any free port); resolves to the http.Server once listening.
export function startServer(root, port = 0) {
  const base = path.resolve(root);
  const server = http.createServer((req, res) => {
    let url;
    try { url = new URL(req.url, 'http://127.0.0.1'); } catch { res.writeHead(400).end(); return; }
    let rel = decodeURIComponent(url.pathname);
    if (rel.endsWith('/')) rel += 'index.html';
    const file = path.resolve(base, '.' + rel);
    if (!file.startsWith(base + path.sep)) { res.writeHead(403).end('forbidden'); return; }
    fs.stat(file, (err, st) => {
      if (err || !st.isFile()) { res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found'); return; }
      const headers = { 'Content-Type': TYPES[path.extname(file)] || 'application/octet-stream', 'Cache-Control': 'no-cache' };
      let send = file;
      if (/\bgzip\b/.test(req.headers['accept-encoding'] || '') && fs.existsSync(file + '.gz')) {
        send = file + '.gz';
        headers['Content-Encoding'] = 'gzip';
      }
      headers['Content-Length'] = fs.statSync(send).size;
      res.writeHead(200, headers);
      if (req.method === 'HEAD') { res.end(); return; }
      fs.createReadStream(send).pipe(res);
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}

// Command line: node scripts/static_server.mjs DIR [PORT]
if (import.meta.url === `file://${process.argv[1]}`) {
  const root = process.argv[2] || 'build/web/site';
  const port = Number(process.argv[3] || 8080);
  startServer(root, port).then((s) => {
    console.log(`Serving ${root} at http://127.0.0.1:${s.address().port}/  (Ctrl+C to stop)`);
  }).catch((e) => { console.error(`cannot serve on 127.0.0.1:${port}: ${e.message}`); process.exit(1); });
}
