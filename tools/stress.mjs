// Stress test of the WebAssembly engine in Node: many evaluations with varied answers, interleaved
// with searches, pathway walks and malformed calls (broken JSON, wrong types, oversized text,
// non-string and missing arguments). Every call must answer JSON with "ok" and never throw; the
// allocator's bytes in use must not grow beyond ALLOCATOR_SLACK (a leak fails). `make bench` runs it;
// tests/engine_node_test.mjs runs a shorter round on every `make test`.
// usage: node tools/stress.mjs [ITERATIONS] (default 100000)
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const ENGINE = path.join(ROOT, 'build', 'wasm', 'threshold_engine.mjs');
/** The same engine built with THRESHOLD_ENGINE_TEST_HOOKS (wasm/bindings.cpp): tests only, never shipped. */
export const TEST_HOOKS_ENGINE = path.join(ROOT, 'build', 'wasm', 'threshold_engine_test_hooks.mjs');

/** A small deterministic generator, so that a failure can be replayed with the same seed. */
function random(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export async function loadEngine() {
  if (!existsSync(ENGINE)) throw new Error(`${path.relative(ROOT, ENGINE)} is missing: run make wasm first`);
  const create = (await import(pathToFileURL(ENGINE).href)).default;
  return await create();
}

export function loadPacks(engine) {
  const calendar = readFileSync(path.join(ROOT, 'content', 'calendars', 'england-and-wales.json'), 'utf8');
  const packs = [];
  for (const dir of readdirSync(path.join(ROOT, 'content')).sort()) {
    const file = path.join(ROOT, 'content', dir, 'pack.json');
    if (!existsSync(file)) continue;
    const text = readFileSync(file, 'utf8');
    const loaded = JSON.parse(engine.load_pack(text, calendar));
    if (!loaded.ok) throw new Error(`${dir}: ${loaded.error.message}`);
    const pack = JSON.parse(text);
    packs.push({
      id: loaded.pack_id,
      indicators: (pack.indicators ?? []).map((i) => i.id),
      pathways: (pack.pathways ?? []).map((p) => ({ id: p.id, nodes: p.nodes ?? [] })),
    });
  }
  return packs;
}

const CONSENT = ['given', 'refused', 'not_yet_sought', 'would_increase_risk'];
const INVOLVEMENT = [
  'none',
  'single_agency',
  'early_help',
  'child_in_need',
  'child_protection',
  'looked_after',
  'recently_stepped_down',
];
const WORDS = [
  'bruise',
  'baby',
  'knife',
  'school',
  'nudes',
  'selfharm',
  'self-harm',
  'neglect',
  'drugs',
  'missing',
  'x',
  '',
];

function answers(rnd, pack) {
  const a = {};
  const pick = (list) => list[Math.floor(rnd() * list.length)];
  if (rnd() < 0.7)
    a.date = `2026-${String(1 + Math.floor(rnd() * 12)).padStart(2, '0')}-${String(1 + Math.floor(rnd() * 28)).padStart(2, '0')}`;
  if (rnd() < 0.3) a.immediate_danger = rnd() < 0.2;
  if (rnd() < 0.6) a.age_years = Math.floor(rnd() * 18);
  if (rnd() < 0.3) a.age_months = Math.floor(rnd() * 12);
  if (rnd() < 0.2) a.non_mobile = rnd() < 0.5;
  if (rnd() < 0.1) a.unborn = rnd() < 0.5;
  if (rnd() < 0.5) a.consent = pick(CONSENT);
  if (rnd() < 0.5) a.involvement = pick(INVOLVEMENT);
  if (rnd() < 0.2) a.weeks_since_step_down = Math.floor(rnd() * 60);
  if (rnd() < 0.2) a.agreed_level = 1 + Math.floor(rnd() * 4);
  if (rnd() < 0.2) a.significant_harm_suspected = pick([true, false, 'unknown']);
  const count = Math.floor(rnd() * rnd() * 30);
  if (pack.indicators.length) a.indicators = [...new Set(Array.from({ length: count }, () => pick(pack.indicators)))];
  return JSON.stringify(a);
}

const BIG = 'x'.repeat(70 * 1024);
const MALFORMED = [
  (e, p) => e.evaluate(p.id, '{"indicators": ['),
  (e, p) => e.evaluate(p.id, '{"consent":"\u001b]0;owned\u0007", "weeks_since_step_down": 1e300}'),
  (e, p) => e.evaluate(p.id, `["${BIG}"]`),
  (e, p) => e.evaluate(p.id, '{"date": "2026-02-30", "age_years": -1, "indicators": ["nope", 3]}'),
  (e, p) => e.evaluate(p.id, '\u00ef\u00bb\u00bf{}'),
  (e) => e.evaluate('no_such_pack', '{}'),
  (e, p) => e.evaluate(p.id, { indicators: [] }),
  (e, p) => e.evaluate(p.id),
  (e) => e.evaluate(),
  (e, p) => e.search(p.id, null),
  (e, p) => e.search(p.id, BIG),
  (e, p) => e.walk(p.id, 'no_such_pathway', '{}'),
  (e, p) => e.walk(p.id, 42, '{"steps": 1}'),
  (e) => e.load_pack('{"schema_version": 1,', '{}'),
  (e) => e.render(undefined),
];

/**
 * Runs `iterations` evaluations (with a search, a walk or a malformed call between some of them).
 * Returns counts and the allocator's bytes in use after a warm-up and at the end.
 */
export function stress(engine, packs, iterations, seed = 1) {
  const rnd = random(seed);
  const counts = { evaluate: 0, ok: 0, refused: 0, live: 0, search: 0, walk: 0, malformed: 0 };
  const check = (text, what) => {
    if (typeof text !== 'string') throw new Error(`${what}: answered ${typeof text}, not JSON text`);
    const r = JSON.parse(text);
    if (typeof r.ok !== 'boolean') throw new Error(`${what}: no "ok" in ${text.slice(0, 200)}`);
    if (!r.ok && !(r.error && typeof r.error.code === 'string' && typeof r.error.message === 'string'))
      throw new Error(`${what}: a failure without a coded error: ${text.slice(0, 200)}`);
    return r;
  };
  const round = (i) => {
    const pack = packs[i % packs.length];
    const text = answers(rnd, pack);
    const r = check(engine.evaluate(pack.id, text), `evaluate #${i}`);
    counts.evaluate += 1;
    if (r.ok) counts.ok += 1;
    else counts.refused += 1;
    // The live view (what the page asks on every answer change) refuses what evaluate refuses.
    if (i % 3 === 0 && typeof engine.live === 'function') {
      const live = check(engine.live(pack.id, text), `live #${i}`);
      if (live.ok !== r.ok) throw new Error(`live #${i}: ok ${live.ok}, evaluate ok ${r.ok}`);
      counts.live += 1;
    }
    if (i % 7 === 0) {
      check(engine.search(pack.id, `${WORDS[i % WORDS.length]} ${WORDS[(i * 3) % WORDS.length]}`), `search #${i}`);
      counts.search += 1;
    }
    if (i % 13 === 0 && pack.pathways.length) {
      const pw = pack.pathways[i % pack.pathways.length];
      const node = pw.nodes[i % Math.max(1, pw.nodes.length)];
      const choice = node?.options?.[0]?.id ?? 'x';
      check(
        engine.walk(
          pack.id,
          pw.id,
          JSON.stringify({ date: '2026-11-23', steps: node ? [{ node: node.id, choice }] : [] }),
        ),
        `walk #${i}`,
      );
      counts.walk += 1;
    }
    if (i % 10 === 0) {
      check(MALFORMED[(i / 10) % MALFORMED.length](engine, pack), `malformed call ${(i / 10) % MALFORMED.length}`);
      counts.malformed += 1;
    }
  };
  const warmUp = Math.min(2000, Math.floor(iterations / 10));
  for (let i = 0; i < warmUp; i += 1) round(i);
  const before = { heap: engine.heap_bytes_in_use(), memory: engine.HEAP8.buffer.byteLength };
  for (let i = warmUp; i < iterations; i += 1) round(i);
  const after = { heap: engine.heap_bytes_in_use(), memory: engine.HEAP8.buffer.byteLength };
  return { counts, before, after };
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

/**
 * Bytes the allocator may count as in use after the calls beyond before them without a leak.
 * emmalloc counts whole regions, and a region carved from a free one keeps any slack too small to
 * split off, so the same live data can count a few bytes more or less (4 was seen) as the free space
 * is laid out differently. A leak of even one small allocation per call is far more: 16 bytes or more
 * times thousands of calls.
 */
export const ALLOCATOR_SLACK = 256;

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const iterations = Number(process.argv[2] ?? 100000);
  const engine = await loadEngine();
  const packs = loadPacks(engine);
  const started = performance.now();
  const { counts, before, after } = stress(engine, packs, iterations);
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `stress: ${counts.evaluate} evaluations (${counts.ok} ok, ${counts.refused} refused), ${counts.live} live views, ${counts.search} searches, ${counts.walk} walks, ${counts.malformed} malformed calls in ${seconds.toFixed(1)} s; none threw`,
  );
  console.log(
    `stress: heap in use ${kb(before.heap)} after warm-up, ${kb(after.heap)} at the end; WebAssembly memory ${kb(before.memory)} -> ${kb(after.memory)}`,
  );
  if (after.heap > before.heap + ALLOCATOR_SLACK) {
    console.error(`stress: LEAK: ${after.heap - before.heap} bytes more in use after ${iterations} calls`);
    process.exit(1);
  }
}
