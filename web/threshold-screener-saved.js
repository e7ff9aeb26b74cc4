// A copy of the page saved with the browser (Ctrl+S) and opened from disk cannot run the screener:
// browsers refuse module scripts from file://. This classic script (which does run there) says so
// plainly and points to the offline file, instead of leaving a form that does nothing. On the
// hosted page, or where the screener itself runs, it does nothing.
(function () {
  'use strict';
  // The screener's module defines the element as it runs: then this copy works.
  if (location.protocol !== 'file:' || window.customElements.get('threshold-screener')) return;
  const notice = document.querySelector('.js-ts-saved-copy');
  if (!notice) return;
  // A copy saved as a complete page holds the screener as it was when saved: hide it, it cannot work.
  const host = document.querySelector('[data-module="ts-screener-page"]');
  if (host) {
    for (let i = 0; i < host.children.length; i += 1) {
      const child = /** @type {HTMLElement} */ (host.children[i]);
      if (!child.classList.contains('js-ts-fallback')) child.hidden = true;
    }
  }
  const fallback = /** @type {HTMLElement | null} */ (document.querySelector('.js-ts-fallback'));
  if (fallback) {
    fallback.hidden = false;
    fallback.classList.add('ts-fallback--static'); // its Start now cannot work either
  }
  notice.classList.add('ts-saved-copy--shown');
})();
