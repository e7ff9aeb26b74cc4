// Where packs come from. Two sources, the same interface:
//
// - hosted (build/site, dist/): ES modules beside the widget, `packs/index.mjs`,
//   `packs/<id>.mjs` (export default the pack's JSON text) and `calendars/<id>.mjs`. They are
//   modules, not JSON fetched with fetch(), because the Content Security Policy has no connect-src:
//   script-src 'self' covers import().
// - the single file (dist/threshold-screener.html): <script type="application/json"> data blocks,
//   `#ts-packs-index`, `#ts-pack-<id>`, `#ts-calendar-<id>`, which no CSP applies to.
//
// A pack the site build validated carries its vouch (the SHA-256 of its text): `export const vouch`
// beside the module's text, `data-vouch` on the data block. When the text matches it, the engine
// loads the pack through its fast path (screener/engine.mjs); otherwise it validates it in full.
// Beside each pack, what the engine said of it at build time before any answer (`threshold describe`
// without the indicator lists): `packs/<id>.first.mjs`, the `#ts-first-pages-<id>` block. The
// screener draws its first pages from it while the engine loads, and checks it once the engine is
// ready (a pack changed after the build is redrawn from the engine).
//
// packText() also gives the calendar the build read from the pack (`export const calendar`,
// `data-calendar`), or null: a hint for fetching it early; loading the pack reads the pack's own.
//
// Every function resolves to {ok: true, ...} or {ok: false, error: {code, message, path}}.

import { failure, vouchFor } from './engine.mjs';

function messageOf(e) {
  return e && typeof e === 'object' && 'message' in e ? String(e.message) : String(e);
}

const ID = /^[a-z0-9_-]+$/;

/** Enough of a describe() answer to draw the first pages from. */
const isDescription = (d) =>
  Boolean(
    d && typeof d === 'object' && d.partnership && typeof d.partnership.name === 'string' && Array.isArray(d.questions),
  );

/** Packs from modules next to `base` (the URL of the widget bundle). */
export function modulePackSource(base) {
  const cache = new Map();
  const load = (path) => {
    if (!cache.has(path)) {
      cache.set(
        path,
        import(new URL(path, base).href).then(
          async (m) => {
            await vouchFor(m.default, m.vouch);
            return { ok: true, value: m.default, calendar: typeof m.calendar === 'string' ? m.calendar : null };
          },
          (e) => failure('pack.unavailable', `${path} could not be loaded: ${messageOf(e)}`),
        ),
      );
    }
    return cache.get(path);
  };
  return {
    kind: 'modules',
    base: String(base),
    async index() {
      const r = await load('packs/index.mjs');
      if (!r.ok) return r;
      return Array.isArray(r.value)
        ? { ok: true, packs: r.value }
        : failure('pack.bad_index', 'packs/index.mjs is not a list');
    },
    async packText(id) {
      if (!ID.test(String(id))) return failure('pack.bad_id', `"${id}" is not a pack id`);
      const r = await load(`packs/${id}.mjs`);
      if (!r.ok) return failure('pack.unknown', `there is no pack "${id}" (${r.error.message})`);
      return typeof r.value === 'string'
        ? { ok: true, text: r.value, calendar: r.calendar }
        : failure('pack.bad_module', `packs/${id}.mjs holds no JSON text`);
    },
    async firstPages(id) {
      if (!ID.test(String(id))) return failure('pack.bad_id', `"${id}" is not a pack id`);
      const r = await load(`packs/${id}.first.mjs`);
      return r.ok && isDescription(r.value)
        ? { ok: true, described: r.value }
        : failure('pack.no_first_pages', `packs/${id}.first.mjs holds no description`);
    },
    async calendarText(id) {
      if (!ID.test(String(id))) return failure('calendar.bad_id', `"${id}" is not a calendar id`);
      const r = await load(`calendars/${id}.mjs`);
      if (!r.ok) return failure('calendar.unknown', `there is no calendar "${id}" (${r.error.message})`);
      return typeof r.value === 'string'
        ? { ok: true, text: r.value }
        : failure('calendar.bad_module', `calendars/${id}.mjs holds no JSON text`);
    },
    referenceUrl(id) {
      return new URL(`reference/${id}.html`, base).href;
    },
  };
}

/** Packs from <script type="application/json"> data blocks in `doc` (the single file). */
export function inlinePackSource(doc = document) {
  const block = (id) => doc.getElementById(id)?.textContent ?? null;
  return {
    kind: 'inline',
    async index() {
      const text = block('ts-packs-index');
      if (text == null) return failure('pack.bad_index', 'this file holds no packs index');
      try {
        const packs = JSON.parse(text);
        return Array.isArray(packs) ? { ok: true, packs } : failure('pack.bad_index', 'the packs index is not a list');
      } catch (e) {
        return failure('pack.bad_index', `the packs index is not JSON: ${messageOf(e)}`);
      }
    },
    async packText(id) {
      const el = ID.test(String(id)) ? doc.getElementById(`ts-pack-${id}`) : null;
      if (!el) return failure('pack.unknown', `this file holds no pack "${id}"`);
      const text = el.textContent;
      await vouchFor(text, el.getAttribute('data-vouch'));
      return { ok: true, text, calendar: el.getAttribute('data-calendar') };
    },
    async firstPages(id) {
      const text = ID.test(String(id)) ? block(`ts-first-pages-${id}`) : null;
      if (text == null) return failure('pack.no_first_pages', `this file holds no description of "${id}"`);
      try {
        const described = JSON.parse(text);
        return isDescription(described)
          ? { ok: true, described }
          : failure('pack.no_first_pages', `the description of "${id}" is not one`);
      } catch (e) {
        return failure('pack.no_first_pages', `the description of "${id}" is not JSON: ${messageOf(e)}`);
      }
    },
    async calendarText(id) {
      const text = ID.test(String(id)) ? block(`ts-calendar-${id}`) : null;
      return text == null ? failure('calendar.unknown', `this file holds no calendar "${id}"`) : { ok: true, text };
    },
    referenceUrl() {
      return null;
    },
  };
}

/** The inline source when the document carries the data blocks, else modules beside `base`. */
export function defaultPackSource(base, doc = document) {
  return doc.getElementById('ts-packs-index') ? inlinePackSource(doc) : modulePackSource(base);
}
