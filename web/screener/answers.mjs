// What the practitioner has answered, in memory only, and its two outside forms: Answers v1 for the
// engine (content/SCHEMA.md, docs/DESIGN.md) and the answers file a practitioner may save and open
// again. Nothing here ever touches storage: no localStorage, sessionStorage, cookies or IndexedDB.

export const FILE_FORMAT = 'threshold-screener-answers';
export const FILE_VERSION = 1;

// The page's three age bands; the ages each accepts come from the engine (its description's `accepts`).
export const AGE = ['unborn', 'under_one', 'years'];

/** A fresh, empty set of answers. */
export function emptyAnswers() {
  return {
    immediate_danger: null, // true | false | null
    age: null, // 'unborn' | 'under_one' | 'years' | null
    age_months: '', // text as typed
    age_years: '', // text as typed (the engine's range)
    non_mobile: null, // true | false | null
    involvement: null,
    weeks_since_step_down: '', // text as typed
    indicators: new Set(),
    none_seen: false, // "None of these" ticked (kept on the page only)
    agreed_level: null, // a level number | 'unknown' | null
    consent: null,
    significant_harm_suspected: null, // true | false | 'unknown' | null (asked when it decides consent)
  };
}

/**
 * The answers a new partnership keeps: every partnership asks about danger, age, mobility, services
 * and consent the same way. What was ticked and the agreed level belong to one partnership's guidance.
 */
export function keepCommonAnswers(a) {
  return {
    ...emptyAnswers(),
    immediate_danger: a.immediate_danger,
    age: a.age,
    age_months: a.age_months,
    age_years: a.age_years,
    non_mobile: a.non_mobile,
    involvement: a.involvement,
    weeks_since_step_down: a.weeks_since_step_down,
    consent: a.consent,
    significant_harm_suspected: a.significant_harm_suspected,
  };
}

/** True when nothing has been answered (no warning before leaving, nothing to save). */
export function isEmpty(a) {
  return (
    a.immediate_danger == null &&
    a.age == null &&
    a.non_mobile == null &&
    a.involvement == null &&
    a.indicators.size === 0 &&
    a.agreed_level == null &&
    a.consent == null &&
    a.significant_harm_suspected == null
  );
}

/**
 * A whole number from typed text within what the engine accepts ({min, max}; null: any, the engine
 * then says what it accepts), or null.
 * @param {unknown} text
 * @param {{min?: number, max?: number} | null} range
 */
export function wholeNumber(text, range) {
  const s = String(text ?? '').trim();
  if (!/^\d{1,4}$/.test(s)) return null;
  const n = Number(s);
  return !range || (n >= range.min && n <= range.max) ? n : null;
}

/** Today's date on this device as YYYY-MM-DD (local time, not UTC). */
export function today(now = new Date()) {
  const p = (n) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}

/**
 * Answers v1 for the engine. Fields the practitioner has not answered are left out (the engine
 * treats them as unknown); `date` is today unless told otherwise (null leaves it out). `accepts`
 * gives the engine's range for a number fact (describe.mjs `accepted`); a number outside it is left out.
 * @param {ReturnType<typeof emptyAnswers>} a
 * @param {{date?: string | null, pack?: {indicators?: {id: string}[]} | null,
 *   accepts?: (fact: string) => (import('./contract').Accepted | null)}} [o]
 */
export function toEngineAnswers(a, { date = today(), pack = null, accepts = () => null } = {}) {
  const out = {};
  if (date) out.date = date;
  if (a.immediate_danger != null) out.immediate_danger = a.immediate_danger;
  if (a.age === 'unborn') {
    out.unborn = true;
  } else if (a.age === 'under_one') {
    out.unborn = false;
    out.age_years = 0;
    const m = wholeNumber(a.age_months, accepts('age_months'));
    if (m != null) out.age_months = m;
  } else if (a.age === 'years') {
    out.unborn = false;
    const y = wholeNumber(a.age_years, accepts('age_years'));
    if (y != null) out.age_years = y;
  }
  if (a.age !== 'unborn' && a.non_mobile != null) out.non_mobile = a.non_mobile;
  if (a.involvement) out.involvement = a.involvement;
  if (a.involvement === 'recently_stepped_down') {
    const w = wholeNumber(a.weeks_since_step_down, accepts('weeks_since_step_down'));
    if (w != null) out.weeks_since_step_down = w;
  }
  const known = pack ? new Set((pack.indicators ?? []).map((i) => i.id)) : null;
  const ticked = [...a.indicators].filter((id) => !known || known.has(id));
  if (ticked.length) out.indicators = ticked;
  if (typeof a.agreed_level === 'number') out.agreed_level = a.agreed_level;
  if (a.consent) out.consent = a.consent;
  if (a.significant_harm_suspected != null) out.significant_harm_suspected = a.significant_harm_suspected;
  return out;
}

/** The reverse of toEngineAnswers, for an opened answers file. Unknown values are dropped. */
export function fromEngineAnswers(v) {
  const a = emptyAnswers();
  if (!v || typeof v !== 'object') return a;
  if (typeof v.immediate_danger === 'boolean') a.immediate_danger = v.immediate_danger;
  if (v.unborn === true) {
    a.age = 'unborn';
  } else if (typeof v.age_years === 'number' && v.age_years < 1) {
    a.age = 'under_one';
    if (typeof v.age_months === 'number') a.age_months = String(v.age_months);
  } else if (typeof v.age_years === 'number') {
    a.age = 'years';
    a.age_years = String(v.age_years);
  }
  if (typeof v.non_mobile === 'boolean') a.non_mobile = v.non_mobile;
  // Values are the engine's to judge: an opened file is checked by the engine before it is used.
  if (typeof v.involvement === 'string') a.involvement = v.involvement;
  if (typeof v.weeks_since_step_down === 'number') a.weeks_since_step_down = String(v.weeks_since_step_down);
  if (Array.isArray(v.indicators)) a.indicators = new Set(v.indicators.filter((x) => typeof x === 'string'));
  if (typeof v.agreed_level === 'number') a.agreed_level = v.agreed_level;
  if (typeof v.consent === 'string') a.consent = v.consent;
  if (typeof v.significant_harm_suspected === 'boolean' || typeof v.significant_harm_suspected === 'string')
    a.significant_harm_suspected = v.significant_harm_suspected;
  return a;
}

/** The answers file: what "Save answers to a file" writes. No name, no date of birth, no address. */
export function toFile(packId, a, pathway = null) {
  const file = {
    format: FILE_FORMAT,
    version: FILE_VERSION,
    pack: packId,
    saved: today(),
    answers: toEngineAnswers(a, { date: null }),
  };
  if (pathway && pathway.id) file.pathway = { id: pathway.id, steps: pathway.steps };
  return JSON.stringify(file, null, 2) + '\n';
}

/**
 * Reads an answers file: {ok: true, pack, answers, pathway} or {ok: false, error: {code, message, path}}.
 */
export function fromFile(text) {
  let v;
  try {
    v = JSON.parse(text);
  } catch (e) {
    return bad('answers.syntax', `the file is not JSON (${e.message})`, '');
  }
  if (!v || typeof v !== 'object' || Array.isArray(v))
    return bad('answers.wrong_type', 'the file does not hold an object', '');
  if (v.format !== FILE_FORMAT)
    return bad('answers.bad_value', 'this is not a Threshold Screener answers file', '/format');
  if (v.version !== FILE_VERSION)
    return bad('answers.bad_value', `answers file version ${v.version} is not supported`, '/version');
  if (typeof v.pack !== 'string')
    return bad('answers.missing_key', 'the file does not say which partnership it is for', '/pack');
  if (!v.answers || typeof v.answers !== 'object')
    return bad('answers.missing_key', 'the file holds no answers', '/answers');
  let pathway = null;
  if (v.pathway && typeof v.pathway.id === 'string' && Array.isArray(v.pathway.steps)) {
    pathway = {
      id: v.pathway.id,
      steps: v.pathway.steps
        .filter((s) => s && typeof s.node === 'string' && typeof s.choice === 'string')
        .map((s) => ({ node: s.node, choice: s.choice })),
    };
  }
  return { ok: true, pack: v.pack, raw: v.answers, answers: fromEngineAnswers(v.answers), pathway };
}

function bad(code, message, path) {
  const error = { code, message, path };
  return { ok: false, error, errors: [error] };
}
