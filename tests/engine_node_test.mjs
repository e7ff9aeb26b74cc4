// The WebAssembly engine as a Node ES module (issue 10, defect 7): it imports (it once failed with
// "__dirname is not defined"), never throws on bad arguments, and keeps no memory per call.
// Run by `make test` after `make wasm`: node tests/engine_node_test.mjs
import assert from 'node:assert/strict';
import { loadEngine, loadPacks, stress } from '../tools/stress.mjs';

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

const { counts, before, after } = stress(engine, packs, 5000, 7);
assert.equal(counts.evaluate, 5000);
assert.ok(counts.ok > 500 && counts.refused > 20, `varied answers: ${JSON.stringify(counts)}`);
assert.ok(after.heap <= before.heap, `no leak: ${after.heap - before.heap} more bytes in use after 5,000 calls`);
console.log(`engine in Node: imports, refuses bad arguments without throwing, ${counts.evaluate} evaluations with no leak`);
