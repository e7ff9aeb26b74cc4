// The cross-engine run (issue 25): the flows in flows.mjs, written once, in Chromium (Playwright),
// Firefox ESR (puppeteer-core, WebDriver BiDi) and WebKitGTK (selenium-webdriver, WebKitWebDriver),
// all three from Debian. Prints engines × flows × results and exits non-zero on any failure.
//
//   node e2e/engines/run.mjs                      # every engine, every flow (make test-browsers)
//   node e2e/engines/run.mjs --engines webkit     # some engines
//   node e2e/engines/run.mjs --flows screening    # flows whose name contains a word
//   node e2e/engines/run.mjs --break              # a page error in every flow: the run must fail
//
// build/site is served on 127.0.0.1:TS_ENGINES_PORT (default 8092) with one addition to every HTML
// page: the guard (in-page.js), a same-origin script first in <head>, which the pages' policy
// (script-src 'self') allows. The offline flow opens a copy of the single file with the guard inline
// and its hash added to script-src. Engines run one after another (2 cores); each flow has a time
// limit (TS_ENGINES_FLOW_SECONDS, 60): an engine that stops answering is closed and its remaining
// flows fail as not run. WebKitWebDriver, which hangs rather than fails without a display, runs under
// `timeout`.
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { launch } from './drivers.mjs';
import { wasmExceptions } from './wasm-check.mjs';
import { FLOWS, INJECT, ROOT, steps } from './flows.mjs';
import { guard } from './in-page.js';

const SITE = path.join(ROOT, 'build', 'site');
const PORT = Number(process.env.TS_ENGINES_PORT ?? 8092);
const FLOW_SECONDS = Number(process.env.TS_ENGINES_FLOW_SECONDS ?? 60);
const GUARD = `(${guard})();\n`;
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

function option(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i < 0 ? fallback : process.argv[i + 1];
}
const engines = option('engines', 'chromium,firefox,webkit').split(',');
const only = option('flows', '');
const broken = process.argv.includes('--break');

/** build/site, with the guard first in every HTML page's <head>. */
function serve() {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    if (url.pathname === '/__engines/guard.js') {
      res.writeHead(200, { 'content-type': TYPES['.js'], 'cache-control': 'no-store' });
      return res.end(GUARD);
    }
    let file = path.join(SITE, decodeURIComponent(url.pathname));
    if (!file.startsWith(SITE)) return res.writeHead(403).end();
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (!fs.existsSync(file)) return res.writeHead(404).end();
    const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
    let body = fs.readFileSync(file);
    if (type.startsWith('text/html'))
      body = body.toString('utf8').replace(/<head>/i, '<head>\n<script src="/__engines/guard.js"></script>');
    res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' });
    res.end(body);
  });
  return new Promise((resolve, reject) => {
    server.on('error', reject);
    server.listen(PORT, '127.0.0.1', () => resolve(server));
  });
}

/** A copy of the single file with the guard inline, first after the policy, its hash allowed. */
function offlineCopy() {
  const html = fs.readFileSync(path.join(SITE, 'threshold-screener.html'), 'utf8');
  const hash = crypto.createHash('sha256').update(GUARD).digest('base64');
  const csp = /<meta http-equiv="Content-Security-Policy" content="[^"]*">/.exec(html);
  if (!csp) throw new Error('threshold-screener.html has no Content-Security-Policy meta tag');
  const withHash = csp[0].replace('script-src ', `script-src 'sha256-${hash}' `);
  const out = html.replace(csp[0], `${withHash}\n<script>${GUARD}</script>`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ts-engines-'));
  const file = path.join(dir, 'threshold-screener.html');
  fs.writeFileSync(file, out);
  return pathToFileURL(file).href;
}

class TimeoutError extends Error {}
const withLimit = (promise, seconds, what) => {
  let timer;
  const limit = new Promise(
    (_, reject) =>
      (timer = setTimeout(() => reject(new TimeoutError(`${what}: no answer in ${seconds} s`)), seconds * 1000)),
  );
  return Promise.race([promise, limit]).finally(() => clearTimeout(timer));
};

/** One flow in one engine: its own checks, then the guard's record (errors, CSP, late requests). */
async function runFlow(d, t, flow, context) {
  d.native.length = 0;
  await d.fresh?.();
  d.requests.length = 0;
  d.readyAt = Infinity;
  await flow.run(t, d, context);
  if (flow.faults) return;
  if (broken) {
    await d.run(INJECT);
    await new Promise((r) => setTimeout(r, 200));
  }
  const { problems, late } = await t.q('report');
  const all = [
    ...problems,
    ...d.native.filter((n) => !problems.some((p) => p.includes(n.replace(/^\w+ error: /, '')))),
  ];
  if (all.length) throw new Error(`errors on the page: ${all.join(' | ')}`);
  // The page's resource timeline, and where the driver reports requests (Chromium, Firefox) its
  // record too, which also sees the engine's worker.
  const seen = d.requests.filter((r) => r.at > d.readyAt).map((r) => r.url);
  const lateAll = [...new Set([...late, ...seen])];
  if (lateAll.length) throw new Error(`requests after load: ${lateAll.join(', ')}`);
}

async function runEngine(name, context, results) {
  const started = Date.now();
  let d;
  try {
    d = await withLimit(launch(name), 60, `starting ${name}`);
  } catch (e) {
    for (const flow of context.flows)
      results.push({ engine: name, flow: flow.name, ok: false, ms: 0, error: `could not start: ${e.message}` });
    return { name, version: '?', ms: Date.now() - started };
  }
  const t = steps(d, context.base);
  let hung = null;
  for (const flow of context.flows) {
    if (hung) {
      // A driver that stopped answering is not asked again: the rest of its flows are not run.
      results.push({ engine: d.engine, flow: flow.name, ok: false, ms: 0, error: `not run: ${hung}` });
      continue;
    }
    const t0 = Date.now();
    let error = null;
    t.trail.length = 0;
    try {
      await withLimit(runFlow(d, t, flow, context), FLOW_SECONDS, flow.name);
    } catch (e) {
      if (e instanceof TimeoutError) hung = `${d.engine} stopped answering in "${flow.name}"`;
      const message =
        String(e?.message ?? e)
          .split('\n')
          .filter((l) => l.trim())[0] ?? '';
      error = `${e?.name && e.name !== 'Error' ? `${e.name}: ` : ''}${message}`;
      if (t.trail.length) error += `\n    after: ${t.trail.slice(-3).join(' → ')}`;
    } finally {
      if (flow.offline) await withLimit(d.setOffline(false), 30, 'network back on').catch(() => {});
    }
    results.push({ engine: d.engine, flow: flow.name, ok: !error, ms: Date.now() - t0, error });
    process.stdout.write(
      `${error ? '✗' : '✓'} ${d.engine.padEnd(8)} ${flow.name} (${((Date.now() - t0) / 1000).toFixed(1)} s)${error ? `\n    ${error}` : ''}\n`,
    );
  }
  await withLimit(d.close(), 15, `closing ${name}`).catch(() => {});
  return { name: d.engine, version: d.version, ms: Date.now() - started };
}

function table(runs, results, flows) {
  const cell = (engine, flow) => {
    const r = results.find((x) => x.engine === engine && x.flow === flow);
    if (!r) return '-';
    if (r.error?.startsWith('not run')) return 'FAIL (not run)';
    if (r.error?.startsWith('could not start')) return 'FAIL (no start)';
    return `${r.ok ? 'pass' : 'FAIL'} ${(r.ms / 1000).toFixed(1)} s`;
  };
  const head = ['flow', ...runs.map((r) => r.name)];
  const rows = flows.map((f) => [f.name, ...runs.map((r) => cell(r.name, f.name))]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const line = (cells) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  console.log(`\n${line(head)}\n|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|\n${rows.map(line).join('\n')}`);
  console.log(runs.map((r) => `${r.name} ${r.version}: ${(r.ms / 1000).toFixed(1)} s`).join('; '));
}

// Stopped (make's `timeout`, Ctrl+C): exit, so that every driver's exit hook closes its browser.
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(130));

const t0 = Date.now();
if (!fs.existsSync(path.join(SITE, 'threshold-screener.html'))) {
  console.error('e2e/engines: build/site is missing: run `make site` first');
  process.exit(2);
}
// The binary the engine module embeds (tools/embed-wasm.mjs): no WebAssembly exception handling.
const BINARY = path.join(ROOT, 'build', 'wasm', 'threshold_engine_core.opt.wasm');
// The check must be able to fail: a hand-made module importing a tag ("env" "t") and one importing
// only functions whose names are longer than one byte (where a reader off by a byte went wrong).
const withTag = Buffer.from([
  0, 0x61, 0x73, 0x6d, 1, 0, 0, 0, 1, 4, 1, 0x60, 0, 0, 2, 10, 1, 3, 0x65, 0x6e, 0x76, 1, 0x74, 4, 0, 0,
]);
const functionsOnly = Buffer.from([
  0, 0x61, 0x73, 0x6d, 1, 0, 0, 0, 1, 4, 1, 0x60, 0, 0, 2, 13, 2, 1, 0x61, 1, 0x62, 0, 0, 1, 0x61, 1, 0x63, 0, 0,
]);
const selfCheck = wasmExceptions(withTag).length === 1 && wasmExceptions(functionsOnly).length === 0;
const eh = !selfCheck
  ? ['the binary check failed its own test']
  : fs.existsSync(BINARY)
    ? wasmExceptions(fs.readFileSync(BINARY))
    : ['build/wasm has no engine binary'];
console.log(
  eh.length
    ? `✗ engine binary: ${eh.join(', ')} (-fwasm-exceptions crashed Safari 26.0, emscripten issue 25365)`
    : '✓ engine binary: no WebAssembly exception handling (built with -fno-exceptions)',
);
const server = await serve().catch((e) => {
  console.error(
    `e2e/engines: cannot serve build/site on 127.0.0.1:${PORT} (${e.code ?? e.message}): set TS_ENGINES_PORT`,
  );
  process.exit(2);
});
const flows = FLOWS.filter((f) => !only || f.name.includes(only));
const context = { base: `http://127.0.0.1:${PORT}/`, file: offlineCopy(), flows };
const results = [];
const runs = [];
for (const name of engines) runs.push(await runEngine(name, context, results));
server.close();
table(runs, results, flows);
const failed = results.filter((r) => !r.ok);
console.log(
  eh.length
    ? `FAIL: the engine binary has ${eh.join(', ')}`
    : 'The engine binary has no WebAssembly exception handling.',
);
console.log(
  `${results.length - failed.length} of ${results.length} passed in ${((Date.now() - t0) / 1000).toFixed(1)} s${broken ? ' (--break: every flow should fail but the self-check)' : ''}`,
);
process.exit(failed.length || eh.length ? 1 : 0);
