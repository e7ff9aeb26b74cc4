// Writes every web/components/*/examples.mjs from build/examples-data.json (tools/examples/capture.mjs).
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const D = JSON.parse(readFileSync(path.join(ROOT, 'build', 'examples-data.json'), 'utf8'));
const W = path.join(ROOT, 'web', 'components');
const lit = (v) => JSON.stringify(v, null, 2);
const TYPES = (names) => names.map((n) => `/** @typedef {import('../../screener/contract').${n}} ${n} */`).join('\n');
const EXAMPLE = `/** @typedef {import('../../examples/example.mjs').Example} Example */`;
function file(name, head, body) {
  writeFileSync(`${W}/${name}/examples.mjs`, `${head.trim()}\n\n${body.trim()}\n`);
}
const index = JSON.parse(readFileSync(path.join(ROOT, 'build', 'site', 'packs', 'index.json'), 'utf8'));

const R = D.results;
const dudleyDescribed = D.described.dudley;
// The Dudley description the result examples share: every indicator any of them names.
const dudleyResultDescribed = structuredClone(dudleyDescribed);
{
  const keep = new Map();
  for (const r of Object.values(R))
    if (r.pack === 'dudley') for (const d of r.described.domains) for (const i of d.indicators) keep.set(i.id, i);
  dudleyResultDescribed.domains = dudleyDescribed.domains.map((d) => {
    const full = Object.values(R)
      .filter((r) => r.pack === 'dudley')
      .flatMap((r) => r.described.domains.find((x) => x.id === d.id)?.indicators ?? []);
    const ids = new Set();
    const indicators = full.filter((i) => (ids.has(i.id) ? false : ids.add(i.id)));
    return { ...d, indicators };
  });
}

// ---------------- contact
{
  const dudleyMash = R.immediateDanger.outcome.emergency.then_contacts[0];
  const walsallContacts = R.walsallDanger.outcome.emergency.then_contacts;
  const lutonMash = R.lutonDangerGeneral999.outcome.emergency.then_contacts[0];
  const reason = R.level3SeekConsent.outcome.reasons[0];
  file(
    'contact',
    `// Examples of contacts and quotations, with contacts and citations as the engine sends them
// (evaluate, 2026-11-23): Dudley's MASH with out-of-hours cover, Walsall's MASH without, a contact
// reached only through its website, one with no number at all, and a quoted reason.

import { contactLine, contactBlock, quote, sourceLine } from './contact.mjs';

${TYPES(['Contact', 'Reason'])}
${EXAMPLE}`,
    `/** @type {Contact} */
const withOutOfHours = ${lit(dudleyMash)};

/** @type {Contact} */
const withoutOutOfHours = ${lit(walsallContacts[0])};

/** @type {Contact} */
const websiteOnly = ${lit(walsallContacts[1])};

/** @type {Contact} */
const noNumber = ${lit(lutonMash)};

/** @type {Reason} */
const reason = ${lit(reason)};

/** @type {Example[]} */
export const examples = [
  { name: 'Contact with out-of-hours cover', render: (root) => root.append(contactLine(withOutOfHours)) },
  { name: 'Contact without out-of-hours cover', render: (root) => root.append(contactLine(withoutOutOfHours)) },
  { name: 'Contact reached only through its website', render: (root) => root.append(contactLine(websiteOnly)) },
  { name: 'Contact with no number', render: (root) => root.append(contactBlock(noNumber)) },
  { name: 'Contact block with notes (the emergency page)', render: (root) => root.append(contactBlock(withoutOutOfHours)) },
  { name: 'Quotation with its citation', render: (root) => root.append(quote(reason.text, reason.source)) },
  { name: 'Citation on its own', render: (root) => root.append(sourceLine(reason.source)) },
];`,
  );
}

// ---------------- steps
{
  file(
    'steps',
    `// Examples of next steps, as the engine sends them (evaluate, 2026-11-23): a consent step with its
// "if they refuse" lines and a term explained; Luton in immediate danger, where 999 is general advice
// and a step's contacts have no number (the nearest number given instead); a strategy discussion.

import { nextSteps, stepSources } from './steps.mjs';

${TYPES(['NextStep'])}
${EXAMPLE}`,
    `/** @type {NextStep[]} */
const seekConsent = ${lit(R.level3SeekConsent.outcome.next_steps)};

/** @type {NextStep[]} */
const general999NoNumber = ${lit(R.lutonDangerGeneral999.outcome.next_steps)};

/** @type {NextStep[]} */
const strategyDiscussion = ${lit(R.level4StrategyDiscussion.outcome.next_steps)};

const both = (steps) => (root) => root.append(nextSteps(steps), stepSources(steps) ?? '');

/** @type {Example[]} */
export const examples = [
  { name: 'Seek consent, with what to do if they refuse and a term explained', render: both(seekConsent) },
  { name: '999 as general advice, and a step with no number (the nearest given)', render: both(general999NoNumber) },
  { name: 'Strategy discussion after the referral', render: both(strategyDiscussion) },
];`,
  );
}

// ---------------- emergency
{
  const e = (r) => r.outcome.emergency;
  file(
    'emergency',
    `// Examples of the immediate-danger page, with the outcome's \`emergency\` as the engine sends it
// (evaluate with immediate_danger: true): Dudley (a number with out-of-hours cover) and Walsall (a
// number without, and a contact reached only through its website).

import { emergencyPage, emergencyPanel } from './emergency.mjs';

${TYPES(['Emergency'])}
${EXAMPLE}`,
    `/** @type {Emergency} */
const dudley = ${lit(e(R.immediateDanger))};

/** @type {Emergency} */
const walsall = ${lit(e(R.walsallDanger))};

const page = (area, em) => (root) =>
  root.append(
    emergencyPage({ area, text: em.text, contacts: em.then_contacts ?? [], citation: em.source, onCarryOn: () => {} }),
  );

/** @type {Example[]} */
export const examples = [
  { name: 'The 999 panel alone (it heads a result in danger)', render: (root) => root.append(emergencyPanel()) },
  { name: 'Emergency page: contact with out-of-hours cover (Dudley)', render: page('Dudley', dudley) },
  { name: 'Emergency page: contacts without out-of-hours cover (Walsall)', render: page('Walsall', walsall) },
];`,
  );
}

// ---------------- result
{
  const names = {
    level1NoConcerns: 'Level 1: no concerns, consent given',
    level2ConsentGiven: 'Level 2: consent given (go ahead and inform)',
    level3SeekConsent: 'Level 3: consent needed, the significant-harm question open',
    level3RefusedRouteWithheld: 'Level 3: consent refused, route withheld',
    level3ConsentWouldIncreaseRisk: 'Level 3: asking would increase risk (an exception applies)',
    level4SignificantHarm: 'Level 4: significant harm suspected, consent refused',
    level4StrategyDiscussion: 'Level 4: a baby with a bruise, strategy discussion',
    immediateDanger: 'Immediate danger: 999 first',
    medwayDeadlines: 'Medway Level 3: deadlines and another route to consider',
    undeterminedNoLevel: 'Undetermined: the answers decide no level (Walsall)',
  };
  const consts = [];
  const entries = [];
  for (const [k, label] of Object.entries(names)) {
    const r = R[k];
    consts.push(
      `/** ${label}: answers ${JSON.stringify(r.answers)} */\n/** @type {Outcome} */\nconst ${k} = ${lit(r.outcome)};`,
    );
    const described = r.pack === 'dudley' ? 'dudley' : r.pack;
    entries.push(`  { name: ${JSON.stringify(label)}, render: draw(${k}, ${described}) },`);
  }
  const others = [
    ...new Set(
      Object.keys(names)
        .map((k) => R[k].pack)
        .filter((p) => p !== 'dudley'),
    ),
  ];
  file(
    'result',
    `// Examples of the result, one for each state it can be in, with outcomes and descriptions as the
// engine sends them (evaluate and describe, 2026-11-23; lists such as the checklist shortened, each
// item as sent). The answers of each are in the comment above it.

import { h } from '../../screener/dom.mjs';
import { resultPage } from './result.mjs';
import { actionsBar } from '../actions/actions.mjs';

${TYPES(['Outcome', 'Description'])}
${EXAMPLE}`,
    `/** Dudley's description, with the indicators the examples' reasons and comparisons name. */
/** @type {Description} */
const dudley = ${lit(dudleyResultDescribed)};

${others.map((p) => `/** @type {Description} */\nconst ${p} = ${lit(R[Object.keys(names).find((k) => R[k].pack === p)].described)};`).join('\n\n')}

${consts.join('\n\n')}

const answerRows = [
  { key: 'Immediate danger', value: 'No', text: 'No', page: 'danger' },
  { key: 'Age', value: '7 years', text: '7 years', page: 'age' },
];

/** The result page for an outcome, with the actions bar it has in the screener. */
const draw = (outcome, described) => (root) =>
  root.append(
    h(
      'div',
      null,
      resultPage({
        described,
        outcome,
        caption: described.partnership.area ?? described.partnership.name,
        answerRows,
        onChange: () => {},
        reference: '',
        onReference: () => {},
        actions: actionsBar({
          summaryText: () => '',
          fullText: () => '',
          saveFile: () => ({ name: 'threshold-answers.json', text: '{}' }),
          openFile: () => ({ ok: true }),
          onStartAgain: () => {},
        }),
        onPathway: () => {},
        onAnswer: () => {},
        offlineUrl: 'threshold-screener.html',
      }),
    ),
  );

/** @type {Example[]} */
export const examples = [
${entries.join('\n')}
];`,
  );
}

// ---------------- entry
{
  file(
    'entry',
    `// Examples of the entry page (guidance without an indicator matrix), with descriptions as the engine
// sends them (describe, no answers; indicator lists shortened): Walsall (a form and a lead to talk to,
// no number given for that) and Gloucestershire.

import { entryPage } from './entry.mjs';
import { walsall, gloucestershire } from '../../examples/described.mjs';

${EXAMPLE}`,
    `
const draw = (described) => (root) =>
  root.append(entryPage({ described, caption: described.partnership.name, onProcedure: () => {}, onScreen: () => {} }).node);

/** @type {Example[]} */
export const examples = [
  { name: 'Walsall: entry steps, contacts and procedures', render: draw(walsall) },
  { name: 'Gloucestershire: entry steps, contacts and procedures', render: draw(gloucestershire) },
];`,
  );
}

// ---------------- pathway
{
  const W_ = D.walks;
  file(
    'pathway',
    `// Examples of a procedure walked by the engine, with steps as it sends them (walk, 2026-11-23):
// the list of procedures, a question, the same question refused without an answer, an outcome, an
// outcome with deadlines and a date the engine asks for, and the engine's error.

import { pathwaysListPage, pathwayStepPage, pathwayErrorPage } from './pathway.mjs';

${TYPES(['PathwayStep', 'EngineError', 'Description'])}
${EXAMPLE}`,
    `/** @type {PathwayStep} */
const question = ${lit(W_.question.step)};

/** @type {PathwayStep} */
const outcome = ${lit(W_.outcome.step)};

/** Walsall, step down from a CAFA: a deadline counted from a date the engine asks for. */
/** @type {PathwayStep} */
const withDeadlines = ${lit(W_.walsallStepDown.step)};

/** Dudley's professional challenge: stages, each with its own deadline. */
/** @type {PathwayStep} */
const escalation = ${lit(W_.escalation.step)};

/** @type {EngineError} */
const badStep = ${lit(W_.badStep.error)};

/** @type {Pick<Description, 'partnership' | 'pathways'>} */
const dudley = ${lit({ partnership: dudleyDescribed.partnership, pathways: dudleyDescribed.pathways })};

const step = (s, { selected = null, error = null } = {}) => (root) =>
  root.append(
    pathwayStepPage({
      step: s,
      caption: 'Dudley Safeguarding People Partnership',
      selected,
      error,
      onSelect: () => {},
      onContinue: () => {},
      actions: null,
      onAllProcedures: () => {},
      root,
    }),
  );

/** @type {Example[]} */
export const examples = [
  {
    name: 'The procedures, as a step-by-step overview',
    render: (root) => root.append(pathwaysListPage({ described: dudley, caption: dudley.partnership.name, onOpen: () => {} })),
  },
  { name: 'A question', render: step(question) },
  { name: 'A question answered', render: step(question, { selected: question.current?.options?.[0]?.id ?? null }) },
  { name: 'A question refused without an answer', render: step(question, { error: 'Select an answer' }) },
  { name: 'An outcome', render: step(outcome) },
  { name: 'An outcome with deadlines and a date asked for (Walsall)', render: step(withDeadlines) },
  { name: 'An outcome after escalation stages', render: step(escalation) },
  {
    name: "The engine's error",
    render: (root) => root.append(pathwayErrorPage({ error: badStep, caption: dudley.partnership.name, onRestart: () => {} })),
  },
];`,
  );
}

// ---------------- indicators
{
  file(
    'indicators',
    `// Examples of "What are you seeing?", with describe()'s domains as the engine sends them (answers:
// a 7-year-old; a 4-month-old for the baby; lists shortened): indicators flagged immediate danger, strategy
// discussion and "seeking consent may increase risk", strengths, indicators for other ages, ticks,
// "None of these" and the error when nothing is ticked.

import { indicatorsPage } from './indicators.mjs';

${TYPES(['Domain', 'SearchResult'])}
${EXAMPLE}`,
    `/** Dudley: fabricated or induced illness is flagged immediate danger. */
/** @type {Domain[]} */
const dudley = ${lit(D.flagged.dudley)};

/** Medway: FGM and forced marriage are flagged "seeking consent may increase risk". */
/** @type {Domain[]} */
const medway = ${lit(D.flagged.medway)};

/** Dudley for a 4-month-old: strategy discussion flags, and indicators for other ages. */
/** @type {Domain[]} */
const baby = ${lit(D.flagged.dudleyBaby)};

/** @type {{ok: true, results: SearchResult[]}} */
const bruise = ${lit(D.search)};

const draw = (domains, { ticked = [], none = false, error = null, openAll = true } = {}) => (root) =>
  root.append(
    indicatorsPage({
      domains,
      ticked: new Set(ticked),
      none,
      onToggle: () => {},
      onNone: () => {},
      search: () => bruise,
      caption: 'Dudley Safeguarding People Partnership',
      openAll,
      examples: ['bruise', 'school'],
      error,
    }),
  );

const flagged = (domains) => domains.flatMap((d) => d.indicators).filter((i) => i.immediate_danger || i.consent_may_increase_risk).map((i) => i.id);

/** @type {Example[]} */
export const examples = [
  { name: 'Flagged immediate danger, ticked (Dudley)', render: draw(dudley, { ticked: flagged(dudley) }) },
  { name: 'Flagged "seeking consent may increase risk", ticked (Medway)', render: draw(medway, { ticked: flagged(medway) }) },
  { name: 'A baby: strategy discussion flags and indicators for other ages', render: draw(baby) },
  { name: 'Domains closed (a long list)', render: draw(dudley, { openAll: false }) },
  { name: 'None of these', render: draw(dudley, { none: true }) },
  { name: 'Nothing ticked: the error', render: draw(dudley, { error: 'Select what you are seeing, or "None of these"' }) },
];`,
  );
}

// ---------------- start, partnership, seeing: need described / index
{
  file(
    'start',
    `// Examples of the start page: one partnership's (from describe() before any answer, as the engine
// sends it; indicator lists shortened), and the hosted page's for every partnership (the pack index
// the site build writes).

import { startPage } from './start.mjs';
import { dudley, medwayOverdue } from '../../examples/described.mjs';

${TYPES(['PackIndexEntry'])}
${EXAMPLE}`,
    `
/** @type {PackIndexEntry[]} */
const index = ${lit(index)};

const draw = (described, offlineUrl) => (root) =>
  root.append(startPage({ described, index, offlineUrl, onStart: () => {}, onProcedure: () => {} }).node);

/** @type {Example[]} */
export const examples = [
  { name: 'Every partnership (the hosted page), with the offline download', render: draw(null, 'threshold-screener.html') },
  { name: 'One partnership (Dudley)', render: draw(dudley, null) },
  { name: 'Guidance past its review-by date (Medway)', render: draw(medwayOverdue, null) },
];`,
  );
  file(
    'partnership',
    `// Examples of "Which partnership's guidance?", with the pack index the site build writes.

import { partnershipPage } from './partnership.mjs';
import { pageContext } from '../../examples/context.mjs';

${TYPES(['PackIndexEntry'])}
${EXAMPLE}`,
    `/** @type {PackIndexEntry[]} */
const index = ${lit(index)};

/** @type {Example[]} */
export const examples = [
  { name: 'Not answered', render: (root) => root.append(partnershipPage(pageContext(root), index, null, () => {}).node) },
  { name: 'Answered', render: (root) => root.append(partnershipPage(pageContext(root), index, 'medway', () => {}).node) },
  {
    name: 'Error: nothing chosen',
    render: (root) =>
      root.append(
        partnershipPage(pageContext(root, { errors: [{ field: 'partnership', text: 'Select a partnership' }] }), index, null, () => {})
          .node,
      ),
  },
];`,
  );
  file(
    'seeing',
    `// Examples of "What are you seeing?" as the screener asks it: the indicators, and the agreed level
// where a partnership's guidance has no matrix (Luton), with describe() as the engine sends it (a
// 7-year-old; indicator lists shortened).

import { seeingPage } from './seeing.mjs';
import { pageContext } from '../../examples/context.mjs';
import { dudley, luton } from '../../examples/described.mjs';

${EXAMPLE}`,
    `
const draw = (described, opts = {}) => (root) =>
  root.append(seeingPage(pageContext(root, { described, ...opts }), { described, search: () => ({ ok: true, results: [] }) }).node);

/** @type {Example[]} */
export const examples = [
  { name: 'Indicators, nothing ticked (Dudley)', render: draw(dudley) },
  { name: 'Indicators, two ticked', render: draw(dudley, { answers: { indicators: new Set(dudley.domains[0].indicators.slice(0, 2).map((i) => i.id)) } }) },
  { name: 'Error: nothing ticked', render: draw(dudley, { errors: [{ field: 'indicators', text: 'Select what you are seeing, or "None of these"' }] }) },
  { name: 'Indicators and the agreed level (Luton)', render: draw(luton) },
];`,
  );
}

// ---------------- screener
{
  file(
    'screener',
    `// Examples of the shell's own states: loading, and the messages it shows when the screener cannot run
// (the engine's errors as it sends them: a pack it refused, answers out of range).

import { h, format } from '../../screener/dom.mjs';
import { failurePanel, packProblems } from './failure.mjs';
import strings from './strings.mjs';

${TYPES(['EngineFailure'])}
${EXAMPLE}`,
    `/** load_pack of a pack with an unknown key and no calendar. */
/** @type {EngineFailure} */
const packRefused = ${lit(D.errors.badPack)};

/** evaluate with age_years: 300. */
/** @type {EngineFailure} */
const answersRefused = ${lit(D.errors.badAnswers)};

/** @type {Example[]} */
export const examples = [
  { name: 'Loading', render: (root) => root.append(h('p', { class: 'govuk-body', role: 'status' }, strings.loading)) },
  {
    name: 'The engine cannot start',
    render: (root) =>
      root.append(
        failurePanel({
          title: strings.engineErrorTitle,
          body: format(strings.engineErrorBody, { message: 'this browser cannot run WebAssembly' }),
          reference: 'reference/dudley.html',
        }),
      ),
  },
  {
    name: "A partnership's guidance refused, each problem with its pointer",
    render: (root) =>
      root.append(
        failurePanel({
          title: format(strings.packErrorTitle, { name: 'Dudley Safeguarding People Partnership' }),
          body: strings.packErrorIntro,
          extra: packProblems(packRefused),
          reference: 'reference/dudley.html',
        }),
      ),
  },
  {
    name: 'The list of partnerships cannot be loaded',
    render: (root) => root.append(failurePanel({ title: strings.indexErrorTitle, body: 'packs/index.mjs could not be imported' })),
  },
  {
    name: 'Answers the engine refused (the result page)',
    render: (root) =>
      root.append(
        h('h1', { class: 'govuk-heading-l' }, strings.errorSummaryTitle),
        h('p', { class: 'govuk-body' }, format(strings.packErrorProblem, answersRefused.error)),
      ),
  },
];`,
  );
}
// The partnerships' descriptions several components draw, written once.
writeFileSync(
  path.join(ROOT, 'web', 'examples', 'described.mjs'),
  `// The partnerships' descriptions as the engine sends them (describe, no answers; indicator lists
// shortened), shared by the examples of the start, entry and "What are you seeing?" pages. Written by
// tools/examples/write.mjs from tools/examples/capture.mjs's data: do not edit by hand.

/** @typedef {import('../screener/contract').Description} Description */

/** @type {Description} */
export const dudley = ${lit(dudleyDescribed)};

/** @type {Description} */
export const walsall = ${lit(D.described.walsall)};

/** @type {Description} */
export const gloucestershire = ${lit(D.described.gloucestershire)};

/** @type {Description} */
export const luton = ${lit(D.described.luton)};

/** Medway's guidance dated 2026-11-23: past its review-by date. */
/** @type {Description} */
export const medwayOverdue = ${lit(D.described.medwayOverdue)};
`,
);

// What other components' examples share.
appendFileSync(
  `${W}/result/examples.mjs`,
  "\n/** For other components' examples (the actions bar's plain-text summary). */\nexport { dudley as dudleyDescription, level3SeekConsent };\n",
);
appendFileSync(
  `${W}/pathway/examples.mjs`,
  "\n/** For the actions bar's examples (the plain-text summary of a procedure). */\nexport { withDeadlines as examplesStep };\n",
);
console.log('ok');
