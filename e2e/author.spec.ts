// The authoring page (issue 27), as an author uses it: open the Dudley guidance and its test cases,
// break a phone number and see the problem at its place, fix it, move an indicator to another level
// and see a test case fail and the preview's result change, save, and read exactly those two changes;
// then build small new guidance from the template through to a working screening in the preview.
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import {
  test,
  expect,
  ROOT,
  answer,
  answerAge,
  continueButton,
  drawing,
  expectAccessible,
  expectNoSideScroll,
  tick,
} from './fixtures';

const DUDLEY = path.join(ROOT, 'content', 'dudley');

/** The guidance editor (CodeMirror, in its shadow root). */
const guidanceEditor = (page: Page) => page.getByRole('textbox', { name: 'Guidance file (JSON)' });

/** Finds `text` with the editor's own search (Ctrl+F) and leaves it selected in the text. */
async function findInEditor(page: Page, text: string) {
  await page.getByRole('button', { name: 'Guidance', exact: true }).click();
  await guidanceEditor(page).click();
  await page.keyboard.press('Control+Home');
  await page.keyboard.press('Control+f');
  const field = page.getByRole('textbox', { name: 'Find' });
  // Typed as an author types (the search panel takes its query on each key).
  await field.fill('');
  await field.pressSequentially(text);
  await field.press('Enter');
  await field.press('Escape');
}

async function openAuthor(page: Page) {
  await page.goto('author.html');
  await expect(page.getByRole('heading', { level: 1, name: 'Edit your guidance' })).toBeVisible();
  // Ready: its engines and the screener's are loaded; from now on it makes no request.
  await expect(page.locator('[data-module="ts-author"][data-engines="ready"]')).toBeAttached({ timeout: 15_000 });
}

const problems = (page: Page) => page.locator('.ts-author__problem');
const tab = (page: Page, name: string) => page.getByRole('tab', { name, exact: true });

test.describe('authoring page', () => {
  test.use({ viewport: { width: 1280, height: 900 } });

  test('an author revises the Dudley guidance: a problem at its place, a failing test case, the preview, save, the changes', async ({
    page,
    guard,
  }) => {
    test.setTimeout(120_000);
    await openAuthor(page);
    await page.getByLabel('Open guidance file').setInputFiles(path.join(DUDLEY, 'pack.json'));
    await page.getByLabel('Open test cases file').setInputFiles(path.join(DUDLEY, 'scenarios.json'));
    guard.markReady();
    const total = JSON.parse(fs.readFileSync(path.join(DUDLEY, 'scenarios.json'), 'utf8'));
    const count = total.scenarios.length + (total.pathways?.length ?? 0);
    const casesSummary = page.locator('.js-ts-author-cases-summary');
    await expect(casesSummary).toHaveText(`${count} of ${count} test cases pass`, { timeout: 20_000 });
    await expect(problems(page)).toHaveCount(0);

    // A phone number with a letter O for a zero: the problem, in plain English, at its line.
    await findInEditor(page, '01384 812440');
    await page.keyboard.type('01384 81244O');
    const problem = problems(page).filter({ hasText: '"01384 81244O" is not a telephone number' });
    await expect(problem).toHaveCount(1, { timeout: 10_000 });
    const line =
      fs
        .readFileSync(path.join(DUDLEY, 'pack.json'), 'utf8')
        .split('\n')
        .findIndex((l) => l.includes('01384 812440')) + 1;
    await expect(problem).toContainText(`Line ${line} of the guidance:`);
    // Underlined in the text, and "Show in the text" selects it there.
    await expect(page.locator('.cm-lintRange-error')).toHaveText('"01384 81244O"');
    await problem.getByRole('button', { name: /Show in the text/ }).click();
    await expect(guidanceEditor(page)).toBeFocused();
    expect(await page.evaluate(() => String(getSelection()))).toBe('"01384 81244O"');
    // Fixed to a new number: no problem left.
    await page.keyboard.type('"01384 812441"');
    await expect(problem).toHaveCount(0, { timeout: 10_000 });
    await expect(casesSummary).toHaveText(`${count} of ${count} test cases pass`, { timeout: 10_000 });

    // The preview: a four-month-old non-mobile baby with a bruise, at level 4.
    await tab(page, 'Preview').click();
    const preview = page.locator('#ts-author-preview');
    await expect(preview.locator('[data-module="ts-screener"][data-state="ready"]')).toBeAttached({ timeout: 15_000 });
    await answer(page, 'No');
    await answerAge(page, { months: 4 });
    await answer(page, 'Yes');
    await answer(page, 'None');
    await tick(page, 'bruise', 'I am a non-mobile baby/child with a bruise or an injury');
    await drawing(page, () => continueButton(page).click());
    await answer(page, 'Not yet asked');
    await expect(preview).toContainText('Level 4: Specialist / Statutory Support');
    await expect(preview).toContainText('Level 4 · Health, Care and Protection');

    // The indicator moved from level 4 to level 3: a test case fails, with why, and the result changes.
    await findInEditor(page, '"health_4_non_mobile_bruise"');
    // From there, the next "level": its level.
    await page.keyboard.press('Control+f');
    const find = page.getByRole('textbox', { name: 'Find' });
    await find.fill('');
    await find.pressSequentially('"level": 4');
    await find.press('Enter');
    await find.press('Escape');
    await page.keyboard.type('"level": 3');
    await expect(casesSummary).not.toHaveText(`${count} of ${count} test cases pass`, { timeout: 10_000 });
    await tab(page, 'Test cases').click();
    const failed = page.locator('.ts-author__case--failed').filter({ hasText: 'baby_bruise_non_mobile' });
    await expect(failed.first()).toContainText('no element matches');
    await expect(failed.first()).toContainText('"indicator":"health_4_non_mobile_bruise","level":4');
    await tab(page, 'Preview').click();
    // The reason now sits at level 3 (the strategy discussion the indicator flags keeps the result at 4).
    await expect(preview).toContainText('Level 3 · Health, Care and Protection', { timeout: 10_000 });
    await expect(preview).not.toContainText('Level 4 · Health, Care and Protection');

    // Save: the guidance file as edited, downloaded.
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Save guidance file' }).click();
    const saved = JSON.parse(fs.readFileSync((await (await download).path())!, 'utf8'));
    expect(saved.contacts.find((c: any) => c.phone === '01384 812441')).toBeTruthy();
    expect(saved.indicators.find((i: any) => i.id === 'health_4_non_mobile_bruise').level).toBe(3);

    // The changes since it was opened: exactly those two.
    await tab(page, 'Changes').click();
    const changes = page.locator('.ts-author__change');
    await expect(changes).toHaveCount(2);
    await expect(changes.nth(0)).toContainText('phone number changed from 01384 812440 to 01384 812441');
    await expect(changes.nth(1)).toContainText('Indicator moved from level 4');
    await expect(changes.nth(1)).toContainText('I am a non-mobile baby/child with a bruise or an injury');
    await expect(page.locator('.js-ts-author-changes-count')).toHaveText('2 changes for practitioners');
    expect(guard.late).toEqual([]);
  });

  test('new guidance from the template, through the page, to a working screening', async ({ page, guard }) => {
    test.setTimeout(90_000);
    await openAuthor(page);
    await page.getByRole('button', { name: 'Start from the template' }).click();
    await expect(page.locator('#ts-author-new-error')).toContainText('cannot name a pack');
    await page.getByLabel('A short name for the guidance').fill('anytown');
    await page.getByRole('button', { name: 'Start from the template' }).click();
    const casesSummary = page.locator('.js-ts-author-cases-summary');
    await expect(casesSummary).toHaveText(/^(\d+) of \1 test cases pass$/, { timeout: 20_000 });
    guard.markReady();

    // The author names the partnership and words a level 3 indicator, with the editor's find and replace.
    const replace = async (find: string, by: string) => {
      await page.getByRole('button', { name: 'Guidance', exact: true }).click();
      await guidanceEditor(page).click();
      await page.keyboard.press('Control+f');
      await page.getByRole('textbox', { name: 'Find' }).fill('');
      await page.getByRole('textbox', { name: 'Find' }).pressSequentially(find);
      await page.getByRole('textbox', { name: 'Replace' }).fill('');
      await page.getByRole('textbox', { name: 'Replace' }).pressSequentially(by);
      await page.getByRole('button', { name: 'replace all' }).click();
      await page.getByRole('textbox', { name: 'Find' }).press('Escape');
    };
    await replace(
      'REPLACE: the partnership\'s name (for example \\\\"Anytown Safeguarding Children Partnership\\\\")',
      'Anytown Safeguarding Children Partnership',
    );
    await replace(
      'REPLACE: a level 3 indicator, in the document\'s words (\\\\"Domestic abuse in the home\\\\")',
      'Domestic abuse in the home',
    );
    await expect(casesSummary).toHaveText(/^(\d+) of \1 test cases pass$/, { timeout: 10_000 });
    await expect(problems(page)).toHaveCount(0);

    await tab(page, 'Preview').click();
    const preview = page.locator('#ts-author-preview');
    await expect(preview.locator('[data-module="ts-screener"][data-state="ready"]')).toBeAttached({ timeout: 15_000 });
    await expect(preview).toContainText('Anytown Safeguarding Children Partnership');
    await answer(page, 'No');
    // The template's guidance asks nothing that depends on age or services: straight to what is seen.
    await expect(page.getByRole('heading', { name: /What are you seeing\?/ })).toBeVisible();
    await page.getByRole('checkbox', { name: 'Domestic abuse in the home', exact: true }).check();
    await drawing(page, () => continueButton(page).click());
    const consent = page.getByRole('radio', { name: 'Not yet asked' });
    if (await consent.isVisible()) await answer(page, 'Not yet asked');
    await expect(preview.getByText('Domestic abuse in the home').first()).toBeVisible();
    await expect(preview.getByRole('heading', { level: 3 }).first()).toBeVisible();
    await expect(preview).toContainText(/level 3/i);
    expect(guard.late).toEqual([]);
  });

  test('passes axe and fits 1280 px; on a phone it says it needs a wider screen', async ({ page }) => {
    test.setTimeout(60_000);
    await openAuthor(page);
    await expectAccessible(page, 'empty');
    await page.getByLabel('Open guidance file').setInputFiles(path.join(DUDLEY, 'pack.json'));
    await page.getByLabel('Open test cases file').setInputFiles(path.join(DUDLEY, 'scenarios.json'));
    await expect(page.locator('.js-ts-author-cases-summary')).toContainText('test cases pass', { timeout: 20_000 });
    await expectNoSideScroll(page, 'a guidance file open');
    await expectAccessible(page, 'a guidance file open');
    await findInEditor(page, '01384 812440');
    await page.keyboard.type('01384 81244O');
    await expect(problems(page)).toHaveCount(1, { timeout: 10_000 });
    await expectAccessible(page, 'a problem listed');
    for (const name of ['Preview', 'Reference', 'Changes']) {
      await tab(page, name).click();
      await expectAccessible(page, `${name} tab`);
    }
    await page.setViewportSize({ width: 375, height: 667 });
    await expect(page.getByRole('heading', { name: 'This page needs a wider screen' })).toBeVisible();
    await expect(guidanceEditor(page)).toBeHidden();
    await expectNoSideScroll(page, 'phone');
    await expectAccessible(page, 'phone');
  });
});
