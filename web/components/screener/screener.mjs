// The screener's shell: loads the engine and the partnership's guidance, keeps the answers in memory,
// asks the journey which page comes next, and renders each page from its own component folder into
// the hosted page (light DOM) or a <threshold-screener> shadow root.
//
// State lives in memory only. Back is the browser's Back (journey.mjs) and never loses answers.

import { h, format, replaceChildren } from '../../screener/dom.mjs';
import { getEngine, engineRunsInWorker, preloadPack } from '../../screener/engine.mjs';
import { screen, asks, accepted, firstPagesOf } from '../../screener/describe.mjs';
import { emptyAnswers, isEmpty, toEngineAnswers, today, keepCommonAnswers } from '../../screener/answers.mjs';
import { Journey, nextPage, LIVE_PAGES } from './journey.mjs';
import { AnswersFiles } from './answers-file.mjs';
import { Pathways } from './pathways.mjs';
import { ResultPages } from './result-pages.mjs';
import { PrintOpener } from './print.mjs';
import { nextPaint, paintReported } from './paint.mjs';
import { inFrame, postHeight } from './frame.mjs';
import { failurePanel, packProblems } from './failure.mjs';
import { startPage, EARLY_START } from '../start/start.mjs';
import { entryPage } from '../entry/entry.mjs';
import { partnershipPage, checkPartnership } from '../partnership/partnership.mjs';
import { dangerPage, checkDanger } from '../danger/danger.mjs';
import { agePage, checkAge } from '../age/age.mjs';
import { mobilityPage, checkMobility } from '../mobility/mobility.mjs';
import { involvementPage, checkInvolvement } from '../involvement/involvement.mjs';
import { seeingPage, checkSeeing } from '../seeing/seeing.mjs';
import { consentPage, checkConsent } from '../consent/consent.mjs';
import { liveText } from '../result/result.mjs';
import strings from './strings.mjs';

/**
 * What a page component gets from the shell.
 * @typedef {object} PageContext
 * @property {object} answers the answers, changed in place
 * @property {string} caption the partnership's name, above each heading
 * @property {string} area the partnership's area, in sentences
 * @property {object[]} levels the guidance's levels, lowest first
 * @property {{field: string, text: string}[]} errors
 * @property {() => void} changed an answer changed
 * @property {() => void} submit the page's form was submitted
 * @property {(question: string) => boolean} asks the engine asks this question now
 * @property {(fact: string) => (import('../../screener/contract').Accepted | null)} accepts what the engine accepts for an answer fact
 * @property {HTMLElement} root the page element
 * @property {Node[]} [after] extra content after the question
 * @property {number} [headingLevel] the level of the page heading (1 on the stand-alone page)
 */

export class Screener {
  /**
   * @param {HTMLElement} host where the screener renders (its children are replaced)
   * @param {object} opts
   * @param {object} opts.source a pack source (screener/packs.mjs)
   * @param {string|null} [opts.pack] a fixed partnership: the question is skipped
   * @param {'page'|'widget'} [opts.mode]
   * @param {number} [opts.headingLevel] the level of the page heading: 1 on the stand-alone page,
   *   2 by default inside a host page (the widget)
   * @param {HTMLElement|null} [opts.fallback] the static fallback: hidden once the screener runs,
   *   kept (with a message) when it cannot
   * @param {string|null} [opts.offlineUrl] the single-file download, offered on the start page
   * @param {() => Date} [opts.now]
   */
  constructor(host, opts) {
    this.host = host;
    this.opts = { mode: 'page', pack: null, fallback: null, offlineUrl: null, now: () => new Date(), ...opts };
    this.opts.headingLevel = clampLevel(opts.headingLevel ?? (this.opts.mode === 'widget' ? 2 : 1));
    this.source = opts.source;
    this.engine = null;
    this.index = [];
    this.packs = new Map(); // id -> {data, engineId}
    this.packId = null;
    this.chosenPack = null;
    this.answers = emptyAnswers();
    this.reference = '';
    /** @type {import('../../screener/contract').Outcome | null} */
    this.outcome = null;
    /** @type {import('../../screener/contract').EngineError | null} */
    this.evalError = null;
    /** @type {import('../../screener/contract').Description | null} */
    this.described = null;
    this.errors = [];
    /** @type {Map<string, Promise<{ok: boolean}>> | null} packs on their way into the engine */
    this.loading = null;
    /** Answer changes made and pages drawn: only the latest one's engine answers are shown. */
    this.liveCount = 0;
    this.liveDone = Promise.resolve();
    this.drawCount = 0;
    this.files = new AnswersFiles(this);
    this.pathways = new Pathways(this);
    this.results = new ResultPages(this);
    this.journey = new Journey({
      mode: /** @type {'page' | 'widget'} */ (this.opts.mode),
      first: 'start',
      onChange: () => {
        this.errors = [];
        this.pathways.selected = null;
        this.render({ focus: true });
      },
    });
    this.print = new PrintOpener(() => this.root);
    this.onBeforeUnload = (ev) => {
      if (!isEmpty(this.answers)) {
        ev.preventDefault();
        ev.returnValue = '';
      }
    };
  }

  // ---- start-up --------------------------------------------------------------------------------

  async start() {
    this.root = h('div', {
      class: 'ts-screener govuk-frontend-supported',
      'data-module': 'ts-screener',
      'data-state': 'loading',
    });
    this.context = h('div', { class: 'ts-screener__context' });
    this.backLink = h(
      'a',
      {
        href: '#',
        class: 'govuk-back-link ts-screener__back js-ts-back',
        hidden: true,
        onclick: (ev) => {
          ev.preventDefault();
          history.back();
        },
      },
      strings.back,
    );
    this.live = h('div', {
      class: 'ts-screener__live js-ts-live',
      role: 'status',
      'aria-live': 'polite',
      'aria-atomic': 'true',
    });
    this.pageEl = h('div', { class: 'ts-screener__page js-ts-page' });
    this.pageEl.append(h('p', { class: 'govuk-body', role: 'status' }, strings.loading));
    this.root.append(this.context, this.backLink, this.live, this.pageEl);
    replaceChildren(this.host, this.root);
    this.whenReady = new Promise((resolve) => {
      this.settle = resolve;
    });

    // The packs arrive, then the first page is drawn. The engine starts at once when it runs in a
    // worker (this thread does none of the work); on this thread it starts once the first page is
    // painted (its start is one long task), while the practitioner reads it.
    const warm = this.opts.pack
      ? this.warmPack(this.opts.pack)
      : this.source.index().then((idx) => (idx.ok ? Promise.all(idx.packs.map((p) => this.warmPack(p.id))) : null));
    /** @type {(available: boolean) => void} */
    let engineLoaded = () => {};
    this.engineLoading = new Promise((resolve) => {
      engineLoaded = resolve;
    });
    const inWorker = engineRunsInWorker() ? getEngine() : null;
    await this.showEarly();
    if (this.shown && !inWorker) await nextPaint();
    this.engine = await (inWorker ?? getEngine());
    await warm;
    engineLoaded(this.engine.available);
    if (!this.engine.available)
      return this.fail(strings.engineErrorTitle, format(strings.engineErrorBody, this.engine.error));
    // After an internal error the engine starts again with the same guidance: show the answers' outcome.
    this.stopRestartListener = this.engine.onRestart(() => {
      if (!this.engine.available)
        return this.fail(strings.engineErrorTitle, format(strings.engineErrorBody, this.engine.error));
      this.render({ focus: false });
    });

    if (this.opts.pack) {
      const r = await this.loadPack(this.opts.pack);
      if (!r.ok) return this.packError(this.opts.pack, r);
      this.packId = this.opts.pack;
      // Guidance changed since the build (not the text it described): redraw from the engine.
      if (this.firstPages && !(await this.firstPagesStand())) {
        this.firstPages = null;
        if (this.shown) this.render({ focus: false });
      }
    } else if (!this.shown) {
      const idx = await this.source.index();
      if (!idx.ok) return this.fail(strings.indexErrorTitle, idx.error.message);
      this.index = idx.packs;
      // Every pack was fetched above, so that choosing one later sends no request.
    }

    if (!this.shown) await this.show();
    // A page drawn early needs no redraw: the build's description is the engine's own answer.
    this.ready = true;
    this.root.dataset.state = 'ready';
    performance.mark?.('threshold-screener:ready');
    this.settle(true);
    this.host.dispatchEvent(new CustomEvent('threshold-screener:ready', { bubbles: true, composed: true }));
  }

  /**
   * Draws the first page before the engine is ready, when it can: the partnership question from the
   * index, or, for a fixed partnership, the start page, the entry page or the immediate-danger
   * question from the build's description of its guidance (screener/packs.mjs).
   */
  async showEarly() {
    if (this.opts.pack) {
      const f = await this.source.firstPages?.(this.opts.pack);
      if (!f?.ok) return;
      this.firstPages = f.described;
    } else {
      const idx = await this.source.index();
      if (!idx.ok) return;
      this.index = idx.packs;
    }
    if (this.root.dataset.state === 'loading') await this.show();
  }

  /** Whether the engine says of the guidance, before any answer but today's date, what the build said. */
  async firstPagesStand() {
    const r = await this.engine.screen(this.engineId, { date: today(this.opts.now()) });
    return r.ok && JSON.stringify(firstPagesOf(r.description)) === JSON.stringify(this.firstPages);
  }

  /** The first page on screen, in place of the static first screen (one swap, nothing moves). */
  async show() {
    window.addEventListener('beforeunload', this.onBeforeUnload);
    this.print.listen();
    // The static first screen and this first page look the same: swap them once the browser has
    // reported painting the first (paintReported says why). Before reading the address below, so
    // that Start now pressed meanwhile is seen.
    if (this.opts.fallback) await paintReported(this.opts.fallback);
    // Start now on the static first screen, pressed before this first page: open what it opens.
    const startedEarly = this.opts.mode === 'page' && location.hash === `#${EARLY_START}`;
    this.journey.first = await this.firstPage();
    this.journey.page = this.journey.first;
    this.journey.begin();
    if (startedEarly && this.journey.first === 'start') {
      await this.evaluate(); // whether the partnership has an entry page
      this.journey.go(this.afterStart(), {}, { draw: false });
    }
    await this.render({ focus: false });
    this.shown = true;
    this.root.dataset.state = 'shown';
    performance.mark?.('threshold-screener:shown');
    if (this.opts.fallback) this.opts.fallback.hidden = true;
    this.host.dispatchEvent(new CustomEvent('threshold-screener:shown', { bubbles: true, composed: true }));
    // Once on show (the host reveals the page as it is shown).
    if (startedEarly) this.focusPage();
    if (this.opts.mode === 'page' && inFrame()) postHeight();
  }

  /**
   * Resolves true once the engine has the guidance (at once when it has), false when it cannot run
   * (its message is then on screen). A second tap while waiting resolves false: the first one moves on.
   */
  async engineReady() {
    if (this.ready) return true;
    if (this.waiting) return false;
    this.waiting = true;
    const slow = setTimeout(() => {
      this.live.textContent = strings.loading;
    }, 300);
    try {
      const ok = await this.whenReady;
      if (ok) await this.evaluate();
      return ok;
    } finally {
      clearTimeout(slow);
      this.waiting = false;
    }
  }

  /** Stops listening to the window (the element was removed). */
  stop() {
    this.stopRestartListener?.();
    this.journey.stop();
    window.removeEventListener('beforeunload', this.onBeforeUnload);
    this.print.stop();
  }

  /** The screener cannot run: say so and keep the static fallback on show. */
  fail(title, body, extra = null) {
    this.root.dataset.state = 'failed';
    this.settle?.(false);
    const reference = this.opts.pack ? this.source.referenceUrl?.(this.opts.pack) : null;
    replaceChildren(this.pageEl, failurePanel({ title, body, extra, reference }));
    if (this.opts.fallback) {
      this.opts.fallback.hidden = false;
      // Its Start now cannot work here.
      this.opts.fallback.classList.add('ts-fallback--static');
    }
    this.host.dispatchEvent(
      new CustomEvent('threshold-screener:failed', { bubbles: true, composed: true, detail: { title, body } }),
    );
  }

  packError(id, r) {
    const name = this.index.find((p) => p.id === id)?.name ?? id;
    this.fail(format(strings.packErrorTitle, { name }), strings.packErrorIntro, packProblems(r));
  }

  /** A pack's text read as JSON without deciding anything (the engine checks it): {data} or {error}. */
  static readPack(text) {
    try {
      return { data: JSON.parse(text) };
    } catch (e) {
      return { error: e.message }; // the engine reports the syntax error with its position
    }
  }

  /** The calendar a pack's JSON names, or null. */
  static calendarOf(data) {
    return typeof data?.calendar === 'string' ? data.calendar : null;
  }

  /**
   * Fetches a pack and the calendar it names (no engine needed): the source caches both. The fixed
   * partnership's guidance goes to the engine's worker at once, to load while the first page is drawn.
   */
  async warmPack(id) {
    const t = await this.source.packText(id);
    // The build's word for the calendar spares parsing the whole pack here; loadPackNow reads the
    // pack's own (a pack edited after the build then loads with the calendar it names).
    const calendar = t.ok ? (t.calendar ?? Screener.calendarOf(Screener.readPack(t.text).data)) : null;
    const c = calendar ? await this.source.calendarText(calendar) : null;
    if (t.ok && id === this.opts.pack) preloadPack(t.text, c?.ok ? c.text : '');
  }

  /** Loads a pack into the engine once: {ok} or the engine's errors. */
  loadPack(id) {
    this.loading ??= new Map();
    if (!this.loading.has(id)) this.loading.set(id, this.loadPackNow(id));
    return this.loading.get(id);
  }

  /**
   * Loads a pack again, its source now holding another text, and redraws the page on show with the
   * same answers ({ok} or the engine's errors, with nothing redrawn): the authoring page's preview.
   */
  async reloadPack(id) {
    this.loading?.delete(id);
    const r = await this.loadPack(id);
    if (r.ok) await this.render({ focus: false });
    return r;
  }

  async loadPackNow(id) {
    if (!(await this.engineLoading)) return { ok: false, error: this.engine.error };
    const t = await this.source.packText(id);
    if (!t.ok) return t;
    // A pack that does not parse names no calendar: the engine then reports the pack's own error.
    const { data, error } = Screener.readPack(t.text);
    const calendar = Screener.calendarOf(data);
    const c = calendar ? await this.source.calendarText(calendar) : { ok: false };
    const r = await this.engine.loadPack(t.text, c.ok ? c.text : '');
    if (!r.ok) return r;
    if (error != null) return { ok: false, error: { code: 'json.syntax', message: error, path: '' } };
    this.packs.set(id, { data, engineId: r.pack_id ?? data.id });
    return { ok: true };
  }

  get pack() {
    return this.packs.get(this.packId)?.data ?? null;
  }

  get engineId() {
    return this.packs.get(this.packId)?.engineId ?? this.packId;
  }

  get caption() {
    return this.described?.partnership?.name ?? '';
  }

  get area() {
    const p = this.described?.partnership;
    return p?.area ?? p?.name ?? '';
  }

  get page() {
    return this.journey.page;
  }

  /** What the engine accepts for an answer fact ({min, max, ...} or {options}), from its description. */
  get accepts() {
    return (fact) => accepted(this.described, fact);
  }

  /** The answers as the engine reads them, dated (or not, with null). */
  engineAnswers(date) {
    return toEngineAnswers(this.answers, { date, pack: this.pack, accepts: this.accepts });
  }

  /** The context every page component gets. */
  get ctx() {
    return {
      answers: this.answers,
      caption: this.caption,
      area: this.area,
      levels: this.described?.levels ?? [],
      errors: this.errors,
      changed: () => this.changed(),
      submit: () => this.submitCurrent(),
      asks: (q) => asks(this.described, q),
      accepts: this.accepts,
      root: this.pageEl,
      headingLevel: this.opts.headingLevel,
    };
  }

  // ---- answers and live evaluation ------------------------------------------------------------

  /**
   * An answer changed. The engine's live view (the questions it asks now and the level so far) is all
   * a page needs until the next page is drawn, which asks for the whole description and outcome.
   * Resolves once the page shows the engine's answer to the latest change.
   */
  changed() {
    this.liveDone = this.showLive(++this.liveCount);
    return this.liveDone;
  }

  async showLive(count) {
    if (!this.pack) return this.evaluate();
    const r = await this.engine.live(this.engineId, this.engineAnswers(null));
    if (count !== this.liveCount) return undefined; // a later change is on its way
    this.liveView = r.ok ? r.live : null;
    this.evalError = r.ok ? null : r.error;
    // The live view says which questions are asked now; what each accepts stays as described.
    if (r.ok && this.described) {
      const ask = new Map(r.live.questions.map((q) => [q.id, q.ask]));
      const questions = this.described.questions.map((q) => ({ ...q, ask: ask.get(q.id) ?? q.ask }));
      this.described = { ...this.described, questions };
    }
    return this.updateLive();
  }

  /** Asks the engine for the whole description and outcome of the answers as they are now. */
  async evaluate() {
    this.liveView = null;
    if (!this.pack) {
      this.outcome = null;
      // Before the engine is ready: what the build's engine said of the guidance before any answer.
      this.described = this.opts.pack ? (this.firstPages ?? null) : null;
      return;
    }
    const date = today(this.opts.now());
    const r = await screen(this.engine, this.engineId, this.engineAnswers(date));
    this.described = r.description;
    this.outcome = r.outcome;
    this.evalError = r.ok ? null : r.error;
    this.updateLive();
  }

  /** The level so far, on the indicator and consent pages once a concern is ticked. */
  updateLive() {
    const show = LIVE_PAGES.has(this.page) && this.answers.indicators.size > 0;
    let text = '';
    if (show && this.evalError) text = format(strings.liveError, this.evalError);
    else if (show && (this.liveView ?? this.outcome)) text = liveText(this.liveView ?? this.outcome);
    if (this.live.textContent !== text) this.live.textContent = text;
  }

  /** The partnership opens on its own entry page when its guidance has no indicator matrix. */
  hasEntryPage() {
    return this.described?.has_matrix === false;
  }

  next(page) {
    return nextPage(page, {
      answers: this.answers,
      asks: (q) => asks(this.described, q),
      fromResult: this.journey.fromResult,
      hasEntryPage: this.hasEntryPage(),
    });
  }

  /** Moves on; a page the engine must draw waits for it (the practitioner sees the page they are on). */
  async go(page, extra = {}) {
    if (!this.ready && !EARLY_PAGES.has(page) && !(await this.engineReady())) return;
    this.journey.go(page, extra);
  }

  /** The stand-alone page opens on the start page; a widget (its host page is the start page) on
   * the first question, or on the partnership's entry page. */
  async firstPage() {
    if (this.opts.mode === 'page' && !inFrame()) return 'start';
    if (!this.opts.pack) return 'partnership';
    await this.evaluate();
    return this.hasEntryPage() ? 'entry' : 'danger';
  }

  // ---- rendering -------------------------------------------------------------------------------

  /** Draws the page for the answers as they are now; a later call draws in its place. */
  async render({ focus }) {
    const drawing = ++this.drawCount;
    await this.evaluate();
    const walked = this.page === 'pathway' && this.pack ? await this.pathways.walk() : null;
    if (drawing !== this.drawCount) return;
    this.pathways.walked = walked;
    if (!this.pack && !this.drawnEarly(this.page)) this.journey.page = 'partnership';
    const page = this.pageContent();
    shiftHeadings(page.node, this.opts.headingLevel - 1);
    replaceChildren(this.pageEl, page.node);
    this.renderContext();
    // The result needs no Back link (each answer has its Change link): its first screen is for what to do.
    this.backLink.hidden = this.journey.depth <= 0 || this.page === 'result';
    this.updateLive();
    if (this.opts.mode === 'page') {
      document.title = `${this.errors.length ? strings.errorTitlePrefix : ''}${page.title}${strings.titleSuffix}`;
    }
    this.host.dispatchEvent(
      new CustomEvent('threshold-screener:page', { bubbles: true, composed: true, detail: { page: this.page } }),
    );
    if (focus) this.focusPage();
  }

  /** Moves the focus to the page's heading (or its error summary), and the page to its top. */
  focusPage() {
    const target = /** @type {HTMLElement | null} */ (
      this.pageEl.querySelector(this.errors.length ? '.js-ts-error-summary' : '.js-ts-heading')
    );
    target?.focus({ preventScroll: true });
    if (this.opts.mode === 'page') window.scrollTo(0, 0);
    else if (this.root.getBoundingClientRect().top < 0) this.root.scrollIntoView();
  }

  /** Whether the page can be drawn without the engine (from the index or the build's description). */
  drawnEarly(page) {
    return page === 'start' || page === 'partnership' || (Boolean(this.described) && EARLY_PAGES.has(page));
  }

  renderContext() {
    // The result names its partnership in its caption and offers the procedures itself.
    if (!this.described || ['start', 'partnership', 'entry', 'result'].includes(this.page)) {
      replaceChildren(this.context);
      return;
    }
    const links = [];
    if (!this.opts.pack) {
      links.push(
        h(
          'a',
          {
            class: 'govuk-link ts-screener__context-link',
            href: '#',
            onclick: (ev) => {
              ev.preventDefault();
              this.go('partnership');
            },
          },
          strings.changePartnership,
        ),
      );
    }
    if ((this.described?.pathways ?? []).length && this.page !== 'pathways') {
      links.push(
        h(
          'a',
          {
            class: 'govuk-link ts-screener__context-link',
            href: '#',
            onclick: (ev) => {
              ev.preventDefault();
              this.go('pathways');
            },
          },
          strings.procedures,
        ),
      );
    }
    replaceChildren(
      this.context,
      h(
        'p',
        { class: 'govuk-body-s ts-screener__context-text' },
        format(strings.partnershipContext, { name: this.caption }),
        links.map((l) => [' ', l]),
      ),
    );
  }

  pageContent() {
    const ctx = this.ctx;
    switch (this.page) {
      case 'start':
        return this.startPage();
      case 'partnership':
        return partnershipPage(
          { ...ctx, after: this.journey.first === 'partnership' ? [this.files.resumeControl()] : [] },
          this.index,
          this.chosenPack ?? this.packId,
          (v) => {
            this.chosenPack = v;
          },
        );
      case 'entry':
        return this.entryPage();
      case 'danger':
        return dangerPage(this.journey.first === 'danger' ? { ...ctx, after: [this.files.resumeControl()] } : ctx);
      case 'emergency':
        return this.results.emergencyPage();
      case 'age':
        return agePage(ctx);
      case 'mobility':
        return mobilityPage(ctx);
      case 'involvement':
        return involvementPage(ctx);
      case 'seeing':
        return seeingPage(ctx, { described: this.described, search: (q) => this.engine.search(this.engineId, q) });
      case 'consent':
        return consentPage(ctx);
      case 'result':
        return this.results.page();
      case 'pathways':
        return this.pathways.listPage();
      case 'pathway':
        return this.pathways.page();
      default:
        return dangerPage(ctx);
    }
  }

  /** Runs the page's check; with no errors moves on, else shows them. */
  async submit(page, errors) {
    this.errors = errors;
    if (this.errors.length) {
      this.render({ focus: true });
      return;
    }
    // Which page comes next is the engine's answer to these answers, not the build's to none.
    if (!(await this.engineReady())) return;
    await this.liveDone;
    this.go(this.next(page));
  }

  submitCurrent() {
    const a = this.answers;
    switch (this.page) {
      case 'partnership':
        return this.submitPartnership();
      case 'danger':
        return this.submit('danger', checkDanger(a));
      case 'age':
        return this.submit('age', checkAge(a, this.accepts));
      case 'mobility':
        return this.submit('mobility', checkMobility(a));
      case 'involvement':
        return this.submit('involvement', checkInvolvement(a, this.accepts));
      case 'seeing':
        return this.submit('seeing', checkSeeing(a, this.described));
      case 'consent':
        return this.submit('consent', checkConsent(a));
      case 'pathway':
        return this.pathways.submit();
      default:
        return undefined;
    }
  }

  // ---- start, partnership and entry pages -------------------------------------------------------

  startPage() {
    return startPage({
      described: this.pack || this.opts.pack ? this.described : null,
      index: this.index,
      offlineUrl: this.opts.offlineUrl,
      onStart: () => this.go(this.afterStart()),
      onProcedure: (packId, pathwayId) => this.openProcedure(packId ?? this.packId, pathwayId),
      resume: this.files.resumeControl(),
    });
  }

  /** The page Start now opens: the partnership question, or the fixed partnership's first page. */
  afterStart() {
    return this.opts.pack ? this.next('partnership') : 'partnership';
  }

  async openProcedure(packId, pathwayId) {
    const r = await this.loadPack(packId);
    if (!r.ok) return this.packError(packId, r);
    if (packId !== this.packId) await this.switchPack(packId);
    this.pathways.open(pathwayId);
    return undefined;
  }

  async switchPack(id) {
    if (this.packId && id !== this.packId) this.answers = keepCommonAnswers(this.answers);
    this.packId = id;
    await this.evaluate();
  }

  async submitPartnership() {
    const id = this.chosenPack ?? this.packId;
    const errors = checkPartnership(id);
    if (errors.length) {
      this.errors = errors;
      this.render({ focus: true });
      return;
    }
    const r = await this.loadPack(id);
    if (!r.ok) {
      this.packError(id, r);
      return;
    }
    await this.switchPack(id);
    this.go(this.next('partnership'), { fromResult: false });
  }

  entryPage() {
    return entryPage({
      described: this.described,
      caption: this.caption,
      onProcedure: (id) => this.pathways.open(id),
      onScreen: () => this.go(this.next('entry')),
    });
  }

  async startAgain() {
    this.answers = emptyAnswers();
    this.reference = '';
    this.outcome = null;
    this.chosenPack = null;
    if (!this.opts.pack) this.packId = null;
    this.go(await this.firstPage(), { fromResult: false });
  }
}

/** The pages drawn before the engine is ready, from the build's description of the guidance. */
const EARLY_PAGES = new Set(['start', 'partnership', 'entry', 'danger']);

function clampLevel(n) {
  const v = Number(n);
  return Number.isInteger(v) && v >= 1 && v <= 4 ? v : 1;
}

/** Moves every heading in `node` down by `by` levels (the widget inside a host page's own h1). */
export function shiftHeadings(node, by) {
  if (!by) return;
  for (const el of [...node.querySelectorAll('h1, h2, h3, h4, h5')].reverse()) {
    const level = Math.min(6, Number(el.tagName[1]) + by);
    const to = document.createElement(`h${level}`);
    for (const a of el.attributes) to.setAttribute(a.name, a.value);
    to.append(...el.childNodes);
    el.replaceWith(to);
  }
}
