// Running a planned build (buildx/build.ts) with a scripted Exec: the echoed command, secret files on disk only during the build, the retry without --cache-to, BuildFailedError.
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { BuildFailedError, runPlannedBuild, startBuild, type BuildDeps } from '../../../src/buildx/build.js';
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
