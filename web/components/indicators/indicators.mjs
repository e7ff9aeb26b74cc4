// "What are you seeing?": the engine's indicators by domain (describe()) as GOV.UK checkboxes inside
// details elements, concerns apart from strengths, each with its level tag and flags. Indicators the
// engine says do not apply to this child's age wait behind "Show indicators for other ages". A
// "None of these" checkbox is exclusive (the GOV.UK pattern). The search box filters as you type
// through the engine's search.

import { h, format, uid } from '../../screener/dom.mjs';
import { checkbox, heading, errorMessage } from '../question/question.mjs';
import strings from './strings.mjs';

const LEVEL_TAG = [
  'govuk-tag--grey',
  'govuk-tag--green',
  'govuk-tag--blue',
  'govuk-tag--yellow',
  'govuk-tag--red',
  'govuk-tag--purple',
];

/** A level tag: "Level 4" in the colour the level's number suggests. */
export function levelTag(number) {
  const colour = LEVEL_TAG[Math.min(Number(number) || 0, LEVEL_TAG.length - 1)];
  return h('strong', { class: `govuk-tag ${colour} ts-indicators__tag` }, format(strings.levelTag, { number }));
}

/**
 * The indicators page.
 * @param {object} o
 * @param {import('../../screener/contract').Domain[]} o.domains the description's domains
 * @param {Set<string>} o.ticked
 * @param {boolean} o.none "None of these" is ticked
 * @param {(id: string, on: boolean) => void} o.onToggle
 * @param {(on: boolean) => void} o.onNone
 * @param {(query: string) => Promise<{ok: boolean, results?: {id: string}[], error?: object}>|{ok: boolean, results?: {id: string}[], error?: object}} o.search
 * @param {string} o.caption
 * @param {boolean} [o.openAll] open every domain (a short list)
 * @param {string[]} [o.examples] words that find indicators in this guidance, for the search hint
 * @param {string|null} [o.error] why Continue was refused (nothing ticked), shown by "None of these"
 */
export function indicatorsPage(o) {
  const items = new Map(); // id -> item element
  const inputs = new Map(); // id -> checkbox input
  const sections = []; // {kind, details, ids, summaryText, label, others}
  let noneInput = null;

  const item = (ind) => {
    const flags = [];
    if (ind.immediate_danger) flags.push(strings.immediateFlag);
    if (ind.strategy_discussion) flags.push(strings.strategyFlag);
    if (ind.consent_may_increase_risk) flags.push(strings.consentRiskFlag);
    const strength = ind.strength === true || ind.kind === 'strength';
    const hint = h(
      'span',
      { class: 'ts-indicators__meta' },
      strength ? null : levelTag(ind.level),
      flags.map((f) => h('strong', { class: 'govuk-tag govuk-tag--orange ts-indicators__tag' }, f)),
      ind.applies_text ? h('span', { class: 'ts-indicators__applies' }, ind.applies_text) : null,
      ind.hint ? h('span', { class: 'ts-indicators__hint' }, ind.hint) : null,
    );
    const el = checkbox({
      value: ind.id,
      label: ind.text,
      hint: strength && !ind.hint && !ind.applies_text ? null : hint,
      checked: o.ticked.has(ind.id),
      onChange: (on) => {
        o.onToggle(ind.id, on);
        if (on && noneInput?.checked) {
          noneInput.checked = false;
          o.onNone(false);
        }
        updateCounts();
      },
    });
    el.classList.add('ts-indicators__item');
    items.set(ind.id, el);
    inputs.set(ind.id, el.querySelector('input'));
    return el;
  };

  const group = (legend, inds) =>
    h(
      'fieldset',
      { class: 'govuk-fieldset' },
      // The legend's text is hidden inside it, so that a long legend never widens a narrow screen.
      h(
        'legend',
        { class: 'govuk-fieldset__legend ts-indicators__legend' },
        h('span', { class: 'govuk-visually-hidden' }, legend),
      ),
      h(
        'div',
        { class: 'govuk-checkboxes govuk-checkboxes--small', 'data-module': 'govuk-checkboxes' },
        inds.map(item),
      ),
    );

  const section = (kind, title, hint) => {
    const groups = o.domains
      .map((d) => {
        const inds = (d.indicators ?? []).filter((i) => (i.strength ? 'strength' : 'concern') === kind);
        if (!inds.length) return null;
        const applying = inds.filter((i) => i.applies !== 'no');
        const others = inds.filter((i) => i.applies === 'no');
        const summaryText = h('span', { class: 'govuk-details__summary-text' }, d.label);
        const otherDetails = others.length
          ? h(
              'details',
              { class: 'govuk-details ts-indicators__others' },
              h(
                'summary',
                { class: 'govuk-details__summary' },
                h(
                  'span',
                  { class: 'govuk-details__summary-text' },
                  format(strings.otherAges, { count: others.length }),
                ),
              ),
              h(
                'div',
                { class: 'govuk-details__text' },
                group(format(strings.otherAgesLegend, { title, label: d.label }), others),
              ),
            )
          : null;
        const details = h(
          'details',
          { class: 'govuk-details ts-indicators__domain', 'data-domain': d.id },
          h('summary', { class: 'govuk-details__summary' }, summaryText),
          h(
            'div',
            { class: 'govuk-details__text' },
            applying.length
              ? group(`${title}: ${d.label}`, applying)
              : h('p', { class: 'govuk-body' }, strings.noneForAge),
            otherDetails,
          ),
        );
        sections.push({
          kind,
          details,
          ids: inds.map((i) => i.id),
          otherIds: new Set(others.map((i) => i.id)),
          others: otherDetails,
          summaryText,
          label: d.label,
        });
        return details;
      })
      .filter(Boolean);
    if (!groups.length) return null;
    return h(
      'section',
      { class: `ts-indicators__section ts-indicators__section--${kind}` },
      h('h2', { class: 'govuk-heading-m' }, title),
      h('p', { class: 'govuk-body' }, hint),
      groups,
    );
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
  const filter = async () => {
    const q = search.value.trim();
    if (!q) {
      for (const el of items.values()) el.hidden = false;
      for (const s of sections) s.details.hidden = false;
      for (const el of [concerns, strengths, noneGroup]) if (el) el.hidden = false;
      status.textContent = '';
      return;
    }
    const r = await o.search(q);
    if (search.value.trim() !== q) return; // the practitioner typed on: that search answers
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
      if (s.others && [...s.otherIds].some((id) => hits.has(id))) s.others.open = true;
    }
    for (const [el, kind] of /** @type {[HTMLElement | null, string][]} */ ([
      [concerns, 'concern'],
      [strengths, 'strength'],
    ])) {
      if (el) el.hidden = !sections.some((s) => s.kind === kind && !s.details.hidden);
    }
    if (noneGroup) noneGroup.hidden = true;
    status.textContent =
      count === 0
        ? format(strings.searchNone, { query: q })
        : format(count === 1 ? strings.searchCountOne : strings.searchCount, { count, query: q });
  };
  search.addEventListener('input', filter);
  search.addEventListener('keydown', (ev) => {
    if (ev.key === 'Enter') ev.preventDefault(); // searching is live; Enter must not leave the page
  });

  const concerns = section('concern', strings.concernsTitle, strings.concernsHint);
  const strengths = section('strength', strings.strengthsTitle, strings.strengthsHint);
  const none = checkbox({
    value: 'none',
    label: strings.noneOfThese,
    checked: o.none && o.ticked.size === 0,
    onChange: (on) => {
      if (on) {
        for (const [id, input] of inputs) {
          if (input.checked) input.checked = false;
          o.ticked.delete(id);
        }
      }
      o.onNone(on);
      updateCounts();
    },
  });
  noneInput = none.querySelector('input');
  // Continue with nothing ticked is refused (seeing.mjs): the error sits here, by "None of these".
  const errorId = o.error ? uid('ts-indicators-error') : null;
  const noneGroup = h(
    'div',
    {
      class: `govuk-form-group ts-indicators__none${o.error ? ' govuk-form-group--error' : ''}`,
      'data-field': 'indicators',
    },
    h(
      'fieldset',
      { class: 'govuk-fieldset', 'aria-describedby': errorId },
      h(
        'legend',
        { class: 'govuk-fieldset__legend ts-indicators__legend' },
        h('span', { class: 'govuk-visually-hidden' }, strings.noneLegend),
      ),
      o.error ? errorMessage(errorId, o.error) : null,
      h(
        'div',
        { class: 'govuk-checkboxes', 'data-module': 'govuk-checkboxes' },
        h('div', { class: 'govuk-checkboxes__divider' }, strings.or),
        none,
      ),
    ),
  );
  updateCounts();
  // Open the domains that already hold a ticked indicator (coming back to the page).
  for (const s of sections) {
    const ticked = s.ids.some((id) => o.ticked.has(id));
    if (o.openAll || ticked) s.details.open = true;
    if (s.others && [...s.otherIds].some((id) => o.ticked.has(id))) s.others.open = true;
  }

  return h(
    'div',
    { class: 'ts-indicators', 'data-module': 'ts-indicators' },
    heading(strings.title, { caption: o.caption }),
    h('p', { class: 'govuk-body' }, strings.hint),
    h(
      'div',
      { class: 'govuk-form-group ts-indicators__search-group', role: 'search' },
      h('label', { class: 'govuk-label govuk-label--s', for: searchId }, strings.searchLabel),
      // The examples are the partnership's own; loading the pack checks that each finds something.
      h(
        'div',
        { class: 'govuk-hint', id: `${searchId}-hint` },
        o.examples?.length ? format(strings.searchHint, { examples: o.examples.join(', ') }) : strings.searchHintPlain,
      ),
      search,
    ),
    status,
    concerns,
    noneGroup,
    strengths,
  );
}
