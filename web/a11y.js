// a11y.js: the accessible mirror beside the canvas, for screen readers and the keyboard. A canvas is one opaque
// picture to assistive technology: this keeps the same content in the page as text, built with DOM methods and
// textContent only (the page's Trusted Types policy refuses any string as HTML):
//   - a polite live region that announces the selected actor (its links and sources) and each tour step;
//   - the selected actor's links as buttons (activating one selects that actor on the canvas), its sources;
//   - the tour step's title and caption, with Start / Previous / Next / Leave;
//   - every actor as a list of buttons (arrow keys move, Enter selects it on the canvas), and a search box.
// The app hands it its content when the selection, the tour step or the data change (src/core/accessible_view.h
// via window.explorerA11y.update), never per frame. It stays out of sight until it has the keyboard focus.
'use strict';
(function () {
  const root = document.getElementById('a11y');
  if (!root) return;
  const live = document.getElementById('a11y-live');
  const selectedBox = document.getElementById('a11y-selected');
  const tourBox = document.getElementById('a11y-tour');
  const actorList = document.getElementById('a11y-actors');
  const actorsHeading = document.getElementById('a11y-actors-heading');
  const search = document.getElementById('a11y-search');
  let last = { selected: null, tourKey: '' };

  function command(text) {
    if (window.explorer && window.explorer.ready) return window.explorer.command(text);
    return null;
  }

  // An element with text (never markup) and optional attributes.
  function el(tag, text, attrs) {
    const e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = text;
    if (attrs) for (const k of Object.keys(attrs)) e.setAttribute(k, attrs[k]);
    return e;
  }

  function button(label, onClick, attrs) {
    const b = el('button', label, Object.assign({ type: 'button' }, attrs || {}));
    b.addEventListener('click', onClick);
    return b;
  }

  // Keys typed in the mirror are the mirror's: the app (SDL, listening on the window) must not also act on them
  // (Space would advance the tour, letters would start a search). Releases still reach it, so that a key pressed
  // before the focus moved here (Shift of Shift+Tab) is not left held down in the app.
  for (const type of ['keydown', 'keypress']) root.addEventListener(type, function (e) { e.stopPropagation(); });
  // The app claims Tab for its own widgets; when no element of the page has the focus (the canvas takes no focus
  // on a click), Tab goes to the page instead, so the keyboard reaches this mirror, unless one of the app's text
  // fields has the keyboard (an edit form: Tab moves to its next field).
  const appTyping = function () {
    try { return window.explorer && window.explorer.ready && Module.ccall('explorer_wants_text', 'number', [], []) === 1; }
    catch (err) { return false; }
  };
  window.addEventListener('keydown', function (e) {
    const a = document.activeElement;
    if (e.key === 'Tab' && !e.ctrlKey && !e.altKey && !e.metaKey && (!a || a === document.body || a === document.documentElement) &&
        !appTyping())
      e.stopPropagation();
  }, true);
  root.addEventListener('keydown', function (e) {
    if (e.key === 'Escape') {  // back to the map: the app's keys work again
      document.activeElement.blur();
      e.preventDefault();
    }
  });
  search.addEventListener('keydown', function (e) {
    if (e.key !== 'Enter' || !search.value.trim()) return;
    const r = command('search ' + search.value.trim());
    if (r && !r.ok) announce(r.message);
    e.preventDefault();
  });

  // The actor list is one tab stop: arrow keys, Home and End move within it (a roving tab index).
  actorList.addEventListener('keydown', function (e) {
    const items = Array.from(actorList.querySelectorAll('button'));
    const i = items.indexOf(document.activeElement);
    if (i < 0) return;
    let j = i;
    if (e.key === 'ArrowDown') j = Math.min(items.length - 1, i + 1);
    else if (e.key === 'ArrowUp') j = Math.max(0, i - 1);
    else if (e.key === 'Home') j = 0;
    else if (e.key === 'End') j = items.length - 1;
    else return;
    e.preventDefault();
    items[i].tabIndex = -1;
    items[j].tabIndex = 0;
    items[j].focus();
  });

  function announce(text) {
    // A change of text is what a polite live region reads; the same text twice is made different by clearing first.
    live.textContent = '';
    setTimeout(function () { live.textContent = text; }, 50);
  }

  function renderActors(actors) {
    const items = actors.map(function (a, i) {
      const li = el('li');
      li.appendChild(button(a.name + ' (' + a.about + ')', function () { command('select ' + a.id); },
        { 'data-id': a.id, tabindex: i === 0 ? '0' : '-1' }));
      return li;
    });
    actorList.replaceChildren.apply(actorList, items);
    actorsHeading.textContent = 'All actors (' + actors.length + ')';
  }

  function renderSelected(s) {
    const parts = [];
    if (!s) {
      parts.push(el('p', 'No actor is selected. Choose one in the list of all actors below, or search.', { tabindex: '-1' }));
    } else {
      parts.push(el('h4', s.name, { tabindex: '-1' }));
      parts.push(el('p', s.about));
      if (s.description) parts.push(el('p', s.description));
      parts.push(el('h5', 'Links (' + s.links.length + ')', { id: 'a11y-links-heading' }));
      const ul = el('ul', null, { 'aria-labelledby': 'a11y-links-heading', role: 'list' });
      for (const l of s.links) {
        const li = el('li');
        li.appendChild(button(l.name + ': ' + l.about, function () { command('select ' + l.id); }, { 'data-id': l.id }));
        ul.appendChild(li);
      }
      parts.push(ul);
      parts.push(el('h5', 'Sources (' + s.sources.length + ')', { id: 'a11y-sources-heading' }));
      const sl = el('ul', null, { 'aria-labelledby': 'a11y-sources-heading', role: 'list' });
      for (const src of s.sources) sl.appendChild(el('li', (src.title ? src.title + ': ' : '') + src.url));
      parts.push(sl);
    }
    selectedBox.replaceChildren.apply(selectedBox, parts);
  }

  function renderTour(t) {
    const parts = [];
    if (t) {
      parts.push(el('p', t.title + ', step ' + t.step + ' of ' + t.steps));
      parts.push(el('h4', t.stepTitle));
      parts.push(el('p', t.caption));
      parts.push(button('Previous step', function () { command('prev'); }));
      parts.push(button('Next step', function () { command('next'); }));
      parts.push(button('Leave the tour', function () { command('tour none'); }));
    } else {
      parts.push(el('p', 'No tour is running.'));
      parts.push(button('Start the guided tour', function () {
        const s = window.explorer.state();
        if (s && s.tours.length) command('tour ' + s.tours[0]);
      }));
    }
    tourBox.replaceChildren.apply(tourBox, parts);
  }

  // Called by the app (src/platform/web_bridge.cpp) with core/accessible_view.h's JSON.
  function update(v) {
    if (v.actors) renderActors(v.actors);
    const sel = v.selected;
    const tourKey = v.tour ? v.tour.title + '#' + v.tour.step : '';
    // Both boxes are rebuilt: the keyboard focus, if it was in one, stays in it (on the same button, or on the
    // new actor's name after following a link).
    const focused = document.activeElement;
    const inTour = tourBox.contains(focused), inSelected = selectedBox.contains(focused);
    const label = focused ? focused.textContent : '';
    renderSelected(sel);
    renderTour(v.tour);
    if (inTour) {
      const again = Array.from(tourBox.querySelectorAll('button')).find(function (b) { return b.textContent === label; });
      (again || tourBox.querySelector('button')).focus();
    } else if (inSelected) {
      selectedBox.querySelector('h4, p').focus();
    }
    const said = [];
    const selId = sel ? sel.id : null;
    if (selId !== last.selected) {
      if (sel) {
        said.push('Selected: ' + sel.name + '. ' + sel.about + '. ' + sel.links.length + ' links' +
          (sel.links.length ? ': ' + sel.links.map(function (l) { return l.name; }).join(', ') : '') + '. ' +
          sel.sources.length + ' sources.');
      } else {
        said.push('No actor selected.');
      }
    }
    if (tourKey !== last.tourKey) {
      if (v.tour) said.push('Tour step ' + v.tour.step + ' of ' + v.tour.steps + ': ' + v.tour.stepTitle + '. ' + v.tour.caption);
      else if (last.tourKey) said.push('Left the tour.');
    }
    last = { selected: selId, tourKey: tourKey };
    if (said.length) announce(said.join(' '));
  }

  window.explorerA11y = { update: update };
})();
