// The result and the emergency page, and the answers they summarise: drawn from the screener's
// answers and the engine's outcome (components/screener/screener.mjs holds both).

import { h, format } from '../../screener/dom.mjs';
import { asks } from '../../screener/describe.mjs';
import { ageText, ageStrings } from '../age/age.mjs';
import { partnershipStrings } from '../partnership/partnership.mjs';
import { dangerStrings } from '../danger/danger.mjs';
import { mobilityStrings } from '../mobility/mobility.mjs';
import { involvementText, involvementStrings } from '../involvement/involvement.mjs';
import { seeingRows } from '../seeing/seeing.mjs';
import { consentText, consentStrings } from '../consent/consent.mjs';
import { emergencyPage } from '../emergency/emergency.mjs';
import { resultPage } from '../result/result.mjs';
import { screeningText } from '../actions/actions.mjs';
import strings from './strings.mjs';

export class ResultPages {
  /** @param {import('./screener.mjs').Screener} screener */
  constructor(screener) {
    this.s = screener;
  }

  emergencyPage() {
    const s = this.s;
    const em = s.outcome?.emergency ?? null;
    const node = emergencyPage({
      area: s.area,
      text: em?.text,
      contacts: em?.then_contacts ?? [],
      citation: em?.source,
      onCarryOn: () => s.go(s.next('emergency')),
    });
    return { title: strings.emergencyTitle, node };
  }

  answerRows() {
    const s = this.s;
    const a = s.answers;
    const rows = [];
    const row = (key, value, page) => rows.push({ key, value, text: value, page });
    const none = strings.notAnswered;
    if (!s.opts.pack) row(partnershipStrings.answer, s.caption, 'partnership');
    row(
      strings.answerDanger,
      a.immediate_danger == null ? none : a.immediate_danger ? dangerStrings.yes : dangerStrings.no,
      'danger',
    );
    row(ageStrings.answer, ageText(a, none, s.accepts), 'age');
    if (asks(s.described, 'non_mobile'))
      row(
        mobilityStrings.answer,
        a.non_mobile == null ? none : a.non_mobile ? mobilityStrings.yes : mobilityStrings.no,
        'mobility',
      );
    row(involvementStrings.answer, involvementText(a, none, s.accepts), 'involvement');
    rows.push(...seeingRows(s.ctx, s.described, none));
    row(consentStrings.answer, consentText(a, none), 'consent');
    return rows;
  }

  summaryText(short) {
    const s = this.s;
    return screeningText({
      described: s.described,
      outcome: s.outcome,
      reference: s.reference,
      answerLines: this.answerRows().map((r) => `${r.key}: ${r.text}`),
      short,
    });
  }

  page() {
    const s = this.s;
    if (!s.outcome) {
      const e = s.evalError ?? { code: 'engine.failed', message: strings.noOutcome, path: '' };
      return {
        title: strings.errorSummaryTitle,
        node: h(
          'div',
          null,
          h('h1', { class: 'govuk-heading-l js-ts-heading', tabindex: '-1' }, strings.errorSummaryTitle),
          h(
            'p',
            { class: 'govuk-body' },
            format(strings.packErrorProblem, { path: e.path || '/', message: e.message, code: e.code }),
          ),
          s.files.bar(),
        ),
      };
    }
    const o = s.outcome;
    const node = resultPage({
      described: s.described,
      outcome: o,
      caption: s.area,
      answerRows: this.answerRows(),
      onChange: (page) => s.go(page, { fromResult: page !== 'partnership' }),
      reference: s.reference,
      onReference: (v) => {
        s.reference = v;
      },
      actions: s.files.bar(),
      onPathway: (id) => s.pathways.open(id),
      onAnswer: async (question, value) => {
        if (question === 'significant_harm_suspected') s.answers.significant_harm_suspected = value;
        await s.render({ focus: false });
        // The page was redrawn: keep a keyboard user on the answer they just chose.
        s.pageEl.querySelector(/** @type {'input'} */ ('.ts-result__consent-question input:checked'))?.focus();
        s.pageEl.querySelector('.ts-result__consent')?.scrollIntoView?.({ block: 'nearest' });
      },
      offlineUrl: s.opts.offlineUrl,
    });
    const title = o.level == null ? strings.resultTitleNoLevel : format(strings.resultTitle, { number: o.level });
    return { title, node };
  }
}
