// Examples of the consent question: not answered, each answer, and the error its own check gives.

import { consentPage, checkConsent } from './consent.mjs';
import { pageContext } from '../../examples/context.mjs';
import { accepted } from '../../screener/describe.mjs';
import { dudleyDescription } from '../result/examples.mjs';

/** @typedef {import('../../examples/example.mjs').Example} Example */

const draw =
  (answers, errors = []) =>
  (root) =>
    root.append(consentPage(pageContext(root, { answers, errors })).node);

/** @type {Example[]} */
export const examples = [
  { name: 'Not answered', render: draw({}) },
  ...accepted(dudleyDescription, 'consent').options.map((consent) => ({
    name: `Answered: ${consent}`,
    render: draw({ consent }),
  })),
  { name: 'Error: not answered', render: draw({}, checkConsent({ consent: null })) },
];
