// The flows, written once and run in every engine (run.mjs). Each drives the page the way a person
// does: by role and accessible name or by visible text, through the widget's shadow root. They follow
// the Playwright specs they mirror: partnerships.spec.ts (a screening per pack), journey.spec.ts and
// embed.spec.ts (the Dudley reference case), pathways.spec.ts (Walsall's step down from CIN) and
// offline.spec.ts (the single file from file://).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { settled } from './drivers.mjs';
import { query } from './in-page.js';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const QUERY = query.toString();

export const PACK_IDS = fs
  .readdirSync(path.join(ROOT, 'content'))
  .filter((d) => fs.existsSync(path.join(ROOT, 'content', d, 'pack.json')))
  .sort();
const pack = (id) => JSON.parse(fs.readFileSync(path.join(ROOT, 'content', id, 'pack.json'), 'utf8'));
/** A procedure's link text, as the engine gives it (`threshold describe`). */
function procedureName(id, pathwayId) {
  const cli = path.join(ROOT, 'build', 'native', 'threshold');
  const described = JSON.parse(
    execFileSync(cli, ['describe', '--pack', path.join(ROOT, 'content', id, 'pack.json')]).toString(),
  );
  return described.pathways.find((x) => x.id === pathwayId).short_title;
}
const re = (source, flags = '') => ({ re: source, flags });
const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const describe = (q) => JSON.stringify(q);

/** Helpers over one driver (drivers.mjs): the same steps in every engine. */
export function steps(d, base) {
  const call = (op, arg) => `(${QUERY})(${JSON.stringify(op)}, ${JSON.stringify(arg ?? null)})`;
  const q = (op, arg) => d.run(call(op, arg));
  async function until(what, test, timeout = 10_000) {
    const end = Date.now() + timeout;
    for (;;) {
      const value = await test();
      if (value) return value;
      if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  const t = {
    base,
    q,
    until,
    /** Opens a page and waits until the screener is ready; from then on any request fails the flow. */
    async open(url) {
      // (Once, again: a navigation can be cut short by the error page of the one before.)
      await d.goto(new URL(url, base).href).catch(() => d.goto(new URL(url, base).href));
      await until(`the screener on ${url} to be ready`, () => q('ready'), 15_000);
      await q('mark');
      d.readyAt = Date.now();
    },
    find: (target, op = 'find') => until(describe(target), () => d.element(call(op, target))),
    /** The last steps taken, for the failure message. */
    trail: [],
    async click(target) {
      t.trail.push(`click ${describe(target)}`);
      await settled(d, async () => d.click(await t.find(target)));
    },
    async fill(target, text) {
      t.trail.push(`fill ${describe(target)}`);
      await settled(d, async () => d.type(await t.find(target, 'input'), text));
    },
    see: (target, timeout) => until(describe(target), () => q('exists', target), timeout),
    /** Waits until one of the targets is shown; its index. */
    async seeOneOf(targets) {
      let found = -1;
      await until(`one of ${describe(targets)}`, async () => {
        for (let i = 0; i < targets.length; i += 1) if (await q('exists', targets[i])) return ((found = i), true);
        return false;
      });
      return found;
    },
    /** Runs an action that draws a page and waits until the screener has drawn it. */
    async drawing(action) {
      await d.run(
        `void (window.__tsDrawn = new Promise((r) => document.addEventListener('threshold-screener:page', () => r(true), { once: true })))`,
      );
      await action();
      const drawn = await d.run(
        'Promise.race([window.__tsDrawn, new Promise((r) => setTimeout(() => r(false), 10000))])',
      );
      if (!drawn) {
        const heading = await d
          .run(
            `${call('find', { role: 'heading', level: 1 })}?.textContent ?? ${call('find', { role: 'heading', level: 2 })}?.textContent`,
          )
          .catch(() => '?');
        throw new Error(`the screener did not draw the next page (still at "${heading}")`);
      }
    },
    continue: () => t.drawing(() => t.click({ role: 'button', name: 'Continue', exact: true })),
    /** Chooses a radio by its label and continues. */
    async answer(label) {
      await t.click({ role: 'radio', name: label, exact: true });
      await t.continue();
    },
    /** Age in years, or months under one; skipped where the guidance does not ask. */
    async age({ years, months }) {
      const asked = await t.seeOneOf([
        { role: 'heading', name: 'How old is the child?' },
        { role: 'heading', name: 'Which services are involved with the child now?' },
      ]);
      if (asked !== 0) return;
      if (years !== undefined) {
        await t.click({ role: 'radio', name: 'One year old or older' });
        await t.fill({ role: 'textbox', name: 'Age in years' }, String(years));
      } else {
        await t.click({ role: 'radio', name: 'Under one year old' });
        await t.fill({ role: 'textbox', name: 'Age in months' }, String(months));
      }
      await t.continue();
    },
    async mobilityIfAsked(nonMobile) {
      const asked = await t.seeOneOf([
        { role: 'heading', name: re('non-mobile\\?$') },
        { role: 'heading', name: 'Which services are involved with the child now?' },
      ]);
      if (asked === 0) await t.answer(nonMobile ? 'Yes' : 'No');
    },
    async startNow() {
      await t.click({ role: 'button', name: 'Start now' });
      await t.see({ role: 'heading', name: re('Which partnership') });
    },
    /** Ticks an indicator found through the search box, by its exact wording. */
    async tick(search, text) {
      await t.fill({ role: 'searchbox', name: 'Search the indicators' }, search);
      await t.click({ role: 'checkbox', name: text, exact: true });
      await t.fill({ role: 'searchbox', name: 'Search the indicators' }, '');
    },
    /** The reference case from the danger question to the consent answer: a four-month-old,
     *  non-mobile baby with a bruise (Dudley). */
    async babyWithBruise(consent) {
      await t.answer('No');
      await t.age({ months: 4 });
      await t.answer('Yes');
      await t.answer('None');
      await t.tick('bruise', 'I am a non-mobile baby/child with a bruise or an injury');
      await t.continue();
      await t.answer(consent);
    },
    /** Dudley's level 4 result: what to do now names the strategy discussion and the MASH's numbers. */
    async dudleyLevel4(level) {
      await t.see({ role: 'heading', level, name: re('Level 4: Specialist') });
      await t.see({ css: '.ts-result__now', text: re('strategy discussion', 'i') });
      await t.see({ css: '.ts-result__now a[href="tel:03005550050"]' }); // MASH, in hours
      await t.see({ css: '.ts-result__now a[href="tel:03005558574"]' }); // Emergency Duty Team
    },
  };
  return t;
}

/** A screening in a partnership's guidance to its top level, as partnerships.spec.ts does it. */
async function screening(t, id) {
  const p = pack(id);
  await t.open('index.html');
  await t.startNow();
  await t.answer(p.partnership.name);
  // Guidance without an indicator matrix opens on an entry page; the screening is offered there.
  const entry = await t.seeOneOf([
    { role: 'button', name: 'Screen a concern' },
    { role: 'heading', name: 'Is the child in immediate danger?' },
  ]);
  if (entry === 0) await t.drawing(() => t.click({ role: 'button', name: 'Screen a concern' }));
  await t.see({ text: `Guidance: ${p.partnership.name}` });
  if (id === 'dudley') {
    await t.babyWithBruise('Yes, consent has been given');
    await t.dudleyLevel4(1);
    return;
  }
  const top = Math.max(...p.levels.map((l) => l.number));
  const level = p.levels.find((l) => l.number === top);
  await t.answer('No');
  await t.age({ years: 12 });
  await t.mobilityIfAsked(false);
  await t.answer('None');
  if (p.default_level == null) {
    // No default level: the level agreed with the safeguarding lead.
    await t.click({ role: 'radio', name: `Level ${top}: ${level.label}` });
  } else {
    const ind = p.indicators.filter(
      (i) => (i.kind ?? 'concern') === 'concern' && i.level === top && !i.applies_when,
    )[0];
    await t.click({ css: 'summary', text: p.domains.find((x) => x.id === ind.domain).label });
    await t.click({ role: 'checkbox', name: ind.text, exact: true });
  }
  await t.continue();
  await t.answer('Yes, consent has been given');
  await t.see({ role: 'heading', level: 1, name: re(`Level ${top}: ${escape(level.label)}`) });
  await t.see({ role: 'heading', name: 'What to do now' });
  await t.see({ text: `Source: ${p.partnership.cite_as ?? p.partnership.document_title}` });
}

/** Walsall's step down from CIN, as pathways.spec.ts walks it. */
async function pathway(t) {
  await t.open('index.html?pack=walsall');
  await t.click({ role: 'button', name: 'Start now' });
  await t.drawing(() => t.click({ role: 'link', name: procedureName('walsall', 'step_down_from_cin'), exact: true }));
  await t.answer('Consent given');
  await t.answer('Yes: supported via Family Safeguarding');
  await t.answer('From within the Early Help Locality');
  await t.see({ role: 'heading', level: 1, name: 'allocated to the Early Help Practitioner' });
  // The step-down form is due 5 working days after the meeting: listed among the route's deadlines.
  const form = pack('walsall')
    .pathways.find((x) => x.id === 'step_down_from_cin')
    .nodes.find((n) => n.id === 'step_down_plan');
  await t.see({ role: 'heading', name: 'Deadlines on this route' });
  await t.see({ css: 'li', text: form.timescale.label });
  await t.see({ role: 'heading', name: 'Your route' });
}

/** <threshold-screener pack="dudley"> on the demo host page, with its hostile CSS and strict CSP. */
async function widget(t, d) {
  await t.open('demo/index.html');
  // Inside the host's page the widget's headings start at h2; the pack is fixed by the attribute.
  await t.see({ role: 'heading', level: 2, name: 'Is the child in immediate danger?' });
  await t.see({ text: 'Guidance: Dudley Safeguarding People Partnership' });
  await t.babyWithBruise('Not yet asked');
  await t.dudleyLevel4(2);
  const h1s = await d.run(
    `[document.querySelectorAll('h1').length, document.querySelector('threshold-screener').shadowRoot.querySelectorAll('h1').length]`,
  );
  if (h1s[0] !== 1 || h1s[1] !== 0) throw new Error(`the host page should keep the only h1 (page, widget): ${h1s}`);
}

/** The single file opened from disk with the network off: a whole Dudley screening. */
async function offline(t, d, file) {
  await d.setOffline(true);
  // The network is off: the hosted page cannot load.
  let hosted = false;
  try {
    await d.goto(new URL('index.html', t.base).href, { timeout: 3_000 });
    await new Promise((r) => setTimeout(r, 300));
    hosted = await t.q('ready');
  } catch {
    // refused: the network is off
  }
  if (hosted) throw new Error('the hosted page loaded with the network off');
  await new Promise((r) => setTimeout(r, 200));
  await t.open(file);
  await t.startNow();
  for (const id of PACK_IDS) await t.see({ role: 'radio', name: pack(id).partnership.name, exact: true });
  await t.answer('Dudley Safeguarding People Partnership');
  await t.babyWithBruise('No, consent has been refused');
  await t.dudleyLevel4(1);
  const remote = await d.run(
    'performance.getEntriesByType("resource").map((r) => r.name).filter((u) => /^(https?|wss?):/.test(u))',
  );
  if (remote.length) throw new Error(`the offline file fetched ${remote.join(', ')}`);
}

/** The guard is not vacuous: a page error, a rejection, a CSP violation and a late request, injected,
 *  are each recorded. */
async function selfCheck(t, d) {
  await t.open('index.html?pack=dudley');
  await d.run(INJECT);
  const { problems, late } = await t
    .until(
      'the injected faults to be recorded',
      async () => {
        const r = await t.q('report');
        return r.problems.length >= 3 && r.late.length >= 1 ? r : null;
      },
      5_000,
    )
    .catch(() => t.q('report'));
  const want = [
    ['page error', /page error: .*self-check: injected page error/],
    ['unhandled rejection', /unhandled rejection: self-check: injected rejection/],
    ['CSP violation', /CSP violation: style-src/],
  ];
  const missed = want.filter(([, pattern]) => !problems.some((p) => pattern.test(p))).map(([what]) => what);
  if (!late.some((u) => u.includes('selfcheck'))) missed.push('request after load');
  if (missed.length)
    throw new Error(`the guard missed: ${missed.join(', ')} (saw ${JSON.stringify({ problems, late })})`);
}
/** The faults selfCheck expects, injected once the page is ready. */
export const INJECT = `(() => {
  setTimeout(() => { throw new Error('self-check: injected page error'); });
  Promise.reject(new Error('self-check: injected rejection'));
  const d = document.createElement('div');
  d.setAttribute('style', 'color: red');
  document.body.append(d);
  new Image().src = 'threshold-screener-frame.js?selfcheck';
  return true;
})()`;

/** Every flow: name, and run(t, d, context). `faults` names a flow whose problems are its point. */
export const FLOWS = [
  { name: 'guard self-check (faults injected)', run: selfCheck, faults: true },
  ...PACK_IDS.map((id) => ({ name: `screening: ${id}`, run: (t) => screening(t, id) })),
  { name: 'pathway: Walsall step down from CIN', run: pathway },
  { name: 'widget on the demo host', run: widget },
  { name: 'offline file, file://, network off', run: (t, d, ctx) => offline(t, d, ctx.file), offline: true },
];
