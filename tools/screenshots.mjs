#!/usr/bin/env node
// Writes docs/screenshots/: the start, indicators and result pages at 1280×800 (desktop) and 375×667
// (phone), for the Dudley case (a four-month-old non-mobile baby with a bruise), and a Walsall
// entry page. The first screen only: what a practitioner sees before scrolling.
//
//   node tools/screenshots.mjs            (serves build/site on TS_PORT, default 8084)
import { chromium } from 'playwright';
import { next, screenBabyWithBruise, serveSite } from './site-server.mjs';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(ROOT, 'docs', 'screenshots');

async function shoot(browser, [width, height, device]) {
  const page = await browser.newPage({ viewport: { width, height } });
  await page.clock.setFixedTime(new Date('2026-11-23T10:00:00'));
  const snap = async (name) => {
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: path.join(OUT, `${name}-${device}.png`) });
  };
  await page.goto(`${BASE}index.html`);
  await page.locator('[data-module="ts-screener"][data-state="ready"]').waitFor({ state: 'attached' });
  await snap('start');
  await page.getByRole('button', { name: 'Start now' }).click();
  await page.getByRole('radio', { name: /^Dudley/ }).check();
  await next(page);
  await screenBabyWithBruise(page, { atIndicators: () => snap('indicators') });
  await snap('result');
  await page.goto(`${BASE}index.html?pack=walsall`);
  await page.locator('[data-module="ts-screener"][data-state="ready"]').waitFor({ state: 'attached' });
  await page.getByRole('button', { name: 'Start now' }).click();
  await page.locator('.ts-entry').waitFor();
  await snap('entry-walsall');
  await page.close();
}

const { base: BASE, stop } = await serveSite();
try {
  fs.mkdirSync(OUT, { recursive: true });
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu'],
  });
  for (const v of [
    [1280, 800, 'desktop'],
    [375, 667, 'phone'],
  ])
    await shoot(browser, v);
  await browser.close();
  console.log(`screenshots written to ${path.relative(ROOT, OUT)}/`);
} finally {
  stop();
}
