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
const code = transformSync(`${glue.replace(exportLine, '')}
/** Creates the engine; the same options as Emscripten's factory. */
export default function createThresholdEngine(options = {}) {
  const wasmBinary = new Uint8Array(wasmText.length);
  for (let i = 0; i < wasmText.length; i++) wasmBinary[i] = wasmText.charCodeAt(i);
  return ${match[1]}({ ...options, wasmBinary });
}
`, { minify: true, format: 'esm', target: 'es2020' }).code;
const out = `${code}const wasmText = \`${text}\`;\n`;
writeFileSync(outPath, out, 'utf8');
