// Examples of "Is the baby non-mobile?" (asked for a baby under one, or once a concern about a
// non-mobile baby is ticked): for a baby and an older child, answered, and the error.

import { mobilityPage, checkMobility } from './mobility.mjs';
import { pageContext } from '../../examples/context.mjs';

/** @typedef {import('../../examples/example.mjs').Example} Example */

const draw =
  (answers, { check = false } = {}) =>
  (root) => {
    const errors = check ? checkMobility({ non_mobile: null, ...answers }) : [];
    root.append(mobilityPage(pageContext(root, { answers, errors })).node);
  };

/** @type {Example[]} */
export const examples = [
  { name: 'A baby, not answered', render: draw({ age: 'under_one', age_months: '4' }) },
  { name: 'A child of 3, non-mobile', render: draw({ age: 'years', age_years: '3', non_mobile: true }) },
  { name: 'Error: not answered', render: draw({ age: 'under_one', age_months: '4' }, { check: true }) },
];
