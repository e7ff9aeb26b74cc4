// Runs while the page is still loading, before the page script has arrived (hosted pages: loaded
// with `async`; the single file has it inline, in its head):
//  - Start now on the static first screen (a link to #first-question, which works with no script
//    at all) says at once that the first question is opening, without the jump a link to a fragment
//    makes; the screener opens it as it draws its first page (components/screener).
//  - If the page script cannot load, Start now gives way to a message saying so (it would do
//    nothing); the static reference stays.
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
  if (location.protocol === 'file:' || typeof Worker !== 'function' || !document.currentScript) return;
  if (window.thresholdScreenerEngine) return; // the page script has started the engine already
  try {
    const script = /** @type {HTMLScriptElement} */ (document.currentScript);
    const url = new URL('threshold-engine-worker.mjs', script.src).href;
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
