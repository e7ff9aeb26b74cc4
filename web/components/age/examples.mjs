// Examples of "How old is the child?": not answered, each band (months and years revealed), and the
// errors its own check gives.

import { agePage, checkAge } from './age.mjs';
import { pageContext } from '../../examples/context.mjs';
import { emptyAnswers } from '../../screener/answers.mjs';

/** @typedef {import('../../examples/example.mjs').Example} Example */

const draw =
  (answers, { check = false } = {}) =>
  (root) => {
    const ctx = pageContext(root, { answers });
    const errors = check ? checkAge({ ...emptyAnswers(), ...answers }, ctx.accepts) : [];
    root.append(agePage(pageContext(root, { answers, errors })).node);
  };

/** @type {Example[]} */
export const examples = [
  { name: 'Not answered', render: draw({}) },
  { name: 'Unborn', render: draw({ age: 'unborn' }) },
  { name: 'Under one: 4 months', render: draw({ age: 'under_one', age_months: '4' }) },
  { name: 'One or older: 7 years', render: draw({ age: 'years', age_years: '7' }) },
  { name: 'Error: not answered', render: draw({}, { check: true }) },
  { name: 'Error: months out of range', render: draw({ age: 'under_one', age_months: '14' }, { check: true }) },
  { name: 'Error: years not a number', render: draw({ age: 'years', age_years: 'seven' }, { check: true }) },
];
