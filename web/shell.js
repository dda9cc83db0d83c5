// shell.js: the page around the WebAssembly app. Shows loading progress and readable errors (never a stack
// trace), and exposes window.explorer for scripts, tests and embedders:
//   window.explorer.command(text) -> {ok, code, message, ...}    e.g. command('select accio'), command('layout geographic')
//   window.explorer.state()       -> plain object     (frame, dataset, actors, links, selected, layout, camera, ...)
//   window.explorer.ready         -> true once the first frame is drawn
// The URL hash follows the view (layout, filters, selection, focus, tour step, camera): copy the URL to share
// exactly what is on screen; Back and Forward move through tour steps.
'use strict';
(function () {
  const overlay = document.getElementById('overlay');
  const status = document.getElementById('status');
  let failed = false;

  // Progress (the spinner, the download percentage) appears only when loading takes more than a second; until
  // then the page keeps its still "Loading…" line (index.html starts the overlay "quiet"). Each change on screen
  // makes the browser composite a frame, and with software rendering one frame costs 20-300 ms of the GPU thread
  // that the app's WebGL context creation and first frame wait for: the spinning spinner alone delayed the first
  // frame by about 0.7 s (bench/startup.mjs, Chromium with SwiftShader), the percentage updates by more.
  const progressDelayMs = 1000;
  let quiet = true, quietStatus = '';
  const quietTimer = setTimeout(function () {
    quiet = false;
    overlay.classList.remove('quiet');
    if (quietStatus) showStatus(quietStatus);
  }, progressDelayMs);

  function showStatus(text) {
    if (failed) return;
    if (quiet) { quietStatus = text; return; }
    status.textContent = text;
  }

  function showError(message) {
    failed = true;
    overlay.classList.remove('hidden');
    overlay.classList.add('error');
    status.textContent = message;
  }

  const canvas = document.getElementById('canvas');
  const noWebGL2 = 'This browser or computer has WebGL 2 turned off or unsupported, which the explorer needs to draw the network. Try another browser, or enable hardware acceleration in the browser settings.';
  // A cheap check only: creating a WebGL context just to probe costs about a second with software rendering
  // (a third of the start-up). When the browser knows WebGL 2 but cannot give a context (turned off, blocked
  // driver), the app's own context creation fails and it calls explorerShell.noWebGL() (src/platform/main.cpp).
  function hasWebGL2() {
    return typeof WebGL2RenderingContext === 'function';
  }

  if (typeof WebAssembly !== 'object') {
    showError('This browser cannot run WebAssembly, which the explorer needs. Please open the page in a current version of Firefox, Chrome, Edge or Safari.');
  } else if (!hasWebGL2()) {
    showError(noWebGL2);
  }

  // A lost GL context cannot be recovered by the app: say so instead of showing a frozen picture.
  canvas.addEventListener('webglcontextlost', function (e) {
    e.preventDefault();
    showError('The graphics context was lost (the computer may be low on memory). Reload the page to continue.');
  }, false);
  canvas.addEventListener('contextmenu', function (e) { e.preventDefault(); });

  // The app writes the URL hash as the view changes; lastHash lets us ignore our own writes.
  window.explorerShell = { lastHash: window.location.hash, noWebGL: function () { showError(noWebGL2); } };
  // The interface's language before the app starts (its first frame is in it): #lang=, else navigator.languages;
  // its i18n/<code>.json is fetched beside the wasm (English needs none). Codes as in src/core/i18n.cpp.
  const codes = ['en', 'es', 'fr', 'pt', 'ko', 'ca'];
  const m = /(?:^#|&)lang=([a-z]+)/.exec(location.hash);
  let startLanguage = m && (codes.includes(m[1]) || m[1] === 'qps') ? m[1] : '';
  for (const t of navigator.languages || []) startLanguage = startLanguage || (codes.includes(t.slice(0, 2)) ? t.slice(0, 2) : '');
  startLanguage = startLanguage || 'en';
  const shell = window.explorerShell, fetches = {};
  shell.language = { code: startLanguage };
  shell.languageTexts = {};
  function loadLanguage(code) {
    return fetches[code] = fetches[code] || fetch('i18n/' + code + '.json').then(function (r) {
      if (!r.ok) throw new Error(r.status);
      return r.text();
    }).then(function (t) { shell.languageTexts[code] = t; }, function (e) { console.warn('i18n/' + code + '.json: ' + e.message); delete fetches[code]; });
  }
  const startLanguageLoad = /^(en|qps)$/.test(startLanguage) ? null : loadLanguage(startLanguage);
  // A language chosen later: the app asks (platform/language.cpp), and takes it once here.
  shell.fetchLanguage = function (code) {
    loadLanguage(code).then(function () { if (shell.languageTexts[code] && window.explorer.ready) window.explorer.command('language ' + code); });
  };

  function applyHashFromUrl() {
    if (!window.explorer.ready || window.location.hash === window.explorerShell.lastHash) return;
    window.explorerShell.lastHash = window.location.hash;
    Module.ccall('explorer_apply_hash', 'string', ['string'], [window.location.hash]);
  }
  // Unsaved edits are kept in IndexedDB (mapStore below) and restored on the next visit; still, while the document
  // has unsaved edits, the browser asks before a reload or a closed tab, so nobody relies on that by accident.
  window.addEventListener('beforeunload', function (e) {
    try {
      const s = window.explorer && window.explorer.ready ? window.explorer.state() : null;
      if (s && s.document && s.document.dirty) { e.preventDefault(); e.returnValue = ''; }
    } catch (err) {}
  });
  // The map being edited, kept in IndexedDB (issue 16): the app hands over the document's JSON a second after the
  // last edit (src/platform/autosave.cpp), an empty text when nothing is unsaved any more. Writes are queued in
  // order; storage full or unavailable (a private window) is reported to the app, which says so and goes on.
  const mapStore = (function () {
    const DB = 'sse-explorer', STORE = 'maps', KEY = 'unsaved';
    let queue = Promise.resolve(), lastFailure = '';
    function openDb() {
      return new Promise(function (resolve, reject) {
        let req;
        try { req = indexedDB.open(DB, 1); } catch (e) { reject(e); return; }
        req.onupgradeneeded = function () { req.result.createObjectStore(STORE); };
        req.onsuccess = function () { resolve(req.result); };
        req.onerror = function () { reject(req.error); };
      });
    }
    function run(mode, fn) {
      return openDb().then(function (db) {
        return new Promise(function (resolve, reject) {
          const tx = db.transaction(STORE, mode);
          const req = fn(tx.objectStore(STORE));
          tx.oncomplete = function () { db.close(); resolve(req.result); };
          tx.onerror = tx.onabort = function () { db.close(); reject(tx.error || req.error); };
        });
      });
    }
    function clock() {
      const d = new Date();
      return String(d.getHours()).padStart(2, '0') + ':' + String(d.getMinutes()).padStart(2, '0');
    }
    function failed(e) {
      const text = (e && (e.name || e.message)) || 'storage unavailable';
      if (text !== lastFailure) Module.ccall('explorer_storage_failed', null, ['string'], [text]);
      lastFailure = text;
    }
    return {
      store: function (text, revision) {
        queue = queue.then(function () {
          const savedAt = clock();
          const op = text ? run('readwrite', function (s) { return s.put({ text: text, savedAt: savedAt }, KEY); })
            : run('readwrite', function (s) { return s.delete(KEY); });
          return op.then(function () {
            lastFailure = '';
            Module.ccall('explorer_stored', null, ['string', 'number'], [text ? savedAt : '', revision]);
          }, failed);
        });
      },
      // Read at once, while the app downloads: the app takes it at start (before applying the URL hash) if it is
      // here by then; otherwise it is restored as soon as both are ready.
      read: function () {
        return run('readonly', function (s) { return s.get(KEY); }).then(function (record) {
          if (record && typeof record.text === 'string' && record.text) {
            window.explorerShell.storedMap = { text: record.text, savedAt: String(record.savedAt || '') };
          }
        }, function () {});  // nothing stored, or no storage at all: the first edit's store says so
      },
      restoreLate: function () {
        const shell = window.explorerShell;
        if (!shell.storedMap || shell.storedMapTaken) return;
        shell.storedMapTaken = true;
        Module.ccall('explorer_restore', 'string', ['string', 'string'], [shell.storedMap.text, shell.storedMap.savedAt]);
        Module.ccall('explorer_apply_hash', 'string', ['string'], [window.location.hash]);
      },
    };
  })();
  window.explorerShell.storeMap = mapStore.store;
  const storedMapRead = mapStore.read();

  window.addEventListener('hashchange', applyHashFromUrl);
  window.addEventListener('popstate', applyHashFromUrl);
  // Leaving browser full screen (Esc is taken by the browser) also leaves the presentation view.
  document.addEventListener('fullscreenchange', function () {
    if (!document.fullscreenElement && window.explorer.ready && window.explorer.state().presenting) {
      window.explorer.command('present off');
    }
  });

  window.explorer = {
    ready: false,
    command: function (text) {
      if (!window.explorer.ready) return { ok: false, code: 'not-ready', message: 'the explorer is still loading' };
      // {ok, code, message} plus structured fields (locate: x, y; pick: id; an edit's warnings).
      return JSON.parse(Module.ccall('explorer_command', 'string', ['string'], [String(text)]));
    },
    state: function () {
      if (!window.explorer.ready) return null;
      const s = JSON.parse(Module.ccall('explorer_state', 'string', [], []));
      s.hash = window.location.hash;  // the shareable view, as the app last wrote it
      return s;
    },
  };

  // Offline use (web/sw.js): registered once the app runs, so the service worker's copying never competes with
  // the first load (and it takes the files from the browser's cache, not the network). When a newer version takes
  // over a page that an older one served, the app says so: it is used from the next reload.
  // The browser checks for a new sw.js on every navigation by itself, so the new version may take over while the
  // app is still starting: the change is watched from the script's start and told once the app can show notices.
  const offline = { hadController: false, newerVersion: false, told: false };
  function tellNewerVersion() {
    if (!offline.newerVersion || offline.told || !window.explorer.ready) return;
    offline.told = true;
    Module.ccall('explorer_notice', null, ['string'],
      ['A newer version of the explorer has been loaded: reload the page to use it.']);
  }
  if ('serviceWorker' in navigator && window.isSecureContext) {
    offline.hadController = !!navigator.serviceWorker.controller;
    navigator.serviceWorker.addEventListener('controllerchange', function () {
      if (!offline.hadController) return;
      offline.newerVersion = true;
      tellNewerVersion();
    });
  }
  function registerOffline() {
    if (!('serviceWorker' in navigator) || !window.isSecureContext) return;
    tellNewerVersion();
    // Trusted Types treat a service worker's address as script: the one policy the page may create (the CSP's
    // `trusted-types sse-sw`) turns exactly this constant into a script URL, and nothing else into anything.
    let url = 'sw.js';
    if (window.trustedTypes) {
      url = window.trustedTypes.createPolicy('sse-sw', {
        createScriptURL: function (u) { if (u !== 'sw.js') throw new TypeError('not the service worker'); return u; },
      }).createScriptURL('sw.js');
    }
    // register() of an already-registered script changes nothing, and the browser's own check on navigation may
    // be skipped or delayed: the app asks for a newer sw.js itself on each start (offline, that simply fails).
    navigator.serviceWorker.register(url).then(function (reg) {
      if (offline.hadController) return reg.update().catch(function () {});
    }).catch(function (e) {
      console.log('offline use unavailable: ' + e.message);
    });
  }

  // Touch screens (a finger as the main pointer) get the compact layout with sheets (src/core/screen_layout.h);
  // narrow windows get it whatever the pointer. Told at start and whenever the pointer changes (a tablet's keyboard).
  const coarsePointer = window.matchMedia ? window.matchMedia('(pointer: coarse)') : null;
  function tellTouch() {
    if (coarsePointer && window.explorer.ready) window.explorer.command(coarsePointer.matches ? 'touch on' : 'touch off');
  }
  if (coarsePointer && coarsePointer.addEventListener) coarsePointer.addEventListener('change', tellTouch);

  window.Module = {
    canvas: canvas,
    preRun: [function () {  // the app starts once the start language's file is here (or failed: English)
      if (!startLanguageLoad) return;
      Module.addRunDependency('i18n');
      startLanguageLoad.then(function () { Module.removeRunDependency('i18n'); });
    }],
    print: function (text) { console.log(text); },
    printErr: function (text) { console.warn(text); },
    setStatus: function (text) {
      if (text) showStatus(text.replace(/\(([\d.]+)\/([\d.]+)\)/, function (_, a, b) {
        return '(' + Math.round(100 * a / b) + '%)';
      }));
    },
    onRuntimeInitialized: function () {
      // Hide the overlay after the first frames are drawn.
      function waitFirstFrame() {
        const s = JSON.parse(Module.ccall('explorer_state', 'string', [], []));
        if (s.frame > 0) {
          clearTimeout(quietTimer);
          window.explorer.ready = true;
          if (!failed) overlay.classList.add('hidden');
          registerOffline();
          tellTouch();
          storedMapRead.then(mapStore.restoreLate);
        } else {
          requestAnimationFrame(waitFirstFrame);
        }
      }
      requestAnimationFrame(waitFirstFrame);
    },
    onAbort: function () {
      showError('The explorer stopped unexpectedly. Reload the page to start again; if it keeps happening, please report which browser you use.');
    },
  };
  window.addEventListener('error', function () {
    if (!window.explorer.ready) showError('The explorer could not start: a file of the page failed to load. Reload the page; if it keeps happening, check the connection.');
  });
})();
