// "What are you seeing?": the pack's indicators by domain as GOV.UK checkboxes inside details
// elements, concerns apart from strengths, each with its level tag and flags, and a search box that
// filters as you type through the engine's search.

import { h, format, uid } from '../../screener/dom.mjs';
import { checkbox, heading } from '../question/question.mjs';
import strings from './strings.mjs';

const LEVEL_TAG = ['govuk-tag--grey', 'govuk-tag--green', 'govuk-tag--blue', 'govuk-tag--yellow', 'govuk-tag--red', 'govuk-tag--purple'];

/** A level tag: "Level 4" in the colour the level's number suggests. */
export function levelTag(number) {
  const colour = LEVEL_TAG[Math.min(Number(number) || 0, LEVEL_TAG.length - 1)];
  return h('strong', { class: `govuk-tag ${colour} ts-indicators__tag` }, format(strings.levelTag, { number }));
}

/** Every age/mobility condition named in an applies_when, for the hint. */
function appliesTo(cond, out = []) {
  if (!cond || typeof cond !== 'object') return out;
  if (cond.age_group && strings.appliesWhen[cond.age_group]) out.push(strings.appliesWhen[cond.age_group]);
  if (cond.fact === 'non_mobile' && cond.value === true) out.push(strings.appliesWhen.non_mobile);
  if (cond.fact === 'unborn' && cond.value === true) out.push(strings.appliesWhen.unborn);
  for (const k of ['all', 'any']) if (Array.isArray(cond[k])) cond[k].forEach((c) => appliesTo(c, out));
  return out;
}

/**
 * The indicators page.
 * @param {object} o
 * @param {object} o.pack parsed pack
 * @param {Set<string>} o.ticked
 * @param {(id: string, on: boolean) => void} o.onToggle
 * @param {(query: string) => {ok: boolean, results?: {id: string}[], error?: object}} o.search
 * @param {string} o.caption
 * @param {Node} o.live the live level region (kept by the shell)
 */
export function indicatorsPage(o) {
  const pack = o.pack;
  const domains = pack.domains ?? [];
  const items = new Map(); // id -> item element
  const sections = []; // {details, ids, summaryText, label}

  const item = (ind) => {
    const flags = [];
    if (ind.immediate_danger) flags.push(strings.immediateFlag);
    if (ind.strategy_discussion) flags.push(strings.strategyFlag);
    if (ind.consent_may_increase_risk) flags.push(strings.consentRiskFlag);
    const applies = appliesTo(ind.applies_when);
    const hint = h(
      'span',
      { class: 'ts-indicators__meta' },
      ind.kind === 'strength' ? null : levelTag(ind.level),
      flags.map((f) => h('strong', { class: 'govuk-tag govuk-tag--orange ts-indicators__tag' }, f)),
      applies.length ? h('span', { class: 'ts-indicators__applies' }, format(strings.appliesPrefix, { what: applies.join(', ') })) : null,
      ind.hint ? h('span', { class: 'ts-indicators__hint' }, ind.hint) : null,
    );
    const el = checkbox({
      value: ind.id,
      label: ind.text,
      hint: ind.kind === 'strength' && !ind.hint && !applies.length ? null : hint,
      checked: o.ticked.has(ind.id),
      onChange: (on) => {
        o.onToggle(ind.id, on);
        updateCounts();
      },
    });
    el.classList.add('ts-indicators__item');
    items.set(ind.id, el);
    return el;
  };

  const section = (kind, title, hint) => {
    const groups = domains
      .map((d) => {
        const inds = (pack.indicators ?? [])
          .filter((i) => i.domain === d.id && (i.kind ?? 'concern') === kind)
          .sort((a, b) => (a.level ?? 0) - (b.level ?? 0));
        if (!inds.length) return null;
        const summaryText = h('span', { class: 'govuk-details__summary-text' }, d.label);
        const details = h(
          'details',
          { class: 'govuk-details ts-indicators__domain', 'data-domain': d.id },
          h('summary', { class: 'govuk-details__summary' }, summaryText),
          h(
            'div',
            { class: 'govuk-details__text' },
            h(
              'fieldset',
              { class: 'govuk-fieldset' },
              h('legend', { class: 'govuk-fieldset__legend govuk-visually-hidden' }, `${title}: ${d.label}`),
              h('div', { class: 'govuk-checkboxes govuk-checkboxes--small', 'data-module': 'govuk-checkboxes' }, inds.map(item)),
            ),
          ),
        );
        sections.push({ kind, details, ids: inds.map((i) => i.id), summaryText, label: d.label });
        return details;
      })
      .filter(Boolean);
    if (!groups.length) return null;
    return h('section', { class: `ts-indicators__section ts-indicators__section--${kind}` }, h('h2', { class: 'govuk-heading-m' }, title), h('p', { class: 'govuk-body' }, hint), groups);
  };

  const updateCounts = () => {
    for (const s of sections) {
      const n = s.ids.filter((id) => o.ticked.has(id)).length;
      s.summaryText.textContent = n ? format(strings.domainTicked, { label: s.label, count: n }) : s.label;
    }
  };

  const searchId = uid('ts-search');
  const status = h('p', { class: 'govuk-body ts-indicators__status', role: 'status', 'aria-live': 'polite' });
  const search = h('input', {
    class: 'govuk-input ts-indicators__search js-ts-indicator-search',
    id: searchId,
    type: 'search',
    autocomplete: 'off',
    spellcheck: 'false',
    maxlength: '200', // the engine reads only the first 200 characters of a query (docs/API.md, Limits)
    'aria-describedby': `${searchId}-hint`,
  });
  const filter = () => {
    const q = search.value.trim();
    if (!q) {
      for (const el of items.values()) el.hidden = false;
      for (const s of sections) s.details.hidden = false;
      for (const el of [concerns, strengths]) if (el) el.hidden = false;
      status.textContent = '';
      return;
    }
    const r = o.search(q);
    if (!r.ok) {
      status.textContent = format(strings.searchError, { message: r.error.message });
      return;
    }
    const hits = new Set((r.results ?? []).map((x) => x.id));
    let count = 0;
    for (const [id, el] of items) {
      el.hidden = !hits.has(id);
      if (!el.hidden) count += 1;
    }
    for (const s of sections) {
      const any = s.ids.some((id) => hits.has(id));
      s.details.hidden = !any;
      if (any) s.details.open = true;
    }
    for (const [el, kind] of [[concerns, 'concern'], [strengths, 'strength']]) {
      if (el) el.hidden = !sections.some((s) => s.kind === kind && !s.details.hidden);
    }
    status.textContent = count === 0
      ? format(strings.searchNone, { query: q })
      : format(count === 1 ? strings.searchCountOne : strings.searchCount, { count, query: q });
  };
  search.addEventListener('input', filter);
  search.addEventListener('keydown', (ev) => {
    if (ev.key === 'Enter') ev.preventDefault(); // searching is live; Enter must not leave the page
  });

  const concerns = section('concern', strings.concernsTitle, strings.concernsHint);
  const strengths = section('strength', strings.strengthsTitle, strings.strengthsHint);
  updateCounts();
  // Open the domains that already hold a ticked indicator (coming back to the page).
  for (const s of sections) if (o.openAll || s.ids.some((id) => o.ticked.has(id))) s.details.open = true;

  return h(
    'div',
    { class: 'ts-indicators', 'data-module': 'ts-indicators' },
    heading(strings.title, { caption: o.caption }),
    h('p', { class: 'govuk-body' }, strings.hint),
    o.live,
    h(
      'div',
      { class: 'govuk-form-group ts-indicators__search-group', role: 'search' },
      h('label', { class: 'govuk-label govuk-label--s', for: searchId }, strings.searchLabel),
      h('div', { class: 'govuk-hint', id: `${searchId}-hint` }, strings.searchHint),
      search,
    ),
    status,
    concerns,
    strengths,
  );
}
