// The workflow run from the GITHUB_* variables and the event payload (runner/workflow.ts), with the fixture events; fork detection; branchOf.
import { describe, expect, it } from '@jest/globals';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { branchOf, readEventPayload, readWorkflowFacts, type WorkflowFacts } from '../../../src/runner/workflow.js';
import { eventFile } from '../../helpers/env.js';

const fixture = (name: string): string => path.join(path.dirname(new URL(import.meta.url).pathname), '../../fixtures/events', `${name}.json`);

/** The variables the runner sets for acme/rocket, with the event named. */
const runnerEnv = (eventName: string, eventPath: string, more: Record<string, string> = {}): NodeJS.ProcessEnv => ({
  GITHUB_SERVER_URL: 'https://github.com',
  GITHUB_API_URL: 'https://api.github.com',
  GITHUB_REPOSITORY: 'acme/rocket',
  GITHUB_RUN_ID: '9001',
  GITHUB_RUN_ATTEMPT: '2',
  GITHUB_SHA: 'f00d',
  GITHUB_REF: 'refs/heads/main',
  GITHUB_EVENT_NAME: eventName,
  GITHUB_EVENT_PATH: eventPath,
  GITHUB_JOB: 'image',
  ...more
});

const base: WorkflowFacts = {
  serverUrl: 'https://github.com',
  repository: 'acme/rocket',
  runId: '9001',
  runAttempt: '2',
  sha: 'f00d',
  ref: 'refs/heads/main',
  eventName: '',
  job: 'image',
  apiUrl: 'https://api.github.com'
};

describe('readWorkflowFacts with the fixture events', () => {
  it('a pull request from a branch of the repository', () => {
    const env = runnerEnv('pull_request', fixture('pull_request'), { GITHUB_REF: 'refs/pull/7/merge', GITHUB_HEAD_REF: 'feature/Foo', GITHUB_BASE_REF: 'main' });
    expect(readWorkflowFacts(env)).toEqual({
      ...base,
      eventName: 'pull_request',
      ref: 'refs/pull/7/merge',
      headRef: 'feature/Foo',
      baseRef: 'main',
      defaultBranch: 'main',
      repositoryPrivate: false,
      pullRequestNumber: 7,
      pullRequestHeadSha: '5994471abb01112afcc18159f6cc74b4f511b998',
      pullRequestFromFork: false
    });
  });

  it('a pull request from a fork (pull_request_target)', () => {
    expect(readWorkflowFacts(runnerEnv('pull_request_target', fixture('pull_request_target')))).toMatchObject({
      pullRequestNumber: 8,
      pullRequestHeadSha: 'b1946ac92492d2347c6235b4d2611184a1b2c3d4',
      pullRequestFromFork: true
    });
  });

  it.each(['push', 'push-tag', 'release', 'workflow_dispatch'])('%s: the repository facts, no pull request', name => {
    expect(readWorkflowFacts(runnerEnv(name, fixture(name)))).toEqual({ ...base, eventName: name, defaultBranch: 'main', repositoryPrivate: false });
  });

  it('schedule: a payload that names no repository leaves those facts unknown', () => {
    expect(readWorkflowFacts(runnerEnv('schedule', fixture('schedule')))).toEqual({ ...base, eventName: 'schedule' });
  });
});

describe('fork detection', () => {
  const pullRequest = (head: unknown, repository: unknown = { full_name: 'acme/rocket' }) =>
    readWorkflowFacts(runnerEnv('pull_request', eventFile({ pull_request: { number: 3, head }, repository }))).pullRequestFromFork;

  it.each<[string, unknown, unknown, boolean]>([
    ['the same repository', { repo: { full_name: 'acme/rocket' } }, { full_name: 'acme/rocket' }, false],
    ['another repository', { repo: { full_name: 'someone/rocket' } }, { full_name: 'acme/rocket' }, true],
    ['a deleted fork (head.repo: null)', { sha: 'abc', repo: null }, { full_name: 'acme/rocket' }, true],
    ['no head repository said', { sha: 'abc' }, { full_name: 'acme/rocket' }, false],
    ['no head at all', undefined, { full_name: 'acme/rocket' }, false],
    ['another repository than GITHUB_REPOSITORY when the payload names none', { repo: { full_name: 'someone/rocket' } }, {}, true],
    ['GITHUB_REPOSITORY itself when the payload names none', { repo: { full_name: 'acme/rocket' } }, {}, false]
  ])('%s → %s', (_what, head, repository, fork) => {
    expect(pullRequest(head, repository)).toBe(fork);
  });

  it('is not said without a pull request', () => {
    expect(readWorkflowFacts(runnerEnv('push', fixture('push'))).pullRequestFromFork).toBeUndefined();
  });
});

describe('workflow_run', () => {
  /** The repository as the event names it (id, API URL, name), the one GITHUB_REPOSITORY names. */
  const repository = { id: 101, name: 'rocket', full_name: 'acme/rocket', url: 'https://api.github.com/repos/acme/rocket' };
  const facts = (run: unknown, repo: object = repository) => readWorkflowFacts(runnerEnv('workflow_run', eventFile({ workflow_run: run, repository: repo }))).workflowRun;
  /** A base or head repository as a pull_requests entry gives it: id, API URL and name, nothing more. */
  const ours = { id: 101, url: 'https://api.github.com/repos/acme/rocket', name: 'rocket' };
  const fork = { id: 202, url: 'https://api.github.com/repos/someone/rocket', name: 'rocket' };
  /** A pull_requests entry of the workflow_run payload, as GitHub writes it; `base` is its base repository (left out when undefined). */
  const pr = (number: unknown, base?: object) => ({
    id: 4000,
    number,
    url: `https://api.github.com/repos/acme/rocket/pulls/${String(number)}`,
    head: { ref: 'feature', sha: 'beef', repo: fork },
    ...(base ? { base: { ref: 'main', sha: 'f00d', repo: base } } : {})
  });

  it('reads the triggering run, keeping only the pull request numbers', () => {
    expect(facts({ id: 77, head_sha: 'beef', event: 'pull_request', pull_requests: [pr(5, ours), {}, pr('6', ours), pr(9, ours)] })).toEqual({
      id: 77,
      headSha: 'beef',
      event: 'pull_request',
      pullRequests: [5, 9]
    });
  });

  it("keeps only pull requests whose base is this repository: another repository's with our number is left out", () => {
    const other = { id: 303, url: 'https://api.github.com/repos/someone-else/rocket', name: 'rocket' };
    expect(facts({ id: 77, head_sha: 'beef', pull_requests: [pr(5, other), pr(6, ours), pr(7, fork), pr(8), null, { number: 9, base: null }] })?.pullRequests).toEqual([6]);
  });

  it.each<[string, object, object, boolean]>([
    ['the same id', { id: 101 }, repository, true],
    ['another id, whatever the URL says', { id: 303, url: ours.url, name: 'rocket' }, repository, false],
    ['the API URL, when the event names no repository id', { url: ours.url, name: 'rocket' }, { full_name: 'acme/rocket' }, true],
    ['the API URL in other letter case, with a trailing slash', { url: 'https://api.github.com/repos/Acme/Rocket/' }, { full_name: 'acme/rocket' }, true],
    ['the API URL, when the entry gives no id', { url: ours.url, name: 'rocket' }, repository, true],
    ['another API URL', { url: fork.url, name: 'rocket' }, repository, false],
    ['the API URL with another name', { url: ours.url, name: 'other' }, repository, false],
    ['a name alone (a fork has the same one)', { name: 'rocket' }, repository, false],
    ['no base repository at all', {}, repository, false]
  ])('a base repository with %s → %s', (_what, base, repo, kept) => {
    expect(facts({ id: 77, head_sha: 'beef', pull_requests: [{ number: 5, base: { repo: base } }] }, repo)?.pullRequests).toEqual(kept ? [5] : []);
  });

  it("has no pull requests for a fork's run, and an empty event when none is said", () => {
    expect(facts({ id: 77, head_sha: 'beef' })).toEqual({ id: 77, headSha: 'beef', event: '', pullRequests: [] });
  });

  it.each<[string, unknown]>([
    ['no id', { head_sha: 'beef' }],
    ['a string id', { id: '77', head_sha: 'beef' }],
    ['no head sha', { id: 77 }]
  ])('is undefined with %s', (_what, run) => {
    expect(facts(run)).toBeUndefined();
  });
});

describe('outside Actions', () => {
  it('gives the defaults with no variables and no event', () => {
    expect(readWorkflowFacts({})).toEqual({
      serverUrl: 'https://github.com',
      repository: '',
      runId: '',
      runAttempt: '1',
      sha: '',
      ref: '',
      eventName: '',
      job: '',
      apiUrl: 'https://api.github.com'
    });
  });

  it('takes an empty server or API URL for unset', () => {
    expect(readWorkflowFacts({ GITHUB_SERVER_URL: '', GITHUB_API_URL: '' })).toMatchObject({ serverUrl: 'https://github.com', apiUrl: 'https://api.github.com' });
  });
});

describe('readEventPayload', () => {
  it('parses the event file', () => {
    expect(readEventPayload({ GITHUB_EVENT_PATH: eventFile({ action: 'opened', number: 1 }) })).toEqual({ action: 'opened', number: 1 });
  });

  it('is {} with no path, a missing file or a file that is not JSON', () => {
    const notJson = eventFile({});
    fs.writeFileSync(notJson, '{ not json');
    expect(readEventPayload({})).toEqual({});
    expect(readEventPayload({ GITHUB_EVENT_PATH: '/nonexistent/event.json' })).toEqual({});
    expect(readEventPayload({ GITHUB_EVENT_PATH: notJson })).toEqual({});
  });
});

describe('branchOf', () => {
  it.each<[Partial<WorkflowFacts>, string | undefined]>([
    [{ ref: 'refs/heads/main' }, 'main'],
    [{ ref: 'refs/heads/feature/x' }, 'feature/x'],
    [{ ref: 'refs/pull/7/merge', headRef: 'feature/Foo' }, 'feature/Foo'],
    [{ ref: 'refs/pull/7/merge' }, undefined],
    [{ ref: 'refs/tags/v1.2.3' }, undefined],
    [{ ref: '' }, undefined]
  ])('%j → %s', (facts, branch) => {
    expect(branchOf({ ...base, ...facts })).toBe(branch);
  });
});
