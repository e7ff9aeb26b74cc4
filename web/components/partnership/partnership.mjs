// "Which partnership covers where the child lives?": one radio per partnership in the index, each
// with its guidance title and date ("undated" when the guidance gives none).

import { format } from '../../screener/dom.mjs';
import { isEmpty } from '../../screener/answers.mjs';
import { radios, questionPage, errorFor, need } from '../question/question.mjs';
import strings from './strings.mjs';

/**
 * @param {import('../screener/screener.mjs').PageContext} ctx
 * @param {{id: string, name: string, document_title?: string, published?: string}[]} index
 * @param {string|null} chosen
 * @param {(id: string) => void} onChoose
 */
export function partnershipPage(ctx, index, chosen, onChoose) {
  const q = radios({
    name: 'partnership',
    title: strings.title,
    hint: strings.hint + (isEmpty(ctx.answers) ? '' : ` ${strings.changeKeepsAnswers}`),
    options: index.map((p) => ({
      value: p.id,
      label: p.name,
      hint: format(p.published ? strings.optionHint : strings.optionHintUndated, {
        title: p.document_title ?? '',
        published: p.published ?? '',
      }),
    })),
    value: chosen,
    error: errorFor(ctx.errors, 'partnership'),
    onChange: onChoose,
  });
  return questionPage({
    title: strings.title,
    field: 'partnership',
    question: q,
    errors: ctx.errors,
    onSubmit: ctx.submit,
    root: ctx.root,
    after: ctx.after,
  });
}

export const checkPartnership = (chosen) => need(Boolean(chosen), 'partnership', strings.error);

export { strings as partnershipStrings };
