// readRunEnv (runner/env.ts): every variable it reads, its defaults and switches; withProcessVariable with overlapping calls.
import { afterEach, describe, expect, it } from '@jest/globals';
import * as os from 'node:os';
import * as path from 'node:path';
import { readBuildRecordSwitches, readRunEnv, withProcessVariable } from '../../../src/runner/env.js';
import { eventFile } from '../../helpers/env.js';

describe('readRunEnv', () => {
  it('reads every variable it knows', () => {
    const event = eventFile({ pull_request: { number: 4, head: { sha: 'abc', repo: { full_name: 'acme/app' } } }, repository: { full_name: 'acme/app', private: true } });
    const run = readRunEnv({
      GITHUB_REPOSITORY: 'acme/app',
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: event,
      HOME: '/home/runner',
      RUNNER_TEMP: '/runner/_temp',
      GITHUB_WORKSPACE: '/runner/work/app',
      DOCKER_CONFIG: '/cfg/docker',
      BUILDX_CONFIG: '/cfg/buildx',
      BUILDX_BUILDER: 'mine',
      DOCKER_HOST: 'tcp://dind:2375',
      BUILDX_NO_DEFAULT_ATTESTATIONS: '1',
      DOCKER_BUILD_SUMMARY: 'false',
      DOCKER_BUILD_CHECKS_ANNOTATIONS: '0',
      DOCKER_BUILD_RECORD_UPLOAD: 'true',
      DOCKER_BUILD_RECORD_RETENTION_DAYS: '7',
      BUILDX_METADATA_WARNINGS: 'false',
      DOCKER_METADATA_PR_HEAD_SHA: 'true',
      DOCKER_METADATA_SHORT_SHA_LENGTH: '12',
      DOCKER_METADATA_ANNOTATIONS_LEVELS: 'manifest,index',
      ACTIONS_RUNTIME_TOKEN: 'rt',
      ACTIONS_RESULTS_URL: 'https://results/',
      ACTIONS_CACHE_URL: 'https://cache/',
      RUNNER_TOOL_CACHE: '/opt/hostedtoolcache',
      HOIST_BUILDX_MIRROR: 'https://mirror.example/buildx'
    });
    expect(run).toEqual({
      workflow: expect.objectContaining({ repository: 'acme/app', eventName: 'pull_request', pullRequestNumber: 4, pullRequestFromFork: false, repositoryPrivate: true }),
      eventPayload: { pull_request: { number: 4, head: { sha: 'abc', repo: { full_name: 'acme/app' } } }, repository: { full_name: 'acme/app', private: true } },
      home: '/home/runner',
      runnerTemp: '/runner/_temp',
      toolCache: '/opt/hostedtoolcache',
      buildxMirror: 'https://mirror.example/buildx',
      dockerConfig: '/cfg/docker',
      buildxConfig: '/cfg/buildx',
      buildxBuilder: 'mine',
      dockerHost: 'tcp://dind:2375',
      noDefaultAttestations: true,
      buildSummary: false,
      checksAnnotations: false,
      buildRecord: { upload: true, retentionDays: 7 },
      metadataWarnings: 'false',
      metadata: { prHeadSha: true, shortShaLength: '12', annotationLevels: 'manifest,index' },
      actions: { runtimeToken: 'rt', resultsUrl: 'https://results/', cacheUrl: 'https://cache/' },
      programEnv: {}
    });
  });

  it('falls back to the defaults, leaving the optional facts out', () => {
    const dockerConfig = path.join(os.homedir(), '.docker');
    expect(readRunEnv({})).toEqual({
      workflow: expect.objectContaining({ repository: '', eventName: '' }),
      eventPayload: {},
      home: os.homedir(),
      runnerTemp: os.tmpdir(),
      toolCache: path.join(os.homedir(), '.cache', 'hoist-tools'),
      dockerConfig,
      buildxConfig: path.join(dockerConfig, 'buildx'),
      noDefaultAttestations: false,
      buildSummary: true,
      checksAnnotations: true,
      buildRecord: { upload: false },
      metadataWarnings: 'true',
      metadata: { prHeadSha: false },
      actions: {},
      programEnv: {}
    });
  });

  it('takes an empty variable for unset', () => {
    const run = readRunEnv({ HOME: '', RUNNER_TEMP: '', GITHUB_WORKSPACE: '', BUILDX_BUILDER: '', DOCKER_HOST: '', DOCKER_METADATA_SHORT_SHA_LENGTH: '', ACTIONS_RUNTIME_TOKEN: '' });
    expect(run.home).toBe(os.homedir());
    expect(run.runnerTemp).toBe(os.tmpdir());
    expect(run).not.toHaveProperty('workspace');
    expect(run).not.toHaveProperty('buildxBuilder');
    expect(run).not.toHaveProperty('dockerHost');
    expect(run.metadata).toEqual({ prHeadSha: false });
    expect(run.actions).toEqual({});
  });

  it("puts buildx's store in DOCKER_CONFIG when BUILDX_CONFIG is not set", () => {
    expect(readRunEnv({ DOCKER_CONFIG: '/cfg/docker' })).toMatchObject({ dockerConfig: '/cfg/docker', buildxConfig: '/cfg/docker/buildx' });
  });

  it.each<[string | undefined, boolean]>([
    ['1', true],
    ['true', true],
    ['T', true],
    ['0', false],
    ['false', false],
    ['yes', false],
    [undefined, false]
  ])('BUILDX_NO_DEFAULT_ATTESTATIONS=%s → %s (Go booleans)', (value, on) => {
    expect(readRunEnv(value === undefined ? {} : { BUILDX_NO_DEFAULT_ATTESTATIONS: value }).noDefaultAttestations).toBe(on);
  });

  it.each<[string, boolean]>([
    ['false', false],
    ['0', false],
    ['F', false],
    ['true', true],
    ['no', true],
    ['', true]
  ])('DOCKER_BUILD_SUMMARY and DOCKER_BUILD_CHECKS_ANNOTATIONS=%j → %s (only a Go false turns them off)', (value, on) => {
    const run = readRunEnv({ DOCKER_BUILD_SUMMARY: value, DOCKER_BUILD_CHECKS_ANNOTATIONS: value });
    expect([run.buildSummary, run.checksAnnotations]).toEqual([on, on]);
  });

  it.each<[string | undefined, boolean]>([
    ['true', true],
    ['1', true],
    ['T', true],
    ['false', false],
    ['0', false],
    ['', false],
    [undefined, false]
  ])("DOCKER_BUILD_RECORD_UPLOAD=%j → %s (Go booleans; hoist's default is off)", (value, upload) => {
    expect(readBuildRecordSwitches(value === undefined ? {} : { DOCKER_BUILD_RECORD_UPLOAD: value })).toEqual({ upload });
  });

  it.each(['yes', 'on', 'TRUE ', 'tRue'])('DOCKER_BUILD_RECORD_UPLOAD=%j is no Go boolean: a problem, and no upload (build-push-action warns and exports nothing)', value => {
    expect(readBuildRecordSwitches({ DOCKER_BUILD_RECORD_UPLOAD: value })).toEqual({
      upload: false,
      problem: `DOCKER_BUILD_RECORD_UPLOAD=${JSON.stringify(value)} is not a boolean (true or false): no build record is uploaded`
    });
  });

  it.each<[string, number]>([
    ['7', 7],
    ['90', 90],
    [' 3', 3],
    ['7days', 7],
    ['1.9', 1],
    ['0', 0],
    ['-1', -1],
    ['0x10', 16]
  ])('DOCKER_BUILD_RECORD_RETENTION_DAYS=%j → %d, as parseInt reads it in build-push-action', (value, days) => {
    expect(readBuildRecordSwitches({ DOCKER_BUILD_RECORD_UPLOAD: 'true', DOCKER_BUILD_RECORD_RETENTION_DAYS: value })).toEqual({ upload: true, retentionDays: days });
  });

  it.each(['week', 'x7', ' '])('DOCKER_BUILD_RECORD_RETENTION_DAYS=%j is no number: a problem, and no upload', value => {
    expect(readBuildRecordSwitches({ DOCKER_BUILD_RECORD_UPLOAD: 'true', DOCKER_BUILD_RECORD_RETENTION_DAYS: value })).toEqual({
      upload: true,
      problem: `DOCKER_BUILD_RECORD_RETENTION_DAYS=${JSON.stringify(value)} is not a number of days (e.g. 7): no build record is uploaded`
    });
  });

  it('reads the retention only for an upload, as build-push-action does', () => {
    expect(readBuildRecordSwitches({ DOCKER_BUILD_RECORD_RETENTION_DAYS: 'week' })).toEqual({ upload: false });
    expect(readBuildRecordSwitches({ DOCKER_BUILD_RECORD_UPLOAD: 'false', DOCKER_BUILD_RECORD_RETENTION_DAYS: 'week' })).toEqual({ upload: false });
    expect(readBuildRecordSwitches({ DOCKER_BUILD_RECORD_UPLOAD: 'true', DOCKER_BUILD_RECORD_RETENTION_DAYS: '' })).toEqual({ upload: true });
  });

  it('keeps BUILDX_METADATA_WARNINGS as given, even empty', () => {
    expect(readRunEnv({ BUILDX_METADATA_WARNINGS: '1' }).metadataWarnings).toBe('1');
    expect(readRunEnv({ BUILDX_METADATA_WARNINGS: '' }).metadataWarnings).toBe('');
  });

  it.each<[string, boolean]>([
    ['true', true],
    ['TRUE', true],
    ['1', false],
    ['false', false]
  ])("DOCKER_METADATA_PR_HEAD_SHA=%s → %s (metadata-action's /true/i)", (value, on) => {
    expect(readRunEnv({ DOCKER_METADATA_PR_HEAD_SHA: value }).metadata.prHeadSha).toBe(on);
  });

  it('gives each reading its own empty programEnv', () => {
    const a = readRunEnv({});
    a.programEnv.DOCKER_CONFIG = '/x';
    expect(readRunEnv({}).programEnv).toEqual({});
  });
});

describe('withProcessVariable', () => {
  const NAME = 'HOIST_TEST_WITH_PROCESS_VARIABLE';
  afterEach(() => {
    delete process.env[NAME];
  });

  /** A call that, once started, waits until `release` is called; `seen` is the variable when it started. */
  function pending(): { call: () => Promise<string | undefined>; release: () => void; seen: () => string | undefined } {
    let release!: () => void;
    let seen: string | undefined;
    const gate = new Promise<void>(r => (release = r));
    return {
      release,
      seen: () => seen,
      call: async () => {
        seen = process.env[NAME];
        await gate;
        return process.env[NAME];
      }
    };
  }

  it('sets the variable for the call, then deletes it again when it was unset', async () => {
    const rooted = withProcessVariable(NAME, '/root');
    await expect(rooted(async () => process.env[NAME])).resolves.toBe('/root');
    expect(NAME in process.env).toBe(false);
  });

  it('puts back the value it had', async () => {
    process.env[NAME] = 'before';
    await withProcessVariable(NAME, '/root')(async () => undefined);
    expect(process.env[NAME]).toBe('before');
  });

  it('restores the value only when the last of overlapping calls ends', async () => {
    process.env[NAME] = 'before';
    const rooted = withProcessVariable(NAME, '/root');
    const first = pending();
    const second = pending();
    const a = rooted(first.call);
    const b = rooted(second.call);
    expect([first.seen(), second.seen()]).toEqual(['/root', '/root']);
    first.release();
    await expect(a).resolves.toBe('/root');
    expect(process.env[NAME]).toBe('/root');
    second.release();
    await expect(b).resolves.toBe('/root');
    expect(process.env[NAME]).toBe('before');
  });

  it('restores after a call that throws', async () => {
    const rooted = withProcessVariable(NAME, '/root');
    await expect(
      rooted(async () => {
        throw new Error('cache service down');
      })
    ).rejects.toThrow('cache service down');
    expect(NAME in process.env).toBe(false);
  });

  it('reads the value to restore afresh at each first call', async () => {
    const rooted = withProcessVariable(NAME, '/root');
    await rooted(async () => undefined);
    process.env[NAME] = 'changed';
    await rooted(async () => undefined);
    expect(process.env[NAME]).toBe('changed');
  });
});
