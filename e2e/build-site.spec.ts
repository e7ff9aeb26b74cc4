// The site build (tools/build-site.mjs) writes nothing from a pack into a page unescaped, and refuses a
// pack that does not validate (issue 10, defect 4). No browser: these run the build on a scratch
// content folder and read what it wrote.
import { test, expect } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const HOSTILE = 'q"><img src=x onerror=alert(1)>';

function scratch(packs: Record<string, unknown>) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ts-build-site-'));
  const content = path.join(dir, 'content');
  fs.cpSync(path.join(ROOT, 'content', 'calendars'), path.join(content, 'calendars'), { recursive: true });
  for (const [folder, pack] of Object.entries(packs)) {
    fs.mkdirSync(path.join(content, folder), { recursive: true });
    fs.writeFileSync(
      path.join(content, folder, 'pack.json'),
      typeof pack === 'string' ? pack : JSON.stringify(pack, null, 2),
    );
  }
  return { dir, content, out: path.join(dir, 'site') };
}

function build(s: { content: string; out: string }) {
  return spawnSync(process.execPath, ['tools/build-site.mjs', '--content', s.content, '--out', s.out, '--quiet'], {
    cwd: ROOT,
    encoding: 'utf8',
  });
}

const dudley = () => JSON.parse(fs.readFileSync(path.join(ROOT, 'content', 'dudley', 'pack.json'), 'utf8'));

test.describe('the site build', () => {
  test.skip(!fs.existsSync(path.join(ROOT, 'build', 'native', 'threshold')), 'needs the CLI (make native)');

  test('refuses a pack whose id is not an id, naming its folder, and writes no page', () => {
    const s = scratch({ [HOSTILE]: { ...dudley(), id: HOSTILE } });
    const r = build(s);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`the pack in ${JSON.stringify(HOSTILE)} does not validate`);
    expect(r.stderr).toContain('is not a pack id');
    expect(fs.existsSync(path.join(s.out, 'index.html'))).toBe(false);
  });

  test("refuses a pack that breaks the schema, with the CLI's problem and its JSON Pointer", () => {
    const s = scratch({ dudley: { ...dudley(), colour: 'red' }, broken: '{"id": "broken",' });
    const r = build(s);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/"dudley" does not validate:\n.*\/colour/);
    expect(r.stderr).toContain('"broken" does not validate');
    expect(fs.existsSync(path.join(s.out, 'index.html'))).toBe(false);
  });

  test('escapes a partnership name in every page it writes, and vouches for what it validated', () => {
    const pack = dudley();
    pack.partnership.name = `Dudley ${HOSTILE} & "Co"`;
    const s = scratch({ dudley: pack });
    const r = build(s);
    expect(r.stderr).not.toContain('does not validate');
    expect(r.status).toBe(0);
    for (const page of ['index.html', 'embed.html', 'reference/dudley.html', 'threshold-screener.html']) {
      const html = fs.readFileSync(path.join(s.out, page), 'utf8');
      expect(html, page).not.toContain('<img');
      expect(html, page).not.toContain('q"><');
      if (page !== 'threshold-screener.html')
        expect(html, page).toContain('Dudley q&quot;&gt;&lt;img src=x onerror=alert(1)&gt; &amp; &quot;Co&quot;');
    }
    const module = fs.readFileSync(path.join(s.out, 'packs', 'dudley.mjs'), 'utf8');
    expect(module).toMatch(/export const vouch = "sha256-[A-Za-z0-9+/]{43}=";/);
  });
});
