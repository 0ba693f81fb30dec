/**
 * The cache phase: the plan (with the Actions cache service asked first, through the test
 * suite's stand-in of it), the session opened before the build (the saved cache mounts
 * looked up in an in-memory registry, the builder asked what it holds), the
 * `cache-stages` builds and, after the build, `cache: local`'s export and its save and
 * restore through the real @actions/cache against the stand-in.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { CacheSession } from '../../../src/cache/session.js';
import { buildStages, cacheNotes, openCache, planCaching, saveCache } from '../../../src/phases/cache.js';
import { readLocalDockerfile } from '../../../src/inputs/dockerfile-source.js';
import { realFiles } from '../../../src/inputs/files.js';
import type { Facts } from '../../../src/plan/facts.js';
import type { Ports } from '../../../src/ports.js';
import { withEnv } from '../../helpers/env.js';
import { argAfter, isPlannedBuild, ok, PROGRESS, scriptedExec, type Call, type Script } from '../../helpers/exec.js';
import { facts as someFacts } from '../../helpers/facts.js';
import { rawInputs } from '../../helpers/inputs.js';
import { scratchDirs, testPorts } from '../../helpers/ports.js';
import { MemoryRegistry } from '../../helpers/registry.js';
import { FakeRunner } from '../../helpers/runner.js';
import { startCacheServer, type CacheServer } from '../../servers/actions-cache.js';

const REPO = '127.0.0.1:5000/acme/app';
const GO = 'FROM golang AS build\nCOPY . .\nRUN --mount=type=cache,target=/root/.cache/go-build go build -o /app .\nFROM busybox\nCOPY --from=build /app /app\n';
const STEPS_RAN = ['#5 [1/2] COPY go.mod ./', '#5 DONE 0.1s', '#6 [2/2] RUN go build', '#6 DONE 1.2s', ''].join('\n');
const ALL_CACHED = ['#5 [1/2] COPY go.mod ./', '#5 CACHED', '#6 [2/2] RUN go build', '#6 CACHED', ''].join('\n');
const scratch = scratchDirs('phase-cache');

let server: CacheServer;
beforeAll(async () => {
  server = await startCacheServer();
});
afterAll(() => server.close());

interface Step {
  runner: FakeRunner;
  ports: Ports;
  calls: Call[];
  registry: MemoryRegistry;
  facts: Facts;
  inputs: ReturnType<typeof rawInputs>;
}

/** A step whose context holds `dockerfile`; `actions`: the job has the Actions cache service (the stand-in). */
function step(inputs: Record<string, string>, options: { dockerfile?: string; actions?: boolean; scripts?: Script[]; registry?: MemoryRegistry; cacheRoot?: string; workspace?: string } = {}): Step {
  const dir = scratch();
  // The same checkout path on every runner, as on hosted runners: the build's cache keys name its Dockerfile.
  const context = path.join(options.workspace ?? dir, 'context');
  fs.mkdirSync(context, { recursive: true });
  fs.writeFileSync(path.join(context, 'Dockerfile'), options.dockerfile ?? 'FROM busybox\nCOPY app /app\n');
  const tmpDir = path.join(dir, 'tmp');
  fs.mkdirSync(tmpDir);
  const runner = new FakeRunner({});
  const registry = options.registry ?? new MemoryRegistry();
  const { exec, calls } = scriptedExec(options.scripts ?? [], 'sha256:' + 'a'.repeat(64));
  const ports = testPorts({ dir, runner, exec, registry, env: options.actions ? server.env : {} });
  const given = rawInputs({ context, tags: `${REPO}:1`, ...inputs });
  // The Dockerfile as phases/inputs.ts reads it before the run's phases.
  const dockerfile = readLocalDockerfile(given, realFiles);
  const facts = someFacts({ tmpDir, cacheRoot: options.cacheRoot ?? path.join(dir, 'cache-root'), ...(dockerfile ? { dockerfile } : {}) });
  return { runner, ports, calls, registry, facts, inputs: given };
}

/** The Actions cache clients read the service from the process's environment, as on a runner. */
const withActions = <T>(fn: () => Promise<T>): Promise<T> => withEnv(server.env, fn);

describe('planCaching', () => {
  it('cache: gha without the Actions cache service: a warning, and the build goes on without a cache', async () => {
    const s = step({ cache: 'gha' });
    const plan = await planCaching(s.ports, s.inputs, s.facts);
    expect(plan.mode).toBe('none');
    expect(s.runner.texts('warning')).toEqual([
      'cache: gha: the GitHub Actions cache service is not available to this job (no ACTIONS_RESULTS_URL/ACTIONS_RUNTIME_TOKEN: not a GitHub-hosted or cache-enabled runner); this build runs without it'
    ]);
    expect(s.facts.actionsCacheUnusable).toMatch(/^not available to this job/);
    expect(s.runner.getState('cacheDir')).toBe('');
  });

  it('cache: local with the service: its directory under the cache root, which the post step removes', async () => {
    const s = step({ cache: 'local' }, { actions: true });
    const plan = await planCaching(s.ports, s.inputs, s.facts);
    expect(plan.mode).toBe('local');
    expect(plan.local?.directory).toBe(path.join(plan.directory!, 'layers'));
    expect(path.dirname(plan.directory!)).toBe(s.facts.cacheRoot);
    expect(s.runner.getState('cacheDir')).toBe(plan.directory);
    expect(s.runner.events).toEqual([]);
    // It asked the service first.
    expect(server.requests.map(r => r.path)).toContain('/twirp/github.actions.results.api.v1.CacheService/GetCacheEntryDownloadURL');
  });

  it('a rate-limited service is found before the build, which runs without it', async () => {
    const s = step({ cache: 'local' }, { actions: true });
    server.fault({ kind: '429', retryAfterSeconds: 60 });
    try {
      expect((await planCaching(s.ports, s.inputs, s.facts)).mode).toBe('none');
    } finally {
      server.fault(undefined);
    }
    expect(s.runner.texts('warning')).toEqual(['cache: local: the GitHub Actions cache service is rate-limited (HTTP 429, retry after 60 s); this build runs without it']);
  });

  it('cache: registry asks no service: the cache next to the image', async () => {
    const s = step({ cache: 'registry' });
    const plan = await planCaching(s.ports, s.inputs, s.facts);
    expect(plan).toMatchObject({ mode: 'registry', registryRef: `${REPO}:buildcache` });
    expect(s.runner.events).toEqual([]);
  });
});

describe('openCache', () => {
  it('cache: none: no session, nothing asked', async () => {
    const s = step({});
    expect(await openCache(s.ports, s.inputs, s.facts, await planCaching(s.ports, s.inputs, s.facts))).toBeUndefined();
    expect(s.calls).toEqual([]);
    expect(s.runner.events).toEqual([]);
  });

  it('cache: registry with a cache mount: the saved mounts looked up next to the cache, the builder asked what it holds', async () => {
    const s = step({ cache: 'registry' }, { dockerfile: GO });
    const session = await openCache(s.ports, s.inputs, s.facts, await planCaching(s.ports, s.inputs, s.facts));
    expect(session?.canRestoreMounts).toBe(false);
    expect(s.runner.texts('group')).toEqual(['Cache']);
    expect(s.runner.texts('info')).toEqual(['cache mounts: carrying /root/.cache/go-build', `cache mounts: none saved yet at ${REPO}:buildcache-mounts`]);
    expect(s.calls.map(c => c.args.slice(0, 2).join(' '))).toEqual(['buildx du']);
    expect(s.registry.requests).toContain('GET /v2/acme/app/manifests/buildcache-mounts');
  });

  it('saved mounts in the registry can be restored; a builder this step created is not asked', async () => {
    const registry = new MemoryRegistry();
    registry.putImage('acme/app', 'buildcache-mounts', 1_000, { labels: { 'dev.hoist.cache-mounts.key': 'sha256:older' }, index: false });
    const s = step({ cache: 'registry' }, { dockerfile: GO, registry });
    const session = await openCache(s.ports, s.inputs, s.facts, await planCaching(s.ports, s.inputs, s.facts), true);
    expect(session?.canRestoreMounts).toBe(true);
    expect(s.runner.texts('info')[1]).toMatch(new RegExp(`^cache mounts: found ${REPO.replace(/\./g, '\\.')}:buildcache-mounts \\(\\d+ B\\)$`));
    expect(s.calls).toEqual([]);
  });
});

describe('buildStages: cache-stages, each built alone into its own cache before the image', () => {
  it('builds each stage with its target into its own ref, in a log group of its own', async () => {
    const s = step({ cache: 'registry', 'cache-stages': 'deps\ntools' }, { dockerfile: 'FROM golang AS deps\nRUN true\nFROM deps AS tools\nRUN true\nFROM tools\nCOPY . .\n' });
    const plan = await planCaching(s.ports, s.inputs, s.facts);
    const built = await buildStages(s.ports, s.inputs, s.facts, plan, undefined);
    expect(s.runner.texts('group')).toEqual([`Build stage deps (cache ${REPO}:cache-deps)`, `Build stage tools (cache ${REPO}:cache-tools)`]);
    const builds = s.calls.filter(isPlannedBuild);
    expect(builds.map(b => [argAfter(b.args, '--target'), argAfter(b.args, '--output'), argAfter(b.args, '--cache-to'), b.args.includes('--tag')])).toEqual([
      ['deps', 'type=cacheonly', `type=registry,ref=${REPO}:cache-deps,mode=max,image-manifest=true,oci-mediatypes=true,compression=zstd`, false],
      ['tools', 'type=cacheonly', `type=registry,ref=${REPO}:cache-tools,mode=max,image-manifest=true,oci-mediatypes=true,compression=zstd`, false]
    ]);
    // Each in a directory of its own under hoist's temp directory.
    expect(builds.map(b => path.relative(s.facts.tmpDir, argAfter(b.args, '--metadata-file')!))).toEqual([path.join('stage-0', 'metadata.json'), path.join('stage-1', 'metadata.json')]);
    expect(built).toEqual([
      { stage: 'deps', progress: PROGRESS, hits: { cached: 1, total: 2 }, ms: 100 },
      { stage: 'tools', progress: PROGRESS, hits: { cached: 1, total: 2 }, ms: 100 }
    ]);
    expect(cacheNotes(undefined, built)).toEqual({ stages: 'deps: 1/2 steps cached, 0.1 s; tools: 1/2 steps cached, 0.1 s' });
  });

  it('none without cache-stages', async () => {
    const s = step({ cache: 'registry' });
    expect(await buildStages(s.ports, s.inputs, s.facts, await planCaching(s.ports, s.inputs, s.facts), undefined)).toEqual([]);
    expect(s.calls).toEqual([]);
  });
});

describe('saveCache', () => {
  it('cache mounts no step used this time are not saved again', async () => {
    const s = step({ cache: 'registry' }, { dockerfile: GO });
    const plan = await planCaching(s.ports, s.inputs, s.facts);
    const session = (await openCache(s.ports, s.inputs, s.facts, plan))!;
    const before = s.calls.length;
    await saveCache(s.ports, s.inputs, s.facts, plan, session, [], { progress: PROGRESS });
    expect(s.calls.length).toBe(before);
    expect(s.runner.texts('group')).toEqual(['Cache', 'Save cache']);
    expect(cacheNotes(session, [])).toEqual({ mounts: 'not needed: every step that uses them came from the cache' });
  });

  describe('cache: local through the Actions cache', () => {
    /** buildx's local cache export: it writes an OCI layout to dest. */
    const exports: Script = c => {
      const to = argAfter(c.args, '--cache-to');
      if (!isPlannedBuild(c) || !to?.startsWith('type=local,')) return undefined;
      const dest = /dest=([^,]+)/.exec(to)![1];
      fs.mkdirSync(path.join(dest, 'blobs', 'sha256'), { recursive: true });
      fs.writeFileSync(path.join(dest, 'index.json'), '{"schemaVersion":2,"manifests":[]}');
      fs.writeFileSync(argAfter(c.args, '--metadata-file')!, '{}');
      return ok(STEPS_RAN);
    };

    async function run(cacheRoot: string, imageProgress: string, scripts: Script[] = [exports], workspace = scratch()) {
      const s = step({ cache: 'local' }, { actions: true, scripts, cacheRoot, workspace });
      return withActions(async () => {
        const plan = await planCaching(s.ports, s.inputs, s.facts);
        const session = (await openCache(s.ports, s.inputs, s.facts, plan)) as CacheSession;
        await saveCache(s.ports, s.inputs, s.facts, plan, session, [], { progress: imageProgress });
        return { ...s, plan, session };
      });
    }

    it('a build whose steps ran exports its cache and saves it; the next run restores it and, with nothing new, saves nothing', async () => {
      const cacheRoot = scratch();
      const workspace = scratch();
      const first = await run(cacheRoot, STEPS_RAN, [exports], workspace);
      expect(first.runner.texts('info')).toContain('layer cache: nothing saved yet for this build; it starts cold');
      const exported = first.calls.filter(isPlannedBuild);
      expect(exported).toHaveLength(1);
      expect(argAfter(exported[0].args, '--output')).toBe('type=cacheonly');
      expect(argAfter(exported[0].args, '--cache-to')).toBe(`type=local,dest=${first.plan.local!.fresh},mode=max,oci-mediatypes=true,compression=zstd`);
      const notes = cacheNotes(first.session, []);
      // Keyed by the build, the branch, the Dockerfile and lockfiles, and the run (123, attempt 1).
      expect(notes.layers).toMatch(/^saved \d+ B as hoist-layers-[0-9a-f]{16}-main-[0-9a-f]{16}-123-1$/);
      const key = notes.layers!.split(' as ')[1];
      expect(server.entries().map(e => e.key)).toContain(key);

      // A fresh runner: the same cache root, empty.
      fs.rmSync(cacheRoot, { recursive: true, force: true });
      const second = await run(cacheRoot, ALL_CACHED, [exports], workspace);
      expect(second.runner.texts('info')).toContain(`layer cache: restored ${key}`);
      expect(second.session.localCacheRestored).toBe(true);
      expect(fs.existsSync(path.join(second.plan.local!.directory, 'index.json'))).toBe(true);
      // Every step came from the cache: no export build.
      expect(second.calls.filter(isPlannedBuild)).toEqual([]);
      expect(cacheNotes(second.session, []).layers).toBe(`restored ${key}; nothing new to save`);
    });

    it('an export that fails is a warning: the image is built', async () => {
      const failing: Script = c => (isPlannedBuild(c) ? { exitCode: 1, stdout: '', stderr: '#9 exporting cache\nERROR: failed to export cache: no space left on device\n' } : undefined);
      const { runner, session } = await run(scratch(), STEPS_RAN, [failing]);
      expect(runner.texts('warning')).toContain(
        'cache: local: exporting the cache failed (buildx failed with exit code 1: ERROR: failed to export cache: no space left on device); the image is built and pushed'
      );
      expect(cacheNotes(session, []).layers).toBe('nothing exported to save');
    });
  });
});
