// What the shell shows when the screener cannot run: an error summary that says why, with a link to
// the guidance as a static page where there is one (the static fallback stays on show under it).

import { h, format } from '../../screener/dom.mjs';
import strings from './strings.mjs';

/**
 * @param {object} o
 * @param {string} o.title
 * @param {string} o.body
 * @param {Node|null} [o.extra] more detail under the body (the problems found in a pack)
 * @param {string|null} [o.reference] the pack's static reference
 */
export function failurePanel({ title, body, extra = null, reference = null }) {
  return h(
    'div',
    { class: 'govuk-error-summary ts-screener__failure', role: 'alert', tabindex: '-1' },
    h('h2', { class: 'govuk-error-summary__title' }, title),
    h(
      'div',
      { class: 'govuk-error-summary__body' },
      h('p', { class: 'govuk-body' }, body),
      extra,
      reference
        ? h('p', { class: 'govuk-body' }, h('a', { class: 'govuk-link', href: reference }, strings.packErrorReference))
        : null,
    ),
  );
}

/**
 * The engine's problems with a pack (its errors, at most 20), each with its JSON Pointer and code.
 * @param {{error?: {code: string, message: string, path?: string}, errors?: {code: string, message: string, path?: string, pointer?: string}[]}} r
 */
export function packProblems(r) {
  const problems = (r.errors ?? [r.error]).slice(0, 20);
  return h(
    'ul',
    { class: 'govuk-list govuk-list--bullet ts-screener__problems' },
    problems.map((e) =>
      h('li', null, format(strings.packErrorProblem, { path: e.path || '/', message: e.message, code: e.code })),
    ),
  );
}
