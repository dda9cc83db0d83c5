// files.js: the page's ways in and out for data files (issue 15), next to shell.js.
//   window.explorer.openData(name, data)  data: a string or a Uint8Array -> {ok, code, message, diagnostics} for our
//                                         JSON; a promise of it for any other format (read by the converter module)
//                                         behaves exactly as a dropped file: the preview opens (import replace|merge|cancel)
//   window.explorer.openFiles(list)       [{name, data}, ...] opened together (several CSV tables)
//   window.explorer.exportData(format)    'json' -> text; any other format a promise (the converter module) of:
//                                         'gexf' / 'graphml' -> text; 'xlsx' / 'template-xlsx' -> a Uint8Array;
//                                         'csv' / 'template' -> {'actors.csv': text, ...};
//                                         'csv:actors' -> the text of one table;
//                                         'svg' / 'svg-transparent' -> the view as a figure (text, no converter)
//                                         'png', 'png-2x', 'png-4x' (+ '-transparent') -> the view drawn offscreen at
//                                         1x/2x/4x the canvas's size: a Uint8Array of the PNG (no converter)
// Also: files dropped on the page, the file picker (Data > Open…), cells pasted from a spreadsheet (Ctrl+V on the
// canvas: tab-separated text), and downloads through Blob URLs (Data > Export).
'use strict';
(function () {
  const encoder = new TextEncoder();

  function ready() { return window.explorer && window.explorer.ready; }

  // Every format but our JSON (tables, workbooks, graphs) is read and written by the converter module (convert.mjs,
  // src/platform/convert_module.cpp), fetched the first time one is opened or exported: the first download does not
  // carry the readers, the mapper, zlib, minizip and expat (core/heavy_formats.h).
  function needsConverter(name, bytes) {
    if (/\.json$/i.test(name)) return false;
    if (/\.[a-z0-9]+$/i.test(name)) return true;  // any other extension: a table, a workbook or a graph
    const head = new TextDecoder().decode(bytes.subarray(0, 64)).replace(/^\uFEFF/, '');
    return !/^\s*\{/.test(head);  // a nameless text that starts like JSON stays here
  }
  // The main module writes JSON and the view as a figure itself: 'svg...' and 'png...' (core/figure_formats.h names them).
  const converterExport = function (format) { return format !== 'json' && format !== 'looks' && !/^(svg|png)(-|$)/.test(format); };
  let converter = null;
  // The data set open in the page as our JSON's bytes: the converter asks for it (its openData option) only when a
  // table names an actor or territory that the opened files do not hold (a links table merged into the current map).
  function openDataBytes() {
    const r = JSON.parse(Module.ccall('explorer_export', 'string', ['string'], ['json']));
    return r.ok && r.files.length ? encoder.encode(r.files[0].text) : null;
  }
  function loadConverter() {
    if (!converter) {
      converter = import('./convert.mjs').then(function (m) { return m.default({ openData: openDataBytes }); })
        .catch(function (e) { converter = null; throw e; });
    }
    return converter;
  }
  // Copies bytes into a module's memory; the caller frees the pointer.
  function copyIn(mod, bytes) {
    const p = mod._malloc(Math.max(1, bytes.length));
    mod.HEAPU8.set(bytes, p);
    return p;
  }
  function withText(mod, text, use) {
    const p = copyIn(mod, encoder.encode(text + '\0'));
    try { return use(p); } finally { mod._free(p); }
  }

  // Hands the files to the app (copied into its memory one by one), then opens them together: {ok, code, message,
  // diagnostics}, or a promise of it when a workbook or graph is among them (the converter reads all of them).
  function openFiles(list) {
    if (!ready()) return { ok: false, code: 'not-ready', message: 'the explorer is still loading', diagnostics: [] };
    const files = list.map(function (f) {
      return { name: String(f.name), bytes: typeof f.data === 'string' ? encoder.encode(f.data) : new Uint8Array(f.data) };
    });
    const finish = function (text) {
      const r = JSON.parse(text);
      if (!r.diagnostics) r.diagnostics = [];
      return r;
    };
    if (!files.some(function (f) { return needsConverter(f.name, f.bytes); })) {
      for (const f of files) {
        const p = copyIn(Module, f.bytes);
        Module.ccall('explorer_add_file', null, ['string', 'number', 'number'], [f.name, p, f.bytes.length]);
        Module._free(p);
      }
      return finish(Module.ccall('explorer_open_files', 'string', [], []));
    }
    return loadConverter().then(function (conv) {
      for (const f of files) {
        const p = copyIn(conv, f.bytes);
        conv.ccall('convert_add_file', null, ['string', 'number', 'number'], [f.name, p, f.bytes.length]);
        conv._free(p);
      }
      const mapped = conv.ccall('convert_import', 'string', [], []);  // the counts and diagnostics
      // The mapped data set (megabytes) goes from the converter's memory into the app's as it is: no text decoding,
      // encoding or JSON escaping on the way.
      const at = conv._convert_mapped_text(), length = conv._convert_mapped_length();
      const data = copyIn(Module, conv.HEAPU8.subarray(at, at + length));
      const names = JSON.stringify(files.map(function (f) { return f.name; }));
      try {
        return withText(Module, names, function (pn) {
          return withText(Module, mapped, function (pm) {
            return finish(Module.ccall('explorer_open_mapped', 'string', ['number', 'number', 'number', 'number'], [pn, pm, data, length]));
          });
        });
      } finally {
        Module._free(data);
      }
    }, function (e) {
      return { ok: false, code: 'converter-unavailable', message: 'the converter for workbooks and graphs could not be loaded: ' + e.message, diagnostics: [] };
    });
  }

  function readAll(fileList) {
    return Promise.all(Array.from(fileList).map(function (file) {
      return file.arrayBuffer().then(function (buf) { return { name: file.name, data: new Uint8Array(buf) }; });
    }));
  }

  // Files from the picker or a drop: read, then opened together (several CSV tables make one data set).
  function openFileList(fileList) {
    if (!fileList || fileList.length === 0) return Promise.resolve(null);
    return readAll(fileList).then(openFiles);
  }

  // The export `format`: text, bytes or {name: content}; a promise of it for a workbook or a graph (the converter).
  function exportData(format) {
    if (!ready()) return null;
    const table = String(format).startsWith('csv:') ? String(format).slice(4) : '';
    const wanted = table ? 'csv' : String(format);
    if (converterExport(wanted)) {
      return loadConverter().then(function (conv) {
        const json = JSON.parse(Module.ccall('explorer_export', 'string', ['string'], ['json'])).files[0].text;
        const looks = Module.ccall('explorer_export', 'string', ['string'], ['looks']);
        const reply = withText(conv, wanted, function (pf) {
          return withText(conv, json, function (pd) {
            return withText(conv, looks, function (pl) {
              return conv.ccall('convert_export', 'string', ['number', 'number', 'number'], [pf, pd, pl]);
            });
          });
        });
        return unpack(JSON.parse(reply), String(format), table);
      });
    }
    return unpack(JSON.parse(Module.ccall('explorer_export', 'string', ['string'], [wanted])), String(format), table);
  }

  // An export's reply (ExportReplyJson) as what exportData returns.
  function unpack(r, format, table) {
    if (!r.ok) throw new Error(r.message);
    if (table) {
      const f = r.files.find(function (x) { return x.name === table + '.csv'; });
      if (!f) throw new Error('no table ' + table + '; tables: ' + r.files.map(function (x) { return x.name; }).join(', '));
      return f.text;
    }
    // A workbook comes as base64: handed back as its bytes.
    const content = function (f) {
      if (f.base64 === undefined) return f.text;
      const s = atob(f.base64);
      const bytes = new Uint8Array(s.length);
      for (let i = 0; i < s.length; i++) bytes[i] = s.charCodeAt(i);
      return bytes;
    };
    if (r.files.length === 1 && format !== 'csv' && format !== 'template') return content(r.files[0]);
    const out = {};
    for (const f of r.files) out[f.name] = content(f);
    return out;
  }

  // A hidden file input, made once (no HTML strings: the page's Trusted Types policy allows none).
  let input = null;
  function pick() {
    if (!input) {
      input = document.createElement('input');
      input.type = 'file';
      input.multiple = true;
      input.accept = '.json,.csv,.tsv,.tab,.txt,.zip,.xlsx,.ods,.gexf,.graphml';
      input.id = 'open-data-input';
      input.style.display = 'none';
      input.addEventListener('change', function () {
        openFileList(input.files).finally(function () { input.value = ''; });
      });
      document.body.appendChild(input);
    }
    input.click();
  }

  // A download through a Blob URL (revoked once the browser has it).
  function download(name, bytes) {
    const type = name.endsWith('.json') ? 'application/json' : name.endsWith('.csv') ? 'text/csv'
      : name.endsWith('.xlsx') ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
      : name.endsWith('.gexf') || name.endsWith('.graphml') ? 'application/xml'
      : name.endsWith('.zip') ? 'application/zip' : name.endsWith('.svg') ? 'image/svg+xml'
      : name.endsWith('.png') ? 'image/png' : 'application/octet-stream';
    const url = URL.createObjectURL(new Blob([bytes], { type: type }));
    const a = document.createElement('a');
    a.href = url;
    a.download = name;
    a.style.display = 'none';
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(function () { URL.revokeObjectURL(url); }, 10000);
  }

  // Data > Export of a workbook or graph in the page: the main module hands it here (data_bridge.cpp).
  function exportAndDownload(format) {
    Promise.resolve().then(function () { return exportData(format); }).then(function (content) {
      if (typeof content === 'object' && !(content instanceof Uint8Array)) {  // several files (CSV tables)
        for (const name of Object.keys(content)) download(name, content[name]);
        return;
      }
      const r = JSON.parse(Module.ccall('explorer_export', 'string', ['string'], ['json']));
      const base = r.files[0].name.replace(/\.json$/, '');
      const name = format === 'template-xlsx' ? 'template.xlsx' : format.startsWith('csv:') ? format.slice(4) + '.csv'
        : format === 'csv-zip' ? base + '-tables.zip' : base + '.' + format;
      download(name, content);
    }).catch(function (e) { console.warn('export ' + format + ': ' + e.message); });
  }

  window.explorerFiles = { pick: pick, download: download, exportAndDownload: exportAndDownload };

  // Drag and drop anywhere on the page.
  document.addEventListener('dragover', function (e) {
    if (e.dataTransfer && Array.from(e.dataTransfer.types || []).indexOf('Files') >= 0) {
      e.preventDefault();
      e.dataTransfer.dropEffect = 'copy';
    }
  });
  document.addEventListener('drop', function (e) {
    if (!e.dataTransfer || !e.dataTransfer.files || e.dataTransfer.files.length === 0) return;
    e.preventDefault();
    openFileList(e.dataTransfer.files);
  });

  // SDL's keyboard handler cancels the browser's default action of every key, so Ctrl+V (Cmd+V) never became the
  // browser's paste and the paste event below never came from a real keyboard. That one chord goes to the browser
  // instead (capture phase, before SDL's handler); its paste event brings the system clipboard's text.
  window.addEventListener('keydown', function (e) {
    if ((e.ctrlKey || e.metaKey) && !e.altKey && (e.key === 'v' || e.key === 'V')) e.stopImmediatePropagation();
  }, true);

  // The clipboard's text goes where the app's keyboard is: a text box of the app (typed into it), the table's
  // current cell in edit mode (pasted from there), or, for cells copied from a spreadsheet, an import preview.
  document.addEventListener('paste', function (e) {
    if (!ready() || !e.clipboardData) return;
    const t = e.target;
    if (t && t.id !== 'ime' && (t.isContentEditable || t.tagName === 'INPUT' || t.tagName === 'TEXTAREA')) return;  // the page's own
    const text = e.clipboardData.getData('text/plain');
    if (Module.ccall('explorer_wants_text', 'number', [], [])) {
      e.preventDefault();
      if (text) Module.ccall('explorer_type_text', null, ['string'], [text]);
      return;
    }
    // In edit mode with a table cell chosen, the cells go into the table from there (even a single cell).
    if (text && Module.ccall('explorer_paste_into_table', 'number', ['string'], [text])) {
      e.preventDefault();
      return;
    }
    if (!text || text.indexOf('\t') < 0) return;
    e.preventDefault();
    openFiles([{ name: 'pasted cells.tsv', data: text }]);
  });

  // Added to window.explorer once shell.js has made it.
  function attach() {
    window.explorer.openData = function (name, data) { return openFiles([{ name: name, data: data }]); };
    window.explorer.openFiles = openFiles;
    window.explorer.exportData = exportData;
  }
  if (window.explorer) attach(); else document.addEventListener('DOMContentLoaded', attach);
})();
