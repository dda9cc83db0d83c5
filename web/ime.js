// ime.js: typing Korean (and any language typed through an input method) into the app's text boxes.
// A canvas is not an editable element, so the browser never starts an input method (IME) there: a Korean keyboard
// in Hangul mode would type Latin letters into the search box. While one of the app's text boxes has the keyboard,
// the keyboard goes to a small textarea laid over that box instead; what the IME composes shows there, and each
// composed text is typed into the app's box (explorer_type_text). Plain keys still reach the app as before (SDL's
// key events): the textarea passes on only what no key event brought (a composition, the on-screen keyboard's
// input, text inserted by an accessibility tool).
'use strict';
(function () {
  const box = document.createElement('textarea');
  box.id = 'ime';
  box.setAttribute('aria-hidden', 'true');
  box.setAttribute('autocomplete', 'off');
  box.setAttribute('autocapitalize', 'off');
  box.setAttribute('spellcheck', 'false');
  box.tabIndex = -1;
  // Out of sight but focusable (display:none or visibility:hidden cannot take the focus).
  box.style.cssText = 'position:fixed;left:0;top:0;width:1px;height:1px;padding:0;margin:0;border:0;outline:0;' +
    'resize:none;overflow:hidden;opacity:0;z-index:10;background:#fff;color:#000;white-space:pre;';
  document.body.appendChild(box);

  let composing = false;
  let keyTyped = false;  // a key event since the last input: SDL has typed that character already

  function ready() { return typeof Module !== 'undefined' && Module.calledRun && typeof Module.ccall === 'function'; }
  function wantsText() { return ready() && Module.ccall('explorer_wants_text', 'number', [], []) === 1; }

  // Lays the textarea over the app's text cursor (ImGui's IME position, in CSS pixels), so that the IME's window
  // and the syllable being composed appear where the user types.
  function place() {
    let at = null;
    try { at = JSON.parse(Module.ccall('explorer_ime_box', 'string', [], [])); } catch (e) { at = null; }
    const canvas = document.getElementById('canvas');
    const r = canvas ? canvas.getBoundingClientRect() : { left: 0, top: 0 };
    if (!at) return;
    const h = Math.max(12, at.h || 16);
    box.style.left = (r.left + at.x) + 'px';
    box.style.top = (r.top + at.y) + 'px';
    box.style.height = h + 'px';
    box.style.fontSize = Math.round(h * 0.8) + 'px';
    box.style.lineHeight = h + 'px';
  }

  function typeIntoApp(text) {
    if (text && ready()) Module.ccall('explorer_type_text', null, ['string'], [text]);
  }

  // Takes the keyboard when the app has a text box open, gives it back to the page when it has none. `open`: what
  // the app's last frame said (main.cpp calls this when it changes); asked of the app when not given.
  function follow(open) {
    if (!ready()) return;
    const wants = open === undefined ? wantsText() : !!open;
    if (wants && document.activeElement !== box) {
      const t = document.activeElement;
      if (t && t !== document.body && (t.isContentEditable || t.tagName === 'INPUT' || t.tagName === 'TEXTAREA')) return;  // the page's own
      place();
      box.value = '';
      box.focus({ preventScroll: true });
    } else if (!wants && document.activeElement === box && !composing) {
      box.blur();
    }
  }

  // Before SDL sees a key (capture phase): the first key typed into a box that just opened goes to the textarea
  // too, and a key the IME is processing (keyCode 229) is the IME's, not the app's.
  window.addEventListener('keydown', function (e) {
    if (e.isComposing || e.keyCode === 229) {
      e.stopImmediatePropagation();
      return;
    }
    follow();
  }, true);
  window.addEventListener('keypress', function () { keyTyped = true; }, true);
  // A tap on the app's search box (state().targets.search): the textarea takes the keyboard during the tap itself,
  // the only moment a phone agrees to open its on-screen keyboard.
  function tappedSearch(e) {
    if (e.pointerType !== 'touch' || !ready() || !window.explorer || !window.explorer.state) return false;
    const t = (window.explorer.state().targets || {}).search;
    const canvas = document.getElementById('canvas');
    if (!t || !canvas) return false;
    const r = canvas.getBoundingClientRect(), x = e.clientX - r.left, y = e.clientY - r.top;
    return x >= t.x && x <= t.x + t.w && y >= t.y && y <= t.y + t.h;
  }
  // A click or tap may open or close a text box: look once the app has drawn the frame that handles it.
  window.addEventListener('pointerup', function (e) {
    if (tappedSearch(e)) {
      box.value = '';
      box.focus({ preventScroll: true });
    }
    requestAnimationFrame(function () { requestAnimationFrame(function () { follow(); }); });
  }, true);

  box.addEventListener('compositionstart', function () {
    composing = true;
    place();
    box.style.width = '12em';
    box.style.opacity = '1';  // the syllable being composed is seen where it will go
  });
  box.addEventListener('compositionend', function (e) {
    composing = false;
    box.style.opacity = '0';
    box.style.width = '1px';
    typeIntoApp(e.data);
    box.value = '';
  });
  box.addEventListener('input', function (e) {
    if (composing || e.isComposing) return;  // typed at compositionend
    if (!keyTyped && e.data) typeIntoApp(e.data);  // no key event brought it (on-screen keyboard, inserted text)
    keyTyped = false;
    box.value = '';
  });
  box.addEventListener('blur', function () {
    composing = false;
    box.style.opacity = '0';
  });

  window.explorerIme = { element: box, follow: follow };
})();
