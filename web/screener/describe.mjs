// What the page asks and shows, as the engine decides it: describe(pack, answers) for the questions,
// indicators and procedures, and the outcome's next steps and consent verdict. Nothing here decides:
// it only reads the engine's answers (docs/API.md, "Describe" and "Outcome").

/** An empty description, for a page shown while the engine has nothing to say (a failed call). */
const EMPTY = {
  partnership: { name: '', document_title: '', date_text: '', url: null, not_covered: [] },
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
 * @param {object} engine screener/engine.mjs
 * @param {string} packId the engine's pack id
 * @param {object} answers Answers v1 (partial)
 * @returns {Promise<{ok: boolean, description: object, error?: object}>}
 */
export async function describe(engine, packId, answers) {
  const r = await engine.describe(packId, answers);
  return r.ok ? { ok: true, description: r.description } : { ok: false, description: EMPTY, error: r.error };
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

/** Whether describe() says the question is asked now. */
export function asks(described, question) {
  return Boolean(described?.questions?.find((q) => q.id === question)?.ask);
}

/** The outcome's next steps, in the engine's order. */
export const nextStepsOf = (outcome) => (Array.isArray(outcome?.next_steps) ? outcome.next_steps : []);

/** The consent verdict: {verdict, sentence, record, exception, question, adviceContacts}. */
export function consentVerdictOf(consent) {
  if (!consent)
    return { verdict: null, sentence: '', record: null, exception: null, question: null, adviceContacts: [] };
  return {
    verdict: consent.verdict ?? null,
    sentence: consent.sentence ?? '',
    record: consent.record ?? null,
    exception: consent.exception ?? null,
    question: consent.question ?? null,
    adviceContacts: consent.advice_contacts ?? [],
  };
}
