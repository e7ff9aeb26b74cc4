// GOV.UK question building blocks: a question page (one heading, one fieldset), radios with
// conditional reveals, text inputs, checkboxes, the error summary. Markup follows GOV.UK Frontend's
// Nunjucks macros so the compiled govuk-frontend CSS applies unchanged; behaviour is ours (no
// govuk-frontend JavaScript), so conditional reveals work inside a shadow root too.

import { h, uid } from '../../screener/dom.mjs';
import strings from './strings.mjs';

/** A GOV.UK error message paragraph. */
export function errorMessage(id, text) {
  return h(
    'p',
    { id, class: 'govuk-error-message' },
    h('span', { class: 'govuk-visually-hidden' }, `${strings.errorPrefix} `),
    text,
  );
}

/**
 * The GOV.UK error summary. Links move focus to the field (a hash link would not reach into a
 * shadow root, and would change the host page's URL).
 * @param {{text: string, target: () => HTMLElement|null}[]} errors
 */
export function errorSummary(errors, title = strings.errorSummaryTitle) {
  if (!errors.length) return null;
  return h(
    'div',
    { class: 'govuk-error-summary js-ts-error-summary', 'data-module': 'ts-error-summary', tabindex: '-1' },
    h(
      'div',
      { role: 'alert' },
      h('h2', { class: 'govuk-error-summary__title' }, title),
      h(
        'div',
        { class: 'govuk-error-summary__body' },
        h(
          'ul',
          { class: 'govuk-list govuk-error-summary__list' },
          errors.map((e) =>
            h(
              'li',
              null,
              h(
                'a',
                {
                  href: '#',
                  onclick: (ev) => {
                    ev.preventDefault();
                    const target = e.target?.();
                    if (target) {
                      target.focus();
                      target.scrollIntoView?.({ block: 'center' });
                    }
                  },
                },
                e.text,
              ),
            ),
          ),
        ),
      ),
    ),
  );
}

/**
 * Radios in a fieldset whose legend is the page heading.
 * @param {object} q
 * @param {string} q.name
 * @param {string} q.title heading text (the legend)
 * @param {string} [q.caption] caption above the heading (the partnership)
 * @param {string} [q.hint]
 * @param {{value: string, label: string, hint?: string, conditional?: Node, divider?: string}[]} q.options
 * @param {string|null} q.value the chosen value
 * @param {string} [q.error] error message text
 * @param {(value: string) => void} q.onChange
 * @param {boolean} [q.inline] yes/no side by side
 * @param {boolean} [q.heading] false: a plain legend (not the page heading)
 */
export function radios(q) {
  const id = uid(`ts-${q.name}`);
  const hintId = q.hint ? `${id}-hint` : null;
  const errorId = q.error ? `${id}-error` : null;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || null;
  const items = [];
  const conditionals = [];
  q.options.forEach((o, i) => {
    if (o.divider) {
      items.push(h('div', { class: 'govuk-radios__divider' }, o.divider));
      return;
    }
    const inputId = i === 0 ? id : `${id}-${i + 1}`;
    const itemHintId = o.hint ? `${inputId}-item-hint` : null;
    const condId = o.conditional ? `${inputId}-conditional` : null;
    const input = h('input', {
      class: 'govuk-radios__input',
      id: inputId,
      name: id,
      type: 'radio',
      value: o.value,
      checked: q.value != null && String(q.value) === String(o.value),
      'aria-describedby': itemHintId,
      'aria-controls': condId,
      'data-value': o.value,
    });
    items.push(
      h(
        'div',
        { class: 'govuk-radios__item' },
        input,
        h('label', { class: 'govuk-label govuk-radios__label', for: inputId }, o.label),
        o.hint ? h('div', { id: itemHintId, class: 'govuk-hint govuk-radios__hint' }, o.hint) : null,
      ),
    );
    if (o.conditional) {
      const cond = h(
        'div',
        { class: 'govuk-radios__conditional', id: condId, hidden: String(q.value) !== String(o.value) },
        o.conditional,
      );
      conditionals.push([input, cond]);
      items.push(cond);
    }
  });
  const group = h(
    'div',
    { class: `govuk-radios${q.inline ? ' govuk-radios--inline' : ''}`, 'data-module': 'ts-radios' },
    items,
  );
  group.addEventListener('change', (ev) => {
    const t = ev.target;
    if (!(t instanceof HTMLInputElement) || t.type !== 'radio') return;
    for (const [input, cond] of conditionals) {
      cond.hidden = !input.checked;
    }
    q.onChange(t.dataset.value);
  });
  const heading = q.heading !== false;
  const legend = h(
    'legend',
    { class: `govuk-fieldset__legend ${heading ? 'govuk-fieldset__legend--l' : 'govuk-fieldset__legend--m'}` },
    heading
      ? h(
          'h1',
          { class: 'govuk-fieldset__heading js-ts-heading', tabindex: '-1' },
          q.caption ? h('span', { class: 'govuk-caption-l' }, q.caption) : null,
          q.title,
        )
      : q.title,
  );
  return h(
    'div',
    { class: `govuk-form-group${q.error ? ' govuk-form-group--error' : ''}` },
    h(
      'fieldset',
      { class: 'govuk-fieldset', 'aria-describedby': describedBy },
      legend,
      q.hint ? h('div', { id: hintId, class: 'govuk-hint' }, q.hint) : null,
      q.error ? errorMessage(errorId, q.error) : null,
      group,
    ),
  );
}

/**
 * A labelled text input (numbers are typed as text with inputmode="numeric", as GOV.UK advises).
 * @param {{name: string, label: string, hint?: string, value: string, error?: string,
 *   width?: number, numeric?: boolean, type?: string, onInput: (v: string) => void}} q
 */
export function textInput(q) {
  const id = uid(`ts-${q.name}`);
  const hintId = q.hint ? `${id}-hint` : null;
  const errorId = q.error ? `${id}-error` : null;
  const input = h('input', {
    class: `govuk-input${q.width ? ` govuk-input--width-${q.width}` : ''}${q.error ? ' govuk-input--error' : ''}`,
    id,
    name: id,
    type: q.type ?? 'text',
    value: q.value ?? '',
    inputmode: q.numeric ? 'numeric' : null,
    spellcheck: q.numeric ? 'false' : null,
    autocomplete: 'off',
    'aria-describedby': [hintId, errorId].filter(Boolean).join(' ') || null,
  });
  input.addEventListener('input', () => q.onInput(input.value));
  return h(
    'div',
    { class: `govuk-form-group${q.error ? ' govuk-form-group--error' : ''}` },
    h('label', { class: 'govuk-label', for: id }, q.label),
    q.hint ? h('div', { id: hintId, class: 'govuk-hint' }, q.hint) : null,
    q.error ? errorMessage(errorId, q.error) : null,
    input,
  );
}

/**
 * One GOV.UK checkbox.
 * @param {{value: string, label: Node|string, hint?: Node|string, checked: boolean,
 *   onChange: (checked: boolean) => void, name?: string}} c
 */
export function checkbox(c) {
  const id = uid('ts-cb');
  const hintId = c.hint ? `${id}-hint` : null;
  const input = h('input', {
    class: 'govuk-checkboxes__input',
    id,
    name: c.name ?? id,
    type: 'checkbox',
    value: c.value,
    checked: c.checked,
    'aria-describedby': hintId,
  });
  input.addEventListener('change', () => c.onChange(input.checked));
  return h(
    'div',
    { class: 'govuk-checkboxes__item', 'data-value': c.value },
    input,
    h('label', { class: 'govuk-label govuk-checkboxes__label', for: id }, c.label),
    c.hint ? h('div', { id: hintId, class: 'govuk-hint govuk-checkboxes__hint' }, c.hint) : null,
  );
}

/** The page's primary button. */
export function continueButton(onClick, text = strings.continue) {
  return h('button', { type: 'submit', class: 'govuk-button', 'data-module': 'govuk-button', onclick: onClick }, text);
}

/**
 * A page heading that receives focus when the page changes.
 * @param {string} text
 * @param {{caption?: string, size?: string}} [o]
 */
export function heading(text, { caption, size = 'l' } = {}) {
  return h(
    'h1',
    { class: `govuk-heading-${size} js-ts-heading`, tabindex: '-1' },
    caption ? h('span', { class: `govuk-caption-${size}` }, caption) : null,
    text,
  );
}

/** Wraps a question page's content in a form that never submits anywhere. */
export function form(onSubmit, ...children) {
  return h(
    'form',
    {
      class: 'ts-question',
      novalidate: true,
      action: '#',
      onsubmit: (ev) => {
        ev.preventDefault();
        onSubmit();
      },
    },
    children,
  );
}

/**
 * A question page: the error summary, then one form holding the question and a Continue button.
 * @param {object} p
 * @param {string} p.title the page title (the question)
 * @param {string} p.field the answer field, for the error summary's links
 * @param {Node} p.question
 * @param {{field: string, text: string}[]} p.errors
 * @param {() => void} p.onSubmit
 * @param {HTMLElement} p.root where the fields live (the error summary's links focus into it)
 * @param {Node[]} [p.after] more content after the form
 */
export function questionPage({ title, field, question, errors, onSubmit, root, after = [] }) {
  const summary = errorSummary(
    errors.map((e) => ({ text: e.text, target: () => root.querySelector(`[data-field="${e.field}"] input`) })),
  );
  return {
    title,
    node: h(
      'div',
      null,
      summary,
      form(onSubmit, h('div', { 'data-field': field }, question), continueButton(null)),
      ...after,
    ),
  };
}

/** The error of one field, or null. */
export const errorFor = (errors, field) => errors.find((e) => e.field === field)?.text ?? null;

/** [] when `ok`, else one error for `field`. */
export const need = (ok, field, text) => (ok ? [] : [{ field, text }]);
