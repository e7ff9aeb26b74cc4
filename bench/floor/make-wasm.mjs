// Writes bench/floor/wasm-worker.mjs: the bare wasm-in-worker page's worker, holding a 1 KB WebAssembly
// module (base64, as our engine embeds its own) that sums the bytes of its data segment.
//
//   node bench/floor/make-wasm.mjs
import { Buffer } from 'node:buffer';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const leb = (n) => {
  const out = [];
  do {
    let b = n & 0x7f;
    n >>>= 7;
    if (n) b |= 0x80;
    out.push(b);
  } while (n);
  return out;
};
const section = (id, bytes) => [id, ...leb(bytes.length), ...bytes];

/** The module with `pad` bytes of data. */
function wasm(pad) {
  // prettier-ignore
  const body = [
    0x01, 0x02, 0x7f, // two i32 locals: i, sum
    0x02, 0x40, 0x03, 0x40, // block, loop
    0x20, 0x01, 0x20, 0x00, 0x4f, 0x0d, 0x01, // if i >= n: break
    0x20, 0x02, 0x20, 0x01, 0x2d, 0x00, 0x00, 0x6a, 0x21, 0x02, // sum += mem[i]
    0x20, 0x01, 0x41, 0x01, 0x6a, 0x21, 0x01, // i += 1
    0x0c, 0x00, 0x0b, 0x0b, // continue; end loop; end block
    0x20, 0x02, 0x0b, // return sum
  ];
  const data = Array.from({ length: pad }, (_, i) => (i * 31 + 7) & 0xff);
  // prettier-ignore
  return Uint8Array.from([
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
    ...section(1, [0x01, 0x60, 0x01, 0x7f, 0x01, 0x7f]), // (i32) -> i32
    ...section(3, [0x01, 0x00]), // one function
    ...section(5, [0x01, 0x00, 0x01]), // one page of memory
    ...section(7, [0x01, 0x03, ...Buffer.from('run'), 0x00, 0x00]), // export "run"
    ...section(10, [0x01, ...leb(body.length), ...body]),
    ...section(11, [0x01, 0x00, 0x41, 0x00, 0x0b, ...leb(pad), ...data]), // data at 0
  ]);
}

let pad = 900;
while (wasm(pad).length < 1024) pad += 1;
const bytes = wasm(pad);
if (!WebAssembly.validate(bytes)) throw new Error('not a valid module');
const { instance } = await WebAssembly.instantiate(bytes);
const expected = instance.exports.run(pad);

const out = path.join(path.dirname(fileURLToPath(import.meta.url)), 'wasm-worker.mjs');
fs.writeFileSync(
  out,
  `// The bare wasm-in-worker page's worker (written by make-wasm.mjs): compiles and runs a ${bytes.length}-byte
// WebAssembly module, then tells the page, as the engine's worker does once its engine has started.
const start = performance.timeOrigin + performance.now();
const base64 =
  '${Buffer.from(bytes).toString('base64')}';
const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
const { instance } = await WebAssembly.instantiate(bytes);
const sum = instance.exports.run(${pad});
postMessage({ type: 'started', available: sum === ${expected}, start });
`,
);
console.log(`${path.relative(process.cwd(), out)}: ${bytes.length} bytes of WebAssembly`);
