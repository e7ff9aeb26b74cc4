// The screener: question pages a practitioner can finish in two minutes, the live level, the result
// and the pathway wizard, mounted into a page (light DOM) or a <threshold-screener> shadow root.
//
// State lives in memory only. Back is the browser's Back (history.pushState; the page also keeps a
// readable #hash), and never loses answers: pages show the answers held in memory.

import { h, format, replaceChildren } from '../../screener/dom.mjs';
import { getEngine } from '../../screener/engine.mjs';
import {
  emptyAnswers, isEmpty, toEngineAnswers, wholeNumber, today, toFile, fromFile, INVOLVEMENT, CONSENT,
} from '../../screener/answers.mjs';
import { radios, textInput, form, continueButton, errorSummary, heading } from '../question/question.mjs';
import { indicatorsPage } from '../indicators/indicators.mjs';
import { emergencyPage } from '../emergency/emergency.mjs';
import { resultPage, liveText, resolveContacts, quote } from '../result/result.mjs';
import { pathwaysListPage, pathwayStepPage, pathwayErrorPage } from '../pathway/pathway.mjs';
import { actionsBar, screeningText, pathwayText } from '../actions/actions.mjs';
import strings from './strings.mjs';

const KEY = 'thresholdScreener';
let instances = 0;

/** "004_x.txt lines 303-305 (Level 4)" from a pack `source` object, as the engine formats it. */
export function citation(source, pack) {
  if (!source || typeof source !== 'object') return '';
  const file = source.file ?? pack?.partnership?.source_file ?? '';
  const [a, b] = Array.isArray(source.lines) ? source.lines : [];
  const lines = a == null ? '' : a === b || b == null ? `line ${a}` : `lines ${a}-${b}`;
  return `${file} ${lines}${source.section ? ` (${source.section})` : ''}`.trim();
}

export class Screener {
  /**
   * @param {HTMLElement} host where the screener renders (its children are replaced)
   * @param {object} opts
   * @param {object} opts.source a pack source (screener/packs.mjs)
   * @param {string|null} [opts.pack] a fixed partnership: the question is skipped
   * @param {'page'|'widget'} [opts.mode]
   * @param {HTMLElement|null} [opts.fallback] the static fallback: hidden once the screener runs,
   *   kept (with a message) when it cannot
   * @param {() => Date} [opts.now]
   */
  constructor(host, opts) {
    this.host = host;
    this.opts = { mode: 'page', pack: null, fallback: null, now: () => new Date(), ...opts };
    this.source = opts.source;
    this.instance = `ts${(instances += 1)}`;
    this.engine = null;
    this.index = [];
    this.packs = new Map(); // id -> {data, text}
    this.packId = null;
    this.answers = emptyAnswers();
    this.outcome = null;
    this.evalError = null;
    this.notes = [];
    this.page = null;
    this.depth = 0;
    this.fromResult = false;
    this.pathway = null; // {id, steps}
    this.pathwaySelected = null;
    this.errors = [];
    this.onPopState = (ev) => this.popState(ev);
    this.onBeforeUnload = (ev) => {
      if (!isEmpty(this.answers)) {
        ev.preventDefault();
        ev.returnValue = '';
      }
    };
  }

  // ---- start-up --------------------------------------------------------------------------------

  async start() {
    this.root = h('div', { class: 'ts-screener govuk-frontend-supported', 'data-module': 'ts-screener', 'data-state': 'loading' });
    this.context = h('div', { class: 'ts-screener__context' });
    this.backLink = h('a', { href: '#', class: 'govuk-back-link ts-screener__back js-ts-back', hidden: true, onclick: (ev) => { ev.preventDefault(); history.back(); } }, strings.back);
    this.live = h('div', { class: 'ts-screener__live js-ts-live', role: 'status', 'aria-live': 'polite', 'aria-atomic': 'true' });
    this.pageEl = h('div', { class: 'ts-screener__page js-ts-page' });
    this.pageEl.append(h('p', { class: 'govuk-body', role: 'status' }, strings.loading));
    this.root.append(this.context, this.backLink, this.live, this.pageEl);
    replaceChildren(this.host, this.root);

    // Fetch the packs while the engine compiles.
    const warm = this.opts.pack ? this.warmPack(this.opts.pack) : this.source.index().then((idx) => (idx.ok ? Promise.all(idx.packs.map((p) => this.warmPack(p.id))) : null));
    this.engine = await getEngine();
    await warm;
    if (!this.engine.available) return this.fail(strings.engineErrorTitle, format(strings.engineErrorBody, this.engine.error));

    const first = this.opts.pack ? 'danger' : 'partnership';
    if (this.opts.pack) {
      const r = await this.loadPack(this.opts.pack);
      if (!r.ok) return this.packError(this.opts.pack, r);
      this.packId = this.opts.pack;
    } else {
      const idx = await this.source.index();
      if (!idx.ok) return this.fail(strings.indexErrorTitle, idx.error.message);
      this.index = idx.packs;
      // Every pack was fetched above, so that choosing one later sends no request.
    }

    window.addEventListener('popstate', this.onPopState);
    window.addEventListener('beforeunload', this.onBeforeUnload);
    this.page = first;
    if (this.opts.mode === 'page') history.replaceState(this.stateFor(first, 0), '', `#${first}`);
    this.render({ focus: false });
    this.root.dataset.state = 'ready';
    performance.mark?.('threshold-screener:ready');
    if (this.opts.fallback) this.opts.fallback.hidden = true;
    this.host.dispatchEvent(new CustomEvent('threshold-screener:ready', { bubbles: true, composed: true }));
  }

  /** Stops listening to the window (the element was removed). */
  stop() {
    window.removeEventListener('popstate', this.onPopState);
    window.removeEventListener('beforeunload', this.onBeforeUnload);
  }

  /** The screener cannot run: say so and keep the static fallback on show. */
  fail(title, body, extra = null) {
    this.root.dataset.state = 'failed';
    const ref = this.opts.pack ? this.source.referenceUrl?.(this.opts.pack) : null;
    replaceChildren(
      this.pageEl,
      h(
        'div',
        { class: 'govuk-error-summary ts-screener__failure', role: 'alert', tabindex: '-1' },
        h('h2', { class: 'govuk-error-summary__title' }, title),
        h('div', { class: 'govuk-error-summary__body' }, h('p', { class: 'govuk-body' }, body), extra, ref ? h('p', { class: 'govuk-body' }, h('a', { class: 'govuk-link', href: ref }, strings.packErrorReference)) : null),
      ),
    );
    if (this.opts.fallback) this.opts.fallback.hidden = false;
    this.host.dispatchEvent(new CustomEvent('threshold-screener:failed', { bubbles: true, composed: true, detail: { title, body } }));
  }

  packError(id, r) {
    const name = this.index.find((p) => p.id === id)?.name ?? id;
    const problems = (r.errors ?? [r.error]).slice(0, 20);
    this.fail(
      format(strings.packErrorTitle, { name }),
      strings.packErrorIntro,
      h('ul', { class: 'govuk-list govuk-list--bullet ts-screener__problems' }, problems.map((e) => h('li', null, format(strings.packErrorProblem, { path: e.path || e.pointer || '/', message: e.message, code: e.code })))),
    );
  }

  /** Fetches a pack and its calendar (no engine needed): the source caches both. */
  async warmPack(id) {
    const t = await this.source.packText(id);
    if (!t.ok) return;
    let calendar = 'england-and-wales';
    try {
      calendar = JSON.parse(t.text)?.calendar ?? calendar;
    } catch {
      // reported when the pack is loaded
    }
    if (typeof calendar === 'string') await this.source.calendarText(calendar);
  }

  /** Loads a pack into the engine once: {ok} or the engine's errors. */
  async loadPack(id) {
    if (this.packs.has(id)) return { ok: true };
    const t = await this.source.packText(id);
    if (!t.ok) return t;
    let calendar = 'england-and-wales';
    try {
      calendar = JSON.parse(t.text)?.calendar ?? calendar;
    } catch {
      // the engine reports the syntax error with its position
    }
    const c = await this.source.calendarText(typeof calendar === 'string' ? calendar : 'england-and-wales');
    const r = this.engine.loadPack(t.text, c.ok ? c.text : '');
    if (!r.ok) return r;
    let data;
    try {
      data = JSON.parse(t.text);
    } catch (e) {
      return { ok: false, error: { code: 'json.syntax', message: e.message, path: '' } };
    }
    const loadedId = r.pack_id ?? data.id;
    this.packs.set(id, { data, text: t.text, engineId: loadedId });
    return { ok: true };
  }

  get pack() {
    return this.packs.get(this.packId)?.data ?? null;
  }

  get engineId() {
    return this.packs.get(this.packId)?.engineId ?? this.packId;
  }

  get caption() {
    const p = this.pack?.partnership;
    return p ? p.name : '';
  }

  // ---- history -----------------------------------------------------------------------------------

  stateFor(page, depth, extra = {}) {
    return { [KEY]: this.instance, page, depth, fromResult: this.fromResult, ...extra };
  }

  go(page, extra = {}) {
    this.errors = [];
    this.pathwaySelected = null;
    this.depth += 1;
    if (extra.fromResult !== undefined) this.fromResult = extra.fromResult;
    const state = this.stateFor(page, this.depth, extra);
    if (this.opts.mode === 'page') history.pushState(state, '', `#${page}`);
    else history.pushState(state, '');
    this.applyState(state);
    this.render({ focus: true });
  }

  applyState(state) {
    this.page = state.page;
    this.depth = state.depth ?? 0;
    this.fromResult = Boolean(state.fromResult);
    if (state.page === 'pathway') this.pathway = { id: state.pathway, steps: state.steps ?? [] };
  }

  popState(ev) {
    const state = ev.state;
    this.errors = [];
    this.pathwaySelected = null;
    if (state && state[KEY] === this.instance) {
      this.applyState(state);
    } else if (state && state[KEY]) {
      return; // another screener on the page
    } else {
      this.applyState({ page: this.firstPage, depth: 0 });
    }
    if (!this.packId && this.page !== 'partnership') this.applyState({ page: 'partnership', depth: 0 });
    this.render({ focus: true });
  }

  get firstPage() {
    return this.opts.pack ? 'danger' : 'partnership';
  }

  // ---- answers and live evaluation ------------------------------------------------------------

  changed() {
    this.evaluate();
  }

  evaluate() {
    this.notes = [];
    if (!this.pack) {
      this.outcome = null;
      return;
    }
    const date = today(this.opts.now());
    let r = this.engine.evaluate(this.engineId, toEngineAnswers(this.answers, { date, pack: this.pack }));
    if (!r.ok && r.error.code === 'answers.date_outside_calendar') {
      r = this.engine.evaluate(this.engineId, toEngineAnswers(this.answers, { date: null, pack: this.pack }));
      this.notes.push(strings.dateOutsideCalendar);
    }
    this.outcome = r.ok ? r.outcome : null;
    this.evalError = r.ok ? null : r.error;
    this.updateLive();
  }

  updateLive() {
    const show = ['age', 'mobility', 'involvement', 'seeing', 'consent'].includes(this.page);
    let text = '';
    if (show && this.evalError) text = format(strings.liveError, this.evalError);
    else if (show && this.outcome) text = liveText(this.outcome);
    if (this.live.textContent !== text) this.live.textContent = text;
  }

  needsMobility() {
    const a = this.answers;
    const born = a.age === 'under_one' || a.age === 'years';
    return born && (this.packs.get(this.packId)?.text ?? '').includes('"non_mobile"');
  }

  hasIndicators() {
    return (this.pack?.indicators ?? []).length > 0;
  }

  /** The page after `page` in the screening. */
  next(page) {
    const a = this.answers;
    const chain = ['partnership', 'danger', 'age', 'mobility', 'involvement', 'seeing', 'consent', 'result'];
    if (page === 'danger' && a.immediate_danger) return 'emergency';
    if (page === 'emergency') return this.fromResult ? 'result' : 'age';
    let i = chain.indexOf(page) + 1;
    while (chain[i] === 'mobility' && !this.needsMobility()) i += 1;
    if (this.fromResult) {
      // Coming from "Change" on the result: go back to it unless a newly needed answer is missing.
      if (chain[i] === 'mobility' && a.non_mobile == null) return 'mobility';
      return 'result';
    }
    return chain[i];
  }

  // ---- rendering -------------------------------------------------------------------------------

  render({ focus }) {
    if (this.page !== 'partnership' && !this.pack) this.page = 'partnership';
    this.evaluate();
    const page = this.pageContent();
    replaceChildren(this.pageEl, page.node);
    this.renderContext();
    this.backLink.hidden = this.depth <= 0;
    this.updateLive();
    if (this.opts.mode === 'page') {
      document.title = `${this.errors.length ? strings.errorTitlePrefix : ''}${page.title}${strings.titleSuffix}`;
    }
    if (focus) {
      const target = this.pageEl.querySelector(this.errors.length ? '.js-ts-error-summary' : '.js-ts-heading');
      target?.focus({ preventScroll: true });
      if (this.opts.mode === 'page') window.scrollTo(0, 0);
      else if (this.root.getBoundingClientRect().top < 0) this.root.scrollIntoView();
    }
  }

  renderContext() {
    const pack = this.pack;
    if (!pack || this.page === 'partnership') {
      replaceChildren(this.context);
      return;
    }
    const links = [];
    if (!this.opts.pack) {
      links.push(h('a', { class: 'govuk-link ts-screener__context-link', href: '#', onclick: (ev) => { ev.preventDefault(); this.go('partnership'); } }, strings.changePartnership));
    }
    const n = (pack.pathways ?? []).length;
    if (n && this.page !== 'pathways') {
      links.push(h('a', { class: 'govuk-link ts-screener__context-link', href: '#', onclick: (ev) => { ev.preventDefault(); this.go('pathways'); } }, format(strings.procedures, { count: n })));
    }
    replaceChildren(
      this.context,
      h('p', { class: 'govuk-body-s ts-screener__context-text' }, format(strings.partnershipContext, { name: pack.partnership?.name ?? pack.id }), links.map((l) => [' ', l])),
    );
  }

  pageContent() {
    switch (this.page) {
      case 'partnership': return this.partnershipPage();
      case 'danger': return this.dangerPage();
      case 'emergency': return this.emergencyPage();
      case 'age': return this.agePage();
      case 'mobility': return this.mobilityPage();
      case 'involvement': return this.involvementPage();
      case 'seeing': return this.seeingPage();
      case 'consent': return this.consentPage();
      case 'result': return this.resultPage();
      case 'pathways': return this.pathwaysPage();
      case 'pathway': return this.pathwayPage();
      default: return this.dangerPage();
    }
  }

  error(field) {
    return this.errors.find((e) => e.field === field)?.text ?? null;
  }

  summary() {
    return errorSummary(this.errors.map((e) => ({ text: e.text, target: () => this.pageEl.querySelector(`[data-field="${e.field}"] input`) })));
  }

  /** Runs `check`; with no errors moves on, else shows them. */
  submit(page, check) {
    this.errors = check();
    if (this.errors.length) {
      this.render({ focus: true });
      return;
    }
    this.go(this.next(page));
  }

  questionPage(title, field, question, ...after) {
    return {
      title,
      node: h('div', null, this.summary(), form(() => this.submitCurrent(), h('div', { 'data-field': field }, question), ...after, continueButton(null))),
    };
  }

  submitCurrent() {
    const a = this.answers;
    const need = (cond, field, text) => (cond ? [] : [{ field, text }]);
    switch (this.page) {
      case 'partnership':
        return this.submitPartnership();
      case 'danger':
        return this.submit('danger', () => need(a.immediate_danger != null, 'danger', strings.dangerError));
      case 'age':
        return this.submit('age', () => {
          if (!a.age) return need(false, 'age', strings.ageError);
          if (a.age === 'under_one' && String(a.age_months).trim() && wholeNumber(a.age_months, 0, 11) == null) return need(false, 'age_months', strings.ageMonthsError);
          if (a.age === 'years' && wholeNumber(a.age_years, 1, 25) == null) return need(false, 'age_years', strings.ageYearsError);
          return [];
        });
      case 'mobility':
        return this.submit('mobility', () => need(a.non_mobile != null, 'mobility', strings.mobilityError));
      case 'involvement':
        return this.submit('involvement', () => {
          if (!a.involvement) return need(false, 'involvement', strings.involvementError);
          if (a.involvement === 'recently_stepped_down' && String(a.weeks_since_step_down).trim() && wholeNumber(a.weeks_since_step_down, 0, 520) == null) return need(false, 'weeks', strings.weeksError);
          return [];
        });
      case 'seeing':
        return this.submit('seeing', () => []);
      case 'consent':
        return this.submit('consent', () => need(a.consent != null, 'consent', strings.consentError));
      case 'pathway':
        return this.submitPathway();
      default:
        return undefined;
    }
  }

  // ---- question pages ---------------------------------------------------------------------------

  partnershipPage() {
    this.chosenPack = this.chosenPack ?? this.packId;
    const options = this.index.map((p) => ({
      value: p.id,
      label: p.name,
      hint: format(p.published ? strings.partnershipOptionHint : strings.partnershipOptionHintNoDate, { title: p.document_title ?? '', published: p.published ?? '' }),
    }));
    const q = radios({
      name: 'partnership',
      title: strings.partnershipTitle,
      hint: strings.partnershipHint + (isEmpty(this.answers) ? '' : ` ${strings.partnershipChangeLosesAnswers}`),
      options,
      value: this.chosenPack,
      error: this.error('partnership'),
      onChange: (v) => { this.chosenPack = v; },
    });
    const page = this.questionPage(strings.partnershipTitle, 'partnership', q);
    page.node.append(this.openFileControl());
    return page;
  }

  async submitPartnership() {
    const id = this.chosenPack;
    if (!id) {
      this.errors = [{ field: 'partnership', text: strings.partnershipError }];
      this.render({ focus: true });
      return;
    }
    const r = await this.loadPack(id);
    if (!r.ok) {
      this.packError(id, r);
      return;
    }
    if (id !== this.packId) {
      this.answers = emptyAnswers();
      this.packId = id;
      this.fromResult = false;
    }
    this.go(this.next('partnership'), { fromResult: false });
  }

  dangerPage() {
    const q = radios({
      name: 'danger',
      title: strings.dangerTitle,
      caption: this.caption,
      hint: strings.dangerHint,
      inline: true,
      options: [{ value: 'yes', label: strings.yes }, { value: 'no', label: strings.no }],
      value: this.answers.immediate_danger == null ? null : this.answers.immediate_danger ? 'yes' : 'no',
      error: this.error('danger'),
      onChange: (v) => { this.answers.immediate_danger = v === 'yes'; this.changed(); },
    });
    const page = this.questionPage(strings.dangerTitle, 'danger', q);
    if (this.opts.pack) page.node.append(this.openFileControl());
    return page;
  }

  emergencyPage() {
    const pack = this.pack;
    // The outcome's traced emergency block when the engine gives one, else the pack's own entry.
    const em = this.outcome?.emergency;
    const node = emergencyPage({
      pack,
      text: em?.text ?? pack.emergency?.text,
      contacts: resolveContacts(em?.then_contacts ?? pack.emergency?.then_contacts, pack),
      citation: em?.source ?? citation(pack.emergency?.source, pack),
      onCarryOn: () => this.go(this.next('emergency')),
    });
    return { title: strings.emergencyTitle, node };
  }

  agePage() {
    const a = this.answers;
    const months = h('div', { 'data-field': 'age_months' }, textInput({ name: 'age-months', label: strings.ageMonthsLabel, hint: strings.ageMonthsHint, value: a.age_months, width: 2, numeric: true, error: this.error('age_months'), onInput: (v) => { a.age_months = v; this.changed(); } }));
    const years = h('div', { 'data-field': 'age_years' }, textInput({ name: 'age-years', label: strings.ageYearsLabel, value: a.age_years, width: 2, numeric: true, error: this.error('age_years'), onInput: (v) => { a.age_years = v; this.changed(); } }));
    const q = radios({
      name: 'age',
      title: strings.ageTitle,
      caption: this.caption,
      hint: strings.ageHint,
      options: [
        { value: 'unborn', label: strings.ageUnborn },
        { value: 'under_one', label: strings.ageUnderOne, conditional: months },
        { value: 'years', label: strings.ageYears, conditional: years },
      ],
      value: a.age,
      error: this.error('age'),
      onChange: (v) => { a.age = v; this.changed(); },
    });
    return this.questionPage(strings.ageTitle, 'age', q);
  }

  mobilityPage() {
    const a = this.answers;
    const title = a.age === 'under_one' ? strings.mobilityTitleBaby : strings.mobilityTitleChild;
    const q = radios({
      name: 'mobility',
      title,
      caption: this.caption,
      hint: strings.mobilityHint,
      inline: true,
      options: [{ value: 'yes', label: strings.yes }, { value: 'no', label: strings.no }],
      value: a.non_mobile == null ? null : a.non_mobile ? 'yes' : 'no',
      error: this.error('mobility'),
      onChange: (v) => { a.non_mobile = v === 'yes'; this.changed(); },
    });
    return this.questionPage(title, 'mobility', q);
  }

  involvementPage() {
    const a = this.answers;
    const weeks = h('div', { 'data-field': 'weeks' }, textInput({ name: 'weeks', label: strings.weeksLabel, hint: strings.weeksHint, value: a.weeks_since_step_down, width: 3, numeric: true, error: this.error('weeks'), onInput: (v) => { a.weeks_since_step_down = v; this.changed(); } }));
    const q = radios({
      name: 'involvement',
      title: strings.involvementTitle,
      caption: this.caption,
      hint: strings.involvementHint,
      options: INVOLVEMENT.map((v) => ({ value: v, label: strings.involvement[v], conditional: v === 'recently_stepped_down' ? weeks : null })),
      value: a.involvement,
      error: this.error('involvement'),
      onChange: (v) => { a.involvement = v; this.changed(); },
    });
    return this.questionPage(strings.involvementTitle, 'involvement', q);
  }

  /** Packs without a default level (no matrix, or only a few named concerns) ask for the level
   * agreed with the safeguarding lead, and say what the source does not cover. */
  asksAgreedLevel() {
    return this.pack?.default_level == null;
  }

  seeingPage() {
    const pack = this.pack;
    const withIndicators = this.hasIndicators();
    const askAgreed = this.asksAgreedLevel();
    const parts = [];
    if (withIndicators) {
      parts.push(indicatorsPage({
        pack,
        ticked: this.answers.indicators,
        caption: this.caption,
        live: null,
        openAll: (pack.indicators ?? []).length <= 12,
        onToggle: (id, on) => {
          if (on) this.answers.indicators.add(id);
          else this.answers.indicators.delete(id);
          this.changed();
        },
        search: (q) => this.engine.search(this.engineId, q),
      }));
    }
    if (askAgreed) {
      parts.push(h('div', { class: 'ts-screener__agreed', 'data-field': 'agreed' }, this.agreedLevelQuestion({ heading: !withIndicators })));
      parts.push(this.notCovered());
    }
    const title = withIndicators ? strings.seeingTitle : strings.agreedTitle;
    return { title, node: form(() => this.submitCurrent(), parts, continueButton(null)) };
  }

  notCovered() {
    const pack = this.pack;
    const name = pack.partnership?.area ?? pack.partnership?.name ?? pack.id;
    const notCovered = pack.partnership?.not_covered ?? [];
    if (!notCovered.length) return null;
    return h(
      'div',
      { class: 'govuk-inset-text ts-screener__not-covered' },
      h('h2', { class: 'govuk-heading-s' }, format(strings.notCoveredTitle, { name })),
      h('ul', { class: 'govuk-list govuk-list--bullet' }, notCovered.map((t) => h('li', null, t))),
    );
  }

  agreedLevelQuestion({ heading: isHeading }) {
    const pack = this.pack;
    const name = pack.partnership?.area ?? pack.partnership?.name ?? pack.id;
    const a = this.answers;
    return radios({
      name: 'agreed-level',
      title: strings.agreedTitle,
      caption: isHeading ? this.caption : null,
      heading: isHeading,
      hint: format(this.hasIndicators() ? strings.agreedHintWithIndicators : strings.agreedHint, { name }),
      options: [
        ...[...(pack.levels ?? [])].sort((x, y) => x.number - y.number).map((l) => ({ value: String(l.number), label: format(strings.agreedOption, l), hint: l.summary || null })),
        { divider: strings.or },
        { value: 'unknown', label: strings.agreedUnknown },
      ],
      value: a.agreed_level == null ? null : String(a.agreed_level),
      onChange: (v) => { a.agreed_level = v === 'unknown' ? 'unknown' : Number(v); this.changed(); },
    });
  }

  consentPage() {
    const q = radios({
      name: 'consent',
      title: strings.consentTitle,
      caption: this.caption,
      hint: strings.consentHint,
      options: CONSENT.map((v) => ({ value: v, label: strings.consent[v] })),
      value: this.answers.consent,
      error: this.error('consent'),
      onChange: (v) => { this.answers.consent = v; this.changed(); },
    });
    return this.questionPage(strings.consentTitle, 'consent', q);
  }

  // ---- result -----------------------------------------------------------------------------------

  answerRows() {
    const a = this.answers;
    const pack = this.pack;
    const rows = [];
    const row = (key, value, page) => rows.push({ key, value, page });
    if (!this.opts.pack) row(strings.answerPartnership, pack.partnership?.name ?? pack.id, 'partnership');
    row(strings.answerDanger, a.immediate_danger == null ? strings.notAnswered : a.immediate_danger ? strings.yes : strings.no, 'danger');
    let age = strings.notAnswered;
    if (a.age === 'unborn') age = strings.ageUnbornValue;
    else if (a.age === 'under_one') age = wholeNumber(a.age_months, 0, 11) == null ? strings.ageUnderOneValue : format(strings.ageMonthsValue, { months: wholeNumber(a.age_months, 0, 11) });
    else if (a.age === 'years') age = format(strings.ageYearsValue, { years: wholeNumber(a.age_years, 1, 25) ?? '?' });
    row(strings.answerAge, age, 'age');
    if (this.needsMobility()) row(strings.answerMobility, a.non_mobile == null ? strings.notAnswered : a.non_mobile ? strings.yes : strings.no, 'mobility');
    let inv = a.involvement ? strings.involvement[a.involvement] : strings.notAnswered;
    if (a.involvement === 'recently_stepped_down' && wholeNumber(a.weeks_since_step_down, 0, 520) != null) inv = format(strings.weeksValue, { text: inv, weeks: wholeNumber(a.weeks_since_step_down, 0, 520) });
    row(strings.answerInvolvement, inv, 'involvement');
    if (this.hasIndicators()) {
      const ticked = (pack.indicators ?? []).filter((i) => a.indicators.has(i.id));
      const concerns = ticked.filter((i) => (i.kind ?? 'concern') === 'concern').length;
      row(strings.answerSeeing, format(strings.seeingValue, { concerns, strengths: ticked.length - concerns }), 'seeing');
    }
    if (this.asksAgreedLevel()) {
      const l = (pack.levels ?? []).find((x) => x.number === a.agreed_level);
      row(strings.answerAgreed, l ? format(strings.agreedOption, l) : a.agreed_level === 'unknown' ? strings.agreedUnknown : strings.notAnswered, 'seeing');
    }
    row(strings.answerConsent, a.consent ? strings.consent[a.consent] : strings.notAnswered, 'consent');
    return rows;
  }

  answersSummary() {
    return h(
      'section',
      { class: 'ts-result__section ts-result__answers' },
      h('h2', { class: 'govuk-heading-m' }, strings.answersTitle),
      h(
        'dl',
        { class: 'govuk-summary-list' },
        this.answerRows().map((r) =>
          h(
            'div',
            { class: 'govuk-summary-list__row' },
            h('dt', { class: 'govuk-summary-list__key' }, r.key),
            h('dd', { class: 'govuk-summary-list__value' }, r.value),
            h(
              'dd',
              { class: 'govuk-summary-list__actions' },
              h('a', { class: 'govuk-link', href: '#', onclick: (ev) => { ev.preventDefault(); this.go(r.page, { fromResult: r.page !== 'partnership' }); } }, strings.change, h('span', { class: 'govuk-visually-hidden' }, ` ${r.key.toLowerCase()}`)),
            ),
          ),
        ),
      ),
    );
  }

  summaryText() {
    return screeningText({
      pack: this.pack,
      outcome: this.outcome,
      answerLines: this.answerRows().map((r) => `${r.key}: ${r.value}`),
      resolveContacts: (c) => resolveContacts(c, this.pack),
    });
  }

  resultPage() {
    if (!this.outcome) {
      const e = this.evalError ?? { code: 'engine.failed', message: strings.noOutcome, path: '' };
      return {
        title: strings.errorSummaryTitle,
        node: h('div', null, heading(strings.errorSummaryTitle, { caption: this.caption }), h('p', { class: 'govuk-body' }, format(strings.packErrorProblem, { path: e.path || '/', message: e.message, code: e.code })), this.actions()),
      };
    }
    const o = this.outcome;
    const node = resultPage({
      pack: this.pack,
      outcome: o,
      caption: this.caption,
      notes: this.notes,
      notCovered: { name: this.pack.partnership?.area ?? this.pack.partnership?.name ?? this.pack.id, items: this.pack.partnership?.not_covered ?? [] },
      answers: this.answersSummary(),
      actions: this.actions(),
      onPathway: (id) => this.go('pathway', { pathway: id, steps: [] }),
    });
    const title = o.level == null ? strings.resultTitleNoLevel : format(strings.resultTitle, { number: o.level });
    return { title, node };
  }

  actions() {
    return actionsBar({
      summaryText: () => this.summaryText(),
      saveFile: () => ({ name: `threshold-answers-${this.packId}-${today(this.opts.now())}.json`, text: toFile(this.packId, this.answers) }),
      openFile: (text) => this.openFile(text),
      onStartAgain: () => this.startAgain(),
    });
  }

  openFileControl() {
    const bar = actionsBar({ summaryText: () => '', saveFile: null, openFile: (text) => this.openFile(text), onStartAgain: null });
    // Only the "Open answers file" part belongs on a question page.
    const open = bar.querySelector('.ts-actions__open');
    const status = bar.querySelector('.ts-actions__status');
    return h(
      'details',
      { class: 'govuk-details ts-screener__resume' },
      h('summary', { class: 'govuk-details__summary' }, h('span', { class: 'govuk-details__summary-text' }, strings.resumeSummary)),
      h('div', { class: 'govuk-details__text' }, open, status),
    );
  }

  /** Applies an answers file: {ok} or {ok:false, error}. */
  openFile(text) {
    const f = fromFile(text);
    if (!f.ok) return f;
    const id = f.pack;
    if (this.opts.pack && id !== this.opts.pack) {
      return { ok: false, error: { code: 'answers.wrong_pack', message: format(strings.openWrongPack, { pack: id, current: this.opts.pack }), path: '/pack' } };
    }
    if (!this.opts.pack && !this.index.some((p) => p.id === id)) {
      return { ok: false, error: { code: 'answers.unknown_pack', message: format(strings.openUnknownPack, { pack: id }), path: '/pack' } };
    }
    // Let the engine check the answers before anything changes.
    this.loadPack(id).then((loaded) => {
      if (!loaded.ok) return this.packError(id, loaded);
      const check = this.engine.evaluate(this.packs.get(id).engineId, { ...f.raw, date: undefined });
      if (!check.ok) {
        const status = this.pageEl.querySelector('.ts-actions__status');
        status?.replaceChildren(h('p', { class: 'govuk-body ts-actions__message ts-actions__message--error' }, format(strings.openFileRejected, { message: check.error.message, code: check.error.code, path: check.error.path || '/' })));
        return undefined;
      }
      this.packId = id;
      this.answers = f.answers;
      this.go('result', { fromResult: false });
      return undefined;
    });
    return { ok: true };
  }

  startAgain() {
    this.answers = emptyAnswers();
    this.outcome = null;
    this.pathway = null;
    this.chosenPack = this.opts.pack ?? null;
    if (!this.opts.pack) this.packId = null;
    this.go(this.firstPage, { fromResult: false });
  }

  // ---- pathways ---------------------------------------------------------------------------------

  pathwaysPage() {
    return {
      title: strings.proceduresTitle,
      node: pathwaysListPage({ pack: this.pack, caption: this.caption, onOpen: (id) => this.go('pathway', { pathway: id, steps: [] }) }),
    };
  }

  walk() {
    const p = this.pathway;
    return this.engine.walk(this.engineId, p.id, {
      date: today(this.opts.now()),
      screening: toEngineAnswers(this.answers, { date: null, pack: this.pack }),
      steps: p.steps,
    });
  }

  pathwayPage() {
    let r = this.walk();
    if (!r.ok && r.error.code === 'answers.date_outside_calendar') {
      r = this.engine.walk(this.engineId, this.pathway.id, { screening: toEngineAnswers(this.answers, { date: null, pack: this.pack }), steps: this.pathway.steps });
    }
    const title = (this.pack.pathways ?? []).find((p) => p.id === this.pathway.id)?.title ?? strings.procedureTitle;
    if (!r.ok) {
      return { title, node: pathwayErrorPage({ error: r.error, caption: this.caption, onRestart: () => this.go('pathway', { pathway: this.pathway.id, steps: [] }) }) };
    }
    const step = r.step;
    this.currentStep = step;
    const actions = step.status === 'outcome' || !step.current
      ? actionsBar({
          summaryText: () => pathwayText({ pack: this.pack, step, date: today(this.opts.now()) }),
          saveFile: null,
          openFile: null,
          onStartAgain: () => this.go('pathway', { pathway: this.pathway.id, steps: [] }),
          startAgainText: strings.restartProcedure,
        })
      : null;
    const node = pathwayStepPage({
      step,
      caption: this.caption,
      selected: this.pathwaySelected,
      error: this.error('pathway'),
      onSelect: (v) => { this.pathwaySelected = v; },
      onContinue: () => this.submitCurrent(),
      actions,
      onAllProcedures: () => this.go('pathways'),
      root: this.pageEl,
    });
    return { title: step.current ? `${list(step.current.text)[0] ?? title}` : (step.outcome?.title ?? title), node };
  }

  submitPathway() {
    const step = this.currentStep;
    if (!step?.current) return;
    if (!this.pathwaySelected) {
      this.errors = [{ field: 'pathway', text: strings.pathwayError }];
      this.render({ focus: true });
      return;
    }
    const steps = [...this.pathway.steps, { node: step.current.node, choice: this.pathwaySelected }];
    this.go('pathway', { pathway: this.pathway.id, steps });
  }
}

const list = (v) => (Array.isArray(v) ? v : v == null || v === '' ? [] : [v]);

export { quote };
