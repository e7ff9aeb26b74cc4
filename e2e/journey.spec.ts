// The journey a safeguarding lead uses on day one (issue 9): the start page, questions asked only when
// the engine says they apply, indicators for the child's age first, the result first on a phone,
// entry pages for guidance without an indicator matrix, procedures as first-class entries, no
// horizontal scroll at 320 px, plain words, and the page and `threshold evaluate` agreeing.
// Driven by role and accessible name; axe (WCAG 2.2 AA) on every new state.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import type { Page } from '@playwright/test';
import {
  test,
  expect,
  open,
  answer,
  answerAge,
  choosePartnership,
  continueButton,
  tick,
  startNow,
  screenFromEntry,
  expectAccessible,
  expectNoSideScroll,
  procedureName,
  described,
  pack,
  ROOT,
  TODAY,
  screenBabyWithBruise,
  noneOfThese,
} from './fixtures';

test.describe.configure({ timeout: 120_000 });

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(TODAY);
});

const DUDLEY = 'Dudley Safeguarding People Partnership';

/** Whether the element lies wholly inside the first viewport (the page scrolled to the top). */
async function inFirstScreen(page: Page, selector: ReturnType<Page['locator']>) {
  await page.evaluate(() => window.scrollTo(0, 0));
  const box = await selector.boundingBox();
  const height = page.viewportSize()!.height;
  return box != null && box.y >= 0 && box.y + box.height <= height;
}

test('§4 start page: 999 warning on the first screen, guidance and date, privacy, Start now, procedures, offline', async ({
  page,
  guard,
}) => {
  await page.setViewportSize({ width: 375, height: 667 });
  await open(page, guard, 'index.html', { start: false });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Screen a concern about a child');
  const warning = page.getByText('If a child is in immediate danger, call 999.').filter({ visible: true });
  expect(await inFirstScreen(page, warning)).toBe(true);
  await expect(page.getByRole('link', { name: 'Call 999' })).toHaveAttribute('href', 'tel:999');
  await expect(page.getByText(/, Dudley Safeguarding People Partnership Guidance undated, checked /)).toBeVisible();
  await expect(
    page.getByText(/Medway Safeguarding Children Partnership Guidance dated March 2021, checked /),
  ).toBeVisible();
  await expect(page.getByText(/Your answers never leave this device/)).toBeVisible();
  await expect(page.getByText(/does not make the decision for you/)).toBeVisible();
  await expect(page.getByRole('link', { name: 'Download for offline use' })).toHaveAttribute(
    'download',
    'threshold-screener.html',
  );
  await page.getByText('Procedures in the Walsall guidance').click();
  await expect(page.getByRole('link', { name: 'Step Down From CIN' })).toBeVisible();
  await expectAccessible(page, 'start page');
  await expectNoSideScroll(page, 'start page');
  await startNow(page);
  await expect(page.getByRole('heading', { name: /Which partnership/ })).toBeVisible();
});

test('§1 result first: at 375×667 the level, the first number, the strategy discussion and Print are on the first screen', async ({
  page,
  guard,
}) => {
  await page.setViewportSize({ width: 375, height: 667 });
  await open(page, guard);
  await choosePartnership(page, DUDLEY);
  await screenBabyWithBruise(page, 'Not yet asked');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Level 4: Specialist/);
  const phone = page.locator('.ts-result__now a[href^="tel:"]:not([href="tel:999"])').first();
  await expect(phone).toHaveAttribute('href', 'tel:03005550050');
  expect(await inFirstScreen(page, phone)).toBe(true);
  expect(await inFirstScreen(page, page.getByRole('button', { name: 'Print' }))).toBe(true);
  expect(await inFirstScreen(page, page.getByRole('button', { name: 'Copy summary', exact: true }))).toBe(true);
  const strategy = page.locator('.ts-steps__step--strategy_discussion .ts-steps__text');
  expect(await inFirstScreen(page, strategy)).toBe(true);
  // The guidance's jargon is explained where it is first used, from the partnership's glossary.
  await expect(page.locator('.ts-steps__step').first().locator('.ts-steps__term')).toContainText('MASH:');
  await expect(page.locator('.ts-steps__term', { hasText: 'MASH:' })).toHaveCount(1);
  // Out-of-hours cover is a click-to-call link too.
  await expect(
    page
      .locator('.ts-result__now')
      .getByRole('link', { name: /0300 555 8574/ })
      .first(),
  ).toHaveAttribute('href', 'tel:03005558574');
  // Then "Why"; everything else is closed, each with a one-line summary.
  await expect(page.getByRole('heading', { name: 'Why', exact: true })).toBeVisible();
  const closed = page.locator('.ts-result__rest > details');
  expect(await closed.count()).toBeGreaterThan(3);
  for (const d of await closed.all()) {
    expect(await d.evaluate((el) => (el as HTMLDetailsElement).open)).toBe(false);
    const summary = (await d.locator('summary').innerText()).trim();
    expect(summary.split('\n').length).toBe(1);
  }
  // No statement twice: the consent sentence, the strategy discussion.
  const text = await page.locator('.ts-result').innerText();
  const sentence = await page.evaluate(
    () => document.querySelector('.ts-steps__step--consent .ts-steps__text')?.textContent ?? '',
  );
  if (sentence) expect(text.split(sentence).length - 1).toBe(1);
  expect(text.match(/strategy discussion will need to be held/g)?.length ?? 0).toBeLessThanOrEqual(1);
  await expectAccessible(page, 'result at 375×667');
  await expectNoSideScroll(page, 'result at 375');
  // At 320 px wide the first number is still on the first screen: with a strategy discussion
  // indicated, the contact comes first and the consent line after it (issue 23).
  await page.setViewportSize({ width: 320, height: 640 });
  expect(await inFirstScreen(page, phone)).toBe(true);
  await expect(page.locator('.ts-steps__step').first()).toHaveAttribute('data-step', 'route_statutory_referral');
  await expectNoSideScroll(page, 'result at 320');
});

test('§7 compare: beside a ticked concern, the same domain one level up and down, from the engine', async ({
  page,
  guard,
}) => {
  await open(page, guard, 'index.html?pack=dudley');
  await answer(page, 'No');
  await answerAge(page, { years: 9 });
  await answer(page, 'None');
  await tick(page, 'bullied', 'I am being bullied within my education provision');
  await continueButton(page).click();
  await answer(page, 'Yes, consent has been given');
  const reason = page
    .locator('.ts-result__reason')
    .filter({ hasText: 'I am being bullied within my education provision' });
  const compare = reason.locator('details').filter({ hasText: 'Compare with the levels either side' });
  await expect(compare).toHaveCount(1);
  await compare.locator('summary').click();
  // What the engine gives as the neighbours (the outcome's comparison for the reason's domain and
  // level, by id; the words from describe) is what the page lists.
  const cli = JSON.parse(
    execFileSync(
      path.join(ROOT, 'build', 'native', 'threshold'),
      ['evaluate', '--pack', path.join(ROOT, 'content', 'dudley', 'pack.json'), '--answers', '-'],
      {
        input: JSON.stringify({
          date: '2026-11-23',
          immediate_danger: false,
          age_years: 9,
          involvement: 'none',
          consent: 'given',
          indicators: ['education_3_bullied'],
        }),
      },
    ).toString(),
  );
  const neighbours = cli.comparisons.find((c: any) => c.domain === 'education' && c.level === 3);
  const words = new Map(described('dudley').domains.flatMap((d: any) => d.indicators.map((i: any) => [i.id, i])));
  const headings = { up: 'What would make this Level {level}', down: 'What Level {level} looks like' };
  for (const [side, ids] of [
    ['up', neighbours.up],
    ['down', neighbours.down],
  ] as const) {
    if (!ids.length) continue;
    const list = ids.map((id: string) => words.get(id) as any);
    await expect(
      compare.getByRole('heading', { name: headings[side].replace('{level}', String(list[0].level)) }),
      side,
    ).toBeVisible();
    for (const i of list) await expect(compare.getByText(i.text, { exact: true })).toBeVisible();
  }
  expect(neighbours.up.length + neighbours.down.length).toBeGreaterThan(0);
  await expectAccessible(page, 'compare open');
});

test('§2 consent: a "do not delay" verdict is warning text, and the significant-harm question is asked where it decides', async ({
  page,
  guard,
}) => {
  // Walsall, immediate danger and consent refused: never "do not go ahead without consent".
  await open(page, guard, 'index.html?pack=walsall');
  await screenFromEntry(page);
  await answer(page, 'Yes');
  await page.getByRole('link', { name: 'After the call, carry on with the screening' }).click();
  await answerAge(page, { years: 9 });
  await answer(page, 'None');
  await continueButton(page).click();
  await answer(page, 'No, consent has been refused');
  await expect(page.getByText(/Do not go ahead without consent/)).toHaveCount(0);
  await expectAccessible(page, 'Walsall danger, consent refused');

  // Medway, consent refused: the engine asks whether significant harm is suspected.
  guard.allowRequests(); // a second page load
  await open(page, guard, 'index.html?pack=medway');
  await answer(page, 'No');
  await answerAge(page, { years: 9 });
  if (await page.getByRole('heading', { name: /non-mobile\?$/ }).isVisible()) await answer(page, 'No');
  await answer(page, 'Child in need plan');
  await noneOfThese(page);
  await continueButton(page).click();
  await answer(page, 'No, consent has been refused');
  const question = page.getByRole('group', { name: /significant harm/i });
  await expect(question).toBeVisible();
  await expect(page.getByText(/Cannot tell yet/).first()).toBeVisible();
  await expectAccessible(page, 'consent question');
  await question.getByRole('radio', { name: 'Yes' }).check();
  // The engine re-decides; the answered question stays, checked and focused, so it can be changed.
  await expect(question.getByRole('radio', { name: 'Yes' })).toBeChecked();
  await expect(question.getByRole('radio', { name: 'Yes' })).toBeFocused();
  await expect(page.getByText('Go ahead without consent, and record why.').first()).toBeVisible();
  // What to record is said once: here it is the exception's own last sentence, quoted.
  const consentText = await page.locator('.ts-result__consent').innerText();
  expect(consentText.split('state on the contact and referral what action you have taken').length - 1).toBe(1);
  await expectAccessible(page, 'consent answered');
  await question.getByRole('radio', { name: 'Not sure' }).check();
  await expect(page.getByText(/ring .* for advice now, before deciding about consent/).first()).toBeVisible();
  await expect(page.getByText(/Do not go ahead without consent/)).toHaveCount(0);
});

// The engine decides which guidance has no indicator matrix (describe().has_matrix): Walsall and
// Gloucestershire. Luton's three named concerns count as a list, so it opens on the questions.
for (const id of ['walsall', 'gloucestershire']) {
  test(`§3 ${id}: the entry page shows its procedures and the contacts its source gives, without any answer`, async ({
    page,
    guard,
  }) => {
    const p = pack(id);
    await open(page, guard, `index.html?pack=${id}`);
    const h1 = page.getByRole('heading', { level: 1 });
    await expect(h1).toContainText('What to do about a concern');
    // The caption names the partnership; the heading does not say it again.
    const area = p.partnership.area ?? p.partnership.name;
    expect((await h1.innerText()).split(area).length - 1).toBe(1);
    await expect(
      page.getByText('If a child is in immediate danger, call 999.').filter({ visible: true }),
    ).toBeVisible();
    for (const x of p.pathways)
      await expect(page.getByRole('link', { name: procedureName(id, x.id), exact: true })).toBeVisible();
    const entry = page.locator('.ts-entry');
    const phones = p.contacts.filter((c: any) => c.phone && c.phone !== '999').map((c: any) => c.phone);
    const links = entry.locator('a[href^="tel:"]:not([href="tel:999"])');
    if (phones.length) {
      await expect(links.first()).toBeVisible();
      // A number is given: the page never also says the guidance gives none.
      await expect(entry.locator('.ts-entry__no-phone')).toHaveCount(0);
      for (const href of await links.evaluateAll((els) => els.map((e) => e.getAttribute('href')))) {
        expect(phones.map((x: string) => `tel:${x.replace(/[^0-9+]/g, '')}`)).toContain(href);
      }
    } else {
      // Luton's source gives no telephone number: the page says so, names who to contact, invents none.
      await expect(links).toHaveCount(0);
      await expect(page.getByText(/gives no telephone number/).first()).toBeVisible();
      await expect(entry.locator('.ts-contact').first()).toBeVisible();
    }
    // The agreed level is offered, not imposed; "not covered" is collapsed.
    await expect(page.getByRole('button', { name: 'Screen a concern' })).toBeVisible();
    const nc = page.locator('details', { hasText: 'does not cover' }).first();
    expect(await nc.evaluate((el) => (el as HTMLDetailsElement).open)).toBe(false);
    await expectAccessible(page, `${id} entry page`);
  });
}

// Who to ring is on the first screen of a phone: the first number the guidance gives (999 aside) is
// in view at 375×667 without scrolling, before the document's title and the reference material.
for (const id of ['walsall', 'gloucestershire']) {
  test(`§3 ${id}: the entry page's first number is on the first screen of a phone`, async ({ page, guard }) => {
    await page.setViewportSize({ width: 375, height: 667 });
    await open(page, guard, `index.html?pack=${id}`);
    const number = page.locator('.ts-entry a[href^="tel:"]:not([href="tel:999"])').first();
    await expect(number).toBeVisible();
    await expect(number).toBeInViewport({ ratio: 1 });
    // The step that gives it is about acting now, not the advice that comes before stepping up.
    expect(await number.evaluate((a) => a.closest('.ts-steps__step')?.getAttribute('data-step'))).toMatch(/refer|call/);
  });
}

test('§5 questions: mobility only when the engine asks it, no level before a concern, answers kept across partnerships', async ({
  page,
  guard,
}) => {
  await open(page, guard);
  await choosePartnership(page, DUDLEY);
  await answer(page, 'No');
  await expect(page.getByText(/Indicative level so far/)).toHaveCount(0);
  await answerAge(page, { years: 14 });
  // A 14-year-old is not asked whether they are mobile.
  await expect(page.getByRole('heading', { name: 'Which services are involved with the child now?' })).toBeVisible();
  await expect(page.getByText(/Indicative level so far/)).toHaveCount(0);
  await answer(page, 'None');
  await expect(page.getByText(/Indicative level so far/)).toHaveCount(0);
  await tick(page, 'bullied', 'I am being bullied within my education provision');
  await expect(page.getByText(/Indicative level so far: Level 3/)).toBeVisible();
  await expectAccessible(page, 'live level after a tick');
  // Change partnership: danger, age and services are kept.
  await page.getByRole('link', { name: 'Change partnership' }).click();
  await expect(page.getByText(/your answers about danger, age, services and consent are kept/)).toBeVisible();
  await answer(page, 'Medway Safeguarding Children Partnership');
  await expect(page.getByRole('radio', { name: 'No' })).toBeChecked();
  await continueButton(page).click();
  await expect(page.getByRole('textbox', { name: 'Age in years' })).toHaveValue('14');
});

test('§6 indicators: the child\'s age first, "None of these" is exclusive, and nothing scrolls sideways at 320 px', async ({
  page,
  guard,
}) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await open(page, guard);
  await expectNoSideScroll(page, 'partnership at 320');
  await choosePartnership(page, DUDLEY);
  await expectNoSideScroll(page, 'danger at 320');
  await answer(page, 'No');
  await expectNoSideScroll(page, 'age at 320');
  await answerAge(page, { months: 4 });
  await expectNoSideScroll(page, 'mobility at 320');
  await answer(page, 'Yes');
  await expectNoSideScroll(page, 'involvement at 320');
  await answer(page, 'None');
  await expectNoSideScroll(page, 'indicators at 320');
  // Indicators for other ages wait behind their own details.
  await page.locator('summary', { hasText: 'Education' }).first().click();
  const others = page.locator('[data-domain="education"] .ts-indicators__others');
  if (await others.count()) {
    await expect(others.locator('summary')).toContainText('Show indicators for other ages');
    await expect(page.getByRole('checkbox', { name: 'I am being bullied within my education provision' })).toBeHidden();
  }
  // Search matches open them, and a match never widens the page.
  const box = page.getByRole('searchbox', { name: 'Search the indicators' });
  for (const q of ['bruise', 'knife', 'school']) {
    await box.fill(q);
    await expectNoSideScroll(page, `search "${q}" at 320`);
  }
  await box.fill('bruise');
  const bruise = page.getByRole('checkbox', { name: 'I am a non-mobile baby/child with a bruise or an injury' });
  await bruise.check();
  await box.fill('');
  const none = page.getByRole('checkbox', { name: 'None of these' });
  await none.check();
  await expect(bruise).not.toBeChecked();
  await expectAccessible(page, 'none of these ticked');
  await box.fill('bruise');
  await bruise.check();
  await box.fill('');
  await expect(none).not.toBeChecked();
  await continueButton(page).click();
  await expectNoSideScroll(page, 'consent at 320');
  await answer(page, 'Not yet asked');
  await expectNoSideScroll(page, 'result at 320');
  for (const d of await page.locator('.ts-result details').all())
    await d.evaluate((el) => {
      (el as HTMLDetailsElement).open = true;
    });
  await expectNoSideScroll(page, 'result with every details open at 320');
  // The answers list what was ticked, in words, not "1 concerns".
  await expect(
    page.getByRole('definition').filter({ hasText: 'I am a non-mobile baby/child with a bruise or an injury' }),
  ).toBeVisible();
  await expect(page.getByText(/\d+ concerns/)).toHaveCount(0);
});

test('§8 procedures: step up, step down and escalation from the start page and the result, with progress', async ({
  page,
  guard,
}) => {
  await open(page, guard, 'index.html?pack=medway', { start: false });
  const p = pack('medway');
  for (const x of p.pathways)
    await expect(page.getByRole('link', { name: procedureName('medway', x.id), exact: true })).toBeVisible();
  await startNow(page);
  await page.getByRole('link', { name: /^Procedures: step up/ }).click();
  await expect(page.locator('.ts-step-overview__step')).toHaveCount(p.pathways.length);
  await expectAccessible(page, 'procedures overview');
  await page.locator('.js-ts-pathway-link').first().click();
  await expect(
    page
      .getByRole('radio')
      .first()
      .or(page.getByRole('heading', { name: 'Your route' })),
  ).toBeVisible();
  await expectAccessible(page, 'a procedure');
});

test('§11 plain English: no "pack", "starting level" or tiers on any page a practitioner reads', async ({
  page,
  guard,
}) => {
  const seen: string[] = [];
  const read = async () => seen.push(await page.locator('body').innerText());
  await open(page, guard, 'index.html', { start: false });
  await read();
  await startNow(page);
  await read();
  await choosePartnership(page, DUDLEY);
  await read();
  await screenBabyWithBruise(page, 'Not yet asked');
  for (const d of await page.locator('.ts-result details').all())
    await d.evaluate((el) => {
      (el as HTMLDetailsElement).open = true;
    });
  await read();
  // A screening with no concern ticked: its result carries the engine's no-concerns note.
  guard.allowRequests(); // a second page load, on purpose
  await open(page, guard, 'index.html?pack=dudley');
  await answer(page, 'No');
  await answerAge(page, { years: 9 });
  await answer(page, 'None');
  await page.getByRole('checkbox', { name: 'None of these' }).check();
  await continueButton(page).click();
  const consent = page.getByRole('radio', { name: 'Yes, consent has been given' });
  if (await consent.isVisible()) await answer(page, 'Yes, consent has been given');
  await expect(page.locator('.ts-result')).toContainText('No concerns were ticked');
  for (const d of await page.locator('.ts-result details').all())
    await d.evaluate((el) => {
      (el as HTMLDetailsElement).open = true;
    });
  await read();
  for (const text of seen) {
    expect(text).not.toMatch(/\bpacks?\b/i);
    expect(text).not.toMatch(/starting level/i);
    expect(text).not.toMatch(/\btiers?\b/i);
    expect(text).not.toMatch(/\.txt\b/); // no file names in citations
  }
});

test('issue 8: the page and `threshold evaluate` give the same level, consent verdict and next steps', async ({
  page,
  guard,
}) => {
  const answers = {
    date: '2026-11-23',
    immediate_danger: false,
    unborn: false,
    age_years: 0,
    age_months: 4,
    non_mobile: true,
    involvement: 'none',
    indicators: ['health_4_non_mobile_bruise'],
    consent: 'not_yet_sought',
  };
  const cli = JSON.parse(
    execFileSync(
      path.join(ROOT, 'build', 'native', 'threshold'),
      ['evaluate', '--pack', path.join(ROOT, 'content', 'dudley', 'pack.json'), '--answers', '-'],
      { input: JSON.stringify(answers) },
    ).toString(),
  );
  await open(page, guard);
  await choosePartnership(page, DUDLEY);
  await screenBabyWithBruise(page, 'Not yet asked');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    new RegExp(`Level ${cli.level}: ${cli.level_label.replace(/[/]/g, '\\/')}`),
  );
  const steps = await page.locator('.ts-steps__step').evaluateAll((els) =>
    els.map((el) => ({
      kind: [...el.classList].find((c) => c.startsWith('ts-steps__step--'))!.slice('ts-steps__step--'.length),
      text: el.getAttribute('data-text'),
    })),
  );
  expect(steps).toEqual(cli.next_steps.map((s: any) => ({ kind: s.kind, text: s.text })));
  await expect(page.locator('.ts-result__consent, .ts-result__now').first()).toBeVisible();
  // The consent verdict is its step: the sentence, then what to do if the family refuse or asking is
  // risky, each said on the page as the engine says it.
  const consentStep = cli.next_steps.find((s: any) => s.kind === 'consent');
  expect(consentStep.unless.length).toBeGreaterThan(0);
  const unless = consentStep.unless.map((u: any) => u.text);
  expect([consentStep.text, ...unless].join(' ')).toBe(cli.consent.sentence);
  const shown = await page.locator('.ts-result').innerText();
  for (const s of cli.next_steps)
    for (const line of [s.text, ...s.unless.map((u: any) => u.text)]) expect(shown).toContain(line);
  await expect(page.locator('.ts-steps__step--consent .ts-steps__unless')).toHaveText(unless);
  // Each line is cited: its sources are listed with the step's, under "where the guidance says this".
  const cited = consentStep.unless.flatMap((u: any) => u.because.map((b: any) => b.source));
  expect(cited.length).toBeGreaterThan(0);
  await page.locator('.ts-steps__source summary').click();
  const consentAt = cli.next_steps.findIndex((s: any) => s.kind === 'consent');
  const sources = await page.locator('.ts-steps__source li').nth(consentAt).innerText();
  for (const c of cited) expect(sources).toContain(c);
});
