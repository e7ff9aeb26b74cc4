// "Is the child in immediate danger?": asked first, so that 999 comes before anything else.

import { radios, questionPage, errorFor, need } from '../question/question.mjs';
import strings from './strings.mjs';

/** @param {import('../screener/screener.mjs').PageContext} ctx */
export function dangerPage(ctx) {
  const a = ctx.answers;
  const q = radios({
    name: 'danger',
    title: strings.title,
    caption: ctx.caption,
    hint: strings.hint,
    inline: true,
    options: [
      { value: 'yes', label: strings.yes },
      { value: 'no', label: strings.no },
    ],
    value: a.immediate_danger == null ? null : a.immediate_danger ? 'yes' : 'no',
    error: errorFor(ctx.errors, 'danger'),
    onChange: (v) => {
      a.immediate_danger = v === 'yes';
      ctx.changed();
    },
  });
  return questionPage({
    title: strings.title,
    field: 'danger',
    question: q,
    errors: ctx.errors,
    onSubmit: ctx.submit,
    root: ctx.root,
    after: ctx.after,
  });
}

export const checkDanger = (a) => need(a.immediate_danger != null, 'danger', strings.error);

export { strings as dangerStrings };
