// "How old is the child?": an age band, with months or years revealed (never a date of birth).

import { h, format } from '../../screener/dom.mjs';
import { wholeNumber } from '../../screener/answers.mjs';

// The ages each band accepts: months as the engine accepts them; years from one (the band's own
// meaning, "one year old or older") to the engine's most.
const monthsRange = (accepts) => accepts('age_months');
// The message with the engine's range in it; without a description yet (never, once a page is drawn), the
// same without the range.
const rangeText = (withRange, without, range) => (range ? format(withRange, range) : without);
const yearsRange = (accepts) => {
  const r = accepts('age_years');
  return r ? { min: Math.max(1, r.min), max: r.max } : null;
};
import { radios, textInput, questionPage, errorFor, need } from '../question/question.mjs';
import strings from './strings.mjs';

/** @param {import('../screener/screener.mjs').PageContext} ctx */
export function agePage(ctx) {
  const a = ctx.answers;
  const err = (f) => errorFor(ctx.errors, f);
  const months = h(
    'div',
    { 'data-field': 'age_months' },
    textInput({
      name: 'age-months',
      label: strings.monthsLabel,
      hint: rangeText(strings.monthsHint, strings.monthsHintAnyRange, monthsRange(ctx.accepts)),
      value: a.age_months,
      width: 2,
      numeric: true,
      error: err('age_months'),
      onInput: (v) => {
        a.age_months = v;
        ctx.changed();
      },
    }),
  );
  const years = h(
    'div',
    { 'data-field': 'age_years' },
    textInput({
      name: 'age-years',
      label: strings.yearsLabel,
      value: a.age_years,
      width: 2,
      numeric: true,
      error: err('age_years'),
      onInput: (v) => {
        a.age_years = v;
        ctx.changed();
      },
    }),
  );
  const q = radios({
    name: 'age',
    title: strings.title,
    caption: ctx.caption,
    hint: strings.hint,
    options: [
      { value: 'unborn', label: strings.unborn },
      { value: 'under_one', label: strings.underOne, conditional: months },
      { value: 'years', label: strings.years, conditional: years },
    ],
    value: a.age,
    error: err('age'),
    onChange: (v) => {
      a.age = v;
      ctx.changed();
    },
  });
  return questionPage({
    title: strings.title,
    field: 'age',
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
export function checkAge(a, accepts) {
  if (!a.age) return need(false, 'age', strings.error);
  const months = monthsRange(accepts);
  if (a.age === 'under_one' && String(a.age_months).trim() && wholeNumber(a.age_months, months) == null)
    return need(false, 'age_months', rangeText(strings.monthsError, strings.monthsErrorAnyRange, months));
  const years = yearsRange(accepts);
  if (a.age === 'years' && (wholeNumber(a.age_years, years) == null || (!years && Number(a.age_years) < 1)))
    return need(false, 'age_years', rangeText(strings.yearsError, strings.yearsErrorAnyRange, years));
  return [];
}

/** The answer as the summary shows it. */
export function ageText(a, notAnswered, accepts) {
  if (a.age === 'unborn') return strings.unbornValue;
  if (a.age === 'under_one') {
    const m = wholeNumber(a.age_months, monthsRange(accepts));
    return m == null ? strings.underOneValue : format(strings.monthsValue, { months: m });
  }
  if (a.age === 'years')
    return format(strings.yearsValue, { years: wholeNumber(a.age_years, yearsRange(accepts)) ?? '?' });
  return notAnswered;
}

export { strings as ageStrings };
