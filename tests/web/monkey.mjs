// monkey.mjs: seeded random mouse, wheel and key input sent to a page through the Chrome DevTools Protocol, as fast
// as the page takes it. Used by session_test.mjs (the app in view mode) and edit_test.mjs (in edit mode, where
// double-clicks make actors, Alt-drags make links, Delete removes and Ctrl+Z / Ctrl+Y undo and redo).
// runMonkey replays exactly with the same seed; it throws with the last events and the seed on any failure.

// A small, fast, seeded random generator (mulberry32): the same seed gives the same run.
export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// A seed from MONKEY_SEED, else a fresh one (printed by the caller, so a failing run can be replayed).
export function monkeySeed() {
  return process.env.MONKEY_SEED ? Number(process.env.MONKEY_SEED) : (Date.now() ^ (process.pid << 8)) >>> 0;
}

// Keys as the browser's input layer sends them (Chrome DevTools Protocol Input.dispatchKeyEvent).
const K = (key, code, keyCode, text) => ({ key, code, keyCode, text });
const KEYDEFS = {
  Tab: K('Tab', 'Tab', 9), Escape: K('Escape', 'Escape', 27), Enter: K('Enter', 'Enter', 13, '\r'), Space: K(' ', 'Space', 32, ' '),
  Backspace: K('Backspace', 'Backspace', 8), Delete: K('Delete', 'Delete', 46), ArrowLeft: K('ArrowLeft', 'ArrowLeft', 37),
  ArrowUp: K('ArrowUp', 'ArrowUp', 38), ArrowRight: K('ArrowRight', 'ArrowRight', 39), ArrowDown: K('ArrowDown', 'ArrowDown', 40),
  PageUp: K('PageUp', 'PageUp', 33), PageDown: K('PageDown', 'PageDown', 34), Home: K('Home', 'Home', 36), End: K('End', 'End', 35),
  F1: K('F1', 'F1', 112), Equal: K('=', 'Equal', 187, '='), Minus: K('-', 'Minus', 189, '-'), Slash: K('/', 'Slash', 191, '/'),
  NumpadAdd: K('+', 'NumpadAdd', 107, '+'), NumpadSubtract: K('-', 'NumpadSubtract', 109, '-'),
  'Shift+Slash': K('?', 'Slash', 191, '?'), 'Shift+Equal': K('+', 'Equal', 187, '+'),
};
for (const c of 'acefilopqsxyz') KEYDEFS[c] = K(c, `Key${c.toUpperCase()}`, c.toUpperCase().charCodeAt(0), c);
for (const c of '0129') KEYDEFS[c] = K(c, `Digit${c}`, c.charCodeAt(0), c);
const VIEW_KEYS = [...Object.keys(KEYDEFS).filter((k) => k !== 'y'), 'Shift+Tab', 'Control+f', 'Control+Equal', 'Control+Minus'];
// In edit mode: no 'e' (it would leave edit mode), and undo / redo often.
const EDIT_KEYS = [...VIEW_KEYS.filter((k) => k !== 'e'), 'Control+z', 'Control+z', 'Control+Shift+z', 'Control+y', 'Delete', 'Enter'];
const MOD = { Shift: K('Shift', 'ShiftLeft', 16), Control: K('Control', 'ControlLeft', 17), Alt: K('Alt', 'AltLeft', 18) };
const MODBIT = { Alt: 1, Control: 2, Shift: 8 };

// Sends `events` seeded random events to `page` (through `cdp`, a CDP session on it) inside a width × height
// viewport. `alive()` is awaited every 250 events and at the end: it checks the app (and may restore a mode);
// `edit` chooses the edit-mode mix. Returns { counts, events, seconds }.
export async function runMonkey({ page, cdp, width: W, height: H, events, seed, alive, edit = false }) {
  const rnd = mulberry32(seed);
  const pick = (list) => list[Math.floor(rnd() * list.length)];
  const KEYS = edit ? EDIT_KEYS : VIEW_KEYS;
  const point = () => (rnd() < 0.15
    ? { x: pick([0, 1, W - 2, W - 1, Math.floor(rnd() * W)]), y: pick([0, 1, H - 2, H - 1, Math.floor(rnd() * H)]) }
    : { x: Math.floor(rnd() * W), y: Math.floor(rnd() * H) });
  // Input events are sent in order without waiting for each one's acknowledgement (a batch at a time), so the
  // monkey is as fast as the page can take them; the browser still delivers them one by one, in order.
  let pending = [];
  const send = (method, params) => pending.push(cdp.send(method, params));
  const flush = async () => { const p = pending; pending = []; await Promise.all(p); };
  let mouse = { x: 0, y: 0 }, buttons = 0, modifiers = 0;
  const BUTTON_BIT = { left: 1, right: 2, middle: 4 };
  const move = (p) => { mouse = p; send('Input.dispatchMouseEvent', { type: 'mouseMoved', x: p.x, y: p.y, buttons, modifiers }); };
  const press = (button, clickCount) => {
    buttons |= BUTTON_BIT[button];
    send('Input.dispatchMouseEvent', { type: 'mousePressed', x: mouse.x, y: mouse.y, button, buttons, clickCount, modifiers });
  };
  const release = (button, clickCount) => {
    buttons &= ~BUTTON_BIT[button];
    send('Input.dispatchMouseEvent', { type: 'mouseReleased', x: mouse.x, y: mouse.y, button, buttons, clickCount, modifiers });
  };
  const modDown = (m) => { modifiers |= MODBIT[m]; send('Input.dispatchKeyEvent', { type: 'rawKeyDown', key: MOD[m].key, code: MOD[m].code, windowsVirtualKeyCode: MOD[m].keyCode, modifiers }); };
  const modUp = (m) => { modifiers &= ~MODBIT[m]; send('Input.dispatchKeyEvent', { type: 'keyUp', key: MOD[m].key, code: MOD[m].code, windowsVirtualKeyCode: MOD[m].keyCode, modifiers }); };
  const key = (name) => {
    const parts = name.split('+');
    const mods = KEYDEFS[name] ? (name.startsWith('Shift+') ? ['Shift'] : []) : parts.slice(0, -1);
    const def = KEYDEFS[name] || KEYDEFS[parts[parts.length - 1]];
    for (const m of mods) modDown(m);
    const text = mods.includes('Control') ? undefined : def.text;
    send('Input.dispatchKeyEvent', { type: text ? 'keyDown' : 'rawKeyDown', key: def.key, code: def.code, windowsVirtualKeyCode: def.keyCode, text, unmodifiedText: text, modifiers });
    send('Input.dispatchKeyEvent', { type: 'keyUp', key: def.key, code: def.code, windowsVirtualKeyCode: def.keyCode, modifiers });
    for (const m of mods.reverse()) modUp(m);
  };
  const type = (text) => {
    for (const ch of text) {
      send('Input.dispatchKeyEvent', { type: 'keyDown', key: ch, text: ch, unmodifiedText: ch });
      send('Input.dispatchKeyEvent', { type: 'keyUp', key: ch });
    }
  };
  const counts = { move: 0, click: 0, drag: 0, wheel: 0, key: 0, text: 0 };
  const t0 = Date.now();
  let i = 0;
  const recent = [];
  try {
    for (i = 0; i < events; ++i) {
      const r = rnd();
      let what;
      if (r < 0.28) {
        const p = point(); what = `move ${p.x},${p.y}`;
        move(p); counts.move++;
      } else if (r < 0.45) {
        const p = point(); const button = pick(['left', 'left', 'left', 'right', 'middle']);
        const n = rnd() < (edit ? 0.3 : 0.15) ? 2 : 1;
        const shift = edit && rnd() < 0.2;
        what = `click ${shift ? 'shift+' : ''}${button} x${n} ${p.x},${p.y}`;
        move(p);
        if (shift) modDown('Shift');
        for (let c = 1; c <= n; ++c) { press(button, c); release(button, c); }
        if (shift) modUp('Shift');
        counts.click++;
      } else if (r < 0.55) {
        const a = point(), b = point(), steps = 2 + Math.floor(rnd() * 4);
        const alt = edit && rnd() < 0.5;  // in edit mode, half the drags try to link two actors
        what = `drag ${alt ? 'alt ' : ''}${a.x},${a.y} -> ${b.x},${b.y}`;
        move(a);
        if (alt) modDown('Alt');
        press('left', 1);
        for (let k = 1; k <= steps; ++k) move({ x: Math.round(a.x + (b.x - a.x) * k / steps), y: Math.round(a.y + (b.y - a.y) * k / steps) });
        release('left', 1);
        if (alt) modUp('Alt');
        counts.drag++;
      } else if (r < 0.70) {
        const dy = Math.round((rnd() - 0.5) * (rnd() < 0.1 ? 5000 : 600)), dx = rnd() < 0.2 ? Math.round((rnd() - 0.5) * 400) : 0;
        what = `wheel ${dx},${dy}`;
        send('Input.dispatchMouseEvent', { type: 'mouseWheel', x: mouse.x, y: mouse.y, deltaX: dx, deltaY: dy }); counts.wheel++;
      } else if (r < 0.95) {
        const k = pick(KEYS); what = `key ${k}`;
        key(k); counts.key++;
      } else {
        const text = pick(['accio', 'é', 'Ω≈ç', '<img src=x>', '%00', 'zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz']); what = `type ${text}`;
        type(text); counts.text++;
      }
      recent.push(what);
      if (recent.length > 8) recent.shift();
      if (pending.length >= 32) await flush();
      if (rnd() < 0.04) { await flush(); await page.waitForTimeout(Math.floor(rnd() * 80)); }  // let frames run between bursts
      if (i % 250 === 249) { await flush(); await alive(); }
    }
    await flush();
    await page.waitForTimeout(500);
    await alive();
  } catch (e) {
    throw new Error(`${e.message} — after ${i} events, the last ones: ${recent.join('; ')}; replay with MONKEY_SEED=${seed}`);
  }
  return { counts, events: i, seconds: ((Date.now() - t0) / 1000).toFixed(1) };
}
