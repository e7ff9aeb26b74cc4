// "Print" gives a clean summary: the result and the route, without buttons, links to other pages
// or the page furniture.
import {
  test,
  expect,
  open,
  answer,
  continueButton,
  drawing,
  TODAY,
  screenBabyWithBruise,
  procedureName,
} from './fixtures';

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(TODAY);
});

test('the printout starts with a one-page summary, then the detail, with the reference and no controls', async ({
  page,
  guard,
}) => {
  await page.setViewportSize({ width: 794, height: 1123 }); // A4 at 96 dpi
  await open(page, guard);
  await answer(page, 'Dudley Safeguarding People Partnership');
  await screenBabyWithBruise(page, 'Yes, consent has been given');
  await expect(page.getByRole('button', { name: 'Print' })).toBeVisible();
  // An optional reference (a case number, never a name) goes into the print header.
  const ref = page.getByRole('textbox', { name: 'Your reference (optional)' });
  await expect(page.getByText(/Never a name/)).toBeVisible();
  await ref.fill('CASE-1234');

  await page.emulateMedia({ media: 'print' });
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await expect(page.getByText('Reference: CASE-1234')).toBeVisible();
  await expect(page.getByText('Screened on Monday 23 November 2026')).toBeVisible();
  await expect(
    page.getByText(/Dudley Support Level Guidance and Framework, Dudley Safeguarding People Partnership/),
  ).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Level 4: Specialist/);
  await expect(page.getByText('I am a non-mobile baby/child with a bruise or an injury').first()).toBeVisible();
  await expect(page.getByText('0300 555 0050').first()).toBeVisible();
  // The summary (level, next steps, consent, why) fits the first A4 page; the detail starts on the next.
  const summaryEnd = await page
    .locator('.ts-result__why')
    .evaluate((el) => el.getBoundingClientRect().bottom + window.scrollY);
  expect(summaryEnd).toBeLessThan(1123 - 2 * 40);
  expect(await page.locator('.ts-result__rest').evaluate((el) => getComputedStyle(el).breakBefore)).toBe('page');
  // The detail is open in print: what the guidance does not cover, the answers.
  await expect(page.getByText('The guidance gives no publication or review date.')).toBeVisible();
  await expect(page.getByRole('term').filter({ hasText: 'Immediate danger' })).toBeVisible();
  // The answers have no links to change them on paper; the steps' sources are labelled as sources.
  expect((await page.locator('.ts-result__more summary', { hasText: 'Your answers' }).innerText()).trim()).toBe(
    'Your answers',
  );
  await expect(page.getByText('Where the guidance says these steps')).toBeVisible();
  for (const name of ['Print', 'Copy summary', 'Save answers to a file', 'Start again']) {
    await expect(page.getByRole('button', { name, exact: true })).toBeHidden();
  }
  await expect(page.getByRole('textbox', { name: 'Your reference (optional)' })).toBeHidden();
  await expect(page.getByRole('link', { name: 'Back', exact: true })).toBeHidden();
  await expect(page.getByRole('link', { name: /^Change / }).first()).toBeHidden();
  await expect(page.getByRole('banner')).toBeHidden();
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.length).toBeGreaterThan(10_000);
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));

  await page.emulateMedia({ media: 'screen' });
  await expect(page.getByRole('button', { name: 'Print' })).toBeVisible();
  await expect(page.getByText('Your answers (change them)')).toBeVisible();
  // The saved answers file is named with the reference too.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save answers to a file' }).click();
  expect((await download).suggestedFilename()).toBe('threshold-answers-dudley-CASE-1234-2026-11-23.json');
});

test('the printed pathway outcome has the route taken', async ({ page, guard }) => {
  await open(page, guard, 'index.html?pack=walsall');
  await drawing(page, () =>
    page.getByRole('link', { name: procedureName('walsall', 'step_down_from_cin'), exact: true }).click(),
  );
  for (let i = 0; i < 30 && (await page.getByRole('radio').count()) > 0; i += 1) {
    await page.getByRole('radio').first().check();
    await drawing(page, () => continueButton(page).click());
  }
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('heading', { name: 'Your route' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Print' })).toBeHidden();
});
