/**
 * Native nodes per platform (`append`): two BuildKit daemons started here, joined into the
 * builder hoist sets up, one for linux/amd64 and one for linux/arm64. Each daemon's own
 * history (buildctl, not buildx) says which platform it built; the index, the binaries'
 * ELF machines and the digest output are checked over plain HTTP. An unreachable node
 * fails before any build, naming its address.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { explain, runAction, type ActionRun } from './runner.js';
import { GO_IMAGE, REGISTRY, RUNTIME_IMAGE, binaryOf, elfMachine, getManifest, repositoryExists, requireToolchain, startBuildkitd, uniqueRepo, type Buildkitd, platformsOf } from './toolchain.js';

const builderExists = (name: string) => spawnSync('docker', ['buildx', 'inspect', name]).status === 0;

/** The seeds' service for both platforms on a remote node at `first`, with `second` added for linux/arm64. */
const twoNodeInputs = (repo: string, first: string, second: string) => ({
  context: 'example',
  platforms: 'linux/amd64,linux/arm64',
  'build-args': `GO_IMAGE=${GO_IMAGE}\nRUNTIME_IMAGE=${RUNTIME_IMAGE}`,
  tags: `${REGISTRY}/${repo}:v1`,
  push: 'true',
  driver: 'remote',
  endpoint: first,
  append: `- endpoint: ${second}\n  platforms: linux/arm64\n`
});

describe('append: a node per platform', () => {
  const repo = uniqueRepo('nodes');
  let amd64: Buildkitd;
  let arm64: Buildkitd;
  let run: ActionRun;

  beforeAll(async () => {
    await requireToolchain();
    [amd64, arm64] = await Promise.all([startBuildkitd(), startBuildkitd()]);
    run = await runAction(twoNodeInputs(repo, amd64.socket, arm64.socket), { env: { GITHUB_JOB: `nodes-${process.pid}` } });
  });

  afterAll(async () => {
    await Promise.all([amd64?.stop(), arm64?.stop()]);
  });

  it('builds each platform on its own node, and says so in the log and the summary', () => {
    expect({ code: run.main.exitCode, log: run.main.exitCode === 0 ? '' : explain(run) }).toEqual({ code: 0, log: '' });
    const name = run.state.builderToRemove;
    expect(name).toMatch(/^hoist-[0-9a-f]{12}$/);
    expect(run.main.stdout).toContain(`linux/amd64 builds on node ${name}0 (${amd64.socket})`);
    expect(run.main.stdout).toContain(`linux/arm64 builds on node ${name}1 (${arm64.socket})`);
    expect(run.summary).toContain('| platform | manifest digest | built on |');
    expect(run.summary).toMatch(new RegExp(`\\| linux/arm64 \\| \`sha256:[0-9a-f]{64}\` \\| ${name}1 \\(${arm64.socket.replace(/[/.]/g, '\\$&')}\\) \\|`));
    // What each BuildKit itself recorded: one build each, of its own platform.
    expect(amd64.builtPlatforms()).toEqual(['linux/amd64']);
    expect(arm64.builtPlatforms()).toEqual(['linux/arm64']);
  });

  it('pushes one verified index: digest output, both platforms, each binary for its machine', async () => {
    const index = await getManifest(repo, 'v1');
    expect(run.outputs.digest).toBe(index.digest);
    const platforms = platformsOf(index);
    expect(Object.keys(platforms).sort()).toEqual(['linux/amd64', 'linux/arm64']);
    expect(elfMachine(await binaryOf(repo, await getManifest(repo, platforms['linux/amd64'])))).toBe(62);
    expect(elfMachine(await binaryOf(repo, await getManifest(repo, platforms['linux/arm64'])))).toBe(183);
    expect(JSON.parse(run.outputs['platform-digests'])).toEqual(platforms);
  });

  it('the post step removes the builder with both nodes', () => {
    expect(run.post.exitCode).toBe(0);
    expect(builderExists(run.state.builderToRemove)).toBe(false);
  });
});

describe('append: a node that cannot be reached', () => {
  beforeAll(requireToolchain);

  it('fails before the build, naming the address, and leaves no builder behind', async () => {
    const repo = uniqueRepo('nodes-down');
    const amd64 = await startBuildkitd();
    const missing = `unix:///tmp/hoist-no-buildkitd-${process.pid}/buildkitd.sock`;
    try {
      const run = await runAction(twoNodeInputs(repo, amd64.socket, missing), { env: { GITHUB_JOB: `nodes-down-${process.pid}` } });
      expect(run.main.exitCode).not.toBe(0);
      expect(run.main.stdout).toContain(`::error::the builder hoist set up cannot reach ${missing} (no such socket)`);
      expect(run.main.stdout).not.toContain('buildx build');
      expect(amd64.builtPlatforms()).toEqual([]);
      expect(await repositoryExists(repo)).toBe(false);
      const name = /builder: setting up (hoist-[0-9a-f]{12})/.exec(run.main.stdout)?.[1];
      expect(name).toBeDefined();
      expect(builderExists(name!)).toBe(false);
    } finally {
      await amd64.stop();
    }
  });
});
