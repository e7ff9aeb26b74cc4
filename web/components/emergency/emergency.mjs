// The immediate-danger page: 999 first, in a panel of its own, then the partnership's local number,
// and nothing else in the way.

import { h, format } from '../../screener/dom.mjs';
import { contactBlock, quote } from '../contact/contact.mjs';
import strings from './strings.mjs';

/** The red 999 panel: the page heading on the emergency page, first on a result with danger. */
export function emergencyPanel() {
  return h(
    'div',
    { class: 'govuk-panel govuk-panel--interruption ts-emergency', 'data-module': 'ts-emergency' },
    h('h1', { class: 'govuk-panel__title js-ts-heading', tabindex: '-1' }, strings.title),
    h(
      'div',
      { class: 'govuk-panel__body' },
      h('p', { class: 'govuk-body ts-emergency__text' }, strings.body),
      h('a', { class: 'govuk-button govuk-button--inverse ts-emergency__call', href: 'tel:999' }, strings.callLink),
    ),
  );
}

/**
 * @param {object} o
 * @param {string} o.area the partnership's area
 * @param {string[]} o.text the partnership's words about an emergency
 * @param {import('../../screener/contract').Contact[]} o.contacts the local contacts to call next
 * @param {string} o.citation
 * @param {() => void} o.onCarryOn
 */
export function emergencyPage(o) {
  const text = Array.isArray(o.text) ? o.text : o.text ? [o.text] : [];
  return h(
    'div',
    { class: 'ts-emergency-page' },
    emergencyPanel(),
    h('h2', { class: 'govuk-heading-m' }, strings.thenTitle),
    h('p', { class: 'govuk-body' }, strings.thenIntro),
    (o.contacts ?? []).map((c) => contactBlock(c)),
    text.length
      ? [
          h('h2', { class: 'govuk-heading-s' }, format(strings.guidanceTitle, { name: o.area })),
          quote(text, o.citation),
        ]
      : null,
    h(
      'p',
      { class: 'govuk-body ts-emergency__carry-on' },
      h(
        'a',
        {
          class: 'govuk-link',
          href: '#',
          onclick: (ev) => {
            ev.preventDefault();
            o.onCarryOn();
          },
        },
        strings.carryOn,
      ),
    ),
  );
}
