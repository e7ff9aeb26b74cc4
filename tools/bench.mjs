#!/usr/bin/env node
// Figures, not timed tests: what a browser downloads for one screening (gzip), the time from
// navigation to ready, and evaluation time per answer change in Chromium, beside the native figure.
//
//   node tools/bench.mjs [--runs N] [--port P]      (make bench; needs build/site from build-site.mjs)
//
// Launches Debian's /usr/bin/chromium through @playwright/test's chromium.launch and serves
// build/site with a small static server of its own on 127.0.0.1.
import { chromium } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SITE = path.join(ROOT, 'build', 'site');
const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const RUNS = opt('--runs', 10);
const PORT = opt('--port', 0); // 0: any free port
const BUDGET_KB = 120;

if (!fs.existsSync(path.join(SITE, 'index.html'))) {
  console.error('bench: build/site is missing: run node tools/build-site.mjs first');
  process.exit(2);
}

const TYPES = { '.html': 'text/html', '.mjs': 'text/javascript', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };
const server = http.createServer((req, res) => {
  const url = new URL(req.url, 'http://x');
  let file = path.join(SITE, decodeURIComponent(url.pathname));
  if (!file.startsWith(SITE)) return res.writeHead(403).end();
  if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
  if (!fs.existsSync(file)) return res.writeHead(404).end();
  res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
  fs.createReadStream(file).pipe(res);
});
await new Promise((r) => server.listen(PORT, '127.0.0.1', r));
const BASE = `http://127.0.0.1:${server.address().port}/`;

const gz = (buf) => zlib.gzipSync(buf, { level: 9 }).length;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const quantile = (xs, q) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
};
const ms = (x) => (x < 1 ? `${(x * 1000).toFixed(0)} us` : `${x.toFixed(2)} ms`);

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});

/** Loads a page, waits until the screener is ready; returns the files it downloaded and the time. */
async function load(url, readySelector = '[data-module="ts-screener"][data-state="ready"]') {
  const context = await browser.newContext();
  const page = await context.newPage();
  const files = new Map();
  page.on('response', async (r) => {
    if (!r.url().startsWith(BASE)) return;
    try {
      files.set(new URL(r.url()).pathname, await r.body());
    } catch {
      // redirects and aborted responses have no body
    }
  });
  await page.goto(BASE + url);
  await page.locator(readySelector).first().waitFor({ state: 'attached', timeout: 30_000 });
  await page.waitForLoadState('load');
  const readyAt = await page.evaluate(() => performance.getEntriesByName('threshold-screener:ready')[0]?.startTime ?? NaN);
  return { context, page, files, readyAt };
}

function sizes(files) {
  let raw = 0;
  let zipped = 0;
  const rows = [];
  for (const [name, body] of files) {
    raw += body.length;
    const g = gz(body);
    zipped += g;
    rows.push([name, body.length, g]);
  }
  return { raw, zipped, rows: rows.sort((a, b) => b[2] - a[2]) };
}

console.log(`Threshold Screener bench (Chromium ${browser.version()}, ${RUNS} runs)`);

// 1. What a browser downloads for one screening: the page with one fixed partnership.
const one = await load('index.html?pack=dudley');
const s1 = sizes(one.files);
console.log(`\ndownload for one screening (index.html?pack=dudley): ${kb(s1.zipped)} gzip -9 (${kb(s1.raw)} raw), budget ${BUDGET_KB} KB: ${s1.zipped <= BUDGET_KB * 1024 ? 'within' : 'OVER'}`);
for (const [name, raw, g] of s1.rows) console.log(`  ${name.padEnd(40)} ${kb(g).padStart(10)} gzip  ${kb(raw).padStart(10)} raw`);
await one.context.close();

const widget = await load('demo/index.html');
const sw = sizes(new Map([...widget.files].filter(([n]) => !n.startsWith('/demo/'))));
console.log(`download for the widget (<threshold-screener pack="dudley">, host page excluded): ${kb(sw.zipped)} gzip`);
await widget.context.close();

const picker = await load('index.html');
const sp = sizes(picker.files);
console.log(`download for the page with the partnership question (every pack): ${kb(sp.zipped)} gzip`);
await picker.context.close();

const single = fs.readFileSync(path.join(SITE, 'threshold-screener.html'));
console.log(`single file (threshold-screener.html, every pack): ${kb(gz(single))} gzip (${kb(single.length)} raw)`);

// 2. Navigation to ready.
const readies = [];
for (let i = 0; i < RUNS; i += 1) {
  const r = await load('index.html?pack=dudley');
  readies.push(r.readyAt);
  await r.context.close();
}
console.log(`\nnavigation to ready (index.html?pack=dudley, local server, no cache): median ${ms(quantile(readies, 0.5))}, p99 ${ms(quantile(readies, 0.99))}`);

// 3. Evaluation per answer change.
const bench = await load('index.html?pack=dudley');
const evalTimes = await bench.page.evaluate(async () => {
  const api = await import('/screener/engine.mjs');
  const engine = await api.getEngine();
  const calendar = (await import('/calendars/england-and-wales.mjs')).default;
  const text = (await import('/packs/dudley.mjs')).default;
  engine.loadPack(text, calendar);
  const ids = JSON.parse(text).indicators.map((i) => i.id);
  // The same answers as bench/native_bench.cpp: a heavy but realistic screening (every fifth of the
  // first 60 indicators, a four-month-old, consent refused), then every indicator ticked (the worst case).
  const typical = ids.slice(0, 60).filter((_, i) => i % 5 === 0);
  const answers = (indicators) => ({ date: '2026-11-23', age_years: 0, age_months: 4, non_mobile: true, consent: 'refused', indicators });
  const time = (indicators, batches) => {
    // performance.now() is coarse without cross-origin isolation, so each sample times a batch of 20.
    const samples = [];
    for (let s = 0; s < batches; s += 1) {
      const t0 = performance.now();
      for (let k = 0; k < 20; k += 1) {
        const r = engine.evaluate('dudley', answers(indicators));
        if (!r.ok) throw new Error(r.error.message);
      }
      samples.push((performance.now() - t0) / 20);
    }
    return samples;
  };
  const t0 = performance.now();
  engine.evaluate('dudley', answers(typical));
  const first = performance.now() - t0;
  // Chromium first runs WebAssembly from its baseline compiler and optimises hot functions after a few
  // hundred calls, so the first batches are reported apart from the steady state.
  const warming = time(typical, 20);
  return { first, warming, typical: time(typical, 300), every: time(ids, 50), count: typical.length, all: ids.length };
});
console.log(`evaluation per answer change in Chromium (engine.evaluate + JSON.parse, same answers as native, ${evalTimes.count} indicators):`);
console.log(`  first in the page ${ms(evalTimes.first)}; next 400 (while Chromium optimises the engine): median ${ms(quantile(evalTimes.warming, 0.5))}, max ${ms(Math.max(...evalTimes.warming))}`);
console.log(`  then ${evalTimes.typical.length} batches of 20: median ${ms(quantile(evalTimes.typical, 0.5))}, p99 ${ms(quantile(evalTimes.typical, 0.99))} (aim: < 1 ms)`);
console.log(`  every indicator ticked (${evalTimes.all}, the worst case): median ${ms(quantile(evalTimes.every, 0.5))}, p99 ${ms(quantile(evalTimes.every, 0.99))}`);

// The same change through the page: tick a checkbox, the screener evaluates and updates the live region.
{
  const p = bench.page;
  const next = () => p.getByRole('button', { name: 'Continue', exact: true }).click();
  await p.getByRole('radio', { name: 'No', exact: true }).check();
  await next();
  await p.getByRole('radio', { name: 'One year old or older' }).check();
  await p.getByRole('textbox', { name: 'Age in years' }).fill('7');
  await next();
  await p.getByRole('radio', { name: 'No', exact: true }).check();
  await next();
  await p.getByRole('radio', { name: 'None', exact: true }).check();
  await next();
  await p.getByRole('searchbox', { name: 'Search the indicators' }).waitFor();
  await p.evaluate(() => { for (const d of document.querySelectorAll('details')) d.open = true; });
}
const uiTimes = await bench.page.evaluate(async () => {
  const boxes = [...document.querySelectorAll('input[type=checkbox]')];
  const out = [];
  for (let i = 0; i < 200; i += 1) {
    const t0 = performance.now();
    boxes[(i * 7) % boxes.length].click();
    out.push(performance.now() - t0);
  }
  return out;
}).catch(() => null);
if (uiTimes?.length) {
  console.log(`a ticked box in the page (evaluate + live announcement, timer resolution ~0.1 ms): median ${ms(quantile(uiTimes, 0.5))}, p99 ${ms(quantile(uiTimes, 0.99))}`);
}
await bench.context.close();

// 4. Native, beside it.
const nativeBench = path.join(ROOT, 'build', 'native', 'threshold_bench');
if (fs.existsSync(nativeBench) && args.includes('--native')) {
  console.log(`\n${execFileSync(nativeBench, { encoding: 'utf8' }).trim()}`);
} else {
  console.log('\nnative: build/native/threshold_bench (make bench runs it just before this) gives the same evaluation natively');
}

await browser.close();
server.close();
