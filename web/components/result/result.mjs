// The result of a screening, result first. The first screen (1280×800 and 375×667) holds the level,
// what to do now (the engine's next steps, with click-to-call numbers and out-of-hours cover), the
// strategy discussion, the consent verdict and Print / Copy. Then "Why". Everything else sits below
// in closed GOV.UK details, each with a one-line summary; no statement appears twice. Print opens
// every details element: the first printed page is a one-page summary, the detail follows.

import { h, format } from '../../screener/dom.mjs';
import { longDate } from '../../screener/dates.mjs';
import { nextStepsOf, NO_PARTNERSHIP } from '../../screener/describe.mjs';
import { list } from '../../screener/list.mjs';
import { quote, sourceLine, contactLine, guidanceCurrency, warningText } from '../contact/contact.mjs';
import { nextSteps, stepSources, dueText } from '../steps/steps.mjs';
import { emergencyPanel } from '../emergency/emergency.mjs';
import strings from './strings.mjs';

/** The outcome's deadlines, as dates where the engine counted them. */
/** @param {import('../../screener/contract').Deadline[]} deadlines */
function deadlinesList(deadlines) {
  if (!deadlines.length) return null;
  return [
    h('h3', { class: 'govuk-heading-s' }, strings.deadlinesTitle),
    h(
      'ul',
      { class: 'govuk-list ts-result__deadlines' },
      deadlines.map((d) => {
        const due = { amount: d.amount, unit: d.unit, starts: d.starts ?? null, date: d.due ?? null, time: null };
        const owner = d.owner === 'you' ? strings.ownerYou : strings.ownerService;
        return h(
          'li',
          { 'data-deadline': d.id ?? '', 'data-owner': d.owner ?? '' },
          h(
            'span',
            { class: 'govuk-!-font-weight-bold' },
            d.due ? h('time', { datetime: d.due }, dueText(due)) : dueText(due),
          ),
          ` – ${d.label} (${owner})`,
        );
      }),
    ),
  ];
}

/** The live announcement of the level so far. */
/** @param {import('../../screener/contract').Outcome | import('../../screener/contract').Live} outcome */
export function liveText(outcome) {
  if (!outcome) return '';
  if (outcome.immediate_action === 'call_999') return strings.dangerFirst;
  if (outcome.level == null) return strings.liveNoLevel;
  return format(strings.liveLevel, { number: outcome.level, label: outcome.level_label ?? '' });
}

/** A closed GOV.UK details with a one-line summary. */
function more(summary, ...content) {
  return h(
    'details',
    { class: 'govuk-details ts-result__more' },
    h('summary', { class: 'govuk-details__summary' }, h('span', { class: 'govuk-details__summary-text' }, summary)),
    h('div', { class: 'govuk-details__text' }, content),
  );
}

/**
 * The consent verdict as one sentence (a verdict that must not wait as GOV.UK warning text), unless a
 * next step already says it; the exception that applies, what to record, who to ask; and the question
 * that decides it (significant harm suspected) where the engine asks it. The engine decides each of
 * these (in_steps, do_not_delay, record_in_exception); this only draws them.
 * @param {import('../../screener/contract').Consent | null} v
 */
function consentBlock(v, onAnswer, { questionAsked = false } = {}) {
  if (!v || (!v.verdict && !v.sentence)) return null;
  const body = [
    v.sentence && !v.in_steps
      ? v.do_not_delay
        ? warningText(v.sentence)
        : h('p', { class: 'govuk-body govuk-!-font-weight-bold' }, v.sentence)
      : null,
    v.question && !questionAsked ? consentQuestion(v.question, onAnswer) : null,
    v.record && !v.record_in_exception
      ? h('p', { class: 'govuk-body' }, format(strings.consentRecord, { record: v.record }))
      : null,
    v.exception ? quote(v.exception.text, v.exception.source) : null,
    ...list(v.advice_contacts).map(contactLine),
  ].filter(Boolean);
  if (!body.length) return null;
  return h(
    'div',
    { class: 'ts-result__consent', 'data-verdict': v.verdict ?? '' },
    h('h2', { class: 'govuk-heading-m' }, strings.consentTitle),
    body,
  );
}

/**
 * The engine's consent question, as GOV.UK radios that re-decide the verdict when answered: the values
 * are the engine's, the words for them the page's.
 * @param {import('../../screener/contract').ConsentQuestion} q
 */
function consentQuestion(q, onAnswer) {
  const name = `ts-${q.id}-${Math.random().toString(36).slice(2, 8)}`;
  return h(
    'div',
    { class: 'govuk-form-group ts-result__consent-question' },
    h(
      'fieldset',
      { class: 'govuk-fieldset' },
      h('legend', { class: 'govuk-fieldset__legend govuk-fieldset__legend--s' }, q.text),
      h(
        'div',
        { class: 'govuk-radios govuk-radios--small', 'data-module': 'govuk-radios' },
        list(q.options).map((opt, i) => {
          const id = `${name}-${i}`;
          const input = h('input', {
            class: 'govuk-radios__input',
            id,
            name,
            type: 'radio',
            value: String(opt),
            checked: q.answer === opt,
          });
          input.addEventListener('change', () => onAnswer(q.id, opt));
          return h(
            'div',
            { class: 'govuk-radios__item' },
            input,
            h(
              'label',
              { class: 'govuk-label govuk-radios__label', for: id },
              strings.answerWords[String(opt)] ?? String(opt),
            ),
          );
        }),
      ),
    ),
  );
}

/**
 * @param {object} o
 * @param {import('../../screener/contract').Description} o.described the engine's description
 * @param {import('../../screener/contract').Outcome} o.outcome the engine's outcome
 * @param {string} o.caption
 * @param {{key: string, value: any, page: string}[]} o.answerRows
 * @param {(page: string) => void} o.onChange
 * @param {string} o.reference the practitioner's own reference (a case number, never a name)
 * @param {(v: string) => void} o.onReference
 * @param {Node} o.actions the full actions bar (save, open, start again, full copy)
 * @param {(id: string) => void} o.onPathway
 * @param {(question: string, value: any) => void} o.onAnswer an answer given on the result
 * @param {string|null} [o.offlineUrl]
 */
export function resultPage(o) {
  const { outcome, described } = o;
  const danger = outcome.immediate_action === 'call_999';
  const domainLabel = new Map((described?.domains ?? []).map((d) => [d.id, d.label]));
  // The engine names the indicators either side of a reason's level by id; their words are in describe().
  const indicatorById = new Map((described?.domains ?? []).flatMap((d) => list(d.indicators).map((i) => [i.id, i])));
  const comparisonOf = (r) =>
    r.indicator ? list(outcome.comparisons).find((c) => c.domain === r.domain && c.level === r.level) : null;
  const levelTitle =
    outcome.level == null
      ? strings.titleNoLevel
      : format(strings.title, { number: outcome.level, label: outcome.level_label ?? '' });
  const reasons = list(outcome.reasons);
  const strengths = list(outcome.strengths);
  const notApplicable = list(outcome.not_applicable);
  const notes = list(outcome.notes).map((n) => n.text);
  const steps = nextStepsOf(outcome);
  // The question that decides consent ("Cannot tell yet: answer whether…") is answered under the
  // step that asks it, not a screen further down.
  const consentAsks = outcome.consent?.question ?? null;
  const consentStep = steps.find((s) => s.kind === 'consent');
  const askedInStep = Boolean(consentAsks && consentStep);
  const advisories = list(outcome.advisories);
  const prompts = list(outcome.prompts);
  const checklist = outcome.checklist;
  const pathways = list(outcome.pathways);
  const partnership = described?.partnership ?? NO_PARTNERSHIP;

  const heading = h(
    danger ? 'h2' : 'h1',
    { class: `govuk-heading-l ts-result__title${danger ? '' : ' js-ts-heading'}`, tabindex: danger ? null : '-1' },
    h('span', { class: 'govuk-caption-m ts-result__caption' }, o.caption),
    levelTitle,
  );

  const referenceId = `ts-ref-${Math.random().toString(36).slice(2, 8)}`;
  const printHeader = h(
    'div',
    { class: 'ts-result__print-header' },
    h(
      'p',
      { class: 'govuk-body-s' },
      format(strings.printGuidance, {
        title: partnership.document_title ?? '',
        name: partnership.name ?? '',
        currency: outcome.currency?.text ?? '',
      }),
    ),
    h('p', { class: 'govuk-body-s' }, format(strings.printDate, { date: longDate(outcome.date ?? '') })),
    h(
      'p',
      { class: 'govuk-body-s ts-result__print-ref' },
      o.reference ? format(strings.printReference, { reference: o.reference }) : '',
    ),
  );
  const referenceInput = h('input', {
    class: 'govuk-input govuk-input--width-20',
    id: referenceId,
    type: 'text',
    autocomplete: 'off',
    spellcheck: 'false',
    value: o.reference,
    'aria-describedby': `${referenceId}-hint`,
    maxlength: '40',
  });
  referenceInput.addEventListener('input', () => {
    o.onReference(referenceInput.value);
    printHeader.querySelector('.ts-result__print-ref').textContent = referenceInput.value
      ? format(strings.printReference, { reference: referenceInput.value })
      : '';
  });

  const quick = /** @type {HTMLElement} */ (o.actions).querySelector('.js-ts-quick-actions');

  return h(
    'div',
    { class: 'ts-result', 'data-module': 'ts-result' },
    printHeader,
    danger ? emergencyPanel() : null,
    h(
      'div',
      { class: 'ts-result__first' },
      heading,
      h('p', { class: 'govuk-body-s ts-result__notice' }, strings.indicativeShort),
      quick,
      outcome.level == null ? h('p', { class: 'govuk-body' }, strings.noLevelBody) : null,
      // Nothing of concern: the guidance's own words for that level, not a bare level number.
      outcome.no_concerns && outcome.level_summary
        ? h('p', { class: 'govuk-body-l ts-result__no-concerns' }, outcome.level_summary)
        : null,
      h(
        'section',
        { class: 'ts-result__now', 'aria-labelledby': `${referenceId}-now` },
        h('h2', { class: 'govuk-heading-m', id: `${referenceId}-now` }, strings.doNowTitle),
        steps.length
          ? [
              nextSteps(steps, {
                within: askedInStep ? { [consentStep.id]: consentQuestion(consentAsks, o.onAnswer) } : {},
              }),
              stepSources(steps),
            ]
          : h('p', { class: 'govuk-body' }, strings.noSteps),
        deadlinesList(list(outcome.deadlines)),
      ),
      consentBlock(outcome.consent ?? null, o.onAnswer, { questionAsked: askedInStep }),
    ),

    h(
      'section',
      { class: 'ts-result__why' },
      h('h2', { class: 'govuk-heading-m' }, strings.whyTitle),
      reasons.length
        ? h(
            'ul',
            { class: 'govuk-list ts-result__reasons' },
            reasons.map((r) =>
              h(
                'li',
                { class: 'ts-result__reason', 'data-indicator': r.indicator ?? '', 'data-rule': r.rule ?? '' },
                h(
                  'p',
                  { class: 'govuk-body-s ts-result__reason-meta' },
                  format(r.domain && domainLabel.has(r.domain) ? strings.reasonMeta : strings.reasonMetaNoDomain, {
                    level: r.level,
                    domain: domainLabel.get(r.domain) ?? '',
                  }),
                ),
                quote(r.text, r.source),
                compareBlock(comparisonOf(r), indicatorById),
              ),
            ),
          )
        : h('p', { class: 'govuk-body' }, strings.whyNone),
      strengths.length
        ? [h('h3', { class: 'govuk-heading-s' }, strings.strengthsTitle), strengths.map((s) => quote(s.text, s.source))]
        : null,
      notApplicable.length
        ? [
            h('h3', { class: 'govuk-heading-s' }, strings.notApplicableTitle),
            h(
              'ul',
              { class: 'govuk-list govuk-list--bullet' },
              notApplicable.map((n) => h('li', null, format(strings.notApplicableItem, n))),
            ),
          ]
        : null,
      notes.length
        ? [
            h('h3', { class: 'govuk-heading-s' }, strings.notesTitle),
            h(
              'ul',
              { class: 'govuk-list govuk-list--bullet' },
              notes.map((t) => h('li', null, t)),
            ),
          ]
        : null,
      h('p', { class: 'govuk-body ts-result__indicative' }, outcome.indicative_notice),
      guidanceCurrency(outcome.currency),
    ),

    h(
      'div',
      { class: 'ts-result__rest' },
      outcome.level_summary && !outcome.no_concerns
        ? more(
            format(strings.levelMeaning, { number: outcome.level }),
            h('p', { class: 'govuk-body' }, outcome.level_summary),
          )
        : null,
      advisories.length
        ? more(
            format(advisories.length === 1 ? strings.advisoriesOne : strings.advisories, { count: advisories.length }),
            advisories.map((a) =>
              h('div', { class: 'ts-result__advisory' }, quote(a.text, a.source), list(a.contacts).map(contactLine)),
            ),
          )
        : null,
      prompts.map((p) =>
        more(
          p.short_label,
          h('p', { class: 'govuk-body' }, p.label),
          h(
            'ul',
            { class: 'govuk-list govuk-list--bullet' },
            list(p.items).map((i) => h('li', null, i)),
          ),
          sourceLine(p.source),
        ),
      ),
      checklist && list(checklist.groups).length
        ? more(
            strings.checklistTitle,
            checklist.label ? h('p', { class: 'govuk-body' }, checklist.label) : null,
            list(checklist.groups).map((g) => [
              h('h3', { class: 'govuk-heading-s' }, g.label),
              h(
                'ul',
                { class: 'govuk-list govuk-list--bullet' },
                list(g.items).map((i) => h('li', null, i)),
              ),
            ]),
            sourceLine(checklist.source),
          )
        : null,
      pathways.length
        ? more(
            format(strings.pathwaysSummary, { count: pathways.length }),
            h(
              'ul',
              { class: 'govuk-list' },
              pathways.map((p) =>
                h(
                  'li',
                  null,
                  h(
                    'a',
                    {
                      class: 'govuk-link js-ts-pathway-link',
                      href: '#',
                      'data-pathway': p.id,
                      onclick: (ev) => {
                        ev.preventDefault();
                        o.onPathway(p.id);
                      },
                    },
                    p.link_text,
                  ),
                ),
              ),
            ),
          )
        : null,
      list(partnership.not_covered).length
        ? h(
            'details',
            { class: 'govuk-details ts-result__more ts-result__not-covered' },
            h(
              'summary',
              { class: 'govuk-details__summary' },
              h(
                'span',
                { class: 'govuk-details__summary-text' },
                format(strings.notCoveredTitle, { name: partnership.area ?? partnership.name ?? '' }),
              ),
            ),
            h(
              'div',
              { class: 'govuk-details__text' },
              h(
                'ul',
                { class: 'govuk-list govuk-list--bullet' },
                list(partnership.not_covered).map((t) => h('li', null, t)),
              ),
            ),
          )
        : null,
      // "(change them)" is for the screen: the printout has no links to change them by.
      more(
        [strings.answersTitle, h('span', { 'data-print': 'skip' }, strings.answersChange)],
        answersList(o.answerRows, o.onChange),
      ),
    ),

    h(
      'div',
      { class: 'govuk-form-group ts-result__reference' },
      h('label', { class: 'govuk-label govuk-label--s', for: referenceId }, strings.referenceLabel),
      h('div', { class: 'govuk-hint', id: `${referenceId}-hint` }, strings.referenceHint),
      referenceInput,
    ),
    o.actions,
    o.offlineUrl
      ? h(
          'p',
          { class: 'govuk-body ts-result__offline' },
          h('a', { class: 'govuk-link', href: o.offlineUrl, download: 'threshold-screener.html' }, strings.offline),
        )
      : null,
  );
}

/** The same domain's indicators one level up and down (the engine's comparison), when given. */
/**
 * @param {import('../../screener/contract').Comparison | undefined} comparison
 * @param {Map<string, import('../../screener/contract').Indicator>} indicatorById
 */
function compareBlock(comparison, indicatorById) {
  if (!comparison) return null;
  const up = list(comparison.up)
    .map((id) => indicatorById.get(id))
    .filter(Boolean);
  const down = list(comparison.down)
    .map((id) => indicatorById.get(id))
    .filter(Boolean);
  if (!up.length && !down.length) return null;
  // An aid for deciding on screen; left out of the printout, which records what was decided.
  const block = more(
    strings.compareSummary,
    up.length
      ? [
          h('h3', { class: 'govuk-heading-s' }, format(strings.compareUp, { level: up[0].level })),
          h(
            'ul',
            { class: 'govuk-list govuk-list--bullet' },
            up.map((i) => h('li', null, i.text)),
          ),
        ]
      : null,
    down.length
      ? [
          h('h3', { class: 'govuk-heading-s' }, format(strings.compareDown, { level: down[0].level })),
          h(
            'ul',
            { class: 'govuk-list govuk-list--bullet' },
            down.map((i) => h('li', null, i.text)),
          ),
        ]
      : null,
  );
  block.dataset.print = 'skip';
  return block;
}

function answersList(rows, onChange) {
  return h(
    'dl',
    { class: 'govuk-summary-list ts-result__answers' },
    rows.map((r) =>
      h(
        'div',
        { class: 'govuk-summary-list__row' },
        h('dt', { class: 'govuk-summary-list__key' }, r.key),
        h('dd', { class: 'govuk-summary-list__value' }, r.value),
        h(
          'dd',
          { class: 'govuk-summary-list__actions' },
          h(
            'a',
            {
              class: 'govuk-link',
              href: '#',
              onclick: (ev) => {
                ev.preventDefault();
                onChange(r.page);
              },
            },
            strings.change,
            h('span', { class: 'govuk-visually-hidden' }, ` ${r.key.toLowerCase()}`),
          ),
        ),
      ),
    ),
  );
}

export { strings as resultStrings };
