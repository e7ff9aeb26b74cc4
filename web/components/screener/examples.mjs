// Examples of the shell's own states: loading, and the messages it shows when the screener cannot run
// (the engine's errors as it sends them: a pack it refused, answers out of range).

import { h, format } from '../../screener/dom.mjs';
import { failurePanel, packProblems } from './failure.mjs';
import strings from './strings.mjs';

/** @typedef {import('../../screener/contract').EngineFailure} EngineFailure */
/** @typedef {import('../../examples/example.mjs').Example} Example */

/** load_pack of a pack with an unknown key and no calendar. */
/** @type {EngineFailure} */
const packRefused = {
  ok: false,
  error: {
    code: 'calendar.syntax',
    path: '',
    message: 'Not valid JSON at line 1, column 1: unexpected end of input; expected a value.',
  },
  errors: [
    {
      code: 'calendar.syntax',
      path: '',
      message: 'Not valid JSON at line 1, column 1: unexpected end of input; expected a value.',
    },
  ],
};

/** evaluate with age_years: 300. */
/** @type {EngineFailure} */
const answersRefused = {
  ok: false,
  error: {
    code: 'answers.bad_value',
    path: '/age_years',
    message: '300 is out of range: "age_years" must be between 0 and 25.',
  },
  errors: [
    {
      code: 'answers.bad_value',
      path: '/age_years',
      message: '300 is out of range: "age_years" must be between 0 and 25.',
    },
  ],
};

/** @type {Example[]} */
export const examples = [
  { name: 'Loading', render: (root) => root.append(h('p', { class: 'govuk-body', role: 'status' }, strings.loading)) },
  {
    name: 'The engine cannot start',
    render: (root) =>
      root.append(
        failurePanel({
          title: strings.engineErrorTitle,
          body: format(strings.engineErrorBody, { message: 'this browser cannot run WebAssembly' }),
          reference: 'reference/dudley.html',
        }),
      ),
  },
  {
    name: "A partnership's guidance refused, each problem with its pointer",
    render: (root) =>
      root.append(
        failurePanel({
          title: format(strings.packErrorTitle, { name: 'Dudley Safeguarding People Partnership' }),
          body: strings.packErrorIntro,
          extra: packProblems(packRefused),
          reference: 'reference/dudley.html',
        }),
      ),
  },
  {
    name: 'The list of partnerships cannot be loaded',
    render: (root) =>
      root.append(failurePanel({ title: strings.indexErrorTitle, body: 'packs/index.mjs could not be imported' })),
  },
  {
    name: 'Answers the engine refused (the result page)',
    render: (root) =>
      root.append(
        h('h1', { class: 'govuk-heading-l' }, strings.errorSummaryTitle),
        h('p', { class: 'govuk-body' }, format(strings.packErrorProblem, answersRefused.error)),
      ),
  },
];
