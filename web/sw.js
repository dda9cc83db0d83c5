// sw.js: the service worker that lets the explorer open and work with no network after a first visit.
// scripts/make_offline.mjs prepends VERSION (a hash of every file the page needs) and FILES ([path, sha256] for
// each, relative to this script) at build time, so the list always matches the built folder. Any edit to the
// site changes VERSION, hence this script's bytes, hence the browser installs the new version and the page
// (shell.js) tells the user that a newer version has been loaded.
// Everything is relative to this script's folder (its scope), so the site works from any static host path.
/* global VERSION, FILES, LAZY */
const CACHE = 'sse-explorer-' + VERSION;

// The SHA-256 of a body as lowercase hex.
async function sha256(buffer) {
  const d = new Uint8Array(await crypto.subtle.digest('SHA-256', buffer));
  return Array.from(d, (b) => b.toString(16).padStart(2, '0')).join('');
}

// One file into the cache, checked against the build's hash. The browser's HTTP cache usually holds the file
// already (the page has just loaded it): taking it from there avoids downloading the app a second time on the
// first visit. A copy that differs (an older build) is fetched again from the server; a server copy that still
// differs fails the installation, so a half-updated folder never replaces a working version.
async function cacheFile(cache, path, hash) {
  const url = new URL(path, self.registration.scope).href;
  for (const mode of ['force-cache', 'no-cache']) {
    const res = await fetch(url, { cache: mode, credentials: 'same-origin' });
    if (!res.ok) throw new Error(`${path}: HTTP ${res.status}`);
    const body = await res.arrayBuffer();
    if (await sha256(body) !== hash) continue;
    // The body is decoded: the stored copy keeps the type, not the transfer encoding or length.
    const headers = { 'Content-Type': res.headers.get('Content-Type') || 'application/octet-stream' };
    await cache.put(url, new Response(body, { status: 200, headers }));
    return;
  }
  throw new Error(`${path}: the server's copy does not match this version (sha256 ${hash})`);
}

// LAZY files by absolute URL -> hash: fetched when the page needs them (a language chosen), then kept.
const LAZY_HASH = new Map(LAZY.map(([path, hash]) => [new URL(path, self.registration.scope).href, hash]));

// A lazy file an older version already kept (Korean chosen last week) and that has not changed: into the new cache,
// so an update does not take a chosen language's offline copy away. Best effort: a miss is fetched when needed.
async function carryOver(cache, url, hash) {
  const old = await caches.match(url);
  if (!old) return;
  const body = await old.arrayBuffer();
  if (await sha256(body) === hash)
    await cache.put(url, new Response(body, { status: 200, headers: { 'Content-Type': old.headers.get('Content-Type') || 'application/octet-stream' } }));
}

// A lazy file from the network, kept in this version's cache when it is this build's copy.
async function fetchLazy(req, url, hash) {
  const res = await fetch(req);
  if (!res.ok) return res;
  const body = await res.clone().arrayBuffer();
  // Kept only while this version's cache exists: an older worker still answering a page (a prefetch of the
  // converter, say) after a newer one has activated and deleted that cache must not create it again, for good.
  if (await sha256(body) === hash && await caches.has(CACHE)) {
    const cache = await caches.open(CACHE);
    await cache.put(url, new Response(body, { status: 200, headers: { 'Content-Type': res.headers.get('Content-Type') || 'application/octet-stream' } }));
  }
  return res;
}

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    await Promise.all(FILES.map(([path, hash]) => cacheFile(cache, path, hash)));
    await Promise.all([...LAZY_HASH].map(([url, hash]) => carryOver(cache, url, hash).catch(() => {})));
    // The page has everything it needs in memory once started: the new version can take over at once.
    await self.skipWaiting();
  })());
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const key of await caches.keys())
      if (key.startsWith('sse-explorer-') && key !== CACHE) await caches.delete(key);
    await self.clients.claim();
  })());
});

// Cache first for the app's own files; a lazy file is kept the first time it is fetched; anything else (there is
// nothing else today) goes to the network.
// A page navigation (index.html, the folder itself, any ?query) gets the cached index.html.
self.addEventListener('fetch', (event) => {
  const req = event.request;
  if (req.method !== 'GET' || new URL(req.url).origin !== self.location.origin) return;
  event.respondWith((async () => {
    const key = req.mode === 'navigate' ? new URL('index.html', self.registration.scope).href : req;
    // caches.match, not caches.open(CACHE).match: an older worker still answering a page while a newer one
    // activates would otherwise create its just-deleted cache again, empty, and leave it behind for good.
    const hit = await caches.match(key, { cacheName: CACHE, ignoreSearch: true });
    if (hit) return hit;
    const url = new URL(req.url);
    url.search = '';
    const lazyHash = LAZY_HASH.get(url.href);
    return lazyHash ? fetchLazy(req, url.href, lazyHash) : fetch(req);
  })());
});
