// The single file (dist/threshold-screener.html, also built into build/site/): the engine, scripts,
// styles and every pack in one HTML file that works opened from disk with the network off.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  test,
  expect,
  expectAccessible,
  expectNoSideScroll,
  ready,
  choosePartnership,
  SITE,
  PACK_IDS,
  pack,
  TODAY,
  screenBabyWithBruise,
  startNow,
  screenFromEntry,
} from './fixtures';

const FILE = path.join(SITE, 'threshold-screener.html');

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(TODAY);
});

test('its policy allows only its own hashed scripts and styles: no unsafe-inline, no unsafe-eval', () => {
  const html = fs.readFileSync(FILE, 'utf8');
  const csp = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)![1];
  // The page script and Start now's early script; the page's styles and those without JavaScript.
  expect(csp).toMatch(
    /^default-src 'none'; script-src 'sha256-[A-Za-z0-9+/=]+' 'sha256-[A-Za-z0-9+/=]+' 'wasm-unsafe-eval'; style-src 'sha256-[A-Za-z0-9+/=]+' 'sha256-[A-Za-z0-9+/=]+'; img-src data:$/,
  );
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
  // A worker cannot start from a file:// page: the single file runs the engine on the page's thread.
  expect(page.workers()).toHaveLength(0);
  // The single file is the offline copy: it does not offer itself for download again.
  await expect(page.getByRole('link', { name: /offline use/ })).toHaveCount(0);
  await startNow(page);
  for (const id of PACK_IDS)
    await expect(page.getByRole('radio', { name: pack(id).partnership.name, exact: true })).toBeVisible();
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

// Issue 11, "the first question at once", for the offline file too: its first screen is the hosted
// start page's, with a Start now that works from the first paint, before the page script has run.
test('its first screen: Start now works before the page script has run', async ({ page, guard, context }) => {
  // The page script held back for good: the file without it (the early script keeps its hash).
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ts-single-held-'));
  const held = path.join(dir, 'threshold-screener.html');
  fs.writeFileSync(held, fs.readFileSync(FILE, 'utf8').replace(/<script type="module">[^]*?<\/script>/, ''));
  await context.setOffline(true);
  await page.goto(pathToFileURL(held).href);
  guard.markReady();
  const early = page.getByRole('link', { name: 'Start now' });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Screen a concern about a child');
  await expect(page.getByText('If a child is in immediate danger, call 999.')).toBeVisible();
  await expect(early).toBeVisible();
  await expect(page.locator('noscript p').filter({ visible: true })).toHaveCount(0);
  await expectNoSideScroll(page, 'single file, static first screen');
  await expectAccessible(page, 'single file, static first screen');
  await early.click();
  await expect(page.getByText('Opening the first question…')).toBeFocused();
  await expect(early).toBeInViewport(); // no jump to the line
  await expect(page).toHaveURL(/#first-question$/);
});

test('Start now pressed before the page script ran: the screener opens the partnership question', async ({
  page,
  guard,
  context,
}) => {
  await context.setOffline(true);
  await page.goto(`${pathToFileURL(FILE).href}#first-question`);
  await ready(page, guard);
  await expect(page.getByRole('heading', { level: 1, name: /partnership/i })).toBeFocused();
  await expect(page).toHaveURL(/#partnership$/);
  await expect(page.getByRole('link', { name: 'Start now' })).toBeHidden();
  await page.goBack();
  await expect(page).toHaveURL(/#start$/);
  await expect(page.getByRole('button', { name: 'Start now' })).toBeVisible();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test("the single file shows every partnership's guidance as a static reference", async ({ page, guard, context }) => {
    await context.setOffline(true);
    await page.goto(pathToFileURL(FILE).href);
    // (Playwright's text search skips <noscript>: find its lines by their element.)
    await expect(page.locator('noscript p').filter({ visible: true })).toContainText([
      'This file is the whole Threshold Screener',
      'Turn JavaScript on and open the file again to use it.',
    ]);
    await expect(page.getByRole('link', { name: 'Start now' })).toBeHidden();
    await page.locator('summary', { hasText: 'Dudley Safeguarding People Partnership' }).click();
    await expect(
      page.locator('#ts-reference-dudley').getByText('Specialist / Statutory Support').first(),
    ).toBeVisible();
    guard.markReady();
  });
});

// Issue 9, §12: a practitioner saves the hosted page with the browser (Ctrl+S). Module scripts are
// refused from file://, so the copy cannot run the screener: it must say so plainly and point to the
// offline file, never show a form that does nothing.
test.describe('a copy of the hosted page saved with the browser', () => {
  const savedNotice = (page: import('@playwright/test').Page) =>
    page.getByRole('region', { name: 'This is a saved copy of the page' });

  test('saved as a complete page (the page as it was, its files beside it): says it cannot run, and where the offline file is', async ({
    page,
    guard,
    context,
    baseURL,
  }) => {
    // What "Webpage, complete" writes: the page's DOM as the practitioner saw it, and its files.
    await page.goto('index.html?pack=dudley');
    await ready(page, guard);
    const html = await page.content();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ts-saved-complete-'));
    fs.cpSync(SITE, dir, { recursive: true });
    fs.writeFileSync(path.join(dir, 'index.html'), html);

    guard.allowRequests();
    await context.setOffline(true);
    await page.goto(pathToFileURL(path.join(dir, 'index.html')).href);
    await page.waitForLoadState('load');
    // (Requests stay allowed: they are reads from disk, and axe re-reads the stylesheet.)
    guard.expectProblem(/.*/); // the browser's own refusal of the module script from file://
    await expect(savedNotice(page)).toBeVisible();
    await expect(
      page.getByText('The screener cannot run from a copy of the web page saved on your computer.'),
    ).toBeVisible();
    // The link goes back to the hosted offline file (the page set it before it was saved).
    await expect(page.getByRole('link', { name: 'Download for offline use' })).toHaveAttribute(
      'href',
      new URL('threshold-screener.html', baseURL).href,
    );
    // 999 stays first; the screener as it was when saved (a start page that cannot work) is hidden.
    await expect(
      page.getByText('If a child is in immediate danger, call 999.').filter({ visible: true }),
    ).toBeVisible();
    await expect(page.getByRole('button', { name: 'Start now' })).toBeHidden();
    await expect(page.getByRole('link', { name: 'Start now' })).toBeHidden();
    await expectNoSideScroll(page, 'saved copy at desktop');
    await expectAccessible(page, 'saved copy, complete');
  });

  test('saved as HTML only (no script, no stylesheet beside it): the notice shows anyway', async ({
    page,
    guard,
    context,
  }) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ts-saved-html-'));
    fs.copyFileSync(path.join(SITE, 'index.html'), path.join(dir, 'index.html'));
    await context.setOffline(true);
    await page.goto(pathToFileURL(path.join(dir, 'index.html')).href);
    await page.waitForLoadState('load');
    guard.markReady();
    guard.expectProblem(/.*/); // missing files and the refused module script
    await expect(page.getByRole('heading', { name: 'This is a saved copy of the page' })).toBeVisible();
    await expect(page.getByText(/choose “Download for offline use”/)).toBeVisible();
    await expect(page.getByText('If a child is in immediate danger, call 999.')).toBeVisible();
  });

  test('the hosted page never shows the notice', async ({ page, guard }) => {
    await page.goto('index.html');
    await ready(page, guard);
    await expect(savedNotice(page)).toBeHidden();
    await expect(page.getByRole('heading', { name: 'This is a saved copy of the page' })).toBeHidden();
  });
});
