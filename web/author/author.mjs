// The authoring page (author.html): open a guidance file or start from the template, edit it with
// completion from the pack schema, and see on every pause in typing what the authoring engine says of
// it — every problem at its place, the test cases, the screener running the draft, the reference, and
// what the changes mean for practitioners. Nothing is stored and nothing is sent: saving downloads the
// files.

import { h, replaceChildren, format } from '../screener/dom.mjs';
import { configureEngine, getEngine } from '../screener/engine.mjs';
import schema from '../../content/pack.schema.json';
import { authorEngine } from './engine.mjs';
import { createEditor } from './editor.mjs';
import { rangeOf } from './pointer.mjs';
import { Preview } from './preview.mjs';
import strings from './strings.mjs';

const BASE = new URL('.', import.meta.url);
/** After this pause in typing, the draft is checked. */
const PAUSE_MS = 400;

// The site build names the engines' worker scripts (author.html), or null for both (the single file,
// threshold-author.html: opened from disk, under its policy, no worker can start, so both engines run
// on this thread). Unbuilt, the authoring engine tries its worker and the screener's runs here.
/* global TS_ENGINE_WORKER, TS_AUTHOR_WORKER */
const screenerWorker = typeof TS_ENGINE_WORKER === 'string' ? TS_ENGINE_WORKER : null;
if (screenerWorker) configureEngine({ worker: new URL(screenerWorker, BASE).href });
const authorWorker = typeof TS_AUTHOR_WORKER === 'undefined' ? 'threshold-author-worker.mjs' : TS_AUTHOR_WORKER;

const CALENDAR_ID = /^[a-z0-9_-]+$/;

/**
 * A bank-holiday calendar's JSON text by id, or null: from the page's data block
 * (`<script type="application/json" id="ts-calendar-ID">`, the single file), else calendars/ID.mjs.
 * @param {string} id
 * @returns {Promise<string|null>}
 */
async function calendarText(id) {
  if (!CALENDAR_ID.test(String(id))) return null;
  const block = document.getElementById(`ts-calendar-${id}`);
  if (block) return block.textContent;
  try {
    const m = await import(new URL(`calendars/${id}.mjs`, BASE).href);
    return typeof m.default === 'string' ? m.default : null;
  } catch {
    return null;
  }
}

class AuthorPage {
  constructor(root) {
    this.root = root;
    this.engine = authorEngine(BASE, { worker: authorWorker, calendarText });
    this.texts = { pack: '', scenarios: '' };
    this.opened = null; // the guidance as opened (or as the template gave it): what Changes compares with
    this.saved = { pack: '', scenarios: '' };
    this.problems = { load: [], scenarios: [], safety: [] };
    this.safetyState = 'idle';
    this.combinations = 0;
    this.timer = null;
    this.build();
    window.addEventListener('beforeunload', (ev) => {
      if (this.dirty()) {
        ev.preventDefault();
        ev.returnValue = '';
      }
    });
  }

  dirty() {
    return this.texts.pack !== this.saved.pack || this.texts.scenarios !== this.saved.scenarios;
  }

  // ---- the page ---------------------------------------------------------------------------------

  build() {
    const fileButton = (label, kind) => {
      const input = h('input', {
        type: 'file',
        accept: '.json,application/json',
        class: 'govuk-file-upload ts-author__file js-ts-author-open',
        id: `ts-author-open-${kind}`,
        onchange: (ev) => {
          const f = ev.target.files?.[0];
          if (f) this.openFile(f, kind);
          ev.target.value = '';
        },
      });
      return h(
        'div',
        { class: 'govuk-form-group ts-author__open' },
        h('label', { class: 'govuk-label govuk-label--s', for: input.id }, label),
        input,
      );
    };
    this.status = h('p', { class: 'govuk-body ts-author__status', role: 'status', 'aria-live': 'polite' });
    this.newId = h('input', {
      class: 'govuk-input govuk-input--width-20',
      id: 'ts-author-new-id',
      name: 'id',
      type: 'text',
      spellcheck: 'false',
      autocomplete: 'off',
      'aria-describedby': 'ts-author-new-hint',
    });
    this.newError = h('p', { class: 'govuk-error-message', id: 'ts-author-new-error', hidden: true });
    this.newGroup = h(
      'div',
      { class: 'govuk-form-group' },
      h('label', { class: 'govuk-label govuk-label--s', for: 'ts-author-new-id' }, strings.newLabel),
      h('div', { class: 'govuk-hint', id: 'ts-author-new-hint' }, strings.newHint),
      this.newError,
      this.newId,
    );
    const newForm = h(
      'form',
      {
        class: 'ts-author__new',
        novalidate: true,
        onsubmit: (ev) => {
          ev.preventDefault();
          this.startNew(this.newId.value.trim());
        },
      },
      h(
        'fieldset',
        { class: 'govuk-fieldset' },
        h('legend', { class: 'govuk-fieldset__legend govuk-fieldset__legend--s' }, strings.newTitle),
        this.newGroup,
        h('button', { type: 'submit', class: 'govuk-button govuk-button--secondary' }, strings.newButton),
      ),
    );
    this.saveButtons = h(
      'div',
      { class: 'govuk-button-group ts-author__save' },
      h('button', { type: 'button', class: 'govuk-button', onclick: () => this.save('pack') }, strings.savePack),
      h(
        'button',
        { type: 'button', class: 'govuk-button govuk-button--secondary', onclick: () => this.save('scenarios') },
        strings.saveScenarios,
      ),
    );

    // The editor: one for each file, one on show.
    this.docButtons = {
      pack: h(
        'button',
        { type: 'button', class: 'ts-author__doc', 'aria-pressed': 'true', onclick: () => this.showDoc('pack') },
        strings.docGuidance,
      ),
      scenarios: h(
        'button',
        { type: 'button', class: 'ts-author__doc', 'aria-pressed': 'false', onclick: () => this.showDoc('scenarios') },
        strings.docScenarios,
      ),
    };
    this.editorHosts = {
      pack: h('div', { class: 'ts-author__editor js-ts-author-editor', 'data-doc': 'pack' }),
      scenarios: h('div', { class: 'ts-author__editor js-ts-author-editor', 'data-doc': 'scenarios', hidden: true }),
    };
    this.editors = {
      pack: createEditor(this.editorHosts.pack, {
        label: strings.editorPack,
        schema,
        onChange: (t) => this.changed('pack', t),
      }),
      scenarios: createEditor(this.editorHosts.scenarios, {
        label: strings.editorScenarios,
        schema: null,
        onChange: (t) => this.changed('scenarios', t),
      }),
    };
    this.doc = 'pack';

    this.problemList = h('ol', { class: 'govuk-list ts-author__problems' });
    this.problemSummary = h('p', { class: 'govuk-body ts-author__problem-summary' });
    // Where the engine runs on this thread (the single file), the safety checks hold the page for
    // seconds: they run when the author asks, not on every pause in typing.
    this.safetyAsk = h(
      'div',
      { class: 'ts-author__safety-ask', hidden: true },
      h('p', { class: 'govuk-body-s', id: 'ts-author-safety-hint' }, strings.safetyAskHint),
      h(
        'button',
        {
          type: 'button',
          class: 'govuk-button govuk-button--secondary',
          'aria-describedby': 'ts-author-safety-hint',
          onclick: () => this.runSafety(),
        },
        strings.safetyAsk,
      ),
    );

    // What the draft does: test cases, preview, reference, changes.
    this.panels = {
      scenarios: h(
        'div',
        { class: 'ts-author__panel-body' },
        h('p', { class: 'govuk-body' }, strings.scenariosWaiting),
      ),
      preview: h('div', { class: 'ts-author__preview' }),
      reference: h('div', { class: 'ts-author__reference' }, h('p', { class: 'govuk-body' }, strings.referenceWaiting)),
      changes: h('div', { class: 'ts-author__changes' }, h('p', { class: 'govuk-body' }, strings.changesNone)),
    };
    this.previewWaiting = h('p', { class: 'govuk-body' }, strings.previewWaiting);
    this.preview = new Preview(this.panels.preview, calendarText);
    const tabs = this.tabs([
      ['scenarios', strings.tabScenarios, null],
      ['preview', strings.tabPreview, strings.previewIntro, this.previewWaiting],
      ['reference', strings.tabReference, strings.referenceIntro],
      ['changes', strings.tabChanges, strings.changesIntro],
    ]);

    const workspace = h(
      'div',
      {
        class: 'ts-author__workspace',
        ondragover: (ev) => ev.preventDefault(),
        ondrop: (ev) => {
          ev.preventDefault();
          for (const f of ev.dataTransfer?.files ?? []) this.openFile(f, null);
        },
      },
      h(
        'section',
        { class: 'ts-author__edit', 'aria-labelledby': 'ts-author-edit-title' },
        h('h2', { class: 'govuk-heading-m', id: 'ts-author-edit-title' }, 'Files'),
        h(
          'div',
          { class: 'ts-author__docs', role: 'group', 'aria-label': 'File to edit' },
          this.docButtons.pack,
          this.docButtons.scenarios,
        ),
        this.editorHosts.pack,
        this.editorHosts.scenarios,
        (this.noScenarios = h('p', { class: 'govuk-body ts-author__no-scenarios', hidden: true }, strings.noScenarios)),
      ),
      h(
        'div',
        { class: 'ts-author__side' },
        h(
          'section',
          { class: 'ts-author__check', 'aria-labelledby': 'ts-author-problems-title' },
          h('h2', { class: 'govuk-heading-m', id: 'ts-author-problems-title' }, strings.problemsTitle),
          this.problemSummary,
          this.safetyAsk,
          this.problemList,
        ),
        tabs,
      ),
    );

    replaceChildren(
      this.root,
      h('h1', { class: 'govuk-heading-l' }, strings.title),
      h('p', { class: 'govuk-body' }, strings.lead),
      h(
        'div',
        { class: 'ts-author__toolbar' },
        h(
          'div',
          { class: 'ts-author__opens' },
          fileButton(strings.openPack, 'pack'),
          fileButton(strings.openScenarios, 'scenarios'),
          h('p', { class: 'govuk-body-s' }, strings.dropHint),
        ),
        newForm,
      ),
      this.saveButtons,
      this.status,
      workspace,
    );
    this.renderProblems();
  }

  /** GOV.UK tabs, with the ARIA tabs pattern (arrow keys move between them). */
  tabs(list) {
    const tabEls = [];
    const panelEls = [];
    const select = (i, focus) => {
      tabEls.forEach((t, j) => {
        t.setAttribute('aria-selected', String(i === j));
        t.tabIndex = i === j ? 0 : -1;
        t.parentElement.classList.toggle('govuk-tabs__list-item--selected', i === j);
        panelEls[j].classList.toggle('govuk-tabs__panel--hidden', i !== j);
        panelEls[j].hidden = i !== j;
      });
      if (focus) tabEls[i].focus();
    };
    const items = list.map(([id, label], i) => {
      const tab = h(
        'a',
        {
          class: 'govuk-tabs__tab',
          href: `#ts-author-${id}`,
          id: `ts-author-tab-${id}`,
          role: 'tab',
          'aria-controls': `ts-author-${id}`,
          onclick: (ev) => {
            ev.preventDefault();
            select(i, false);
          },
          onkeydown: (ev) => {
            const n = ev.key === 'ArrowRight' ? 1 : ev.key === 'ArrowLeft' ? -1 : 0;
            if (!n) return;
            ev.preventDefault();
            select((i + n + list.length) % list.length, true);
          },
        },
        label,
      );
      tabEls.push(tab);
      return h('li', { class: 'govuk-tabs__list-item', role: 'presentation' }, tab);
    });
    list.forEach(([id, label, intro, extra]) => {
      panelEls.push(
        h(
          'section',
          {
            class: 'govuk-tabs__panel ts-author__panel',
            id: `ts-author-${id}`,
            role: 'tabpanel',
            'aria-labelledby': `ts-author-tab-${id}`,
            tabindex: '0',
          },
          h('h2', { class: 'govuk-heading-m' }, label),
          intro ? h('p', { class: 'govuk-body' }, intro) : null,
          extra ?? null,
          this.panels[id],
        ),
      );
    });
    const el = h(
      'div',
      { class: 'govuk-tabs ts-author__tabs' },
      h('ul', { class: 'govuk-tabs__list', role: 'tablist', 'aria-label': strings.tabsLabel }, items),
      panelEls,
    );
    select(0, false);
    return el;
  }

  showDoc(doc) {
    this.doc = doc;
    for (const d of ['pack', 'scenarios']) {
      this.docButtons[d].setAttribute('aria-pressed', String(d === doc));
      this.editorHosts[d].hidden = d !== doc;
    }
    this.noScenarios.hidden = !(doc === 'scenarios' && !this.texts.scenarios);
  }

  say(text) {
    this.status.textContent = text;
  }

  // ---- files --------------------------------------------------------------------------------------

  async openFile(file, kind) {
    let text;
    try {
      text = await file.text();
    } catch (e) {
      this.say(format(strings.fileUnreadable, { name: file.name, message: e.message }));
      return;
    }
    if (!kind) {
      // Dropped: a test cases file has "scenarios" at its top.
      let isScenarios = false;
      try {
        const v = JSON.parse(text);
        isScenarios = Boolean(v && typeof v === 'object' && Array.isArray(v.scenarios) && !v.partnership);
      } catch {
        isScenarios = /scenario/i.test(file.name);
      }
      kind = isScenarios ? 'scenarios' : 'pack';
    }
    if (kind === 'pack') this.opened = text;
    this.saved[kind] = text;
    this.editors[kind].setText(text);
    this.showDoc(kind);
    this.say(format(strings.opened, { name: file.name }));
  }

  async startNew(id) {
    const r = await this.engine.newPack(id);
    if (!r.ok) {
      this.newError.hidden = false;
      replaceChildren(this.newError, h('span', { class: 'govuk-visually-hidden' }, 'Error: '), r.error.message);
      this.newGroup.classList.add('govuk-form-group--error');
      this.newId.classList.add('govuk-input--error');
      this.newId.setAttribute('aria-describedby', 'ts-author-new-hint ts-author-new-error');
      this.newId.focus();
      return;
    }
    this.newError.hidden = true;
    this.newGroup.classList.remove('govuk-form-group--error');
    this.newId.classList.remove('govuk-input--error');
    this.newId.setAttribute('aria-describedby', 'ts-author-new-hint');
    this.opened = r.pack;
    this.saved = { pack: '', scenarios: '' };
    this.editors.scenarios.setText(r.scenarios);
    this.editors.pack.setText(r.pack);
    this.showDoc('pack');
    this.say(format(strings.started, { id }));
  }

  save(kind) {
    const text = this.texts[kind];
    const blob = new Blob([text], { type: 'application/json' });
    const url = URL.createObjectURL(blob);
    const a = h('a', { href: url, download: kind === 'pack' ? 'pack.json' : 'scenarios.json', hidden: true });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    this.saved[kind] = text;
  }

  // ---- checking -----------------------------------------------------------------------------------

  changed(kind, text) {
    this.texts[kind] = text;
    if (kind === 'scenarios') this.noScenarios.hidden = !(this.doc === 'scenarios' && !text);
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.check(), PAUSE_MS);
  }

  check() {
    if (!this.texts.pack.trim()) return;
    this.say(strings.checking);
    this.root.dataset.state = 'checking';
    const request = { pack: this.texts.pack, scenarios: this.texts.scenarios, opened: this.opened, render: true };
    this.problems.safety = [];
    this.safetyState = 'waiting';
    this.engine.check(request, (part) => this.onPart(part, request));
  }

  onPart(part, request) {
    switch (part.part) {
      case 'load':
        this.problems.load = part.ok
          ? []
          : (part.errors ?? [part.error]).map((e) => this.problem(e, 'pack', request.pack));
        this.problems.scenarios = [];
        if (!part.ok) {
          this.safetyState = 'idle';
          this.root.dataset.state = 'checked';
          this.showWaiting();
        } else {
          this.safetyRequest = request;
          if (this.engine.onThisThread()) {
            this.safetyState = 'ask';
            this.root.dataset.state = 'checked';
          } else {
            this.safetyState = 'running';
            this.engine.safety({ pack: request.pack }, (p) => this.onPart(p, request));
          }
          this.showPreview(request.pack);
        }
        this.renderProblems();
        break;
      case 'scenarios':
        this.showScenarios(part, request.scenarios);
        break;
      case 'diff':
        this.showChanges(part);
        break;
      case 'render':
        if (part.ok) this.showReference(part.html);
        break;
      case 'safety':
        this.safetyState = part.ok ? 'done' : 'idle';
        this.combinations = part.combinations ?? 0;
        this.problems.safety = part.ok
          ? part.problems.map((e) => this.problem(e, 'pack', request.pack))
          : [this.problem(part.error, 'pack', request.pack)];
        this.root.dataset.state = 'checked';
        this.renderProblems();
        break;
      default:
        break;
    }
  }

  /** An engine error, placed in its file: {file, from, to, line, message, code}. */
  problem(e, file, text) {
    let from = 0;
    let to = 0;
    const syntax = /line (\d+), column (\d+)/.exec(e.message ?? '');
    if (!e.path && syntax) {
      const lines = text.split('\n');
      const line = Math.min(Number(syntax[1]), lines.length);
      from = lines.slice(0, line - 1).reduce((n, l) => n + l.length + 1, 0) + Math.max(0, Number(syntax[2]) - 1);
      to = from + 1;
    } else {
      const r = rangeOf(text, e.path ?? '');
      from = r.from;
      // A whole object's range is long: underline its first line.
      const eol = text.indexOf('\n', from);
      to = eol >= 0 && eol < r.to ? eol : r.to;
    }
    return { file, from, to, message: e.message, code: e.code, path: e.path ?? '' };
  }

  renderProblems() {
    const all = [...this.problems.load, ...this.problems.scenarios, ...this.problems.safety];
    for (const kind of ['pack', 'scenarios']) this.editors[kind].setProblems(all.filter((p) => p.file === kind));
    const items = all.map((p) => {
      const line = this.editors[p.file].lineOf(p.from);
      return h(
        'li',
        { class: 'ts-author__problem' },
        h(
          'p',
          { class: 'govuk-body-s ts-author__problem-place' },
          format(strings.lineIn, { line, file: p.file === 'pack' ? strings.fileGuidance : strings.fileScenarios }),
        ),
        h('p', { class: 'govuk-body ts-author__problem-message' }, p.message),
        h(
          'button',
          {
            type: 'button',
            class: 'govuk-button govuk-button--secondary ts-author__jump',
            onclick: () => this.jump(p.file, p.from, p.to),
          },
          strings.showPlace,
          h('span', { class: 'govuk-visually-hidden' }, ` (line ${line})`),
        ),
      );
    });
    replaceChildren(this.problemList, items);
    let summary;
    if (!this.texts.pack.trim()) summary = '';
    else if (all.length)
      summary = all.length === 1 ? strings.problemOne : format(strings.problemCount, { count: all.length });
    else if (this.safetyState === 'running' || this.safetyState === 'waiting') summary = strings.safetyRunning;
    else if (this.safetyState === 'ask') summary = strings.noProblemsAsk;
    else if (this.safetyState === 'done')
      summary = format(strings.noProblemsSafety, { count: this.combinations.toLocaleString('en-GB') });
    else summary = strings.noProblems;
    if (this.safetyState === 'running' && all.length) summary += `. ${strings.safetyRunning}`;
    this.problemSummary.textContent = summary;
    this.safetyAsk.hidden = this.safetyState !== 'ask';
    this.say(summary);
  }

  /** The safety checks of the draft that last loaded, on request (the engine on this thread). */
  async runSafety() {
    const request = this.safetyRequest;
    if (!request || this.safetyState !== 'ask') return;
    this.safetyState = 'running';
    this.renderProblems();
    // Let the page say so before the checks hold its thread.
    await new Promise((resolve) => {
      requestAnimationFrame(() => setTimeout(resolve, 0));
    });
    if (this.safetyRequest !== request) return;
    await this.engine.safety({ pack: request.pack }, (p) => this.onPart(p, request));
  }

  jump(file, from, to) {
    this.showDoc(file);
    this.editors[file].select(from, to);
  }

  showWaiting() {
    replaceChildren(this.panels.scenarios, h('p', { class: 'govuk-body' }, strings.scenariosWaiting));
    replaceChildren(this.panels.reference, h('p', { class: 'govuk-body' }, strings.referenceWaiting));
    if (this.opened != null)
      replaceChildren(this.panels.changes, h('p', { class: 'govuk-body' }, strings.changesWaiting));
  }

  showScenarios(part, text) {
    if (!part.ok) {
      this.problems.scenarios = (part.errors ?? [part.error]).map((e) => this.problem(e, 'scenarios', text));
      replaceChildren(this.panels.scenarios, h('p', { class: 'govuk-body' }, strings.scenariosWaiting));
      this.renderProblems();
      return;
    }
    const results = part.results;
    if (!results.length) {
      replaceChildren(this.panels.scenarios, h('p', { class: 'govuk-body' }, strings.scenariosNone));
      return;
    }
    const screenings = results.filter((r) => r.kind === 'screening').length;
    const placed = results.map((r, i) => ({
      ...r,
      pointer: r.kind === 'screening' ? `/scenarios/${i}` : `/pathways/${i - screenings}`,
    }));
    const failed = placed.filter((r) => !r.passed);
    const passed = placed.filter((r) => r.passed);
    const jumpTo = (r) => {
      const range = rangeOf(text, r.pointer);
      this.jump('scenarios', range.from, range.from);
    };
    const caseItem = (r) =>
      h(
        'li',
        { class: `ts-author__case ts-author__case--${r.passed ? 'passed' : 'failed'}` },
        h(
          'p',
          { class: 'govuk-body ts-author__case-id' },
          h(
            'strong',
            { class: `govuk-tag ${r.passed ? 'govuk-tag--green' : 'govuk-tag--red'}` },
            r.passed ? 'Passed' : 'Failed',
          ),
          ' ',
          h(
            'a',
            {
              href: '#',
              class: 'govuk-link',
              onclick: (ev) => {
                ev.preventDefault();
                jumpTo(r);
              },
            },
            r.id,
          ),
        ),
        r.passed ? null : h('p', { class: 'govuk-body-s ts-author__case-failure' }, r.failure),
      );
    replaceChildren(
      this.panels.scenarios,
      h(
        'p',
        { class: `govuk-body ts-author__cases-summary js-ts-author-cases-summary` },
        format(strings.scenariosSummary, { passed: passed.length, total: results.length }),
      ),
      failed.length
        ? [
            h('h3', { class: 'govuk-heading-s' }, strings.failedTitle),
            h('ul', { class: 'govuk-list ts-author__cases' }, failed.map(caseItem)),
          ]
        : null,
      h(
        'details',
        { class: 'govuk-details' },
        h(
          'summary',
          { class: 'govuk-details__summary' },
          h('span', { class: 'govuk-details__summary-text' }, format(strings.passedTitle, { count: passed.length })),
        ),
        h(
          'div',
          { class: 'govuk-details__text' },
          h('ul', { class: 'govuk-list ts-author__cases' }, passed.map(caseItem)),
        ),
      ),
    );
  }

  showPreview(text) {
    let data = null;
    try {
      data = JSON.parse(text);
    } catch {
      return;
    }
    this.previewWaiting.hidden = true;
    this.preview.show({
      id: data.id,
      name: data.partnership?.name ?? data.id,
      text,
      calendar: typeof data.calendar === 'string' ? data.calendar : null,
    });
  }

  showReference(html) {
    const doc = new DOMParser().parseFromString(`<div>${html}</div>`, 'text/html');
    const body = doc.body.firstElementChild;
    // Its headings sit under this panel's h2.
    for (const el of body.querySelectorAll('h1,h2,h3,h4,h5')) {
      const level = Math.min(6, Number(el.tagName[1]) + 2);
      const n = document.createElement(`h${level}`);
      n.append(...el.childNodes);
      for (const a of el.attributes) n.setAttribute(a.name, a.value);
      el.replaceWith(n);
    }
    for (const el of body.querySelectorAll('[id]')) el.id = `ts-author-ref-${el.id}`;
    for (const a of body.querySelectorAll('a[href^="#"]'))
      a.setAttribute('href', `#ts-author-ref-${a.getAttribute('href').slice(1)}`);
    replaceChildren(this.panels.reference, ...document.importNode(body, true).childNodes);
  }

  /** The changes since the guidance was opened, grouped as `threshold diff` prints them. */
  showChanges(part) {
    if (!part.ok) {
      replaceChildren(this.panels.changes, h('p', { class: 'govuk-body' }, strings.changesNone));
      return;
    }
    const out = [];
    let list = null;
    for (const raw of part.text.split('\n')) {
      const line = raw.trimEnd();
      if (!line.trim()) {
        list = null;
        continue;
      }
      if (/^\s*- /.test(line)) {
        if (!list) {
          list = h('ul', { class: 'govuk-list govuk-list--bullet ts-author__change-list' });
          out.push(list);
        }
        list.append(h('li', { class: 'ts-author__change' }, line.replace(/^\s*- /, '')));
      } else if (/^\s+/.test(line) && list?.lastChild) {
        /** @type {HTMLElement} */ (list.lastChild).append(
          h('span', { class: 'ts-author__change-detail' }, line.trim()),
        );
      } else if (!out.length) {
        out.push(h('p', { class: 'govuk-body govuk-!-font-weight-bold js-ts-author-changes-count' }, line));
      } else {
        list = null;
        out.push(h('h3', { class: 'govuk-heading-s' }, line));
      }
    }
    replaceChildren(this.panels.changes, out);
  }
}

function mount() {
  const root = /** @type {HTMLElement | null} */ (document.querySelector('[data-module="ts-author"]'));
  if (!root || root.dataset.mounted) return;
  root.dataset.mounted = 'true';
  const page = new AuthorPage(root);
  // Everything the page will run is fetched now: the authoring engine in its workers, the screener's
  // engine for the preview, the calendar. After this the page makes no request.
  Promise.all([page.engine.warm(), getEngine(), calendarText('england-and-wales')]).then(() => {
    root.dataset.engines = 'ready';
  });
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', mount, { once: true });
else mount();
