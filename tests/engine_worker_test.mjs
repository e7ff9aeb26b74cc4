// Issue 11: on hosted pages the engine runs in a worker (threshold-engine-worker.mjs), so starting it
// and reading the guidance never hold up the page. The page's engine layer talks to it by messages
// (RemoteEngine in web/screener/engine.mjs): the same answers as the engine on the page's thread, in
// the order asked; a trap in the worker gives engine.restarted and a fresh instance, as on the page's
// thread; a worker that cannot start leaves the engine on the page's thread; one that stops makes
// every call say so. Here the worker is a MessageChannel in this process, served by serveEngine().
// Run by `make test` after `make wasm`: node tests/engine_worker_test.mjs
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { ENGINE, TEST_HOOKS_ENGINE } from '../tools/stress.mjs';

const load = () => import(pathToFileURL(ENGINE).href);
// The engine built with THRESHOLD_ENGINE_TEST_HOOKS (wasm/bindings.cpp), for a real trap in the worker.
const loadWithTestHooks = () => import(pathToFileURL(TEST_HOOKS_ENGINE).href);
const dudley = readFileSync('content/dudley/pack.json', 'utf8');
const calendar = readFileSync('content/calendars/england-and-wales.json', 'utf8');
const answers = { date: '2026-11-23', age_months: 4, non_mobile: true, indicators: ['health_4_non_mobile_bruise'] };

// Each copy of the engine layer has its own shared engine: one for the page, one for each worker.
let copies = 0;
const engineLayer = () => import(`../web/screener/engine.mjs?copy=${(copies += 1)}`);

/** A Worker whose global scope is the other end of a MessageChannel, served by a fresh engine layer. */
function channelWorker(served, loadThere = load) {
  return class {
    constructor(url, options) {
      assert.equal(options?.type, 'module', 'a module worker');
      const { port1, port2 } = new MessageChannel();
      served.push(
        engineLayer().then((layer) => {
          layer.configureEngine({ load: loadThere });
          const engine = layer.serveEngine(port2);
          port2.start();
          return engine;
        }),
      );
      port1.start();
      port1.terminate = () => port1.close();
      return port1;
    }
  };
}

// The engine's own answers, on this thread, to compare with.
const module = await (await load()).default();
module.load_pack(dudley, calendar);
const expected = JSON.parse(module.evaluate('dudley', JSON.stringify(answers))).outcome;

{
  const served = [];
  globalThis.Worker = channelWorker(served, loadWithTestHooks);
  const page = await engineLayer();
  page.configureEngine({ load, worker: 'threshold-engine-worker.mjs' });
  assert.equal(page.engineRunsInWorker(), true);
  const remote = await page.getEngine();
  assert.equal(served.length, 1, 'one worker');
  assert.ok(remote.available);
  // The page's thread leaves the vouch to the worker, which checks it before the fast path: a text
  // whose vouch does not match is validated in full.
  // (Here the two ends share one timeline: count the loads the worker timed, not the copies it sent.)
  const loads = (name) =>
    performance.getEntriesByName(`threshold-screener:${name}`).filter((e) => !e.detail?.from).length;
  const changed = JSON.stringify({
    ...JSON.parse(dudley),
    partnership: { ...JSON.parse(dudley).partnership, name: 'Dudley (changed after the build)' },
  });
  assert.equal(
    await page.vouchFor(changed, `sha256-${createHash('sha256').update(dudley, 'utf8').digest('base64')}`),
    null,
    'left to the worker',
  );
  let full = loads('load-pack');
  assert.deepEqual(await remote.loadPack(changed, calendar), { ok: true, pack_id: 'dudley' });
  assert.ok(loads('load-pack') > full, 'a vouch that does not match: validated in full');
  assert.equal(
    await page.vouchFor(dudley, `sha256-${createHash('sha256').update(dudley, 'utf8').digest('base64')}`),
    null,
  );
  const fast = loads('load-pack-vouched');
  full = loads('load-pack');
  const loading = remote.loadPack(dudley, calendar);
  assert.ok(loading instanceof Promise, 'calls are answered asynchronously');
  assert.deepEqual(await loading, { ok: true, pack_id: 'dudley' });
  assert.ok(loads('load-pack-vouched') > fast && loads('load-pack') === full, 'the vouched text: the fast path');

  // Calls made together are answered in order, each as the engine answers it.
  const [live, described, evaluated, searched] = await Promise.all([
    remote.live('dudley', answers),
    remote.describe('dudley', answers),
    remote.evaluate('dudley', answers),
    remote.search('dudley', 'bruise'),
  ]);
  assert.equal(live.ok && described.ok && searched.ok, true);
  assert.equal(live.live.level, expected.level);
  assert.deepEqual(evaluated.outcome, expected);
  assert.equal((await remote.evaluate('nowhere', answers)).error.code, 'engine.pack_not_loaded');
  const cyclic = {};
  cyclic.self = cyclic;
  assert.equal(
    (await remote.evaluate('dudley', cyclic)).error.code,
    'answers.syntax',
    'answers that cannot be JSON are refused here',
  );

  // A trap in the worker: the call says so, the worker starts a fresh instance with the same guidance,
  // and the page is told once it is ready. The trap is real (issue 25): the worker runs the test build
  // of the engine, which aborts inside the WebAssembly on this query, as running out of memory does.
  const there = await served[0];
  const trapped = there.module;
  let restarts = 0;
  remote.onRestart(() => (restarts += 1));
  const [failed, during] = await Promise.all([
    remote.search('dudley', 'bruise threshold-test-hook:abort'),
    remote.evaluate('dudley', answers),
  ]);
  assert.equal(failed.error.code, 'engine.restarted');
  assert.match(failed.error.message, /stopped on an internal error \(Aborted/);
  assert.equal(during.error.code, 'engine.restarting', 'a call made before the fresh instance is ready says so');
  assert.ok(remote.available, 'available while it starts again');
  await remote.whenReady();
  assert.equal(restarts, 1);
  assert.notEqual(there.module, trapped, 'a fresh instance in the worker');
  assert.deepEqual(
    (await remote.evaluate('dudley', answers)).outcome,
    expected,
    'the same guidance in the fresh instance',
  );
  assert.equal((await remote.search('dudley', 'bruise')).ok, true);

  // The worker stops (it should not): the call waiting and every later call say so; the page is told.
  const waiting = remote.evaluate('dudley', answers);
  remote.worker.dispatchEvent(new Event('error'));
  assert.equal((await waiting).error.code, 'engine.unavailable');
  assert.equal(remote.available, false);
  assert.equal(restarts, 2, 'the page is told, and shows the engine error');
  assert.equal((await remote.evaluate('dudley', answers)).error.code, 'engine.unavailable');
}

// A pack handed over while the worker's engine starts (preloadPack) is loaded once it has: the page's
// own loadPack() of the same text is answered without a second load.
{
  globalThis.Worker = channelWorker([]);
  const page = await engineLayer();
  page.configureEngine({ load, worker: 'threshold-engine-worker.mjs' });
  const loads = () =>
    performance.getEntriesByName('threshold-screener:load-pack').filter((e) => !e.detail?.from).length;
  const before = loads();
  const starting = page.getEngine();
  page.preloadPack(dudley, calendar);
  const remote = await starting;
  assert.deepEqual(await remote.loadPack(dudley, calendar), { ok: true, pack_id: 'dudley' });
  assert.equal(loads() - before, 1, 'loaded once, when handed over');
  assert.deepEqual((await remote.evaluate('dudley', answers)).outcome, expected);
  const other = JSON.parse(dudley);
  other.partnership.name = 'Dudley (changed)';
  assert.deepEqual(await remote.loadPack(JSON.stringify(other), calendar), { ok: true, pack_id: 'dudley' });
  assert.equal(loads() - before, 2, 'another text under the same id is loaded');
  assert.deepEqual(await remote.loadPack(dudley, calendar), { ok: true, pack_id: 'dudley' });
  assert.equal(loads() - before, 3, 'and the first text again replaces it');
  assert.deepEqual((await remote.evaluate('dudley', answers)).outcome, expected);
  remote.worker.terminate();
}

// A vouched pack sent twice (preloadPack, then the page's own loadPack) is hashed once, as it arrives
// (while the engine may still be starting), and loaded once, on the fast path.
{
  globalThis.Worker = channelWorker([]);
  const page = await engineLayer();
  page.configureEngine({ load, worker: 'threshold-engine-worker.mjs' });
  const count = (name) =>
    performance.getEntriesByName(`threshold-screener:${name}`).filter((e) => !e.detail?.from).length;
  const [vouches, fast] = [count('vouch'), count('load-pack-vouched')];
  assert.equal(
    await page.vouchFor(dudley, `sha256-${createHash('sha256').update(dudley, 'utf8').digest('base64')}`),
    null,
  );
  const starting = page.getEngine();
  page.preloadPack(dudley, calendar);
  const remote = await starting;
  assert.deepEqual(await remote.loadPack(dudley, calendar), { ok: true, pack_id: 'dudley' });
  assert.equal(count('vouch') - vouches, 1, 'hashed once');
  assert.equal(count('load-pack-vouched') - fast, 1, 'loaded once, on the fast path');
  remote.worker.terminate();
}

// The worker threshold-engine-early.js started while the page loaded is adopted with the messages it
// sent before the page script came ('started' among them): no second worker.
{
  const served = [];
  const ChannelWorker = channelWorker(served);
  const url = 'https://partnership.example/screener/threshold-engine-worker.mjs';
  const worker = new ChannelWorker(url, { type: 'module' });
  const early = [];
  const keep = (event) => early.push(event);
  worker.addEventListener('message', keep);
  await served[0];
  await new Promise((resolve) => setTimeout(resolve, 50));
  assert.ok(
    early.some((e) => e.data?.type === 'started'),
    'the worker said it had started before the page script came',
  );
  globalThis.thresholdScreenerEngine = {
    url,
    adopt() {
      worker.removeEventListener('message', keep);
      return { worker, early };
    },
  };
  globalThis.Worker = class {
    constructor() {
      throw new Error('a second worker was started');
    }
  };
  const page = await engineLayer();
  page.configureEngine({ load, worker: url });
  const adopted = await page.getEngine();
  assert.equal(adopted.worker, worker, 'the early worker is the engine');
  assert.deepEqual(globalThis.thresholdScreenerEngine, { adopted: true }, 'a late early script starts none');
  assert.deepEqual(await adopted.loadPack(dudley, calendar), { ok: true, pack_id: 'dudley' });
  assert.deepEqual((await adopted.evaluate('dudley', answers)).outcome, expected);
  worker.terminate();
  delete globalThis.thresholdScreenerEngine;
}

// A worker that cannot start (a host page's policy, an old browser): the engine runs on the page's thread.
for (const [why, Worker] of Object.entries({
  'the constructor throws': class {
    constructor() {
      throw new Error('blocked by the host page');
    }
  },
  'the script fails to load': class extends EventTarget {
    constructor() {
      super();
      setTimeout(() => this.dispatchEvent(new Event('error')), 0);
    }
    postMessage() {}
    terminate() {}
  },
})) {
  globalThis.Worker = Worker;
  const page = await engineLayer();
  page.configureEngine({ load, worker: 'threshold-engine-worker.mjs' });
  const vouch = `sha256-${createHash('sha256').update(dudley, 'utf8').digest('base64')}`;
  assert.equal(await page.vouchFor(dudley, vouch), null, `${why}: left to the worker, before it is started`);
  const fast = performance.getEntriesByName('threshold-screener:load-pack-vouched').length;
  const engine = await page.getEngine();
  assert.ok(engine.available, why);
  assert.equal(page.engineRunsInWorker(), false, why);
  const loaded = engine.loadPack(dudley, calendar);
  assert.equal(loaded.ok, true, `${why}: answered on this thread, at once`);
  assert.ok(
    performance.getEntriesByName('threshold-screener:load-pack-vouched').length > fast,
    `${why}: the vouch was checked here, and holds`,
  );
  assert.deepEqual(engine.evaluate('dudley', answers).outcome, expected, why);
}
delete globalThis.Worker;
console.log(
  'engine in a worker: same answers in order, a trap restarts it, a worker that cannot start leaves the engine here',
);
