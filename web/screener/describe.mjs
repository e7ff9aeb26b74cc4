// What the page needs to ask and show, from the engine's describe(pack, answers) call.
//
// INTERIM: until the engine's describe() is in the WASM build, `interimDescribe` gives the same
// shape from the pack text with no decision taken (no applicability: every indicator "unknown";
// mobility asked for every born child). It exists only so that the page runs on an older engine; it
// is deleted once every build has describe().

/**
 * @param {object} engine screener/engine.mjs
 * @param {string} packId the engine's pack id
 * @param {object} answers Answers v1
 * @param {object} pack the parsed pack (for the interim shape only)
 * @returns {object} the describe() answer
 */
export function describe(engine, packId, answers, pack) {
  if (engine.has?.('describe')) {
    const r = engine.describe(packId, answers);
    if (r.ok) return r.describe ?? r;
  }
  return interimDescribe(pack, answers);
}

function interimDescribe(pack, answers) {
  const p = pack.partnership ?? {};
  const indicators = pack.indicators ?? [];
  const born = answers.unborn === false;
  const ask = {
    immediate_danger: true,
    age: true,
    non_mobile: born && JSON.stringify(pack).includes('"non_mobile"'),
    involvement: true,
    indicators: indicators.length > 0,
    agreed_level: pack.default_level == null,
    consent: true,
    significant_harm_suspected: false,
  };
  return {
    partnership: { name: p.name ?? pack.id, area: p.area ?? p.name ?? pack.id, document_title: p.document_title ?? '', date_text: p.published || 'undated', url: null, not_covered: p.not_covered ?? [] },
    has_matrix: indicators.length > 0 && pack.default_level != null,
    questions: Object.entries(ask).map(([id, a]) => ({ id, ask: a, why: '' })),
    levels: [...(pack.levels ?? [])].sort((x, y) => x.number - y.number),
    domains: (pack.domains ?? []).map((d) => ({
      id: d.id,
      label: d.label,
      indicators: indicators.filter((i) => i.domain === d.id).sort((x, y) => (x.level ?? 0) - (y.level ?? 0)).map((i) => ({
        id: i.id,
        text: i.text,
        level: i.level,
        strength: (i.kind ?? 'concern') === 'strength',
        hint: i.hint ?? '',
        strategy_discussion: Boolean(i.strategy_discussion),
        immediate_danger: Boolean(i.immediate_danger),
        consent_may_increase_risk: Boolean(i.consent_may_increase_risk),
        applies: 'unknown',
        applies_text: '',
      })),
    })),
    pathways: (pack.pathways ?? []).map((x) => ({ id: x.id, title: x.title, short_title: x.title, summary: x.summary ?? '' })),
    contacts: pack.contacts ?? [],
    calendar: { id: typeof pack.calendar === 'string' ? pack.calendar : 'england-and-wales', name: '' },
    entry_steps: [],
  };
}

/** Whether describe() says the question is asked now. */
export function asks(described, question) {
  return Boolean(described?.questions?.find((q) => q.id === question)?.ask);
}

/**
 * The outcome's next steps. INTERIM for an engine without `next_steps`: the route with its contacts,
 * the strategy discussion and the deadlines, in that order, as the outcome already decided them.
 */
export function nextStepsOf(outcome) {
  if (Array.isArray(outcome.next_steps)) return outcome.next_steps;
  const steps = [];
  if (outcome.immediate_action === 'call_999') {
    steps.push({ id: 'call_999', kind: 'call_999', text: 'Call 999 now', contacts: [{ id: 'police', label: 'Police', phone: '999' }], due: null, source: '' });
  }
  const r = outcome.route;
  if (r) steps.push({ id: r.id, kind: 'call', text: r.label, contacts: (r.contacts ?? []).filter((c) => typeof c === 'object'), due: null, source: r.source ?? '' });
  if (outcome.strategy_discussion) {
    steps.push({ id: 'strategy_discussion', kind: 'strategy_discussion', text: 'A strategy discussion is indicated', contacts: [], due: null, source: outcome.strategy_discussion_note?.source ?? '' });
  }
  for (const d of outcome.deadlines ?? []) {
    steps.push({ id: d.id ?? d.label, kind: 'form', text: d.label, contacts: [], due: { amount: d.amount, unit: d.unit, starts: d.starts ?? null, date: d.due ?? null, time: null }, source: d.source ?? '' });
  }
  return steps;
}

/**
 * The consent verdict: {verdict, sentence, record, exception, adviceContacts}. INTERIM for an engine
 * without `consent.verdict`: the outcome's own guidance, quoted, with no sentence of the page's.
 */
export function consentVerdictOf(consent) {
  if (!consent) return { verdict: null, sentence: '' };
  if (consent.verdict) {
    return { verdict: consent.verdict, sentence: consent.sentence ?? '', record: consent.record ?? null, exception: consent.exception ?? null, adviceContacts: consent.advice_contacts ?? [] };
  }
  const first = (consent.guidance ?? [])[0];
  return { verdict: null, sentence: first ? [].concat(first.text).join(' ') : '', record: null, exception: null, adviceContacts: [] };
}
