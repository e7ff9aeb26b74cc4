// The worker's side of the engine (threshold-engine-worker.mjs): an engine on this thread answering
// the page's thread (RemoteEngine in screener/engine.mjs) by messages. screener/engine.mjs's
// serveEngine() calls it with that layer's own engine and vouches.

import { failure, timed, FORWARDED } from './engine-result.mjs';

/**
 * Runs an engine on this thread for the page's thread (RemoteEngine) over `port`: the worker's global
 * scope (threshold-engine-worker.mjs), or a MessagePort in tests. Messages: {id, method, args} in,
 * {id, result} out, in order; {type: 'started' | 'restarted', available, error} once the engine is
 * ready and whenever it has replaced an instance that trapped; {type: 'measure', ...} for each step
 * timed here (the page records it on its own timeline, for the bench).
 * @param {MessagePort | object} port
 * @param {object} layer the engine layer served (screener/engine.mjs)
 * @param {() => Promise<any>} layer.start starts the engine (on this thread)
 * @param {(text: string, vouch: string) => Promise<boolean|null>} layer.vouchFor checks a pack's vouch
 * @param {string[]} layer.methods the calls the page's thread may make
 * @returns {Promise<any>} the engine served
 */
export function serve(port, { start, vouchFor, methods: names }) {
  if (typeof PerformanceObserver === 'function') {
    try {
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) {
          const detail = /** @type {{detail?: {from?: string}}} */ (e).detail;
          if (e.name.startsWith('threshold-screener:') && detail?.from !== FORWARDED.from)
            port.postMessage({
              type: 'measure',
              name: e.name,
              start: performance.timeOrigin + e.startTime,
              duration: e.duration,
            });
        }
      }).observe({ type: 'measure' });
    } catch {
      // no User Timing here: the bench has no breakdown, and nothing else changes
    }
  }
  const methods = new Set(names);
  const ready = start().then((engine) => {
    engine.onRestart(() => port.postMessage({ type: 'restarted', available: engine.available, error: engine.error }));
    port.postMessage({ type: 'started', available: engine.available, error: engine.error });
    return engine;
  });
  // A pack's vouch is checked as the pack arrives, while the engine may still be starting; once for
  // each text (preloadPack and the page's own loadPack send the same one).
  const vouching = new Map();
  /**
   * @param {object} engine
   * @param {{id?: number, method?: string, args?: string[]}} [call]
   */
  const answer = async (engine, { id, method, args } = {}) => {
    if (!methods.has(method) || !Array.isArray(args))
      return { id, result: failure('engine.missing_function', `the engine has no ${String(method)}()`) };
    if (method === 'loadPack') {
      const [text, calendar] = args;
      // Already loaded from this very text (preloadPack): the same pack, no second load.
      const loaded = engine.loadedFrom(text, calendar);
      if (loaded != null) return { id, result: { ok: true, pack_id: loaded } };
      await vouching.get(text);
      return { id, result: engine.loadPack(text, calendar) };
    }
    // The answer stays JSON text: it crosses to the page's thread as one string, parsed there (a
    // 130 KB outcome as an object graph costs several times as much to copy).
    return { id, result: engine.callForText(method, ...args) };
  };
  // One call at a time, in the order made: a pack is loaded before the calls that use it.
  let queue = ready;
  port.addEventListener('message', ({ data }) => {
    const [text, , vouch] = data?.method === 'loadPack' && Array.isArray(data.args) ? data.args : [];
    if (typeof text === 'string' && typeof vouch === 'string' && !vouching.has(text))
      vouching.set(
        text,
        timed('vouch', () => vouchFor(text, vouch)),
      );
    queue = queue.then(async (engine) => {
      port.postMessage(await answer(engine, data ?? {}));
      return engine;
    });
  });
  return ready;
}
