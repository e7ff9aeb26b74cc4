// Starts the engine's worker while the page is still loading, before the page script has arrived,
// so that the engine loads alongside the page (hosted pages; loaded with `async`). The page script
// adopts the worker and the messages it sent meanwhile (screener/engine.mjs). Where a worker cannot
// start (a copy opened from disk, a policy without workers), or the page script came first, it does
// nothing and the page script decides.
(function () {
  'use strict';
  if (location.protocol === 'file:' || typeof Worker !== 'function' || !document.currentScript) return;
  if (window.thresholdScreenerEngine) return; // the page script has started the engine already
  try {
    const url = new URL('threshold-engine-worker.mjs', document.currentScript.src).href;
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
