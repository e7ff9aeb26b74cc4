// Runs while the page is still loading, before the page script has arrived (inline, first in the
// head of every page that runs the screener, its hash in the page's policy):
//  - Start now on the static first screen (a link to #first-question, which works with no script
//    at all) says at once that the first question is opening, without the jump a link to a fragment
//    makes; the screener opens it as it draws its first page (components/screener).
//  - If the page script cannot load, Start now gives way to a message saying so (it would do
//    nothing); the static reference stays.
//  - For ?pack=X, it asks for that partnership's first pages, guidance and calendar at once.
//  - It starts the engine's worker, so that the engine loads alongside the page. The page script
//    adopts the worker and the messages it sent meanwhile (screener/engine.mjs). Where a worker
//    cannot start (a copy opened from disk, a policy without workers), or the page script came
//    first, it does nothing and the page script decides.
(function () {
  'use strict';
  document.addEventListener('click', function (event) {
    const link = event.target instanceof Element ? event.target.closest('.ts-fallback__start a[href^="#"]') : null;
    if (
      !link ||
      event.defaultPrevented ||
      event.button !== 0 ||
      event.ctrlKey ||
      event.metaKey ||
      event.shiftKey ||
      event.altKey
    )
      return;
    event.preventDefault();
    history.replaceState(history.state, '', link.getAttribute('href'));
    const start = link.parentElement;
    start.classList.add('ts-fallback__start--opening');
    const opening = start.querySelector('.ts-fallback__opening');
    if (opening) /** @type {HTMLElement} */ (opening).focus({ preventScroll: true });
  });
  // The page script defines <threshold-screener> as it runs, and the page's load event waits for it:
  // not defined by then, it could not load or run. (A copy opened from disk: the saved-copy script
  // says so instead.)
  const checkPageScript = function () {
    if (location.protocol === 'file:' || (window.customElements && window.customElements.get('threshold-screener')))
      return;
    const fallback = document.querySelector('.js-ts-fallback');
    if (fallback) fallback.classList.add('ts-fallback--unloaded');
  };
  if (document.readyState === 'complete') checkPageScript();
  else window.addEventListener('load', checkPageScript);
  const script = /** @type {HTMLScriptElement | null} */ (document.currentScript);
  if (location.protocol === 'file:' || !script) return;
  // Inline in the page's head (its hash in the page's policy), or a file beside the page script.
  const base = script.src || document.baseURI;
  // The fixed partnership's first pages, guidance and calendar (?pack=X): asked for now, while the
  // page script is still on its way, not once it has run (screener/packs.mjs imports exactly these
  // modules, and finds them fetched). The build lists its packs in data-packs: id -> [calendar or
  // "", whether it wrote the first pages]; an id not listed is left to the page script.
  try {
    const packs = JSON.parse(script.getAttribute('data-packs') || '{}');
    const id = new URLSearchParams(location.search).get('pack');
    const known = id && /^[a-z0-9_]+$/.test(id) && Object.prototype.hasOwnProperty.call(packs, id) ? packs[id] : null;
    if (known) {
      const files = [known[1] ? 'packs/' + id + '.first.mjs' : '', 'packs/' + id + '.mjs'];
      if (known[0]) files.push('calendars/' + known[0] + '.mjs');
      for (const file of files) {
        if (!file) continue;
        const link = document.createElement('link');
        link.rel = 'modulepreload';
        link.href = new URL(file, base).href;
        document.head.appendChild(link);
      }
    }
  } catch (e) {
    // the page script fetches them itself
  }
  if (typeof Worker !== 'function') return;
  if (window.thresholdScreenerEngine) return; // the page script has started the engine already
  try {
    const url = new URL('threshold-engine-worker.mjs', base).href;
    const worker = new Worker(url, { type: 'module', name: 'threshold-engine' });
    const early = [];
    const keep = function (event) {
      early.push(event);
    };
    worker.addEventListener('message', keep);
    worker.addEventListener('error', keep);
    window.thresholdScreenerEngine = {
      url: url,
      adopt: function () {
        worker.removeEventListener('message', keep);
        worker.removeEventListener('error', keep);
        window.thresholdScreenerEngine = { adopted: true };
        return { worker: worker, early: early };
      },
    };
  } catch (e) {
    // the page script starts its own worker, or runs the engine on its own thread
  }
})();
