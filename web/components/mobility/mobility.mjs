// "Is the baby non-mobile?": asked only when the engine says the answer matters.

import { radios, questionPage, errorFor, need } from '../question/question.mjs';
import strings from './strings.mjs';

/** @param {import('../screener/screener.mjs').PageContext} ctx */
export function mobilityPage(ctx) {
  const a = ctx.answers;
  const title = a.age === 'under_one' ? strings.titleBaby : strings.titleChild;
  const q = radios({
    name: 'mobility',
    title,
    caption: ctx.caption,
    hint: strings.hint,
    inline: true,
    options: [
      { value: 'yes', label: strings.yes },
      { value: 'no', label: strings.no },
    ],
    value: a.non_mobile == null ? null : a.non_mobile ? 'yes' : 'no',
    error: errorFor(ctx.errors, 'mobility'),
    onChange: (v) => {
      a.non_mobile = v === 'yes';
      ctx.changed();
    },
  });
  return questionPage({
    title,
    field: 'mobility',
    question: q,
    errors: ctx.errors,
    onSubmit: ctx.submit,
    root: ctx.root,
  });
}

export const checkMobility = (a) => need(a.non_mobile != null, 'mobility', strings.error);

export { strings as mobilityStrings };
