// A pathway (step up, step down, MASH outcomes, escalation) as a wizard driven by engine.walk: one
// GOV.UK radios question per page, information nodes shown on the route, the outcome with its
// timescale as a date, and a summary of the route taken.

import { h, format } from '../../screener/dom.mjs';
import { longDate, duration } from '../../screener/dates.mjs';
import { radios, heading, form, continueButton, errorSummary } from '../question/question.mjs';
import { list } from '../../screener/list.mjs';
import { quote } from '../contact/contact.mjs';
import strings from './strings.mjs';

/** The procedures as a GOV.UK step-by-step style overview: numbered, short headings, a summary each. */
export function procedureOverview(pathways, onOpen) {
  return h(
    'ol',
    { class: 'ts-step-overview' },
    pathways.map((p, i) =>
      h(
        'li',
        { class: 'ts-step-overview__step' },
        h('span', { class: 'ts-step-overview__number', 'aria-hidden': 'true' }, String(i + 1)),
        h(
          'div',
          { class: 'ts-step-overview__body' },
          h(
            'p',
            { class: 'govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-1' },
            h(
              'a',
              {
                class: 'govuk-link js-ts-pathway-link',
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
          p.summary ? h('p', { class: 'govuk-body-s' }, p.summary) : null,
        ),
      ),
    ),
  );
}

/** The partnership's procedures as a step-by-step overview. */
export function pathwaysListPage({ described, caption, onOpen }) {
  const name = described?.partnership?.area ?? described?.partnership?.name ?? '';
  const pathways = list(described?.pathways);
  return h(
    'div',
    { class: 'ts-pathways', 'data-module': 'ts-pathways' },
    heading(format(strings.listTitle, { name }), { caption }),
    pathways.length
      ? [h('p', { class: 'govuk-body' }, strings.listIntro), procedureOverview(pathways, onOpen)]
      : h('p', { class: 'govuk-body' }, format(strings.listEmpty, { name })),
  );
}

function timescaleText(t) {
  if (!t) return null;
  const label = t.label ?? '';
  return t.due
    ? format(strings.timescaleDue, { label, date: longDate(t.due) })
    : format(strings.timescaleNoDate, { label, duration: duration(t.amount, t.unit) });
}

/** The route taken so far: each question with the answer chosen, each piece of information. */
export function routeSummary(route, title = strings.routeTitle) {
  const entries = list(route).filter((e) => e.type !== 'branch');
  if (!entries.length) return null;
  return h(
    'section',
    { class: 'ts-pathway__route' },
    h('h2', { class: 'govuk-heading-m' }, title),
    h(
      'ol',
      { class: 'govuk-list govuk-list--number ts-pathway__route-list' },
      entries.map((e) =>
        h(
          'li',
          { class: `ts-pathway__route-item ts-pathway__route-item--${e.type}`, 'data-node': e.node },
          list(e.text).map((p) => h('p', { class: 'govuk-body govuk-!-margin-bottom-1' }, p)),
          e.type === 'question'
            ? h(
                'p',
                { class: 'govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-1' },
                format(strings.answered, { answer: e.choice_label ?? e.choice }),
              )
            : null,
          e.timescale
            ? h(
                'p',
                { class: 'govuk-body-s govuk-!-font-weight-bold govuk-!-margin-bottom-1' },
                timescaleText(e.timescale),
              )
            : null,
          e.source
            ? h('p', { class: 'govuk-body-s ts-quote__source' }, format(strings.source, { source: e.source }))
            : null,
        ),
      ),
    ),
  );
}

/** Info nodes passed since the last question: shown above the next question. */
function infoSinceLastQuestion(route) {
  const out = [];
  for (const e of list(route)) {
    if (e.type === 'question') out.length = 0;
    else if (e.type === 'info') out.push(e);
  }
  return out;
}

/**
 * One step of the walk.
 * @param {object} o
 * @param {import('../../screener/contract').PathwayStep} o.step the engine's pathway step
 * @param {string} o.caption
 * @param {string|null} o.selected the option chosen on this page (not yet submitted)
 * @param {string|null} o.error
 * @param {(id: string) => void} o.onSelect
 * @param {() => void} o.onContinue
 * @param {Node} o.actions print / copy / restart (outcome only)
 * @param {() => void} [o.onAllProcedures]
 * @param {HTMLElement} [o.root] the page element (the error summary focuses its first radio)
 */
export function pathwayStepPage(o) {
  const s = o.step;
  if (s.status === 'outcome' || !s.current) {
    const out = s.outcome;
    return h(
      'div',
      { class: 'ts-pathway ts-pathway--outcome', 'data-module': 'ts-pathway', 'data-pathway': s.pathway },
      heading(out?.title ?? s.title, { caption: s.title }),
      quote(out?.text, out?.source),
      out?.timescale
        ? h(
            'div',
            { class: 'govuk-inset-text ts-pathway__timescale' },
            h(
              'p',
              { class: 'govuk-body govuk-!-font-weight-bold' },
              out.timescale.due
                ? h('time', { datetime: out.timescale.due }, timescaleText(out.timescale))
                : timescaleText(out.timescale),
            ),
          )
        : null,
      list(s.deadlines).length
        ? [
            h('h2', { class: 'govuk-heading-m' }, strings.deadlinesTitle),
            h(
              'ul',
              { class: 'govuk-list govuk-list--bullet ts-pathway__deadlines' },
              list(s.deadlines).map((d) => h('li', null, timescaleText(d))),
            ),
          ]
        : null,
      routeSummary(s.route),
      o.onAllProcedures
        ? h(
            'p',
            { class: 'govuk-body ts-pathway__more' },
            h(
              'a',
              {
                class: 'govuk-link',
                href: '#',
                onclick: (ev) => {
                  ev.preventDefault();
                  o.onAllProcedures();
                },
              },
              strings.allProcedures,
            ),
          )
        : null,
      o.actions,
    );
  }
  const c = s.current;
  const info = infoSinceLastQuestion(s.route);
  const text = list(c.text);
  return h(
    'div',
    { class: 'ts-pathway', 'data-module': 'ts-pathway', 'data-pathway': s.pathway },
    errorSummary(o.error ? [{ text: o.error, target: () => o.root?.querySelector('.govuk-radios__input') }] : []),
    info.map((e) => h('div', { class: 'ts-pathway__info', 'data-node': e.node }, quote(e.text, e.source))),
    form(
      o.onContinue,
      radios({
        name: `pathway-${c.node}`,
        title: text[0] ?? '',
        caption: o.caption ?? s.title,
        hint: [...text.slice(1), c.hint].filter(Boolean).join(' ') || null,
        options: list(c.options).map((opt) => ({ value: opt.id, label: opt.label, hint: opt.hint || null })),
        value: o.selected,
        error: o.error,
        onChange: o.onSelect,
      }),
      c.source
        ? h('p', { class: 'govuk-body-s ts-quote__source' }, format(strings.source, { source: c.source }))
        : null,
      continueButton(null),
    ),
    routeSummary(
      s.route.filter((e) => e.type === 'question'),
      strings.routeSoFar,
    ),
  );
}

/** The walk could not continue: say why, plainly. */
export function pathwayErrorPage({ error, caption, onRestart }) {
  return h(
    'div',
    { class: 'ts-pathway' },
    heading(strings.walkErrorTitle, { caption }),
    h('p', { class: 'govuk-body' }, format(strings.walkErrorBody, error)),
    h(
      'p',
      { class: 'govuk-body' },
      h(
        'a',
        {
          class: 'govuk-link',
          href: '#',
          onclick: (ev) => {
            ev.preventDefault();
            onRestart();
          },
        },
        strings.restart,
      ),
    ),
  );
}

export { strings as pathwayStrings };
