/**
 * No setup-buildx-action before hoist: the Docker engine's own builder (`default`, the
 * docker driver) is current, as on a new hosted runner. hoist sets up a docker-container
 * builder for a two-platform push, a second hoist step of the same job reuses it with its
 * cache, and the first step's post (the last to run) removes it with its container and
 * volume; a failed main step's post removes it too. Checked from outside: docker, the
 * registry over HTTP, skopeo, ELF headers.
 */
import { beforeAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { workspace } from '../helpers/workspace.js';
import { explain, runAction, type ActionRun } from './runner.js';
import { GO_IMAGE, REGISTRY, RUNTIME_IMAGE, binaryOf, elfMachine, getManifest, requireToolchain, skopeoDigest, uniqueRepo, platformsOf } from './toolchain.js';

const docker = (...args: string[]) => spawnSync('docker', args, { encoding: 'utf8' });

/** What docker knows of a builder: buildx's record, its BuildKit container and its state volume. */
function traces(name: string): { builder: boolean; container: boolean; volume: boolean } {
  return {
    builder: docker('buildx', 'inspect', name).status === 0,
    container: docker('ps', '-a', '--filter', `name=^buildx_buildkit_${name}0$`, '--format', '{{.Names}}').stdout.trim() !== '',
    volume: docker('volume', 'ls', '--filter', `name=^buildx_buildkit_${name}0_state$`, '--format', '{{.Name}}').stdout.trim() !== ''
  };
}

describe('no builder set up before hoist: the engine builder is current', () => {
  const repo = uniqueRepo('setup');
  const inputs = {
    context: 'example',
    platforms: 'linux/amd64,linux/arm64',
    'build-args': `GO_IMAGE=${GO_IMAGE}\nRUNTIME_IMAGE=${RUNTIME_IMAGE}`,
    push: 'true'
  };
  // The engine's builder is what buildx would use; a job id so both steps are of one job.
  const env = { BUILDX_BUILDER: 'default', GITHUB_JOB: `setup-${process.pid}` };
  let first: ActionRun;
  let second: ActionRun;
  let name = '';
  let whileSecondRan: ReturnType<typeof traces>;
  let afterSecondPost: ReturnType<typeof traces>;

  beforeAll(async () => {
    await requireToolchain();
    expect(docker('buildx', 'inspect', 'default').stdout).toMatch(/^Driver:\s+docker$/m);
    first = await runAction(
      { ...inputs, tags: `${REGISTRY}/${repo}:one` },
      {
        env,
        // The job's next hoist step runs (main and post) before the first step's post.
        beforePost: async step => {
          name = step.state.builderToRemove ?? '';
          whileSecondRan = traces(name);
          second = await runAction({ ...inputs, tags: `${REGISTRY}/${repo}:two` }, { env });
          afterSecondPost = traces(name);
        }
      }
    );
  });

  it('sets up a docker-container builder, says why, and builds on it', () => {
    expect({ code: first.main.exitCode, log: first.main.exitCode === 0 ? '' : explain(first) }).toEqual({ code: 0, log: '' });
    expect(first.main.stdout).toMatch(/^builder: setting up hoist-[0-9a-f]{12} \(docker-container driver\): the Docker engine's own builder \(default\) cannot do 2 platforms$/m);
    expect(first.main.stdout).toMatch(new RegExp(`^builder ${name} \\(docker-container driver, BuildKit v[\\d.]+\\) set up in [\\d.]+ s$`, 'm'));
    expect(first.main.stdout).toContain(`--builder ${name}`);
    expect(first.summary).toMatch(new RegExp(`\\| builder \\| ${name} \\(docker-container driver\\), set up in [\\d.]+ s: the Docker engine's own builder \\(default\\) cannot do 2 platforms \\|`));
    expect(first.state.builderToRemove).toBe(name);
    // The service cross-compiles: no QEMU registered, and the summary says where each stage ran.
    expect(first.main.stdout).toContain('QEMU: not needed: every stage runs its RUN steps on linux/amd64');
    expect(first.main.stdout).not.toContain('QEMU: registering');
    expect(first.summary).toContain('| builder | linux/amd64 | — |');
    expect(whileSecondRan).toEqual({ builder: true, container: true, volume: true });
  });

  it('pushes a verified two-platform index: the digest output is the index, the arm64 binary is AArch64', async () => {
    const index = await getManifest(repo, 'one');
    expect(first.outputs.digest).toBe(index.digest);
    expect(skopeoDigest(`${REGISTRY}/${repo}:one`)).toBe(index.digest);
    const platforms = platformsOf(index);
    expect(Object.keys(platforms).sort()).toEqual(['linux/amd64', 'linux/arm64']);
    expect(elfMachine(await binaryOf(repo, await getManifest(repo, platforms['linux/arm64'])))).toBe(183);
    expect(elfMachine(await binaryOf(repo, await getManifest(repo, platforms['linux/amd64'])))).toBe(62);
  });

  it('a second step of the job reuses the builder and its cache, and leaves it to the step that set it up', () => {
    expect({ code: second.main.exitCode, log: second.main.exitCode === 0 ? '' : explain(second) }).toEqual({ code: 0, log: '' });
    expect(second.main.stdout).toContain(`builder ${name} (docker-container driver, BuildKit`);
    expect(second.main.stdout).toMatch(/\) reused from an earlier hoist step of this job$/m);
    // Same Dockerfile and sources on the same BuildKit: every step comes from its cache.
    expect(second.summary).toMatch(/\| cache \| (\d+)\/\1 steps cached \(100 %\) \|/);
    expect(second.state.builderToRemove).toBeUndefined();
    expect(second.post.stdout).not.toContain('removed builder');
    expect(afterSecondPost).toEqual({ builder: true, container: true, volume: true });
  });

  it("the first step's post removes the builder, its container and its volume", () => {
    expect(first.post.exitCode).toBe(0);
    expect(first.post.stdout).toContain(`removed builder ${name}`);
    expect(traces(name)).toEqual({ builder: false, container: false, volume: false });
  });
});

describe('a failed build still has its builder removed', () => {
  beforeAll(requireToolchain);

  it('the post step removes the builder the failed main step set up', async () => {
    const ws = workspace({ Dockerfile: `FROM --platform=$BUILDPLATFORM ${RUNTIME_IMAGE}\nRUN echo failing on purpose && false\n` }, { name: 'setup-fail' });
    const run = await runAction({ context: '.', platforms: 'linux/amd64,linux/arm64' }, { workspace: ws, env: { BUILDX_BUILDER: 'default', GITHUB_JOB: `setup-fail-${process.pid}` } });
    expect(run.main.exitCode).not.toBe(0);
    const name = run.state.builderToRemove;
    expect(name).toMatch(/^hoist-[0-9a-f]{12}$/);
    expect(run.main.stdout).toContain('failing on purpose');
    expect(run.post.exitCode).toBe(0);
    expect(run.post.stdout).toContain(`removed builder ${name}`);
    expect(traces(name)).toEqual({ builder: false, container: false, volume: false });
  });
});
