// The start page (GOV.UK start page pattern): what the service does and does not do, "If a child is
// in immediate danger, call 999" as warning text on the very first screen, the guidance it uses with
// its date ("undated" when it has none), the privacy promise, Start now, the procedures and the
// offline download.

import { h, format } from '../../screener/dom.mjs';
import { guidanceCurrency, warningText } from '../contact/contact.mjs';
import strings from './strings.mjs';

/** GOV.UK warning text: "If a child is in immediate danger, call 999." with a call link. */
export function dangerWarning() {
  return warningText(
    [strings.dangerWarning, ' ', h('a', { class: 'govuk-link ts-start__call', href: 'tel:999' }, strings.call999)],
    'ts-start__danger',
  );
}

/** GOV.UK's start button arrow: the svg's attributes and its path. */
export const START_ARROW = {
  svg: {
    class: 'govuk-button__start-icon',
    xmlns: 'http://www.w3.org/2000/svg',
    width: '17.5',
    height: '19',
    viewBox: '0 0 33 40',
    'aria-hidden': 'true',
    focusable: 'false',
  },
  path: { fill: 'currentColor', d: 'M0 0h13l20 20-20 20H0l20-20z' },
};

/**
 * Start now on the static first screen (index.html, embed.html) is a link to #first-question: it
 * works before any script has run, and the screener, finding it in the address as it draws its first
 * page, opens what Start now opens.
 */
export const EARLY_START = 'first-question';

const arrow = () => {
  const svg = document.createElementNS(START_ARROW.svg.xmlns, 'svg');
  for (const [k, v] of Object.entries(START_ARROW.svg)) svg.setAttribute(k, v);
  const path = document.createElementNS(START_ARROW.svg.xmlns, 'path');
  for (const [k, v] of Object.entries(START_ARROW.path)) path.setAttribute(k, v);
  svg.append(path);
  return svg;
};

function procedureLinks(pathways, onOpen) {
  return h(
    'ul',
    { class: 'govuk-list ts-start__procedures' },
    pathways.map((p) =>
      h(
        'li',
        null,
        h(
          'a',
          {
            class: 'govuk-link',
            href: '#',
            'data-pathway': p.id,
            onclick: (ev) => {
              ev.preventDefault();
              onOpen(p.id);
            },
          },
          p.short_title || p.title,
        ),
      ),
    ),
  );
}

/**
 * @param {object} o
 * @param {import('../../screener/contract').Description|null} o.described the fixed partnership's description, or null (choose one next)
 * @param {{id: string, name: string, area?: string, document_title?: string, published?: string, currency?: string, pathways?: {id: string, title: string}[]}[]} o.index
 * @param {string|null} o.offlineUrl
 * @param {() => void} o.onStart
 * @param {(packId: string, pathwayId: string) => void} o.onProcedure
 * @param {Node} [o.resume] "Carry on from a saved answers file"
 */
export function startPage(o) {
  const d = o.described;
  const guidance = d
    ? [
        h(
          'p',
          { class: 'govuk-body' },
          format(strings.guidanceOne, { title: d.partnership.document_title, name: d.partnership.name }),
        ),
        guidanceCurrency(d.partnership.currency),
      ]
    : [
        h(
          'ul',
          { class: 'govuk-list govuk-list--bullet ts-start__guidance' },
          o.index.map((p) =>
            h(
              'li',
              null,
              format(strings.guidanceOne, { title: p.document_title ?? '', name: p.name }),
              p.currency ? ` ${p.currency}` : ` (${p.published || strings.undated})`,
            ),
          ),
        ),
      ];
  const procedures = d
    ? (d.pathways ?? []).length
      ? [
          h('h2', { class: 'govuk-heading-m' }, strings.proceduresTitle),
          procedureLinks(d.pathways, (id) => o.onProcedure(null, id)),
        ]
      : []
    : [
        h('h2', { class: 'govuk-heading-m' }, strings.proceduresTitle),
        h('p', { class: 'govuk-body' }, strings.proceduresIntro),
        o.index
          .filter((p) => (p.pathways ?? []).length)
          .map((p) =>
            h(
              'details',
              { class: 'govuk-details ts-start__area' },
              h(
                'summary',
                { class: 'govuk-details__summary' },
                h(
                  'span',
                  { class: 'govuk-details__summary-text' },
                  format(strings.proceduresFor, { area: p.area ?? p.name }),
                ),
              ),
              h(
                'div',
                { class: 'govuk-details__text' },
                procedureLinks(p.pathways, (id) => o.onProcedure(p.id, id)),
              ),
            ),
          ),
      ];
  return {
    title: strings.title,
    node: h(
      'div',
      { class: 'ts-start', 'data-module': 'ts-start' },
      h(
        'h1',
        { class: 'govuk-heading-xl js-ts-heading', tabindex: '-1' },
        d ? h('span', { class: 'govuk-caption-xl' }, d.partnership.name) : null,
        strings.title,
      ),
      dangerWarning(),
      h('p', { class: 'govuk-body-l' }, strings.lead),
      h('p', { class: 'govuk-body' }, strings.doesTitle),
      h(
        'ul',
        { class: 'govuk-list govuk-list--bullet' },
        strings.does.map((t) => h('li', null, t)),
      ),
      h('p', { class: 'govuk-body' }, strings.doesNot),
      h('p', { class: 'govuk-body' }, strings.privacy),
      h(
        'button',
        {
          type: 'button',
          class: 'govuk-button govuk-button--start js-ts-start',
          'data-module': 'govuk-button',
          onclick: o.onStart,
        },
        strings.startNow,
        arrow(),
      ),
      h('h2', { class: 'govuk-heading-m' }, strings.guidanceTitle),
      guidance,
      procedures,
      o.resume,
      o.offlineUrl
        ? [
            h(
              'p',
              { class: 'govuk-body ts-start__offline' },
              h('a', { class: 'govuk-link', href: o.offlineUrl, download: 'threshold-screener.html' }, strings.offline),
            ),
            h('p', { class: 'govuk-body-s' }, strings.offlineHint),
          ]
        : null,
    ),
  };
}

export { strings as startStrings };
