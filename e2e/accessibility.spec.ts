// axe with the WCAG 2.2 AA tags on every page state: each question (with and without errors, with
// conditional reveals open), the indicators with a search, the 999 page, results for a matrix pack
// and for an agreed-level pack, procedures, a pathway question and outcome, the widget in a hostile
// host page, the iframe embed, the no-JavaScript fallback, a static reference and the single file.
// No rule is switched off.
import {
  test,
  expect,
  open,
  ready,
  answer,
  answerAge,
  continueButton,
  drawing,
  startNow,
  screenFromEntry,
  procedureName,
  expectAccessible,
  TODAY,
  SITE,
  noneOfThese,
} from './fixtures';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

// axe takes a few seconds per state on a long page.
test.describe.configure({ timeout: 240_000 });

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(TODAY);
});

test('every state of a Dudley screening', async ({ page, guard }) => {
  await open(page, guard, 'index.html', { start: false });
  await expectAccessible(page, 'start page');
  await page.getByText('Procedures in the Dudley guidance').click();
  await expectAccessible(page, 'start page with procedures open');
  await startNow(page);
  await expectAccessible(page, 'partnership');
  await continueButton(page).click();
  await expectAccessible(page, 'partnership with error');
  await answer(page, 'Dudley Safeguarding People Partnership');
  await expectAccessible(page, 'danger');
  await answer(page, 'Yes');
  await expectAccessible(page, 'emergency (999)');
  await page.getByRole('link', { name: 'After the call, carry on with the screening' }).click();
  await page.getByRole('radio', { name: 'Under one year old' }).check();
  await page.getByRole('textbox', { name: 'Age in months' }).fill('13');
  await continueButton(page).click();
  await expectAccessible(page, 'age with conditional reveal and error');
  await answerAge(page, { months: 4 });
  await expectAccessible(page, 'mobility');
  await answer(page, 'Yes');
  await page.getByRole('radio', { name: /Recently stepped down/ }).check();
  await expectAccessible(page, 'involvement with weeks reveal');
  await page.getByRole('textbox', { name: /weeks ago/ }).fill('6');
  await continueButton(page).click();
  await expectAccessible(page, 'indicators');
  await page.getByRole('searchbox', { name: 'Search the indicators' }).fill('bruise');
  await expectAccessible(page, 'indicators filtered by a search');
  await page.getByRole('checkbox', { name: 'I am a non-mobile baby/child with a bruise or an injury' }).check();
  await page.getByRole('searchbox', { name: 'Search the indicators' }).fill('nothingmatchesthis');
  await expectAccessible(page, 'indicators with no match');
  await continueButton(page).click();
  await expectAccessible(page, 'consent');
  await answer(page, 'Asking would increase the risk to the child or someone else');
  await expect(page.getByRole('heading', { name: /Level 4: Specialist/ })).toBeVisible();
  await expectAccessible(page, 'result: 999, level 4, strategy discussion');
  for (const d of await page.locator('.ts-result details').all())
    await d.evaluate((el) => {
      (el as HTMLDetailsElement).open = true;
    });
  await expectAccessible(page, 'result with every details open');
  await page.getByRole('textbox', { name: 'Your reference (optional)' }).fill('REF-9');
  // A browser that refuses the clipboard: the summary is offered in a text area instead.
  await page.evaluate(() => {
    navigator.clipboard.writeText = () => Promise.reject(new Error('denied'));
  });
  await page.getByRole('button', { name: 'Copy summary', exact: true }).click();
  await expect(page.getByRole('textbox', { name: 'Summary to copy' })).toBeVisible();
  await expectAccessible(page, 'result with the copy fallback');
  await drawing(page, () => page.getByRole('link', { name: 'Change immediate danger' }).click());
  await drawing(page, () => page.getByRole('link', { name: /^Procedures: step up/ }).click());
  await expectAccessible(page, 'procedures');
  await drawing(page, () =>
    page.getByRole('link', { name: procedureName('dudley', 'professional_challenge'), exact: true }).click(),
  );
  await expectAccessible(page, 'pathway question');
  await drawing(page, () => continueButton(page).click());
  await expectAccessible(page, 'pathway question with error');
  for (let i = 0; i < 30 && (await page.getByRole('radio').count()) > 0; i += 1) {
    await page.getByRole('radio').first().check();
    await drawing(page, () => continueButton(page).click());
  }
  await expect(page.getByRole('heading', { name: 'Your route' })).toBeVisible();
  await expectAccessible(page, 'pathway outcome');
});

test('an agreed-level pack (Walsall) and a pack with a few named concerns (Luton)', async ({ page, guard }) => {
  await open(page, guard, 'index.html?pack=walsall');
  await expectAccessible(page, 'Walsall entry page');
  await screenFromEntry(page);
  await answer(page, 'No');
  await answerAge(page, 'unborn');
  await answer(page, 'None');
  await expectAccessible(page, 'agreed level with what the source does not cover');
  await page.getByRole('radio', { name: /^Level 4:/ }).check();
  await continueButton(page).click();
  await answer(page, 'No, consent has been refused');
  await expectAccessible(page, 'Walsall result');
  await page.getByRole('button', { name: 'Start again' }).click();
  await expectAccessible(page, 'after start again');
});

test('Luton: concerns and the agreed level on one page, and a result without a level', async ({ page, guard }) => {
  await open(page, guard, 'index.html?pack=luton');
  await answer(page, 'No');
  await answerAge(page, { years: 3 });
  await answer(page, 'None');
  await expectAccessible(page, 'Luton concerns and agreed level');
  await noneOfThese(page);
  await continueButton(page).click();
  await answer(page, 'Not yet asked');
  await expect(page.getByRole('heading', { name: 'No level yet' })).toBeVisible();
  await expectAccessible(page, 'result without a level');
});

test('the widget in a partnership page, and the iframe embed', async ({ page, guard }) => {
  await page.goto('demo/index.html');
  await ready(page, guard);
  await expectAccessible(page, 'widget: first question', 'threshold-screener');
  await answer(page, 'No');
  await answerAge(page, { years: 5 });
  await expectAccessible(page, 'widget: mobility', 'threshold-screener');
  guard.allowRequests();
  await page.goto('demo/iframe.html');
  const frame = page.frameLocator('iframe');
  await expect(frame.getByRole('heading', { name: 'Is the child in immediate danger?' })).toBeVisible();
  await expectAccessible(page, 'iframe embed');
});

test('the static reference of every pack', async ({ page, guard }) => {
  for (const id of ['dudley', 'medway', 'walsall', 'luton', 'gloucestershire']) {
    await page.goto(`reference/${id}.html`);
    await expectAccessible(page, `reference ${id}`);
  }
  guard.markReady();
});

test('the fallback page, as shown without JavaScript', async ({ page, guard }) => {
  // axe itself needs JavaScript, so the screener's script is replaced by an empty one: the page is
  // then exactly what a browser without JavaScript shows (fallback.spec.ts checks that directly).
  await page.route('**/threshold-screener.mjs', (route) => route.fulfill({ contentType: 'text/javascript', body: '' }));
  await page.goto('index.html');
  await expect(page.getByRole('link', { name: 'Dudley Safeguarding People Partnership' })).toBeVisible();
  await expectAccessible(page, 'fallback');
  guard.markReady();
});

test('the single file, offline', async ({ page, guard, context }) => {
  await context.setOffline(true);
  await page.goto(pathToFileURL(path.join(SITE, 'threshold-screener.html')).href);
  await ready(page, guard);
  await expectAccessible(page, 'single file: start page');
  await startNow(page);
  await expectAccessible(page, 'single file: partnership');
  await answer(page, 'Medway Safeguarding Children Partnership');
  await expectAccessible(page, 'single file: danger');
});

// axe does not check a focus state: the header's link, focused, is GOV.UK's black on yellow.
test('the header link keeps its text readable when focused', async ({ page, guard }) => {
  await page.goto('reference/dudley.html');
  guard.markReady();
  const link = page.getByRole('banner').getByRole('link', { name: 'Threshold Screener' });
  await link.focus();
  await expect(link).toHaveCSS('color', 'rgb(11, 12, 12)');
  await expect(link).toHaveCSS('background-color', 'rgb(255, 221, 0)');
});
