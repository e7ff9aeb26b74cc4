// "What are you seeing?": the indicators (when the guidance has them), the level agreed with the
// safeguarding lead (offered, never imposed, when the engine asks it) and, collapsed, what the
// guidance does not cover.

import { h, format } from '../../screener/dom.mjs';
import { radios, form, continueButton, errorSummary, errorFor, need } from '../question/question.mjs';
import { indicatorsPage } from '../indicators/indicators.mjs';
import strings from './strings.mjs';

/** A closed GOV.UK details with the partnership's "not covered" list in plain words. */
export function notCoveredDetails(name, items) {
  if (!items?.length) return null;
  return h(
    'details',
    { class: 'govuk-details ts-not-covered' },
    h(
      'summary',
      { class: 'govuk-details__summary' },
      h('span', { class: 'govuk-details__summary-text' }, format(strings.notCoveredTitle, { name })),
    ),
    h(
      'div',
      { class: 'govuk-details__text' },
      h(
        'ul',
        { class: 'govuk-list govuk-list--bullet' },
        items.map((t) => h('li', null, t)),
      ),
    ),
  );
}

function agreedLevelQuestion(ctx, { isHeading, withIndicators }) {
  const a = ctx.answers;
  return radios({
    name: 'agreed-level',
    title: strings.agreedTitle,
    caption: isHeading ? ctx.caption : null,
    heading: isHeading,
    hint: format(withIndicators ? strings.agreedHintWithIndicators : strings.agreedHint, { name: ctx.area }),
    options: [
      ...ctx.levels.map((l) => ({
        value: String(l.number),
        label: format(strings.agreedOption, l),
        hint: l.summary || null,
      })),
      { divider: strings.or },
      { value: 'unknown', label: strings.agreedUnknown },
    ],
    value: a.agreed_level == null ? null : String(a.agreed_level),
    onChange: (v) => {
      a.agreed_level = v === 'unknown' ? 'unknown' : Number(v);
      ctx.changed();
    },
  });
}

/**
 * @param {import('../screener/screener.mjs').PageContext} ctx
 * @param {object} o
 * @param {import('../../screener/contract').Description} o.described the engine's description
 * @param {(q: string) => object} o.search
 */
export function seeingPage(ctx, { described, search }) {
  const a = ctx.answers;
  const domains = (described.domains ?? []).filter((d) => d.indicators?.length);
  const withIndicators = domains.length > 0;
  const askAgreed = ctx.asks('agreed_level');
  const parts = [];
  if (withIndicators) {
    parts.push(
      indicatorsPage({
        domains,
        ticked: a.indicators,
        none: a.none_seen,
        caption: ctx.caption,
        openAll: domains.reduce((n, d) => n + d.indicators.length, 0) <= 12,
        examples: described.partnership?.search_examples ?? [],
        onToggle: (id, on) => {
          if (on) a.indicators.add(id);
          else a.indicators.delete(id);
          ctx.changed();
        },
        onNone: (on) => {
          a.none_seen = on;
          if (on) a.indicators.clear();
          ctx.changed();
        },
        search,
        error: errorFor(ctx.errors, 'indicators'),
      }),
    );
  }
  if (askAgreed) {
    parts.push(
      h(
        'div',
        { class: 'ts-seeing__agreed', 'data-field': 'agreed' },
        agreedLevelQuestion(ctx, { isHeading: !withIndicators, withIndicators }),
      ),
    );
    parts.push(notCoveredDetails(ctx.area, described.partnership?.not_covered));
  }
  const title = withIndicators ? strings.title : strings.agreedTitle;
  const summary = errorSummary(
    ctx.errors.map((e) => ({ text: e.text, target: () => ctx.root.querySelector(`[data-field="${e.field}"] input`) })),
  );
  return { title, node: h('div', null, summary, form(ctx.submit, parts, continueButton(null))) };
}

/**
 * With a list of indicators, Continue needs a tick or "None of these": nothing ticked is not "no
 * concerns". A level agreed with the safeguarding lead, where the page also asks it, is an answer too.
 */
export function checkSeeing(a, described) {
  const withIndicators = (described?.domains ?? []).some((d) => d.indicators?.length);
  const agreed = typeof a.agreed_level === 'number';
  return need(!withIndicators || a.indicators.size > 0 || Boolean(a.none_seen) || agreed, 'indicators', strings.error);
}

/** Summary rows: what was ticked (each, by its words) and the agreed level. */
export function seeingRows(ctx, described, notAnswered) {
  const a = ctx.answers;
  const rows = [];
  const all = (described.domains ?? []).flatMap((d) => d.indicators ?? []);
  if (all.length) {
    const ticked = all.filter((i) => a.indicators.has(i.id)).map((i) => i.text);
    rows.push({
      key: strings.answerSeeing,
      value: ticked.length
        ? h(
            'ul',
            { class: 'govuk-list ts-seeing__ticked' },
            ticked.map((t) => h('li', null, t)),
          )
        : a.none_seen
          ? strings.noneOfThese
          : strings.nothingTicked,
      text: ticked.length ? ticked.join('; ') : a.none_seen ? strings.noneOfThese : strings.nothingTicked,
      page: 'seeing',
    });
  }
  if (ctx.asks('agreed_level')) {
    const l = ctx.levels.find((x) => x.number === a.agreed_level);
    const value = l
      ? format(strings.agreedOption, l)
      : a.agreed_level === 'unknown'
        ? strings.agreedUnknown
        : notAnswered;
    rows.push({ key: strings.answerAgreed, value, text: value, page: 'seeing' });
  }
  return rows;
}

export { strings as seeingStrings };
