// The engine's next steps as a numbered list (the result, the entry page): what to do, the numbers to
// ring, by when, and where the guidance says so. The steps are the engine's, in its order.

import { h, format } from '../../screener/dom.mjs';
import { longDate, duration } from '../../screener/dates.mjs';
import { list } from '../../screener/list.mjs';
import { contactLine } from '../contact/contact.mjs';
import strings from './strings.mjs';

/** When a step or deadline is due: a date the engine counted, or a duration and what starts it. */
/** @param {import('../../screener/contract').Due | null} due */
export function dueText(due) {
  if (!due) return null;
  if (due.date)
    return format(due.time ? strings.dueDateTime : strings.dueDate, { date: longDate(due.date), time: due.time ?? '' });
  return format(due.starts ? strings.dueStarts : strings.dueDuration, {
    duration: duration(due.amount, due.unit),
    starts: due.starts ?? '',
  });
}

/**
 * The engine's next steps as a numbered list: what to do, the numbers to ring, by when, and where
 * the guidance says so. A step whose contacts have no telephone number says so plainly. `within`
 * puts a node under the step of that id (the consent question under the consent step that asks it).
 */
/**
 * @param {import('../../screener/contract').NextStep[]} steps
 * @param {{within?: object}} [o]
 */
export function nextSteps(steps, { within = {} } = {}) {
  return h(
    'ol',
    { class: 'govuk-list govuk-list--number ts-steps' },
    steps.map((s) => {
      const contacts = list(s.contacts);
      return h(
        'li',
        { class: `ts-steps__step ts-steps__step--${s.kind}`, 'data-step': s.id ?? s.kind, 'data-text': s.text },
        h('p', { class: 'govuk-body govuk-!-font-weight-bold ts-steps__text' }, s.text),
        // What to do instead, and when ("If they refuse: …"): part of the step, never folded away.
        list(s.unless).map((u) => h('p', { class: 'govuk-body-s ts-steps__unless' }, u.text)),
        // The guidance's jargon, explained where it is first used (the engine says which step that is).
        list(s.terms).map((t) =>
          h(
            'p',
            { class: 'govuk-body-s ts-steps__term' },
            h('dfn', { class: 'ts-steps__term-name' }, t.term),
            `: ${t.meaning}`,
          ),
        ),
        contacts.map(contactLine),
        // The engine says where the guidance gives no number, and the nearest number it does give.
        s.no_number ? h('p', { class: 'govuk-body ts-steps__no-number' }, s.no_number) : null,
        list(s.nearest).map(contactLine),
        // General advice (999 where the guidance never says it) is said as such, not as the guidance's.
        s.general && s.detail ? h('p', { class: 'govuk-body-s ts-steps__general' }, s.detail) : null,
        s.detail && !s.general
          ? h(
              'details',
              { class: 'govuk-details ts-steps__more', 'data-print': 'skip' },
              h(
                'summary',
                { class: 'govuk-details__summary' },
                h('span', { class: 'govuk-details__summary-text' }, strings.moreFromGuidance),
              ),
              h('div', { class: 'govuk-details__text' }, h('p', { class: 'govuk-body' }, s.detail)),
            )
          : null,
        s.due
          ? h(
              'p',
              { class: 'govuk-body ts-steps__due' },
              s.due.date ? h('time', { datetime: s.due.date }, dueText(s.due)) : dueText(s.due),
            )
          : null,
        within[s.id] ?? null,
      );
    }),
  );
}

/** Where the guidance says a step: its own citation, then those of its "if they refuse…" lines. */
function stepCitations(s) {
  const all = [s.source, ...list(s.unless).flatMap((u) => list(u.because).map((b) => b.source))].filter(Boolean);
  return [...new Set(all)].join('; ');
}

/** The steps' citations, numbered as the steps are, in one closed details under the list. */
export function stepSources(steps) {
  if (!steps.some((s) => s.source)) return null;
  return h(
    'details',
    { class: 'govuk-details ts-steps__source' },
    h(
      'summary',
      { class: 'govuk-details__summary' },
      h('span', { class: 'govuk-details__summary-text' }, strings.sourceSummary),
    ),
    h(
      'div',
      { class: 'govuk-details__text' },
      h(
        'ol',
        { class: 'govuk-list govuk-list--number' },
        steps.map((s) => h('li', { class: 'govuk-body-s ts-quote__source' }, stepCitations(s) || '–')),
      ),
    ),
  );
}

export { strings as stepsStrings };
