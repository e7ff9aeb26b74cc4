// A synthetic large pack for the bench: Dudley's pack with its indicators repeated under new ids until
// there are COUNT (default 5,000). Only the size is synthetic: every indicator is a real one's copy, so
// the pack validates and evaluates like Dudley's.
//
//   node bench/large-pack.mjs [OUT.json] [--count N]     (default build/bench/large-pack.json)
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The pack's JSON text with `count` indicators. */
export function largePackText(count = 5000, source = path.join(ROOT, 'content', 'dudley', 'pack.json')) {
  const pack = JSON.parse(fs.readFileSync(source, 'utf8'));
  const base = pack.indicators;
  const indicators = [];
  for (let i = 0; indicators.length < count; i += 1) {
    const copy = i < base.length ? base[i] : { ...base[i % base.length], id: `${base[i % base.length].id}_copy_${Math.floor(i / base.length)}` };
    indicators.push(copy);
  }
  pack.indicators = indicators;
  return JSON.stringify(pack);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const i = args.indexOf('--count');
  const count = i >= 0 ? Number(args[i + 1]) : 5000;
  const out = path.resolve(args.find((a, k) => !a.startsWith('--') && args[k - 1] !== '--count') ?? path.join(ROOT, 'build', 'bench', 'large-pack.json'));
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, largePackText(count));
  console.log(`${path.relative(process.cwd(), out)}: ${count} indicators`);
}
