// A tiny DOM builder. Text always goes in as text (pack wording is never parsed as HTML), and no
// element ever gets a style attribute: the page runs under `style-src 'self'`.
//
//   h('p', { class: 'govuk-body' }, 'Call ', h('a', { href: 'tel:999' }, '999'))

/**
 * @template {keyof HTMLElementTagNameMap} K
 * @param {K} tag
 * @param {Record<string, any>|null} [attrs] class, id, for, aria-*, data-*, hidden, ... and
 *   on<event> functions. `false`/`null`/`undefined` values are left out.
 * @param {...any} children strings, nodes, arrays of them, or null (skipped)
 * @returns {HTMLElementTagNameMap[K]}
 */
export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  const any = /** @type {any} */ (el);
  for (const [name, value] of Object.entries(attrs ?? {})) {
    if (value === false || value == null) continue;
    if (name.startsWith('on') && typeof value === 'function') {
      el.addEventListener(name.slice(2).toLowerCase(), value);
    } else if (name === 'style') {
      throw new Error('inline styles are blocked by the Content Security Policy');
    } else if (name === 'value' && 'value' in el) {
      any.value = value;
    } else if (name === 'checked' || name === 'selected') {
      any[name] = Boolean(value);
      if (value) el.setAttribute(name, '');
    } else {
      el.setAttribute(name, value === true ? '' : String(value));
    }
  }
  append(el, children);
  return el;
}

/** Appends strings, nodes and (nested) arrays of them, skipping null, undefined and false. */
export function append(parent, children) {
  for (const child of children) {
    if (child == null || child === false) continue;
    if (Array.isArray(child)) append(parent, child);
    else parent.append(child instanceof Node ? child : String(child));
  }
  return parent;
}

/** A document fragment of the given children. */
export function fragment(...children) {
  return append(document.createDocumentFragment(), children);
}

/** Replaces every child of `el`. */
export function replaceChildren(el, ...children) {
  el.replaceChildren();
  return append(el, children);
}

/** Fills `{name}` placeholders: format('Level {n}', {n: 3}). */
export function format(template, values = {}) {
  return String(template).replace(/\{(\w+)\}/g, (m, k) => (k in values ? String(values[k]) : m));
}

let counter = 0;
/** A document-unique id (ids inside a shadow root are scoped, but the page may hold several). */
export function uid(prefix = 'ts') {
  counter += 1;
  return `${prefix}-${counter}`;
}
