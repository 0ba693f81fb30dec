/**
 * Caches across ephemeral runners. `cache: registry`: the first build exports its cache
 * next to the image; a second build on a brand-new BuildKit (its own daemon and state, as
 * a fresh hosted runner has) takes every step from that cache. `cache: gha`: two images
 * built on one branch keep their caches apart.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { workspace } from '../helpers/workspace.js';
import { startCacheServer, type CacheServer } from '../servers/actions-cache.js';
import { runAction } from './runner.js';
import { BUILDER, REGISTRY, RUNTIME_IMAGE, getManifest, requireToolchain, startFreshBuilder, uniqueRepo, type FreshBuilder } from './toolchain.js';

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
