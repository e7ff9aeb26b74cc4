// Serves build/site on 127.0.0.1 for the page tools (measure-result, screenshots) and waits until it
// answers; the server stops when the process exits.
//
//   const { base, stop } = await serveSite();   // TS_PORT, default 8084
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export async function serveSite(port = Number(process.env.TS_PORT ?? 8084)) {
  const base = `http://127.0.0.1:${port}/`;
  const server = spawn('python3', ['-m', 'http.server', String(port), '--bind', '127.0.0.1', '--directory', path.join(ROOT, 'build', 'site')], { stdio: 'ignore' });
  const stop = () => server.kill();
  process.on('exit', stop);
  for (let i = 0; i < 50; i += 1) {
    try {
      if ((await fetch(`${base}index.html`)).ok) return { base, stop };
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  stop();
  throw new Error(`no server on ${base}`);
}
