// Embeds the WebAssembly binary in the engine's ES module as a Latin-1 template string.
// Why not Emscripten's SINGLE_FILE: it embeds base64, which gzips about 30 % worse than the binary;
// a string of code points 0-255 gzips almost as well as the binary itself. One file either way, so
// the page needs no fetch (no connect-src) and works from file://.
// The glue is minified here too: Debian's emcc has no Closure Compiler, and esbuild takes the glue
// from 8.8 to 6.7 KB gzip.
// usage: node tools/embed-wasm.mjs GLUE.mjs BINARY.wasm OUT.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { transformSync } from 'esbuild';

const [gluePath, wasmPath, outPath] = process.argv.slice(2);
const glue = readFileSync(gluePath, 'utf8');
const binary = readFileSync(wasmPath);

const exportLine = /export default (\w+);\s*$/;
const match = glue.match(exportLine);
if (!match) throw new Error(`${gluePath}: no default export to wrap`);

// The glue reads __dirname at load time when it runs in Node, which an ES module does not have
// ("__dirname is not defined"): with the binary inside, the glue never uses the folder, so '.' will do.
if (!/\b__dirname\b/.test(glue)) throw new Error(`${gluePath}: expected Emscripten's Node branch (__dirname); check this step`);
const nodeSafeGlue = glue.replace(/\b__dirname\b/g, "'.'");

let text = '';
for (const byte of binary) {
  if (byte === 0x60) text += '\\`';          // backtick ends the literal
  else if (byte === 0x5c) text += '\\\\';    // backslash escapes
  else if (byte === 0x24) text += '\\$';     // ${ would interpolate
  else if (byte === 0x0d) text += '\\r';     // a raw CR would be read as LF
  else if (byte === 0x00) text += '\\x00';   // \0 before a digit is not allowed
  else text += String.fromCharCode(byte);
}

// wasmText is a free name while minifying (it is declared after the code), so it keeps its name.
// Embind throws a BindingError when a function gets a non-string or the wrong number of arguments;
// docs/API.md promises the engine never throws, so each exported function answers those calls with
// the same {"ok": false, ...} JSON as any other failure.
const code = transformSync(`${nodeSafeGlue.replace(exportLine, '')}
function refuseArguments(name, count) {
  const error = { code: 'engine.bad_arguments', path: '', message: name + ' takes ' + count + ' text arguments (JSON or an id).' };
  return JSON.stringify({ ok: false, error, errors: [error] });
}
function guardArguments(engine) {
  for (const [name, fn] of Object.entries(engine)) {
    if (typeof fn !== 'function' || typeof fn.argCount !== 'number') continue;
    engine[name] = (...args) =>
      args.length === fn.argCount && args.every((a) => typeof a === 'string') ? fn(...args) : refuseArguments(name, fn.argCount);
  }
  return engine;
}
/** Creates the engine; the same options as Emscripten's factory. */
export default function createThresholdEngine(options = {}) {
  const wasmBinary = new Uint8Array(wasmText.length);
  for (let i = 0; i < wasmText.length; i++) wasmBinary[i] = wasmText.charCodeAt(i);
  const engine = ${match[1]}({ ...options, wasmBinary });
  return typeof engine.then === 'function' ? engine.then(guardArguments) : guardArguments(engine);
}
`, { minify: true, format: 'esm', target: 'es2020' }).code;
const out = `${code}const wasmText = \`${text}\`;\n`;
writeFileSync(outPath, out, 'utf8');
