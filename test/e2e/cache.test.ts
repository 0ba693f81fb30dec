/**
 * Caches across ephemeral runners. `cache: registry`: the first build exports its cache
 * next to the image; a second build on a brand-new BuildKit (its own daemon and state, as
 * a fresh hosted runner has) takes every step from that cache; each branch and pull
 * request writes only its own cache tags and reads main's after its own, so nothing a
 * branch writes reaches main's build. `cache: gha`: two images built on one branch keep
 * their caches apart.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { eventFile } from '../helpers/env.js';
import { workspace } from '../helpers/workspace.js';
import { startCacheServer, type CacheServer } from '../servers/actions-cache.js';
import { runAction } from './runner.js';
import { BUILDER, REGISTRY, RUNTIME_IMAGE, getManifest, listTags, requireToolchain, startFreshBuilder, uniqueRepo, type FreshBuilder } from './toolchain.js';

describe('cache: registry on an ephemeral runner', () => {
  let fresh: FreshBuilder;
  beforeAll(async () => {
    await requireToolchain();
    fresh = await startFreshBuilder();
  });
  afterAll(async () => {
    await fresh?.stop();
  });

  it("takes the second build's steps from the registry cache, to the same image", async () => {
    const ws = workspace(
      {
        payload: randomBytes(10_000),
        // A step whose output differs on every real run: equal images prove it came from the cache.
        Dockerfile: `FROM ${RUNTIME_IMAGE}\nRUN sleep 1 && head -c 64 /dev/urandom > /random\nCOPY payload /payload\n`
      },
      { name: 'cache' }
    );
    const repo = uniqueRepo('cached');
    const inputs = { context: '.', platforms: 'linux/amd64,linux/arm64', push: 'true', cache: 'registry', provenance: 'false' };

    const first = await runAction({ ...inputs, tags: `${REGISTRY}/${repo}:1`, builder: BUILDER }, { workspace: ws });
    expect({ exit: first.main.exitCode, log: first.main.exitCode ? first.main.stdout.slice(-2500) : '' }).toEqual({ exit: 0, log: '' });
    expect(first.main.stdout).toContain(`--cache-to type=registry,ref=${REGISTRY}/${repo}:buildcache,mode=max,image-manifest=true,oci-mediatypes=true,compression=zstd`);
    expect((await getManifest(repo, 'buildcache')).json.mediaType).toBe('application/vnd.oci.image.manifest.v1+json');

    const second = await runAction({ ...inputs, tags: `${REGISTRY}/${repo}:2`, builder: fresh.name }, { workspace: ws });
    expect({ exit: second.main.exitCode, log: second.main.exitCode ? second.main.stdout.slice(-2500) : '' }).toEqual({ exit: 0, log: '' });
    const runSteps = second.main.stdout
      .split('\n')
      .filter(l => /^#(\d+) \[linux\/(amd64|arm64) 2\/3\] RUN sleep 1/.test(l))
      .map(l => l.split(' ')[0]);
    expect(runSteps).toHaveLength(2);
    for (const id of runSteps) expect(second.main.stdout).toContain(`${id} CACHED`);
    // Same layers on both platforms (configs may differ in history timestamps).
    const layers = async (run: typeof first): Promise<Record<string, string[]>> => {
      const out: Record<string, string[]> = {};
      for (const [platform, digest] of Object.entries(JSON.parse(run.outputs['platform-digests']) as Record<string, string>)) {
        out[platform] = ((await getManifest(repo, digest)).json.layers ?? []).map(l => l.digest);
      }
      return out;
    };
    expect(await layers(second)).toEqual(await layers(first));
    expect(second.summary).toMatch(/\| cache \| 4\/4 steps cached/);
  });

  it('warns and still builds when the cache cannot be exported', async () => {
    const ws = workspace({ Dockerfile: `FROM ${RUNTIME_IMAGE}\nRUN head -c 16 /dev/urandom > /random\n` }, { name: 'cache' });
    const repo = uniqueRepo('cachefail');
    // Nothing listens on 127.0.0.1:5003: the cache registry is "down".
    const run = await runAction(
      { context: '.', platforms: 'linux/amd64', push: 'true', tags: `${REGISTRY}/${repo}:1`, 'cache-to': 'type=registry,ref=127.0.0.1:5003/e2e/cache:x', builder: BUILDER },
      { workspace: ws }
    );
    expect({ exit: run.main.exitCode, log: run.main.exitCode ? run.main.stdout.slice(-2500) : '' }).toEqual({ exit: 0, log: '' });
    expect(run.main.stdout).toMatch(/^::warning::the build succeeded but exporting its cache failed \(.*127\.0\.0\.1:5003.*\); building again without cache-to$/m);
    expect((await getManifest(repo, '1')).digest).toBe(run.outputs.digest);
  });
});

describe('cache: registry scoped per branch, as GitHub scopes the Actions cache', () => {
  beforeAll(async () => {
    await requireToolchain();
  });

  it("a branch and a pull request write only their own tags; main reads none of theirs; a branch starts from main's", async () => {
    const repo = uniqueRepo('scoped');
    const image = `${REGISTRY}/${repo}`;
    // A carried cache mount too: its image is the one whose programs the restore runs. The step
    // differs per build, so each runs it (the builder's own state would skip it) and saves the mount.
    const dockerfile = (tag: string) =>
      `FROM ${RUNTIME_IMAGE}\nRUN --mount=type=cache,target=/var/cache/app sh -c 'echo ${tag} >> /var/cache/app/seen; cp /var/cache/app/seen /seen'\nCOPY payload /payload\n`;
    const inputs = { context: '.', platforms: 'linux/amd64', push: 'true', cache: 'registry', provenance: 'false', builder: BUILDER };
    const on = (ref: string, payload: object, name = 'push') => ({
      GITHUB_REF: ref,
      GITHUB_EVENT_NAME: name,
      GITHUB_EVENT_PATH: eventFile({ repository: { full_name: 'acme/backend', default_branch: 'main' }, ...payload })
    });
    const build = async (tag: string, env: Record<string, string>) => {
      const run = await runAction({ ...inputs, tags: `${image}:${tag}` }, { workspace: workspace({ Dockerfile: dockerfile(`${repo}-${tag}`), payload: randomBytes(2_000) }, { name: 'scoped' }), env });
      expect({ exit: run.main.exitCode, log: run.main.exitCode ? run.main.stdout.slice(-2500) : '' }).toEqual({ exit: 0, log: '' });
      return run.main.stdout;
    };
    const cacheFrom = (log: string) => [...log.matchAll(/--cache-from type=registry,ref=\S+:(\S+)/g)].map(m => m[1]);
    const cacheTags = async () => (await listTags(repo)).filter(t => t.startsWith('buildcache')).sort();

    // A branch first: its own tags only; main's are read (none yet).
    const feature = await build('feature', on('refs/heads/feature', {}));
    expect(cacheFrom(feature)).toEqual(['buildcache-feature', 'buildcache']);
    expect(await cacheTags()).toEqual(['buildcache-feature', 'buildcache-feature-mounts']);

    // main: writes the unsuffixed tags and reads nothing the branch wrote.
    const main = await build('main', on('refs/heads/main', {}));
    expect(cacheFrom(main)).toEqual(['buildcache']);
    expect(main).not.toContain('buildcache-feature');
    expect(await cacheTags()).toEqual(['buildcache', 'buildcache-feature', 'buildcache-feature-mounts', 'buildcache-mounts']);

    // A pull request from a branch called main (a fork's could be): pr-N, never main's tags; its mounts come from main's image.
    const pr = await build('pr-5', on('refs/pull/5/merge', { number: 5, pull_request: { number: 5, head: { ref: 'main', sha: 'c0ffee'.repeat(6) + 'c0ff' }, base: { ref: 'main' } } }, 'pull_request'));
    expect(cacheFrom(pr)).toEqual(['buildcache-pr-5', 'buildcache']);
    expect(pr).toContain(`cache mounts: none saved yet at ${image}:buildcache-pr-5-mounts`);
    expect(pr).toMatch(new RegExp(`cache mounts: found ${image.replace(/\./g, '\\.')}:buildcache-mounts `));
    expect(pr).not.toContain('buildcache-feature');
    // What it restored has the same key (no lockfile changed): not saved again, as for the Actions cache.
    expect(pr).toMatch(/^cache mounts: restored .*; not saved again: dependencies unchanged$/m);
    expect(await cacheTags()).toEqual(['buildcache', 'buildcache-feature', 'buildcache-feature-mounts', 'buildcache-mounts', 'buildcache-pr-5']);

    // Main's tags still hold what main wrote: the branch and the pull request moved none of them.
    const mainCache = (await getManifest(repo, 'buildcache')).digest;
    const mainMounts = (await getManifest(repo, 'buildcache-mounts')).digest;
    await build('feature-2', on('refs/heads/feature', {}));
    expect((await getManifest(repo, 'buildcache')).digest).toBe(mainCache);
    expect((await getManifest(repo, 'buildcache-mounts')).digest).toBe(mainMounts);
  });
});

describe('cache: gha with two images on one branch', () => {
  let server: CacheServer;
  beforeAll(async () => {
    await requireToolchain();
    server = await startCacheServer();
  });
  afterAll(async () => {
    await server?.close();
  });

  it('keeps a scope per image: built alternately on fresh BuildKits, each takes its second build from its own cache', async () => {
    // Two images of one repository, as a matrix over images builds them on one branch.
    const ws = workspace(
      Object.fromEntries(['api', 'worker'].map(name => [`${name}/Dockerfile`, `FROM ${RUNTIME_IMAGE}\nRUN sleep 1 && echo ${name} > /name && head -c 64 /dev/urandom > /random\n`])),
      { name: 'gha-scopes' }
    );
    const repos = { api: uniqueRepo('gha-api'), worker: uniqueRepo('gha-worker') };
    const build = async (name: 'api' | 'worker', tag: string) => {
      const builder = await startFreshBuilder();
      try {
        const run = await runAction(
          { context: name, platforms: 'linux/amd64', push: 'true', provenance: 'false', cache: 'gha', tags: `${REGISTRY}/${repos[name]}:${tag}`, builder: builder.name },
          { workspace: ws, env: { ...server.env, GITHUB_SERVER_URL: 'https://github.com' } }
        );
        expect({ exit: run.main.exitCode, log: run.main.exitCode ? run.main.stdout.slice(-2500) : '' }).toEqual({ exit: 0, log: '' });
        return run;
      } finally {
        await builder.stop();
      }
    };
    const firstApi = await build('api', '1');
    expect(firstApi.main.stdout).toContain(`--cache-to type=gha,scope=${repos.api.replace(/\//g, '-')}-linux-amd64-main,mode=max`);
    await build('worker', '1');
    const secondApi = await build('api', '2');
    const secondWorker = await build('worker', '2');
    for (const run of [secondApi, secondWorker]) expect(run.summary).toMatch(/\| cache \| 1\/1 steps cached \(100 %\)/);
    // The step's random bytes came from each image's own cache: the same layers as its first build.
    const lastLayer = async (repo: string, tag: string) => (await getManifest(repo, tag)).json.layers!.at(-1)!.digest;
    expect(await lastLayer(repos.api, '2')).toBe(await lastLayer(repos.api, '1'));
    expect(await lastLayer(repos.worker, '2')).toBe(await lastLayer(repos.worker, '1'));
  });
});
