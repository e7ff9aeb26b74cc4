#!/usr/bin/env node
// Prints how findable the result page is for the issue's reference case (Dudley, a four-month-old
// non-mobile baby with a bruise, consent not yet asked), at 1280×800 and 375×667:
//   words above the fold, pixels from the top of the page to the first phone link (999 aside),
//   to "strategy discussion" and to the Print button, the words of the whole result, and the A4
//   pages it prints on. Figures only, no pass/fail: run it before and after a change.
//
//   node tools/measure-result.mjs            (serves build/site on TS_PORT, default 8084)
import { chromium } from 'playwright';
import { next, screenBabyWithBruise, serveSite } from './site-server.mjs';

async function screen(page) {
  await page.goto(`${BASE}index.html`);
  await page.locator('[data-module="ts-screener"][data-state="ready"]').waitFor({ state: 'attached', timeout: 15000 });
  const start = page.getByRole('button', { name: 'Start now' }).or(page.getByRole('link', { name: 'Start now' }));
  const partnership = page.getByRole('radio', { name: /^Dudley/ });
  await start.or(partnership).first().waitFor();
  if (await partnership.isVisible()) {
    await page.getByRole('radio', { name: /^Dudley/ }).check();
    await next(page);
  }
  if (
    await start
      .first()
      .isVisible()
      .catch(() => false)
  )
    await start.first().click();
  if (
    await page
      .getByRole('radio', { name: /^Dudley/ })
      .isVisible()
      .catch(() => false)
  ) {
    await page.getByRole('radio', { name: /^Dudley/ }).check();
    await next(page);
  }
  await screenBabyWithBruise(page);
}

async function measure(browser, width, height) {
  const page = await browser.newPage({ viewport: { width, height } });
  await screen(page);
  await page.evaluate(() => window.scrollTo(0, 0));
  const figures = await page.evaluate(() => {
    const words = (s) => (s.match(/\S+/g) ?? []).length;
    const fold = window.innerHeight;
    let above = 0;
    let total = 0;
    const result = document.querySelector('.ts-result');
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      if (!el || !el.checkVisibility?.() || el.closest('script,style')) continue;
      const range = document.createRange();
      range.selectNodeContents(n);
      const r = range.getBoundingClientRect();
      if (!r.width || !r.height) continue;
      const w = words(n.textContent);
      if (result?.contains(n)) total += w;
      if (r.top < fold && r.bottom > 0) above += w;
    }
    const top = (el) => (el ? Math.round(el.getBoundingClientRect().top + window.scrollY) : null);
    const visible = (els) => [...els].find((e) => e.checkVisibility?.() && e.getBoundingClientRect().height > 0);
    const phone = visible(document.querySelectorAll('a[href^="tel:"]:not([href="tel:999"])'));
    const strategy = [
      ...document.querySelectorAll(
        '.ts-result h1, .ts-result h2, .ts-result h3, .ts-result p, .ts-result li, .ts-result strong',
      ),
    ].find((e) => /strategy discussion/i.test(e.textContent) && e.checkVisibility?.());
    const print = visible([...document.querySelectorAll('button')].filter((b) => /^Print/.test(b.textContent.trim())));
    return { above, total, phone: top(phone), strategy: top(strategy), print: top(print) };
  });
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4', printBackground: false });
  figures.pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  await page.close();
  return figures;
}

const { base: BASE, stop } = await serveSite();
try {
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu'],
  });
  console.log('Dudley, 4-month-old non-mobile baby with a bruise, consent not yet asked');
  console.log(
    'viewport   words above fold   first phone (px)   strategy discussion (px)   Print (px)   result words   A4 pages',
  );
  for (const [w, hgt] of [
    [1280, 800],
    [375, 667],
  ]) {
    const f = await measure(browser, w, hgt);
    console.log(
      `${`${w}×${hgt}`.padEnd(10)} ${String(f.above).padStart(16)} ${String(f.phone).padStart(18)} ${String(f.strategy).padStart(26)} ${String(f.print).padStart(12)} ${String(f.total).padStart(14)} ${String(f.pages).padStart(10)}`,
    );
  }
  await browser.close();
} finally {
  stop();
}
