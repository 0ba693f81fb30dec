/**
 * README.md is the front door: at most 300 lines, the quick start and the two commands in
 * its first 60, every relative link (and anchor) of it and of docs/ resolving, one
 * placeholder for hoist's `uses:` until it is published (scripts/check-placeholder.sh, which
 * the release workflow runs, refuses a release whose docs still say it), and the test
 * command CI runs.
 */
import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** Until hoist is published under a real name; on publishing, the release's `owner/name@vX`. */
const PLACEHOLDER = 'OWNER/hoist@v0';
const read = (file: string): string => fs.readFileSync(path.join(ROOT, file), 'utf8');
const readme = read('README.md');
const docs = fs
  .readdirSync(path.join(ROOT, 'docs'))
  .filter(f => f.endsWith('.md'))
  .map(f => `docs/${f}`);
const pages = ['README.md', ...docs];

/** GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens. */
function anchors(markdown: string): Set<string> {
  const text = markdown.replace(/^```[\s\S]*?^```/gm, '');
  return new Set(
    [...text.matchAll(/^#{1,6} (.+)$/gm)].map(m =>
      m[1]
        .trim()
        .toLowerCase()
        .replace(/[^\w\- ]/g, '')
        .replace(/ /g, '-')
    )
  );
}

describe('README.md', () => {
  const lines = readme.split('\n');

  it('is at most 300 lines, with the quick start (at most 15 lines of YAML) and both commands in its first 60', () => {
    expect(lines.length).toBeLessThanOrEqual(300);
    const start = lines.indexOf('```yaml');
    const end = lines.indexOf('```', start + 1);
    expect(start).toBeGreaterThan(0);
    expect(end - start - 1).toBeLessThanOrEqual(15);
    expect(end).toBeLessThan(60);
    const first60 = lines.slice(0, 60).join('\n');
    expect(first60).toContain('bash scripts/demo.sh');
    expect(first60).toContain('bash scripts/test.sh');
    expect(first60).toMatch(/need root and change the system/);
    expect(first60).toContain('bash scripts/toolchain.sh down');
  });

  it('says once, at the top, that the uses: line is a placeholder', () => {
    expect(readme.match(/Not published yet/g)).toHaveLength(1);
    expect(lines.slice(0, 12).join('\n')).toContain(`\`uses: ${PLACEHOLDER}\``);
  });

  it('gives in Develop the test command CI runs (.ci/run → scripts/test.sh)', () => {
    const develop = readme.split(/^## Develop$/m)[1] ?? '';
    expect(develop).toMatch(/^bash scripts\/test\.sh\b/m);
    expect(read('.ci/run')).toMatch(/^exec bash scripts\/test\.sh$/m);
  });
});

describe('README.md and docs/', () => {
  it.each(pages)('%s: every relative link and anchor resolves', page => {
    const text = read(page).replace(/^```[\s\S]*?^```/gm, '');
    const broken: string[] = [];
    for (const [, target] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
      if (/^[a-z]+:/.test(target)) continue;
      const [file, anchor] = target.split('#');
      const resolved = file ? path.normalize(path.join(path.dirname(page), file)) : page;
      if (!fs.existsSync(path.join(ROOT, resolved))) broken.push(target);
      else if (anchor && resolved.endsWith('.md') && !anchors(read(resolved)).has(anchor)) broken.push(target);
    }
    expect(broken).toEqual([]);
  });

  // A row may name several (`registry` / `username` / `password`); the first cell holds the names.
  it.each(['Inputs', 'Outputs'])('names in its %s table exactly what action.yml declares', section => {
    const action = parse(read('action.yml')) as { inputs: Record<string, unknown>; outputs: Record<string, unknown> };
    const declared = Object.keys(section === 'Inputs' ? action.inputs : action.outputs).sort();
    const body = readme.split(new RegExp(`^## ${section}$`, 'm'))[1]?.split(/^## /m)[0] ?? '';
    const rows = body.split('\n').filter(l => l.startsWith('| `'));
    const named = rows.flatMap(l => [...(l.split(' | ')[0] ?? '').matchAll(/`([a-z][a-z0-9-]*)`/g)].map(m => m[1]));
    expect([...new Set(named)].sort()).toEqual(declared);
  });

  it('links every docs page from the README', () => {
    expect(docs.filter(d => !readme.includes(`](${d})`))).toEqual([]);
  });

  it(`write every step that uses hoist as ${PLACEHOLDER}`, () => {
    const uses = pages.flatMap(page =>
      read(page)
        .split('\n')
        .map((line, i) => ({ where: `${page}:${i + 1}`, ref: /^\s*(?:- )?uses:\s*(\S+)/.exec(line)?.[1] }))
        .filter(u => u.ref && /^[^/]+\/hoist@/.test(u.ref))
    );
    expect(uses.length).toBeGreaterThanOrEqual(8);
    expect(uses.filter(u => u.ref !== PLACEHOLDER)).toEqual([]);
  });
});

describe('scripts/check-placeholder.sh (the release workflow runs it)', () => {
  const check = (repository: string, tag: string, root?: string) =>
    spawnSync('bash', [path.join(ROOT, 'scripts/check-placeholder.sh'), repository, tag], { env: { ...process.env, ...(root ? { DOCS_ROOT: root } : {}) }, encoding: 'utf8' });

  it('refuses a release while the docs say the placeholder, naming each line', () => {
    const r = check('acme/hoist', 'v1.2.3');
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/::error file=README\.md,line=\d+::uses: OWNER\/hoist@v0, but this release is used as acme\/hoist@v1/);
    expect(r.stderr).toContain('the placeholder OWNER/hoist is still in the lines above');
  });

  it("accepts docs that name the release's repository and major tag, and refuses another major", () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'placeholder-'));
    fs.mkdirSync(path.join(root, 'docs/more'), { recursive: true });
    fs.writeFileSync(path.join(root, 'README.md'), '```yaml\n      - uses: actions/checkout@v4\n      - uses: acme/hoist@v1\n```\nSee `uses: acme/hoist@<sha>` too.\n');
    fs.writeFileSync(path.join(root, 'docs/more/page.md'), '```yaml\n- uses: acme/hoist@v1 # the release\n```\n');
    expect(check('acme/hoist', 'v1.4.0', root)).toMatchObject({ status: 0, stdout: 'every uses: of hoist in README.md and docs/ is acme/hoist@v1\n' });
    const r = check('acme/hoist', 'v2.0.0', root);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('::error file=docs/more/page.md,line=2::uses: acme/hoist@v1, but this release is used as acme/hoist@v2');
  });
});
