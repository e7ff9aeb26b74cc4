// Threshold Screener in an iframe: sizes the frame to its content. For the host page, which includes
// it as a classic script from its own origin (copy this file; nothing else is needed):
//
//   <iframe data-threshold-screener src="https://…/embed.html?pack=medway" height="1400"
//           title="Threshold Screener"></iframe>
//   <script src="/js/threshold-screener-frame.js"></script>
//
// It works under a strict Content Security Policy (script-src 'self'; style-src 'self'): no inline
// script, and the height is set through the CSSOM, which style-src does not restrict. The screener
// posts only its height ({type: "threshold-screener:height", height}); answers never leave the frame.
// Without this script the frame keeps its fixed height and scrolls.
(function () {
  'use strict';
  window.addEventListener('message', function (event) {
    const data = event.data;
    if (!data || data.type !== 'threshold-screener:height' || typeof data.height !== 'number' || !isFinite(data.height))
      return;
    const frames = document.querySelectorAll(/** @type {'iframe'} */ ('iframe[data-threshold-screener]'));
    for (let i = 0; i < frames.length; i += 1) {
      // The frame's window stays the same when what is in it navigates elsewhere (a link followed
      // inside it): only the screener's own origin, that of the frame's src, may size it.
      if (frames[i].contentWindow === event.source && event.origin === screenerOrigin(frames[i])) {
        frames[i].style.height = Math.min(Math.max(Math.ceil(data.height), 200), 50000) + 'px';
      }
    }
  });

  // The origin of the frame's src, resolved against this page's URL; null for none, or for an
  // opaque origin ("null": about:, data:, a file), which any other opaque document shares.
  function screenerOrigin(frame) {
    try {
      const origin = new URL(frame.getAttribute('src') || '', document.baseURI).origin;
      return origin === 'null' ? null : origin;
    } catch (e) {
      return null;
    }
  }
})();
