// The single file (dist/threshold-screener.html, also built into build/site/): the engine, scripts,
// styles and every pack in one HTML file that works opened from disk with the network off.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { test, expect, ready, answer, answerAge, continueButton, tick, choosePartnership, SITE, PACK_IDS, pack, TODAY, screenBabyWithBruise, startNow, screenFromEntry } from './fixtures';

const FILE = path.join(SITE, 'threshold-screener.html');

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(TODAY);
});

test('its policy allows only its own hashed script and style: no unsafe-inline, no unsafe-eval', () => {
  const html = fs.readFileSync(FILE, 'utf8');
  const csp = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)![1];
  expect(csp).toMatch(/^default-src 'none'; script-src 'sha256-[A-Za-z0-9+/=]+' 'wasm-unsafe-eval'; style-src 'sha256-[A-Za-z0-9+/=]+'; img-src data:$/);
  expect(csp).not.toContain('unsafe-inline');
  expect(csp).not.toContain("'unsafe-eval'");
  // Nothing is loaded from anywhere: no src= or href= to a file, no url() to a file.
  expect(html).not.toMatch(/<script[^>]+src=/);
  expect(html).not.toMatch(/<link[^>]+rel="stylesheet"/);
  for (const id of PACK_IDS) expect(html).toContain(`id="ts-pack-${id}"`);
});

test('opened from file:// with the network off, it runs a whole screening', async ({ page, guard, context }) => {
  await context.setOffline(true);
  await page.goto(pathToFileURL(FILE).href);
  await ready(page, guard);
  // The single file is the offline copy: it does not offer itself for download again.
  await expect(page.getByRole('link', { name: /offline use/ })).toHaveCount(0);
  await startNow(page);
  for (const id of PACK_IDS) await expect(page.getByRole('radio', { name: pack(id).partnership.name, exact: true })).toBeVisible();
  await choosePartnership(page, 'Dudley Safeguarding People Partnership');
  await screenBabyWithBruise(page, 'No, consent has been refused');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Level 4: Specialist/);
  await expect(page.locator('.ts-result__now')).toContainText(/strategy discussion/i);
  // A pathway, and back to the start with another partnership: all offline.
  await page.getByText(/^Procedures: step up, step down and escalation/).click();
  await page.getByRole('link', { name: /Stepping up/ }).click();
  await expect(page.getByRole('radio').first()).toBeVisible();
  await page.getByRole('link', { name: 'Change partnership' }).click();
  await choosePartnership(page, 'Walsall Safeguarding Partnership');
  await screenFromEntry(page);
  await expect(page.getByRole('heading', { name: 'Is the child in immediate danger?' })).toBeVisible();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the single file shows every partnership\'s guidance as a static reference', async ({ page, guard, context }) => {
    await context.setOffline(true);
    await page.goto(pathToFileURL(FILE).href);
    await expect(page.getByText('Turn JavaScript on and open the file again to use it.')).toBeVisible();
    await page.locator('summary', { hasText: 'Dudley Safeguarding People Partnership' }).click();
    await expect(page.locator('#ts-reference-dudley').getByText('Specialist / Statutory Support').first()).toBeVisible();
    guard.markReady();
  });
});
