// Serves build/site on 127.0.0.1 for the page tools (measure-result, screenshots) and waits until it
// answers; the server stops when the process exits. Also the reference case, walked the way
// a practitioner would, for both tools.
//
//   const { base, stop } = await serveSite();   // TS_PORT, default 8084
//   await screenBabyWithBruise(page);           // from the danger question to the result
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export async function serveSite(port = Number(process.env.TS_PORT ?? 8084)) {
  const base = `http://127.0.0.1:${port}/`;
  const server = spawn(
    'python3',
    ['-m', 'http.server', String(port), '--bind', '127.0.0.1', '--directory', path.join(ROOT, 'build', 'site')],
    { stdio: 'ignore' },
  );
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

const radio = (page, name) => page.getByRole('radio', { name, exact: true }).check();
export const next = (page) => page.getByRole('button', { name: 'Continue', exact: true }).click();

/**
 * Dudley, a four-month-old non-mobile baby with a bruise, consent not yet asked: from the danger
 * question to the result. `atIndicators` runs with the concern ticked, before going on.
 */
export async function screenBabyWithBruise(page, { atIndicators = async () => {} } = {}) {
  await page.getByRole('heading', { name: 'Is the child in immediate danger?' }).waitFor();
  await radio(page, 'No');
  await next(page);
  await radio(page, 'Under one year old');
  await page.getByRole('textbox', { name: 'Age in months' }).fill('4');
  await next(page);
  await page.getByRole('heading', { name: /non-mobile\?$/ }).waitFor();
  await radio(page, 'Yes');
  await next(page);
  await radio(page, 'None');
  await next(page);
  await page.getByRole('searchbox', { name: /Search the indicators/ }).fill('bruise');
  await page
    .getByRole('checkbox', { name: 'I am a non-mobile baby/child with a bruise or an injury', exact: true })
    .check();
  await atIndicators();
  await next(page);
  await radio(page, 'Not yet asked');
  await next(page);
  await page.locator('.ts-result').waitFor();
}
