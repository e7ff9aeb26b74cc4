// Captures what the engine sends for each component state the examples show (answers dated
// 2026-11-23), into build/examples-data.json; tools/examples/write.mjs then writes every
// web/components/*/examples.mjs from it. Run both after a change to the engine's contract:
//   make wasm site && node tools/examples/capture.mjs && node tools/examples/write.mjs && make format
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadEngine, loadPacks } from '../stress.mjs';
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const e = await loadEngine();
loadPacks(e);
const J = (t) => JSON.parse(t);
const ev = (pack, a) => J(e.evaluate(pack, JSON.stringify({ date: '2026-11-23', ...a }))).outcome;
const de = (pack, a = {}) => J(e.describe(pack, JSON.stringify(a))).description;
const walk = (pack, id, steps, extra = {}) =>
  J(e.walk(pack, id, JSON.stringify({ date: '2026-11-23', steps, ...extra })));
const first = (arr, n) => (Array.isArray(arr) ? arr.slice(0, n) : arr);
function trimOutcome(o) {
  o = structuredClone(o);
  if (o.checklist) o.checklist.groups = first(o.checklist.groups, 2).map((g) => ({ ...g, items: first(g.items, 3) }));
  o.prompts = first(o.prompts, 1).map((p) => ({ ...p, items: first(p.items, 3) }));
  o.pathways = first(o.pathways, 2);
  o.advisories = first(o.advisories, 2);
  o.deadlines = first(o.deadlines, 3);
  if (o.consent) o.consent.guidance = first(o.consent.guidance, 2);
  return o;
}
function trimDescribed(d, o) {
  d = structuredClone(d);
  const keep = new Set((o?.comparisons ?? []).flatMap((c) => [...c.up, ...c.down]));
  for (const r of o?.reasons ?? []) keep.add(r.indicator);
  d.domains = d.domains.map((x) => ({ ...x, indicators: x.indicators.filter((i) => keep.has(i.id)).slice(0, 6) }));
  d.pathways = first(d.pathways, 3);
  d.contacts = first(d.contacts, 3);
  return d;
}
const age = { age_years: 7 };
const out = { results: {}, described: {}, walks: {}, errors: {} };
const R = (name, pack, a) => {
  const o = ev(pack, a);
  out.results[name] = { pack, answers: a, outcome: trimOutcome(o), described: trimDescribed(de(pack, a), o) };
};
R('level1NoConcerns', 'dudley', { ...age, indicators: [], consent: 'given' });
R('level2ConsentGiven', 'dudley', { ...age, indicators: ['education_2_concerns_attendance'], consent: 'given' });
R('level3SeekConsent', 'dudley', {
  ...age,
  indicators: ['education_3_exclusion_truanting_neet'],
  consent: 'not_yet_sought',
});
R('level3RefusedRouteWithheld', 'dudley', {
  ...age,
  indicators: ['education_3_exclusion_truanting_neet'],
  consent: 'refused',
});
R('level3ConsentWouldIncreaseRisk', 'dudley', {
  ...age,
  indicators: ['education_3_exclusion_truanting_neet'],
  consent: 'would_increase_risk',
});
R('level4SignificantHarm', 'dudley', {
  ...age,
  indicators: ['education_4_no_education_provision'],
  consent: 'refused',
  significant_harm_suspected: true,
});
R('level4StrategyDiscussion', 'dudley', {
  age_months: 4,
  non_mobile: true,
  indicators: ['health_4_non_mobile_bruise'],
  consent: 'not_yet_sought',
});
R('immediateDanger', 'dudley', { immediate_danger: true });
R('medwayDeadlines', 'medway', { ...age, indicators: ['fe_3_fgm_forced_marriage'], consent: 'not_yet_sought' });
R('undeterminedNoLevel', 'walsall', { ...age });
R('lutonDangerGeneral999', 'luton', { immediate_danger: true });
R('gloucestershireDanger', 'gloucestershire', { immediate_danger: true });
R('walsallDanger', 'walsall', { immediate_danger: true });
// descriptions
for (const p of ['dudley', 'walsall', 'gloucestershire', 'luton', 'medway']) {
  const d = de(p, {});
  d.domains = d.domains.map((x) => ({ ...x, indicators: x.indicators.slice(0, 3) }));
  out.described[p] = d;
}
// Guidance past its review-by date on the day of the examples (Medway's says March 2022).
{
  const d = de('medway', { date: '2026-11-23' });
  d.domains = [];
  out.described.medwayOverdue = d;
}
// indicators with flags
const flagged = (p) =>
  de(p, { ...age }).domains.map((x) => ({
    ...x,
    indicators: x.indicators
      .filter(
        (i, k) =>
          k < 2 ||
          i.immediate_danger ||
          i.consent_may_increase_risk ||
          i.strategy_discussion ||
          i.strength ||
          i.applies === 'no',
      )
      .slice(0, 8),
  }));
out.flagged = { dudley: flagged('dudley').slice(0, 3), medway: flagged('medway') };
out.flagged.dudleyBaby = de('dudley', { age_months: 4 })
  .domains.filter((d) => d.id === 'health_care_protection')
  .map((x) => ({
    ...x,
    indicators: x.indicators.filter((i) => i.strategy_discussion || i.applies !== 'yes').slice(0, 6),
  }));
// pathways
out.walks.question = walk('dudley', 'step_up', []);
const q = out.walks.question.step.current;
out.walks.afterOne = walk('dudley', 'step_up', [{ node: q.node, choice: q.options[0].id }]);
// find an outcome by always choosing first option
let steps = [];
let r = out.walks.question;
for (let i = 0; i < 12 && r.ok && r.step.status !== 'outcome'; i++) {
  const c = r.step.current;
  steps.push({ node: c.node, choice: c.options[0].id });
  r = walk('dudley', 'step_up', steps);
}
out.walks.outcome = r;
steps = [];
r = walk('walsall', 'step_down_from_cafa', []);
for (let i = 0; i < 12 && r.ok && r.step.status !== 'outcome'; i++) {
  const c = r.step.current;
  steps.push({ node: c.node, choice: c.options[0].id });
  r = walk('walsall', 'step_down_from_cafa', steps);
}
out.walks.walsallStepDown = r;
steps = [];
r = walk('dudley', 'professional_challenge', []);
for (let i = 0; i < 12 && r.ok && r.step.status !== 'outcome'; i++) {
  const c = r.step.current;
  steps.push({ node: c.node, choice: c.options[c.options.length - 1].id });
  r = walk('dudley', 'professional_challenge', steps);
}
out.walks.escalation = r;
out.walks.badStep = walk('dudley', 'step_up', [{ node: 'not_a_node', choice: 'yes' }]);
// errors
out.errors.badPack = J(e.load_pack(JSON.stringify({ id: 'x', partnership: {}, colour: 'red' }), ''));
out.errors.badAnswers = J(e.evaluate('dudley', JSON.stringify({ age_years: 300 })));
out.search = J(e.search('dudley', 'bruise'));
mkdirSync(path.join(ROOT, 'build'), { recursive: true });
writeFileSync(path.join(ROOT, 'build', 'examples-data.json'), JSON.stringify(out, null, 1));
for (const [k, v] of Object.entries(out.results)) console.log(k, JSON.stringify(v).length);
console.log(
  'walks',
  Object.fromEntries(
    Object.entries(out.walks).map(([k, v]) => [
      k,
      v.ok
        ? v.step.status + ':' + (v.step.deadlines?.length ?? 0) + ':' + (v.step.date_questions?.length ?? 0)
        : v.error.code,
    ]),
  ),
);
console.log(JSON.stringify(out.errors).slice(0, 600));
console.log(JSON.stringify(out.flagged).length, JSON.stringify(out.described).length);
