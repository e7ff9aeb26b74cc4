// Issue 11, "the first question at once": the start page and the immediate-danger question are drawn
// from what the site build's engine said of the guidance (packs/<id>.first.mjs) before the engine in
// the page is ready; an answer that needs the engine waits for it; and a description that no longer
// matches the guidance is redrawn from the engine. On hosted pages the engine runs in a worker, so
// loading it never holds up the page.
import type { Page, Route } from '@playwright/test';
import {
  test,
  expect,
  ready,
  startNow,
  continueButton,
  described,
  drawing,
  expectAccessible,
  expectNoSideScroll,
} from './fixtures';

/** Holds a file of the site back until the returned function is called. */
async function hold(page: Page, file: string) {
  let release!: () => void;
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route(
    (url) => url.pathname.endsWith(`/${file}`),
    async (route: Route) => {
      await released;
      await route.continue();
    },
  );
  return release;
}

/** Holds the engine module back until the returned function is called. */
const holdEngine = (page: Page) => hold(page, 'threshold_engine.mjs');

// Start now on the static first screen is in the page's HTML: it works from the first paint, before
// the page's script has even arrived (and, as a plain link to #first-question, before any script has).
for (const { url, first, firstName, noScriptYet } of [
  { url: 'index.html?pack=dudley', first: 'danger', firstName: 'Is the child in immediate danger?' },
  { url: 'index.html?pack=walsall', first: 'entry', firstName: /Walsall/ },
  { url: 'index.html', first: 'partnership', firstName: /partnership/i, noScriptYet: true },
]) {
  test(`${url}: Start now works before the page's script has arrived${noScriptYet ? ', or any script' : ''}`, async ({
    page,
    guard,
  }) => {
    const release = await hold(page, 'threshold-screener.mjs');
    const releaseEarly = noScriptYet ? await hold(page, 'threshold-engine-early.js') : () => {};
    await page.goto(url, { waitUntil: 'commit' }); // "load" would wait for the held script
    const early = page.getByRole('link', { name: 'Start now' });
    await expect(early).toBeVisible();
    await expect(page.getByText('Opening the first question…')).toBeHidden();
    await expectNoSideScroll(page, `${url}, static first screen`);
    await expectAccessible(page, `${url}, static first screen`);
    await early.click();
    // Said at once, where the focus is.
    await expect(page.getByText('Opening the first question…')).toBeFocused();
    // With the early script, the page does not jump to the line: Start now stays where it was.
    if (!noScriptYet) await expect(early).toBeInViewport();
    release();
    releaseEarly();
    await expect(page.getByRole('heading', { level: 1, name: firstName })).toBeFocused();
    await expect(page).toHaveURL(new RegExp(`#${first}$`));
    await expect(early).toBeHidden();
    await expectAccessible(page, `${url}, opened by the static Start now`);
    // Back is the start page, as if Start now had been pressed there.
    await drawing(page, () => page.goBack());
    await expect(page).toHaveURL(/#start$/);
    await expect(page.getByRole('button', { name: 'Start now' })).toBeVisible();
    await ready(page, guard);
    await expect(page.getByText('The screener could not load')).toBeHidden();
  });
}

for (const [why, answer] of [
  ['cannot load', (route: Route) => route.abort()],
  [
    'fails as it runs',
    (route: Route) =>
      route.fulfill({ contentType: 'text/javascript', body: 'throw new Error("not in this browser");' }),
  ],
] as const) {
  test(`Start now on the static first screen: a message in its place when the page script ${why}`, async ({
    page,
    guard,
  }) => {
    guard.expectProblem(/Failed to load resource|not in this browser/);
    await page.route((url) => url.pathname.endsWith('/threshold-screener.mjs'), answer);
    await page.goto('index.html?pack=dudley', { waitUntil: 'commit' });
    await expect(page.getByRole('alert')).toHaveText(
      'The screener could not load. Reload the page to try again, or read your partnership’s guidance below.',
    );
    await expect(page.getByRole('link', { name: 'Start now' })).toBeHidden();
    await expect(page.getByRole('link', { name: 'Dudley Safeguarding People Partnership' })).toBeVisible();
    await expectAccessible(page, `page script ${why}`);
    guard.markReady();
  });
}

test('Start now on the static first screen: none where the screener cannot run', async ({ page, guard }) => {
  await page.addInitScript(() => {
    // @ts-expect-error: simulating a browser without WebAssembly
    delete window.WebAssembly;
  });
  const release = await hold(page, 'threshold-screener.mjs');
  await page.goto('index.html?pack=dudley', { waitUntil: 'commit' });
  await page.getByRole('link', { name: 'Start now' }).click();
  release();
  await expect(page.getByRole('alert')).toContainText('The interactive screener is not available');
  await expect(page.getByRole('link', { name: 'Start now' })).toBeHidden();
  await expect(page.getByText('Opening the first question…')).toBeHidden();
  guard.markReady();
});

test('the start page and the first question are on screen before the engine, and an answer waits for it', async ({
  page,
  guard,
}) => {
  const release = await holdEngine(page);
  await page.goto('index.html?pack=dudley');
  const screener = page.locator('[data-module="ts-screener"]');
  await expect(page.getByRole('button', { name: 'Start now' })).toBeVisible();
  await expect(screener).toHaveAttribute('data-state', 'shown');
  await expect(page.getByRole('heading', { level: 1, name: /Dudley Safeguarding People Partnership/ })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Call 999' })).toBeVisible();

  await startNow(page);
  await expect(page.getByRole('heading', { name: 'Is the child in immediate danger?' })).toBeVisible();
  await page.getByRole('radio', { name: 'No', exact: true }).check();
  await continueButton(page).click();
  // The next page is the engine's answer to this answer: the practitioner is told it is coming.
  await expect(page.getByRole('status').filter({ hasText: 'Loading the screener…' })).toBeAttached();
  await expect(page.getByRole('heading', { name: 'Is the child in immediate danger?' })).toBeVisible();
  await expect(screener).toHaveAttribute('data-state', 'shown');

  release();
  await expect(page.getByRole('heading', { name: /How old is the child/ })).toBeVisible();
  await ready(page, guard);
  // Back keeps the answer given before the engine was ready.
  await page.goBack();
  await expect(page.getByRole('radio', { name: 'No', exact: true })).toBeChecked();
});

test('a first-page description that no longer matches the guidance is redrawn from the engine', async ({
  page,
  guard,
}) => {
  const release = await holdEngine(page);
  const real = described('dudley').partnership.name;
  await page.route(
    (url) => url.pathname.endsWith('/packs/dudley.first.mjs'),
    async (route: Route) => {
      const text = await (await route.fetch()).text();
      const first = JSON.parse(text.replace(/^export default /, '').replace(/;\s*$/, ''));
      first.partnership.name = 'An out-of-date name';
      await route.fulfill({ contentType: 'text/javascript', body: `export default ${JSON.stringify(first)};\n` });
    },
  );
  await page.goto('index.html?pack=dudley');
  await expect(page.getByRole('heading', { level: 1, name: /An out-of-date name/ })).toBeVisible();
  release();
  await ready(page, guard);
  await expect(page.getByRole('heading', { level: 1, name: new RegExp(real) })).toBeVisible();
  await expect(page.getByText('An out-of-date name')).toHaveCount(0);
});

for (const url of ['index.html?pack=dudley', 'embed.html?pack=walsall', 'demo/']) {
  test(`${url}: the engine runs in its worker, off the page's thread`, async ({ page, guard }) => {
    await page.goto(url);
    await ready(page, guard);
    const workers = page.workers().map((w) => new URL(w.url()).pathname);
    expect(workers).toEqual([expect.stringMatching(/\/threshold-engine-worker\.mjs$/)]);
    // The page's thread never loaded the engine: the worker did.
    const loadedHere = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map((e) => e.name)
        .filter((n) => n.endsWith('/threshold_engine.mjs')),
    );
    expect(loadedHere).toEqual([]);
    // Its steps are on the page's timeline, for the bench.
    const steps = await page.evaluate(() => performance.getEntriesByType('measure').map((e) => e.name));
    expect(steps).toEqual(
      expect.arrayContaining(['threshold-screener:engine-import', 'threshold-screener:engine-start']),
    );
  });
}

// On a phone, the page's thread is busy as the screener takes over from the static first screen. It
// waits until the browser has reported painting that screen: swapped before, the paint was dropped,
// and the screener's identical first page counted as the largest paint, 100-250 ms later (Lighthouse
// scored index.html 0.81-0.97 for it).
test.describe('on a phone', () => {
  test.use({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true });
  for (const url of ['index.html', 'embed.html?pack=dudley']) {
    test(`${url}: the static first screen is the largest paint, reported before the screener takes over`, async ({
      page,
      guard,
    }) => {
      await page.addInitScript(() => {
        const w = window as unknown as { tsPaints: { inFallback: boolean; at: number }[]; tsSwapAt: number };
        w.tsPaints = [];
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & { element: Element | null })[]) {
            w.tsPaints.push({ inFallback: Boolean(entry.element?.closest('.js-ts-fallback')), at: entry.startTime });
          }
        }).observe({ type: 'largest-contentful-paint', buffered: true });
        document.addEventListener('threshold-screener:shown', () => (w.tsSwapAt = performance.now()), {
          capture: true,
        });
      });
      await page.goto(url);
      await ready(page, guard);
      // Any paint of the screener's that counted would be reported within a few frames.
      const { paints, swapAt } = await page.evaluate(async () => {
        const w = window as unknown as { tsPaints: { inFallback: boolean; at: number }[]; tsSwapAt: number };
        await new Promise((resolve) => setTimeout(resolve, 300));
        return { paints: w.tsPaints, swapAt: w.tsSwapAt };
      });
      const largest = paints.at(-1);
      expect(largest?.inFallback).toBe(true); // nothing the screener drew counted as larger
      expect(largest!.at).toBeLessThan(swapAt);
      await expect(page.locator('.js-ts-fallback')).toBeHidden();
    });
  }
});
