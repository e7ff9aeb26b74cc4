// The context a question page gets from the shell (components/screener/screener.mjs, PageContext),
// for examples: answers as the shell keeps them, nothing wired to an engine.

import { emptyAnswers } from '../screener/answers.mjs';
import { asks, accepted } from '../screener/describe.mjs';
import { dudleyDescription } from '../components/result/examples.mjs';

/**
 * @param {HTMLElement} root where the page is drawn
 * @param {object} [o]
 * @param {object} [o.answers] answers to set over empty ones
 * @param {{field: string, text: string}[]} [o.errors]
 * @param {import('../screener/contract').Description|null} [o.described] the engine's description: which
 *   questions it asks and what each accepts (default: Dudley's, as the engine sends it)
 * @returns {import('../components/screener/screener.mjs').PageContext}
 */
export function pageContext(root, { answers = {}, errors = [], described = null } = {}) {
  return {
    answers: { ...emptyAnswers(), ...answers },
    caption: described?.partnership?.name ?? 'Dudley Safeguarding People Partnership',
    area: described?.partnership?.area ?? 'Dudley',
    levels: described?.levels ?? [],
    errors,
    changed: () => {},
    submit: () => {},
    asks: (q) => (described ? asks(described, q) : true),
    accepts: (fact) => accepted(described ?? dudleyDescription, fact),
    root,
    headingLevel: 1,
  };
}
