/**
 * A build spread over a matrix of runners, run as the runner runs each job (harness:
 * INPUT_*, the GITHUB_* files, then the post step), with the test suite's stand-in of
 * the Actions artifact service as the run's: `distribute: platform` jobs push by digest
 * and hand the digest on; a `merge: true` job, with no checkout, makes the image. What
 * the registry holds is checked over plain HTTP, never through hoist's code.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { workspace } from '../helpers/workspace.js';
import { startArtifactServer, type ArtifactServer } from '../servers/artifacts.js';
import { explain, runAction, type ActionRun } from './runner.js';
import { GO_IMAGE, REGISTRY, RUNTIME_IMAGE, binaryOf, elfMachine, getManifest, listTags, platformsOf, requireToolchain, uniqueRepo } from './toolchain.js';

describe('distribute: platform jobs, then merge: the seeds service on two platforms', () => {
  const repo = uniqueRepo('distribute');
  const tags = `${REGISTRY}/${repo}:v1\n${REGISTRY}/${repo}:latest`;
  let artifacts: ArtifactServer;
  const platformJobs: Record<string, ActionRun> = {};
  let tagsBeforeMerge: string[];
  let merge: ActionRun;
  let rerun: ActionRun;

  beforeAll(async () => {
    await requireToolchain();
    artifacts = await startArtifactServer();
    for (const platform of ['linux/amd64', 'linux/arm64']) {
      platformJobs[platform] = await runAction(
        { context: 'example', platforms: platform, 'build-args': `GO_IMAGE=${GO_IMAGE}\nRUNTIME_IMAGE=${RUNTIME_IMAGE}`, tags, push: 'true', distribute: 'platform', cache: 'registry' },
        { env: { ...artifacts.env('build', 1), GITHUB_JOB: 'build' } }
      );
    }
    tagsBeforeMerge = await listTags(repo);
    const mergeInputs = { platforms: 'linux/amd64,linux/arm64', tags, push: 'true', merge: 'true', annotations: 'org.opencontainers.image.title=backend' };
    merge = await runAction(mergeInputs, { workspace: workspace({}, { name: 'merge-ws' }), env: { ...artifacts.env('merge', 1), GITHUB_JOB: 'merge' } });
    // "Re-run jobs" on the merge alone: attempt 2 of the run, the platform jobs' artifacts are attempt 1's.
    rerun = await runAction(mergeInputs, { workspace: workspace({}, { name: 'merge-ws' }), env: { ...artifacts.env('merge', 2), GITHUB_JOB: 'merge', GITHUB_RUN_ATTEMPT: '2' } });
  });

  afterAll(async () => {
    await artifacts?.close();
  });

  it('each platform job pushes by digest only, tags nothing, and hands its digest on', async () => {
    for (const [platform, run] of Object.entries(platformJobs)) {
      expect({ platform, code: run.main.exitCode, log: run.main.exitCode === 0 ? '' : explain(run) }).toEqual({ platform, code: 0, log: '' });
      expect(run.main.stdout).toContain('push-by-digest=true,name-canonical=true,push=true');
      expect(run.main.stdout).not.toContain('--tag');
      expect(run.summary).toContain('| handed on | to the merge step, as artifact `hoist-digest-');
      expect(Object.keys(JSON.parse(run.outputs['platform-digests']))).toEqual([platform]);
      // Each platform keeps its own registry cache: the jobs do not overwrite each other's.
      expect(run.main.stdout).toContain(`type=registry,ref=${REGISTRY}/${repo}:buildcache-${platform.replace('/', '-')}`);
    }
    expect(tagsBeforeMerge).toEqual(['buildcache-linux-amd64', 'buildcache-linux-arm64']);
    const stored = artifacts.artifacts().filter(a => a.finalized);
    expect(stored.map(a => a.name.replace(/^hoist-digest-[0-9a-f]{12}-/, '')).sort()).toEqual(['linux-amd64', 'linux-arm64']);
  });

  it('the merge job creates one index of both platforms under every tag; the digest output is the index', async () => {
    expect({ code: merge.main.exitCode, log: merge.main.exitCode === 0 ? '' : explain(merge) }).toEqual({ code: 0, log: '' });
    const v1 = await getManifest(repo, 'v1');
    const latest = await getManifest(repo, 'latest');
    expect(latest.digest).toBe(v1.digest);
    expect(merge.outputs.digest).toBe(v1.digest);
    expect(v1.json.annotations?.['org.opencontainers.image.title']).toBe('backend');
    const platforms = platformsOf(v1);
    expect(platforms).toEqual({
      'linux/amd64': JSON.parse(platformJobs['linux/amd64'].outputs['platform-digests'])['linux/amd64'],
      'linux/arm64': JSON.parse(platformJobs['linux/arm64'].outputs['platform-digests'])['linux/arm64']
    });
    expect(elfMachine(await binaryOf(repo, await getManifest(repo, platforms['linux/amd64'])))).toBe(62);
    expect(elfMachine(await binaryOf(repo, await getManifest(repo, platforms['linux/arm64'])))).toBe(183);
    expect(merge.main.stdout).toMatch(/^merged 2 platform job\(s\) into sha256:[0-9a-f]{64} in \d+ ms$/m);
  });

  it('the merge job reports the sizes of both platforms', () => {
    const sizes = JSON.parse(merge.outputs.sizes) as { digest: string; platforms: Record<string, { compressed: number; layers: number }> };
    expect(sizes.digest).toBe(merge.outputs.digest);
    expect(Object.keys(sizes.platforms).sort()).toEqual(['linux/amd64', 'linux/arm64']);
    expect(Object.values(sizes.platforms).every(p => p.compressed > 1_000_000 && p.layers > 0)).toBe(true);
    expect(merge.summary).toContain('### hoist · merge');
    expect(merge.summary).toMatch(/\| merged \| linux\/amd64 from job build \(attempt 1\)<br>linux\/arm64 from job build \(attempt 1\) \|/);
  });

  it('a re-run of the merge alone gives the same index digest', async () => {
    expect({ code: rerun.main.exitCode, log: rerun.main.exitCode === 0 ? '' : explain(rerun) }).toEqual({ code: 0, log: '' });
    expect(rerun.outputs.digest).toBe(merge.outputs.digest);
    expect((await getManifest(repo, 'v1')).digest).toBe(merge.outputs.digest);
    // hoist-size-history: the merge of a push on the default branch records the image's sizes (docs/sizes-and-comments.md#the-trend).
    expect(await listTags(repo)).toEqual(['buildcache-linux-amd64', 'buildcache-linux-arm64', 'hoist-size-history', 'latest', 'v1']);
  });
});

describe('distribute: a failed platform job moves no tag; its re-run, then the merge, does', () => {
  const repo = uniqueRepo('distribute-fail');
  const tag = `${REGISTRY}/${repo}:v1`;
  let artifacts: ArtifactServer;
  let ws: string;

  beforeAll(async () => {
    await requireToolchain();
    artifacts = await startArtifactServer();
    ws = workspace(
      {
        'hello.txt': 'hello\n',
        // FAIL_ON stands in for a flaky step: the arm64 job fails in attempt 1 and passes when re-run.
        Dockerfile: `FROM ${RUNTIME_IMAGE}\nARG FAIL_ON=none\nRUN test "$(uname -m)" != "$FAIL_ON"\nCOPY hello.txt /\n`
      },
      { name: 'distribute' }
    );
  });

  afterAll(async () => {
    await artifacts?.close();
  });

  const platformJob = (platform: string, attempt: number, failOn = 'none') =>
    runAction(
      { context: '.', platforms: platform, 'build-args': `FAIL_ON=${failOn}`, tags: tag, push: 'true', distribute: 'platform', provenance: 'false' },
      { workspace: ws, env: { ...artifacts.env('build', attempt), GITHUB_JOB: 'build', GITHUB_RUN_ATTEMPT: String(attempt) } }
    );
  const mergeJob = (attempt: number) =>
    runAction(
      { platforms: 'linux/amd64,linux/arm64', tags: tag, push: 'true', merge: 'true' },
      { workspace: workspace({}, { name: 'merge-ws' }), env: { ...artifacts.env('merge', attempt), GITHUB_JOB: 'merge', GITHUB_RUN_ATTEMPT: String(attempt) } }
    );

  it('the merge after a failed platform job fails naming it, and the tag still points at the previous image', async () => {
    // The previous release under the tag.
    const previous = await runAction({ context: '.', platforms: 'linux/amd64', tags: tag, push: 'true', provenance: 'false' }, { workspace: ws });
    expect({ code: previous.main.exitCode, log: previous.main.exitCode === 0 ? '' : explain(previous) }).toEqual({ code: 0, log: '' });
    const before = (await getManifest(repo, 'v1')).digest;

    const amd64 = await platformJob('linux/amd64', 1);
    expect({ code: amd64.main.exitCode, log: amd64.main.exitCode === 0 ? '' : explain(amd64) }).toEqual({ code: 0, log: '' });
    const arm64 = await platformJob('linux/arm64', 1, 'aarch64');
    expect(arm64.main.exitCode).not.toBe(0);

    // `if: always()` on the merge job: it runs, and must refuse.
    const merge = await mergeJob(1);
    expect(merge.main.exitCode).not.toBe(0);
    expect(merge.main.stdout).toMatch(
      /::error::cannot merge: no digest was handed on for linux\/arm64 in this run \(found: linux\/amd64\)\. The platform job for it \(distribute: platform, platforms: linux\/arm64\) failed/
    );
    expect(merge.main.stdout).toContain('No tag was created or moved.');
    expect(merge.main.stdout).not.toContain('imagetools create');
    expect((await getManifest(repo, 'v1')).digest).toBe(before);
    // hoist-size-history from the previous release's push; the failed merge records nothing.
    expect(await listTags(repo)).toEqual(['hoist-size-history', 'v1']);

    // "Re-run failed jobs": the arm64 job passes in attempt 2; the merge then takes amd64 from attempt 1.
    const rerunArm64 = await platformJob('linux/arm64', 2);
    expect({ code: rerunArm64.main.exitCode, log: rerunArm64.main.exitCode === 0 ? '' : explain(rerunArm64) }).toEqual({ code: 0, log: '' });
    const merged = await mergeJob(2);
    expect({ code: merged.main.exitCode, log: merged.main.exitCode === 0 ? '' : explain(merged) }).toEqual({ code: 0, log: '' });
    const index = await getManifest(repo, 'v1');
    expect(merged.outputs.digest).toBe(index.digest);
    expect(index.digest).not.toBe(before);
    expect(platformsOf(index)).toEqual({ 'linux/amd64': amd64.outputs.digest, 'linux/arm64': rerunArm64.outputs.digest });
    expect(merged.summary).toContain('linux/amd64 from job build (attempt 1)<br>linux/arm64 from job build (attempt 2)');
  });

  it('a digest the registry no longer holds stops the merge, naming the platform and its job; no tag moves', async () => {
    const before = (await getManifest(repo, 'v1')).digest;
    const server = await startArtifactServer();
    // Other sources than the image under v1, so deleting this build's manifest leaves that one whole.
    const other = workspace({ Dockerfile: fs.readFileSync(path.join(ws, 'Dockerfile')), 'hello.txt': 'hello again\n' }, { name: 'distribute' });
    try {
      const run = (job: string, inputs: Record<string, string>) =>
        runAction({ tags: tag, push: 'true', provenance: 'false', ...inputs }, { workspace: other, env: { ...server.env(job, 1), GITHUB_JOB: job } });
      const amd64 = await run('build', { context: '.', platforms: 'linux/amd64', distribute: 'platform' });
      const arm64 = await run('build', { context: '.', platforms: 'linux/arm64', distribute: 'platform' });
      expect([amd64.main.exitCode, arm64.main.exitCode]).toEqual([0, 0]);
      // Someone deleted the amd64 manifest between the jobs.
      const deleted = await fetch(`http://${REGISTRY}/v2/${repo}/manifests/${amd64.outputs.digest}`, { method: 'DELETE' });
      expect(deleted.status).toBe(202);
      const merge = await run('merge', { platforms: 'linux/amd64,linux/arm64', merge: 'true' });
      expect(merge.main.exitCode).not.toBe(0);
      expect(merge.main.stdout).toContain(`::error::cannot merge: linux/amd64 from job build (attempt 1): ${REGISTRY}/${repo}@${amd64.outputs.digest} cannot be read`);
      expect(merge.main.stdout).toContain('No tag was created or moved.');
      expect((await getManifest(repo, 'v1')).digest).toBe(before);
    } finally {
      await server.close();
    }
  });
});
