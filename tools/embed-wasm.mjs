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

/** Replaces `from`, which must occur exactly once: a newer Emscripten must not slip past a patch. */
function replaceOnce(text, [from, to]) {
  const at = text.indexOf(from);
  if (at < 0 || text.indexOf(from, at + 1) >= 0)
    throw new Error(`${gluePath}: expected Emscripten's string marshalling (${from}) once; check this step`);
  return text.slice(0, at) + to + text.slice(at + from.length);
}

const exportLine = /export default (\w+);\s*$/;
const match = glue.match(exportLine);
if (!match) throw new Error(`${gluePath}: no default export to wrap`);

// The glue reads __dirname at load time when it runs in Node, which an ES module does not have
// ("__dirname is not defined"): with the binary inside, the glue never uses the folder, so '.' will do.
if (!/\b__dirname\b/.test(glue))
  throw new Error(`${gluePath}: expected Emscripten's Node branch (__dirname); check this step`);

const stringPatches = [
  // Embind writes each string argument into the heap with two JavaScript loops over its characters
  // (lengthBytesUTF8, stringToUTF8). On the first load_pack they run in the interpreter over the whole
  // pack: about 10 ms of the first load in Chromium. TextEncoder does it natively, and a lone surrogate
  // becomes U+FFFD (Emscripten's loops paired it with the next character, which was lost). A string
  // in ASCII (the answers) is written straight into the heap with encodeInto: encode() allocates a
  // new buffer each time, and took 40-50 us of a 7 KB answer in Chromium against 4 us.
  ['var getLength;', 'var getLength,encoded;'],
  [
    'getLength=(()=>lengthBytesUTF8(value))',
    'getLength=(()=>/[^\\0-\\x7f]/.test(value)?(encoded=utf8Encoder.encode(value)).length:(encoded=null,value.length))',
  ],
  [
    'stringToUTF8(value,ptr+4,length+1)',
    '(encoded?HEAPU8.set(encoded,ptr+4):utf8Encoder.encodeInto(value,HEAPU8.subarray(ptr+4,ptr+4+length)),HEAPU8[ptr+4+length]=0)',
  ],
  // A result string comes back through two more JavaScript loops, looking for NUL bytes byte by byte
  // before each TextDecoder call: one decode of the whole string gives the same text (a NUL decodes to
  // U+0000, which is what Emscripten puts back between the pieces) without the loops.
  [
    'if(stdStringIsUTF8){var decodeStartPtr=value+4;for(var i=0;i<=length;++i){var currentBytePtr=value+4+i;if(i==length||HEAPU8[currentBytePtr]==0){var maxRead=currentBytePtr-decodeStartPtr;var stringSegment=UTF8ToString(decodeStartPtr,maxRead);if(str===undefined){str=stringSegment}else{str+=String.fromCharCode(0);str+=stringSegment}decodeStartPtr=currentBytePtr+1}}}',
    'if(stdStringIsUTF8){str=UTF8Decoder.decode(HEAPU8.subarray(value+4,value+4+length))}',
  ],
];
const patchedGlue = stringPatches.reduce(replaceOnce, glue.replace(/\b__dirname\b/g, "'.'"));

// The bytes are relabelled before they are written. The binary's zeros were 4-byte `\x00` escapes and
// its bytes 0x80-0xff two UTF-8 bytes each; now its 118 most frequent byte values are written as code
// points below 0x80 that need no escape (one byte each, and none that esbuild escapes when it bundles
// the single-file page: NUL, BEL, BS, VT, FF, CR, ESC, $, \, `). A byte keeps its own value where it can
// (text in the binary stays text, which brotli likes); the others take the free code points. Measured
// on the engine: the module about 20 % smaller raw, 3.3-4.0 KB smaller with gzip -9, 2.9-3.1 KB with brotli.
// wasmCodes, the code point of each byte value in byte order, is inverted when the module is read.
const count = new Array(256).fill(0);
for (const byte of binary) count[byte] += 1;
const byFrequency = [...count.keys()].sort((a, b) => count[b] - count[a] || a - b);
const escaped = [0x00, 0x07, 0x08, 0x0b, 0x0c, 0x0d, 0x1b, 0x24, 0x5c, 0x60];
const plain = (c) => c < 0x80 && !escaped.includes(c);
const frequent = new Set(byFrequency.slice(0, 118));
const codeOf = new Array(256);
const freePlain = [];
for (let c = 0x01; c < 0x80; c += 1) if (plain(c) && !frequent.has(c)) freePlain.push(c);
for (const byte of frequent) codeOf[byte] = plain(byte) ? byte : freePlain.shift();
const used = new Set(codeOf.filter((c) => c !== undefined));
for (let byte = 0x80; byte < 0x100; byte += 1)
  if (codeOf[byte] === undefined && !used.has(byte)) used.add((codeOf[byte] = byte));
const freeOther = [];
for (let c = 0x80; c < 0x100; c += 1) if (!used.has(c)) freeOther.push(c);
freeOther.push(...escaped.filter((c) => !used.has(c)));
for (const byte of byFrequency) if (codeOf[byte] === undefined) codeOf[byte] = freeOther.shift();
if (new Set(codeOf).size !== 256 || codeOf.includes(undefined))
  throw new Error('embed-wasm: the byte relabelling is not one-to-one');
const literal = (codes) => {
  let out = '';
  for (const c of codes) {
    if (c === 0x60)
      out += '\\`'; // backtick ends the literal
    else if (c === 0x5c)
      out += '\\\\'; // backslash escapes
    else if (c === 0x24)
      out += '\\$'; // ${ would interpolate
    else if (c === 0x0d)
      out += '\\r'; // a raw CR would be read as LF
    else if (c === 0x00)
      out += '\\x00'; // \0 before a digit is not allowed
    else out += String.fromCharCode(c);
  }
  return out;
};
const text = literal(Array.from(binary, (byte) => codeOf[byte]));
const table = literal(codeOf);

// wasmText and wasmCodes are free names while minifying (declared after the code), so they keep their names.
// Embind throws a BindingError when a function gets a non-string or the wrong number of arguments;
// docs/API.md promises the engine never throws, so each exported function answers those calls with
// the same {"ok": false, ...} JSON as any other failure.
const code = transformSync(
  `${patchedGlue.replace(exportLine, '')}
const utf8Encoder = new TextEncoder();
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
function engineBinary() {
  const byteOf = new Uint8Array(256);
  for (let b = 0; b < 256; b++) byteOf[wasmCodes.charCodeAt(b)] = b;
  const wasmBinary = new Uint8Array(wasmText.length);
  for (let i = 0; i < wasmText.length; i++) wasmBinary[i] = byteOf[wasmText.charCodeAt(i)];
  return wasmBinary;
}
/**
 * Compiles the engine's WebAssembly once. Instances made from the one module share its compiled
 * code, in a worker too (a WebAssembly.Module can be posted to one).
 */
export function compileEngine() {
  return WebAssembly.compile(engineBinary());
}
/**
 * Creates the engine; the same options as Emscripten's factory, plus "module": a module from
 * compileEngine() to instantiate instead of the embedded binary.
 */
export default function createThresholdEngine({ module, ...options } = {}) {
  if (!module) return ${match[1]}({ ...options, wasmBinary: engineBinary() }).then(guardArguments);
  return new Promise((resolve, reject) => {
    const instantiateWasm = (imports, receive) => {
      WebAssembly.instantiate(module, imports).then((instance) => receive(instance, module), reject);
      return {};
    };
    ${match[1]}({ ...options, instantiateWasm }).then(guardArguments).then(resolve, reject);
  });
}
`,
  { minify: true, format: 'esm', target: 'es2020' },
).code;
const out = `${code}const wasmCodes = \`${table}\`;\nconst wasmText = \`${text}\`;\n`;
writeFileSync(outPath, out, 'utf8');
