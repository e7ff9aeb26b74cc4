// A partnership's entry page, for guidance without an indicator matrix: what the guidance does cover
// first — what to do now and who to ring (the engine's entry steps, from its procedures and contacts),
// the procedures as a step-by-step overview — then the screening, offered rather than imposed, and
// what the guidance does not cover, collapsed.

import { h, format } from '../../screener/dom.mjs';
import { dangerWarning } from '../start/start.mjs';
import { nextSteps, stepSources } from '../steps/steps.mjs';
import { contactBlock } from '../contact/contact.mjs';
import { procedureOverview } from '../pathway/pathway.mjs';
import { notCoveredDetails } from '../seeing/seeing.mjs';
import strings from './strings.mjs';

/**
 * @param {object} o
 * @param {object} o.described
 * @param {string} o.caption
 * @param {(id: string) => void} o.onProcedure
 * @param {() => void} o.onScreen
 */
export function entryPage(o) {
  const d = o.described;
  const p = d.partnership;
  const area = p.area ?? p.name;
  const steps = d.entry_steps ?? [];
  // Who the guidance says to contact, numbers first; a contact already in a step is not repeated.
  const inSteps = new Set(steps.flatMap((x) => (x.contacts ?? []).map((c) => c.id)));
  const contacts = (d.contacts ?? [])
    .filter((c) => !inSteps.has(c.id))
    .sort((a, b) => Number(Boolean(b.phone)) - Number(Boolean(a.phone)));
  const title = format(strings.title, { area });
  return {
    title,
    node: h(
      'div',
      { class: 'ts-entry', 'data-module': 'ts-entry' },
      h(
        'h1',
        { class: 'govuk-heading-l js-ts-heading', tabindex: '-1' },
        h('span', { class: 'govuk-caption-l' }, o.caption),
        strings.heading,
      ),
      dangerWarning(),
      h('h2', { class: 'govuk-heading-m' }, strings.nowTitle),
      steps.length ? [nextSteps(steps), stepSources(steps)] : h('p', { class: 'govuk-body' }, strings.nowNone),
      // Which document, after what to do: on a phone the steps and their number come first.
      h(
        'p',
        { class: 'govuk-body-s ts-entry__guidance' },
        format(strings.guidance, { title: p.document_title, date: p.date_text }),
      ),
      contacts.length
        ? [
            h('h2', { class: 'govuk-heading-m' }, strings.contactsTitle),
            // Only where no number is given at all: a number in a step above is a number given.
            contacts.some((c) => c.phone) || steps.some((x) => (x.contacts ?? []).some((c) => c.phone))
              ? null
              : h('p', { class: 'govuk-body ts-entry__no-phone' }, format(strings.noPhone, { name: p.name })),
            h(
              'ul',
              { class: 'govuk-list ts-entry__contacts' },
              contacts.map((c) => h('li', null, contactBlock(c))),
            ),
          ]
        : null,
      (d.pathways ?? []).length
        ? [
            h('h2', { class: 'govuk-heading-m' }, strings.proceduresTitle),
            h('p', { class: 'govuk-body' }, strings.proceduresIntro),
            procedureOverview(d.pathways, o.onProcedure),
          ]
        : null,
      h('h2', { class: 'govuk-heading-m' }, strings.screenTitle),
      h('p', { class: 'govuk-body' }, format(strings.screenIntro, { area })),
      h(
        'button',
        { type: 'button', class: 'govuk-button js-ts-screen', 'data-module': 'govuk-button', onclick: o.onScreen },
        strings.screen,
      ),
      notCoveredDetails(area, p.not_covered),
    ),
  };
}
