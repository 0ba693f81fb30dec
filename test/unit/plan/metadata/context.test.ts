import { describe, expect, it } from '@jest/globals';
import { annotationLevelsOf, commitTimeOf, metaContext, shortShaLengthOf, type MetaWorkflow } from '../../../../src/plan/metadata/context.js';
import type { MetaContext } from '../../../../src/plan/metadata/index.js';
import type { MetadataSwitches } from '../../../../src/runner/env.js';
import { MAIN_SHA, NOW, PR_HEAD_SHA, PR_MERGE_SHA, TAG_SHA, TARGET_HEAD_SHA, contextFromEnv, contextOf, payloadOf, type Run } from './runs.js';

describe('metaContext', () => {
  const repo = { name: 'rocket', description: 'Launches containers into orbit', htmlUrl: 'https://github.com/acme/rocket', license: 'MIT' };
  const common = { repository: 'acme/rocket', serverUrl: 'https://github.com', now: NOW, shortShaLength: undefined, annotationLevels: ['manifest'], repo };
  // prettier-ignore
  const rows: [string, MetaContext][] = [
    ['push', { ...common, eventName: 'push', ref: 'refs/heads/main', sha: MAIN_SHA, defaultBranch: 'main', baseRef: undefined, headRef: undefined, prNumber: undefined, prHeadSha: undefined, commitTime: '2024-04-30T12:22:05.000Z' }],
    ['tag', { ...common, eventName: 'push', ref: 'refs/tags/v1.2.3', sha: TAG_SHA, defaultBranch: 'main', baseRef: 'main', headRef: undefined, prNumber: undefined, prHeadSha: undefined, commitTime: '2024-04-29T09:15:00.000Z' }],
    ['pull_request', { ...common, eventName: 'pull_request', ref: 'refs/pull/7/merge', sha: PR_MERGE_SHA, defaultBranch: 'main', baseRef: 'main', headRef: 'feature/Foo', prNumber: 7, prHeadSha: PR_HEAD_SHA, commitTime: undefined }],
    ['pull_request_target', { ...common, eventName: 'pull_request_target', ref: 'refs/pull/8/merge', sha: MAIN_SHA, defaultBranch: 'main', baseRef: 'main', headRef: 'patch-1', prNumber: 8, prHeadSha: TARGET_HEAD_SHA, commitTime: undefined }],
    ['release', { ...common, eventName: 'release', ref: 'refs/tags/v1.2.3', sha: TAG_SHA, defaultBranch: 'main', baseRef: undefined, headRef: undefined, prNumber: undefined, prHeadSha: undefined, commitTime: undefined }],
    ['workflow_dispatch', { ...common, eventName: 'workflow_dispatch', ref: 'refs/heads/main', sha: MAIN_SHA, defaultBranch: 'main', baseRef: undefined, headRef: undefined, prNumber: undefined, prHeadSha: undefined, commitTime: undefined }],
    ['schedule', { ...common, eventName: 'schedule', ref: 'refs/heads/main', sha: MAIN_SHA, defaultBranch: 'main', baseRef: undefined, headRef: undefined, prNumber: undefined, prHeadSha: undefined, commitTime: undefined, repo: { name: 'rocket', description: undefined, htmlUrl: 'https://github.com/acme/rocket', license: undefined } }]
  ];
  it.each(rows)('reads a %s run', (run, expected) => {
    expect(contextOf(run as Run)).toEqual(expected);
  });

  it('refuses a DOCKER_METADATA_SHORT_SHA_LENGTH that is not a length', () => {
    expect(() => contextOf('push', undefined, { DOCKER_METADATA_SHORT_SHA_LENGTH: 'twelve' })).toThrow('DOCKER_METADATA_SHORT_SHA_LENGTH is not a valid length: twelve');
  });
});

describe('metaContext from the workflow facts and the switches', () => {
  const workflow: MetaWorkflow = { eventName: 'pull_request', ref: 'refs/pull/7/merge', sha: PR_MERGE_SHA, repository: 'acme/rocket', serverUrl: 'https://github.com' };
  const switches: MetadataSwitches = { prHeadSha: false };

  it('takes the pull request head commit only when prHeadSha is on, and only for a pull request', () => {
    const payload = payloadOf('pull_request');
    expect(metaContext(workflow, switches, payload, NOW).sha).toBe(PR_MERGE_SHA);
    expect(metaContext(workflow, { prHeadSha: true }, payload, NOW).sha).toBe(PR_HEAD_SHA);
    expect(metaContext({ ...workflow, eventName: 'push', ref: 'refs/heads/main', sha: MAIN_SHA }, { prHeadSha: true }, payload, NOW).sha).toBe(MAIN_SHA);
  });

  it('reads DOCKER_METADATA_PR_HEAD_SHA in any case, as metadata-action does', () => {
    expect(contextOf('pull_request', undefined, { DOCKER_METADATA_PR_HEAD_SHA: 'TRUE' }).sha).toBe(PR_HEAD_SHA);
    expect(contextOf('pull_request', undefined, { DOCKER_METADATA_PR_HEAD_SHA: 'false' }).sha).toBe(PR_MERGE_SHA);
  });

  it('falls back to the payload for the repository, the head and the base branch', () => {
    const payload = { repository: { full_name: 'octo/app' }, pull_request: { number: 3, head: { ref: 'topic' }, base: {} } };
    const ctx = metaContext({ ...workflow, repository: '', ref: 'refs/pull/3/merge', baseRef: 'develop' }, switches, payload, NOW);
    expect(ctx.repository).toBe('octo/app');
    expect(ctx.repo).toEqual({ name: 'app', description: undefined, htmlUrl: 'https://github.com/octo/app', license: undefined });
    expect(ctx.headRef).toBe('topic');
    expect(ctx.baseRef).toBe('develop');
    expect(ctx.prNumber).toBe(3);
  });

  it('builds the repository URL from serverUrl when the payload has none', () => {
    expect(metaContext({ ...workflow, serverUrl: 'https://ghe.example.com' }, switches, {}, NOW).repo.htmlUrl).toBe('https://ghe.example.com/acme/rocket');
    expect(metaContext({ ...workflow, repository: '' }, switches, {}, NOW).repo).toEqual({ name: undefined, description: undefined, htmlUrl: undefined, license: undefined });
  });

  it('keeps GITHUB_REF on a pull_request_target whose payload has no number', () => {
    expect(metaContext({ ...workflow, eventName: 'pull_request_target', ref: 'refs/heads/main' }, switches, {}, NOW).ref).toBe('refs/heads/main');
  });

  it('takes the branch as the default one only on a schedule', () => {
    const onBranch = { ...workflow, ref: 'refs/heads/release' };
    expect(metaContext({ ...onBranch, eventName: 'schedule' }, switches, {}, NOW).defaultBranch).toBe('release');
    expect(metaContext({ ...onBranch, eventName: 'push' }, switches, {}, NOW).defaultBranch).toBeUndefined();
  });

  it('gives no base ref off a tag or a pull request', () => {
    expect(metaContext({ ...workflow, eventName: 'push', ref: 'refs/heads/main', baseRef: 'main' }, switches, { base_ref: 'refs/heads/main' }, NOW).baseRef).toBeUndefined();
  });

  it('reads the short sha length and the annotation levels from the switches', () => {
    const ctx = metaContext(workflow, { prHeadSha: false, shortShaLength: '10', annotationLevels: 'index,manifest-descriptor' }, {}, NOW);
    expect(ctx.shortShaLength).toBe(10);
    expect(ctx.annotationLevels).toEqual(['index', 'manifest-descriptor']);
  });

  it('reads the switches from the environment through readRunEnv', () => {
    const ctx = contextFromEnv({ GITHUB_EVENT_NAME: 'push', GITHUB_REF: 'refs/heads/main', DOCKER_METADATA_SHORT_SHA_LENGTH: '9', DOCKER_METADATA_ANNOTATIONS_LEVELS: 'index' }, {});
    expect(ctx.shortShaLength).toBe(9);
    expect(ctx.annotationLevels).toEqual(['index']);
    expect(ctx.serverUrl).toBe('https://github.com');
  });
});

describe('shortShaLengthOf', () => {
  it.each<[string | undefined, number | undefined]>([
    [undefined, undefined],
    ['', undefined],
    ['12', 12],
    [' 12', 12],
    ['40', 40]
  ])('%j gives %j', (value, expected) => {
    expect(shortShaLengthOf(value)).toBe(expected);
  });

  it.each(['0', '-1', '1.5', 'twelve', '00'])('refuses %j', value => {
    expect(() => shortShaLengthOf(value)).toThrow(`DOCKER_METADATA_SHORT_SHA_LENGTH is not a valid length: ${value}`);
  });
});

describe('annotationLevelsOf', () => {
  it.each<[string | undefined, string[]]>([
    [undefined, ['manifest']],
    ['', ['manifest']],
    ['index', ['index']],
    [' manifest, index ,,', ['manifest', 'index']]
  ])('%j gives %j', (value, expected) => {
    expect(annotationLevelsOf(value)).toEqual(expected);
  });
});

describe('commitTimeOf', () => {
  const event = {
    commits: [
      { id: 'a1', timestamp: '2024-04-30T14:22:05+02:00' },
      { id: 'b2', timestamp: 'yesterday' }
    ],
    head_commit: { id: 'c3', timestamp: '2024-04-29T09:15:00Z' }
  };
  it.each<[string, string | undefined]>([
    ['a1', '2024-04-30T12:22:05.000Z'],
    ['c3', '2024-04-29T09:15:00.000Z'],
    ['b2', undefined],
    ['d4', undefined]
  ])('commit %s gives %j', (sha, expected) => {
    expect(commitTimeOf(event, sha)).toBe(expected);
  });

  it('gives none without commits', () => {
    expect(commitTimeOf({}, 'a1')).toBeUndefined();
  });
});
