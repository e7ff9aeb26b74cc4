// The procedures (step up, step down, escalation) as the shell runs them: the list of procedures, and
// one procedure walked by the engine, a step per page. The steps taken so far are the journey's
// (each choice is a history entry, so Back pops the last step).

import { today } from '../../screener/answers.mjs';
import { list } from '../../screener/list.mjs';
import { pathwaysListPage, pathwayStepPage, pathwayErrorPage } from '../pathway/pathway.mjs';
import { actionsBar, pathwayText } from '../actions/actions.mjs';
import strings from './strings.mjs';

export class Pathways {
  /** @param {import('./screener.mjs').Screener} screener */
  constructor(screener) {
    this.s = screener;
    /** The choice made on the step on screen, before Continue. */
    this.selected = null;
    /** The engine's walk of the procedure, asked when the page is drawn. */
    this.walked = null;
    /** The step on screen. */
    this.step = null;
  }

  /** Opens a procedure at its first step. */
  open(id) {
    return this.s.go('pathway', { pathway: id, steps: [] });
  }

  /** The procedure on screen and the choices made in it so far. */
  get current() {
    const extra = this.s.journey.extra;
    return { id: extra.pathway, steps: extra.steps ?? [] };
  }

  listPage() {
    const s = this.s;
    return {
      title: strings.proceduresTitle,
      node: pathwaysListPage({ described: s.described, caption: s.caption, onOpen: (id) => this.open(id) }),
    };
  }

  /** Asks the engine for the procedure's step after the choices so far (render, before drawing). */
  walk() {
    const s = this.s;
    const p = this.current;
    const screening = s.engineAnswers(null);
    return s.engine.walk(s.engineId, p.id, { date: today(s.opts.now()), screening, steps: p.steps });
  }

  /** The procedure's step, as the engine walked it when the page was drawn (render). */
  page() {
    const s = this.s;
    const r = this.walked ?? { ok: false, error: { code: 'engine.failed', message: strings.noOutcome, path: '' } };
    const title = (s.described?.pathways ?? []).find((p) => p.id === this.current.id)?.title ?? strings.procedureTitle;
    if (!r.ok) {
      return {
        title,
        node: pathwayErrorPage({ error: r.error, caption: s.caption, onRestart: () => this.open(this.current.id) }),
      };
    }
    const step = r.step;
    this.step = step;
    const actions =
      step.status === 'outcome' || !step.current
        ? actionsBar({
            summaryText: () => pathwayText({ described: s.described, step, date: today(s.opts.now()) }),
            saveFile: null,
            openFile: null,
            onStartAgain: () => this.open(this.current.id),
            startAgainText: strings.restartProcedure,
          })
        : null;
    const node = pathwayStepPage({
      step,
      caption: s.caption,
      selected: this.selected,
      error: s.errors.find((e) => e.field === 'pathway')?.text ?? null,
      onSelect: (v) => {
        this.selected = v;
      },
      onContinue: () => s.submitCurrent(),
      actions,
      onAllProcedures: () => s.go('pathways'),
      root: s.pageEl,
    });
    return { title: step.current ? `${list(step.current.text)[0] ?? title}` : (step.outcome?.title ?? title), node };
  }

  /** Continue on a question step: the choice is a new history entry, or an error when none was made. */
  submit() {
    const s = this.s;
    const step = this.step;
    if (!step?.current) return;
    if (!this.selected) {
      s.errors = [{ field: 'pathway', text: strings.pathwayError }];
      s.render({ focus: true });
      return;
    }
    const steps = [...this.current.steps, { node: step.current.node, choice: this.selected }];
    s.go('pathway', { pathway: this.current.id, steps });
  }
}
