// "How old is the child?": an age band, with months or years revealed (never a date of birth).

import { h, format } from '../../screener/dom.mjs';
import { wholeNumber } from '../../screener/answers.mjs';
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
      hint: strings.monthsHint,
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

export function checkAge(a) {
  if (!a.age) return need(false, 'age', strings.error);
  if (a.age === 'under_one' && String(a.age_months).trim() && wholeNumber(a.age_months, 0, 11) == null)
    return need(false, 'age_months', strings.monthsError);
  if (a.age === 'years' && wholeNumber(a.age_years, 1, 25) == null) return need(false, 'age_years', strings.yearsError);
  return [];
}

/** The answer as the summary shows it. */
export function ageText(a, notAnswered) {
  if (a.age === 'unborn') return strings.unbornValue;
  if (a.age === 'under_one') {
    const m = wholeNumber(a.age_months, 0, 11);
    return m == null ? strings.underOneValue : format(strings.monthsValue, { months: m });
  }
  if (a.age === 'years') return format(strings.yearsValue, { years: wholeNumber(a.age_years, 1, 25) ?? '?' });
  return notAnswered;
}

export { strings as ageStrings };
