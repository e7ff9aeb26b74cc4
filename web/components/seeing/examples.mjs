// Examples of "What are you seeing?" as the screener asks it: the indicators, and the agreed level
// where a partnership's guidance has no matrix (Luton), with describe() as the engine sends it (a
// 7-year-old; indicator lists shortened).

import { seeingPage } from './seeing.mjs';
import { pageContext } from '../../examples/context.mjs';
import { dudley, luton } from '../../examples/described.mjs';

/** @typedef {import('../../examples/example.mjs').Example} Example */

const draw =
  (described, opts = {}) =>
  (root) =>
    root.append(
      seeingPage(pageContext(root, { described, ...opts }), { described, search: () => ({ ok: true, results: [] }) })
        .node,
    );

/** @type {Example[]} */
export const examples = [
  { name: 'Indicators, nothing ticked (Dudley)', render: draw(dudley) },
  {
    name: 'Indicators, two ticked',
    render: draw(dudley, {
      answers: { indicators: new Set(dudley.domains[0].indicators.slice(0, 2).map((i) => i.id)) },
    }),
  },
  {
    name: 'Error: nothing ticked',
    render: draw(dudley, { errors: [{ field: 'indicators', text: 'Select what you are seeing, or "None of these"' }] }),
  },
  { name: 'Indicators and the agreed level (Luton)', render: draw(luton) },
];
