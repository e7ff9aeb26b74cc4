// The page's side of the authoring engine: module workers (threshold-author-worker.mjs, beside the
// page's script) where the page may start them, else the same checks on this thread. Two lanes:
//  - checks (reader, test cases, changes, reference): the newest draft only; while one runs, only the
//    newest draft waits behind it, so typing never queues up a check per keystroke;
//  - safety (every combination of answers, seconds for a large guidance): in a worker of its own, so
//    that it never holds up the other checks; the newest draft only, in the same way.
//
//   const engine = authorEngine(new URL('.', import.meta.url), { worker, calendarText });
//   engine.check({ pack, scenarios, opened, render }, (part) => ...);   // parts of the newest draft only
//   engine.safety({ pack }, (part) => ...);
//   const files = await engine.newPack('anytown');                       // {ok, pack, scenarios, readme}

import { createChecker } from './checks.mjs';

/** A worker answering requests by number; `null` where no worker can start. */
function startWorker(url, lost) {
  let worker;
  try {
    worker = new Worker(url, { type: 'module' });
  } catch {
    return null;
  }
  const waiting = new Map(); // seq -> {onPart, resolve}
  let seq = 0;
  worker.onmessage = (ev) => {
    const { seq: n, part, ...rest } = ev.data ?? {};
    const w = waiting.get(n);
    if (!w) return;
    if (part === 'done') {
      waiting.delete(n);
      w.resolve(true);
    } else w.onPart({ part, ...rest });
  };
  worker.onerror = () => {
    // The worker could not start (a policy without worker-src, say): the caller runs the request here.
    for (const [, w] of waiting) w.resolve(false);
    waiting.clear();
    lost();
  };
  return {
    send: (kind, request, onPart) =>
      new Promise((resolve) => {
        seq += 1;
        waiting.set(seq, { onPart, resolve });
        worker.postMessage({ seq, kind, request });
      }),
    stop() {
      worker.terminate();
      for (const [, w] of waiting) w.resolve(true);
      waiting.clear();
    },
  };
}

/**
 * @param {URL} base the folder of the site's scripts
 * @param {object} o
 * @param {string|null} o.worker the worker script's name beside the page's script, or null: no worker
 *   is tried (the single file, threshold-author.html: a file:// page under its policy cannot start one)
 * @param {(id: string) => Promise<string|null>} o.calendarText a calendar's JSON text, for this thread
 */
export function authorEngine(base, { worker: workerName, calendarText }) {
  let local = null;
  let workersFail = workerName == null;
  const localChecker = () => {
    // Beside the page's script (hosted), or bundled into it (the single file).
    local ??= createChecker({ loadModule: () => import('./threshold_author_engine.mjs'), calendarText });
    return local;
  };
  const runLocally = (kind, request, onPart) => {
    const c = localChecker();
    if (kind === 'warm') return c.warm();
    if (kind === 'new') return c.newPack(request.id).then((r) => onPart({ part: 'new', ...r }));
    return kind === 'safety' ? c.safety(request, onPart) : c.check(request, onPart);
  };
  const lane = () => {
    let w = null;
    const worker = () => {
      if (workersFail) return null;
      w ??= startWorker(new URL(workerName, base), () => {
        workersFail = true;
        w = null;
      });
      if (!w) workersFail = true;
      return w;
    };
    return {
      async send(kind, request, onPart) {
        const ww = worker();
        if (ww && (await ww.send(kind, request, onPart))) return;
        await runLocally(kind, request, onPart);
      },
      stop() {
        w?.stop();
        w = null;
      },
    };
  };
  const checks = lane();
  const safetyLane = lane();

  let running = null;
  let next = null;
  let version = 0;
  let safetyVersion = 0;
  let safetyRunning = null;
  let safetyNext = null;

  return {
    /** Checks the draft; parts of a draft superseded before its check began are never reported. */
    check(request, onPart) {
      version += 1;
      const mine = version;
      next = { request, onPart: (p) => mine === version && onPart(p) };
      if (!running) {
        running = (async () => {
          while (next) {
            const job = next;
            next = null;
            await checks.send('check', job.request, job.onPart);
          }
          running = null;
        })();
      }
      return running;
    },

    /** The safety checks of the draft: the newest draft only, as for check(). */
    safety(request, onPart) {
      safetyVersion += 1;
      const mine = safetyVersion;
      safetyNext = { request, onPart: (p) => mine === safetyVersion && onPart(p) };
      if (!safetyRunning) {
        safetyRunning = (async () => {
          while (safetyNext) {
            const job = safetyNext;
            safetyNext = null;
            await safetyLane.send('safety', job.request, job.onPart);
          }
          safetyRunning = null;
        })();
      }
      return safetyRunning;
    },

    /** Whether the checks run on the page's thread (no worker could start, or none was to be tried). */
    onThisThread: () => workersFail,

    /** Starts both workers and their engines now, while the page loads: nothing is fetched later. */
    warm() {
      return Promise.all([checks.send('warm', {}, () => {}), safetyLane.send('warm', {}, () => {})]);
    },

    /** The template: the files `threshold new ID` writes. */
    async newPack(id) {
      let out = { ok: false, error: { code: 'engine.no_answer', message: 'The engine gave no answer.', path: '' } };
      await checks.send('new', { id }, (p) => {
        out = p;
      });
      return out;
    },
  };
}
