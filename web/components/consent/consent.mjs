// "Has the family agreed…?": the consent answer the engine's verdict is based on.

import { radios, questionPage, errorFor, need } from '../question/question.mjs';
import strings from './strings.mjs';

/** @param {import('../screener/screener.mjs').PageContext} ctx */
export function consentPage(ctx) {
  const a = ctx.answers;
  const q = radios({
    name: 'consent',
    title: strings.title,
    caption: ctx.caption,
    hint: strings.hint,
    options: (ctx.accepts('consent')?.options ?? []).map((v) => ({ value: v, label: strings.options[v] ?? v })),
    value: a.consent,
    error: errorFor(ctx.errors, 'consent'),
    onChange: (v) => {
      a.consent = v;
      ctx.changed();
    },
  });
  return questionPage({
    title: strings.title,
    field: 'consent',
    question: q,
    errors: ctx.errors,
    onSubmit: ctx.submit,
    root: ctx.root,
  });
}

export const checkConsent = (a) => need(a.consent != null, 'consent', strings.error);

export const consentText = (a, notAnswered) => (a.consent ? strings.options[a.consent] : notAnswered);

export { strings as consentStrings };
