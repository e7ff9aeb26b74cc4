// Guards the engine binary against WebAssembly exception handling. Safari 26.0 crashed apps built
// with -fwasm-exceptions (emscripten issue 25365); the engine is built with -fno-exceptions, and the
// cross-engine run (run.mjs) checks that it stays so, since WebKitGTK need not share Safari's crash.
//
//   node e2e/engines/wasm-check.mjs FILE.wasm   # prints what it finds; exits 1 if anything

/** What in the binary is exception handling: a tag section (id 13) or an imported tag (kind 4). */
export function wasmExceptions(bytes) {
  if (bytes.length < 8 || bytes.readUInt32BE(0) !== 0x0061736d) return ['not a WebAssembly binary'];
  let at = 8;
  const leb = () => {
    let value = 0;
    let scale = 1;
    let byte;
    do {
      byte = bytes[at++];
      value += (byte & 0x7f) * scale;
      scale *= 128;
    } while (byte & 0x80);
    return value;
  };
  const limits = () => {
    const flags = bytes[at++];
    leb();
    if (flags & 1) leb();
  };
  // Reads a name's length, then skips the name. (Not `at += leb()`: that reads `at` before leb() moves
  // it past the length, so every name landed one byte short and a function index could read as a tag.)
  const skipName = () => {
    const length = leb();
    at += length;
  };
  const found = [];
  while (at < bytes.length) {
    const id = bytes[at++];
    const end = leb() + at;
    if (id === 13) found.push('a tag section');
    if (id === 2) {
      for (let n = leb(); n > 0; n -= 1) {
        skipName(); // module name
        skipName(); // field name
        const kind = bytes[at++];
        if (kind === 0)
          leb(); // function: type index
        else if (kind === 1)
          (at++, limits()); // table: element type, limits
        else if (kind === 2)
          limits(); // memory
        else if (kind === 3)
          at += 2; // global: value type, mutability
        else if (kind === 4) (found.push('an imported tag'), at++, leb()); // tag: attribute, type index
      }
    }
    at = end;
  }
  return found;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { readFileSync } = await import('node:fs');
  const found = wasmExceptions(readFileSync(process.argv[2]));
  console.log(found.length ? `${process.argv[2]}: ${found.join(', ')}` : `${process.argv[2]}: no exception handling`);
  process.exit(found.length ? 1 : 0);
}
