// Hostile input on the page (issue 10) and the practitioner's own words in the search (issue 9, §6).
import { test, expect, open, answer, answerAge, answerMobilityIfAsked, startNow } from './fixtures';
import type { Page } from '@playwright/test';

async function toIndicators(page: Page) {
  await answer(page, 'No');
  await answerAge(page, { years: 15 });
  await answerMobilityIfAsked(page);
  await answer(page, 'None');
}

test('the search box takes 200 characters and finds the guidance from a practitioner’s words', async ({ page, guard }) => {
  await open(page, guard, 'index.html?pack=dudley');
  await toIndicators(page);
  const box = page.getByRole('searchbox', { name: 'Search the indicators' });
  // Issue 10, defect 6: no maxlength, and a pasted flood searched on every keystroke.
  await expect(box).toHaveAttribute('maxlength', '200');
  await box.fill('knife '.repeat(20000));
  expect((await box.inputValue()).length).toBe(200);
  await expect(page.getByRole('checkbox', { name: /knife/ }).first()).toBeVisible();
  // Issue 9, §6: "nudes", "selfharm" and "self-harm" once found nothing.
  await box.fill('nudes');
  await expect(page.getByRole('checkbox', { name: 'I may be at risk due to online contacts/conduct and content' })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: 'I am vulnerable to being sexually abused or exploited' })).toBeVisible();
  for (const query of ['selfharm', 'self-harm']) {
    await box.fill(query);
    await expect(page.getByRole('checkbox', { name: 'I am showing self-harming behaviours and need support for myself and my family' })).toBeVisible();
    await expect(page.getByRole('checkbox', { name: /My own life is at risk through self-harm/ })).toBeVisible();
  }
});

test('a hostile answers file is refused with a short, printable message and the page carries on', async ({ page, guard }) => {
  // The start page offers to carry on from a saved file.
  await open(page, guard, 'index.html?pack=dudley', { start: false });
  const wrap = (answers: unknown) => Buffer.from(JSON.stringify({ format: 'threshold-screener-answers', version: 1, pack: 'dudley', answers }));
  await page.getByText('Carry on from a saved answers file').click();
  const input = page.getByLabel('Open answers file');
  // Issue 10, defect 2: ESC and BEL reached the output raw; a long value was echoed whole.
  await input.setInputFiles({ name: 'a.json', mimeType: 'application/json', buffer: wrap({ consent: '\u001b]0;owned\u0007\u001b[2J', date: '9'.repeat(20000) }) });
  const message = page.getByText(/The file could not be opened/);
  await expect(message).toBeVisible();
  const text = await message.innerText();
  expect(text).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
  expect(text.length).toBeLessThan(2000);
  // Issue 10, defect 1: a 462 KB file of repeated keys froze the page for 11 s; now it is refused at once.
  const flood = `{"format":"threshold-screener-answers","version":1,"pack":"dudley","answers":{"x":{${Array.from({ length: 70000 }, () => '"a":0').join(',')}}}}`;
  await input.setInputFiles({ name: 'b.json', mimeType: 'application/json', buffer: Buffer.from(flood) });
  await expect(page.getByText(/The file could not be opened/)).toBeVisible();
  // The page still works: the start page, then the first question.
  await startNow(page);
  await answer(page, 'No');
  await answerAge(page, { years: 15 });
});
