// Complete Dudley screenings, as a practitioner does them.
import type { Page } from '@playwright/test';
import {
  test,
  expect,
  open,
  answer,
  answerAge,
  choosePartnership,
  tick,
  continueButton,
  liveRegion,
  TODAY,
  screenBabyWithBruise,
  answerMobilityIfAsked,
  expectAccessible,
  pack,
  noneOfThese,
} from './fixtures';

const DUDLEY = 'Dudley Safeguarding People Partnership';

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(TODAY);
});

test('a four-month-old non-mobile baby with a bruise is level 4 with a strategy discussion', async ({
  page,
  guard,
}) => {
  await open(page, guard);
  await choosePartnership(page, DUDLEY);
  await answer(page, 'No');
  await answerAge(page, { months: 4 });
  await expect(page.getByRole('heading', { name: 'Is the baby non-mobile?' })).toBeVisible();
  await answer(page, 'Yes');
  await answer(page, 'None');
  await expect(page.getByRole('heading', { name: 'What are you seeing?' })).toBeVisible();
  await tick(page, 'bruise', 'I am a non-mobile baby/child with a bruise or an injury');
  await expect(liveRegion(page)).toHaveText('Indicative level so far: Level 4, Specialist / Statutory Support');
  await continueButton(page).click();
  await answer(page, 'Not yet asked');

  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Level 4: Specialist \/ Statutory Support/);
  await expect(page.getByText(/This result is indicative/)).toBeVisible();
  const why = page.locator('section', { has: page.getByRole('heading', { name: 'Why', exact: true }) });
  await expect(why.getByText('I am a non-mobile baby/child with a bruise or an injury')).toBeVisible();
  await expect(
    why.getByText(/Source: Dudley Support Level Guidance and Framework, Health, Care and Protection/).first(),
  ).toBeVisible();
  const doNow = page.locator('section', { has: page.getByRole('heading', { name: 'What to do now' }) });
  await expect(doNow.getByText(/strategy discussion/i).first()).toBeVisible();
  await expect(doNow.getByRole('link', { name: /0300 555 0050/ }).first()).toHaveAttribute('href', 'tel:03005550050');
  await expect(doNow.getByRole('link', { name: /0300 555 8574/ }).first()).toHaveAttribute('href', 'tel:03005558574');
  // The rest waits, closed, behind one-line summaries.
  await page.getByText('What to include in the referral').click();
  await expect(
    page
      .getByText('The cause for concern and the child’s safety now')
      .or(page.getByText("The cause for concern and the child's safety now")),
  ).toBeVisible();
  await page.getByText(/^Procedures: step up, step down and escalation/).click();
  await expect(page.getByRole('link', { name: /Stepping up/ })).toBeVisible();
});

test('immediate danger shows 999 first, then the local number, and nothing else in the way', async ({
  page,
  guard,
}) => {
  await open(page, guard);
  await choosePartnership(page, DUDLEY);
  await answer(page, 'Yes');
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toHaveText('Call 999 now');
  await expect(heading).toBeFocused();
  await expect(page.getByRole('link', { name: 'Call 999' })).toHaveAttribute('href', 'tel:999');
  // The local number comes after 999, with its out-of-hours cover.
  await expect(page.getByRole('link', { name: '0300 555 0050' })).toHaveAttribute('href', 'tel:03005550050');
  await expect(page.getByRole('link', { name: '0300 555 8574' })).toBeVisible();
  await expect(
    page.getByText('If there is a concern that a child is immediately at risk, call the Police on 999.'),
  ).toBeVisible();
  // No question, no checkbox, no button stands between the practitioner and the call.
  await expect(page.getByRole('radio')).toHaveCount(0);
  await expect(page.getByRole('checkbox')).toHaveCount(0);
  await expect(page.getByRole('button')).toHaveCount(0);
  const order = await page.locator('.js-ts-page').evaluate((el) => {
    const t = el.textContent ?? '';
    return [t.indexOf('999'), t.indexOf('0300 555 0050')];
  });
  expect(order[0]).toBeGreaterThanOrEqual(0);
  expect(order[0]).toBeLessThan(order[1]);

  // After the call the screening can carry on, and the result still leads with 999.
  await page.getByRole('link', { name: 'After the call, carry on with the screening' }).click();
  await answerAge(page, { years: 9 });
  await answerMobilityIfAsked(page);
  await answer(page, 'None');
  await noneOfThese(page);
  await continueButton(page).click();
  await answer(page, 'Not yet asked');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Call 999 now');
  await expect(page.getByRole('heading', { name: /Level 4: Specialist/ })).toBeVisible();
});

test('consent refused at level 3 says what happens next', async ({ page, guard }) => {
  await open(page, guard);
  await choosePartnership(page, DUDLEY);
  await answer(page, 'No');
  await answerAge(page, { years: 14 });
  await answerMobilityIfAsked(page);
  await answer(page, 'A single agency (for example school, health visitor or GP)');
  await tick(page, 'bullied', 'I am being bullied within my education provision');
  await tick(page, 'missing', 'I regularly go missing from home or school');
  await continueButton(page).click();
  await answer(page, 'No, consent has been refused');

  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Level 3: Early Help Targeted Support/);
  const consent = page.locator('.ts-result__consent');
  await expect(consent.getByRole('heading', { name: 'Consent', exact: true })).toBeVisible();
  await expect(consent).not.toContainText('Do not go ahead without consent');
  await page.getByText('Your answers (change them)').click();
  await expect(page.getByRole('definition').filter({ hasText: 'No, consent has been refused' })).toBeVisible();
  await expect(page.locator('.ts-result__now')).not.toContainText(/strategy discussion/i);
});

/** Presses Tab until the element with this role and name has focus (keyboard only). */
async function tabTo(page: Page, role: Parameters<Page['getByRole']>[0], name: string | RegExp) {
  const target = page.getByRole(role, { name, exact: typeof name === 'string' });
  for (let i = 0; i < 60; i += 1) {
    if (await target.evaluate((el) => el === document.activeElement || el.matches(':focus')).catch(() => false)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`could not reach ${role} "${name}" with Tab`);
}

test('a level 2 single-agency case, keyboard only', async ({ page, guard }) => {
  await open(page, guard, 'index.html?pack=dudley');
  await expect(page.getByRole('heading', { name: 'Is the child in immediate danger?' })).toBeVisible();
  // Immediate danger: Tab to the radios, arrow to "No", Enter submits.
  await tabTo(page, 'radio', 'Yes');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('radio', { name: 'No' })).toBeChecked();
  await page.keyboard.press('Enter');
  // Age: choose "One year old or older", type 8.
  await expect(page.getByRole('heading', { name: 'How old is the child?' })).toBeFocused();
  await tabTo(page, 'radio', 'Unborn');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('radio', { name: 'One year old or older' })).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('textbox', { name: 'Age in years' })).toBeFocused();
  await page.keyboard.type('8');
  await page.keyboard.press('Enter');
  // An 8-year-old is not asked whether they are mobile.
  // Involvement: a single agency.
  await expect(page.getByRole('heading', { name: 'Which services are involved with the child now?' })).toBeFocused();
  await tabTo(page, 'radio', 'None');
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('radio', { name: /A single agency/ })).toBeChecked();
  await page.keyboard.press('Enter');
  // What you are seeing: search, tick with Space.
  await expect(page.getByRole('heading', { name: 'What are you seeing?' })).toBeFocused();
  await tabTo(page, 'searchbox', 'Search the indicators');
  await page.keyboard.type('attendance');
  await tabTo(
    page,
    'checkbox',
    'There are concerns regarding my school attendance; I sometimes truant or have absences from school',
  );
  await page.keyboard.press('Space');
  await tabTo(page, 'searchbox', 'Search the indicators');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('parenting');
  await tabTo(page, 'checkbox', 'My parents/carers require advice on parenting issues');
  await page.keyboard.press('Space');
  await expect(liveRegion(page)).toHaveText('Indicative level so far: Level 2, Early Help Additional Support');
  await tabTo(page, 'button', 'Continue');
  await page.keyboard.press('Enter');
  // Consent given.
  await expect(page.getByRole('heading', { name: /Has the family agreed/ })).toBeFocused();
  await tabTo(page, 'radio', 'Yes, consent has been given');
  await page.keyboard.press('Space');
  await page.keyboard.press('Enter');

  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Level 2: Early Help Additional Support/);
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  const why = page.locator('section', { has: page.getByRole('heading', { name: 'Why', exact: true }) });
  await expect(why.getByText('My parents/carers require advice on parenting issues')).toBeVisible();
  await expect(why.getByText(/There are concerns regarding my school attendance/)).toBeVisible();
});

test('errors are shown GOV.UK style, and Back never loses answers', async ({ page, guard }) => {
  await open(page, guard, 'index.html?pack=dudley');
  await continueButton(page).click();
  await expect(page.getByRole('alert')).toContainText('There is a problem');
  await expect(page.getByRole('link', { name: 'Select yes if the child is in immediate danger' })).toBeVisible();
  await expect(page).toHaveTitle(/^Error: /);
  await page.getByRole('link', { name: 'Select yes if the child is in immediate danger' }).click();
  await expect(page.getByRole('radio', { name: 'Yes' })).toBeFocused();
  await answer(page, 'No');
  await page.getByRole('radio', { name: 'One year old or older' }).check();
  await page.getByRole('textbox', { name: 'Age in years' }).fill('eleven');
  await continueButton(page).click();
  await expect(page.getByRole('link', { name: 'Enter the age in years as a number from 1 to 25' })).toBeVisible();
  await page.getByRole('textbox', { name: 'Age in years' }).fill('11');
  await continueButton(page).click();
  await answer(page, 'Early help');
  await tick(page, 'bullied', 'I am being bullied within my education provision');

  // Back with the page's link and the browser's button: every answer is still there.
  await page.getByRole('link', { name: 'Back', exact: true }).click();
  await expect(page.getByRole('radio', { name: 'Early help' })).toBeChecked();
  await page.goBack();
  await expect(page.getByRole('radio', { name: 'One year old or older' })).toBeChecked();
  await expect(page.getByRole('textbox', { name: 'Age in years' })).toHaveValue('11');
  await page.goForward();
  await page.goForward();
  await expect(page.getByRole('checkbox', { name: 'I am being bullied within my education provision' })).toBeChecked();
  await expect(liveRegion(page)).toHaveText('Indicative level so far: Level 3, Early Help Targeted Support');
});

test('the result updates live, Change returns to the result, and Start again clears everything', async ({
  page,
  guard,
}) => {
  await open(page, guard, 'index.html?pack=dudley');
  await answer(page, 'No');
  await answerAge(page, { years: 10 });
  await answerMobilityIfAsked(page);
  await answer(page, 'None');
  const live = liveRegion(page);
  await expect(live).toHaveAttribute('aria-live', 'polite');
  // No level is shown before a concern is ticked: it would anchor the practitioner.
  await expect(live).toHaveText('');
  await expect(page.getByText(/Indicative level so far/)).toHaveCount(0);
  await tick(
    page,
    'attendance',
    'There are concerns regarding my school attendance; I sometimes truant or have absences from school',
  );
  await expect(live).toHaveText('Indicative level so far: Level 2, Early Help Additional Support');
  await continueButton(page).click();
  await answer(page, 'Yes, consent has been given');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Level 2/);

  await page.getByText('Your answers (change them)').click();
  await page.getByRole('link', { name: 'Change what you are seeing' }).click();
  await tick(page, 'bullied', 'I am being bullied within my education provision');
  await continueButton(page).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Level 3/);

  await page.getByRole('button', { name: 'Start again' }).click();
  await page.getByRole('button', { name: 'Start now' }).click();
  await expect(page.getByRole('heading', { name: 'Is the child in immediate danger?' })).toBeVisible();
  await expect(page.getByRole('radio', { name: 'Yes' })).not.toBeChecked();
  await expect(page.getByRole('radio', { name: 'No' })).not.toBeChecked();
});

test('search filters the indicators as you type', async ({ page, guard }) => {
  await open(page, guard, 'index.html?pack=dudley');
  await answer(page, 'No');
  await answerAge(page, { years: 15 });
  await answerMobilityIfAsked(page);
  await answer(page, 'None');
  // Every indicator is on the page, in closed GOV.UK details (one per domain).
  const all = await page.locator('input[type="checkbox"]').count();
  expect(all).toBeGreaterThan(100);
  // Only "None of these" shows until a domain is opened.
  await expect(page.getByRole('checkbox')).toHaveCount(1);
  await expect(page.getByRole('checkbox', { name: 'None of these' })).toBeVisible();
  const box = page.getByRole('searchbox', { name: 'Search the indicators' });
  await box.pressSequentially('knif', { delay: 20 });
  await expect(page.getByRole('status').filter({ hasText: /match/ })).toContainText('“knif”');
  // The domains with a match open; only matching indicators show.
  const shown = await page.getByRole('checkbox').count();
  expect(shown).toBeGreaterThan(0);
  expect(shown).toBeLessThan(all);
  await expect(page.getByRole('checkbox', { name: /knife/ }).first()).toBeVisible();
  await box.fill('zzzzqqq');
  await expect(page.getByText('No indicator matches “zzzzqqq”. Try another word, or clear the search.')).toBeVisible();
  await box.fill('');
  await expect(page.getByRole('heading', { name: 'Strengths' })).toBeVisible();
  // Strengths are kept apart from concerns and carry no level tag.
  await expect(page.getByRole('heading', { name: 'Concerns' })).toBeVisible();
});

// The search box's examples are the partnership's own, and each finds something in its guidance.
for (const id of ['dudley', 'medway']) {
  test(`${id}: the search hint's examples are the guidance's own, and each finds an indicator`, async ({
    page,
    guard,
  }) => {
    const examples: string[] = pack(id).partnership.search_examples;
    expect(examples.length).toBeGreaterThan(0);
    await open(page, guard, `index.html?pack=${id}`);
    await answer(page, 'No');
    await answerAge(page, { years: 15 });
    await answerMobilityIfAsked(page);
    await answer(page, /^None/);
    const box = page.getByRole('searchbox', { name: 'Search the indicators' });
    await expect(box).toHaveAccessibleDescription(
      `For example: ${examples.join(', ')}. The list below shows only what matches.`,
    );
    for (const word of examples) {
      await box.fill(word);
      await expect(page.getByRole('status').filter({ hasText: /match/ })).toContainText(`“${word}”`);
      await expect(page.getByText(`No indicator matches “${word}”`)).toHaveCount(0);
      expect(await page.getByRole('checkbox').count()).toBeGreaterThan(1);
    }
  });
}

test('copy summary puts a plain-text summary with no personal data on the clipboard', async ({
  page,
  guard,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await open(page, guard, 'index.html?pack=dudley');
  await screenBabyWithBruise(page, 'Not yet asked');
  // The short summary, for a case note: at most 250 words.
  await page.getByRole('button', { name: 'Copy summary', exact: true }).click();
  await expect(page.getByText('Summary copied.')).toBeVisible();
  const short = await page.evaluate(() => navigator.clipboard.readText());
  expect(short).toContain('Indicative level: Level 4, Specialist / Statutory Support');
  expect(short).toContain('"I am a non-mobile baby/child with a bruise or an injury"');
  expect(short).toMatch(/strategy discussion/i);
  expect(short).toContain('0300 555 0050');
  expect(short).toContain('Date: Monday 23 November 2026');
  expect(short.split(/\s+/).filter(Boolean).length).toBeLessThanOrEqual(250);
  expect(short).not.toMatch(/<[a-z]/i); // plain text, no markup
  // The full summary: the answers and every citation too.
  await page.getByRole('button', { name: 'Copy full summary' }).click();
  const full = await page.evaluate(() => navigator.clipboard.readText());
  expect(full).toContain('(Source: ');
  expect(full).toContain('Age: 4 months old');
  expect(full.length).toBeGreaterThan(short.length);
  expect(full).not.toMatch(/<[a-z]/i);
});

test('answers saved to a file open again later, and nothing is stored in the browser', async ({ page, guard }) => {
  await open(page, guard, 'index.html?pack=dudley');
  await answer(page, 'No');
  await answerAge(page, { years: 14 });
  await answerMobilityIfAsked(page);
  await answer(page, 'Child in need plan');
  await tick(page, 'bullied', 'I am being bullied within my education provision');
  await continueButton(page).click();
  await answer(page, 'No, consent has been refused');
  // A child in need plan is statutory involvement: level 4 in Dudley's pack.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Level 4/);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save answers to a file' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('threshold-answers-dudley-2026-11-23.json');
  const saved = JSON.parse(
    await (await file.createReadStream()).toArray().then((b) => Buffer.concat(b).toString('utf8')),
  );
  expect(saved).toMatchObject({
    format: 'threshold-screener-answers',
    version: 1,
    pack: 'dudley',
    answers: { age_years: 14, consent: 'refused', involvement: 'child_in_need', indicators: ['education_3_bullied'] },
  });
  expect(JSON.stringify(saved)).not.toMatch(/name|address|birth/i);

  await page.getByRole('button', { name: 'Start again' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Screen a concern about a child/);
  await page.getByText('Carry on from a saved answers file').click();
  await page
    .getByLabel('Open answers file')
    .setInputFiles({ name: 'answers.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(saved)) });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Level 4/);
  await page.getByText('Your answers (change them)').click();
  await expect(page.getByRole('definition').filter({ hasText: 'No, consent has been refused' })).toBeVisible();
  await expect(page.getByRole('definition').filter({ hasText: 'Child in need plan' })).toBeVisible();

  // A file that is not an answers file is refused with a message; nothing changes.
  await page
    .getByLabel('Open answers file')
    .setInputFiles({ name: 'x.json', mimeType: 'application/json', buffer: Buffer.from('{"hello": 1}') });
  await expect(
    page.getByText('The file could not be opened: this is not a Threshold Screener answers file'),
  ).toBeVisible();
  await page.getByLabel('Open answers file').setInputFiles({
    name: 'y.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ ...saved, answers: { indicators: ['no_such_indicator'] } })),
  });
  await expect(page.getByText(/The file could not be opened: .*answers\.unknown_indicator/)).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Level 4/);

  const stored = await page.evaluate(async () => ({
    local: localStorage.length,
    session: sessionStorage.length,
    cookie: document.cookie,
    idb: (await indexedDB.databases()).length,
  }));
  expect(stored).toEqual({ local: 0, session: 0, cookie: '', idb: 0 });
});

test('leaving with answers on the page asks first', async ({ page, guard }) => {
  await open(page, guard, 'index.html?pack=dudley');
  await answer(page, 'No');
  guard.allowRequests(); // this test navigates away on purpose
  const dialog = new Promise<string>((resolve) => {
    page.once('dialog', async (d) => {
      resolve(d.type());
      await d.dismiss();
    });
  });
  await page.goto('about:blank').catch(() => undefined);
  expect(await dialog).toBe('beforeunload');
  await expect(page.getByRole('heading', { name: 'How old is the child?' })).toBeVisible();
});

// A consent that cannot be told yet is decided by one question: asked under the step that says so,
// not a screen further down. Answered, the verdict and the referral step change with it.
test('the question that decides consent is answered under the step that asks it', async ({ page, guard }) => {
  await open(page, guard, 'index.html?pack=medway');
  await answer(page, 'No');
  await answerAge(page, { years: 6 });
  await answerMobilityIfAsked(page);
  await answer(page, 'None');
  // Private fostering: a Level 3 concern that does not itself say significant harm (issue 23).
  await tick(page, 'fostering', 'Private Fostering');
  await continueButton(page).click();
  await answer(page, 'No, consent has been refused');
  const step = page.locator('.ts-result__now .ts-steps__step--consent');
  await expect(step).toContainText('Cannot tell yet');
  const name = 'Do you suspect that the child is suffering, or is likely to suffer, significant harm?';
  await expect(step.getByRole('group', { name })).toBeVisible();
  await expect(page.getByRole('group', { name })).toHaveCount(1); // asked once
  await expect(page.locator('.ts-result__now')).toContainText('When the consent question is settled:');
  await expectAccessible(page, 'consent question under its step');
  await step.getByRole('group', { name }).getByRole('radio', { name: 'No', exact: true }).check();
  await expect(page.locator('.ts-result__now .ts-steps__step--consent')).toContainText('Do not refer without consent');
  await expect(page.locator('.ts-result__now')).toContainText('If the advice is to refer:');
  await expect(page.getByRole('group', { name })).toHaveCount(1);
});

// Issue 23, case 5: a concern that already says significant harm (Medway: significant evidence of
// exploitation) is not asked about again; the contact with its number comes first, then the consent
// line, which lets the referral go ahead; the printout carries no unanswered question.
test('a tick that already says significant harm puts protection first and asks nothing more', async ({
  page,
  guard,
}) => {
  await open(page, guard, 'index.html?pack=medway');
  await answer(page, 'No');
  await answerAge(page, { years: 14 });
  await answerMobilityIfAsked(page);
  await answer(page, 'None');
  await tick(
    page,
    'exploitation',
    'Significant evidence of exploitation (e.g. sexual, criminal, gang affiliation and drug exploitation)',
  );
  await continueButton(page).click();
  await answer(page, 'No, consent has been refused');
  const steps = page.locator('.ts-result__now .ts-steps__step');
  await expect(steps.first()).toHaveAttribute('data-step', 'route_statutory_referral');
  await expect(
    steps
      .first()
      .getByRole('link', { name: /01634 334466/ })
      .first(),
  ).toBeVisible();
  await expect(page.locator('.ts-result__now .ts-steps__step--consent')).toContainText(
    'Go ahead without consent, and record why.',
  );
  await expect(page.locator('.ts-result')).not.toContainText('Cannot tell yet');
  const name = 'Do you suspect that the child is suffering, or is likely to suffer, significant harm?';
  await expect(page.getByRole('group', { name })).toHaveCount(0);
  await expectAccessible(page, 'significant harm implied');
});

// Issue 23, case 11: Continue with nothing ticked is refused with a GOV.UK error (nothing ticked is not
// "no concerns"); "None of these" gives the guidance's own words for a child with no additional needs.
test('Continue needs a tick or "None of these", which gives the guidance\'s own words', async ({ page, guard }) => {
  await open(page, guard, 'index.html?pack=medway');
  await answer(page, 'No');
  await answerAge(page, { years: 7 });
  await answerMobilityIfAsked(page);
  await answer(page, 'None');
  await continueButton(page).click();
  const message = 'Tick what you are seeing, or tick “None of these”';
  await expect(page.getByRole('alert')).toContainText(message);
  await expect(page.getByRole('heading', { name: 'What are you seeing?' })).toBeVisible();
  await expect(page.locator('.ts-indicators__none .govuk-error-message')).toContainText(message);
  await expectAccessible(page, 'nothing ticked');
  await page.getByRole('alert').getByRole('link', { name: message }).click();
  await expect(page.getByRole('checkbox', { name: 'None of these', exact: true })).toBeFocused();
  await noneOfThese(page);
  await continueButton(page).click();
  await answer(page, 'Not yet asked');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Level 1/);
  await expect(page.locator('.ts-result__no-concerns')).toHaveText(
    'Children whose health and developmental needs will be met by good parental care and the universal services that are available to all children.',
  );
});
