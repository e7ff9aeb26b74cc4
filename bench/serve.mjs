// A small static server for the bench and Lighthouse: serves a folder on 127.0.0.1 the way a real
// host does, compressed (gzip, or brotli when asked for with --brotli) and without caching.
//
//   node bench/serve.mjs [DIR] [--port P] [--brotli]      (default build/site, any free port)
//   import { serve } from './serve.mjs'; const s = await serve(dir); ... s.url ... await s.close();
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/** Compressed bodies, made once per file and encoding (gzip -6 as hosts do by default). */
function compressor() {
  const cache = new Map();
  return (file, encoding) => {
    const key = `${encoding}:${file}`;
    if (!cache.has(key)) {
      const raw = fs.readFileSync(file);
      cache.set(key, encoding === 'br' ? zlib.brotliCompressSync(raw) : encoding === 'gzip' ? zlib.gzipSync(raw) : raw);
    }
    return cache.get(key);
  };
}

/**
 * @param {string} root
 * @param {{port?: number, brotli?: boolean}} [options]
 * @returns {Promise<{url: string, close: () => Promise<void>}>}
 */
export async function serve(root, { port = 0, brotli = false } = {}) {
  const base = path.resolve(root);
  const body = compressor();
  const server = http.createServer((req, res) => {
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    } catch {
      return res.writeHead(400).end();
    }
    let file = path.join(base, pathname);
    if (file !== base && !file.startsWith(base + path.sep)) return res.writeHead(403).end();
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (!fs.existsSync(file)) return res.writeHead(404).end();
    const accepts = String(req.headers['accept-encoding'] ?? '');
    const encoding = brotli && /\bbr\b/.test(accepts) ? 'br' : /\bgzip\b/.test(accepts) ? 'gzip' : null;
    const data = body(file, encoding);
    res.writeHead(200, {
      'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
      'content-length': data.length,
      ...(encoding ? { 'content-encoding': encoding, vary: 'accept-encoding' } : {}),
    });
    res.end(req.method === 'HEAD' ? undefined : data);
  });
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${server.address().port}/`,
    close: () => new Promise((resolve) => {
      server.closeAllConnections?.();
      server.close(() => resolve());
    }),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const i = args.indexOf('--port');
  const dir = args.find((a, k) => !a.startsWith('--') && args[k - 1] !== '--port') ?? 'build/site';
  const s = await serve(dir, { port: i >= 0 ? Number(args[i + 1]) : 0, brotli: args.includes('--brotli') });
  console.log(`serving ${dir} at ${s.url}`);
}
