// files.js: the page's ways in and out for data files (issue 15), next to shell.js.
//   window.explorer.openData(name, data)  data: a string or a Uint8Array -> {ok, code, message, diagnostics}
//                                         behaves exactly as a dropped file: the preview opens (import replace|merge|cancel)
//   window.explorer.openFiles(list)       [{name, data}, ...] opened together (several CSV tables)
//   window.explorer.exportData(format)    'json' / 'gexf' / 'graphml' -> text; 'xlsx' / 'template-xlsx' -> Uint8Array;
//                                         'csv' / 'template' -> {'actors.csv': text, ...};
//                                         'csv:actors' -> the text of one table
// Also: files dropped on the page, the file picker (Data > Open…), cells pasted from a spreadsheet (Ctrl+V on the
// canvas: tab-separated text), and downloads through Blob URLs (Data > Export).
'use strict';
(function () {
  const encoder = new TextEncoder();

  function ready() { return window.explorer && window.explorer.ready; }

  // Hands the files to the app (copied into its memory one by one), then opens them together.
  function openFiles(list) {
    if (!ready()) return { ok: false, code: 'not-ready', message: 'the explorer is still loading', diagnostics: [] };
    for (const f of list) {
      const bytes = typeof f.data === 'string' ? encoder.encode(f.data) : new Uint8Array(f.data);
      const p = Module._malloc(Math.max(1, bytes.length));
      Module.HEAPU8.set(bytes, p);
      Module.ccall('explorer_add_file', null, ['string', 'number', 'number'], [String(f.name), p, bytes.length]);
      Module._free(p);
    }
    const r = JSON.parse(Module.ccall('explorer_open_files', 'string', [], []));
    if (!r.diagnostics) r.diagnostics = [];
    return r;
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

  function exportData(format) {
    if (!ready()) return null;
    const table = String(format).startsWith('csv:') ? String(format).slice(4) : '';
    const r = JSON.parse(Module.ccall('explorer_export', 'string', ['string'], [table ? 'csv' : String(format)]));
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
    if (r.files.length === 1 && String(format) !== 'csv' && String(format) !== 'template') return content(r.files[0]);
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
      input.accept = '.json,.csv,.tsv,.tab,.txt,.xlsx,.ods,.gexf,.graphml';
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
      : name.endsWith('.gexf') || name.endsWith('.graphml') ? 'application/xml' : 'application/octet-stream';
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

  window.explorerFiles = { pick: pick, download: download };

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

  // Cells copied from a spreadsheet arrive as tab-separated text; a paste into a text box stays there.
  document.addEventListener('paste', function (e) {
    if (!ready() || !e.clipboardData) return;
    if (Module.ccall('explorer_wants_text', 'number', [], [])) return;
    const text = e.clipboardData.getData('text/plain');
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
