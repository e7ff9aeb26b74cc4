// The stand-alone page inside an iframe (embed.html): the host page's script
// (threshold-screener-frame.js) sizes the frame to the height this page posts.

/** Whether the page runs inside a frame (a cross-origin parent counts). */
export function inFrame() {
  try {
    return window.self !== window.top;
  } catch {
    return true; // a cross-origin parent
  }
}

/** Tells the host page our height whenever it changes. Only the height is sent. */
export function postHeight() {
  if (typeof ResizeObserver !== 'function') return;
  // The page's first-screen min-height (100vh) would hold a sized frame at its own height: drop it.
  document.documentElement.classList.add('ts-sized-frame');
  let last = 0;
  new ResizeObserver(() => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    window.parent.postMessage({ type: 'threshold-screener:height', height }, '*');
  }).observe(document.body);
}
