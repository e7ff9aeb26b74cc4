// Examples of "Which services are involved with the child now?": not answered, Early Help, stepped
// down recently (the weeks revealed), and the errors its own check gives.

import { involvementPage, checkInvolvement } from './involvement.mjs';
import { pageContext } from '../../examples/context.mjs';
import { emptyAnswers } from '../../screener/answers.mjs';

/** @typedef {import('../../examples/example.mjs').Example} Example */

const draw =
  (answers, { check = false } = {}) =>
  (root) => {
    const ctx = pageContext(root, { answers });
    const errors = check ? checkInvolvement({ ...emptyAnswers(), ...answers }, ctx.accepts) : [];
    root.append(involvementPage(pageContext(root, { answers, errors })).node);
  };

/** @type {Example[]} */
export const examples = [
  { name: 'Not answered', render: draw({}) },
  { name: 'Early Help', render: draw({ involvement: 'early_help' }) },
  { name: 'Stepped down 6 weeks ago', render: draw({ involvement: 'early_help', weeks_since_step_down: '6' }) },
  { name: 'Error: not answered', render: draw({}, { check: true }) },
  {
    name: 'Error: weeks not a number',
    render: draw({ involvement: 'early_help', weeks_since_step_down: 'six' }, { check: true }),
  },
];
