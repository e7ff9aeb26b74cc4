// The engine's JavaScript API (web/screener/engine.mjs over the WASM module), in the browser: every
// failure comes back as {ok: false, error: {code, message, path}}, nothing throws.
import { test, expect, open } from './fixtures';

type Failure = { ok: false; error: { code: string; message: string; path: string }; errors: unknown[] };

test('broken packs and broken answers come back as {ok:false, error:{code, message, path}}', async ({
  page,
  guard,
}) => {
  await open(page, guard, 'index.html?pack=dudley');
  guard.allowRequests(); // the test itself imports the engine's modules
  const r = await page.evaluate(async () => {
    const api = await import('/screener/engine.mjs');
    const engine = await api.getEngine();
    const same = (await api.getEngine()) === engine;
    const calendar = (await import('/calendars/england-and-wales.mjs')).default;
    const dudley = (await import('/packs/dudley.mjs')).default;
    return {
      same,
      available: engine.available,
      notJson: engine.loadPack('{"schema_version": 1,', calendar),
      badPack: engine.loadPack(
        JSON.stringify({
          schema_version: 1,
          id: 'x',
          calendar: 'england-and-wales',
          partnership: {},
          levels: [],
          routes: [],
          contacts: [],
          emergency: {},
          extra: true,
        }),
        calendar,
      ),
      badCalendar: engine.loadPack(dudley, '{"nope": 1}'),
      loaded: engine.loadPack(dudley, calendar),
      answersNotJson: engine.evaluate('dudley', '{"indicators": ['),
      unknownIndicator: engine.evaluate('dudley', { indicators: ['no_such_indicator'] }),
      badConsent: engine.evaluate('dudley', { consent: 'maybe' }),
      badDate: engine.evaluate('dudley', { date: '2026-13-45' }),
      unknownPack: engine.evaluate('no_such_pack', {}),
      good: engine.evaluate('dudley', {
        date: '2026-11-23',
        age_years: 0,
        age_months: 4,
        non_mobile: true,
        indicators: ['health_4_non_mobile_bruise'],
      }),
      search: engine.search('dudley', 'bruise'),
      render: engine.render('dudley'),
      unknownPathway: engine.walk('dudley', 'no_such_pathway', { steps: [] }),
      badStep: engine.walk('dudley', 'step_up', { steps: [{ node: 'not_a_node', choice: 'yes' }] }),
      walk: engine.walk('dudley', 'step_up', { date: '2026-11-23', steps: [] }),
    };
  });
  expect(r.same).toBe(true);
  expect(r.available).toBe(true);
  const failures: [string, Failure, RegExp][] = [
    ['notJson', r.notJson as Failure, /^(json|pack)\.syntax$/],
    ['badPack', r.badPack as Failure, /^pack\./],
    ['badCalendar', r.badCalendar as Failure, /^calendar\./],
    ['answersNotJson', r.answersNotJson as Failure, /^(answers|json)\.syntax$/],
    ['unknownIndicator', r.unknownIndicator as Failure, /^answers\.unknown_indicator$/],
    ['badConsent', r.badConsent as Failure, /^answers\.bad_value$/],
    ['badDate', r.badDate as Failure, /^answers\.bad_date$/],
    ['unknownPack', r.unknownPack as Failure, /./],
    ['unknownPathway', r.unknownPathway as Failure, /^pathway\.unknown_pathway$/],
    ['badStep', r.badStep as Failure, /^pathway\.unexpected_step$/],
  ];
  for (const [name, f, code] of failures) {
    expect(f.ok, name).toBe(false);
    expect(f.error.code, name).toMatch(code);
    expect(typeof f.error.message, name).toBe('string');
    expect(f.error.message.length, name).toBeGreaterThan(0);
    expect(typeof f.error.path, name).toBe('string');
  }
  expect((r.unknownIndicator as Failure).error.path).toBe('/indicators/0');
  expect((r.badConsent as Failure).error.path).toBe('/consent');
  expect((r.badPack as Failure).errors.length).toBeGreaterThan(1); // every problem, not just the first

  expect(r.loaded).toMatchObject({ ok: true, pack_id: 'dudley' });
  expect(r.good).toMatchObject({ ok: true, outcome: { level: 4, strategy_discussion: true, indicative: true } });
  expect((r.search as any).ok).toBe(true);
  expect((r.search as any).results[0]).toMatchObject({
    id: expect.any(String),
    text: expect.any(String),
    level: expect.any(Number),
  });
  expect((r.render as any).html).toContain('Specialist / Statutory Support');
  expect(r.walk).toMatchObject({ ok: true, step: { pathway: 'step_up', status: 'question' } });
});

test('without WebAssembly every call fails cleanly instead of throwing', async ({ page, guard }) => {
  await page.addInitScript(() => {
    // @ts-expect-error: simulating a browser without WebAssembly
    delete window.WebAssembly;
  });
  await page.goto('index.html?pack=dudley');
  await expect(page.getByRole('alert')).toBeVisible();
  const r = await page.evaluate(async () => {
    const api = await import('/screener/engine.mjs');
    const engine = await api.getEngine();
    return {
      available: engine.available,
      evaluate: engine.evaluate('dudley', {}),
      walk: engine.walk('dudley', 'x', {}),
    };
  });
  expect(r.available).toBe(false);
  expect(r.evaluate).toMatchObject({ ok: false, error: { code: 'engine.no_webassembly', path: '' } });
  expect(r.walk).toMatchObject({ ok: false, error: { code: 'engine.no_webassembly' } });
});
