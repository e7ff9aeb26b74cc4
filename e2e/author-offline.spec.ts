// The authoring page as one file (threshold-author.html, issue 27): both engines, the calendars, the
// scripts and styles inside, under the single file's policy, opened from disk with the network off.
// An author opens the Dudley guidance, breaks a phone number and sees the problem, mends it, screens in
// the preview, runs the safety checks, reads the change and saves; and the page asks for nothing.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page, Request } from '@playwright/test';
import {
  test,
  expect,
  ROOT,
  SITE,
  answer,
  answerAge,
  continueButton,
  drawing,
  expectAccessible,
  tick,
} from './fixtures';

const FILE = path.join(SITE, 'threshold-author.html');
const DUDLEY = path.join(ROOT, 'content', 'dudley');

const guidanceEditor = (page: Page) => page.getByRole('textbox', { name: 'Guidance file (JSON)' });
const problems = (page: Page) => page.locator('.ts-author__problem');
const tab = (page: Page, name: string) => page.getByRole('tab', { name, exact: true });

/** Finds `text` with the editor's own search (Ctrl+F) and leaves it selected. */
async function findInEditor(page: Page, text: string) {
  await page.getByRole('button', { name: 'Guidance', exact: true }).click();
  await guidanceEditor(page).click();
  await page.keyboard.press('Control+Home');
  await page.keyboard.press('Control+f');
  const field = page.getByRole('textbox', { name: 'Find' });
  await field.fill('');
  await field.pressSequentially(text);
  await field.press('Enter');
  await field.press('Escape');
}

test('its policy allows only its own hashed script and styles, and it loads nothing from anywhere', () => {
  const html = fs.readFileSync(FILE, 'utf8');
  const csp = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)![1];
  expect(csp).toMatch(
    /^default-src 'none'; script-src 'sha256-[A-Za-z0-9+/=]+' 'wasm-unsafe-eval'; style-src 'sha256-[A-Za-z0-9+/=]+' 'sha256-[A-Za-z0-9+/=]+'; img-src data:$/,
  );
  expect(csp).not.toContain('unsafe-inline');
  expect(csp).not.toContain("'unsafe-eval'");
  expect(csp).not.toContain('connect-src');
  expect(html).not.toMatch(/<script[^>]+src=/);
  expect(html).not.toMatch(/<link[^>]+rel="stylesheet"/);
  expect(html).toContain('id="ts-calendar-england-and-wales"');
  // The single file does not offer itself again.
  expect(html).not.toContain('Download the authoring page');
});

test('the hosted authoring page offers the single file for offline use', async ({ page }) => {
  await page.goto('author.html');
  const link = page.getByRole('link', { name: 'Download the authoring page for offline use' });
  await expect(link).toHaveAttribute('href', 'threshold-author.html');
  await expect(link).toHaveAttribute('download', '');
});

test('opened from file:// with the network off: open, a problem, test cases, preview, safety, changes, save', async ({
  page,
  context,
  guard,
}) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1280, height: 900 });
  const requests: string[] = [];
  page.on('request', (r: Request) => requests.push(r.url()));
  await context.setOffline(true);
  const url = pathToFileURL(FILE).href;
  await page.goto(url);
  await expect(page.getByRole('heading', { level: 1, name: 'Edit your guidance' })).toBeVisible();
  await expect(page.locator('[data-module="ts-author"][data-engines="ready"]')).toBeAttached({ timeout: 30_000 });
  // Everything it runs is inside: the page itself was the only request, and from here none at all.
  expect(requests).toEqual([url]);
  guard.markReady();
  // No worker can start from a file:// page: both engines run on the page's thread, and none was tried
  // (a blocked one would be a policy violation, which the guard fails on).
  expect(page.workers()).toHaveLength(0);

  await page.getByLabel('Open guidance file').setInputFiles(path.join(DUDLEY, 'pack.json'));
  await page.getByLabel('Open test cases file').setInputFiles(path.join(DUDLEY, 'scenarios.json'));
  const total = JSON.parse(fs.readFileSync(path.join(DUDLEY, 'scenarios.json'), 'utf8'));
  const count = total.scenarios.length + (total.pathways?.length ?? 0);
  const casesSummary = page.locator('.js-ts-author-cases-summary');
  await expect(casesSummary).toHaveText(`${count} of ${count} test cases pass`, { timeout: 30_000 });
  await expect(problems(page)).toHaveCount(0);
  // The safety checks wait to be asked for: on the page's thread they would hold the page on every pause.
  const summary = page.locator('.ts-author__problem-summary');
  await expect(summary).toHaveText('No problems found. The safety checks have not been run on this version.');
  await expectAccessible(page, 'the single file, safety checks to ask for');

  // A phone number with a letter O for a zero: the problem, at its place.
  await findInEditor(page, '01384 812440');
  await page.keyboard.type('01384 81244O');
  const problem = problems(page).filter({ hasText: '"01384 81244O" is not a telephone number' });
  await expect(problem).toHaveCount(1, { timeout: 15_000 });
  await expect(page.locator('.cm-lintRange-error')).toHaveText('"01384 81244O"');
  await problem.getByRole('button', { name: /Show in the text/ }).click();
  await page.keyboard.type('"01384 812441"');
  await expect(problem).toHaveCount(0, { timeout: 15_000 });
  await expect(casesSummary).toHaveText(`${count} of ${count} test cases pass`, { timeout: 15_000 });

  // The preview: the screener's engine, from inside the file, runs the draft to a result.
  await tab(page, 'Preview').click();
  const preview = page.locator('#ts-author-preview');
  await expect(preview.locator('[data-module="ts-screener"][data-state="ready"]')).toBeAttached({ timeout: 20_000 });
  await answer(page, 'No');
  await answerAge(page, { months: 4 });
  await answer(page, 'Yes');
  await answer(page, 'None');
  await tick(page, 'bruise', 'I am a non-mobile baby/child with a bruise or an injury');
  await drawing(page, () => continueButton(page).click());
  await answer(page, 'Not yet asked');
  await expect(preview).toContainText('Level 4: Specialist / Statutory Support');

  // The safety checks, asked for: every combination of answers.
  await page.getByRole('button', { name: 'Check every combination of answers for safety' }).click();
  await expect(summary).toHaveText(/^No problems found\. [\d,]+ combinations of answers were checked for safety\.$/, {
    timeout: 90_000,
  });
  await expect(page.getByRole('button', { name: 'Check every combination of answers for safety' })).toBeHidden();

  // The change since the file was opened, and the file saved as edited.
  await tab(page, 'Changes').click();
  const changes = page.locator('.ts-author__change');
  await expect(changes).toHaveCount(1);
  await expect(changes.first()).toContainText('phone number changed from 01384 812440 to 01384 812441');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save guidance file' }).click();
  const saved = JSON.parse(fs.readFileSync((await (await download).path())!, 'utf8'));
  expect(saved.contacts.find((c: { phone?: string }) => c.phone === '01384 812441')).toBeTruthy();

  expect(page.workers()).toHaveLength(0);
  expect(requests).toEqual([url]);
  expect(guard.late).toEqual([]);
});
