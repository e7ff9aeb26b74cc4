// Every component in every state it can be in, on one page (build/site/examples.html, written by
// tools/build-site.mjs from each component folder's examples.mjs): axe at WCAG 2.2 AA over all of
// them at once, no example scrolling sideways on a 320 px screen, and every component folder with its
// README and its examples.
import { test, expect, expectAccessible, expectNoSideScroll, ROOT, SITE } from './fixtures';
import fs from 'node:fs';
import path from 'node:path';

const COMPONENTS = path.join(ROOT, 'web', 'components');
const folders = fs
  .readdirSync(COMPONENTS, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();

async function openExamples(page) {
  await page.goto('examples.html');
  await expect(page.locator('body[data-state="ready"]')).toBeAttached({ timeout: 15_000 });
}

test('every component folder has its README and its examples', () => {
  expect(folders.length).toBeGreaterThan(0);
  const missing = folders.flatMap((f) =>
    ['README.md', 'examples.mjs']
      .filter((file) => !fs.existsSync(path.join(COMPONENTS, f, file)))
      .map((file) => `${f}/${file}`),
  );
  expect(missing, 'component folders without README.md or examples.mjs').toEqual([]);
});

test('the examples page is the site only, never in what a partnership hosts', () => {
  expect(fs.existsSync(path.join(SITE, 'examples.html'))).toBe(true);
  const dist = path.join(ROOT, 'dist');
  if (fs.existsSync(dist)) expect(fs.existsSync(path.join(dist, 'examples.html'))).toBe(false);
  expect(fs.readFileSync(path.join(SITE, 'threshold-screener.html'), 'utf8')).not.toContain('ts-examples');
});

test('every example of every component passes axe at WCAG 2.2 AA', async ({ page, guard }) => {
  // One axe run over a long page (every result state, every indicator list): about 30 s here.
  test.setTimeout(150_000);
  await openExamples(page);
  // Each component folder is on the page with at least one example, each drawn without failing.
  const drawn = await page
    .locator('[data-component]')
    .evaluateAll((sections) =>
      sections.map((s) => [s.getAttribute('data-component'), s.querySelectorAll('.ts-examples__example').length]),
    );
  expect(drawn.map(([name]) => name).sort()).toEqual(folders);
  for (const [name, count] of drawn) expect(count, `examples of ${name}`).toBeGreaterThan(0);
  await expect(page.getByText('This example failed')).toHaveCount(0);
  // Closed details hold states too: open them all, as printing does.
  await page.evaluate(() => {
    for (const d of document.querySelectorAll('details')) d.open = true;
  });
  await expectAccessible(page, 'every component example');
  expect(guard.problems).toEqual([]);
});

test('no example scrolls sideways on a 320 px screen', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await openExamples(page);
  await page.evaluate(() => {
    for (const d of document.querySelectorAll('details')) d.open = true;
  });
  const wide = await page.locator('.ts-examples__example').evaluateAll((examples) =>
    examples
      .filter((e) => {
        const frame = e.querySelector('.ts-examples__frame');
        const within = (el) => el.getBoundingClientRect().right <= document.documentElement.clientWidth + 0.5;
        return frame.scrollWidth > frame.clientWidth || ![...frame.querySelectorAll('*')].every(within);
      })
      .map((e) => e.getAttribute('data-example')),
  );
  expect(wide, 'examples wider than 320 px').toEqual([]);
  await expectNoSideScroll(page, 'the examples page');
});
