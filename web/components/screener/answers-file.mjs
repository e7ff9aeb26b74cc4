// Answers files: "Save answers to a file" (a download named by the practitioner's reference and the
// date) and "Open answers file" (read on the device, checked by the engine before anything changes),
// with the actions bar that offers them. Nothing is stored in the browser.

import { h, format } from '../../screener/dom.mjs';
import { today, toFile, fromFile } from '../../screener/answers.mjs';
import { actionsBar } from '../actions/actions.mjs';
import strings from './strings.mjs';

export class AnswersFiles {
  /** @param {import('./screener.mjs').Screener} screener */
  constructor(screener) {
    this.s = screener;
  }

  /** The answers file name: the practitioner's reference (letters, digits, dashes only) and the date. */
  fileName() {
    const ref = this.s.reference
      .trim()
      .replace(/[^A-Za-z0-9_-]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40);
    return `threshold-answers-${this.s.packId}${ref ? `-${ref}` : ''}-${today(this.s.opts.now())}.json`;
  }

  /** The full actions bar (the result): copy, print, save, open, start again. */
  bar() {
    return actionsBar({
      summaryText: () => this.s.results.summaryText(true),
      fullText: () => this.s.results.summaryText(false),
      saveFile: () => ({ name: this.fileName(), text: toFile(this.s.packId, this.s.answers) }),
      openFile: (text) => this.open(text),
      onStartAgain: () => this.s.startAgain(),
    });
  }

  /** "Carry on from a saved answers file" on the first question page: only the open part of the bar. */
  resumeControl() {
    const bar = actionsBar({
      summaryText: () => '',
      saveFile: null,
      openFile: (text) => this.open(text),
      onStartAgain: null,
    });
    // Only the "Open answers file" part belongs on a question page.
    const open = bar.querySelector('.ts-actions__open');
    const status = bar.querySelector('.ts-actions__status');
    return h(
      'details',
      { class: 'govuk-details ts-screener__resume' },
      h(
        'summary',
        { class: 'govuk-details__summary' },
        h('span', { class: 'govuk-details__summary-text' }, strings.resumeSummary),
      ),
      h('div', { class: 'govuk-details__text' }, open, status),
    );
  }

  /** Applies an answers file: {ok} or {ok:false, error}. */
  open(text) {
    const f = fromFile(text);
    if (!f.ok) return f;
    const id = f.pack;
    if (this.s.opts.pack && id !== this.s.opts.pack) {
      return {
        ok: false,
        error: {
          code: 'answers.wrong_pack',
          message: format(strings.openWrongPack, { pack: id, current: this.s.opts.pack }),
          path: '/pack',
        },
      };
    }
    if (!this.s.opts.pack && !this.s.index.some((p) => p.id === id)) {
      return {
        ok: false,
        error: { code: 'answers.unknown_pack', message: format(strings.openUnknownPack, { pack: id }), path: '/pack' },
      };
    }
    // Let the engine check the answers before anything changes.
    this.s.loadPack(id).then(async (loaded) => {
      if (!loaded.ok) return this.s.packError(id, loaded);
      const check = await this.s.engine.evaluate(this.s.packs.get(id).engineId, { ...f.raw, date: undefined });
      if (!check.ok) {
        const status = this.s.pageEl.querySelector('.ts-actions__status');
        status?.replaceChildren(
          h(
            'p',
            { class: 'govuk-body ts-actions__message ts-actions__message--error' },
            format(strings.openFileRejected, {
              message: check.error.message,
              code: check.error.code,
              path: check.error.path || '/',
            }),
          ),
        );
        return undefined;
      }
      this.s.packId = id;
      this.s.answers = f.answers;
      this.s.go('result', { fromResult: false });
      return undefined;
    });
    return { ok: true };
  }
}
