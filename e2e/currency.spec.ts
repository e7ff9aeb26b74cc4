// Guidance that says how current it is (issue 27): "Guidance dated …, checked …" on the start page,
// the result, the printout and the copied summary; past its review-by date (Medway's document says
// March 2022), the start page says it may have been replaced. The engine words and decides both.
import {
  test,
  expect,
  open,
  TODAY,
  described,
  expectAccessible,
  expectNoSideScroll,
  screenBabyWithBruise,
} from './fixtures';

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(TODAY);
});

const currency = (id: string) => described(id).partnership.currency;

test('the start page says how current the guidance is, and that Medway’s is past its review date', async ({
  page,
  guard,
}) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await open(page, guard, 'index.html?pack=medway', { start: false });
  const medway = currency('medway');
  expect(medway.text).toMatch(/^Guidance dated March 2021, checked \d+ \w+ 20\d\d\.$/);
  await expect(page.getByText(medway.text, { exact: true })).toBeVisible();
  const warning = page.locator('.ts-currency__overdue');
  await expect(warning).toContainText('This guidance was due for review on 31 March 2022: it may have been replaced.');
  await expectAccessible(page, 'start page, guidance past its review date');
  await expectNoSideScroll(page, 'start page, guidance past its review date');
});

test('guidance with no review date says when it was checked, and no warning', async ({ page, guard }) => {
  await open(page, guard, 'index.html?pack=dudley', { start: false });
  await expect(page.getByText(currency('dudley').text, { exact: true })).toBeVisible();
  expect(currency('dudley').text).toMatch(/^Guidance undated, checked /);
  await expect(page.locator('.ts-currency__overdue')).toHaveCount(0);
});

test('the result, its printout and the copied summary say how current the guidance is', async ({
  page,
  guard,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await open(page, guard, 'index.html?pack=dudley');
  await screenBabyWithBruise(page, 'Not yet asked');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Level 4');
  const text = currency('dudley').text;
  await expect(page.locator('.ts-result .ts-currency')).toHaveText(text);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.ts-result__print-header')).toContainText(text);
  await page.emulateMedia({ media: 'screen' });
  await page.getByRole('button', { name: 'Copy summary', exact: true }).click();
  const summary = await page.evaluate(() => navigator.clipboard.readText());
  expect(summary).toContain(text);
});
