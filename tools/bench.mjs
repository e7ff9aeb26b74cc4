#!/usr/bin/env node
// Figures, not timed tests (issues 11 and 26). Every time is a median of PAIRED DIFFERENCES: in each
// round every page is loaded once, cold, in a rotated order, beside two bare pages (bench/floor/):
// a static one-question page with the same look and no script, and the same page running a 1 KB
// WebAssembly module in a worker. The machine is shared and its own floor moves from round to round;
// a difference taken within a round cancels most of that. Each figure is printed as the median of
// its round-by-round differences with their interquartile range [q1, q3], beside the absolute times.
//
//  1. first screen usable over the bare one-question page, index.html?pack=X and embed.html?pack=X,
//     every pack (and the partnership question, and the single file from file://); CLS;
//  2. "Start now" pressed the moment it is painted → the first question painted: absolute, and
//     navigation → first question over the bare one-question page;
//  3. engine ready over the bare wasm-in-worker page, and where the time goes (what the page fetches
//     and runs before the engine's worker starts its import);
//  4. the bytes of each file one Dudley screening downloads (driven to the result), gzip and brotli,
//     against ≤ 100 KB brotli and ≤ 120 KB gzip;
//  5. evaluation in Chromium (Dudley: 12 ticked, all ticked, none) beside the native figure
//     (build/native/threshold_bench --json);
//  6. a synthetic pack of 5,000 indicators (bench/large-pack.mjs): engine ready over Dudley's in
//     the same rounds, evaluation with 12 ticked (p99), and the single offline file's growth per
//     1,000 indicators (the site build run with 1,000 and 5,000 synthetic indicators);
//  7. Lighthouse mobile (performance, accessibility), median of 5 runs interleaved, both pages and
//     the bare page.
//
//   node tools/bench.mjs [--runs N] [--quick] [--lighthouse-runs N] [--no-lighthouse]
//                        [--only rounds,bytes,eval,large,lh] [--site DIR] [--versus DIR] [--packs a,b]
//
// --versus DIR: another build (say, a copy taken before a change) loaded in the same rounds, its
// pages beside ours: section 0 prints this build's figures minus that build's, round by round.
// --packs: only these packs' pages (default every pack).
// --runs: cold loads per page (default 15); --quick: a smoke run (3 rounds, 1 Lighthouse run, the
// Dudley pages only). Pages are served gzip by bench/serve.mjs on 127.0.0.1, as a real host serves
// them; Chromium is Debian's /usr/bin/chromium (CHROME_PATH), driven by Playwright and by the
// project's Lighthouse. The site is copied to a temporary folder with the synthetic pack added.
import { chromium } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { createHash } from 'node:crypto';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { serve } from '../bench/serve.mjs';
import { largePackText } from '../bench/large-pack.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CHROME = process.env.CHROME_PATH || '/usr/bin/chromium';
const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const QUICK = args.includes('--quick');
// --site DIR: bench another build of the site (a before/after comparison), default build/site.
const SITE = path.resolve(opt('--site', path.join(ROOT, 'build', 'site')));
const VERSUS = opt('--versus', null) ? path.resolve(opt('--versus', null)) : null;
const ONLY_PACKS = opt('--packs', null) ? new Set(String(opt('--packs', null)).split(',')) : null;
const RUNS = Number(opt('--runs', QUICK ? 3 : 15));
const LH_RUNS = Number(opt('--lighthouse-runs', QUICK ? 1 : 5));
const ONLY = new Set(String(opt('--only', 'rounds,bytes,eval,large,lh')).split(','));
if (args.includes('--no-lighthouse')) ONLY.delete('lh');
const BUDGET_BR_KB = 100;
const BUDGET_GZ_KB = 120;
const LARGE_ID = 'synthetic_5000';
const LARGE_COUNT = 5000;

if (!fs.existsSync(path.join(SITE, 'index.html'))) {
  console.error(`bench: ${SITE} has no index.html: run make site (node tools/build-site.mjs) first`);
  process.exit(2);
}

// ---- helpers ------------------------------------------------------------------------------------

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
/** The q-quantile, interpolated between the two nearest ranks; NaN when there is no finite value. */
const quantile = (xs, q) => {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (!s.length) return NaN;
  const at = q * (s.length - 1);
  const lo = Math.floor(at);
  return s[lo] + (s[Math.min(s.length - 1, lo + 1)] - s[lo]) * (at - lo);
};
const median = (xs) => quantile(xs, 0.5);
const ms = (x) =>
  !Number.isFinite(x) ? '—' : x < 1 ? `${(x * 1000).toFixed(0)} us` : `${x.toFixed(x < 10 ? 2 : 0)} ms`;
const signed = (x) => (!Number.isFinite(x) ? '—' : `${x >= 0 ? '+' : '−'}${Math.abs(x).toFixed(0)}`);
/** "+123 [+80, +160]": the median of the differences and their interquartile range, in ms. */
const diff = (ds) => `${signed(median(ds))} [${signed(quantile(ds, 0.25))}, ${signed(quantile(ds, 0.75))}]`;
const ratio = (a, b) => (Number.isFinite(a) && b > 0 ? `${(a / b).toFixed(1)}×` : '—');
const gzip = (buf) => zlib.gzipSync(buf, { level: 9 }).length;
const brotli = (buf) => zlib.brotliCompressSync(buf, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const pad = (s, n) => String(s).padEnd(n);
const lpad = (s, n) => String(s).padStart(n);
const verdict = (x, goal) => (!Number.isFinite(x) ? '' : x <= goal ? 'met' : 'NOT met');

async function freePort() {
  const s = net.createServer();
  await new Promise((r) => s.listen(0, '127.0.0.1', r));
  const { port } = s.address();
  await new Promise((r) => s.close(r));
  return port;
}

// ---- the site, with a synthetic large pack beside the real ones -------------------------------

const WORK = fs.mkdtempSync(path.join(os.tmpdir(), 'ts-bench-'));
const SERVED = path.join(WORK, 'site');
fs.cpSync(SITE, SERVED, { recursive: true });
const packIndex = JSON.parse(fs.readFileSync(path.join(SERVED, 'packs', 'index.json'), 'utf8'));
const packIds = packIndex
  .map((p) => p.id)
  .filter((id) => (ONLY_PACKS ? ONLY_PACKS.has(id) : !QUICK || id === 'dudley'));
const largeText = (count, id) => {
  const pack = JSON.parse(largePackText(count));
  pack.id = id;
  return JSON.stringify(pack);
};
if (ONLY.has('large') || ONLY.has('rounds')) {
  // The files the site build writes for a pack (tools/build-site.mjs): the text with the build's vouch,
  // the first pages (Dudley's: the copies change no question before the indicators), an index entry.
  const text = largeText(LARGE_COUNT, LARGE_ID);
  const vouch = `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
  const dir = path.join(SERVED, 'packs');
  fs.writeFileSync(
    path.join(dir, `${LARGE_ID}.mjs`),
    `export default ${JSON.stringify(text)};\nexport const vouch = ${JSON.stringify(vouch)};\nexport const calendar = "england-and-wales";\n`,
  );
  fs.copyFileSync(path.join(dir, 'dudley.first.mjs'), path.join(dir, `${LARGE_ID}.first.mjs`));
  const entry = { ...packIndex.find((p) => p.id === 'dudley'), id: LARGE_ID, indicators: LARGE_COUNT };
  fs.writeFileSync(path.join(dir, 'index.json'), JSON.stringify([...packIndex, entry], null, 2));
  fs.writeFileSync(path.join(dir, 'index.mjs'), `export default ${JSON.stringify([...packIndex, entry])};\n`);
}

const server = await serve(SERVED);
const BASE = server.url;
const floorServer = await serve(path.join(ROOT, 'bench', 'floor'));
const versusServer = VERSUS ? await serve(VERSUS) : null;
const FLOOR = floorServer.url;
const debugPort = await freePort();
const browser = await chromium.launch({
  executablePath: CHROME,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    `--remote-debugging-port=${debugPort}`,
  ],
});
const load1 = os.loadavg()[0];
console.log(
  `Threshold Screener bench: Chromium ${browser.version()}, ${path.relative(ROOT, SITE) || SITE} served gzip from ${BASE}, ${RUNS} rounds of cold loads; ${os.cpus().length} cores, load average ${load1.toFixed(1)}`,
);
console.log(
  '   Times are medians of round-by-round differences from a bare page loaded in the same round, with their IQR [q1, q3], in ms.',
);

// Runs in the page before any of its scripts: records when the first screen is usable (the first
// question's radios, or the Start button, painted and enabled), when the 999 link is painted, every
// layout shift and long task; with `press`, presses Start now the moment it is painted and records
// when the first question (its radios or checkboxes, or the entry page's button) is painted.
const PROBE = (press) => {
  const probe = { firstScreen: NaN, call999: NaN, shifts: 0, longTasks: [], press: NaN, question: NaN, early: NaN };
  window.__tsProbe = probe;
  // When threshold-engine-early.js has created the engine's worker (it sets this global then).
  let early;
  Object.defineProperty(window, 'thresholdScreenerEngine', {
    configurable: true,
    get: () => early,
    set: (value) => {
      if (Number.isNaN(probe.early)) probe.early = performance.now();
      early = value;
    },
  });
  const find = (selector) => {
    for (const el of document.querySelectorAll(selector))
      if (el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden') return el;
    return null;
  };
  // Each is "usable" once painted: the frame after it is seen.
  const stamp = (key, then) => {
    probe[key] = Infinity; // pending
    requestAnimationFrame(() => {
      probe[key] = performance.now();
      if (then) setTimeout(then, 0); // after this frame's paint
    });
  };
  const START = 'main .govuk-button--start';
  const QUESTION =
    'main input[type=radio]:not([disabled]), main input[type=checkbox]:not([disabled]), main .ts-entry .js-ts-screen';
  const check = () => {
    if (!document.body) return;
    if (Number.isNaN(probe.call999) && find('main a[href="tel:999"]')) stamp('call999');
    if (Number.isNaN(probe.firstScreen) && find(`main input[type=radio]:not([disabled]), ${START}`)) {
      const start = find(START);
      stamp(
        'firstScreen',
        press && start
          ? () => {
              probe.press = performance.now();
              start.click();
            }
          : null,
      );
    }
    if (press && Number.isFinite(probe.press) && Number.isNaN(probe.question) && find(QUESTION)) stamp('question');
    if (!Number.isNaN(probe.call999) && !Number.isNaN(probe.firstScreen) && (!press || !Number.isNaN(probe.question)))
      observer.disconnect();
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { childList: true, subtree: true, attributes: true });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (!e.hadRecentInput) probe.shifts += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
  } catch {
    probe.shifts = NaN;
  }
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) probe.longTasks.push([Math.round(e.startTime), Math.round(e.duration)]);
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // no Long Tasks API
  }
};

/**
 * One cold load (new context, no cache) of `page` ({url, base, kind: 'bare'|'wasm'|'screener', press,
 * offline}): its timings, and with `bodies` the files it fetched.
 */
async function load(page, { keep = false, bodies = false } = {}) {
  const base = page.base ?? BASE;
  const context = await browser.newContext({ offline: Boolean(page.offline) });
  await context.addInitScript(PROBE, Boolean(page.press));
  const tab = await context.newPage();
  const files = new Map();
  // Reading each response's body over the DevTools protocol slows the page down: only for the bytes.
  if (bodies)
    tab.on('response', async (r) => {
      if (!r.url().startsWith(base)) return;
      try {
        files.set(new URL(r.url()).pathname, await r.body());
      } catch {
        // redirects and aborted responses have no body
      }
    });
  let error = null;
  try {
    await tab.goto(base + page.url);
    if (page.kind === 'screener')
      await tab
        .locator('[data-module="ts-screener"][data-state="ready"], [data-module="ts-screener"][data-state="failed"]')
        .first()
        .waitFor({ state: 'attached', timeout: 30_000 });
    if (page.kind === 'wasm')
      await tab.waitForFunction(() => performance.getEntriesByName('threshold-screener:ready').length > 0, null, {
        timeout: 30_000,
      });
    if (page.press)
      await tab.waitForFunction(() => Number.isFinite(window.__tsProbe.question), null, { timeout: 30_000 });
    await tab.waitForLoadState('load');
    await tab.waitForTimeout(300); // late shifts
  } catch (e) {
    error = String(e.message).split('\n')[0];
  }
  const t = await tab.evaluate(() => ({
    ...window.__tsProbe,
    failed: document.querySelector('[data-module="ts-screener"][data-state="failed"]') != null,
    ready: performance.getEntriesByName('threshold-screener:ready')[0]?.startTime ?? NaN,
    shown: performance.getEntriesByName('threshold-screener:shown')[0]?.startTime ?? NaN,
    fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
    // The engine's own steps (web/screener/engine.mjs, forwarded from its worker): name -> [start, duration].
    steps: Object.fromEntries(
      performance
        .getEntriesByType('measure')
        .filter((e) => e.name.startsWith('threshold-screener:'))
        .map((e) => [e.name.slice(19), [e.startTime, e.duration]]),
    ),
    // What the page fetched: file -> [request start, response end].
    resources: Object.fromEntries(
      performance
        .getEntriesByType('resource')
        .map((e) => [new URL(e.name).pathname.replace(/^\//, ''), [e.startTime, e.responseEnd]]),
    ),
  }));
  t.importAt = t.steps['engine-import']?.[0] ?? NaN;
  t.workerRunAt = t.steps['worker-first-run']?.[0] ?? NaN;
  if (error || t.failed) t.error = error ?? 'the screener failed';
  if (!keep) await context.close();
  // Nothing is on screen before the first contentful paint.
  for (const k of ['call999', 'firstScreen', 'question']) t[k] = Math.max(t[k], t.fcp);
  return { context, page: tab, files, ...t };
}

// ---- 1-3, and the engine ready figure of 6: the rounds ------------------------------------------

const PAGES = [
  { key: 'bare', label: 'bare one-question page', url: 'index.html', base: FLOOR, kind: 'bare' },
  { key: 'bareWasm', label: 'bare page, 1 KB wasm in a worker', url: 'wasm.html', base: FLOOR, kind: 'wasm' },
];
for (const id of packIds)
  PAGES.push({ key: `index:${id}`, label: `index.html?pack=${id}`, url: `index.html?pack=${id}` });
for (const id of packIds)
  PAGES.push({ key: `embed:${id}`, label: `embed.html?pack=${id}`, url: `embed.html?pack=${id}` });
if (!QUICK) PAGES.push({ key: 'index', label: 'index.html (partnership question)', url: 'index.html' });
// The single file, opened from disk with the network off: its engine runs on the page's thread.
PAGES.push({
  key: 'single:dudley',
  label: 'single file?pack=dudley (file://)',
  url: 'threshold-screener.html?pack=dudley',
  base: pathToFileURL(SERVED + path.sep).href,
  offline: true,
});
if (ONLY.has('large'))
  PAGES.push({ key: 'large', label: `index.html?pack=${LARGE_ID}`, url: `index.html?pack=${LARGE_ID}` });
for (const id of packIds)
  PAGES.push({ key: `start:index:${id}`, label: `index.html?pack=${id}`, url: `index.html?pack=${id}`, press: true });
PAGES.push({ key: 'start:embed:dudley', label: 'embed.html?pack=dudley', url: 'embed.html?pack=dudley', press: true });
// The other build's pages (--versus), loaded in the same rounds: keys prefixed 'vs:'.
if (versusServer)
  for (const p of PAGES.filter((x) => /^(start:)?(index|embed):/.test(x.key)))
    PAGES.push({ ...p, key: `vs:${p.key}`, label: `${p.label} (versus)`, base: versusServer.url });
for (const p of PAGES) p.kind ??= 'screener';

const R = Object.fromEntries(PAGES.map((p) => [p.key, []]));
/** Round-by-round differences a[field] - b[fieldB], over the rounds where both loaded. */
const paired = (a, field, b, fieldB = field) =>
  (R[a] ?? []).map((x, i) => (x && R[b]?.[i] && !x.error ? x[field] - R[b][i][fieldB] : NaN)).filter(Number.isFinite);
const abs = (key, field) => (R[key] ?? []).filter((x) => x && !x.error).map((x) => x[field]);
const errors = (key) => (R[key] ?? []).filter((x) => x?.error).map((x) => x.error);

if (ONLY.has('rounds') || ONLY.has('large')) {
  const t0 = Date.now();
  for (let round = 0; round < RUNS; round += 1) {
    const shift = (round * 5) % PAGES.length;
    for (const p of [...PAGES.slice(shift), ...PAGES.slice(0, shift)]) R[p.key][round] = await load(p);
    process.stderr.write(
      `   round ${round + 1}/${RUNS} (${PAGES.length} pages) ${((Date.now() - t0) / 1000).toFixed(0)} s\r`,
    );
  }
  process.stderr.write('\n');
  console.log(
    `   ${PAGES.length} pages a round, each round in a rotated order; load average at the end ${os.loadavg()[0].toFixed(1)}`,
  );
  const failures = PAGES.map((p) => [p.key, errors(p.key)]).filter(([, e]) => e.length);
  for (const [key, e] of failures) console.log(`   ${key}: ${e.length} of ${RUNS} loads failed (${e[0]})`);
}

const screenerRows = () =>
  PAGES.filter((p) => p.kind === 'screener' && !p.press && p.key !== 'large' && !p.key.startsWith('vs:'));

if (versusServer && ONLY.has('rounds')) {
  console.log(
    `\n0. this build minus ${path.relative(ROOT, VERSUS) || VERSUS} (--versus), loaded in the same rounds: medians of the round-by-round differences [IQR], ms; negative is faster`,
  );
  console.log(
    `   ${pad('page', 36)} ${lpad('first screen usable', 22)} ${lpad('worker created', 22)} ${lpad('first page drawn', 22)} ${lpad('engine ready', 22)}`,
  );
  for (const p of screenerRows().filter((x) => R[`vs:${x.key}`])) {
    const v = `vs:${p.key}`;
    console.log(
      `   ${pad(p.label, 36)} ${lpad(diff(paired(p.key, 'firstScreen', v)), 22)} ${lpad(diff(paired(p.key, 'early', v)), 22)} ${lpad(diff(paired(p.key, 'shown', v)), 22)} ${lpad(diff(paired(p.key, 'ready', v)), 22)}`,
    );
  }
  console.log(
    `   ${pad('Start now → first question', 36)} ${lpad('this build', 26)} ${lpad('versus', 26)} ${lpad('difference', 22)}`,
  );
  for (const p of PAGES.filter((x) => x.press && !x.key.startsWith('vs:') && R[`vs:${x.key}`])) {
    const wait = (key) => (R[key] ?? []).map((x) => (x && !x.error ? x.question - x.press : NaN));
    const [a, b] = [wait(p.key), wait(`vs:${p.key}`)];
    const d = a.map((x, i) => x - b[i]).filter(Number.isFinite);
    const q = (xs) => `${ms(median(xs))} [${ms(quantile(xs, 0.25))}, ${ms(quantile(xs, 0.75))}]`;
    console.log(`   ${pad(p.label, 36)} ${lpad(q(a), 26)} ${lpad(q(b), 26)} ${lpad(diff(d), 22)}`);
  }
}

if (ONLY.has('rounds')) {
  const bareFirst = abs('bare', 'firstScreen');
  console.log(
    `\n1. first screen usable (its Start now or first question painted, enabled) over the bare one-question page (${ms(median(bareFirst))} absolute); goal ≤ +60 ms, stand-alone and embed, every pack`,
  );
  console.log(
    `   ${pad('page', 36)} ${lpad('usable', 9)} ${lpad('over bare [IQR]', 18)} ${lpad('goal', 8)} ${lpad('first paint over bare', 22)} ${lpad('999 painted', 12)} ${lpad('CLS max', 8)}`,
  );
  for (const p of screenerRows()) {
    const d = paired(p.key, 'firstScreen', 'bare');
    console.log(
      `   ${pad(p.label, 36)} ${lpad(ms(median(abs(p.key, 'firstScreen'))), 9)} ${lpad(diff(d), 18)} ${lpad(verdict(median(d), 60), 8)} ${lpad(diff(paired(p.key, 'fcp', 'bare')), 22)} ${lpad(ms(median(abs(p.key, 'call999'))), 12)} ${lpad(Math.max(...abs(p.key, 'shifts')).toFixed(3), 8)}`,
    );
  }
  console.log(
    `   ${pad('bare one-question page', 36)} ${lpad(ms(median(bareFirst)), 9)} ${lpad('0', 18)} ${lpad('', 8)} ${lpad(`(first paint ${ms(median(abs('bare', 'fcp')))})`, 22)} ${lpad(ms(median(abs('bare', 'call999'))), 12)} ${lpad(Math.max(...abs('bare', 'shifts')).toFixed(3), 8)}`,
  );

  console.log(
    '\n2. Start now pressed the moment it is painted → the first question painted (its radios, or the entry page); goal ≤ 100 ms',
  );
  console.log(
    `   ${pad('page', 36)} ${lpad('press → question [IQR]', 26)} ${lpad('max', 8)} ${lpad('goal', 8)} ${lpad('navigation → question', 22)} ${lpad('over bare [IQR]', 20)}`,
  );
  for (const p of PAGES.filter((x) => x.press)) {
    const waits = (R[p.key] ?? []).filter((x) => x && !x.error).map((x) => x.question - x.press);
    console.log(
      `   ${pad(p.label, 36)} ${lpad(`${ms(median(waits))} [${ms(quantile(waits, 0.25))}, ${ms(quantile(waits, 0.75))}]`, 26)} ${lpad(ms(Math.max(...waits)), 8)} ${lpad(verdict(median(waits), 100), 8)} ${lpad(ms(median(abs(p.key, 'question'))), 22)} ${lpad(diff(paired(p.key, 'question', 'bare', 'firstScreen')), 20)}`,
    );
  }
  console.log(
    `   (the bare page's question is painted at ${ms(median(bareFirst))}; Start now was pressed at a median ${ms(median(PAGES.filter((x) => x.press).flatMap((x) => abs(x.key, 'press'))))})`,
  );

  const bareReady = abs('bareWasm', 'ready');
  console.log(
    `\n3. engine ready (the guidance loaded, 'threshold-screener:ready') over the bare page running a 1 KB wasm in a worker (${ms(median(bareReady))} absolute); goal ≤ +200 ms (stretch +120)`,
  );
  console.log(
    `   ${pad('page', 36)} ${lpad('ready', 9)} ${lpad('over bare wasm [IQR]', 22)} ${lpad('goal', 8)} ${lpad('stretch', 8)}`,
  );
  for (const p of screenerRows()) {
    const d = paired(p.key, 'ready', 'bareWasm');
    console.log(
      `   ${pad(p.label, 36)} ${lpad(ms(median(abs(p.key, 'ready'))), 9)} ${lpad(diff(d), 22)} ${lpad(verdict(median(d), 200), 8)} ${lpad(verdict(median(d), 120), 8)}`,
    );
  }
  // Where the time goes: what the page fetches, when the engine's worker first runs, its steps.
  console.log('   where the time goes (medians, ms after navigation; the bare wasm page beside):');
  const at = (key, pick) => median((R[key] ?? []).filter((x) => x && !x.error).map(pick));
  const res = (key, file, i) => at(key, (x) => x.resources[file]?.[i] ?? NaN);
  const bareRun = at('bareWasm', (x) => x.steps['worker-first-run']?.[0] ?? NaN);
  console.log(
    `     bare wasm page: first paint ${ms(at('bareWasm', (x) => x.fcp))}, worker created ${ms(at('bareWasm', (x) => x.steps['worker-created']?.[0] ?? NaN))}, wasm-worker.mjs requested ${ms(res('bareWasm', 'wasm-worker.mjs', 0))}, worker's first run ${ms(bareRun)}, ready ${ms(median(bareReady))}`,
  );
  for (const key of ['index:dudley', 'embed:dudley', 'single:dudley']) {
    if (!R[key]?.length) continue;
    const files = [
      'threshold-screener.css',
      'threshold-engine-early.js',
      'threshold-screener.mjs',
      'threshold-engine-worker.mjs',
      'threshold_engine.mjs',
      'packs/dudley.first.mjs',
      'packs/dudley.mjs',
    ]
      .map((f) => [f, res(key, f, 0), at(key, (x) => (x.resources[f] ? x.resources[f][1] - x.resources[f][0] : NaN))])
      .filter(([, a]) => Number.isFinite(a))
      .map(([f, a, d]) => `${f} at ${ms(a)}${d > 0 ? ` (${ms(d)})` : ''}`);
    const steps = {};
    for (const x of R[key].filter((y) => y && !y.error))
      for (const [k, [s, d]] of Object.entries(x.steps)) (steps[k] ??= []).push([s, d]);
    const stepText = Object.entries(steps).map(
      ([k, xs]) => `${k} at ${ms(median(xs.map((x) => x[0])))} for ${ms(median(xs.map((x) => x[1])))}`,
    );
    const longest = at(key, (x) => Math.max(0, ...x.longTasks.map((l) => l[1])));
    const busyBeforeImport = at(key, (x) => {
      const importAt = x.steps['engine-import']?.[0] ?? Infinity;
      return x.longTasks.filter(([s]) => s < importAt).reduce((n, [, d]) => n + d, 0);
    });
    console.log(`     ${R[key][0] ? PAGES.find((p) => p.key === key).label : key}:`);
    if (files.length) console.log(`       fetched (request start, and how long it took): ${files.join('; ')}`);
    const earlyAt = at(key, (x) => x.early);
    if (Number.isFinite(earlyAt))
      console.log(
        `       threshold-engine-early.js created the engine's worker at ${ms(earlyAt)} (the bare page creates its worker at ${ms(at('bareWasm', (x) => x.steps['worker-created']?.[0] ?? NaN))})`,
      );
    console.log(
      `       first paint ${ms(at(key, (x) => x.fcp))}; first page drawn ${ms(at(key, (x) => x.shown))}; ready ${ms(at(key, (x) => x.ready))}; engine import starts ${signed(paired(key, 'importAt', 'bareWasm', 'workerRunAt').length ? median(paired(key, 'importAt', 'bareWasm', 'workerRunAt')) : NaN)} ms after the bare worker's first run`,
    );
    console.log(
      `       steps: ${stepText.join('; ')}; longest task ${ms(longest)}; long tasks on the page before the import starts ${ms(busyBeforeImport)} in all`,
    );
  }
}

/** Section 6's first figure, from the rounds: the synthetic pack's engine ready over Dudley's. */
function printLargeReady() {
  if (!R.large?.length) return;
  const d = paired('large', 'ready', 'index:dudley');
  console.log(
    `   engine ready over Dudley's (index.html?pack=X, the same rounds): ${diff(d)} ms (${ms(median(abs('large', 'ready')))} vs ${ms(median(abs('index:dudley', 'ready')))} absolute; over the bare wasm page ${diff(paired('large', 'ready', 'bareWasm'))}); goal ≤ +300 ms: ${verdict(median(d), 300)}`,
  );
  const steps = {};
  for (const x of R.large.filter((y) => y && !y.error))
    for (const [k, [s, dd]] of Object.entries(x.steps)) (steps[k] ??= []).push([s, dd]);
  console.log(
    `     its steps: ${Object.entries(steps)
      .map(([k, xs]) => `${k} at ${ms(median(xs.map((x) => x[0])))} for ${ms(median(xs.map((x) => x[1])))}`)
      .join('; ')}`,
  );
}

// ---- 4. bytes -----------------------------------------------------------------------------------

/** Drives a Dudley screening to its result (e2e/fixtures.ts, screenBabyWithBruise): where it got to. */
async function screenDudley(tab) {
  const T = { timeout: 15_000 };
  await tab.evaluate(() => {
    document.addEventListener('threshold-screener:page', (e) => {
      window.__tsPage = e.detail?.page;
    });
  });
  const drawing = async (action) => {
    await tab.evaluate(() => {
      window.__tsDrawn = new Promise((resolve) =>
        document.addEventListener('threshold-screener:page', () => resolve(null), { once: true }),
      );
    });
    await action();
    await tab.evaluate(() => window.__tsDrawn);
  };
  const cont = () => tab.getByRole('button', { name: 'Continue', exact: true }).click(T);
  const answer = async (label) => {
    await tab.getByRole('radio', { name: label, exact: true }).check(T);
    await drawing(cont);
  };
  await drawing(() => tab.getByRole('button', { name: 'Start now' }).first().click(T));
  await answer('No');
  await tab.getByRole('radio', { name: 'Under one year old' }).check(T);
  await tab.getByRole('textbox', { name: 'Age in months' }).fill('4', T);
  await drawing(cont);
  if (await tab.getByRole('heading', { name: /non-mobile\?$/ }).isVisible()) await answer('Yes');
  await answer('None');
  const box = tab.getByRole('searchbox', { name: 'Search the indicators' });
  await box.fill('bruise', T);
  await tab
    .getByRole('checkbox', { name: 'I am a non-mobile baby/child with a bruise or an injury', exact: true })
    .check(T);
  await box.fill('', T);
  await drawing(cont);
  await answer('Not yet asked');
  await tab.waitForTimeout(500); // anything the result fetches after it is drawn
  return tab.evaluate(() => String(window.__tsPage ?? '?'));
}

if (ONLY.has('bytes')) {
  console.log(
    `\n4. bytes for one Dudley screening, start to result (what the browser fetched; gzip -9, brotli -11); goal ≤ ${BUDGET_BR_KB} KB brotli and ≤ ${BUDGET_GZ_KB} KB gzip`,
  );
  for (const url of ['index.html?pack=dudley', 'embed.html?pack=dudley']) {
    const r = await load({ url, kind: 'screener' }, { bodies: true, keep: true });
    const early = new Set(r.files.keys());
    let reached;
    try {
      reached = `driven to its ${await screenDudley(r.page)} page`;
    } catch (e) {
      reached = `the screening stopped: ${String(e.message).split('\n')[0]}`;
    }
    await r.context.close();
    const rows = [...r.files].map(([name, body]) => [name, body.length, gzip(body), brotli(body), early.has(name)]);
    const sum = (i, pick = () => true) => rows.filter(pick).reduce((n, x) => n + x[i], 0);
    const [gz, br, raw] = [sum(2), sum(3), sum(1)];
    console.log(
      `   ${url} (${reached}): ${kb(br)} brotli (${verdict(br, BUDGET_BR_KB * 1024) || '—'}), ${kb(gz)} gzip (${verdict(gz, BUDGET_GZ_KB * 1024) || '—'}), ${kb(raw)} raw; by the first screen ${kb(sum(3, (x) => x[4]))} brotli, later ${kb(sum(3, (x) => !x[4]))}`,
    );
    for (const [name, rawN, g, b, first] of rows.sort((a, c) => c[3] - a[3]))
      console.log(
        `     ${pad(name, 36)} ${lpad(kb(b), 9)} br ${lpad(kb(g), 9)} gzip ${lpad(kb(rawN), 10)} raw  ${first ? '' : '(after the first screen)'}`,
      );
  }
  const single = path.join(SITE, 'threshold-screener.html');
  if (fs.existsSync(single)) {
    const body = fs.readFileSync(single);
    console.log(
      `   single file (threshold-screener.html, every partnership): ${kb(brotli(body))} brotli, ${kb(gzip(body))} gzip, ${kb(body.length)} raw`,
    );
  }
}

// ---- 5 and 6. evaluation ------------------------------------------------------------------------

function native(packFile) {
  const exe = path.join(ROOT, 'build', 'native', 'threshold_bench');
  if (!fs.existsSync(exe)) return null;
  try {
    return JSON.parse(execFileSync(exe, [packFile, '--json'], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 24 }));
  } catch (e) {
    console.log(`   native bench failed: ${String(e.message).split('\n')[0]}`);
    return null;
  }
}

/**
 * In the page: a fresh engine module per case (so each has its own cold start), the pack loaded,
 * then answers evaluated as the page does (JSON.stringify, evaluate, JSON.parse).
 */
async function chromiumEval(page, packText, { warm = 400, steady = 300, large = false }) {
  return page.evaluate(
    async ({ packText, warm, steady, large }) => {
      const factory = (await import('/threshold_engine.mjs')).default;
      const calendar = (await import('/calendars/england-and-wales.mjs')).default;
      const pack = JSON.parse(packText);
      const ids = pack.indicators.map((i) => i.id);
      const answers = (indicators) => ({
        date: '2026-11-23',
        age_years: 0,
        age_months: 4,
        non_mobile: true,
        consent: 'refused',
        indicators,
      });
      // The engine reads at most 64 KB of answers (issue 10): a large pack's "every" is as many as fit.
      let every = ids;
      while (JSON.stringify(answers(every)).length > 64 * 1024 - 256)
        every = every.slice(0, Math.floor(every.length * 0.9));
      const cases = {
        typical: ids.slice(0, 60).filter((_, i) => i % 5 === 0),
        every,
        empty: [],
      };
      const out = { indicators: ids.length };
      for (const [name, indicators] of Object.entries(cases)) {
        let t0 = performance.now();
        const module = await factory();
        const startup = performance.now() - t0;
        t0 = performance.now();
        const loaded = JSON.parse(module.load_pack(packText, calendar));
        const load = performance.now() - t0;
        if (!loaded.ok) return { error: JSON.stringify(loaded).slice(0, 300) };
        const id = loaded.pack_id ?? pack.id;
        const once = () => {
          const r = JSON.parse(module.evaluate(id, JSON.stringify(answers(indicators))));
          if (!r.ok) throw new Error(JSON.stringify(r.error));
        };
        t0 = performance.now();
        once();
        const cold = performance.now() - t0;
        // performance.now() is coarse without cross-origin isolation: each sample times a batch.
        const batch = name === 'every' ? (large ? 1 : 5) : 20;
        const sample = (calls, call = once) => {
          const xs = [];
          for (let done = 0; done < calls; done += batch) {
            const s = performance.now();
            for (let k = 0; k < batch; k += 1) call();
            xs.push((performance.now() - s) / batch);
          }
          return xs;
        };
        const w = large && name === 'every' ? Math.min(warm, 5) : warm;
        const st = large && name === 'every' ? 5 : name === 'every' ? Math.min(steady, 40) : steady;
        // What the page asks on each answer change (screener.changed): the live view only.
        let live = [];
        if (typeof module.live === 'function') {
          const text = JSON.stringify({ ...answers(indicators), date: null });
          const liveOnce = () => JSON.parse(module.live(id, text));
          sample(50, liveOnce); // warm-up
          live = sample(200, liveOnce);
        }
        out[name] = {
          count: indicators.length,
          startup,
          load,
          cold,
          warming: sample(w),
          steady: sample(st * batch),
          live,
        };
      }
      // The pack loaded into fresh modules, alternately validated in full and through the fast path
      // for a pack the site build vouched for (when the engine has it).
      out.loads = { full: [], vouched: [] };
      for (let k = 0; k < 6; k += 1) {
        const how = k % 2 ? 'vouched' : 'full';
        const module = await factory();
        const fn = how === 'vouched' ? module.load_validated_pack : module.load_pack;
        if (typeof fn !== 'function') continue;
        const t0 = performance.now();
        fn.call(module, packText, calendar);
        const first = performance.now() - t0;
        const t1 = performance.now();
        fn.call(module, packText, calendar);
        out.loads[how].push([first, performance.now() - t1]);
      }
      return out;
    },
    { packText, warm, steady, large },
  );
}

/**
 * The engine as the hosted page uses it: in its worker, each call a message there and back (the
 * answers' JSON out, the result's object back). Median and p99 per call, in ms; null without a worker.
 */
async function workerRoundTrips(page, packText) {
  return page.evaluate(
    async ({ packText }) => {
      const layer = await import('/screener/engine.mjs');
      layer.configureEngine({ worker: new URL('/threshold-engine-worker.mjs', location.href).href });
      const engine = await layer.getEngine();
      if (!layer.engineRunsInWorker()) return null;
      const calendar = (await import('/calendars/england-and-wales.mjs')).default;
      const loaded = await engine.loadPack(packText, calendar);
      if (!loaded.ok) return { error: JSON.stringify(loaded.error) };
      const ids = JSON.parse(packText).indicators.map((i) => i.id);
      const answers = (indicators) => ({
        date: '2026-11-23',
        age_years: 0,
        age_months: 4,
        non_mobile: true,
        consent: 'refused',
        indicators,
      });
      const stats = async (call) => {
        for (let k = 0; k < 50; k += 1) await call();
        const xs = [];
        for (let k = 0; k < 200; k += 1) {
          const t0 = performance.now();
          await call();
          xs.push(performance.now() - t0);
        }
        xs.sort((a, b) => a - b);
        return [xs[xs.length >> 1], xs[Math.min(xs.length - 1, Math.floor(xs.length * 0.99))]];
      };
      const typical = ids.slice(0, 60).filter((_, i) => i % 5 === 0);
      return {
        typical: typical.length,
        every: ids.length,
        liveTypical: await stats(() => engine.live(loaded.pack_id, { ...answers(typical), date: null })),
        liveEvery: await stats(() => engine.live(loaded.pack_id, { ...answers(ids), date: null })),
        evaluateEvery: await stats(() => engine.evaluate(loaded.pack_id, answers(ids))),
      };
    },
    { packText },
  );
}

function printRoundTrips(t) {
  if (!t) return;
  if (t.error) {
    console.log(`     through the worker: ${t.error}`);
    return;
  }
  const f = ([med, p99]) => `${ms(med)} / ${ms(p99)}`;
  console.log(
    `     through the engine's worker, as the hosted page asks (a message there and back), median / p99: live ${t.typical} ticked ${f(t.liveTypical)}; live ${t.every} ticked ${f(t.liveEvery)}; the whole outcome, ${t.every} ticked ${f(t.evaluateEvery)}`,
  );
}

function printEval(title, c, nat) {
  if (c.error) {
    console.log(`   ${title}: ${c.error}`);
    return;
  }
  console.log(`   ${title}`);
  console.log(
    `     ${pad('case', 22)} ${lpad('cold', 9)} ${lpad('first 400 (med/max)', 21)} ${lpad('steady median', 14)} ${lpad('p99', 9)} ${lpad('native med', 11)} ${lpad('ratio', 7)}`,
  );
  for (const [name, label] of [
    ['typical', 'ticked'],
    ['every', c.every.count === c.indicators ? 'all ticked' : 'ticked (64 KB cap)'],
    ['empty', 'none ticked'],
  ]) {
    const x = c[name];
    // The native figure ticks every indicator: no ratio where the page could tick fewer.
    const n = name === 'every' && x.count !== c.indicators ? null : nat?.[name];
    const nativeMs = n ? n.median_us / 1000 : NaN;
    const steadyMed = median(x.steady);
    console.log(
      `     ${pad(`${x.count} ${label}`, 24)} ${lpad(ms(x.cold), 9)} ${lpad(`${ms(median(x.warming))} / ${ms(Math.max(...x.warming))}`, 21)} ${lpad(ms(steadyMed), 14)} ${lpad(ms(quantile(x.steady, 0.99)), 9)} ${lpad(ms(nativeMs), 11)} ${lpad(ratio(steadyMed, nativeMs), 7)}`,
    );
  }
  const lives = ['typical', 'every', 'empty'].filter((k) => c[k].live?.length);
  if (lives.length)
    console.log(
      `     an answer change as the page makes it (live: the questions asked and the level so far), median / p99: ${lives.map((k) => `${c[k].count} ticked ${ms(median(c[k].live))} / ${ms(quantile(c[k].live, 0.99))}`).join('; ')}`,
    );
  const loads = ['typical', 'every', 'empty'].map((k) => c[k].load);
  const starts = ['typical', 'every', 'empty'].map((k) => c[k].startup);
  console.log(
    `     engine module start (factory) median ${ms(median(starts))}; load the pack median ${ms(median(loads))}${nat ? ` (native ${ms(nat.load_us / 1000)}, ${ratio(median(loads), nat.load_us / 1000)}; native vouched ${ms(nat.load_validated_us / 1000)})` : ''}`,
  );
  for (const how of ['full', 'vouched']) {
    const xs = c.loads?.[how] ?? [];
    if (xs.length)
      console.log(
        `     load the pack into a fresh module, ${how === 'full' ? 'validated in full' : 'vouched fast path'}: first call median ${ms(median(xs.map((x) => x[0])))}, second ${ms(median(xs.map((x) => x[1])))}`,
      );
  }
}

if (ONLY.has('eval') || ONLY.has('large')) {
  const r = await load({ url: 'index.html?pack=dudley', kind: 'screener' }, { keep: true });
  if (ONLY.has('eval')) {
    console.log(
      '\n5. evaluation in Chromium (JSON.stringify + evaluate + JSON.parse, as the page does), Dudley; goal ≤ 1 ms p99 all ticked',
    );
    const text = fs.readFileSync(path.join(ROOT, 'content', 'dudley', 'pack.json'), 'utf8');
    const nat = native(path.join(ROOT, 'content', 'dudley', 'pack.json'));
    const c = await chromiumEval(r.page, text, {});
    printEval("dudley (175 indicators), on the screener's page", c, nat);
    if (c.every)
      console.log(
        `     all ticked, p99 ${ms(quantile(c.every.steady, 0.99))}: ${verdict(quantile(c.every.steady, 0.99), 1)}`,
      );
    printRoundTrips(await workerRoundTrips(r.page, text));
  }
  if (ONLY.has('large')) {
    console.log(
      `\n6. the synthetic ${LARGE_COUNT.toLocaleString('en-GB')}-indicator pack (Dudley's indicators repeated under new ids)`,
    );
    printLargeReady();
    const text = largePackText(LARGE_COUNT);
    const file = path.join(WORK, 'large-pack.json');
    fs.writeFileSync(file, text);
    const c = await chromiumEval(r.page, text, { warm: 100, steady: 50, large: true });
    printEval(`${LARGE_COUNT.toLocaleString('en-GB')} indicators`, c, native(file));
    if (c.typical)
      console.log(
        `     ${c.typical.count} ticked, p99 ${ms(quantile(c.typical.steady, 0.99))}: goal ≤ 1 ms ${verdict(quantile(c.typical.steady, 0.99), 1)}`,
      );
    // The single offline file holds every pack: built with 1,000 and with 5,000 synthetic indicators.
    const sizes = [];
    for (const count of [1000, LARGE_COUNT]) {
      const content = path.join(WORK, `content-${count}`);
      fs.mkdirSync(path.join(content, 'synthetic'), { recursive: true });
      fs.cpSync(path.join(ROOT, 'content', 'calendars'), path.join(content, 'calendars'), { recursive: true });
      fs.writeFileSync(path.join(content, 'synthetic', 'pack.json'), largeText(count, 'synthetic'));
      const out = path.join(WORK, `site-${count}`);
      try {
        execFileSync(
          process.execPath,
          [
            path.join(ROOT, 'tools', 'build-site.mjs'),
            '--content',
            content,
            '--out',
            out,
            '--engine',
            path.join(SITE, 'threshold_engine.mjs'),
            '--quiet',
          ],
          { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 24 },
        );
        const body = fs.readFileSync(path.join(out, 'threshold-screener.html'));
        sizes.push([count, body.length, gzip(body), brotli(body)]);
      } catch (e) {
        console.log(
          `     the site build with ${count} indicators failed: ${String(e.stderr || e.message).split('\n')[0]}`,
        );
      }
    }
    if (sizes.length === 2) {
      const per = (i) => (sizes[1][i] - sizes[0][i]) / ((sizes[1][0] - sizes[0][0]) / 1000);
      console.log(
        `     the single offline file grows ${kb(per(1))} raw, ${kb(per(2))} gzip, ${kb(per(3))} brotli per 1,000 indicators (${kb(sizes[0][1])} raw with 1,000 synthetic indicators alone, ${kb(sizes[1][1])} with 5,000; the copies repeat every 175 indicators, which flatters the compressed figures: read the raw one)`,
      );
    }
  }
  await r.context.close();
}

// ---- 7. Lighthouse ------------------------------------------------------------------------------

if (ONLY.has('lh')) {
  const version = (await import('lighthouse/package.json', { with: { type: 'json' } }).catch(() => ({ default: {} })))
    .default.version;
  console.log(
    `\n7. Lighthouse ${version ?? ''} mobile (simulated throttling), served gzip, median of ${LH_RUNS} (interleaved, order rotated); goals: performance ≥ 0.98, accessibility 1.0`,
  );
  const { default: lighthouse } = await import('lighthouse');
  const pages = [
    { label: 'index.html?pack=dudley', href: `${BASE}index.html?pack=dudley` },
    { label: 'embed.html?pack=dudley', href: `${BASE}embed.html?pack=dudley` },
    { label: 'index.html', href: `${BASE}index.html` },
    { label: 'bare one-question page', href: `${FLOOR}index.html` },
  ];
  const results = new Map(pages.map((p) => [p.label, []]));
  for (let round = 0; round < LH_RUNS; round += 1) {
    const shift = round % pages.length;
    for (const { label, href } of [...pages.slice(shift), ...pages.slice(0, shift)]) {
      try {
        const { lhr } = await lighthouse(href, {
          port: debugPort,
          output: 'json',
          logLevel: 'error',
          formFactor: 'mobile',
          onlyCategories: ['performance', 'accessibility'],
        });
        const a = lhr.audits;
        results.get(label).push({
          perf: lhr.categories.performance.score,
          a11y: lhr.categories.accessibility.score,
          fcp: a['first-contentful-paint']?.numericValue,
          lcp: a['largest-contentful-paint']?.numericValue,
          tbt: a['total-blocking-time']?.numericValue,
          cls: a['cumulative-layout-shift']?.numericValue,
          si: a['speed-index']?.numericValue,
          failed: Object.values(a)
            .filter((x) => x.score === 0 && lhr.categories.accessibility.auditRefs.some((ref) => ref.id === x.id))
            .map((x) => x.id),
        });
      } catch (e) {
        console.log(`   ${label}: Lighthouse failed: ${String(e.message).split('\n')[0]}`);
      }
    }
  }
  for (const { label } of pages) {
    const rs = results.get(label);
    const m = (k) => median(rs.map((x) => x[k]));
    const failed = [...new Set(rs.flatMap((x) => x.failed))];
    const perf = rs.map((x) => x.perf);
    console.log(
      `   ${pad(label, 24)} performance ${m('perf').toFixed(2)} (${Math.min(...perf).toFixed(2)}–${Math.max(...perf).toFixed(2)})  accessibility ${m('a11y').toFixed(2)}  FCP ${ms(m('fcp'))}  LCP ${ms(m('lcp'))}  TBT ${ms(m('tbt'))}  CLS ${m('cls').toFixed(3)}  SI ${ms(m('si'))}${failed.length ? `  (a11y fails: ${failed.join(', ')})` : ''}`,
    );
  }
}

await browser.close();
await server.close();
await floorServer.close();
await versusServer?.close();
fs.rmSync(WORK, { recursive: true, force: true });
