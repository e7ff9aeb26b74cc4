// The journey: which page comes next, and the browser history that carries it. No DOM here and no
// decision of the engine's: whether a question is asked is the engine's `describe` answer, passed in.
//
//   const j = new Journey({ mode: 'page', first: 'start', onChange: (state) => render(state) });
//   j.begin();                  // replaces the current history entry
//   j.go(nextPage('age', { answers, asks, fromResult: j.fromResult }));
//
// Back is the browser's Back (history.pushState; on the stand-alone page the URL also keeps a
// readable #hash). Answers live with the screener, never in history, so Back never loses them.

const KEY = 'thresholdScreener';
let instances = 0;

/** The screening's question pages in order, then the result. */
export const QUESTION_PAGES = ['danger', 'age', 'mobility', 'involvement', 'seeing', 'consent'];

/** The questions each page asks: a page none of whose questions the engine asks is skipped. */
export const PAGE_QUESTIONS = {
  danger: ['immediate_danger'],
  age: ['age'],
  mobility: ['non_mobile'],
  involvement: ['involvement'],
  seeing: ['indicators', 'agreed_level'],
  consent: ['consent'],
};

/** Pages that show the live level (once an indicator is ticked). */
export const LIVE_PAGES = new Set(['seeing', 'consent']);

/**
 * The page after `page`.
 * @param {string} page
 * @param {object} o
 * @param {object} o.answers the practitioner's answers (screener/answers.mjs)
 * @param {(question: string) => boolean} o.asks whether the engine asks this question now
 * @param {boolean} o.fromResult the practitioner came from "Change" on the result
 * @param {boolean} [o.hasEntryPage] the partnership opens on its own entry page
 */
export function nextPage(page, { answers, asks, fromResult, hasEntryPage = false }) {
  if (page === 'start') return 'partnership';
  if (page === 'partnership') return hasEntryPage ? 'entry' : 'danger';
  if (page === 'entry') return 'danger';
  if (page === 'danger' && answers.immediate_danger) return 'emergency';
  const chain = ['danger', ...QUESTION_PAGES.slice(1), 'result'];
  let i = page === 'emergency' ? chain.indexOf('age') : chain.indexOf(page) + 1;
  if (page === 'emergency' && fromResult) return 'result';
  while (chain[i] && chain[i] !== 'result' && !PAGE_QUESTIONS[chain[i]].some(asks)) i += 1;
  if (fromResult) {
    // Back to the result after "Change", unless a newly needed answer is missing.
    if (chain[i] === 'mobility' && answers.non_mobile == null) return 'mobility';
    return 'result';
  }
  return chain[i] ?? 'result';
}

/** Browser history for one screener (a page may hold several widgets: each keeps to its own). */
export class Journey {
  /**
   * @param {object} o
   * @param {'page'|'widget'} o.mode the stand-alone page also keeps a #hash
   * @param {string} o.first the first page
   * @param {(state: {page: string, depth: number, fromResult: boolean}) => void} o.onChange
   */
  constructor({ mode, first, onChange }) {
    this.instance = `ts${(instances += 1)}`;
    this.mode = mode;
    this.first = first;
    this.onChange = onChange;
    this.page = first;
    this.depth = 0;
    this.fromResult = false;
    this.extra = {};
    this.onPopState = (ev) => this.pop(ev.state);
  }

  state(page, extra = {}) {
    return { [KEY]: this.instance, page, depth: this.depth, fromResult: this.fromResult, ...extra };
  }

  begin() {
    window.addEventListener('popstate', this.onPopState);
    if (this.mode === 'page') history.replaceState(this.state(this.first), '', `#${this.first}`);
  }

  stop() {
    window.removeEventListener('popstate', this.onPopState);
  }

  /**
   * A new page: one history entry. `extra` may set fromResult and page details (a pathway). With
   * `draw: false` the caller draws it (onChange is not called).
   */
  go(page, extra = {}, { draw = true } = {}) {
    this.depth += 1;
    if (extra.fromResult !== undefined) this.fromResult = extra.fromResult;
    const state = this.state(page, extra);
    if (this.mode === 'page') history.pushState(state, '', `#${page}`);
    else history.pushState(state, '');
    this.apply(state, { draw });
  }

  apply(state, { draw = true } = {}) {
    this.page = state.page;
    this.depth = state.depth ?? 0;
    this.fromResult = Boolean(state.fromResult);
    const extra = { ...state };
    for (const key of [KEY, 'page', 'depth', 'fromResult']) delete extra[key];
    this.extra = extra;
    if (draw) this.onChange(state);
  }

  pop(state) {
    if (state && state[KEY] === this.instance) this.apply(state);
    else if (state && state[KEY])
      return; // another screener on the page
    else this.apply({ page: this.first, depth: 0 });
  }
}
