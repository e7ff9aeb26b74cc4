// Paint timing: when the browser has painted, so that the shell swaps its static first screen and
// starts the engine on the page's thread without costing the practitioner a paint.

/** Resolves after the next frame is painted (or soon, in a hidden tab, which paints no frame). */
export function nextPaint() {
  return new Promise((resolve) => {
    const hidden = setTimeout(resolve, 100);
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(hidden);
        resolve();
      }, 0),
    );
  });
}

/**
 * Resolves once the browser has reported painting something inside `el` (a largest-contentful-paint
 * entry for an element in it), at the first tap or key press (the browser reports no more after one),
 * or after `limitMs`. At once where there is nothing to wait for: no such reports (Firefox, Safari), a
 * page not on screen, or `el` missing or hidden.
 *
 * Why: the screener swaps the static first screen for its own first page, which looks the same. When
 * the browser had painted the static screen but not yet reported it (a busy main thread on a phone),
 * the swap dropped that paint, and the screener's page counted as the largest paint, 100-250 ms later.
 */
export function paintReported(el, limitMs = 500) {
  const types = globalThis.PerformanceObserver?.supportedEntryTypes ?? [];
  if (!el || el.hidden || !types.includes('largest-contentful-paint') || document.visibilityState !== 'visible') {
    return Promise.resolve();
  }
  return new Promise((resolve) => {
    const done = () => {
      observer.disconnect();
      clearTimeout(timer);
      removeEventListener('pointerdown', done, true);
      removeEventListener('keydown', done, true);
      resolve();
    };
    const observer = new PerformanceObserver((list) => {
      // Element Timing entries name the element painted.
      const painted = (entry) => /** @type {{element?: Element}} */ (entry).element;
      if (list.getEntries().some((entry) => painted(entry) && el.contains(painted(entry)))) done();
    });
    const timer = setTimeout(done, limitMs);
    addEventListener('pointerdown', done, true);
    addEventListener('keydown', done, true);
    observer.observe({ type: 'largest-contentful-paint', buffered: true });
  });
}
