// Progressive enhancement: without JavaScript, without WebAssembly, or with a broken pack, the page
// shows the guidance or a clear error, never a blank.
import { test, expect, open, ready, expectNoSideScroll, pack } from './fixtures';

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test("the page links every partnership's static reference and says how to get the screener", async ({
    page,
    guard,
  }) => {
    await page.goto('index.html');
    await expect(page.getByRole('heading', { name: 'Screen a concern about a child' })).toBeVisible();
    await expect(page.getByText(/turn JavaScript on and reload the page to use it/)).toBeVisible();
    // Start now needs the screener, so it is not offered.
    await expect(page.getByRole('link', { name: 'Start now' })).toBeHidden();
    await page.getByRole('link', { name: 'Dudley Safeguarding People Partnership' }).click();
    await expect(page).toHaveURL(/reference\/dudley\.html$/);
    await expect(page.getByText('Specialist / Statutory Support').first()).toBeVisible();
    await expect(page.getByText('I am a non-mobile baby/child with a bruise or an injury').first()).toBeVisible();
    await expect(page.getByRole('link', { name: 'Use the interactive screener' })).toHaveAttribute(
      'href',
      '../index.html?pack=dudley',
    );
    guard.markReady();
  });

  test('the iframe page does too', async ({ page, guard }) => {
    await page.goto('embed.html?pack=walsall');
    await expect(page.getByRole('link', { name: 'Start now' })).toBeHidden();
    await expect(page.getByRole('link', { name: 'Walsall Safeguarding Partnership' })).toHaveAttribute(
      'href',
      'reference/walsall.html',
    );
    guard.markReady();
  });
});

test('without WebAssembly the page keeps the fallback, with a message', async ({ page, guard }) => {
  await page.addInitScript(() => {
    // @ts-expect-error: simulating a browser without WebAssembly
    delete window.WebAssembly;
  });
  await page.goto('index.html?pack=medway');
  await expect(page.getByRole('alert')).toContainText('The interactive screener is not available');
  await expect(page.getByRole('alert')).toContainText('this browser cannot run WebAssembly');
  await expect(page.getByRole('link', { name: 'Medway Safeguarding Children Partnership' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Read the guidance as a static page instead' })).toHaveAttribute(
    'href',
    /reference\/medway\.html$/,
  );
  guard.markReady();
});

test("a pack that is not JSON shows the engine's error, not a blank page", async ({ page, guard }) => {
  await page.route('**/packs/dudley.mjs', (route) =>
    route.fulfill({
      contentType: 'text/javascript',
      body: `export default ${JSON.stringify('{"schema_version": 1, "id": "dudley",')};`,
    }),
  );
  await page.goto('index.html?pack=dudley');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('The dudley guidance could not be loaded');
  await expect(alert).toContainText(/Not valid JSON at line 1, column \d+/);
  await expect(alert).toContainText(/\(pack\.syntax\)/);
  await expect(page.getByRole('link', { name: 'Read the guidance as a static page instead' })).toBeVisible();
  guard.markReady();
});

test('a pack that breaks the schema names each problem and its JSON path', async ({ page, guard }) => {
  await page.route('**/packs/medway.mjs', (route) =>
    route.fulfill({
      contentType: 'text/javascript',
      body: `export default ${JSON.stringify(JSON.stringify({ schema_version: 1, id: 'medway', calendar: 'england-and-wales', partnership: { name: 'Medway' }, levels: [], routes: [], contacts: [], emergency: {}, colour: 'red' }))};`,
    }),
  );
  await page.goto('index.html?pack=medway');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('could not be loaded');
  await expect(alert).toContainText('/colour');
  await expect(alert).toContainText('pack.unknown_key');
  guard.markReady();
});

test('a pack that is missing is reported', async ({ page, guard }) => {
  guard.expectProblem(/Failed to load resource|no_such_pack/);
  await page.goto('index.html?pack=no_such_pack');
  await expect(page.getByRole('alert')).toContainText('could not be loaded');
  await expect(page.getByRole('alert')).toContainText('there is no pack "no_such_pack"');
  guard.markReady();
});

test('a fixed pack loads only that pack', async ({ page, guard }) => {
  const packs: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('/packs/')) packs.push(new URL(r.url()).pathname);
  });
  await open(page, guard, 'index.html?pack=luton');
  // The pack, and what the site build's engine said of it for the first pages.
  expect(packs.sort()).toEqual(['/packs/luton.first.mjs', '/packs/luton.mjs']);
  void ready;
});

// The static references (the no-JavaScript fallback) read like the screener: citations by document and
// section, never our file names or line numbers, and no sideways scrolling on a 320 px phone (issue 24).
for (const id of ['dudley', 'medway', 'walsall', 'luton', 'gloucestershire']) {
  test(`${id}: the static reference cites the document by name and fits 320 px`, async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(`reference/${id}.html`);
    const text = await page.locator('main').innerText();
    expect(text).not.toMatch(/\.txt\b/);
    expect(text).not.toMatch(/\blines? \d+/);
    const p = pack(id);
    expect(text).toContain(`Source: ${p.partnership.cite_as ?? p.partnership.document_title}`);
    await expectNoSideScroll(page, `reference/${id}.html at 320 px`);
  });
}
