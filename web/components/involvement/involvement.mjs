// "Which services are involved with the child now?", with the weeks since a step-down revealed.

import { h, format } from '../../screener/dom.mjs';
import { wholeNumber } from '../../screener/answers.mjs';
import { radios, textInput, questionPage, errorFor, need } from '../question/question.mjs';
import strings from './strings.mjs';

/** @param {import('../screener/screener.mjs').PageContext} ctx */
export function involvementPage(ctx) {
  const a = ctx.answers;
  const weeks = h(
    'div',
    { 'data-field': 'weeks' },
    textInput({
      name: 'weeks',
      label: strings.weeksLabel,
      hint: strings.weeksHint,
      value: a.weeks_since_step_down,
      width: 3,
      numeric: true,
      error: errorFor(ctx.errors, 'weeks'),
      onInput: (v) => {
        a.weeks_since_step_down = v;
        ctx.changed();
      },
    }),
  );
  const q = radios({
    name: 'involvement',
    title: strings.title,
    caption: ctx.caption,
    hint: strings.hint,
    options: (ctx.accepts('involvement')?.options ?? []).map((v) => ({
      value: v,
      label: strings.options[v] ?? v,
      conditional: v === 'recently_stepped_down' ? weeks : null,
    })),
    value: a.involvement,
    error: errorFor(ctx.errors, 'involvement'),
    onChange: (v) => {
      a.involvement = v;
      ctx.changed();
    },
  });
  return questionPage({
    title: strings.title,
    field: 'involvement',
    question: q,
    errors: ctx.errors,
    onSubmit: ctx.submit,
    root: ctx.root,
  });
}

/**
 * @param {object} a the answers
 * @param {(fact: string) => (import('../../screener/contract').Accepted | null)} accepts the engine's ranges (ctx.accepts)
 */
export function checkInvolvement(a, accepts) {
  if (!a.involvement) return need(false, 'involvement', strings.error);
  const range = accepts('weeks_since_step_down');
  if (
    a.involvement === 'recently_stepped_down' &&
    String(a.weeks_since_step_down).trim() &&
    wholeNumber(a.weeks_since_step_down, range) == null
  )
    return need(false, 'weeks', range ? format(strings.weeksError, range) : strings.weeksErrorAnyRange);
  return [];
}

export function involvementText(a, notAnswered, accepts) {
  if (!a.involvement) return notAnswered;
  const text = strings.options[a.involvement] ?? a.involvement;
  const w = wholeNumber(a.weeks_since_step_down, accepts('weeks_since_step_down'));
  return a.involvement === 'recently_stepped_down' && w != null ? format(strings.weeksValue, { text, weeks: w }) : text;
}

export { strings as involvementStrings };
