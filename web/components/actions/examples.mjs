// Examples of the actions bar: on the result (copy, print, save, open, start again), on a procedure's
// outcome (no answers file), and the plain-text summaries it copies, from a result as the engine sends
// it (components/result/examples.mjs).

import { h } from '../../screener/dom.mjs';
import { actionsBar, screeningText, pathwayText } from './actions.mjs';
import { dudleyDescription, level3SeekConsent } from '../result/examples.mjs';
import { examplesStep } from '../pathway/examples.mjs';

/** @typedef {import('../../examples/example.mjs').Example} Example */

const answerLines = ['Immediate danger: No', 'Age: 7 years', 'Consent: Not yet asked'];
const text = (t) => (root) => root.append(h('pre', { class: 'govuk-body-s ts-examples__text', tabindex: '0' }, t));

/** @type {Example[]} */
export const examples = [
  {
    name: 'On the result',
    render: (root) =>
      root.append(
        actionsBar({
          summaryText: () => '',
          fullText: () => '',
          saveFile: () => ({ name: 'threshold-answers.json', text: '{}' }),
          openFile: () => ({ ok: true }),
          onStartAgain: () => {},
        }),
      ),
  },
  {
    name: "On a procedure's outcome",
    render: (root) =>
      root.append(
        actionsBar({
          summaryText: () => '',
          saveFile: null,
          openFile: null,
          onStartAgain: () => {},
          startAgainText: 'Start this procedure again',
        }),
      ),
  },
  {
    name: 'Copy summary: the short summary of a result',
    render: text(
      screeningText({
        described: dudleyDescription,
        outcome: level3SeekConsent,
        reference: 'CASE-123',
        answerLines,
        short: true,
      }),
    ),
  },
  {
    name: 'Copy summary: the full summary of a result',
    render: text(
      screeningText({
        described: dudleyDescription,
        outcome: level3SeekConsent,
        reference: '',
        answerLines,
        short: false,
      }),
    ),
  },
  {
    name: "Copy summary: a procedure's outcome",
    render: text(pathwayText({ described: dudleyDescription, step: examplesStep, date: '2026-11-23' })),
  },
];
