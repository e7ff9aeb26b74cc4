// Examples of the GOV.UK question building blocks every question page is made of.

import { h } from '../../screener/dom.mjs';
import { radios, textInput, checkbox, errorSummary, continueButton, heading, form } from './question.mjs';

/** @typedef {import('../../examples/example.mjs').Example} Example */

const yesNo = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
];

/** @type {Example[]} */
export const examples = [
  {
    name: 'Heading with a caption',
    render: (root) => root.append(heading('How old is the child?', { caption: 'Dudley' })),
  },
  {
    name: 'Radios, inline, not answered',
    render: (root) =>
      root.append(
        form(
          () => {},
          radios({
            name: 'q1',
            title: 'Is the child in immediate danger?',
            options: yesNo,
            value: null,
            inline: true,
            onChange: () => {},
          }),
        ),
      ),
  },
  {
    name: 'Radios with hints and a conditional reveal, answered',
    render: (root) =>
      root.append(
        form(
          () => {},
          radios({
            name: 'q2',
            title: 'How old is the child?',
            hint: 'An age band is enough.',
            options: [
              { value: 'unborn', label: 'Unborn', hint: 'Pregnancy' },
              {
                value: 'years',
                label: 'One or older',
                conditional: textInput({ name: 'q2-years', label: 'Age in years', value: '7', onInput: () => {} }),
              },
            ],
            value: 'years',
            onChange: () => {},
          }),
        ),
      ),
  },
  {
    name: 'Radios with an error',
    render: (root) =>
      root.append(
        form(
          () => {},
          radios({
            name: 'q3',
            title: 'Has the family agreed?',
            options: yesNo,
            value: null,
            error: 'Select whether the family has agreed',
            onChange: () => {},
          }),
        ),
      ),
  },
  {
    name: 'Text input with an error',
    render: (root) =>
      root.append(
        form(
          () => {},
          textInput({
            name: 'q4',
            label: 'Weeks since the step down',
            value: 'six',
            error: 'Enter the weeks as a number',
            onInput: () => {},
          }),
        ),
      ),
  },
  {
    name: 'Checkbox, ticked',
    render: (root) =>
      root.append(
        h(
          'div',
          { class: 'govuk-checkboxes' },
          checkbox({
            value: 'x',
            label: 'Bruising on a non-mobile baby',
            hint: 'Level 4',
            checked: true,
            onChange: () => {},
          }),
        ),
      ),
  },
  {
    name: 'Error summary',
    render: (root) => root.append(errorSummary([{ text: 'Select how old the child is', target: () => null }])),
  },
  { name: 'Continue button', render: (root) => root.append(continueButton(() => {})) },
];
