// Browser-side code for the cross-engine run. Two scripts, sent to the page as source text so that
// the three drivers (Playwright, puppeteer-core, selenium-webdriver) run exactly the same lines:
//
// - guard(): installed before the page's own scripts (injected into the HTML the run serves, or
//   inline with its hash in the offline file's copy). It records on window.__tsGuard what the tests
//   fail on: CSP violations, page errors, unhandled rejections, console errors, and every resource
//   the page fetches (PerformanceObserver), so that "no request after load" and "no error" are
//   checked the same way in an engine whose driver reports no console events (WebKitWebDriver).
// - query(op, arg): finds elements the way a person does, by role and accessible name or by text,
//   through open shadow roots (the widget), and answers the runner's waits.

export function guard() {
  if (window.__tsGuard) return;
  const g = { problems: [], resources: [], readyAt: null };
  window.__tsGuard = g;
  const where = (e) => `${e.sourceFile || e.filename || ''}:${e.lineNumber || e.lineno || ''}`;
  document.addEventListener(
    'securitypolicyviolation',
    (e) =>
      g.problems.push(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || '(inline)'} at ${where(e)}`),
    true,
  );
  window.addEventListener(
    'error',
    (e) => {
      if (e.target && e.target !== window && e.target.nodeType === 1) {
        g.problems.push(`failed to load: <${e.target.localName}> ${e.target.src || e.target.href || ''}`);
      } else {
        g.problems.push(`page error: ${e.message} at ${where(e)}`);
      }
    },
    true,
  );
  window.addEventListener('unhandledrejection', (e) =>
    g.problems.push(`unhandled rejection: ${(e.reason && e.reason.message) || e.reason}`),
  );
  const error = console.error;
  console.error = (...args) => {
    g.problems.push(`console error: ${args.map(String).join(' ')}`);
    error.apply(console, args);
  };
  try {
    new PerformanceObserver((list) => {
      for (const r of list.getEntries()) g.resources.push({ url: r.name, at: r.startTime });
    }).observe({ type: 'resource', buffered: true });
  } catch (e) {
    g.problems.push(`guard: no PerformanceObserver for resources (${e.message})`);
  }
}

/**
 * op: 'find' {role, name, exact, level} or {text, exact} or {css, text?, exact?} -> the element to act on, or null
 *     (for a radio or checkbox, its label: GOV.UK hides the input itself under the label's drawing);
 *     'input' -> the field itself; 'exists' -> true/false; 'ready' -> the screener is ready;
 *     'mark' -> from now on, any request is "after load"; 'report' -> {problems, late}.
 * A name or text is a string (as in Playwright: a case-insensitive substring, or with exact: true equal
 * after collapsing spaces) or {re, flags}, a regular expression.
 */
export function query(op, arg) {
  const norm = (s) => (s || '').replace(/\s+/g, ' ').trim();
  const roots = [];
  const walk = (root) => {
    roots.push(root);
    for (const el of root.querySelectorAll('*')) if (el.shadowRoot) walk(el.shadowRoot);
  };
  walk(document);
  const all = (selector) => roots.flatMap((r) => [...r.querySelectorAll(selector)]);
  // Inside a closed <details> (outside its summary) nothing is shown. WebKit still lays such content
  // out (content-visibility: hidden), with boxes that cannot be clicked: checkVisibility() and the
  // walk up through shadow roots both say so.
  const inClosedDetails = (el) => {
    for (let n = el; n; n = n.parentNode instanceof ShadowRoot ? n.parentNode.host : n.parentElement) {
      const details = n.parentElement;
      if (details && details.localName === 'details' && !details.open && n.localName !== 'summary') return true;
    }
    return false;
  };
  const visible = (el) => {
    if (!el || !el.isConnected || el.getClientRects().length === 0 || inClosedDetails(el)) return false;
    if (el.checkVisibility && !el.checkVisibility({ visibilityProperty: true, contentVisibilityAuto: true }))
      return false;
    const s = getComputedStyle(el);
    return s.visibility !== 'hidden' && s.display !== 'none';
  };
  const byId = (el, ids) =>
    ids
      .split(/\s+/)
      .map((id) => el.getRootNode().getElementById?.(id)?.textContent ?? '')
      .join(' ');
  const nameOf = (el) => {
    if (el.hasAttribute('aria-labelledby')) return norm(byId(el, el.getAttribute('aria-labelledby')));
    if (el.hasAttribute('aria-label')) return norm(el.getAttribute('aria-label'));
    if (el.labels && el.labels.length) return norm([...el.labels].map((l) => l.textContent).join(' '));
    if (el.localName === 'fieldset') return norm(el.querySelector('legend')?.textContent);
    if (el.localName === 'input') return norm(el.value || el.placeholder);
    return norm(el.textContent);
  };
  const matches = (text, name, exact) => {
    if (name && typeof name === 'object') return new RegExp(name.re, name.flags || '').test(text);
    return exact ? text === norm(name) : text.toLowerCase().includes(norm(name).toLowerCase());
  };
  const selectors = {
    button: 'button, input[type="submit"], input[type="button"], [role="button"]',
    link: 'a[href], [role="link"]',
    radio: 'input[type="radio"]',
    checkbox: 'input[type="checkbox"]',
    textbox:
      'input:not([type]), input[type="text"], input[type="number"], input[type="tel"], input[type="email"], textarea',
    searchbox: 'input[type="search"]',
    heading: 'h1, h2, h3, h4, h5, h6, [role="heading"]',
    group: 'fieldset, [role="group"]',
  };
  const shown = (el) =>
    visible(el) || ((el.type === 'radio' || el.type === 'checkbox') && [...(el.labels || [])].some(visible));
  const find = (q) => {
    if (q.css)
      return (
        all(q.css).find(
          (el) => (q.text === undefined || matches(norm(el.textContent), q.text, q.exact)) && shown(el),
        ) ?? null
      );
    if (q.text !== undefined) {
      // The innermost visible element whose text matches (as getByText does).
      const hits = all('*').filter(
        (el) =>
          !['SCRIPT', 'STYLE', 'NOSCRIPT', 'TITLE'].includes(el.tagName) &&
          matches(norm(el.textContent), q.text, q.exact) &&
          visible(el),
      );
      return hits.find((el) => !hits.some((o) => o !== el && el.contains(o))) ?? null;
    }
    const candidates = all(selectors[q.role]).filter((el) => {
      if (q.level && q.role === 'heading' && Number(el.getAttribute('aria-level') || el.localName.slice(1)) !== q.level)
        return false;
      return shown(el) && matches(nameOf(el), q.name, q.exact);
    });
    return candidates[0] ?? null;
  };
  const g = window.__tsGuard;
  switch (op) {
    case 'find': {
      const el = find(arg);
      if (el && (el.type === 'radio' || el.type === 'checkbox') && el.labels?.length) return el.labels[0];
      return el;
    }
    case 'input':
      return find(arg);
    case 'exists':
      return find(arg) != null;
    case 'ready':
      return all('[data-module="ts-screener"][data-state="ready"]').length > 0;
    case 'mark':
      if (g) g.readyAt = performance.now();
      return g != null;
    case 'report':
      if (!g) return { problems: ['guard: the page has no guard (not injected)'], late: [] };
      return {
        problems: g.problems.slice(),
        late: g.readyAt == null ? [] : g.resources.filter((r) => r.at >= g.readyAt).map((r) => r.url),
      };
    default:
      throw new Error(`query: unknown op ${op}`);
  }
}
