// Threshold Screener's one script. Loaded as a module, it
//  - defines <threshold-screener pack="dudley">: the screener in a shadow root, styled with a
//    constructable stylesheet (no <style> element, no style attribute: both are blocked by a strict
//    Content Security Policy), and
//  - mounts the screener on the hosted page ([data-module="ts-screener-page"], light DOM).
//
// Everything it needs sits next to it: threshold_engine.mjs (the WASM engine, one file), run by
// threshold-engine-worker.mjs, threshold-screener-styles.mjs (the widget's CSS as text), packs/*.mjs
// and calendars/*.mjs.

import { Screener } from './components/screener/screener.mjs';
import { defaultPackSource } from './screener/packs.mjs';
import { configureEngine } from './screener/engine.mjs';
import widgetStrings from './components/widget/strings.mjs';

const BASE = new URL('.', import.meta.url);

// The site build names the engine's worker script (hosted pages) or null (the single file, where the
// engine runs on this thread). Unbuilt, the engine runs here too.
/* global TS_ENGINE_WORKER */
const engineWorker = typeof TS_ENGINE_WORKER === 'string' ? TS_ENGINE_WORKER : null;
if (engineWorker) configureEngine({ worker: new URL(engineWorker, BASE).href });

let sheetPromise = null;

/** The widget's stylesheet, built once and shared by every instance. */
function widgetSheet() {
  if (!sheetPromise) {
    sheetPromise = (async () => {
      const css =
        globalThis.__TS_WIDGET_CSS__ ?? (await import(new URL('threshold-screener-styles.mjs', BASE).href)).default;
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
      return sheet;
    })();
  }
  return sheetPromise;
}

export class ThresholdScreenerElement extends HTMLElement {
  static get observedAttributes() {
    return ['pack', 'heading-level'];
  }

  async connectedCallback() {
    if (this.screener) return;
    const shadow = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    // Until the screener runs, the host's own fallback content (light DOM children) shows through.
    const slot = document.createElement('slot');
    const mount = document.createElement('div');
    mount.className = 'ts-widget';
    shadow.replaceChildren(mount, slot);
    try {
      shadow.adoptedStyleSheets = [await widgetSheet()];
    } catch (e) {
      mount.textContent = widgetStrings.noStyles;
    }
    const pack = this.getAttribute('pack')?.trim() || null;
    // The widget sits inside the host's own page: its headings start at h2 unless told otherwise.
    const headingLevel = Number(this.getAttribute('heading-level')) || 2;
    this.screener = new Screener(mount, { source: defaultPackSource(BASE), pack, mode: 'widget', headingLevel });
    // The screener's first page takes the fallback's place; if the screener then cannot run, the
    // fallback comes back under its message.
    this.addEventListener('threshold-screener:shown', () => slot.remove(), { once: true });
    this.addEventListener('threshold-screener:failed', () => shadow.append(slot), { once: true });
    await this.screener.start();
  }

  disconnectedCallback() {
    this.screener?.stop();
  }

  attributeChangedCallback(name, oldValue, newValue) {
    // A different partnership is a different screening: start afresh.
    if (this.screener && oldValue !== newValue) {
      this.screener.stop();
      this.screener = null;
      this.connectedCallback();
    }
  }
}

if (!customElements.get('threshold-screener')) customElements.define('threshold-screener', ThresholdScreenerElement);

/** Mounts the screener on the hosted page: index.html, embed.html and the single file. */
function mountPage() {
  const host = /** @type {HTMLElement | null} */ (document.querySelector('[data-module="ts-screener-page"]'));
  if (!host || host.dataset.mounted) return;
  host.dataset.mounted = 'true';
  const params = new URLSearchParams(location.search);
  const pack = (host.dataset.pack || params.get('pack') || '').trim() || null;
  const fallback = /** @type {HTMLElement | null} */ (document.querySelector('.js-ts-fallback'));
  const mount = document.createElement('div');
  // The static first screen (the fallback, 999 first) stays on show until the screener has its first
  // page; then one swap in the same task (the screener hides the fallback as it says it is shown),
  // so nothing on screen moves in between.
  mount.hidden = true;
  const show = () => {
    mount.hidden = false;
  };
  host.addEventListener('threshold-screener:shown', show, { once: true });
  host.addEventListener('threshold-screener:failed', show, { once: true });
  host.prepend(mount);
  // The single file, offered for offline use (not from a saved copy on disk: that is the file itself).
  const offlineUrl = location.protocol === 'file:' ? null : new URL('threshold-screener.html', BASE).href;
  // A copy saved as a complete page keeps this link: make it point back to the hosted file.
  const savedCopyLink = /** @type {HTMLAnchorElement | null} */ (document.querySelector('.js-ts-offline-link'));
  if (savedCopyLink && offlineUrl) savedCopyLink.href = offlineUrl;
  const screener = new Screener(mount, { source: defaultPackSource(BASE), pack, mode: 'page', fallback, offlineUrl });
  screener.start();
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', mountPage, { once: true });
else mountPage();
