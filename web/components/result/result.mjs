// The result of a screening: the level with the indicative notice, why (each reason quoted with its
// citation), what to do now (route and contacts as tel: links), consent, strategy discussion, other
// routes, deadlines as dates, prompts, the referral checklist and the pathways that apply.

import { h, format } from '../../screener/dom.mjs';
import { longDate, duration } from '../../screener/dates.mjs';
import { heading } from '../question/question.mjs';
import { emergencyPanel } from '../emergency/emergency.mjs';
import strings from './strings.mjs';

const list = (v) => (Array.isArray(v) ? v : v == null || v === '' ? [] : [v]);

/** Paragraphs of the partnership's own words, with the citation under them. */
export function quote(text, source) {
  return h(
    'blockquote',
    { class: 'govuk-inset-text ts-quote' },
    list(text).map((p) => h('p', { class: 'govuk-body ts-quote__text' }, p)),
    source ? h('p', { class: 'govuk-body-s ts-quote__source' }, format(strings.source, { source })) : null,
  );
}

/** "0300 555 0050" -> "tel:03005550050". */
export function telHref(phone) {
  return `tel:${String(phone).replace(/[^0-9+]/g, '')}`;
}

function phoneLink(phone) {
  return h('a', { class: 'govuk-link ts-contact__phone', href: telHref(phone) }, phone);
}

/** A contact with its numbers as tel: links, hours and out-of-hours cover. */
export function contactBlock(c) {
  if (!c) return null;
  const rows = [];
  const row = (key, value) => rows.push(h('div', { class: 'govuk-summary-list__row' }, h('dt', { class: 'govuk-summary-list__key' }, key), h('dd', { class: 'govuk-summary-list__value' }, value)));
  if (c.phone) row(strings.phone, phoneLink(c.phone));
  if (c.hours) row(strings.hours, c.hours);
  const ooh = c.out_of_hours;
  if (ooh && (ooh.phone || ooh.label)) {
    row(strings.outOfHours, [
      ooh.label ? h('span', { class: 'ts-contact__ooh-label' }, ooh.label) : null,
      ooh.phone ? [' ', phoneLink(ooh.phone)] : null,
      ooh.hours ? h('span', { class: 'ts-contact__ooh-hours' }, ooh.hours) : null,
    ]);
  }
  if (c.email) row(strings.email, h('a', { class: 'govuk-link', href: `mailto:${c.email}` }, c.email));
  if (c.url) row(strings.website, h('a', { class: 'govuk-link', href: c.url, rel: 'noopener noreferrer', target: '_blank' }, c.url));
  return h(
    'div',
    { class: 'ts-contact', 'data-contact': c.id ?? '' },
    h('h3', { class: 'govuk-heading-s ts-contact__label' }, c.label),
    rows.length ? h('dl', { class: 'govuk-summary-list govuk-summary-list--no-border ts-contact__list' }, rows) : null,
    c.notes ? h('p', { class: 'govuk-body-s' }, c.notes) : null,
  );
}

/** Contacts that may be ids (resolved against the pack) or contact objects. */
export function resolveContacts(contacts, pack) {
  const byId = new Map((pack?.contacts ?? []).map((c) => [c.id, c]));
  return list(contacts).map((c) => (typeof c === 'string' ? byId.get(c) : c)).filter(Boolean);
}

/** The live announcement of the level so far. */
export function liveText(outcome) {
  if (!outcome) return '';
  if (outcome.immediate_action === 'call_999') return strings.dangerFirst;
  if (outcome.level == null) return strings.liveNoLevel;
  return format(strings.liveLevel, { number: outcome.level, label: outcome.level_label ?? '' });
}

function section(title, ...children) {
  return h('section', { class: 'ts-result__section' }, h('h2', { class: 'govuk-heading-m' }, title), children);
}

/**
 * @param {object} o
 * @param {object} o.pack
 * @param {object} o.outcome
 * @param {string} o.caption
 * @param {string[]} [o.notes] notes from the page itself
 * @param {{name: string, items: string[]}} [o.notCovered] what the source does not cover
 * @param {Node} o.answers summary list of the answers
 * @param {Node} o.actions print / copy / save / open / start again
 * @param {(id: string) => void} o.onPathway
 */
export function resultPage(o) {
  const { outcome, pack } = o;
  const danger = outcome.immediate_action === 'call_999';
  const domainLabel = new Map((pack.domains ?? []).map((d) => [d.id, d.label]));
  const levelTitle = outcome.level == null
    ? strings.titleNoLevel
    : format(strings.title, { number: outcome.level });
  const reasons = list(outcome.reasons);
  const strengths = list(outcome.strengths);
  const notApplicable = list(outcome.not_applicable);
  const notes = [...list(outcome.notes).map((n) => n.text), ...list(o.notes)];
  const consent = outcome.consent ?? {};
  const advisories = list(outcome.advisories);
  const deadlines = list(outcome.deadlines);
  const prompts = list(outcome.prompts);
  const checklist = outcome.checklist;
  const pathways = list(outcome.pathways);
  const route = outcome.route;

  return h(
    'div',
    { class: 'ts-result', 'data-module': 'ts-result' },
    danger ? emergencyPanel() : null,
    h(
      'div',
      { class: 'ts-result__level' },
      danger
        ? h('h2', { class: 'govuk-heading-l' }, h('span', { class: 'govuk-caption-l' }, o.caption), levelTitle)
        : heading(levelTitle, { caption: o.caption }),
      outcome.level != null && outcome.level_label ? h('p', { class: 'govuk-body-l ts-result__label' }, outcome.level_label) : null,
      outcome.level_summary ? h('p', { class: 'govuk-body' }, outcome.level_summary) : null,
      outcome.level == null ? h('p', { class: 'govuk-body' }, strings.noLevelBody) : null,
      h(
        'div',
        { class: 'govuk-warning-text ts-result__notice' },
        h('span', { class: 'govuk-warning-text__icon', 'aria-hidden': 'true' }, '!'),
        h('strong', { class: 'govuk-warning-text__text' }, h('span', { class: 'govuk-visually-hidden' }, 'Warning '), outcome.indicative_notice || strings.indicativeDefault),
      ),
    ),

    section(
      strings.whyTitle,
      reasons.length
        ? reasons.map((r) =>
            h(
              'div',
              { class: 'ts-result__reason', 'data-indicator': r.indicator ?? '', 'data-rule': r.rule ?? '' },
              h('p', { class: 'govuk-body-s ts-result__reason-meta' }, format(r.domain ? strings.reasonMeta : strings.reasonMetaNoDomain, { level: r.level, domain: domainLabel.get(r.domain) ?? r.domain })),
              quote(r.text, r.source),
            ),
          )
        : h('p', { class: 'govuk-body' }, strings.whyNone),
      strengths.length
        ? [h('h3', { class: 'govuk-heading-s' }, strings.strengthsTitle), strengths.map((s) => quote(s.text, s.source))]
        : null,
      notApplicable.length
        ? [h('h3', { class: 'govuk-heading-s' }, strings.notApplicableTitle), h('ul', { class: 'govuk-list govuk-list--bullet' }, notApplicable.map((n) => h('li', null, format(strings.notApplicableItem, n))))]
        : null,
      notes.length
        ? [h('h3', { class: 'govuk-heading-s' }, strings.notesTitle), h('ul', { class: 'govuk-list govuk-list--bullet' }, notes.map((t) => h('li', null, t)))]
        : null,
    ),

    route
      ? section(
          strings.doNowTitle,
          h('h3', { class: 'govuk-heading-s ts-result__route' }, route.label),
          list(route.text).length ? quote(route.text, route.source) : null,
          resolveContacts(route.contacts, pack).map(contactBlock),
        )
      : null,

    section(
      strings.consentTitle,
      h('p', { class: 'govuk-body' }, strings.consentState[consent.state] ?? strings.consentState.not_given),
      // No consent entry for this level: say so, rather than imply a rule the guidance does not give.
      !list(consent.guidance).length
        ? h('p', { class: 'govuk-body' }, strings.consentNone)
        : [
            h('p', { class: 'govuk-body' }, consent.required ? strings.consentRequired : strings.consentNotRequired),
            consent.may_proceed_without
              ? h('p', { class: 'govuk-body govuk-!-font-weight-bold' }, strings.consentMayProceed)
              : consent.state === 'refused'
                ? h('p', { class: 'govuk-body govuk-!-font-weight-bold' }, strings.consentMayNotProceed)
                : consent.state === 'would_increase_risk'
                  ? h('p', { class: 'govuk-body govuk-!-font-weight-bold' }, strings.consentFollowGuidance)
                  : null,
            list(consent.guidance).map((g) => quote(g.text, g.source)),
          ],
    ),

    outcome.strategy_discussion
      ? section(
          strings.strategyTitle,
          h('p', { class: 'govuk-body govuk-!-font-weight-bold' }, strings.strategyYes),
          list(outcome.strategy_discussion_reasons).length ? h('p', { class: 'govuk-body' }, strings.strategyBecause) : null,
          list(outcome.strategy_discussion_reasons).map((r) => quote(r.text, r.source)),
          pack.strategy_discussion?.text ? quote(pack.strategy_discussion.text, null) : null,
        )
      : null,

    advisories.length
      ? section(
          strings.advisoriesTitle,
          advisories.map((a) => h('div', { class: 'ts-result__advisory', 'data-advisory': a.id }, quote(a.text, a.source), resolveContacts(a.contacts, pack).map(contactBlock))),
        )
      : null,

    deadlines.length
      ? section(
          strings.deadlinesTitle,
          h(
            'dl',
            { class: 'govuk-summary-list ts-result__deadlines' },
            deadlines.map((d) =>
              h(
                'div',
                { class: 'govuk-summary-list__row', 'data-deadline': d.id },
                h('dt', { class: 'govuk-summary-list__key' }, d.label),
                h(
                  'dd',
                  { class: 'govuk-summary-list__value' },
                  d.due ? h('p', { class: 'govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-1' }, h('time', { datetime: d.due }, format(strings.deadlineDue, { date: longDate(d.due) }))) : null,
                  h('p', { class: 'govuk-body-s govuk-!-margin-bottom-1' }, format(d.starts ? strings.deadlineStarts : strings.deadlineNoDate, { duration: duration(d.amount, d.unit), starts: d.starts ?? '' })),
                  d.source ? h('p', { class: 'govuk-body-s ts-quote__source' }, format(strings.source, { source: d.source })) : null,
                ),
              ),
            ),
          ),
        )
      : null,

    prompts.length
      ? section(
          strings.promptsTitle,
          prompts.map((p) => [
            h('h3', { class: 'govuk-heading-s' }, p.label),
            h('ul', { class: 'govuk-list govuk-list--bullet' }, list(p.items).map((i) => h('li', null, i))),
            p.source ? h('p', { class: 'govuk-body-s ts-quote__source' }, format(strings.source, { source: p.source })) : null,
          ]),
        )
      : null,

    checklist && list(checklist.groups).length
      ? section(
          strings.checklistTitle,
          checklist.label ? h('p', { class: 'govuk-body' }, checklist.label) : null,
          list(checklist.groups).map((g) => [
            h('h3', { class: 'govuk-heading-s' }, g.label),
            h('ul', { class: 'govuk-list govuk-list--bullet' }, list(g.items).map((i) => h('li', null, i))),
            g.source ? h('p', { class: 'govuk-body-s ts-quote__source' }, format(strings.source, { source: g.source })) : null,
          ]),
        )
      : null,

    pathways.length
      ? section(
          strings.pathwaysTitle,
          h('p', { class: 'govuk-body' }, strings.pathwaysIntro),
          h(
            'ul',
            { class: 'govuk-list' },
            pathways.map((p) =>
              h('li', null, h('a', { class: 'govuk-link js-ts-pathway-link', href: '#', 'data-pathway': p.id, onclick: (ev) => { ev.preventDefault(); o.onPathway(p.id); } }, p.link_text || p.title)),
            ),
          ),
        )
      : null,

    o.notCovered && list(o.notCovered.items).length
      ? h(
          'details',
          { class: 'govuk-details ts-result__not-covered' },
          h('summary', { class: 'govuk-details__summary' }, h('span', { class: 'govuk-details__summary-text' }, format(strings.notCoveredTitle, { name: o.notCovered.name }))),
          h('div', { class: 'govuk-details__text' }, h('ul', { class: 'govuk-list govuk-list--bullet' }, list(o.notCovered.items).map((t) => h('li', null, t)))),
        )
      : null,
    o.answers,
    o.actions,
  );
}
