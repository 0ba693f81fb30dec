/**
 * The workflows in .github/workflows, read as GitHub reads them: every third-party action
 * pinned to a commit (its version in a comment beside it), no setup-buildx or setup-qemu
 * action anywhere (hoist sets up what it needs), every `uses: ./` step's inputs declared
 * in action.yml, Node 24 as action.yml runs hoist, and the release notes taken from
 * CHANGELOG.md.
 */
import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parse } from 'yaml';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');
const DIR = path.join(ROOT, '.github/workflows');

interface Step {
  uses?: string;
  with?: Record<string, unknown>;
  run?: string;
}
interface Job {
  uses?: string;
  steps?: Step[];
}
interface Workflow {
  jobs: Record<string, Job>;
}

const files = fs
  .readdirSync(DIR)
  .filter(f => /\.ya?ml$/.test(f))
  .sort();
const workflows = files.map(file => {
  const text = fs.readFileSync(path.join(DIR, file), 'utf8');
  return { file, text, workflow: parse(text) as Workflow };
});
/** Every step of every job, with where it is. */
const steps = workflows.flatMap(({ file, workflow }) => Object.entries(workflow.jobs).flatMap(([job, j]) => (j.steps ?? []).map((step, i) => ({ where: `${file} ${job} step ${i + 1}`, step }))));
const action = parse(fs.readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as { inputs: Record<string, unknown>; runs: { using: string } };

describe('the workflows', () => {
  it('are there, with steps', () => {
    expect(files).toEqual(expect.arrayContaining(['ci.yml', 'ci-comment.yml', 'e2e.yml', 'release.yml', 'test.yml', 'check-dist.yml']));
    expect(steps.length).toBeGreaterThan(20);
  });

  it('pin every third-party action to a full commit SHA, with its version in a comment', () => {
    const uses = workflows.flatMap(({ file, text }) =>
      text
        .split('\n')
        .map((line, i) => ({ where: `${file}:${i + 1}`, line, m: /^\s*(?:- )?uses:\s*(\S+)(.*)$/.exec(line) }))
        .filter(u => u.m)
    );
    expect(uses.length).toBeGreaterThan(10);
    const bad = uses
      .filter(({ m }) => !m![1].startsWith('./'))
      .filter(({ m }) => !/^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/.test(m![1]) || !/^\s+# v\d+(\.\d+)*\s*$/.test(m![2]))
      .map(({ where, line }) => `${where}: ${line.trim()}`);
    expect(bad).toEqual([]);
    // The parsed values agree with the lines read (no uses: hidden in a flow mapping).
    const parsed = [...steps.map(s => s.step.uses), ...workflows.flatMap(w => Object.values(w.workflow.jobs).map(j => j.uses))].filter((u): u is string => !!u);
    expect(parsed.length).toBe(uses.length);
  });

  it('run no setup-buildx or setup-qemu action: hoist sets up the builder and QEMU itself', () => {
    const setups = steps.filter(s => /^docker\/(setup-buildx|setup-qemu)-action@/.test(s.step.uses ?? '')).map(s => `${s.where}: ${s.step.uses}`);
    expect(setups).toEqual([]);
  });

  it('give each `uses: ./` step only inputs action.yml declares', () => {
    const local = steps.filter(s => s.step.uses === './');
    expect(local.length).toBeGreaterThanOrEqual(3);
    const unknown = local.flatMap(s =>
      Object.keys(s.step.with ?? {})
        .filter(k => !(k in action.inputs))
        .map(k => `${s.where}: ${k}`)
    );
    expect(unknown).toEqual([]);
  });

  it("ci.yml's headline job is the quick start: checkout, then hoist, then plain checks", () => {
    const headline = workflows.find(w => w.file === 'ci.yml')!.workflow.jobs.headline;
    const actions = headline.steps!.filter(s => s.uses).map(s => s.uses!.replace(/@.*/, ''));
    expect(actions).toEqual(['actions/checkout', './']);
    const hoist = headline.steps!.find(s => s.uses === './')!;
    expect(hoist.with).toMatchObject({ platforms: 'linux/amd64,linux/arm64', push: true });
  });

  it('set Node up from .node-version, which is 24 as action.yml runs hoist, and package.json allows it', () => {
    const nodeVersion = fs.readFileSync(path.join(ROOT, '.node-version'), 'utf8').trim();
    expect(`node${nodeVersion}`).toBe(action.runs.using);
    const setups = steps.filter(s => (s.step.uses ?? '').startsWith('actions/setup-node@'));
    expect(setups.length).toBeGreaterThan(0);
    expect(setups.filter(s => s.step.with?.['node-version-file'] !== '.node-version' || 'node-version' in (s.step.with ?? {})).map(s => s.where)).toEqual([]);
    const engines = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).engines.node as string;
    const min = Number(/^>=\s*(\d+)/.exec(engines)?.[1]);
    expect(min).toBeLessThanOrEqual(Number(nodeVersion));
  });
});

describe('the release notes (scripts/release-notes.sh)', () => {
  const notes = (version: string, changelog: string) => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'changelog-')), 'CHANGELOG.md');
    fs.writeFileSync(file, changelog);
    const r = spawnSync('bash', [path.join(ROOT, 'scripts/release-notes.sh'), version], { env: { ...process.env, CHANGELOG: file }, encoding: 'utf8' });
    return { code: r.status, out: r.stdout, err: r.stderr };
  };
  const changelog = [
    '# Changelog',
    '',
    '## [Unreleased]',
    '',
    '- next',
    '',
    '## [1.2.0] - 2026-01-02',
    '',
    '### Added',
    '',
    '- one',
    '',
    '## [1.10.0] - 2026-03-04',
    '',
    '- later',
    '',
    '[1.2.0]: https://example.com/1.2.0',
    ''
  ].join('\n');

  it("are the version's section, without its heading, the next section or the link lines", () => {
    expect(notes('1.2.0', changelog)).toEqual({ code: 0, out: '### Added\n\n- one\n', err: '' });
    expect(notes('1.10.0', changelog)).toEqual({ code: 0, out: '- later\n', err: '' });
  });

  it('fail for a version without a section, or with an empty one', () => {
    expect(notes('1.2', changelog)).toMatchObject({ code: 1, err: expect.stringContaining("no '## [1.2]' section") });
    expect(notes('2.0.0', '# Changelog\n\n## [2.0.0] - 2026-05-05\n\n## [1.0.0]\n\n- x\n')).toMatchObject({ code: 1 });
  });

  it('CHANGELOG.md is in Keep a Changelog form: an [Unreleased] section first, then versions', () => {
    const text = fs.readFileSync(path.join(ROOT, 'CHANGELOG.md'), 'utf8');
    const heads = text.split('\n').filter(l => l.startsWith('## '));
    expect(heads[0]).toBe('## [Unreleased]');
    expect(heads.slice(1).filter(h => !/^## \[\d+\.\d+\.\d+\] - (\d{4}-\d{2}-\d{2}|unreleased)$/.test(h))).toEqual([]);
    expect(text).toContain('keepachangelog.com');
  });
});
