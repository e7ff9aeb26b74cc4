// Contacts and quotations, shared by every page that names who to ring or quotes the guidance: a
// contact's number as a tel: link with its hours and out-of-hours cover, the partnership's own words
// with the engine's citation under them.

import { h, format } from '../../screener/dom.mjs';
import { list } from '../../screener/list.mjs';
import strings from './strings.mjs';

/** The engine's citation under a quotation or a step (the engine formats it; the page shows it). */
export function sourceLine(source) {
  return source ? h('p', { class: 'govuk-body-s ts-quote__source' }, format(strings.source, { source })) : null;
}

/** Paragraphs of the partnership's own words, with the citation under them. */
export function quote(text, source) {
  return h(
    'blockquote',
    { class: 'ts-quote' },
    list(text).map((p) => h('p', { class: 'govuk-body ts-quote__text' }, p)),
    sourceLine(source),
  );
}

/**
 * GOV.UK warning text: the icon, "Warning" for a screen reader, then the content.
 * @param {any} content strings and nodes
 * @param {string} [extraClass] a class of the page's own beside govuk-warning-text
 */
export function warningText(content, extraClass = '') {
  return h(
    'div',
    { class: `govuk-warning-text${extraClass ? ` ${extraClass}` : ''}` },
    h('span', { class: 'govuk-warning-text__icon', 'aria-hidden': 'true' }, '!'),
    h(
      'strong',
      { class: 'govuk-warning-text__text' },
      h('span', { class: 'govuk-visually-hidden' }, `${strings.warning} `),
      content,
    ),
  );
}

/**
 * How current the guidance is, as the engine words it ("Guidance dated March 2021, checked 7 December
 * 2026."), and past its review-by date a warning that it may have been replaced, with the
 * partnership's own page where the guidance names one. The engine decides whether it is past.
 * @param {import('../../screener/contract').Currency | null | undefined} currency
 */
export function guidanceCurrency(currency) {
  if (!currency) return null;
  return [
    h('p', { class: 'govuk-body-s ts-currency' }, currency.text),
    currency.overdue && currency.overdue_text
      ? warningText(
          [
            currency.overdue_text,
            currency.url ? [' ', h('a', { class: 'govuk-link', href: currency.url }, strings.ownPage)] : null,
          ],
          'ts-currency__overdue',
        )
      : null,
  ];
}

/** "0300 555 0050" -> "tel:03005550050". */
export function telHref(phone) {
  return `tel:${String(phone).replace(/[^0-9+]/g, '')}`;
}

function phoneLink(phone, label) {
  return h(
    'a',
    {
      class: 'govuk-link ts-contact__phone',
      href: telHref(phone),
      'aria-label': label ? format(strings.callLabel, { label, phone }) : null,
    },
    phone,
  );
}

/** A contact in one or two lines: name, number (a tel: link), hours; out of hours under it. */
/** @param {import('../../screener/contract').Contact} c */
export function contactLine(c) {
  if (!c) return null;
  const ooh = c.out_of_hours;
  const webOnly = !c.phone && c.url && !c.hours;
  return h(
    'div',
    { class: 'ts-contact', 'data-contact': c.id ?? '' },
    // A contact reached only through its website is named once, by its link.
    webOnly
      ? null
      : h(
          'p',
          { class: 'govuk-body-s ts-contact__main' },
          h('span', { class: 'ts-contact__label' }, c.label),
          c.phone ? [' ', phoneLink(c.phone, c.label)] : null,
          c.hours ? h('span', { class: 'ts-contact__hours' }, ` ${c.hours}`) : null,
        ),
    ooh && (ooh.phone || ooh.label)
      ? h(
          'p',
          { class: 'govuk-body-s ts-contact__ooh' },
          format(strings.outOfHoursLine, { label: ooh.label ?? '' }),
          ooh.phone ? [' ', phoneLink(ooh.phone, ooh.label)] : null,
          ooh.hours ? h('span', { class: 'ts-contact__hours' }, ` ${ooh.hours}`) : null,
        )
      : null,
    !c.phone && c.url
      ? h(
          'p',
          { class: `govuk-body${webOnly ? '-s' : ''} ts-contact__url` },
          h(
            'a',
            { class: 'govuk-link', href: c.url, rel: 'noopener noreferrer', target: '_blank' },
            format(strings.website, { label: c.label }),
          ),
        )
      : null,
    !c.phone && c.email
      ? h('p', { class: 'govuk-body' }, h('a', { class: 'govuk-link', href: `mailto:${c.email}` }, c.email))
      : null,
  );
}

/** A full contact block (the emergency page): the same lines and the contact's notes. */
/** @param {import('../../screener/contract').Contact} c */
export function contactBlock(c) {
  const el = contactLine(c);
  if (el && c.notes) el.append(h('p', { class: 'govuk-body-s' }, c.notes));
  return el;
}

export { strings as contactStrings };
