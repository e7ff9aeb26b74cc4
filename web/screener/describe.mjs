// What the page asks and shows, as the engine decides it: describe(pack, answers) for the questions,
// indicators and procedures, and the outcome's next steps and consent verdict. Nothing here decides:
// it only reads the engine's answers (docs/API.md, "Describe" and "Outcome").

/**
 * A partnership the engine has said nothing of (a failed call): every field empty.
 * @type {import('./contract').Partnership}
 */
export const NO_PARTNERSHIP = {
  name: '',
  area: '',
  document_title: '',
  date_text: '',
  url: null,
  not_covered: [],
  search_examples: [],
  currency: {
    dated: '',
    checked: null,
    checked_date: null,
    review_by: null,
    review_by_date: null,
    overdue: null,
    text: '',
    overdue_text: null,
    url: null,
  },
};

/**
 * An empty description, for a page shown while the engine has nothing to say (a failed call).
 * @type {import('./contract').Description}
 */
const EMPTY = {
  partnership: NO_PARTNERSHIP,
  has_matrix: true,
  questions: [],
  levels: [],
  domains: [],
  pathways: [],
  contacts: [],
  calendar: null,
  entry_steps: [],
};

/**
 * The description and the outcome of the answers, from one evaluation.
 * @param {object} engine screener/engine.mjs
 * @param {string} packId the engine's pack id
 * @param {object} answers Answers v1 (partial)
 * @returns {Promise<{ok: boolean, description: import('./contract').Description, outcome: import('./contract').Outcome | null, error?: import('./contract').EngineError}>}
 */
export async function screen(engine, packId, answers) {
  const r = await engine.screen(packId, answers);
  return r.ok
    ? { ok: true, description: r.description, outcome: r.outcome }
    : { ok: false, description: EMPTY, outcome: null, error: r.error };
}

/**
 * The part of describe() the first pages are drawn from (start, entry page, immediate danger): all of
 * it but the indicator lists. The site build writes it for each pack; the page checks it against the
 * engine's own once ready.
 */
export function firstPagesOf(description) {
  const { domains, ...rest } = description; // eslint-disable-line no-unused-vars
  return rest;
}

/**
 * What the engine accepts for an answer fact, as its description says (a question's `accepts`):
 * {type: 'number', min, max, whole} | {type: 'string', options} | {type: 'boolean', unknown}, or null.
 * @param {import('./contract').Description | null} described
 * @param {string} fact
 * @returns {import('./contract').Accepted | null}
 */
export function accepted(described, fact) {
  for (const q of described?.questions ?? []) if (q.accepts && fact in q.accepts) return q.accepts[fact];
  return null;
}

/** Whether describe() says the question is asked now. */
export function asks(described, question) {
  return Boolean(described?.questions?.find((q) => q.id === question)?.ask);
}

/** The outcome's next steps, in the engine's order. */
export const nextStepsOf = (outcome) => (Array.isArray(outcome?.next_steps) ? outcome.next_steps : []);
