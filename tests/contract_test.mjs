// The engine's contract (web/screener/contract.d.ts) against what the engine sends, both ways: every
// scenario of every pack through screen, live and describe, every pathway scenario through walk, and
// searches. A field the engine sends that the contract does not declare fails; so does a field the
// contract requires that an answer leaves out. With tsc --checkJs over web/ (make lint), a page that
// reads a field the engine does not send fails too.
// Run by `make test` after `make wasm`: node tests/contract_test.mjs
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { loadEngine, loadPacks } from '../tools/stress.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CONTRACT = path.join(ROOT, 'web', 'screener', 'contract.d.ts');

const program = ts.createProgram([CONTRACT], { strict: true, noEmit: true });
const checker = program.getTypeChecker();
const source = program.getSourceFile(CONTRACT);
const declared = new Map();
ts.forEachChild(source, (node) => {
  if (ts.isInterfaceDeclaration(node) || ts.isTypeAliasDeclaration(node))
    declared.set(node.name.text, checker.getTypeAtLocation(node.name));
});

const problems = new Set();

/** Walks a JSON value beside its declared type; notes every mismatch with its path. */
function check(value, type, where) {
  if (value === null) {
    if (!type.isUnion() || !type.types.some((t) => t.flags & ts.TypeFlags.Null))
      problems.add(`${where}: null, but the contract does not allow null`);
    return;
  }
  const candidates = (type.isUnion() ? type.types : [type]).filter((t) => !(t.flags & ts.TypeFlags.Null));
  if (Array.isArray(value)) {
    const array = candidates.find((t) => checker.isArrayType(t));
    if (!array) return problems.add(`${where}: an array, but the contract says ${checker.typeToString(type)}`);
    const element = checker.getTypeArguments(array)[0];
    value.forEach((x) => check(x, element, `${where}[]`));
    return;
  }
  if (typeof value === 'object') {
    const objects = candidates.filter((t) => t.flags & ts.TypeFlags.Object && !checker.isArrayType(t));
    if (!objects.length)
      return problems.add(`${where}: an object, but the contract says ${checker.typeToString(type)}`);
    // A union of objects: the member whose required properties the value has.
    const fits = (t) =>
      checker.getPropertiesOfType(t).every((p) => p.flags & ts.SymbolFlags.Optional || p.name in value);
    const object = objects.find(fits) ?? objects[0];
    const index = checker.getIndexInfosOfType(object).length > 0;
    for (const p of checker.getPropertiesOfType(object))
      if (!(p.flags & ts.SymbolFlags.Optional) && !(p.name in value))
        problems.add(`${where}.${p.name}: declared, but the engine left it out`);
    for (const [key, x] of Object.entries(value)) {
      const p = checker.getPropertyOfType(object, key);
      if (!p) {
        if (!index) problems.add(`${where}.${key}: sent by the engine, but not in the contract`);
        continue;
      }
      check(x, checker.getTypeOfSymbol(p), `${where}.${key}`);
    }
    return;
  }
  const kind = typeof value;
  const ok = candidates.some(
    (t) =>
      (kind === 'string' && t.flags & (ts.TypeFlags.StringLike | ts.TypeFlags.Unknown | ts.TypeFlags.Any)) ||
      (kind === 'number' && t.flags & (ts.TypeFlags.NumberLike | ts.TypeFlags.Unknown | ts.TypeFlags.Any)) ||
      (kind === 'boolean' && t.flags & (ts.TypeFlags.BooleanLike | ts.TypeFlags.Unknown | ts.TypeFlags.Any)),
  );
  if (!ok) problems.add(`${where}: a ${kind}, but the contract says ${checker.typeToString(type)}`);
  // A string literal union (a kind, a verdict): the value must be one of them.
  const literals = candidates.filter((t) => t.isStringLiteral());
  if (kind === 'string' && literals.length && candidates.every((t) => t.isStringLiteral()))
    if (!literals.some((t) => t.value === value))
      problems.add(`${where}: "${value}" is not one of ${checker.typeToString(type)}`);
}

const engine = await loadEngine();
const packs = loadPacks(engine);
const json = (text) => JSON.parse(text);
let checked = 0;
for (const { id } of packs) {
  const scenarios = json(readFileSync(path.join(ROOT, 'content', id, 'scenarios.json'), 'utf8'));
  const before = json(engine.describe(id, '{}'));
  check(before.description, declared.get('Description'), `${id} describe().description`);
  for (const s of scenarios.scenarios ?? []) {
    const answers = JSON.stringify({ date: '2026-11-23', ...s.answers });
    const r = json(engine.screen(id, answers));
    if (!r.ok) {
      check(r, declared.get('EngineFailure'), `${id} screen(${s.id})`);
      continue;
    }
    check(r.description, declared.get('Description'), `${id} screen(${s.id}).description`);
    check(r.outcome, declared.get('Outcome'), `${id} screen(${s.id}).outcome`);
    const live = json(engine.live(id, answers));
    check(live.live, declared.get('Live'), `${id} live(${s.id})`);
    checked += 1;
  }
  for (const s of scenarios.pathways ?? []) {
    const r = json(engine.walk(id, s.pathway, JSON.stringify({ date: '2026-11-23', ...s.answers })));
    if (r.ok) check(r.step, declared.get('PathwayStep'), `${id} walk(${s.id})`);
    else check(r, declared.get('EngineFailure'), `${id} walk(${s.id})`);
  }
  for (const words of ['bruise', 'school attendance', 'knife']) {
    const r = json(engine.search(id, words));
    for (const hit of r.results) check(hit, declared.get('SearchResult'), `${id} search(${words})`);
  }
}

// The check itself can fail: a field the contract does not know is caught.
check({ ...json(engine.describe(packs[0].id, '{}')).description, surprise: 1 }, declared.get('Description'), 'probe');
assert.ok(
  problems.has('probe.surprise: sent by the engine, but not in the contract'),
  'an undeclared field is reported',
);
for (const p of problems) if (p.startsWith('probe')) problems.delete(p);

assert.ok(checked > 100, `only ${checked} screenings were checked`);
assert.deepEqual([...problems].slice(0, 40), [], 'the engine and web/screener/contract.d.ts disagree');
console.log(`contract: ${checked} screenings, every pathway scenario and search agree with web/screener/contract.d.ts`);
