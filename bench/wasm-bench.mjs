// The WebAssembly engine in Node, timed as the page uses it: a fresh module, the pack loaded as the site
// build vouched for it (load_validated_pack, first call and second), then answers evaluated as the page
// does (JSON.stringify, evaluate, JSON.parse), each call timed on its own. Figures only; nothing here
// asserts a time. Give two engines to compare them on a shared machine: the runs alternate between
// them, so that both see the same load.
//
//   node bench/wasm-bench.mjs [--engine FILE.mjs ...] [--pack PACK.json] [--rounds N] [--calls N]
//   (default: build/wasm/threshold_engine.mjs, content/dudley/pack.json, 5 rounds of 400 calls)
/* global process, console */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const all = (name) => args.flatMap((a, k) => (args[k - 1] === name ? [a] : []));
const one = (name, fallback) => all(name).at(-1) ?? fallback;

const engines = all('--engine').length ? all('--engine') : [path.join(ROOT, 'build', 'wasm', 'threshold_engine.mjs')];
const packText = readFileSync(one('--pack', path.join(ROOT, 'content', 'dudley', 'pack.json')), 'utf8');
const calendar = readFileSync(path.join(ROOT, 'content', 'calendars', 'england-and-wales.json'), 'utf8');
const rounds = Number(one('--rounds', 5));
const calls = Number(one('--calls', 400));

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
while (JSON.stringify(answers(every)).length > 64 * 1024 - 256) every = every.slice(0, Math.floor(every.length * 0.9));
const cases = { typical: ids.slice(0, 60).filter((_, i) => i % 5 === 0), every, empty: [] };

// Each fresh module adds its own process listeners (Emscripten's Node glue).
process.setMaxListeners(0);
const factories = await Promise.all(
  engines.map(async (e) => (await import(pathToFileURL(path.resolve(e)).href)).default),
);
const now = () => Number(process.hrtime.bigint()) / 1e3; // microseconds
const results = engines.map(() => ({ load1: [], load2: [], cases: {} }));

for (let round = 0; round < rounds; round += 1) {
  // Rotate the order each round, so that neither engine always runs first.
  for (let k = 0; k < engines.length; k += 1) {
    const e = (k + round) % engines.length;
    const r = results[e];
    const module = await factories[e]();
    let t = now();
    const loaded = JSON.parse(module.load_validated_pack(packText, calendar));
    r.load1.push(now() - t);
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.error));
    t = now();
    module.load_validated_pack(packText, calendar);
    r.load2.push(now() - t);
    for (const [name, indicators] of Object.entries(cases)) {
      const text = () => JSON.stringify(answers(indicators));
      const n = name === 'every' && ids.length > 1000 ? Math.min(calls, 40) : calls;
      const xs = (r.cases[name] ??= []);
      for (let i = 0; i < n; i += 1) {
        const s = now();
        const out = JSON.parse(module.evaluate(loaded.pack_id, text()));
        const d = now() - s;
        if (!out.ok) throw new Error(JSON.stringify(out.error));
        if (i >= n / 4) xs.push(d); // the first quarter warms the engine up
      }
    }
  }
}

const sorted = (xs) => [...xs].sort((a, b) => a - b);
const q = (xs, f) => sorted(xs)[Math.min(xs.length - 1, Math.floor(xs.length * f))];
const us = (x) => (x >= 1000 ? `${(x / 1000).toFixed(2)} ms` : `${x.toFixed(0)} us`);
console.log(
  `${ids.length} indicators, ${rounds} rounds, ${calls} calls a case a round (the first quarter not counted)`,
);
engines.forEach((e, k) => {
  const r = results[k];
  console.log(`${path.relative(process.cwd(), e)}`);
  console.log(
    `  load_validated_pack, fresh module: first call median ${us(q(r.load1, 0.5))} [${us(q(r.load1, 0))}–${us(q(r.load1, 1))}], second ${us(q(r.load2, 0.5))} [${us(q(r.load2, 0))}–${us(q(r.load2, 1))}]`,
  );
  for (const [name, xs] of Object.entries(r.cases))
    console.log(
      `  ${`${name} (${cases[name].length})`.padEnd(16)} median ${us(q(xs, 0.5)).padStart(8)}  IQR ${us(q(xs, 0.25))}–${us(q(xs, 0.75))}  p99 ${us(q(xs, 0.99)).padStart(8)}  max ${us(q(xs, 1))}`,
    );
});
