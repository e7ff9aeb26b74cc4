// The CLI and the WebAssembly engine give the same verdicts and next steps for the same answers: every
// screening scenario of every pack is evaluated by both and the decisions compared.
//   node tests/node/cli_wasm_agree.mjs build/native/threshold build/wasm/threshold_engine.mjs
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [cli, wasmModule] = process.argv.slice(2).map((p) => resolve(p));
if (!existsSync(wasmModule)) {
  console.log(`skipped: ${wasmModule} is not built (make wasm)`);
  process.exit(77);
}
// Emscripten 3.1.6's glue for ENVIRONMENT=node reads __dirname and require even in an ES module; give
// them (harmless once the module imports cleanly on its own).
globalThis.__dirname ??= dirname(wasmModule);
globalThis.require ??= createRequire(import.meta.url);
const { default: createEngine } = await import(pathToFileURL(wasmModule).href);
const engine = await createEngine();
const calendar = readFileSync('content/calendars/england-and-wales.json', 'utf8');

// What the practitioner is told to do: the decision fields, not formatting.
const decisions = (o) => ({
  level: o.level,
  route: o.route?.id ?? null,
  immediate_action: o.immediate_action,
  strategy_discussion: o.strategy_discussion,
  consent: {
    verdict: o.consent.verdict,
    may_proceed_without: o.consent.may_proceed_without,
    sentence: o.consent.sentence,
    exception: o.consent.exception?.id ?? null,
    record: o.consent.record,
    question: o.consent.question?.id ?? null,
  },
  next_steps: o.next_steps.map((s) => ({
    id: s.id,
    kind: s.kind,
    text: s.text,
    contacts: s.contacts.map((c) => c.id),
    source: s.source,
  })),
  deadlines: o.deadlines.map((d) => ({ id: d.id, due: d.due })),
});

let compared = 0;
const failures = [];
for (const id of readdirSync('content')
  .filter((d) => existsSync(join('content', d, 'pack.json')))
  .sort()) {
  const packPath = join('content', id, 'pack.json');
  const loaded = JSON.parse(engine.load_pack(readFileSync(packPath, 'utf8'), calendar));
  if (!loaded.ok) throw new Error(`${id}: the WebAssembly engine refused the pack: ${loaded.error.message}`);
  const { scenarios } = JSON.parse(readFileSync(join('content', id, 'scenarios.json'), 'utf8'));
  for (const s of scenarios) {
    if (s.expect_error) continue;
    const answers = JSON.stringify(s.answers);
    const native = JSON.parse(
      execFileSync(cli, ['evaluate', '--pack', packPath, '--answers', '-'], { input: answers }),
    );
    const web = JSON.parse(engine.evaluate(loaded.pack_id, answers));
    if (!web.ok) {
      failures.push(`${id} ${s.id}: the WebAssembly engine refused the answers: ${web.error.message}`);
      continue;
    }
    const a = JSON.stringify(decisions(native)),
      b = JSON.stringify(decisions(web.outcome));
    if (a !== b) failures.push(`${id} ${s.id}:\n  CLI  ${a}\n  WASM ${b}`);
    ++compared;
  }
}
console.log(`${compared} screenings compared, ${failures.length} differ`);
if (failures.length) {
  console.error(failures.join('\n'));
  process.exit(1);
}
if (compared < 100) {
  console.error('too few screenings compared');
  process.exit(1);
}
