// The engine's answers in one shape: {ok: true, ...} or {ok: false, error: {code, message, path}, errors},
// whatever the module returned; and the timing of its steps, for the bench (tools/bench.mjs).

/**
 * A failure in the engine's own shape.
 * @returns {import('./contract').EngineFailure}
 */
export function failure(code, message, path = '') {
  const error = { code, message: String(message), path };
  return { ok: false, error, errors: [error] };
}

export function messageOf(e) {
  if (e && typeof e === 'object' && 'message' in e) return String(e.message);
  return String(e);
}

/** Normalises whatever the module returned into {ok: true, ...} or {ok: false, error, errors}. */
export function parseResult(name, text) {
  if (typeof text !== 'string') {
    return failure('engine.bad_result', `${name} returned ${typeof text}, not JSON text`);
  }
  let value;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return failure('engine.bad_result', `${name} returned text that is not JSON: ${messageOf(e)}`);
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    return failure('engine.bad_result', `${name} returned JSON that is not an object`);
  }
  if (value.ok === true) return value;
  const errors = Array.isArray(value.errors) ? value.errors.filter((e) => e && typeof e === 'object') : [];
  const first = value.error && typeof value.error === 'object' ? value.error : errors[0];
  const error = {
    code: String(first?.code ?? 'engine.failed'),
    message: String(first?.message ?? `${name} failed without saying why`),
    path: String(first?.path ?? first?.pointer ?? ''),
  };
  return { ...value, ok: false, error, errors: errors.length ? errors : [error] };
}

/** Times a step for the bench (tools/bench.mjs reads these as performance measures). */
export function timed(name, fn) {
  const start = globalThis.performance?.now?.() ?? 0;
  const done = () => {
    try {
      performance.measure(`threshold-screener:${name}`, { start });
    } catch {
      // no User Timing: nothing to record
    }
  };
  const value = fn();
  if (value && typeof value.then === 'function') return value.finally(done);
  done();
  return value;
}

/** Marks the measures a worker sent, so that a thread serving an engine never sends them back. */
export const FORWARDED = { from: 'threshold-engine-worker' };
