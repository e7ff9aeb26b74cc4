#!/usr/bin/env node
// Prints, per pack, the consent grid: each level (agreed) × significant harm × consent state → the
// consent verdict and the first step of what to do now; with a second CLI, before ⇒ after (cells that
// differ marked). Issue 23's closing note and docs/consent-grid.md come from it.
//
//   node tools/consent-grid.mjs build/native/threshold [OLD_CLI OLD_ROOT] > docs/consent-grid.md
// (OLD_ROOT: a checkout of the older version, whose packs the older CLI reads.)
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';

const [cli, old, oldRoot = '.'] = process.argv.slice(2);
if (!cli) {
  console.error('usage: node tools/consent-grid.mjs CLI [OLD_CLI]');
  process.exit(2);
}
const PACKS = ['dudley', 'medway', 'walsall', 'luton', 'gloucestershire'];
const STATES = ['not_yet_sought', 'refused', 'would_increase_risk', 'given'];
const HARM = [
  ['not answered', undefined],
  ['yes', true],
  ['no', false],
  ['not sure', 'unknown'],
];
// One concern per pack that already says significant harm (issue 23's "implied" column).
const IMPLIED = {
  dudley: { age_years: 0, age_months: 4, non_mobile: true, indicators: ['health_4_non_mobile_bruise'] },
  medway: { age_years: 14, indicators: ['cd_3_exploitation'] },
  luton: { indicators: ['significant_harm_suspected'] },
};
const VERDICT = {
  seek_consent: 'seek consent',
  proceed_without_consent: 'go ahead without',
  proceed_and_inform: 'go ahead, inform',
  seek_advice: 'ask for advice',
  undetermined: 'cannot tell',
  not_applicable: 'no rule',
};

function run(bin, pack, answers, root = '.') {
  try {
    const out = execFileSync(bin, ['evaluate', '--pack', `${root}/content/${pack}/pack.json`, '--answers', '-'], {
      input: JSON.stringify(answers),
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const o = JSON.parse(out.toString());
    const first = o.next_steps[0];
    const who = o.consent.decided_by ? ` (${o.consent.decided_by.by} decides)` : '';
    return `${VERDICT[o.consent.verdict] ?? o.consent.verdict}${who}; 1. ${first ? first.id : 'none'}`;
  } catch (e) {
    return `refused (${String(e.stderr ?? e)
      .split('\n')[0]
      .slice(0, 80)})`;
  }
}

const lines = [
  '# Consent grid (issue 23)',
  '',
  `Each cell: the consent verdict; the first step of what to do now.${old ? ' Before ⇒ after; **bold** where they differ.' : ''}`,
  '',
];
let changed = 0,
  cells = 0;
for (const pack of PACKS) {
  const p = JSON.parse(fs.readFileSync(`content/${pack}/pack.json`, 'utf8'));
  lines.push(
    `## ${pack}`,
    '',
    `| level | significant harm | ${STATES.join(' | ')} |`,
    `|---|---|${STATES.map(() => '---').join('|')}|`,
  );
  const rows = [];
  for (const l of p.levels)
    for (const [label, harm] of HARM)
      rows.push([
        `${l.number} agreed`,
        label,
        { agreed_level: l.number, ...(harm === undefined ? {} : { significant_harm_suspected: harm }) },
      ]);
  if (IMPLIED[pack]) rows.push([`${IMPLIED[pack].indicators[0]}`, 'implied by the tick', IMPLIED[pack]]);
  for (const [level, harm, answers] of rows) {
    const cellsOf = STATES.map((consent) => {
      const a = { date: '2026-11-23', ...answers, consent };
      const now = run(cli, pack, a);
      cells++;
      if (!old) return now;
      const before = run(old, pack, a, oldRoot);
      if (before === now) return now;
      changed++;
      return `**${before} ⇒ ${now}**`;
    });
    lines.push(`| ${level} | ${harm} | ${cellsOf.join(' | ')} |`);
  }
  lines.push('');
}
if (old) lines.push(`${changed} of ${cells} cells changed.`);
console.log(lines.join('\n'));
