/**
 * The build phase with a scripted buildx: the argv the run plan asks for (a push, a
 * platform job's push by digest, the layout of an image that is not pushed), the
 * outputs build-push-action sets, and a failed build's error.
 */
import { describe, expect, it } from '@jest/globals';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { BuildFailedError } from '../../../src/buildx/build.js';
import { build } from '../../../src/phases/build.js';
import { resolveCache } from '../../../src/plan/cache.js';
import { argAfter, isPlannedBuild, ok, PROGRESS, scriptedExec, type Script } from '../../helpers/exec.js';
import { facts } from '../../helpers/facts.js';
import { rawInputs } from '../../helpers/inputs.js';
import { scratchDirs, testJob, testPorts } from '../../helpers/ports.js';
import { FakeRunner } from '../../helpers/runner.js';

const REPO = '127.0.0.1:5000/acme/app';
const PUSHED = 'sha256:' + 'b'.repeat(64);
const scratch = scratchDirs('phase-build');

async function buildWith(inputs: Record<string, string>, scripts: Script[] = []) {
  const dir = scratch();
  const context = path.join(dir, 'context');
  fs.mkdirSync(context);
  fs.writeFileSync(path.join(context, 'Dockerfile'), 'FROM busybox\nCOPY app /app\n');
  const tmpDir = path.join(dir, 'tmp');
  fs.mkdirSync(tmpDir);
  const runner = new FakeRunner({});
  const { exec, calls } = scriptedExec(scripts, PUSHED);
  const job = testJob(rawInputs({ context, ...inputs }), facts({ tmpDir }));
  const ports = testPorts({ dir, runner, exec });
  const result = build(ports, job, resolveCache(job.inputs, job.facts), undefined);
  return { result, runner, calls, tmpDir, context, job };
}

describe('build: the image built as the run plan says, and its outputs', () => {
  it('a push: buildx pushes the tags; imageid, digest and metadata are set from the files buildx wrote', async () => {
    const { result, runner, calls, tmpDir, context } = await buildWith({ tags: `${REPO}:1`, push: 'true' });
    const built = await result;
    expect(calls).toHaveLength(1);
    const argv = calls[0].args;
    expect([calls[0].command, ...argv.slice(0, 2)]).toEqual(['docker', 'buildx', 'build']);
    expect(argAfter(argv, '--tag')).toBe(`${REPO}:1`);
    expect(argAfter(argv, '--metadata-file')).toBe(path.join(tmpDir, 'metadata.json'));
    expect(argAfter(argv, '--iidfile')).toBe(path.join(tmpDir, 'iidfile'));
    expect(argv).toContain('--push');
    expect(argv).not.toContain('--output');
    expect(argv[argv.length - 1]).toBe(context);
    // In its own log group, the command echoed as a shell would take it.
    expect(runner.texts('group')).toEqual(['Build']);
    expect(runner.texts('info')).toEqual([['docker', ...argv].join(' ')]);
    expect(runner.outputs).toEqual({
      imageid: 'sha256:1d',
      digest: PUSHED,
      metadata: JSON.stringify({ 'containerimage.digest': PUSHED, 'image.name': `${REPO}:1` }, null, 2)
    });
    expect(built).toEqual({
      progress: PROGRESS,
      // The clock moves 100 ms a reading: one reading before the build, one after.
      durationMs: 100,
      hits: { cached: 1, total: 2 },
      metadata: { digest: PUSHED, warnings: [], mediaType: undefined, imageName: `${REPO}:1`, raw: { 'containerimage.digest': PUSHED, 'image.name': `${REPO}:1` } },
      imageId: 'sha256:1d'
    });
  });

  it('a platform job pushes by digest only: no tag, no --push, the repository in the output', async () => {
    const { result, calls, runner, job } = await buildWith({ tags: `${REPO}:1\n${REPO}:latest`, push: 'true', platforms: 'linux/arm64', distribute: 'platform' });
    expect(job.run.handsOff).toBe(true);
    await result;
    const argv = calls[0].args;
    expect(argv).not.toContain('--tag');
    expect(argv).not.toContain('--push');
    expect(argAfter(argv, '--output')).toBe(`type=image,name=${REPO},push-by-digest=true,name-canonical=true,push=true`);
    expect(argAfter(argv, '--platform')).toBe('linux/arm64');
    expect(runner.outputs.digest).toBe(PUSHED);
  });

  it('an image that is not pushed also writes the OCI layout it is measured from', async () => {
    const { result, calls, tmpDir, job } = await buildWith({ tags: `${REPO}:1` });
    expect(job.run.sizes).toBe('layout');
    await result;
    expect(calls[0].args.filter((_, i) => calls[0].args[i - 1] === '--output')).toEqual([`type=oci,dest=${path.join(tmpDir, 'measure')},tar=false`]);
    expect(fs.existsSync(path.join(tmpDir, 'measure', 'index.json'))).toBe(true);
    expect(calls[0].args).not.toContain('--push');
  });

  it('files only (outputs: type=local): no image id file, and no digest', async () => {
    const { result, calls, runner } = await buildWith({ outputs: 'type=local,dest=out' }, [
      c => {
        if (!isPlannedBuild(c)) return undefined;
        fs.writeFileSync(argAfter(c.args, '--metadata-file')!, '{}');
        return ok(PROGRESS);
      }
    ]);
    const built = await result;
    expect(calls[0].args).not.toContain('--iidfile');
    expect(argAfter(calls[0].args, '--output')).toBe('type=local,dest=out');
    expect(runner.outputs).toEqual({ metadata: '{}' });
    expect(built.imageId).toBeUndefined();
    expect(built.metadata.digest).toBeUndefined();
  });

  it('a build that fails throws BuildFailedError with buildx’s last words; no output is set and the secret file is gone', async () => {
    let secretFile = '';
    const { result, runner, calls } = await buildWith({ tags: `${REPO}:1`, secrets: 'TOKEN=s3cr3t' }, [
      c => {
        if (!isPlannedBuild(c)) return undefined;
        secretFile = /src=([^,]+)$/.exec(argAfter(c.args, '--secret')!)![1];
        expect(fs.readFileSync(secretFile, 'utf8')).toBe('s3cr3t');
        return { exitCode: 1, stdout: '', stderr: '#6 [2/2] RUN make\n#6 ERROR: process "/bin/sh -c make" did not complete successfully: exit code: 2\n' };
      }
    ]);
    const error = await result.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BuildFailedError);
    expect((error as BuildFailedError).message).toBe('buildx failed with exit code 1: #6 ERROR: process "/bin/sh -c make" did not complete successfully: exit code: 2');
    expect((error as BuildFailedError).failure).toMatchObject({ step: '[2/2] RUN make' });
    expect(runner.outputs).toEqual({});
    expect(fs.existsSync(secretFile)).toBe(false);
    // The failed build asked buildx for its version (too old for a flag?).
    expect(calls.map(c => c.args.slice(0, 2).join(' '))).toEqual(['buildx build', 'buildx version']);
  });

  it('a push that failed on a 503 is pushed again (after 1 s): the build says how often, and warned', async () => {
    const failedPush = fs.readFileSync(path.join(path.dirname(new URL(import.meta.url).pathname), '../../fixtures/buildx/push-503-head.txt'), 'utf8');
    let starts = 0;
    const { result, runner, calls } = await buildWith({ tags: `${REPO}:1`, push: 'true' }, [c => (isPlannedBuild(c) && ++starts === 1 ? { exitCode: 1, stdout: '', stderr: failedPush } : undefined)]);
    const built = await result;
    expect(calls.filter(isPlannedBuild).map(c => c.args)).toEqual([calls[0].args, calls[0].args]);
    expect(built.pushRetries).toBe(1);
    expect(runner.texts('warning')).toEqual([expect.stringMatching(/^pushing the image failed on a registry error that may pass \(HTTP 503: .*\); pushing again in 1 s, attempt 2 of 5/)]);
    expect(runner.outputs.digest).toBe(PUSHED);
  });
});
