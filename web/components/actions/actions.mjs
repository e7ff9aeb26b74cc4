// Keeping a record without storing anything in the browser: Print, Copy summary (plain text, no
// personal data), Save answers to a file (a JSON download), Open answers file (read on the device)
// and Start again.

import { h, format, uid } from '../../screener/dom.mjs';
import { longDate, duration } from '../../screener/dates.mjs';
import { nextStepsOf, NO_PARTNERSHIP } from '../../screener/describe.mjs';
import { list } from '../../screener/list.mjs';
import strings from './strings.mjs';

/**
 * @param {object} o
 * @param {() => string} o.summaryText the short summary (a case note)
 * @param {() => string} [o.fullText] the full summary
 * @param {(() => {name: string, text: string})|null} o.saveFile null: no save/open (pathway pages)
 * @param {((text: string, name: string) => {ok: boolean, error?: object})|null} o.openFile
 * @param {() => void} o.onStartAgain
 * @param {string} [o.startAgainText]
 */
export function actionsBar(o) {
  const status = h('div', { class: 'ts-actions__status', role: 'status', 'aria-live': 'polite' });
  const say = (text, kind = 'ok') => {
    status.replaceChildren(h('p', { class: `govuk-body ts-actions__message ts-actions__message--${kind}` }, text));
  };
  const copyArea = h('div', { class: 'ts-actions__copy-area' });

  const copy = async (textOf) => {
    const text = textOf();
    copyArea.replaceChildren();
    try {
      if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
      // Some locked-down browsers neither grant nor refuse: give up after a moment.
      await Promise.race([
        navigator.clipboard.writeText(text),
        new Promise((resolve, reject) => {
          setTimeout(() => reject(new Error('clipboard timed out')), 1500);
        }),
      ]);
      say(strings.copied);
    } catch {
      // Fall back to a text area the practitioner can copy from (still nothing leaves the device).
      const id = uid('ts-copy');
      const area = h('textarea', { class: 'govuk-textarea ts-actions__textarea', id, rows: '12', readonly: true });
      area.value = text;
      copyArea.replaceChildren(
        h(
          'div',
          { class: 'govuk-form-group' },
          h('label', { class: 'govuk-label', for: id }, strings.copyTextLabel),
          area,
        ),
      );
      say(strings.copyFailed, 'warning');
      area.focus();
      area.select();
    }
  };

  const save = () => {
    const { name, text } = o.saveFile();
    const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
    const a = h('a', { href: url, download: name, class: 'govuk-visually-hidden', tabindex: '-1' }, name);
    status.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
    say(format(strings.saved, { name }));
  };

  const fileId = uid('ts-open');
  const fileInput = o.openFile
    ? h('input', {
        class: 'govuk-file-upload js-ts-open-file',
        id: fileId,
        type: 'file',
        accept: '.json,application/json',
        'aria-describedby': `${fileId}-hint`,
      })
    : null;
  fileInput?.addEventListener('change', async () => {
    const file = fileInput.files?.[0];
    if (!file) return;
    let text;
    try {
      text = await file.text();
    } catch (e) {
      say(format(strings.openError, { message: e.message }), 'error');
      return;
    }
    fileInput.value = '';
    const r = o.openFile(text, file.name);
    if (r && !r.ok) say(format(strings.openError, { message: r.error.message }), 'error');
  });

  const copyFull = async () => copy(o.fullText);

  // Print and Copy sit on the result's first screen (the result page moves this group there), as a
  // compact row of link-style buttons.
  const linkButton = (cls, text, onclick) =>
    h('button', { type: 'button', class: `govuk-link ts-actions__link ${cls}`, onclick }, text);
  const quick = h(
    'div',
    { class: 'ts-actions__quick js-ts-quick-actions' },
    h(
      'ul',
      { class: 'ts-actions__links' },
      h(
        'li',
        null,
        linkButton('js-ts-print', strings.print, () => window.print()),
      ),
      h(
        'li',
        null,
        linkButton('js-ts-copy', o.fullText ? strings.copyShort : strings.copy, () => copy(o.summaryText)),
      ),
      o.fullText ? h('li', null, linkButton('js-ts-copy-full', strings.copyFull, copyFull)) : null,
    ),
    status,
    copyArea,
  );

  return h(
    'section',
    { class: 'ts-actions', 'data-module': 'ts-actions' },
    quick,
    h('h2', { class: 'govuk-heading-m' }, strings.title),
    h('p', { class: 'govuk-body' }, o.saveFile ? strings.privacy : strings.privacyNoSave),
    o.saveFile
      ? h(
          'div',
          { class: 'govuk-button-group' },
          h(
            'button',
            { type: 'button', class: 'govuk-button govuk-button--secondary js-ts-save', onclick: save },
            strings.save,
          ),
        )
      : null,
    fileInput
      ? h(
          'div',
          { class: 'govuk-form-group ts-actions__open' },
          h('label', { class: 'govuk-label govuk-label--s', for: fileId }, strings.open),
          h('div', { class: 'govuk-hint', id: `${fileId}-hint` }, strings.openHint),
          fileInput,
        )
      : null,
    o.onStartAgain
      ? h(
          'button',
          { type: 'button', class: 'govuk-button govuk-button--warning js-ts-start-again', onclick: o.onStartAgain },
          o.startAgainText ?? strings.startAgain,
        )
      : null,
  );
}

/** Just the Open answers file control and Start again, for question pages. */
export function openControl(o) {
  return actionsBar(o);
}

// ---- plain-text summaries ------------------------------------------------------------------------

const wrap = (lines) =>
  lines
    .filter((l) => l != null)
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim() + '\n';

/** @param {import('../../screener/contract').Contact} c */
function contactLines(c) {
  if (!c) return [];
  const out = [
    `- ${format(strings.textContact, { label: c.label, phone: c.phone ?? '', hours: c.hours ? ` (${c.hours})` : '' })}`,
  ];
  const ooh = c.out_of_hours;
  if (ooh && (ooh.phone || ooh.label))
    out.push(
      `  ${format(strings.textOoh, { label: ooh.label ?? '', phone: ooh.phone ?? '', hours: ooh.hours ? ` (${ooh.hours})` : '' })}`,
    );
  if (c.email) out.push(`  ${c.email}`);
  if (c.url) out.push(`  ${c.url}`);
  return out;
}

/**
 * @param {import('../../screener/contract').NextStep} step
 * @param {boolean} short
 */
function stepLines(step, short) {
  const out = [
    `- ${step.text}`,
    ...list(step.unless).map((u) => `  ${u.text}`),
    ...list(step.terms).map((t) => `  ${t.term}: ${t.meaning}`),
  ];
  if (step.general && step.detail) out.push(`  ${step.detail}`);
  else if (!short && step.detail) out.push(`  "${step.detail}"`);
  if (!short && step.source) out.push(`  ${format(strings.textSource, { source: step.source }).trim()}`);
  for (const c of list(step.contacts)) out.push(...contactLines(c).map((l) => `  ${l}`));
  if (step.no_number) out.push(`  ${step.no_number}`);
  for (const c of list(step.nearest)) out.push(...contactLines(c).map((l) => `  ${l}`));
  if (step.due) {
    const d = step.due;
    out.push(
      `  ${d.date ? format(strings.textDue, { date: longDate(d.date) + (d.time ? ` ${d.time}` : '') }) : format(strings.textWithin, { duration: duration(d.amount, d.unit), starts: d.starts ?? '' }).trim()}`,
    );
  }
  return out;
}

/**
 * The screening as plain text. Short (a case note, at most 250 words): the level, what to do now,
 * consent, why. Full: everything, with every citation. Holds the answers as categories only (age
 * band, services involved) and the partnership's wording: no personal data.
 */
/**
 * How current the guidance is, and a warning past its review-by date, as the engine words them.
 * @param {import('../../screener/contract').Currency | undefined} currency
 */
function currencyLines(currency) {
  if (!currency) return [];
  return currency.overdue && currency.overdue_text ? [currency.text, currency.overdue_text] : [currency.text];
}

/**
 * @param {{described: import('../../screener/contract').Description | null, outcome: import('../../screener/contract').Outcome | null, reference: string,
 *   answerLines: string[], short?: boolean}} o
 */
export function screeningText({ described, outcome, reference, answerLines, short }) {
  const p = described?.partnership ?? NO_PARTNERSHIP;
  const o = outcome;
  const lines = [
    short ? strings.textTitleShort : strings.textTitle,
    format(strings.textPartnership, { name: p.name ?? '', title: p.document_title ?? '' }),
    ...currencyLines(outcome?.currency ?? p.currency),
  ];
  if (o.date) lines.push(format(strings.textDate, { date: longDate(o.date) }));
  if (reference) lines.push(format(strings.textReference, { reference }));
  lines.push(
    '',
    o.level == null ? strings.textNoLevel : format(strings.textLevel, { number: o.level, label: o.level_label ?? '' }),
  );
  lines.push('', strings.textNow);
  for (const s of nextStepsOf(o)) lines.push(...stepLines(s, short));
  if (o.consent?.sentence) lines.push('', format(strings.textConsentLine, { sentence: o.consent.sentence }));
  const reasons = list(o.reasons);
  if (reasons.length) {
    lines.push('', strings.textWhy);
    const shown = short ? reasons.slice(0, 4) : reasons;
    for (const r of shown) {
      lines.push(`- Level ${r.level}: "${r.text}"`);
      if (!short && r.source) lines.push(format(strings.textSource, { source: r.source }));
    }
    if (shown.length < reasons.length)
      lines.push(format(strings.textMoreReasons, { count: reasons.length - shown.length }));
  }
  if (short) {
    lines.push('', o.indicative_notice ? strings.textIndicativeShort : '', strings.textNoPersonal);
    return wrap(lines);
  }
  if (o.indicative_notice) lines.push('', o.indicative_notice);
  lines.push('', strings.textAnswers, ...answerLines.map((l) => `- ${l}`));
  if (list(o.strengths).length) {
    lines.push('', strings.textStrengths);
    for (const s of list(o.strengths)) lines.push(`- "${s.text}"`);
  }
  if (o.consent && list(o.consent.guidance).length) {
    lines.push('', strings.textConsent);
    for (const g of list(o.consent.guidance))
      lines.push(`- ${list(g.text).join(' ')}`, format(strings.textSource, { source: g.source ?? '' }));
  }
  if (list(o.advisories).length) {
    lines.push('', strings.textAdvisories);
    for (const a of list(o.advisories)) {
      lines.push(`- ${a.text}`);
      for (const c of list(a.contacts).filter((x) => typeof x === 'object'))
        lines.push(...contactLines(c).map((l) => `  ${l}`));
    }
  }
  for (const pr of list(o.prompts)) {
    lines.push('', pr.label ?? strings.textPrompts);
    for (const i of list(pr.items)) lines.push(`- ${i}`);
  }
  if (o.checklist && list(o.checklist.groups).length) {
    lines.push('', o.checklist.label ?? strings.textChecklist);
    for (const g of list(o.checklist.groups)) {
      lines.push(`${g.label}:`);
      for (const i of list(g.items)) lines.push(`- ${i}`);
    }
  }
  lines.push('', strings.textNoPersonal);
  return wrap(lines);
}

/** A pathway walk as plain text. */
/** @param {{described: import('../../screener/contract').Description | null, step: import('../../screener/contract').PathwayStep, date: string}} o */
export function pathwayText({ described, step, date }) {
  const p = described?.partnership ?? NO_PARTNERSHIP;
  const lines = [
    format(strings.textPathwayTitle, { title: step.title ?? step.pathway }),
    format(strings.textPartnership, { name: p.name ?? '', title: p.document_title ?? '' }),
    ...currencyLines(p.currency),
  ];
  if (date) lines.push(format(strings.textDate, { date: longDate(date) }));
  lines.push('', strings.textRoute2);
  for (const e of list(step.route)) {
    if (e.type === 'question') lines.push(`- ${list(e.text).join(' ')} ${e.choice_label ?? e.choice}`);
    else if (e.type === 'info') lines.push(`- ${list(e.text).join(' ')}`);
  }
  if (step.outcome) {
    lines.push('', format(strings.textOutcome, { title: step.outcome.title ?? '' }));
    for (const t of list(step.outcome.text)) lines.push(t);
    const t = step.outcome.timescale;
    if (t)
      lines.push(
        t.due
          ? format(strings.textDeadline, { label: t.label ?? '', date: longDate(t.due) })
          : format(strings.textDeadlineNoDate, { label: t.label ?? '', duration: duration(t.amount, t.unit) }),
      );
    if (step.outcome.source) lines.push(format(strings.textSource, { source: step.outcome.source }).trim());
  }
  lines.push('', strings.textNoPersonal);
  return wrap(lines);
}
