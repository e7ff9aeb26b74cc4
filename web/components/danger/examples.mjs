// Examples of "Is the child in immediate danger?": not answered, each answer, and the error its own
// check gives when Continue is pressed without one.

import { dangerPage, checkDanger } from './danger.mjs';
import { pageContext } from '../../examples/context.mjs';

/** @typedef {import('../../examples/example.mjs').Example} Example */

const draw = (answers) => (root) => {
  const ctx = pageContext(root, { answers });
  root.append(dangerPage(ctx).node);
};
const refused = (answers) => (root) =>
  root.append(dangerPage(pageContext(root, { answers, errors: checkDanger({ ...answers }) })).node);

/** @type {Example[]} */
export const examples = [
  { name: 'Not answered', render: draw({}) },
  { name: 'Yes', render: draw({ immediate_danger: true }) },
  { name: 'No', render: draw({ immediate_danger: false }) },
  { name: 'Error: not answered', render: refused({ immediate_danger: null }) },
];
