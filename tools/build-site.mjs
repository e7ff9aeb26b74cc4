#!/usr/bin/env node
// Builds the static site (build/site/, what `make run` serves) and, with --dist, what a partnership
// hosts (dist/) plus dist/threshold-screener.html: one self-contained file with the engine, scripts,
// styles and every pack inside, that works from file:// with no network; and the authoring page's
// own single file, threshold-author.html (both engines and the calendars inside).
//
//   node tools/build-site.mjs           # build/site/
//   node tools/build-site.mjs --dist    # build/site/ and dist/
//
// Every pack is validated once, here, by the CLI (`threshold validate`, on exactly the text the page
// will load): a pack that does not validate stops the build, and each one that does is vouched for
// with the SHA-256 of that text, so the page can load it through the engine's fast path (no second
// validation). A pack the page gets with any other text is validated in full, as before.
//
// Reads:  content/*/pack.json, content/calendars/*.json, web/, node_modules (govuk-frontend, sass,
//         esbuild), build/wasm/threshold_engine.mjs (the WASM engine; optional: without it the page
//         says the screener is unavailable), build/native/threshold (the CLI; optional: it
//         pre-renders each pack's static reference for the no-JavaScript fallback).
// Options: --engine FILE, --cli FILE, --content DIR, --out DIR, --dist-dir DIR, --quiet.

import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import startStrings from '../web/components/start/strings.mjs';
import { EARLY_START, START_ARROW } from '../web/components/start/start.mjs';
import { firstPagesOf } from '../web/screener/describe.mjs';
import * as sass from 'sass';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const DIST = args.includes('--dist');
const QUIET = args.includes('--quiet');
const OUT = path.resolve(ROOT, opt('--out', 'build/site'));
const DIST_DIR = path.resolve(ROOT, opt('--dist-dir', 'dist'));
const ENGINE = path.resolve(ROOT, opt('--engine', 'build/wasm/threshold_engine.mjs'));
/** The engine's worker script, beside the page script in the site (web/threshold-engine-worker.mjs). */
const ENGINE_WORKER = 'threshold-engine-worker.mjs';
const CLI = path.resolve(ROOT, opt('--cli', 'build/native/threshold'));
/** The authoring page's engine (wasm/author_bindings.cpp): loaded by author.html only. */
const AUTHOR_ENGINE = path.resolve(ROOT, opt('--author-engine', 'build/wasm/threshold_author_engine.mjs'));
const CONTENT = path.resolve(ROOT, opt('--content', 'content'));
const WEB = path.join(ROOT, 'web');

/** The policy of the hosted pages (a meta tag: static hosts cannot all send headers). */
export const SITE_CSP =
  "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:";
/** The policy of the pages that run the screener: the site's, and the early script inline by its hash. */
const screenerCsp = (early) => SITE_CSP.replace("script-src 'self'", `script-src 'self' ${sha256(early)}`);

const log = (...m) => {
  if (!QUIET) console.log(...m);
};
const warn = (...m) => console.warn('build-site: warning:', ...m);

function write(file, content) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, content);
}

/** Text for HTML content and quoted attribute values: nothing written into a page stays markup. */
const escapeHtml = (s) =>
  String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
/** The vouch: SHA-256 of the pack text's UTF-8 bytes, as the page computes it (crypto.subtle). */
const vouchOf = (text) => `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
const sha256 = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

// ---- packs ----------------------------------------------------------------------------------------

/** Packs that do not validate: [folder, problems]. Any stops the build. */
const refused = [];

function readPacks() {
  const dir = CONTENT;
  const packs = [];
  for (const name of fs.readdirSync(dir).sort()) {
    const file = path.join(dir, name, 'pack.json');
    if (!fs.existsSync(file)) continue;
    const text = fs.readFileSync(file, 'utf8');
    let data = null;
    try {
      data = JSON.parse(text);
    } catch (e) {
      refused.push([name, [`not JSON: ${e.message}`]]);
      continue;
    }
    if (typeof data?.id !== 'string' || !/^[a-z0-9_]+$/.test(data.id)) {
      refused.push([name, [`/id: ${JSON.stringify(data?.id ?? null)} is not a pack id (a-z, 0-9, _)`]]);
      continue;
    }
    const id = data.id;
    if (id !== name) warn(`${path.relative(ROOT, file)}: id "${id}" differs from its folder "${name}"`);
    if (packs.some((p) => p.id === id)) {
      refused.push([name, [`/id: "${id}" is the id of another pack too`]]);
      continue;
    }
    // The page loads the pack without its indentation or its authors' "$comment" notes (content/SCHEMA.md;
    // the engine drops them anyway): same values, same JSON Pointers.
    const shipped = JSON.stringify(data, (key, value) => (key === '$comment' ? undefined : value));
    const problems = validate(shipped, file, data.calendar);
    if (problems?.length) {
      refused.push([name, problems]);
      continue;
    }
    const p = data?.partnership ?? {};
    const described = problems === null ? null : firstPages(file);
    packs.push({
      id,
      file,
      text,
      shipped,
      vouch: problems === null ? null : vouchOf(shipped),
      firstPages: described,
      // Written beside the text (`export const calendar`, `data-calendar`): the page fetches the calendar
      // while the pack loads without parsing its JSON (about 5 ms a pack, five on the partnership question).
      calendar: typeof data.calendar === 'string' ? data.calendar : null,
      data,
      entry: {
        id,
        name: p.name ?? name,
        area: p.area ?? name,
        document_title: p.document_title ?? '',
        published: p.published ?? '',
        review: p.review ?? '',
        // How current the guidance is, in the engine's words ("Guidance dated …, checked …").
        currency: described?.partnership?.currency?.text ?? '',
        applies_to: p.applies_to ?? '',
        calendar: data?.calendar ?? 'england-and-wales',
        indicators: Array.isArray(data?.indicators) ? data.indicators.length : 0,
        pathways: Array.isArray(data?.pathways) ? data.pathways.map((x) => ({ id: x.id, title: x.title })) : [],
      },
    });
  }
  packs.sort((a, b) => a.entry.name.localeCompare(b.entry.name));
  return packs;
}

/**
 * Validates the pack text the page will load with the CLI: [] when valid, the CLI's problem lines
 * when not, null when there is no CLI to ask (the page then validates the pack itself).
 */
function validate(text, file, calendarId) {
  if (!fs.existsSync(CLI)) return null;
  const calendar = path.join(
    CONTENT,
    'calendars',
    `${typeof calendarId === 'string' && /^[a-z0-9_-]+$/.test(calendarId) ? calendarId : 'england-and-wales'}.json`,
  );
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ts-validate-'));
  const tmp = path.join(dir, 'pack.json');
  try {
    fs.writeFileSync(tmp, text);
    execFileSync(CLI, ['validate', tmp, ...(fs.existsSync(calendar) ? ['--calendar', calendar] : [])], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    return [];
  } catch (e) {
    const lines = String(e.stderr || e.message)
      .trim()
      .split('\n')
      .filter(Boolean);
    return (lines.length ? lines : ['the CLI refused it without a message']).map((l) =>
      l.split(tmp).join(path.relative(ROOT, file)),
    );
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * What the engine says of the pack before any answer (`threshold describe`), without the indicator
 * lists: the page draws its first pages from it (start, entry page, the immediate-danger question)
 * while the engine loads, and redraws them if the engine, once ready, says otherwise.
 */
function firstPages(file) {
  // Dated the day of the build, so that guidance past its review-by date says so on the first screen;
  // the page asks the engine again with its own day once it is ready (screener.mjs, firstPagesStand).
  return firstPagesOf(
    JSON.parse(
      execFileSync(CLI, ['describe', '--pack', file, '--answers', '-'], {
        encoding: 'utf8',
        input: JSON.stringify({ date: BUILD_DAY }),
        maxBuffer: 64 * 1024 * 1024,
        stdio: ['pipe', 'pipe', 'pipe'],
      }),
    ),
  );
}

/** The day of the build, YYYY-MM-DD, in local time as the page reckons its own. */
const BUILD_DAY = (() => {
  const now = new Date();
  const two = (n) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())}`;
})();

function readCalendars() {
  const dir = path.join(CONTENT, 'calendars');
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => ({ id: f.replace(/\.json$/, ''), text: fs.readFileSync(path.join(dir, f), 'utf8') }));
}

/** A module whose default export is the JSON text (import() is allowed by script-src 'self'). */
const textModule = (text) => `export default ${JSON.stringify(text)};\n`;

// ---- styles ---------------------------------------------------------------------------------------

const COMPONENT_CSS = [
  'question',
  'screener',
  'start',
  'entry',
  'indicators',
  'contact',
  'steps',
  'emergency',
  'result',
  'pathway',
  'actions',
  'fallback',
];

/**
 * The GOV.UK class names the pages can use: every `govuk-…` name written in the page's code, its
 * templates, this build and the CLI's reference pages (core/, cli/). A name written as the start of
 * one (`govuk-heading-${size}`, `'govuk-tag--' + colour`) keeps every name it starts.
 */
function usedGovukClasses() {
  const names = new Set();
  const prefixes = [];
  const read = (dir) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, e.name);
      if (e.isDirectory()) read(file);
      else if (/\.(mjs|js|html|cpp|hpp|h)$/.test(e.name))
        for (const [m, name, open] of fs
          .readFileSync(file, 'utf8')
          .matchAll(/(govuk-[A-Za-z0-9_!-]*)(\$\{|['"`] \+)?/g)) {
          if (open || name.endsWith('-')) prefixes.push(name);
          else names.add(name);
          void m;
        }
    }
  };
  for (const dir of ['web', 'core', 'cli']) if (fs.existsSync(path.join(ROOT, dir))) read(path.join(ROOT, dir));
  for (const [m] of fs.readFileSync(fileURLToPath(import.meta.url), 'utf8').matchAll(/govuk-[A-Za-z0-9_-]+/g))
    names.add(m);
  return (name) => names.has(name) || prefixes.some((p) => name.startsWith(p));
}

/**
 * Minified CSS without the rules (and the selectors of a list) that name a GOV.UK class the pages
 * never use (issue 26: GOV.UK Frontend's components carry variants the screener has no use for).
 */
function dropUnused(css, used) {
  // A class inside :not() narrows nothing away when unused: only the others decide.
  const withoutNot = (sel) => {
    let out = '';
    for (let i = 0; i < sel.length; i += 1) {
      if (!sel.startsWith(':not(', i)) {
        out += sel[i];
        continue;
      }
      let depth = 0;
      for (i += 4; i < sel.length; i += 1) {
        if (sel[i] === '(') depth += 1;
        else if (sel[i] === ')' && (depth -= 1) === 0) break;
      }
    }
    return out;
  };
  const keepSelector = (sel) =>
    [...withoutNot(sel).matchAll(/\.(govuk-[A-Za-z0-9_-]*(?:\\!)?[A-Za-z0-9_-]*)/g)].every(
      ([, c]) => c.includes('\\!') || used(c),
    );
  /** Splits a selector list at its top-level commas. */
  const split = (list) => {
    const out = [];
    let depth = 0;
    let from = 0;
    for (let i = 0; i < list.length; i += 1) {
      if (list[i] === '(') depth += 1;
      else if (list[i] === ')') depth -= 1;
      else if (list[i] === ',' && depth === 0) {
        out.push(list.slice(from, i));
        from = i + 1;
      }
    }
    out.push(list.slice(from));
    return out;
  };
  /** The index just after the block that opens at `open` (a '{'). */
  const blockEnd = (text, open) => {
    let depth = 0;
    for (let i = open; i < text.length; i += 1) {
      if (text[i] === '"' || text[i] === "'") i = text.indexOf(text[i], i + 1);
      else if (text[i] === '{') depth += 1;
      else if (text[i] === '}' && (depth -= 1) === 0) return i + 1;
    }
    throw new Error('CSS: a block is not closed');
  };
  const filter = (text) => {
    let out = '';
    let i = 0;
    while (i < text.length) {
      const brace = text.indexOf('{', i);
      const semi = text.indexOf(';', i);
      if (brace < 0 || (semi >= 0 && semi < brace)) {
        // an at-rule with no block (@import, @charset), or what is left
        const end = semi < 0 ? text.length : semi + 1;
        out += text.slice(i, end);
        i = end;
        continue;
      }
      const prelude = text.slice(i, brace);
      const end = blockEnd(text, brace);
      const body = text.slice(brace + 1, end - 1);
      if (/^\s*@(media|supports|layer|container)\b/.test(prelude)) {
        const inner = filter(body);
        if (inner.trim()) out += `${prelude}{${inner}}`;
      } else if (/^\s*@/.test(prelude)) out += text.slice(i, end);
      else {
        const kept = split(prelude).filter(keepSelector);
        if (kept.length) out += `${kept.join(',')}{${body}}`;
      }
      i = end;
    }
    return out;
  };
  return filter(css);
}

function buildCss() {
  const govuk = sass.compile(path.join(WEB, 'styles', 'govuk.scss'), {
    style: 'compressed',
    importers: [new sass.NodePackageImporter(ROOT)],
    silenceDeprecations: ['import'],
  }).css;
  const components = COMPONENT_CSS.map((c) =>
    fs.readFileSync(path.join(WEB, 'components', c, `${c}.css`), 'utf8'),
  ).join('\n');
  const page = fs.readFileSync(path.join(WEB, 'styles', 'page.css'), 'utf8');
  const widget = fs.readFileSync(path.join(WEB, 'components', 'widget', 'widget.css'), 'utf8');
  const minify = (css) => esbuild.transformSync(css, { loader: 'css', minify: true }).code;
  const used = usedGovukClasses();
  const pageCss = minify(dropUnused(minify(`${govuk}\n${components}\n${page}`), used));
  // In a shadow root, custom properties must be set on :host, and rem would follow the host page's
  // root font size (a site with html {font-size: 62.5%} would shrink the widget): use pixels.
  const widgetCss = minify(dropUnused(minify(`${govuk}\n${components}\n${widget}`), used))
    .replace(/:root/g, ':host')
    .replace(/(-?\d*\.?\d+)rem\b/g, (m, n) => `${+(Number(n) * 16).toFixed(3)}px`);
  for (const [name, css] of [
    ['page', pageCss],
    ['widget', widgetCss],
  ]) {
    const urls = css.match(/url\([^)]*\)/g) ?? [];
    if (urls.some((u) => !u.startsWith('url(data:')))
      warn(`${name} CSS refers to files: ${[...new Set(urls)].join(', ')}`);
  }
  return { pageCss, widgetCss };
}

// ---- scripts --------------------------------------------------------------------------------------

/** Keeps the engine module a separate file (hosted) or bundles it in (single file). */
function enginePlugin(inline) {
  return {
    name: 'threshold-engine',
    setup(build) {
      // The authoring engine: its own file beside the authoring page's scripts, or bundled in (the
      // authoring page's single file).
      build.onResolve({ filter: /threshold_author_engine\.mjs$/ }, () =>
        inline ? { path: AUTHOR_ENGINE } : { path: './threshold_author_engine.mjs', external: true },
      );
      build.onResolve({ filter: /threshold_engine\.mjs$/ }, () =>
        inline ? { path: ENGINE } : { path: './threshold_engine.mjs', external: true },
      );
    },
  };
}

async function bundle({ inline, entry = 'threshold-screener.mjs' }) {
  const r = await esbuild.build({
    entryPoints: [path.join(WEB, entry)],
    // Hosted pages run the engine in its worker, next to the script; the single file runs it on the
    // page's thread (a worker cannot start from a file:// page).
    define: {
      TS_ENGINE_WORKER: inline ? 'null' : JSON.stringify(ENGINE_WORKER),
      TS_AUTHOR_WORKER: inline ? 'null' : JSON.stringify(AUTHOR.worker),
    },
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: ['chrome100', 'firefox100', 'safari15'],
    minify: true,
    legalComments: 'none',
    // The engine holds its binary as a Latin-1 string (tools/embed-wasm.mjs): keep those characters
    // as UTF-8 instead of esbuild's default \xNN escapes, which would double the single file.
    charset: 'utf8',
    write: false,
    logLevel: 'error',
    // The Emscripten module's Node branch requires these; it never runs in a browser.
    external: ['fs', 'path', 'crypto', 'url', 'module', 'node:*', 'ws', 'worker_threads'],
    plugins: [enginePlugin(inline)],
  });
  return r.outputFiles[0].text;
}

/** web/screener/engine.mjs and every module beside it that it imports, as [file name, text]. */
function engineApiModules() {
  const dir = path.join(WEB, 'screener');
  const found = new Map();
  const visit = (name) => {
    if (found.has(name)) return;
    const text = fs.readFileSync(path.join(dir, name), 'utf8');
    found.set(name, text);
    for (const [, dep] of text.matchAll(/^import [^;]*? from '\.\/([\w-]+\.mjs)';$/gm)) visit(dep);
  };
  visit('engine.mjs');
  if (!found.get('engine.mjs').includes("import('./threshold_engine.mjs')"))
    throw new Error('web/screener/engine.mjs no longer imports ./threshold_engine.mjs');
  return [...found];
}

// ---- HTML -----------------------------------------------------------------------------------------

function packLinks(packs, { references }) {
  return packs
    .map((p) => {
      const name = escapeHtml(p.entry.name);
      const id = escapeHtml(p.id);
      return references
        ? `<li><a class="govuk-link" href="reference/${id}.html">${name}</a></li>`
        : `<li><a class="govuk-link" href="#ts-reference-${id}">${name}</a></li>`;
    })
    .join('\n              ');
}

function fillTemplate(file, values) {
  let html = fs.readFileSync(file, 'utf8');
  for (const [k, v] of Object.entries(values)) html = html.split(`<!-- ts:${k} -->`).join(v);
  const unfilled = html.match(/<!-- ts:[\w-]+ -->/);
  if (unfilled) throw new Error(`${path.relative(ROOT, file)}: no value for ${unfilled[0]}`);
  return html;
}

/** The CLI's static reference of a pack (an HTML fragment), or null when the CLI is not built. */
function renderReference(pack) {
  if (!fs.existsSync(CLI)) return null;
  try {
    return execFileSync(CLI, ['render', '--pack', pack.file, '--fragment'], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  } catch (e) {
    warn(
      `threshold render ${path.relative(ROOT, pack.file)} failed: ${
        String(e.stderr || e.message)
          .trim()
          .split('\n')[0]
      }`,
    );
    return null;
  }
}

/** Inline styles and style attributes in the CLI's fragment would break under the CSP. */
function checkFragment(id, html) {
  if (/<style[\s>]/i.test(html) || /\sstyle\s*=/i.test(html))
    warn(`the reference of ${id} has inline styles, which the CSP blocks`);
  if (/<script[\s>]/i.test(html)) warn(`the reference of ${id} has a script`);
}

/** The head every page shares: encoding, viewport, its Content Security Policy, no referrer, no favicon fetch. */
function pageHead(csp, title = 'Threshold Screener') {
  return `<meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta http-equiv="Content-Security-Policy" content="${csp}">
  <meta name="referrer" content="no-referrer">
  <link rel="icon" href="data:,">
  <title>${escapeHtml(title)}</title>`;
}

/** The skip link and the header bar; `home` links the name back to the start page (none in the single file). */
function siteHeader(home) {
  const name = home ? `<a href="${escapeHtml(home)}">Threshold Screener</a>` : 'Threshold Screener';
  return `<a href="#main-content" class="govuk-skip-link">Skip to main content</a>
  <header class="ts-header">
    <div class="govuk-width-container">
      <p class="ts-header__name">${name}</p>
    </div>
  </header>`;
}

function referencePage(pack, fragment) {
  const name = escapeHtml(pack.entry.name);
  const body =
    fragment ??
    `<p class="govuk-body">The static reference was not built (build/native/threshold was missing when the site was built).</p>`;
  return `<!DOCTYPE html>
<html lang="en" class="govuk-template">
<head>
  ${pageHead(SITE_CSP, `${pack.entry.name}: guidance reference – Threshold Screener`)}
  <link rel="stylesheet" href="../threshold-screener.css">
</head>
<body class="govuk-template__body">
  ${siteHeader('../')}
  <div class="govuk-width-container">
    <main class="govuk-main-wrapper ts-reference" id="main-content">
      <div class="govuk-inset-text">This is the static reference of the ${name} guidance. <a class="govuk-link" href="../index.html?pack=${escapeHtml(encodeURIComponent(pack.id))}">Use the interactive screener</a> (it needs JavaScript and WebAssembly).</div>
${body}
    </main>
  </div>
</body>
</html>
`;
}

/** Escapes text for a <script> element: no "</script" and no "<!--" may appear inside. */
function scriptSafe(js) {
  return js.replace(/<\/script/gi, '<\\/script').replace(/<!--/g, '<\\!--');
}

/** JSON for a data block: "<" escaped as \u003c, still valid JSON with the same value. */
const jsonBlock = (text) => text.replace(/</g, '\\u003c');

const attrsHtml = (attrs) =>
  Object.entries(attrs)
    .map(([k, v]) => ` ${k}="${escapeHtml(v)}"`)
    .join('');

// Start now on the static first screen: a link, so it works from the first paint, before any script
// has run (the screener opens #first-question as it draws its first page), with a line that shows
// while it opens (CSS :target; focusable, so a screen reader reads it). Hidden without JavaScript
// (threshold-screener-noscript.css) and where the screener cannot run (.ts-fallback--static); in its
// place a message when the page script could not load (.ts-fallback--unloaded, threshold-engine-early.js).
const START_NOW = `<div class="ts-fallback__start">
<a href="#${EARLY_START}" draggable="false" class="govuk-button govuk-button--start">${escapeHtml(startStrings.startNow)} <svg${attrsHtml(START_ARROW.svg)}><path${attrsHtml(START_ARROW.path)}/></svg></a>
<p class="govuk-body ts-fallback__opening" id="${EARLY_START}" tabindex="-1">${escapeHtml(startStrings.opening)}</p>
</div>
<p class="govuk-body ts-fallback__unloaded" role="alert">${escapeHtml(startStrings.unloaded)}</p>`;

/** The static first screen's warning (as in web/index.html): 999 before anything has loaded. */
const DANGER_WARNING = `<div class="govuk-warning-text"><span class="govuk-warning-text__icon" aria-hidden="true">!</span><strong class="govuk-warning-text__text"><span class="govuk-visually-hidden">Warning</span> If a child is in immediate danger, call 999. <a class="govuk-link" href="tel:999">Call 999</a></strong></div>`;

function singleFile({ packs, calendars, index, pageCss, noscriptCss, js, earlyJs, references }) {
  const script = scriptSafe(js);
  // Start now pressed before the page script has run: what threshold-engine-early.js does on the
  // hosted pages (it starts no worker from a file).
  const early = scriptSafe(earlyJs);
  const style = pageCss;
  const csp = `default-src 'none'; script-src ${sha256(script)} ${sha256(early)} 'wasm-unsafe-eval'; style-src ${sha256(style)} ${sha256(noscriptCss)}; img-src data:`;
  const blocks = [
    `<script type="application/json" id="ts-packs-index">${jsonBlock(JSON.stringify(index))}</script>`,
    // The vouch is for the block's text as the page reads it (with its \u003c escapes).
    ...packs.map(
      (p) =>
        `<script type="application/json" id="ts-pack-${escapeHtml(p.id)}"${p.vouch ? ` data-vouch="${escapeHtml(vouchOf(jsonBlock(p.shipped)))}"` : ''}${p.calendar ? ` data-calendar="${escapeHtml(p.calendar)}"` : ''}>${jsonBlock(p.shipped)}</script>`,
    ),
    ...packs
      .filter((p) => p.firstPages)
      .map(
        (p) =>
          `<script type="application/json" id="ts-first-pages-${escapeHtml(p.id)}">${jsonBlock(JSON.stringify(p.firstPages))}</script>`,
      ),
    ...calendars.map(
      (c) => `<script type="application/json" id="ts-calendar-${escapeHtml(c.id)}">${jsonBlock(c.text)}</script>`,
    ),
  ].join('\n');
  const refs = packs
    .map((p) => {
      const frag = references.get(p.id);
      return frag
        ? `<details class="govuk-details" id="ts-reference-${escapeHtml(p.id)}"><summary class="govuk-details__summary"><span class="govuk-details__summary-text">${escapeHtml(p.entry.name)}</span></summary><div class="govuk-details__text">${frag}</div></details>`
        : '';
    })
    .join('\n');
  const links = packs
    .map((p) => `<li>${escapeHtml(p.entry.name)}${references.get(p.id) ? ' (the guidance is below)' : ''}</li>`)
    .join('\n');
  const html = `<!DOCTYPE html>
<html lang="en" class="govuk-template">
<head>
${pageHead(csp)}
<style>${style}</style>
<noscript><style>${noscriptCss}</style></noscript>
<script>${early}</script>
</head>
<body class="govuk-template__body">
${siteHeader(null)}
<div class="govuk-width-container">
<main class="govuk-main-wrapper" id="main-content">
<div class="govuk-grid-row">
<div class="govuk-grid-column-two-thirds-from-desktop" data-module="ts-screener-page">
<div class="ts-fallback js-ts-fallback" data-module="ts-fallback">
<h1 class="govuk-heading-xl">${escapeHtml(startStrings.title)}</h1>
${DANGER_WARNING}
<p class="govuk-body-l">${escapeHtml(startStrings.lead)}</p>
${START_NOW}
<noscript>
<p class="govuk-body">This file is the whole Threshold Screener: it works offline, opened straight from your computer.</p>
<p class="govuk-body">It needs JavaScript and WebAssembly, which every current browser has. Turn JavaScript on and open the file again to use it.</p>
</noscript>
<p class="govuk-body">The partnerships it covers:</p>
<ul class="govuk-list govuk-list--bullet ts-fallback__packs">
${links}
</ul>
${refs}
</div>
</div>
</div>
</main>
</div>
<footer class="ts-footer"><div class="govuk-width-container"><p class="govuk-body-s">The result is indicative and is not a substitute for professional judgement. Nothing you enter leaves this device.</p></div></footer>
${blocks}
<script type="module">${script}</script>
</body>
</html>
`;
  return { html, csp };
}

// ---- the authoring page's single file -------------------------------------------------------------

/** The authoring page's files that are not the template's (issue 27). */
const AUTHOR = {
  title: 'Edit your guidance – Threshold Screener',
  worker: 'threshold-author-worker.mjs',
  /** The authoring page as one file, for offline use: author.html offers it. */
  single: 'threshold-author.html',
  offlineLink: `<p class="govuk-body ts-author__offline"><a class="govuk-link" href="threshold-author.html" download>Download the authoring page for offline use</a>: one file that works opened from your computer, with no internet connection.</p>`,
};

/**
 * threshold-author.html: the authoring page (web/author/author.html) in one file that works opened
 * from disk, under the single file's policy: its script (the authoring engine, the screener's engine
 * for the preview and CodeMirror bundled in) and styles inline by their hashes, the calendars as data
 * blocks. From a file:// page no worker can start, so both engines run on the page's thread (the
 * safety checks, seconds long, then run when the author asks).
 */
function authorSingleFile({ pageCss, authorCss, js, calendars }) {
  const script = scriptSafe(js);
  const csp = `default-src 'none'; script-src ${sha256(script)} 'wasm-unsafe-eval'; style-src ${sha256(pageCss)} ${sha256(authorCss)}; img-src data:`;
  const blocks = calendars
    .map((c) => `<script type="application/json" id="ts-calendar-${escapeHtml(c.id)}">${jsonBlock(c.text)}</script>`)
    .join('\n');
  const html = fillTemplate(path.join(WEB, 'author', 'author.html'), {
    head: pageHead(csp, AUTHOR.title),
    'author-assets': `<style>${pageCss}</style>\n  <style>${authorCss}</style>`,
    header: siteHeader(null),
    'author-screener': 'the screener',
    'author-offline': '',
  }).replace('</body>', () => `${blocks}\n<script type="module">${script}</script>\n</body>`);
  return { html, csp };
}

// ---- the examples page ----------------------------------------------------------------------------

/** The examples page's files (build/site only, never in dist/). */
const EXAMPLES = { page: 'examples.html', script: 'examples.mjs', css: 'examples.css' };

/** The static first screen's block (.js-ts-fallback) of the built index.html, for its examples. */
function fallbackBlock(html) {
  const start = html.indexOf('<div class="ts-fallback js-ts-fallback"');
  if (start < 0) throw new Error('web/index.html has no .js-ts-fallback block');
  const tags = /<\/?div\b[^>]*>/g;
  tags.lastIndex = start;
  let depth = 0;
  for (let m = tags.exec(html); m; m = tags.exec(html)) {
    depth += m[0].startsWith('</') ? -1 : 1;
    if (depth === 0) return html.slice(start, m.index + m[0].length);
  }
  throw new Error('web/index.html: the .js-ts-fallback block is not closed');
}

/** Every example of every component (web/components/<name>/examples.mjs), under the site's CSP. */
function examplesPage(fallback) {
  return `<!DOCTYPE html>
<html lang="en" class="govuk-template">
<head>
  ${pageHead(SITE_CSP, 'Component examples – Threshold Screener')}
  <link rel="stylesheet" href="threshold-screener.css">
  <link rel="stylesheet" href="${EXAMPLES.css}">
  <script type="module" src="${EXAMPLES.script}"></script>
</head>
<body class="govuk-template__body">
  ${siteHeader('./')}
  <template id="ts-example-fallback">${fallback}</template>
  <div class="govuk-width-container">
    <main class="govuk-main-wrapper" id="main-content">
      <h1 class="govuk-heading-xl">Component examples</h1>
      <p class="govuk-body-l">Each component of the screener in each state it can be in, drawn from data shaped as the engine sends it.</p>
    </main>
  </div>
</body>
</html>
`;
}

// ---- main -----------------------------------------------------------------------------------------

async function main() {
  const packs = readPacks();
  if (refused.length) {
    for (const [name, problems] of refused)
      console.error(
        `build-site: the pack in ${JSON.stringify(name)} does not validate:\n  ${problems.slice(0, 20).join('\n  ')}${problems.length > 20 ? `\n  … and ${problems.length - 20} more` : ''}`,
      );
    throw new Error(
      `${refused.length} pack(s) do not validate: the site is not built (fix them or move them out of ${path.relative(ROOT, CONTENT) || '.'}/)`,
    );
  }
  if (!fs.existsSync(CLI))
    warn(
      `${path.relative(ROOT, CLI)} is missing: packs are not validated here, so the page validates each one itself (slower)`,
    );
  const calendars = readCalendars();
  if (!packs.length) warn(`no ${path.relative(ROOT, CONTENT)}/*/pack.json found`);
  const index = packs.map((p) => p.entry);
  const hasEngine = fs.existsSync(ENGINE);
  if (!hasEngine)
    warn(
      `${path.relative(ROOT, ENGINE)} is missing: the page will say the screener is unavailable (run the WASM build first)`,
    );

  fs.rmSync(OUT, { recursive: true, force: true });
  fs.mkdirSync(OUT, { recursive: true });

  const { pageCss, widgetCss } = buildCss();
  write(path.join(OUT, 'threshold-screener.css'), pageCss);
  write(path.join(OUT, 'threshold-screener-styles.mjs'), textModule(widgetCss));

  const js = await bundle({ inline: false });
  write(path.join(OUT, 'threshold-screener.mjs'), js);
  if (hasEngine) {
    fs.copyFileSync(ENGINE, path.join(OUT, 'threshold_engine.mjs'));
    write(path.join(OUT, ENGINE_WORKER), await bundle({ inline: false, entry: ENGINE_WORKER }));
  }
  // The host page's script that sizes an embedding iframe to the screener (a classic script, as its
  // web team reads it: it is no part of a screening's download).
  fs.copyFileSync(path.join(WEB, 'threshold-screener-frame.js'), path.join(OUT, 'threshold-screener-frame.js'));
  // The pages' own classic scripts, minified like the rest: the early script (Start now, and the
  // engine's worker started while the page loads; inline in the single file), and the stand-alone
  // page's script that explains a copy saved with the browser (Ctrl+S).
  const classic = (name) =>
    esbuild.transformSync(fs.readFileSync(path.join(WEB, name), 'utf8'), { loader: 'js', minify: true }).code;
  const earlyJs = classic('threshold-engine-early.js');
  write(path.join(OUT, 'threshold-engine-early.js'), earlyJs);
  // Without JavaScript, the static first screen's Start now is hidden (index.html and embed.html link
  // it; the single file has it inline).
  const noscriptCss = esbuild.transformSync(
    fs.readFileSync(path.join(WEB, 'components', 'fallback', 'noscript.css'), 'utf8'),
    { loader: 'css', minify: true },
  ).code;
  write(path.join(OUT, 'threshold-screener-noscript.css'), noscriptCss);
  write(path.join(OUT, 'threshold-screener-saved.js'), classic('threshold-screener-saved.js'));
  // The engine's JS API on its own, for anyone scripting the engine (and the bench and tests): the
  // module and the modules beside it that it imports.
  for (const [name, text] of engineApiModules()) {
    write(
      path.join(OUT, 'screener', name),
      name === 'engine.mjs'
        ? text.replace("import('./threshold_engine.mjs')", "import('../threshold_engine.mjs')")
        : text,
    );
  }

  for (const p of packs) {
    write(path.join(OUT, 'packs', `${p.id}.json`), p.text);
    // The module holds the pack without its indentation (same values, same JSON Pointers), and the
    // build's vouch for exactly that text.
    write(
      path.join(OUT, 'packs', `${p.id}.mjs`),
      `${textModule(p.shipped)}${p.vouch ? `export const vouch = ${JSON.stringify(p.vouch)};\n` : ''}${p.calendar ? `export const calendar = ${JSON.stringify(p.calendar)};\n` : ''}`,
    );
    if (p.firstPages)
      write(path.join(OUT, 'packs', `${p.id}.first.mjs`), `export default ${JSON.stringify(p.firstPages)};\n`);
  }
  write(path.join(OUT, 'packs', 'index.json'), `${JSON.stringify(index, null, 2)}\n`);
  write(path.join(OUT, 'packs', 'index.mjs'), `export default ${JSON.stringify(index)};\n`);
  for (const c of calendars) {
    write(path.join(OUT, 'calendars', `${c.id}.json`), c.text);
    write(path.join(OUT, 'calendars', `${c.id}.mjs`), textModule(c.text));
  }

  const references = new Map();
  for (const p of packs) {
    const fragment = renderReference(p);
    if (fragment) {
      checkFragment(p.id, fragment);
      references.set(p.id, fragment);
    }
    write(path.join(OUT, 'reference', `${p.id}.html`), referencePage(p, fragment));
  }
  if (!fs.existsSync(CLI))
    warn(`${path.relative(ROOT, CLI)} is missing: the static references say they were not built`);

  // The early script, first in the head of index.html and embed.html: it starts the engine's worker
  // and asks for ?pack=X's files as the HTML is parsed, not once a file has arrived and the
  // stylesheet and page script have had their turn (issue 26). data-packs: the packs it may ask
  // for, id -> [calendar or "", whether the first pages were written].
  const early = scriptSafe(earlyJs);
  const earlyPacks = Object.fromEntries(packs.map((p) => [p.id, [p.calendar ?? '', p.firstPages ? 1 : 0]]));
  const values = {
    head: `${pageHead(screenerCsp(early))}\n  <script data-packs="${escapeHtml(JSON.stringify(earlyPacks))}">${early}</script>`,
    header: siteHeader('./'),
    packs: packLinks(packs, { references: true }),
    // The static first screen opens as the start page does, in the start page's own words.
    'start-title': escapeHtml(startStrings.title),
    'start-lead': escapeHtml(startStrings.lead),
    'start-now': START_NOW,
  };
  const indexHtml = fillTemplate(path.join(WEB, 'index.html'), values);
  write(path.join(OUT, 'index.html'), indexHtml);
  write(path.join(OUT, 'embed.html'), fillTemplate(path.join(WEB, 'embed.html'), values));
  fs.cpSync(path.join(WEB, 'demo'), path.join(OUT, 'demo'), { recursive: true });
  // Every component's examples on one page (site only: no partnership hosts it).
  write(path.join(OUT, EXAMPLES.script), await bundle({ inline: false, entry: 'examples/examples-page.mjs' }));
  write(path.join(OUT, EXAMPLES.css), fs.readFileSync(path.join(WEB, 'examples', 'examples.css'), 'utf8'));
  write(path.join(OUT, EXAMPLES.page), examplesPage(fallbackBlock(indexHtml)));

  // The authoring page (issue 27): its script (CodeMirror bundled in), styles, worker and engine are
  // loaded by author.html only, so nothing of it reaches the screener's pages.
  const hasAuthorSingle = hasEngine && fs.existsSync(AUTHOR_ENGINE);
  write(path.join(OUT, 'threshold-author.mjs'), await bundle({ inline: false, entry: 'author/author.mjs' }));
  write(
    path.join(OUT, 'threshold-author-worker.mjs'),
    await bundle({ inline: false, entry: 'author/author-worker.mjs' }),
  );
  write(
    path.join(OUT, 'threshold-author.css'),
    esbuild.transformSync(fs.readFileSync(path.join(WEB, 'author', 'author.css'), 'utf8'), {
      loader: 'css',
      minify: true,
    }).code,
  );
  write(
    path.join(OUT, 'author.html'),
    fillTemplate(path.join(WEB, 'author', 'author.html'), {
      ...values,
      head: pageHead(SITE_CSP, AUTHOR.title),
      'author-assets': `<link rel="stylesheet" href="threshold-screener.css">
  <link rel="stylesheet" href="threshold-author.css">
  <script type="module" src="threshold-author.mjs"></script>`,
      'author-screener': '<a class="govuk-link" href="index.html">the screener</a>',
      'author-offline': hasAuthorSingle ? AUTHOR.offlineLink : '',
    }),
  );
  if (fs.existsSync(AUTHOR_ENGINE)) fs.copyFileSync(AUTHOR_ENGINE, path.join(OUT, 'threshold_author_engine.mjs'));
  else
    warn(
      `${path.relative(ROOT, AUTHOR_ENGINE)} is missing: the authoring page cannot check guidance (run the WASM build first)`,
    );
  if (hasAuthorSingle)
    write(
      path.join(OUT, AUTHOR.single),
      authorSingleFile({
        pageCss,
        authorCss: fs.readFileSync(path.join(OUT, 'threshold-author.css'), 'utf8'),
        js: await bundle({ inline: true, entry: 'author/author.mjs' }),
        calendars,
      }).html,
    );

  let single = null;
  if (hasEngine) {
    const inlineJs = await bundle({ inline: true });
    single = singleFile({ packs, calendars, index, pageCss, noscriptCss, js: inlineJs, earlyJs, references });
    write(path.join(OUT, 'threshold-screener.html'), single.html);
  }

  log(
    `build-site: ${path.relative(ROOT, OUT)}/ with ${packs.length} packs (${packs.map((p) => p.id).join(', ')})${hasEngine ? '' : ', no engine'}${references.size ? `, ${references.size} references` : ', no references'}`,
  );

  if (DIST) {
    fs.rmSync(DIST_DIR, { recursive: true, force: true });
    const siteOnly = [path.join(OUT, 'demo'), ...Object.values(EXAMPLES).map((f) => path.join(OUT, f))];
    fs.cpSync(OUT, DIST_DIR, { recursive: true, filter: (src) => !siteOnly.some((s) => src.startsWith(s)) });
    if (!single) warn('dist/threshold-screener.html not written: the engine is missing');
    log(
      `build-site: ${path.relative(ROOT, DIST_DIR)}/ (the files a partnership hosts)${single ? ' and dist/threshold-screener.html (one file, offline)' : ''}`,
    );
  }
}

main().catch((e) => {
  console.error(`build-site: ${refused.length ? e.message : e.stack || e.message}`);
  process.exit(1);
});
