// Embedding: <threshold-screener pack="dudley"> in a partnership's page with its own hostile CSS and
// a strict CSP, and the iframe option (embed.html?pack=...).
import {
  test,
  expect,
  ready,
  answer,
  answerAge,
  continueButton,
  TODAY,
  screenBabyWithBruise,
  noneOfThese,
} from './fixtures';

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(TODAY);
});

test('the widget runs a whole screening inside the demo host page, under its CSP', async ({ page, guard }) => {
  await page.goto('demo/index.html');
  await ready(page, guard);
  const widget = page.locator('threshold-screener');
  // The pack is fixed by the attribute: the partnership question is skipped.
  await expect(widget.getByRole('heading', { name: 'Is the child in immediate danger?' })).toBeVisible();
  await expect(widget.getByText('Guidance: Dudley Safeguarding People Partnership')).toBeVisible();
  // Inside the host's page the widget's headings start at h2: the host keeps the only h1.
  await expect(widget.getByRole('heading', { level: 2, name: 'Is the child in immediate danger?' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
  await screenBabyWithBruise(page, 'Not yet asked');
  await expect(widget.getByRole('heading', { level: 2 }).first()).toHaveText(/Level 4: Specialist/);
  await expect(widget.getByRole('heading', { level: 1 })).toHaveCount(0);
  await expect(widget.locator('.ts-result__now')).toContainText(/strategy discussion/i);
  // The browser's Back works inside the widget without touching the host page's URL.
  const url = page.url();
  await page.goBack();
  await expect(widget.getByRole('heading', { name: /Has the family agreed/ })).toBeVisible();
  expect(page.url()).toBe(url);
});

test('the host page cannot restyle the widget, and no inline style is used anywhere', async ({ page, guard }) => {
  await page.goto('demo/index.html');
  await ready(page, guard);
  const styles = await page.evaluate(() => {
    const host = document.querySelector('threshold-screener')!;
    const root = host.shadowRoot!;
    const h1 = root.querySelector('.js-ts-heading')!;
    const cs = getComputedStyle(h1);
    const radio = root.querySelector('.govuk-radios__label')!;
    const all = [document, root].flatMap((r) => [...r.querySelectorAll('*')]);
    return {
      adopted: root.adoptedStyleSheets.length,
      styleElements: all.filter((e) => e.tagName === 'STYLE').length,
      styleAttributes: all.filter((e) => e.hasAttribute('style')).length,
      h1Font: cs.fontFamily,
      h1Transform: cs.textTransform,
      h1Size: parseFloat(cs.fontSize),
      labelSize: parseFloat(getComputedStyle(radio).fontSize),
      labelBackground: getComputedStyle(radio).backgroundColor,
      hostH1Font: getComputedStyle(document.querySelector('main > h1')!).fontFamily,
    };
  });
  expect(styles.adopted).toBeGreaterThan(0);
  expect(styles.styleElements).toBe(0);
  expect(styles.styleAttributes).toBe(0);
  expect(styles.h1Font).not.toContain('Impact');
  expect(styles.h1Font).toContain('system-ui');
  expect(styles.h1Transform).toBe('none');
  // The host sets html {font-size: 62.5%}; the widget keeps GOV.UK's sizes.
  expect(styles.h1Size).toBeGreaterThanOrEqual(27);
  expect(styles.labelSize).toBeGreaterThanOrEqual(16);
  expect(styles.labelSize).toBeLessThan(30);
  expect(styles.labelBackground).not.toBe('rgb(255, 209, 236)');
  expect(styles.hostH1Font).toContain('Impact'); // the host page keeps its own look
});

test('the iframe option: embed.html?pack=medway inside a host page', async ({ page, guard }) => {
  await page.goto('demo/iframe.html');
  const frame = page.frameLocator('iframe');
  await expect(frame.locator('[data-module="ts-screener"][data-state="ready"]')).toBeAttached({ timeout: 15_000 });
  guard.markReady();
  const f = page.frames().find((x) => x.url().includes('embed.html'))!;
  await expect(f.getByText('Guidance: Medway Safeguarding Children Partnership')).toBeVisible();
  await answer(f, 'No');
  await answerAge(f, 'unborn');
  await answer(f, 'None');
  await expect(f.getByRole('heading', { name: 'What are you seeing?' })).toBeVisible();
  await noneOfThese(f);
  await continueButton(f).click();
  await answer(f, 'Yes, consent has been given');
  await expect(f.getByRole('heading', { level: 1 })).toHaveText(/Level 1: /);
  // The host's script (threshold-screener-frame.js) sizes the frame to the screener: no inner scroll.
  const iframe = page.locator('iframe');
  await expect
    .poll(async () => {
      const inner = await f.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
      const outer = await iframe.evaluate((el) => el.clientHeight);
      return Math.abs(inner - outer);
    })
    .toBeLessThanOrEqual(4);
  expect(await iframe.evaluate((el) => el.clientHeight)).not.toBe(1400);
});

test('once the frame has navigated to another origin, that origin cannot set its height', async ({ page, guard }) => {
  // Issue 25, defect 6: threshold-screener-frame.js checked the message's window but not its origin,
  // and a frame keeps its window when a link inside it is followed. A host page without a CSP (the
  // demo's frame-src 'self' would stop the navigation itself), the frame script copied beside it.
  guard.allowRequests();
  await page.route('**/frame-host.html', (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Host</title></head><body><main>
        <iframe data-threshold-screener src="embed.html?pack=medway" height="1400" title="Threshold Screener"></iframe>
        <script src="threshold-screener-frame.js"></script></main></body></html>`,
    }),
  );
  await page.route('https://elsewhere.example/**', (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!DOCTYPE html><title>elsewhere</title><script>
        parent.postMessage({ type: 'threshold-screener:height', height: 4321 }, '*');
        document.title = 'posted';
      </script>`,
    }),
  );
  await page.goto('frame-host.html');
  const iframe = page.locator('iframe');
  // The screener itself (the src's origin) sizes the frame.
  await expect.poll(() => iframe.evaluate((el) => el.clientHeight)).not.toBe(1400);
  const sized = await iframe.evaluate((el) => el.clientHeight);
  expect(sized).not.toBe(4321);
  const screener = page.frames().find((x) => x.url().includes('embed.html'))!;
  await screener.evaluate(() => {
    location.href = 'https://elsewhere.example/page';
  });
  await expect
    .poll(() =>
      page
        .frames()
        .find((x) => x.url().startsWith('https://elsewhere.example/'))
        ?.title(),
    )
    .toBe('posted');
  // Give the host's listener the message (it is queued before the title changes), then look.
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 100)));
  expect(await iframe.evaluate((el) => el.clientHeight)).toBe(sized);
});

test("a heading-level attribute sets the level of the widget's headings", async ({ page, guard }) => {
  await page.goto('demo/index.html');
  await ready(page, guard);
  guard.allowRequests(); // the second widget fetches its own partnership's guidance
  await page.evaluate(() => {
    const el = document.createElement('threshold-screener');
    el.setAttribute('pack', 'medway');
    el.setAttribute('heading-level', '3');
    el.id = 'second';
    document.querySelector('main')!.append(el);
  });
  const second = page.locator('#second');
  await expect(second.getByRole('heading', { level: 3, name: 'Is the child in immediate danger?' })).toBeVisible();
  await expect(second.getByRole('heading', { level: 1 })).toHaveCount(0);
  await expect(second.getByRole('heading', { level: 2 })).toHaveCount(0);
});

test("without WebAssembly the widget keeps the host page's fallback and says why", async ({ page, guard }) => {
  await page.addInitScript(() => {
    // @ts-expect-error: simulating a browser without WebAssembly
    delete window.WebAssembly;
  });
  await page.goto('demo/index.html');
  const widget = page.locator('threshold-screener');
  await expect(widget.getByText('The interactive screener is not available')).toBeVisible();
  await expect(widget.getByText(/this browser cannot run WebAssembly/)).toBeVisible();
  await expect(page.getByRole('link', { name: 'Read the Dudley guidance as a static page' })).toBeVisible();
  guard.markReady();
});
