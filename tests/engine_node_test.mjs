// The WebAssembly engine as a Node ES module (issue 10, defect 7): it imports (it once failed with
// "__dirname is not defined"), never throws on bad arguments, and keeps no memory per call.
// Run by `make test` after `make wasm`: node tests/engine_node_test.mjs
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { ALLOCATOR_SLACK, ENGINE, loadEngine, loadPacks, stress, TEST_HOOKS_ENGINE } from '../tools/stress.mjs';
import { configureEngine, getEngine } from '../web/screener/engine.mjs';

const engine = await loadEngine();
const packs = loadPacks(engine);
assert.ok(packs.length >= 5, 'every partnership loads');

for (const [name, call] of Object.entries({
  'evaluate(1, 2)': () => engine.evaluate(1, 2),
  'evaluate(id)': () => engine.evaluate(packs[0].id),
  'evaluate(id, object)': () => engine.evaluate(packs[0].id, { indicators: [] }),
  'search(id, null)': () => engine.search(packs[0].id, null),
  'walk()': () => engine.walk(),
  'load_pack(Symbol, {})': () => engine.load_pack(Symbol('x'), {}),
  'render(id, extra)': () => engine.render(packs[0].id, 'extra'),
})) {
  let text;
  assert.doesNotThrow(() => (text = call()), name);
  const r = JSON.parse(text);
  assert.equal(r.ok, false, name);
  assert.equal(r.error.code, 'engine.bad_arguments', name);
}
assert.equal(JSON.parse(engine.render(packs[0].id)).ok, true, 'right arguments still work');

// A pack that is not JSON names no calendar: its own syntax error comes back, not the calendar's.
const unreadable = JSON.parse(engine.load_pack('{"id": "x",', ''));
assert.equal(unreadable.ok, false);
assert.equal(unreadable.error.code, 'pack.syntax', JSON.stringify(unreadable.error));

// Strings reach the engine as UTF-8 (the glue's TextEncoder path): one- to four-byte characters come
// back as they went in. A lone surrogate becomes U+FFFD (the next character is kept), and is
// answered, never thrown on.
const accented = JSON.parse(readFileSync('content/dudley/pack.json', 'utf8'));
accented.id = 'utf8_check';
accented.partnership.name = 'Dudley – café ½ 👶';
assert.equal(
  JSON.parse(
    engine.load_pack(JSON.stringify(accented), readFileSync('content/calendars/england-and-wales.json', 'utf8')),
  ).ok,
  true,
);
assert.equal(JSON.parse(engine.describe('utf8_check', '{}')).description.partnership.name, 'Dudley – café ½ 👶');
// Answers cross into JavaScript in ASCII (each other character a JSON \u escape, a pair of them past
// U+FFFF), so that they arrive as one-byte strings: the same values, decoded and parsed faster.
assert.match(engine.describe('utf8_check', '{}'), /"Dudley \\u2013 caf\\u00e9 \\u00bd \\ud83d\\udc76"/);
for (const text of [
  engine.describe('utf8_check', '{}'),
  engine.evaluate('utf8_check', '{"indicators": ["neglect – ½ 👶"]}'),
  engine.search('utf8_check', '\uD800neglect'),
]) {
  assert.doesNotMatch(text, /[^ -~]/, 'an answer in printable ASCII');
}
for (const id of ['x\uD800y', 'x\uDC00y', 'xy\uD800']) {
  assert.match(
    JSON.parse(engine.evaluate(id, '{}')).error.message,
    new RegExp(`"${id.replace(/[\uD800-\uDFFF]/, '\uFFFD')}"`),
    'a lone surrogate: U+FFFD',
  );
}
// Wherever a character falls against the eight-byte words the binding scans for non-ASCII bytes (and
// the writer for bytes to escape), it comes back as it went in, in ASCII; so does an ASCII-only text,
// which the glue writes into the heap by another path.
for (let length = 1; length <= 20; length += 1) {
  for (let at = 0; at < length; at += 1) {
    for (const c of ['é', '👶', '"', '\\', '\n', 'a']) {
      const id = 'x'.repeat(at) + c + 'y'.repeat(length - at - 1);
      const text = engine.evaluate(id, '{}');
      assert.doesNotMatch(text, /[^ -~]/, `an answer in printable ASCII (${JSON.stringify(id)})`);
      assert.ok(JSON.parse(text).error.message.includes(`"${id}"`), `${JSON.stringify(id)} comes back as it went in`);
    }
  }
}
const unknown = JSON.parse(engine.evaluate('utf8_check', '{"indicators": ["neglect – ½ 👶"]}'));
assert.equal(unknown.error.code, 'answers.unknown_indicator');
assert.match(unknown.error.message, /"neglect – ½ 👶" is not one of the concerns in the Dudley – café ½ 👶 guidance/);
for (const lone of ['{"indicators": ["\uD800"]}', '{"indicators": ["x\uDC00y"]}']) {
  assert.equal(JSON.parse(engine.evaluate('utf8_check', lone)).ok, false, 'a lone surrogate is refused');
}

// Issue 25, defect 1: a 60 KB unknown key came back whole, twice (the error's `path` and the list's):
// a 120 KB answer. The key is cut in the pointer as in the message.
const longKey = engine.evaluate(packs[0].id, JSON.stringify({ ['k'.repeat(60000)]: 1 }));
assert.equal(JSON.parse(longKey).error.code, 'answers.unknown_key');
assert.ok(longKey.length < 2000, `a 60 KB key gives a ${longKey.length}-character answer`);
assert.equal(JSON.parse(longKey).error.path, `/${'k'.repeat(60)}\u2026`);
// Issue 25, defect 2: C1 and bidi controls in a value are shown by their code, as C0 controls are.
const controls = JSON.parse(engine.evaluate(packs[0].id, '{"consent": "\u009b31m\u202etxt.exe\u2066"}')).error.message;
const hidden = (c) => {
  const n = c.codePointAt(0);
  return (
    n < 0x20 ||
    (n >= 0x7f && n <= 0x9f) ||
    [0x61c, 0x200e, 0x200f].includes(n) ||
    (n >= 0x202a && n <= 0x202e) ||
    (n >= 0x2066 && n <= 0x2069)
  );
};
assert.ok(![...controls].some(hidden), controls);
assert.match(controls, /U\+009B31mU\+202Etxt\.exeU\+2066/);

const { counts, before, after } = stress(engine, packs, 5000, 7);
assert.equal(counts.evaluate, 5000);
assert.ok(counts.ok > 500 && counts.refused > 20, `varied answers: ${JSON.stringify(counts)}`);
assert.ok(
  after.heap <= before.heap + ALLOCATOR_SLACK,
  `no leak: ${after.heap - before.heap} more bytes in use after 5,000 calls`,
);
console.log(
  `engine in Node: imports, refuses bad arguments without throwing, ${counts.evaluate} evaluations with no leak`,
);

// Issue 11: the engine is built without C++ exceptions, so a failure inside it traps and that
// instance is finished. The page's engine layer answers the call with a clear error, starts a fresh
// instance with the same packs, and tells the page, which redraws: never a dead page. Issue 25: the
// trap is a real one, inside the WebAssembly, from the test build of the engine
// (threshold_engine_test_hooks.mjs, wasm/bindings.cpp): an answers text or a query containing
// "threshold-test-hook:abort" aborts the instance as running out of memory does, and
// "threshold-test-hook:trap" executes WebAssembly's unreachable. The shipped engine has no such path.
for (const word of ['threshold-test-hook:abort', 'threshold-test-hook:trap']) {
  const r = JSON.parse(engine.search(packs[0].id, word));
  assert.equal(r.ok, true, `the shipped engine treats ${word} as words to search for`);
}
assert.ok(!readFileSync(ENGINE, 'latin1').includes('threshold-test-hook'), 'the shipped engine holds no test hook');
assert.ok(existsSync(TEST_HOOKS_ENGINE), `${TEST_HOOKS_ENGINE} is missing: run make wasm`);
assert.ok(
  readFileSync(TEST_HOOKS_ENGINE, 'latin1').includes('threshold-test-hook:abort'),
  'the test build holds the hook',
);
configureEngine({ load: () => import(pathToFileURL(TEST_HOOKS_ENGINE).href) });
const page = await getEngine();
assert.ok(page.available);
const dudleyText = readFileSync('content/dudley/pack.json', 'utf8');
const calendarText = readFileSync('content/calendars/england-and-wales.json', 'utf8');
assert.equal(page.loadPack(dudleyText, calendarText).ok, true);
const answers = { date: '2026-11-23', age_months: 4, non_mobile: true, indicators: ['health_4_non_mobile_bruise'] };
const first = page.evaluate('dudley', answers);
assert.equal(first.ok, true);
let restarts = 0;
page.onRestart(() => (restarts += 1));
const calls = {
  'a search (abort, as out of memory)': () => page.search('dudley', 'bruise threshold-test-hook:abort'),
  'an evaluation (unreachable)': () =>
    page.evaluate('dudley', { ...answers, indicators: ['threshold-test-hook:trap'] }),
};
for (const [what, call] of Object.entries(calls)) {
  const trapped = page.module;
  let failed;
  assert.doesNotThrow(() => (failed = call()), what);
  assert.equal(failed.ok, false, what);
  assert.equal(failed.error.code, 'engine.restarted', what);
  assert.match(
    failed.error.message,
    /stopped on an internal error \((Aborted|unreachable)[^)]*\).*started again/,
    what,
  );
  assert.equal(
    page.evaluate('dudley', answers).error.code,
    'engine.restarting',
    `${what}: no call reaches the trapped instance`,
  );
  await page.whenReady();
  assert.notEqual(page.module, trapped, `${what}: a fresh instance`);
  const again = page.evaluate('dudley', answers);
  assert.equal(again.ok, true, JSON.stringify(again.error));
  assert.deepEqual(again.outcome, first.outcome, `${what}: the same guidance is loaded in the fresh instance`);
  assert.equal(page.search('dudley', 'bruise').ok, true, what);
}
assert.equal(restarts, 2, 'the page is told once for each restart, when the fresh engine is ready');
console.log(
  'engine layer: a real trap (abort, unreachable) gives engine.restarted, then a fresh instance with the same packs',
);

// Issue 11: the page draws its first pages from what the native CLI said of each pack at build time
// (packs/<id>.first.mjs, `threshold describe` without the indicator lists) and redraws them unless
// the engine in the page, once ready, says the same. Both must agree for the shipped packs.
const SITE_PACKS = new URL('../build/site/packs/', import.meta.url);
if (existsSync(new URL('index.json', SITE_PACKS))) {
  const shipped = JSON.parse(readFileSync(new URL('index.json', SITE_PACKS), 'utf8'));
  for (const { id, calendar } of shipped) {
    const built = (await import(new URL(`${id}.first.mjs`, SITE_PACKS).href)).default;
    const loaded = page.loadPack(
      readFileSync(new URL(`${id}.json`, SITE_PACKS), 'utf8'),
      readFileSync(`content/calendars/${calendar}.json`, 'utf8'),
    );
    assert.equal(loaded.ok, true, `${id}: ${JSON.stringify(loaded.error)}`);
    // As the page asks (screener.mjs, firstPagesStand): before any answer, dated today, as the build is.
    const now = new Date();
    const day = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
    const { domains, ...described } = page.screen(id, { date: day }).description;
    assert.ok(Array.isArray(domains), id);
    assert.deepEqual(described, built, `${id}: the build's description of the first pages is the engine's`);
  }
  console.log(`first pages: the build's description of ${shipped.length} packs is what the engine says`);
} else {
  console.log('first pages: build/site is not built (make site), so the build descriptions were not compared');
}
