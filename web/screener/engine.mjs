// The engine: a small idiomatic layer over the WASM module (wasm/bindings.cpp).
//
//   import { getEngine } from './screener/engine.mjs';
//   const engine = await getEngine();               // one engine, the promise shared
//   const loaded = await engine.loadPack(packText, calendarText);   // {ok, pack_id} | {ok:false, error}
//   const r = await engine.evaluate('dudley', { date: '2026-11-23', indicators: ['...'] });
// (`await` each call: in a worker the engine answers with a promise, on this thread at once.)
//   if (r.ok) show(r.outcome); else showError(r.error);      // error: {code, message, path}
//
// Nothing here throws and getEngine() never rejects: every failure, from a browser without
// WebAssembly to a result that is not JSON, comes back as {ok: false, error: {code, message, path}}
// (plus `errors`, every problem, when the engine reported several).

import { failure, messageOf, parseResult, timed, FORWARDED } from './engine-result.mjs';
import { Vouches } from './vouch.mjs';
import { serve } from './engine-server.mjs';

export { failure };

/** The vouches this engine layer has seen (screener/vouch.mjs). */
const vouches = new Vouches();

/**
 * Records the pack text for the fast path when it is the text the build vouched for. When the engine
 * runs in a worker, the worker checks it there (hashing the text takes this thread's time).
 * @returns {Promise<boolean|null>} whether it is, or null when the engine's worker will check it
 */
export async function vouchFor(text, vouch) {
  return engineRunsInWorker() ? vouches.claim(text, vouch) : vouches.check(text, vouch);
}

/** How the Emscripten module is obtained: replaced by the single-file build and by tests. */
let loadModule = () => import('./threshold_engine.mjs');
/** The engine's worker script (hosted pages), or null: the engine then runs on the calling thread. */
let workerUrl = null;
/** Set when the worker could not start: the engine then runs on this thread. */
let workerFailed = false;
/** The worker while its engine starts (startWorker), to hand it a pack before then (preloadPack). */
let startingWorker = null;
let enginePromise = null;

/**
 * Chooses how the module is imported, and whether the engine runs in a worker (`worker`: the URL of
 * threshold-engine-worker.mjs). Call before the first getEngine(); later calls are ignored once the
 * engine has started loading.
 * @param {{load?: () => Promise<any>, worker?: string|URL|null}} options
 */
export function configureEngine({ load, worker } = {}) {
  if (enginePromise) return;
  if (typeof load === 'function') loadModule = load;
  if (worker !== undefined) workerUrl = worker;
}

/**
 * Whether the engine will run in a worker: starting it then costs the page's thread nothing, so the
 * page can start it before its first paint.
 */
export function engineRunsInWorker() {
  return workerUrl != null && !workerFailed && typeof Worker === 'function';
}

/**
 * Hands a pack to the engine's worker as soon as the page has it, before the engine is ready: the
 * worker loads it the moment its engine has started, while the page draws its first page, and the
 * page's own loadPack() of the same text is then answered at once. Does nothing unless a worker is
 * starting.
 */
export function preloadPack(packText, calendarText) {
  const text = String(packText ?? '');
  // Call 0 has no caller waiting: its answer is dropped, and loadPack() asks again.
  startingWorker?.postMessage({
    id: 0,
    method: 'loadPack',
    args: [text, String(calendarText ?? ''), vouches.claimOf(text)],
  });
}

function asText(value) {
  if (typeof value === 'string') return value;
  try {
    return JSON.stringify(value ?? {});
  } catch (e) {
    return null;
  }
}

/**
 * The engine's calls, the same whether the engine runs here (Engine) or in a worker (RemoteEngine):
 * answers and ids become the JSON text the module takes, and `call` makes the call. Answers that cannot
 * be written as JSON are refused at once.
 */
class EngineCalls {
  constructor() {
    this.restarting = null;
    /** Called when a fresh instance has replaced one that trapped (each screener redraws). */
    this.restartListeners = new Set();
  }

  /**
   * One call into the engine: each kind of engine says how (on this thread, or in the worker).
   * @abstract
   * @param {string} name
   * @param {...string} args
   * @returns {any}
   */
  call(name, ...args) {
    return failure('engine.missing_function', `the engine has no ${name}() (${args.length} arguments)`);
  }

  /** Calls `listener` after each restart; returns a function that stops it. */
  onRestart(listener) {
    this.restartListeners.add(listener);
    return () => this.restartListeners.delete(listener);
  }

  /** Resolves when no restart is under way. */
  whenReady() {
    return this.restarting ?? Promise.resolve();
  }

  /** What the page asks and shows for a pack and (partial) Answers v1: {ok, description}. */
  describe(packId, answers = {}) {
    const text = asText(answers);
    if (text == null) return failure('answers.syntax', 'the answers cannot be written as JSON');
    return this.call('describe', String(packId), text);
  }

  /**
   * What a page needs on every answer change: {ok, live: {questions: [{id, ask}], level, level_label,
   * immediate_action}}, the engine's answers without the indicator lists and citations.
   */
  live(packId, answers = {}) {
    const text = asText(answers);
    if (text == null) return failure('answers.syntax', 'the answers cannot be written as JSON');
    return this.call('live', String(packId), text);
  }

  /**
   * What a page draws, from one evaluation of Answers v1 (object or JSON text): {ok, description, outcome}.
   * @returns {import('./contract').EngineResult<{description: import('./contract').Description, outcome: import('./contract').Outcome}>}
   */
  screen(packId, answers = {}) {
    const text = asText(answers);
    if (text == null) return failure('answers.syntax', 'the answers cannot be written as JSON');
    return this.call('screen', String(packId), text);
  }

  /** Evaluates Answers v1 (object or JSON text): {ok, outcome}. */
  evaluate(packId, answers) {
    const text = asText(answers);
    if (text == null) return failure('answers.syntax', 'the answers cannot be written as JSON');
    return this.call('evaluate', String(packId), text);
  }

  /** Indicators matching the words, best first: {ok, results: [{id, text, level, domain, kind, score}]}. */
  search(packId, query) {
    return this.call('search', String(packId), String(query ?? ''));
  }

  /** The pack's static reference as an HTML fragment: {ok, html}. */
  render(packId) {
    return this.call('render', String(packId));
  }

  /** Walks a pathway with {date, screening, steps}: {ok, step}. */
  walk(packId, pathwayId, pathwayAnswers) {
    const text = asText(pathwayAnswers);
    if (text == null) return failure('answers.syntax', 'the pathway answers cannot be written as JSON');
    return this.call('walk', String(packId), String(pathwayId), text);
  }
}

/**
 * The engine API over one module instance (or over none, when it could not be created).
 *
 * The engine is built without C++ exception support (it saves 9 KB gzip): a failure inside it, such as
 * running out of memory, stops that instance for good (a WebAssembly trap). Then the call returns
 * {ok: false, error: {code: 'engine.restarted'}}, a fresh instance starts with every pack that was
 * loaded, and `onRestart` listeners are called once it is ready; calls in between return
 * 'engine.restarting'.
 */
class Engine extends EngineCalls {
  constructor(module, error, factory = null) {
    super();
    this.module = module;
    /** {code, message, path} when the module could not be created, else null. */
    this.error = error;
    this.factory = factory;
    /** The packs loaded, to load again into a fresh instance: pack id → [function, arguments]. */
    this.loaded = new Map();
  }

  /** The id of the pack loaded from exactly these texts, while it is the one loaded under that id. */
  loadedFrom(packText, calendarText) {
    for (const [id, [, args]] of this.loaded) if (args[0] === packText && args[1] === calendarText) return id;
    return null;
  }

  /** True when the WASM module is running (or about to run again after a trap). */
  get available() {
    return this.module != null || this.restarting != null;
  }

  call(name, ...args) {
    const r = this.callForText(name, ...args);
    return typeof r === 'string' ? parseResult(name, r) : r;
  }

  /** The module's JSON text, or a failure object when the call could not be made. */
  callForText(name, ...args) {
    if (this.restarting)
      return failure(
        'engine.restarting',
        'the engine is starting again after an internal error: try again in a moment',
      );
    if (!this.module) return { ok: false, error: this.error, errors: [this.error] };
    const fn = this.module[name];
    if (typeof fn !== 'function') return failure('engine.missing_function', `the engine has no ${name}()`);
    for (const a of args) {
      if (typeof a !== 'string') return failure('engine.bad_argument', `${name}() needs JSON text`);
    }
    let text;
    try {
      text = fn.apply(this.module, args);
    } catch (e) {
      // The instance cannot be trusted after this: replace it.
      this.restart();
      return failure(
        'engine.restarted',
        `${name}() stopped on an internal error (${messageOf(e)}); the engine has been started again with the same guidance, and your answers are kept`,
      );
    }
    return typeof text === 'string' ? text : parseResult(name, text);
  }

  /** Replaces a module that trapped with a fresh one holding the same packs. */
  restart() {
    if (this.restarting) return this.restarting;
    this.module = null;
    if (!this.factory) {
      this.error = failure(
        'engine.unavailable',
        'the engine stopped on an internal error and cannot be started again',
      ).error;
      return Promise.resolve();
    }
    this.restarting = (async () => {
      try {
        const module = await this.factory();
        for (const [fn, args] of this.loaded.values()) module[fn](...args);
        this.module = module;
      } catch (e) {
        this.error = failure('engine.unavailable', `the engine could not start again: ${messageOf(e)}`).error;
      }
      this.restarting = null;
      for (const listener of this.restartListeners) listener();
    })();
    return this.restarting;
  }

  /**
   * Loads (or replaces) a pack: {ok, pack_id}. Arguments are JSON text. A text the site build
   * vouched for (vouchFor) takes the fast path; any other is validated in full.
   */
  loadPack(packText, calendarText) {
    const text = String(packText ?? '');
    const fast = vouches.has(text) && typeof this.module?.load_validated_pack === 'function';
    const fn = fast ? 'load_validated_pack' : 'load_pack';
    const args = [text, String(calendarText ?? '')];
    const r = timed(fast ? 'load-pack-vouched' : 'load-pack', () => this.call(fn, ...args));
    if (r.ok) this.loaded.set(r.pack_id, [fn, args]);
    return r;
  }
}

/**
 * What the page's thread can ask of the engine in the worker (threshold-engine-worker.mjs): the
 * module's calls, by the names EngineCalls gives them, and loadPack.
 */
export const REMOTE_METHODS = ['loadPack', 'describe', 'live', 'screen', 'evaluate', 'search', 'render', 'walk'];

/**
 * The engine API over an Engine running in a worker (threshold-engine-worker.mjs): starting the
 * engine and reading a partnership's guidance, its longest steps, never hold up the page. Each call
 * returns a promise of what Engine's call returns; the worker answers calls in the order they are made.
 * Traps are handled by the Engine in the worker, which starts a fresh instance and says so.
 */
class RemoteEngine extends EngineCalls {
  constructor(worker, { available, error }) {
    super();
    this.worker = worker;
    this.running = available;
    this.error = error;
    this.calls = new Map();
    this.nextCall = 1;
    this.endRestart = null;
  }

  get available() {
    return this.running || this.restarting != null;
  }

  receive(data) {
    if (data?.type === 'measure') return measureFrom(data);
    if (data?.type === 'restarted') return this.restarted(data);
    const call = this.calls.get(data?.id);
    if (!call) return undefined;
    this.calls.delete(data.id);
    const result = typeof data.result === 'string' ? parseResult(call.method, data.result) : data.result;
    if (result?.error?.code === 'engine.restarted' && !this.restarting) {
      this.restarting = new Promise((done) => {
        this.endRestart = done;
      });
    }
    return call.resolve(result);
  }

  restarted({ available, error }) {
    this.running = available;
    this.error = error;
    const done = this.endRestart;
    this.restarting = null;
    this.endRestart = null;
    done?.();
    for (const listener of this.restartListeners) listener();
  }

  /** The worker itself stopped (it should not): every call from now on says so. */
  lost() {
    if (!this.running) return;
    this.running = false;
    this.error = failure('engine.unavailable', "the engine's worker stopped").error;
    for (const call of this.calls.values()) call.resolve({ ok: false, error: this.error, errors: [this.error] });
    this.calls.clear();
    this.worker.terminate();
    this.restarted({ available: false, error: this.error });
  }

  call(method, ...args) {
    if (!this.available) return Promise.resolve({ ok: false, error: this.error, errors: [this.error] });
    return new Promise((resolve) => {
      const id = this.nextCall++;
      this.calls.set(id, { method, resolve });
      this.worker.postMessage({ id, method, args });
    });
  }

  /** The worker checks the text's vouch (vouchFor) before it loads it. */
  loadPack(packText, calendarText) {
    const text = String(packText ?? '');
    return this.call('loadPack', text, String(calendarText ?? ''), vouches.claimOf(text));
  }
}

/** A step the worker timed, recorded on the page's own timeline for the bench. */
function measureFrom({ name, start, duration }) {
  try {
    performance.measure(String(name), {
      start: Number(start) - performance.timeOrigin,
      duration: Number(duration),
      detail: FORWARDED,
    });
  } catch {
    // no User Timing: nothing to record
  }
}

/**
 * The worker threshold-engine-early.js started while the page loaded, with the events it has had
 * since, when it is the one wanted (`url`; null: none is, stop it); null otherwise. Marks the engine
 * as started either way, so that the early script, if it comes later, starts none.
 */
function adoptEarlyWorker(url) {
  const early = globalThis.thresholdScreenerEngine;
  globalThis.thresholdScreenerEngine = { adopted: true };
  if (typeof early?.adopt !== 'function') return null;
  const adopted = early.adopt();
  let wanted = null;
  try {
    if (url != null) wanted = new URL(url, globalThis.location?.href).href;
  } catch {
    // not a URL: not the worker wanted
  }
  if (wanted != null && early.url === wanted) return adopted;
  adopted.worker.terminate();
  return null;
}

/** The engine in a worker, or null when the worker cannot start (the engine then runs here). */
function startWorker(url) {
  return new Promise((resolve) => {
    const adopted = adoptEarlyWorker(url);
    let worker = adopted?.worker;
    if (!worker) {
      try {
        worker = new Worker(url, { type: 'module', name: 'threshold-engine' });
      } catch {
        resolve(null);
        return;
      }
    }
    startingWorker = worker;
    let remote = null;
    let settled = false;
    const handle = (event) => {
      if (remote) return event.type === 'error' ? remote.lost() : remote.receive(event.data);
      if (settled) return undefined;
      const data = event.type === 'message' ? event.data : null;
      if (data?.type === 'measure') return measureFrom(data);
      if (event.type === 'message' && data?.type !== 'started') return undefined;
      settled = true;
      startingWorker = null;
      if (data?.available) {
        remote = new RemoteEngine(worker, data);
        return resolve(remote);
      }
      // The script failed to load (an error event) or its engine cannot run: the engine runs here.
      worker.terminate();
      return resolve(null);
    };
    worker.addEventListener('message', handle);
    worker.addEventListener('error', (event) => {
      event.preventDefault?.();
      handle(event);
    });
    for (const event of adopted?.early ?? []) handle(event);
  });
}

async function create() {
  // A browser whose pages cannot run WebAssembly cannot run it in their workers either: createHere says so.
  const webAssembly = typeof WebAssembly === 'object' && WebAssembly !== null;
  if (!webAssembly) adoptEarlyWorker(null);
  if (webAssembly && engineRunsInWorker()) {
    const remote = await startWorker(workerUrl);
    if (remote) return remote;
    // The engine runs here after all: check here the vouches left for the worker.
    workerFailed = true;
    await vouches.checkClaims();
  }
  return createHere();
}

/** The engine on this thread. */
async function createHere() {
  if (typeof WebAssembly !== 'object' || WebAssembly === null) {
    return new Engine(null, failure('engine.no_webassembly', 'this browser cannot run WebAssembly').error);
  }
  try {
    const imported = await timed('engine-import', () => loadModule());
    const factory = typeof imported === 'function' ? imported : imported?.default;
    if (typeof factory !== 'function') {
      return new Engine(null, failure('engine.unavailable', 'the engine module has no factory').error);
    }
    const module = await timed('engine-start', () => factory());
    return new Engine(module, null, factory);
  } catch (e) {
    return new Engine(null, failure('engine.unavailable', `the engine could not start: ${messageOf(e)}`).error);
  }
}

/**
 * Runs an engine on this thread for the page's thread (RemoteEngine) over `port`: the worker's global
 * scope (threshold-engine-worker.mjs), or a MessagePort in tests (screener/engine-server.mjs).
 * @returns {Promise<Engine>} the engine served
 */
export function serveEngine(port) {
  return serve(port, { start: createHere, vouchFor, methods: REMOTE_METHODS });
}

/**
 * The shared engine. The module is created once (each instance takes its own memory) and every
 * caller gets the same promise. Never rejects: check `engine.available` or the {ok} of each call.
 * @returns {Promise<Engine>}
 */
export function getEngine() {
  if (!enginePromise) enginePromise = create();
  return enginePromise;
}
