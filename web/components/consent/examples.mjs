// Examples of the consent question: not answered, each answer, and the error its own check gives.

import { consentPage, checkConsent } from './consent.mjs';
import { pageContext } from '../../examples/context.mjs';
import { CONSENT } from '../../screener/answers.mjs';

/** @typedef {import('../../examples/example.mjs').Example} Example */

const draw =
  (answers, errors = []) =>
  (root) =>
    root.append(consentPage(pageContext(root, { answers, errors })).node);

/** @type {Example[]} */
export const examples = [
  { name: 'Not answered', render: draw({}) },
  ...CONSENT.map((consent) => ({ name: `Answered: ${consent}`, render: draw({ consent }) })),
  { name: 'Error: not answered', render: draw({}, checkConsent({ consent: null })) },
];
