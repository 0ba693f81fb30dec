// Running a planned build (buildx/build.ts) with a scripted Exec: the echoed command, secret files on disk only during the build, the push retried on a registry error that may pass, the retry without --cache-to, BuildFailedError.
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { BuildFailedError, PUSH_ATTEMPTS, PUSH_RETRY_BUDGET_MS, PUSH_RETRY_WAIT_MS, runPlannedBuild, runPlannedBuildCounted, startBuild, type BuildDeps } from '../../../src/buildx/build.js';
import { cacheHits } from '../../../src/buildx/progress.js';
import type { BuildPlan } from '../../../src/plan/plan.js';
import type { Exec, ExecOptions, ExecResult } from '../../../src/util/exec.js';
import { FakeRunner } from '../../helpers/runner.js';

const fixture = (name: string) => fs.readFileSync(path.join(path.dirname(new URL(import.meta.url).pathname), '../../fixtures/buildx', name), 'utf8');

interface Call {
  command: string;
  args: string[];
  options: ExecOptions;
}

/** An exec that answers `docker buildx version` with `version`, and each build with the next of `builds`; `during` sees each build call. */
function scripted(builds: ExecResult[], version = 'github.com/docker/buildx v0.36.1 1234567', during: (call: Call) => void = () => undefined): { exec: Exec; calls: Call[] } {
  const calls: Call[] = [];
  const exec: Exec = async (command, args, options = {}) => {
    const call = { command, args, options };
    calls.push(call);
    if (args[0] === 'buildx' && args[1] === 'version') return { exitCode: 0, stdout: version, stderr: '' };
    if (args[0] === 'buildx' && args[1] === 'build') {
      during(call);
      const result = builds.shift();
      if (!result) throw new Error('no more builds scripted');
      return result;
    }
    throw new Error(`unexpected call ${command} ${args.join(' ')}`);
  };
  return { exec, calls };
}

const ok = (stderr = '#1 DONE 0.0s\n'): ExecResult => ({ exitCode: 0, stdout: '', stderr });
const failed = (stderr: string): ExecResult => ({ exitCode: 1, stdout: '', stderr });

let tmp: string;
beforeEach(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'hoist-build-'));
});
afterEach(() => fs.rmSync(tmp, { recursive: true, force: true }));

const deps = (exec: Exec, metadataWarnings = 'true'): BuildDeps & { runner: FakeRunner } => ({ runner: new FakeRunner({}), exec, env: { metadataWarnings } });
const planWith = (argv: string[], files: BuildPlan['files'] = []): BuildPlan => ({ argv, files, metadataFile: path.join(tmp, 'metadata.json'), context: '.' });

describe('startBuild', () => {
  it('echoes the command as a shell takes it, then streams the build with BUILDX_METADATA_WARNINGS', async () => {
    const { exec, calls } = scripted([ok()]);
    const d = deps(exec, 'false');
    const argv = ['buildx', 'build', '--label', "desc=it's here", '--build-arg', 'A=1,2', '--tag', 'ghcr.io/acme/app:1', '--platform', 'linux/amd64', '.'];
    await expect(startBuild(d, argv)).resolves.toEqual(ok());
    expect(d.runner.texts('info')).toEqual([`docker buildx build --label 'desc=it'\\''s here' --build-arg A=1,2 --tag ghcr.io/acme/app:1 --platform linux/amd64 .`]);
    expect(calls).toEqual([{ command: 'docker', args: argv, options: { stream: true, env: { BUILDX_METADATA_WARNINGS: 'false' } } }]);
  });

  it('passes on the output watcher and the abort signal', async () => {
    const { exec, calls } = scripted([ok()]);
    const onOutput = (): void => undefined;
    const signal = new AbortController().signal;
    await startBuild(deps(exec), ['buildx', 'build', '.'], { onOutput, signal });
    expect(calls[0].options).toEqual({ stream: true, env: { BUILDX_METADATA_WARNINGS: 'true' }, onOutput, signal });
  });
});

describe('runPlannedBuild', () => {
  it("returns buildx's progress", async () => {
    const { exec } = scripted([ok('#5 [2/2] RUN true\n#5 DONE 0.1s\n')]);
    await expect(runPlannedBuild(deps(exec), planWith(['buildx', 'build', '.']))).resolves.toBe('#5 [2/2] RUN true\n#5 DONE 0.1s\n');
  });

  it('writes the secret files 0600 for the length of the build, and removes them after', async () => {
    const files = [
      { path: path.join(tmp, 'secret-1'), content: 'token-value' },
      { path: path.join(tmp, 'secret-2'), content: 'multi\nline' }
    ];
    const seen: Array<[string, number]> = [];
    const { exec } = scripted([ok()], undefined, () => files.forEach(f => seen.push([fs.readFileSync(f.path, 'utf8'), fs.statSync(f.path).mode & 0o777])));
    await runPlannedBuild(deps(exec), planWith(['buildx', 'build', '--secret', `id=T,src=${files[0].path}`, '.'], files));
    expect(seen).toEqual([
      ['token-value', 0o600],
      ['multi\nline', 0o600]
    ]);
    expect(files.filter(f => fs.existsSync(f.path))).toEqual([]);
  });

  it('removes the secret files after a failed build, and after buildx could not be started', async () => {
    const file = { path: path.join(tmp, 'secret-1'), content: 'x' };
    await expect(runPlannedBuild(deps(scripted([failed('ERROR: failed to solve: boom')]).exec), planWith(['buildx', 'build', '.'], [file]))).rejects.toThrow(BuildFailedError);
    expect(fs.existsSync(file.path)).toBe(false);
    await expect(runPlannedBuild(deps(scripted([]).exec), planWith(['buildx', 'build', '.'], [file]))).rejects.toThrow('no more builds scripted');
    expect(fs.existsSync(file.path)).toBe(false);
  });

  it('starts the first build with the given start, e.g. the cache-mount restore race', async () => {
    const { exec, calls } = scripted([]);
    const started: string[][] = [];
    const progress = await runPlannedBuild(deps(exec), planWith(['buildx', 'build', '.']), async argv => {
      started.push(argv);
      return ok('raced');
    });
    expect(progress).toBe('raced');
    expect(started).toEqual([['buildx', 'build', '.']]);
    expect(calls).toEqual([]);
  });
});

describe('runPlannedBuild: a cache export that fails', () => {
  const CACHE_EXPORT_FAILED = [
    '#9 exporting to image',
    '#9 DONE 0.4s',
    '#10 exporting cache to registry',
    '#10 ERROR: failed to push ghcr.io/acme/app:cache: 403 Forbidden',
    'ERROR: failed to build: failed to solve: failed to push ghcr.io/acme/app:cache: 403 Forbidden'
  ].join('\n');
  const argv = ['buildx', 'build', '--cache-from', 'type=registry,ref=ghcr.io/acme/app:cache', '--cache-to', 'type=registry,ref=ghcr.io/acme/app:cache,mode=max', '--tag', 'ghcr.io/acme/app:1', '.'];

  it('builds again without --cache-to, saying why, and returns the second progress', async () => {
    const { exec, calls } = scripted([failed(CACHE_EXPORT_FAILED), ok('second')]);
    const d = deps(exec);
    await expect(runPlannedBuild(d, planWith(argv))).resolves.toBe('second');
    expect(calls.map(c => c.args)).toEqual([argv, ['buildx', 'build', '--cache-from', 'type=registry,ref=ghcr.io/acme/app:cache', '--tag', 'ghcr.io/acme/app:1', '.']]);
    expect(d.runner.texts('warning')).toEqual([
      'the build succeeded but exporting its cache failed (ERROR: failed to build: failed to solve: failed to push ghcr.io/acme/app:cache: 403 Forbidden); building again without cache-to'
    ]);
    expect(d.runner.texts('info')).toHaveLength(2);
  });

  it('fails when the build without cache-to fails too', async () => {
    const { exec } = scripted([failed(CACHE_EXPORT_FAILED), failed('ERROR: failed to build: failed to solve: registry down')]);
    await expect(runPlannedBuild(deps(exec), planWith(argv))).rejects.toThrow('buildx failed with exit code 1: ERROR: failed to build: failed to solve: registry down');
  });

  it('does not retry a failure elsewhere', async () => {
    const { exec, calls } = scripted([failed('#9 exporting to image\n#9 ERROR: failed to push: 401\nERROR: failed to build: 401')]);
    await expect(runPlannedBuild(deps(exec), planWith(argv))).rejects.toThrow(BuildFailedError);
    expect(calls.filter(c => c.args[1] === 'build')).toHaveLength(1);
  });
});

describe('runPlannedBuild: a failed build', () => {
  const progress = fixture('failed-two-platforms.txt');

  it("throws BuildFailedError with buildx's last words, the failing step parsed, and the progress", async () => {
    const { exec } = scripted([{ exitCode: 1, stdout: '', stderr: progress }]);
    const error = await runPlannedBuild(deps(exec), planWith(['buildx', 'build', '.'])).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BuildFailedError);
    const e = error as BuildFailedError;
    expect(e.name).toBe('BuildFailedError');
    expect(e.message).toBe(
      'buildx failed with exit code 1: ERROR: failed to build: failed to solve: process "/bin/sh -c echo before failing; echo line two; exit 3" did not complete successfully: exit code: 3'
    );
    expect(e.failure).toEqual({
      step: '[linux/amd64 3/3] RUN echo before failing; echo line two; exit 3',
      platform: 'linux/amd64',
      message: 'process "/bin/sh -c echo before failing; echo line two; exit 3" did not complete successfully: exit code: 3',
      file: 'Dockerfile',
      line: 3,
      lastLines: ['before failing', 'line two']
    });
    expect(e.progress).toBe(progress);
  });

  it('has no parsed failure when no step failed', async () => {
    const { exec } = scripted([failed('ERROR: failed to build: invalid tag "x y"')]);
    await expect(runPlannedBuild(deps(exec), planWith(['buildx', 'build', '.']))).rejects.toMatchObject({
      failure: undefined,
      message: 'buildx failed with exit code 1: ERROR: failed to build: invalid tag "x y"'
    });
  });

  it.each<[string, string]>([
    ['github.com/docker/buildx v0.15.0 abc', ''],
    ['github.com/docker/buildx v0.0.0+unknown', ''],
    ['github.com/docker/buildx v0.14.1 abc', ' — buildx v0.14.1 is older than v0.15.0, which hoist needs: update it (docker/setup-buildx-action)']
  ])('blames buildx only when it is too old (%s)', async (version, suffix) => {
    const { exec } = scripted([failed('ERROR: unknown flag: --call')], version);
    await expect(runPlannedBuild(deps(exec), planWith(['buildx', 'build', '.']))).rejects.toThrow(`buildx failed with exit code 1: ERROR: unknown flag: --call${suffix}`);
  });

  it('still throws the build failure when the version cannot be asked', async () => {
    const calls: string[] = [];
    const exec: Exec = async (_command, args) => {
      calls.push(args.join(' '));
      if (args[1] === 'version') throw new Error('could not run docker');
      return failed('ERROR: failed to build: boom');
    };
    await expect(runPlannedBuild(deps(exec), planWith(['buildx', 'build', '.']))).rejects.toThrow(new BuildFailedError('buildx failed with exit code 1: ERROR: failed to build: boom', undefined, ''));
    expect(calls).toEqual(['buildx build .', 'buildx version']);
  });
});

describe('runPlannedBuild: a push that failed on a registry error that may pass', () => {
  // Real progress (test/fixtures/buildx/push-*.txt): a cached two-platform image pushed through the fault proxy.
  const PUSH_503 = fixture('push-503-head.txt');
  const PUSH_RETRIED = fixture('push-503-head-retried.txt');
  const argv = ['buildx', 'build', '--platform', 'linux/amd64,linux/arm64', '--push', '--tag', '127.0.0.1:5002/collect/r-mxdk8qvp-2:1', '.'];
  const HEAD_503 =
    'failed to push 127.0.0.1:5002/collect/r-mxdk8qvp-2:1: unexpected status from HEAD request to http://127.0.0.1:5002/v2/collect/r-mxdk8qvp-2/blobs/sha256:5283e6dc2a1e4299d5a780cd0fbf528effb0d8207ca11a8f5c1e8c3bf712b435: 503 Service Unavailable';

  /** Deps whose waits are recorded, not waited, on a clock that moves `stepMs` each reading. */
  const retrying = (exec: Exec, stepMs = 0) => {
    const waits: number[] = [];
    let clock = 0;
    const d = { ...deps(exec), sleep: async (ms: number) => void waits.push(ms), now: () => (clock += stepMs) };
    return { d, waits };
  };

  it('pushes again with the same argv after a 503, saying so; the retry shows every step CACHED', async () => {
    const { exec, calls } = scripted([failed(PUSH_503), ok(PUSH_RETRIED)]);
    const { d, waits } = retrying(exec);
    const built = await runPlannedBuildCounted(d, planWith(argv));
    expect(calls.map(c => c.args)).toEqual([argv, argv]);
    expect(waits).toEqual([PUSH_RETRY_WAIT_MS]);
    expect(d.runner.texts('warning')).toEqual([
      `pushing the image failed on a registry error that may pass (HTTP 503: ${HEAD_503}); pushing again in 1 s, attempt 2 of ${PUSH_ATTEMPTS} (the build itself comes from the builder's cache)`
    ]);
    // The command is echoed for each start.
    expect(d.runner.texts('info')).toHaveLength(2);
    expect(built.pushRetries).toBe(1);
    // The progress is the first start's, whose steps ran: the cache hits and the cache save go by it.
    expect(built.progress).toBe(PUSH_503);
    // The retried start built nothing again: its steps all came from the cache.
    expect(cacheHits(PUSH_RETRIED)).toEqual({ cached: 4, total: 4 });
    await expect(runPlannedBuild(retrying(scripted([failed(PUSH_503), ok(PUSH_RETRIED)]).exec).d, planWith(argv))).resolves.toBe(PUSH_503);
  });

  it('retries through the start it was given (the cache-mount restore wraps each start)', async () => {
    const { exec, calls } = scripted([]);
    const started: string[][] = [];
    const results = [failed(fixture('push-connection-reset.txt')), failed(PUSH_503), ok(PUSH_RETRIED)];
    const { d, waits } = retrying(exec);
    const built = await runPlannedBuildCounted(d, planWith(argv), async a => {
      started.push(a);
      return results.shift()!;
    });
    expect(started).toEqual([argv, argv, argv]);
    expect(calls).toEqual([]);
    expect(waits).toEqual([1000, 2000]);
    expect(built.pushRetries).toBe(2);
    expect(d.runner.texts('warning').map(w => /attempt \d of \d/.exec(w)?.[0])).toEqual(['attempt 2 of 5', 'attempt 3 of 5']);
    expect(d.runner.texts('warning')[0]).toMatch(/\(failed to push .*: read: connection reset by peer\); pushing again in 1 s,/);
  });

  it('a build that needed no retry says 0', async () => {
    const { exec } = scripted([ok(PUSH_RETRIED)]);
    await expect(runPlannedBuildCounted(retrying(exec).d, planWith(argv))).resolves.toEqual({ progress: PUSH_RETRIED, pushRetries: 0 });
  });

  it.each([
    ['a 401', 'push-401.txt', /401 Unauthorized$/],
    ['a failing RUN', 'failed-two-platforms.txt', /exit code: 3$/],
    ['an EOF before the export (the base image)', 'pull-eof-before-export.txt', /: EOF$/]
  ])('does not retry %s: the step fails with the error', async (_name, file, error) => {
    const { exec, calls } = scripted([failed(fixture(file))]);
    const { d, waits } = retrying(exec);
    const e = (await runPlannedBuildCounted(d, planWith(argv)).catch((x: unknown) => x)) as BuildFailedError;
    expect(e).toBeInstanceOf(BuildFailedError);
    expect(e.message).toMatch(error);
    expect(calls.filter(c => c.args[1] === 'build')).toHaveLength(1);
    expect(waits).toEqual([]);
    expect(d.runner.texts('warning')).toEqual([]);
  });

  it('stops at a 401 met on a retry', async () => {
    const { exec, calls } = scripted([failed(PUSH_503), failed(fixture('push-401.txt'))]);
    const { d } = retrying(exec);
    await expect(runPlannedBuildCounted(d, planWith(argv))).rejects.toThrow(/401 Unauthorized$/);
    expect(calls.filter(c => c.args[1] === 'build')).toHaveLength(2);
  });

  it(`gives up after ${PUSH_ATTEMPTS} attempts, waiting 1, 2, 4, 8 s: the last error fails the step`, async () => {
    const { exec, calls } = scripted([...Array.from({ length: PUSH_ATTEMPTS - 1 }, () => failed(PUSH_503)), failed(fixture('push-broken-pipe.txt'))]);
    const { d, waits } = retrying(exec);
    const e = (await runPlannedBuildCounted(d, planWith(argv)).catch((x: unknown) => x)) as BuildFailedError;
    expect(calls.filter(c => c.args[1] === 'build')).toHaveLength(PUSH_ATTEMPTS);
    expect(waits).toEqual([1000, 2000, 4000, 8000]);
    expect(d.runner.texts('warning')).toHaveLength(PUSH_ATTEMPTS - 1);
    expect(e).toBeInstanceOf(BuildFailedError);
    expect(e.message).toMatch(
      /^buildx failed with exit code 1: ERROR: failed to build: failed to solve: failed to push .*: write: broken pipe \(the push was tried 5 times, each failing on a registry error that may pass\)$/
    );
    expect(e.progress).toBe(fixture('push-broken-pipe.txt'));
  });

  it(`gives up when the next retry would start more than ${PUSH_RETRY_BUDGET_MS / 1000} s after the first failure`, async () => {
    // Each clock reading moves 70 s: the first retry starts 70 + 1 s after the failure, the second would start 140 + 2 s after.
    const { exec, calls } = scripted([failed(PUSH_503), failed(PUSH_503), failed(PUSH_503)]);
    const { d, waits } = retrying(exec, 70_000);
    await expect(runPlannedBuildCounted(d, planWith(argv))).rejects.toThrow(
      /503 Service Unavailable \(the push was tried 2 times, each failing on a registry error that may pass; the 120 s push retry budget is spent\)$/
    );
    expect(calls.filter(c => c.args[1] === 'build')).toHaveLength(2);
    expect(waits).toEqual([1000]);
  });
});
