// "Print" gives a clean summary: the result and the route, without buttons, links to other pages
// or the page furniture.
import { test, expect, open, answer, answerAge, continueButton, tick, TODAY, screenBabyWithBruise } from './fixtures';

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(TODAY);
});

test('the printed result has the level, the reasons and the contacts, and no controls', async ({ page, guard }) => {
  await open(page, guard);
  await answer(page, 'Dudley Safeguarding People Partnership');
  await screenBabyWithBruise(page, 'Yes, consent has been given');
  await expect(page.getByRole('button', { name: 'Print' })).toBeVisible();

  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Indicative level: Level 4/);
  await expect(page.getByText('I am a non-mobile baby/child with a bruise or an injury').first()).toBeVisible();
  await expect(page.getByText('0300 555 0050').first()).toBeVisible();
  await expect(page.getByText(/This result is indicative/)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Your answers' })).toBeVisible();
  for (const name of ['Print', 'Copy summary', 'Save answers to a file', 'Start again']) {
    await expect(page.getByRole('button', { name })).toBeHidden();
  }
  await expect(page.getByRole('link', { name: 'Back', exact: true })).toBeHidden();
  await expect(page.getByRole('link', { name: 'Change partnership' })).toBeHidden();
  await expect(page.getByRole('link', { name: /^Change / }).first()).toBeHidden();
  await expect(page.getByRole('banner')).toBeHidden();
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.length).toBeGreaterThan(10_000);

  await page.emulateMedia({ media: 'screen' });
  await expect(page.getByRole('button', { name: 'Print' })).toBeVisible();
});

test('the printed pathway outcome has the route taken', async ({ page, guard }) => {
  await open(page, guard, 'index.html?pack=walsall');
  await page.getByRole('link', { name: /^Procedures/ }).click();
  await page.getByRole('link', { name: 'Step Down From CIN', exact: true }).click();
  for (let i = 0; i < 30 && (await page.getByRole('radio').count()) > 0; i += 1) {
    await page.getByRole('radio').first().check();
    await continueButton(page).click();
  }
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('heading', { name: 'Your route' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Print' })).toBeHidden();
});
