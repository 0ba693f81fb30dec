// Where the default Git context's Dockerfile is read (plan/dockerfile-source.ts), and the one notice when it cannot be.
import { describe, expect, it } from '@jest/globals';
import { featuresOffNotice, planGitRead, type CheckoutProbe, type GitReadPlan } from '../../../src/plan/dockerfile-source.js';
import { facts } from '../../helpers/facts.js';
import { rawInputs } from '../../helpers/inputs.js';

const SHA = 'a'.repeat(40);
const OTHER = 'b'.repeat(40);
const github = { ...facts().github, sha: SHA, apiUrl: 'https://api.github.com', repository: 'acme/app' };
const API = { apiUrl: 'https://api.github.com', owner: 'acme', repo: 'app', token: 'ghs_x' };

describe('planGitRead: the checkout first, GitHub’s contents API second', () => {
  it.each<[string, Partial<typeof github>, string, CheckoutProbe, GitReadPlan]>([
    ['the workspace is a checkout of the built commit', {}, 'ghs_x', { root: '/w', head: SHA }, { commit: SHA, checkout: '/w', skipped: [] }],
    [
      'a checkout of another commit: the API, at the built commit',
      {},
      'ghs_x',
      { root: '/w', head: OTHER },
      { commit: SHA, api: API, skipped: [`the workspace's checkout is at ${OTHER}, not at ${SHA}`] }
    ],
    [
      'no checkout: the API',
      {},
      'ghs_x',
      { failed: 'fatal: not a git repository (or any of the parent directories): .git' },
      { commit: SHA, api: API, skipped: ['the workspace is not a Git checkout (fatal: not a git repository (or any of the parent directories): .git)'] }
    ],
    [
      "a pull request's head ref builds its head commit: the checkout must be at it",
      { ref: 'refs/pull/7/head', pullRequestHeadSha: OTHER },
      'ghs_x',
      { root: '/w', head: OTHER },
      { commit: OTHER, checkout: '/w', skipped: [] }
    ],
    ['no token: neither', {}, '', { failed: 'no git' }, { commit: SHA, skipped: ['the workspace is not a Git checkout (no git)', 'github-token is empty, so GitHub cannot be asked'] }],
    [
      'no repository (outside Actions): neither; without GITHUB_SHA the ref is built',
      { repository: '', sha: '' },
      'ghs_x',
      { root: '/w', head: SHA },
      { commit: 'refs/heads/main', skipped: [`the workspace's checkout is at ${SHA}, not at refs/heads/main`, 'GITHUB_REPOSITORY does not name the repository, so GitHub cannot be asked'] }
    ]
  ])('%s', (_name, overrides, token, checkout, expected) => {
    expect(planGitRead({ ...github, ...overrides }, token, checkout)).toEqual(expected);
  });
});

describe('featuresOffNotice: each feature the inputs would use, said once', () => {
  const WHY = ['the workspace is not a Git checkout (x)', 'github-token is empty, so GitHub cannot be asked'];
  const HEAD =
    'Dockerfile: hoist could not read Dockerfile of the Git context that BuildKit fetches (the workspace is not a Git checkout (x); github-token is empty, so GitHub cannot be asked). The build goes on; off for it: ';
  const TAIL = '. To turn them on, check out the commit first (actions/checkout), or give github-token read access to the repository contents.';
  const QEMU = 'no QEMU analysis: no emulator is registered for the stages that run emulated, and no emulation advice is given';
  const ROOT = { path: 'Dockerfile', subdir: '' };
  it.each<[string, Record<string, string>, string[]]>([
    // BuildKit's own name for a Dockerfile at the repository's root is its path: those annotations stay right.
    ['no cache, no stage inputs', {}, [QEMU]],
    ['cache: registry carries mounts', { cache: 'registry' }, ['cache mounts are not carried (cache: registry)', QEMU]],
    ['cache-mounts: false carries none anyway', { cache: 'gha', 'cache-mounts': 'false' }, [QEMU]],
    ['target', { target: 'runtime' }, [QEMU, "target is not checked against the Dockerfile's stages"]],
    [
      'target and cache-stages',
      { target: 'runtime', 'cache-stages': 'deps', cache: 'local' },
      ['cache mounts are not carried (cache: local)', QEMU, "target, cache-stages are not checked against the Dockerfile's stages"]
    ]
  ])('%s', (_name, raw, off) => {
    expect(featuresOffNotice(rawInputs(raw), ROOT, WHY)).toBe(`${HEAD}${off.join('; ')}${TAIL}`);
  });

  it('{{defaultContext}}:subdir: the annotations BuildKit names by the file in the subdirectory are not placed on its path in the repository', () => {
    const notice = featuresOffNotice(rawInputs({ file: 'build.Dockerfile' }), { path: 'api/build.Dockerfile', subdir: 'api' }, ['x']);
    expect(notice).toMatch(/^Dockerfile: hoist could not read api\/build\.Dockerfile of the Git context that BuildKit fetches \(x\)\./);
    expect(notice).toContain(`${QEMU}; build-check and failure annotations name build.Dockerfile as BuildKit knows it, not api/build.Dockerfile. To turn`);
  });
});
