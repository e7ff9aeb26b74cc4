// Examples of the entry page (guidance without an indicator matrix), with descriptions as the engine
// sends them (describe, no answers; indicator lists shortened): Walsall (a form and a lead to talk to,
// no number given for that) and Gloucestershire.

import { entryPage } from './entry.mjs';
import { walsall, gloucestershire } from '../../examples/described.mjs';

/** @typedef {import('../../examples/example.mjs').Example} Example */

const draw = (described) => (root) =>
  root.append(
    entryPage({ described, caption: described.partnership.name, onProcedure: () => {}, onScreen: () => {} }).node,
  );

/** @type {Example[]} */
export const examples = [
  { name: 'Walsall: entry steps, contacts and procedures', render: draw(walsall) },
  { name: 'Gloucestershire: entry steps, contacts and procedures', render: draw(gloucestershire) },
];
