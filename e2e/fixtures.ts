// Shared fixtures: every test fails on a console error, an uncaught exception or a Content Security
// Policy violation, and on any request made after the screener is ready ("no request leaves the
// page after load"). Helpers drive the page by role and accessible name, as a person would.
import { test as base, expect, type Page, type Locator, type Request, type Frame } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import fs from 'node:fs';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const SITE = path.join(ROOT, 'build', 'site');
export const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/** The screening date used wherever a test checks a deadline. */
export const TODAY = new Date('2026-11-23T10:00:00');

/** What the engine says the page shows for a partnership (`threshold describe`): names of procedures etc. */
export function described(id: string) {
  const cli = path.join(ROOT, 'build', 'native', 'threshold');
  return JSON.parse(execFileSync(cli, ['describe', '--pack', path.join(ROOT, 'content', id, 'pack.json')]).toString());
}

/** A procedure's link text, as the engine gives it. */
export function procedureName(id: string, pathwayId: string): string {
  return described(id).pathways.find((x: any) => x.id === pathwayId).short_title;
}

export function pack(id: string) {
  return JSON.parse(fs.readFileSync(path.join(ROOT, 'content', id, 'pack.json'), 'utf8'));
}

export const PACK_IDS = fs
  .readdirSync(path.join(ROOT, 'content'))
  .filter((d) => fs.existsSync(path.join(ROOT, 'content', d, 'pack.json')))
  .sort();

type Guard = {
  /** Problems seen so far: console errors, page errors, CSP violations. */
  problems: string[];
  /** Requests made after markReady(). */
  late: string[];
  /** From now on, any request is a failure. */
  markReady: () => void;
  /** Allow requests (a test that navigates on purpose). */
  allowRequests: () => void;
  /** A console error or CSP report a test provokes on purpose. */
  expectProblem: (pattern: RegExp) => void;
};

export const test = base.extend<{ guard: Guard }>({
  guard: [
    async ({ page }, use, testInfo) => {
      const problems: string[] = [];
      const late: string[] = [];
      const expected: RegExp[] = [];
      let ready = false;
      await page.addInitScript(() => {
        document.addEventListener(
          'securitypolicyviolation',
          (e) =>
            console.error(
              `CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`,
            ),
          true,
        );
      });
      page.on('console', (m) => {
        if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
      });
      page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
      page.on('request', (r: Request) => {
        if (ready) late.push(`${r.method()} ${r.url()}`);
      });
      const guard: Guard = {
        problems,
        late,
        markReady: () => {
          ready = true;
        },
        allowRequests: () => {
          ready = false;
        },
        expectProblem: (p) => expected.push(p),
      };
      await use(guard);
      const unexpected = problems.filter((p) => !expected.some((e) => e.test(p)));
      expect(unexpected, 'console errors, page errors or CSP violations').toEqual([]);
      expect(late, 'requests after the page was ready').toEqual([]);
      void testInfo;
    },
    { auto: true },
  ],
});

export { expect };

/** Waits for the screener (page, widget or frame) to be ready, then forbids any further request. */
export async function ready(page: Page, guard: Guard, where: Page | Frame = page) {
  await where.waitForLoadState('load');
  await expect(where.locator('[data-module="ts-screener"][data-state="ready"]').first()).toBeAttached({
    timeout: 15_000,
  });
  guard.markReady();
}

/** Leaves the start page: "Start now". */
export async function startNow(where: Page | Frame) {
  await where.getByRole('button', { name: 'Start now' }).click();
}

/** Opens a page of the site, waits until the screener is ready and (unless told not to) starts. */
export async function open(page: Page, guard: Guard, url = 'index.html', { start = true } = {}) {
  await page.goto(url);
  await ready(page, guard);
  if (start) await startNow(page);
}

/** On a partnership's entry page (guidance without an indicator matrix): go on to the screening. */
export async function screenFromEntry(where: Page | Frame) {
  await where.getByRole('button', { name: 'Screen a concern' }).click();
}

export const continueButton = (page: Page | Frame) => page.getByRole('button', { name: 'Continue', exact: true });

/**
 * Runs an action that draws a page (Continue, a link) and waits until the screener has drawn it: on
 * hosted pages the engine answers from its worker, a moment after the click.
 */
export async function drawing(page: Page | Frame, action: () => Promise<unknown>) {
  await page.evaluate(() => {
    (window as any).__tsDrawn = new Promise((resolve) =>
      document.addEventListener('threshold-screener:page', () => resolve(null), { once: true }),
    );
  });
  await action();
  await page.evaluate(() => (window as any).__tsDrawn);
}

/** Chooses a radio by its label and continues to the next page. */
export async function answer(page: Page | Frame, label: string | RegExp) {
  await page.getByRole('radio', { name: label, exact: typeof label === 'string' }).check();
  await drawing(page, () => continueButton(page).click());
}

/** "None of these" on the indicators page: Continue needs it or a tick (issue 23). */
export async function noneOfThese(page: Page | Frame) {
  await page.getByRole('checkbox', { name: 'None of these', exact: true }).check();
}

export async function choosePartnership(page: Page | Frame, name: string) {
  await expect(page.getByRole('heading', { name: /Which partnership/ })).toBeVisible();
  await answer(page, name);
}

/** Age: 'unborn', {months} (under one) or {years}. */
export async function answerAge(page: Page | Frame, age: 'unborn' | { months?: number; years?: number }) {
  // The engine skips the question where nothing in the guidance depends on age.
  const q = page.getByRole('heading', { name: 'How old is the child?' });
  await expect(
    q.or(page.getByRole('heading', { name: 'Which services are involved with the child now?' })),
  ).toBeVisible();
  if (!(await q.isVisible())) return;
  if (age === 'unborn') {
    await page.getByRole('radio', { name: 'Unborn' }).check();
  } else if (age.years !== undefined) {
    await page.getByRole('radio', { name: 'One year old or older' }).check();
    await page.getByRole('textbox', { name: 'Age in years' }).fill(String(age.years));
  } else {
    await page.getByRole('radio', { name: 'Under one year old' }).check();
    if (age.months !== undefined) await page.getByRole('textbox', { name: 'Age in months' }).fill(String(age.months));
  }
  await continueButton(page).click();
}

/** Answers the non-mobile question when the pack asks it. */
export async function answerMobilityIfAsked(page: Page | Frame, nonMobile = false) {
  const q = page.getByRole('heading', { name: /non-mobile\?$/ });
  const next = page.getByRole('heading', { name: 'Which services are involved with the child now?' });
  await expect(q.or(next)).toBeVisible();
  if (await q.isVisible()) await answer(page, nonMobile ? 'Yes' : 'No');
}

/** The reference case, from the danger question to the consent answer: a four-month-old,
 *  non-mobile baby with a bruise (Dudley, level 4 with a strategy discussion). */
export async function screenBabyWithBruise(page: Page | Frame, consent: string) {
  await answer(page, 'No');
  await answerAge(page, { months: 4 });
  await answer(page, 'Yes');
  await answer(page, 'None');
  await tick(page, 'bruise', 'I am a non-mobile baby/child with a bruise or an injury');
  await continueButton(page).click();
  await answer(page, consent);
}

/** Ticks indicators found through the search box, by their exact wording. */
export async function tick(page: Page | Frame, search: string, text: string) {
  const box = page.getByRole('searchbox', { name: 'Search the indicators' });
  await box.fill(search);
  await page.getByRole('checkbox', { name: text, exact: true }).check();
  await box.fill('');
}

/** Runs axe with the WCAG 2.2 AA tags on the page (shadow roots included) and expects nothing. */
export async function expectAccessible(page: Page, state: string, include?: string) {
  let builder = new AxeBuilder({ page }).withTags(WCAG);
  if (include) builder = builder.include(include);
  const results = await builder.analyze();
  const violations = results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(', ')}`,
  );
  expect(violations, `axe violations in state "${state}"`).toEqual([]);
}

/** The live level announcement (role=status, aria-live=polite). */
export const liveRegion = (page: Page | Frame): Locator => page.locator('.js-ts-live');

/** Fails when the page scrolls sideways (WCAG 1.4.10 reflow). */
export async function expectNoSideScroll(page: Page, state: string) {
  const { scroll, client } = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
  }));
  expect(scroll, `horizontal scroll on "${state}"`).toBeLessThanOrEqual(client);
}
