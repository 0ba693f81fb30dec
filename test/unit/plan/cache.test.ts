import { describe, expect, it } from '@jest/globals';
import * as path from 'node:path';
import { cacheFlags, mountsImageRef, registryCacheScopes, resolveCache, type CachePlan } from '../../../src/plan/cache.js';
import { shortHash } from '../../../src/util/hash.js';
import { planBuild } from '../../../src/plan/plan.js';
import { dockerfileLocation, type DockerfileSource } from '../../../src/inputs/dockerfile-source.js';
import type { Inputs } from '../../../src/inputs/inputs.js';
import { facts as someFacts } from '../../helpers/facts.js';
import { rawInputs } from '../../helpers/inputs.js';

/** A local context's Dockerfile as phases/inputs.ts would have read it (these tables need its path, not its text). */
function readDockerfile(inputs: Pick<Inputs, 'context' | 'file'>): { dockerfile?: DockerfileSource } {
  const where = dockerfileLocation(inputs);
  return where.kind === 'local' ? { dockerfile: { path: where.path, text: 'FROM scratch\n', origin: 'local' } } : {};
}

/** The facts, with the Dockerfile of the inputs' local context read. */
const facts = (overrides: Parameters<typeof someFacts>[0] = {}, inputs: Pick<Inputs, 'context' | 'file'> = { context: 'app', file: '' }) => someFacts({ ...readDockerfile(inputs), ...overrides });

const REGISTRY_TO = 'mode=max,image-manifest=true,oci-mediatypes=true,compression=zstd';

describe('cache shorthand', () => {
  const gh = facts().github;
  it.each([
    ['none', {}, {}, { from: [], to: [] }],
    [
      'registry: next to the first tag, all stages, as an OCI image manifest',
      { cache: 'registry', tags: 'ghcr.io/acme/backend:1.2\nghcr.io/acme/other:x' },
      {},
      { from: ['type=registry,ref=ghcr.io/acme/backend:buildcache'], to: ['type=registry,ref=ghcr.io/acme/backend:buildcache,mode=max,image-manifest=true,oci-mediatypes=true,compression=zstd'] }
    ],
    [
      'registry with cache-ref',
      { cache: 'registry', tags: 'a/b:1', 'cache-ref': 'ghcr.io/acme/cache:backend' },
      {},
      { from: ['type=registry,ref=ghcr.io/acme/cache:backend'], to: ['type=registry,ref=ghcr.io/acme/cache:backend,mode=max,image-manifest=true,oci-mediatypes=true,compression=zstd'] }
    ],
    [
      'gha on main: the scope is the image’s and the branch’s',
      { cache: 'gha', tags: 'ghcr.io/acme/app:1' },
      { defaultBranch: 'main' },
      { from: ['type=gha,scope=acme-app-main'], to: ['type=gha,scope=acme-app-main,mode=max'] }
    ],
    [
      'gha on a pull request: its own scope, reading main’s',
      { cache: 'gha', file: 'app/Dockerfile', target: 'runtime' },
      { ref: 'refs/pull/3/merge', headRef: 'feature/x', defaultBranch: 'main' },
      { from: ['type=gha,scope=app-Dockerfile-runtime-feature-x', 'type=gha,scope=app-Dockerfile-runtime-main'], to: ['type=gha,scope=app-Dockerfile-runtime-feature-x,mode=max'] }
    ],
    [
      'gha with cache-scope and a platform of a per-platform matrix',
      { cache: 'gha', tags: 'ghcr.io/acme/app:1', 'cache-scope': 'backend api', platforms: 'linux/arm64/v8' },
      { defaultBranch: 'main' },
      { from: ['type=gha,scope=backend-api-linux-arm64-v8-main'], to: ['type=gha,scope=backend-api-linux-arm64-v8-main,mode=max'] }
    ]
  ])('%s', (_name, raw, github, expected) => {
    expect(resolveCache(rawInputs(raw as Record<string, string>), facts({ github: { ...gh, ...github } })).layers).toEqual(expected);
  });

  it('adds to the user’s own cache-from/cache-to in the argv', () => {
    const plan = planBuild(rawInputs({ context: '.', cache: 'registry', tags: 'r/app:1', 'cache-from': 'type=local,src=/c' }), facts());
    const from = plan.argv.flatMap((a, i) => (a === '--cache-from' ? [plan.argv[i + 1]] : []));
    expect(from).toEqual(['type=local,src=/c', 'type=registry,ref=docker.io/r/app:buildcache']);
  });
});

describe('helper builds', () => {
  it.each([
    ['ghcr.io/acme/app:buildcache', 'ghcr.io/acme/app:buildcache-mounts'],
    ['acme/app', 'docker.io/acme/app:buildcache-mounts'],
    ['127.0.0.1:5000/x/y:cache', '127.0.0.1:5000/x/y:cache-mounts']
  ])('the mounts image for %s is %s', (ref, expected) => {
    expect(mountsImageRef(ref)).toBe(expected);
  });
});

describe('cache: local', () => {
  it('reads the restored directory and exports to a fresh one', () => {
    const inputs = rawInputs({ cache: 'local', tags: 'r/app:1' });
    const plan = resolveCache(inputs, facts());
    const local = plan.local!;
    expect(cacheFlags(inputs, plan, { kind: 'image', readLocalCache: true })).toEqual({
      from: [`type=local,src=${local.directory}`],
      to: []
    });
    expect(cacheFlags(inputs, plan, { kind: 'cache-export' })).toEqual({ from: [], to: [`type=local,dest=${local.fresh},mode=max,oci-mediatypes=true,compression=zstd`] });
    expect(cacheFlags(inputs, plan, { kind: 'image', readLocalCache: false })).toEqual({ from: [], to: [] });
  });
});

describe('cache-stages', () => {
  it('the image build reads every stage ref after the cache-from given', () => {
    const inputs = rawInputs({ context: '.', tags: 'r/app:1', 'cache-ref': 'ghcr.io/acme/cache:x', 'cache-stages': 'deps\nbuilder', 'cache-from': 'type=gha' });
    const imageFrom = (i: typeof inputs) => cacheFlags(i, resolveCache(i, facts()), { kind: 'image' }).from;
    expect(imageFrom(inputs)).toEqual(['type=gha', 'type=registry,ref=ghcr.io/acme/cache:cache-deps', 'type=registry,ref=ghcr.io/acme/cache:cache-builder']);
    expect(imageFrom(rawInputs({ tags: 'r/app:1' }))).toEqual([]);
  });
});

describe('resolveCache: the one cache decision', () => {
  const ROOT = facts().cacheRoot;
  const dir = (buildId: string, name: string) => path.join(ROOT, shortHash(buildId), name);
  const github = { ...facts().github, defaultBranch: 'main' };
  // raw inputs, fact overrides, the whole plan
  const table: Array<[string, Record<string, string>, { unusable?: string; ref?: string; headRef?: string; dockerfile?: DockerfileSource }, CachePlan]> = [
    [
      'no cache input: none, nothing carried',
      { context: 'app', tags: 'r/app:1' },
      {},
      { mode: 'none', layers: { from: [], to: [] }, stages: [], scope: 'r-app', buildId: 'app/Dockerfile||', mountsMaxKilobytes: 1953125 }
    ],
    [
      'registry: the ref next to the first tag, mounts in an image beside it',
      { context: 'app', cache: 'registry', tags: 'ghcr.io/acme/app:1', platforms: 'linux/amd64,linux/arm64' },
      {},
      {
        mode: 'registry',
        layers: { from: ['type=registry,ref=ghcr.io/acme/app:buildcache'], to: [`type=registry,ref=ghcr.io/acme/app:buildcache,${REGISTRY_TO}`] },
        registryRef: 'ghcr.io/acme/app:buildcache',
        stages: [],
        mounts: { image: 'ghcr.io/acme/app:buildcache-mounts', readFrom: ['ghcr.io/acme/app:buildcache-mounts'] },
        scope: 'acme-app-linux-amd64-linux-arm64',
        buildId: 'app/Dockerfile||linux/amd64,linux/arm64',
        mountsMaxKilobytes: 1953125
      }
    ],
    [
      'registry with cache-ref, cache-stages and a mount cap',
      { context: 'app', cache: 'registry', tags: 'r/app:1', 'cache-ref': 'ghcr.io/acme/cache:app', 'cache-stages': 'Deps\nbuild', 'cache-mounts-max-size': '500MiB', target: 'runtime' },
      {},
      {
        mode: 'registry',
        layers: { from: ['type=registry,ref=ghcr.io/acme/cache:app'], to: [`type=registry,ref=ghcr.io/acme/cache:app,${REGISTRY_TO}`] },
        registryRef: 'ghcr.io/acme/cache:app',
        stages: [
          { stage: 'Deps', ref: 'ghcr.io/acme/cache:cache-deps', readRefs: ['ghcr.io/acme/cache:cache-deps'] },
          { stage: 'build', ref: 'ghcr.io/acme/cache:cache-build', readRefs: ['ghcr.io/acme/cache:cache-build'] }
        ],
        mounts: { image: 'ghcr.io/acme/cache:app-mounts', readFrom: ['ghcr.io/acme/cache:app-mounts'] },
        scope: 'r-app',
        buildId: 'app/Dockerfile|runtime|',
        mountsMaxKilobytes: 512000
      }
    ],
    [
      'registry with cache-mounts off carries no mounts',
      { context: 'app', cache: 'registry', tags: 'r/app:1', 'cache-mounts': 'false' },
      {},
      {
        mode: 'registry',
        layers: { from: ['type=registry,ref=docker.io/r/app:buildcache'], to: [`type=registry,ref=docker.io/r/app:buildcache,${REGISTRY_TO}`] },
        registryRef: 'docker.io/r/app:buildcache',
        stages: [],
        scope: 'r-app',
        buildId: 'app/Dockerfile||',
        mountsMaxKilobytes: 1953125
      }
    ],
    [
      'gha on a pull request: its own scope written, main read too; mounts in the Actions cache',
      { context: 'app', file: 'app/build.Dockerfile', cache: 'gha' },
      { ref: 'refs/pull/3/merge', headRef: 'feature/x' },
      {
        mode: 'gha',
        layers: { from: ['type=gha,scope=app-build.Dockerfile-feature-x', 'type=gha,scope=app-build.Dockerfile-main'], to: ['type=gha,scope=app-build.Dockerfile-feature-x,mode=max'] },
        ghaScopes: { read: ['app-build.Dockerfile-feature-x', 'app-build.Dockerfile-main'], write: 'app-build.Dockerfile-feature-x' },
        stages: [],
        scope: 'app-build.Dockerfile',
        directory: dir('app/build.Dockerfile||', ''),
        mounts: { directory: dir('app/build.Dockerfile||', 'mounts') },
        buildId: 'app/build.Dockerfile||',
        mountsMaxKilobytes: 1953125
      }
    ],
    [
      'gha on the default branch reads and writes one scope',
      { context: 'app', cache: 'gha', 'cache-mounts': 'false' },
      {},
      {
        mode: 'gha',
        layers: { from: ['type=gha,scope=app-Dockerfile-main'], to: ['type=gha,scope=app-Dockerfile-main,mode=max'] },
        ghaScopes: { read: ['app-Dockerfile-main'], write: 'app-Dockerfile-main' },
        stages: [],
        scope: 'app-Dockerfile',
        buildId: 'app/Dockerfile||',
        mountsMaxKilobytes: 1953125
      }
    ],
    [
      'local: the restored directory and a fresh one per build, mounts beside them',
      { context: 'app', cache: 'local', platforms: 'linux/arm64' },
      {},
      {
        mode: 'local',
        layers: { from: [], to: [] },
        stages: [],
        local: { directory: dir('app/Dockerfile||linux/arm64', 'layers'), fresh: dir('app/Dockerfile||linux/arm64', 'layers-new') },
        directory: dir('app/Dockerfile||linux/arm64', ''),
        mounts: { directory: dir('app/Dockerfile||linux/arm64', 'mounts') },
        scope: 'app-Dockerfile-linux-arm64',
        buildId: 'app/Dockerfile||linux/arm64',
        mountsMaxKilobytes: 1953125
      }
    ],
    [
      'gha with the Actions cache service unusable: none, and why',
      { context: 'app', cache: 'gha' },
      { unusable: 'rate-limited (HTTP 429)' },
      {
        mode: 'none',
        unavailable: 'cache: gha: the GitHub Actions cache service is rate-limited (HTTP 429); this build runs without it',
        layers: { from: [], to: [] },
        stages: [],
        scope: 'app-Dockerfile',
        buildId: 'app/Dockerfile||',
        mountsMaxKilobytes: 1953125
      }
    ],
    [
      "the default Git context, its Dockerfile read (from the checkout or GitHub's API): mounts carried",
      { cache: 'registry', tags: 'r/app:1' },
      { dockerfile: { path: 'Dockerfile', text: 'FROM scratch\n', origin: 'contents-api' } },
      {
        mode: 'registry',
        layers: { from: ['type=registry,ref=docker.io/r/app:buildcache'], to: [`type=registry,ref=docker.io/r/app:buildcache,${REGISTRY_TO}`] },
        registryRef: 'docker.io/r/app:buildcache',
        mounts: { image: 'docker.io/r/app:buildcache-mounts', readFrom: ['docker.io/r/app:buildcache-mounts'] },
        stages: [],
        scope: 'r-app',
        buildId: 'Dockerfile||',
        mountsMaxKilobytes: 1953125
      }
    ],
    [
      'the default Git context, its Dockerfile not read: no mounts carried',
      { cache: 'registry', tags: 'r/app:1' },
      {},
      {
        mode: 'registry',
        layers: { from: ['type=registry,ref=docker.io/r/app:buildcache'], to: [`type=registry,ref=docker.io/r/app:buildcache,${REGISTRY_TO}`] },
        registryRef: 'docker.io/r/app:buildcache',
        stages: [],
        scope: 'r-app',
        buildId: '||',
        mountsMaxKilobytes: 1953125
      }
    ],
    [
      'a remote context: no Dockerfile here, so no mounts carried',
      { context: 'https://github.com/acme/app.git#main', cache: 'registry', tags: 'r/app:1' },
      {},
      {
        mode: 'registry',
        layers: { from: ['type=registry,ref=docker.io/r/app:buildcache'], to: [`type=registry,ref=docker.io/r/app:buildcache,${REGISTRY_TO}`] },
        registryRef: 'docker.io/r/app:buildcache',
        stages: [],
        scope: 'r-app',
        buildId: '||',
        mountsMaxKilobytes: 1953125
      }
    ]
  ];
  it.each(table)('%s', (_name, raw, fact, expected) => {
    const gh = { ...github, ...(fact.ref ? { ref: fact.ref } : {}), ...(fact.headRef ? { headRef: fact.headRef } : {}) };
    const inputs = rawInputs(raw);
    const dockerfile = fact.dockerfile ? { dockerfile: fact.dockerfile } : readDockerfile(inputs);
    expect(resolveCache(inputs, { github: gh, cacheRoot: ROOT, actionsCacheUnusable: fact.unusable, ...dockerfile })).toEqual(expected);
  });
});

describe('registryCacheScopes: a run writes only its own ref’s cache tags, and reads its own, then those it trusts', () => {
  const push = (ref: string, defaultBranch?: string) => ({ ref, eventName: 'push', ...(defaultBranch ? { defaultBranch } : {}) });
  it.each<[string, Parameters<typeof registryCacheScopes>[0], string[]]>([
    ['the default branch writes the unsuffixed tags', push('refs/heads/main', 'main'), ['']],
    ['a tag push writes them too (a release)', push('refs/tags/v1.2.3', 'main'), ['']],
    ['a release event on its tag', { ref: 'refs/tags/v2', eventName: 'release', defaultBranch: 'main' }, ['']],
    ['another branch: its own, then the default branch’s', push('refs/heads/feature/x', 'main'), ['-feature-x', '']],
    ['a branch named like a default one elsewhere is still a branch here', push('refs/heads/master', 'main'), ['-master', '']],
    [
      'a pull request: pr-N (a fork’s branch could be named main), then the default branch’s',
      { ref: 'refs/pull/7/merge', eventName: 'pull_request', pullRequestNumber: 7, headRef: 'main', baseRef: 'main', defaultBranch: 'main' },
      ['-pr-7', '']
    ],
    [
      'pull_request_target runs on the base branch’s ref, with the pull request’s code: still pr-N',
      { ref: 'refs/heads/main', eventName: 'pull_request_target', pullRequestNumber: 9, headRef: 'main', baseRef: 'main', defaultBranch: 'main' },
      ['-pr-9', '']
    ],
    [
      'a pull request into a release branch also reads that branch’s',
      { ref: 'refs/pull/8/merge', eventName: 'pull_request', pullRequestNumber: 8, headRef: 'fix', baseRef: 'release/1.x', defaultBranch: 'main' },
      ['-pr-8', '-release-1.x', '']
    ],
    ['no event payload: the default branch is unknown, so even main is scoped', push('refs/heads/main'), ['-main', '']],
    ['a schedule runs on the default branch only', { ref: 'refs/heads/main', eventName: 'schedule' }, ['']],
    ['outside Actions (no ref): the user’s own run', { ref: '', eventName: '' }, ['']],
    ['a very long branch name is cut to keep the tag under 128 characters', push(`refs/heads/${'b'.repeat(200)}`, 'main'), [`-${'b'.repeat(63)}`, '']]
  ])('%s', (_name, github, expected) => {
    expect(registryCacheScopes(github)).toEqual(expected);
  });

  it('a branch’s plan: layers, stages and mounts written to its own tags, read from its own then main’s', () => {
    const plan = resolveCache(
      rawInputs({ context: 'app', cache: 'registry', tags: 'ghcr.io/acme/app:1', 'cache-stages': 'deps' }),
      facts({ github: { ...facts().github, ref: 'refs/heads/feature' } })
    );
    expect(plan.registryRef).toBe('ghcr.io/acme/app:buildcache-feature');
    expect(plan.layers).toEqual({
      from: ['type=registry,ref=ghcr.io/acme/app:buildcache-feature', 'type=registry,ref=ghcr.io/acme/app:buildcache'],
      to: [`type=registry,ref=ghcr.io/acme/app:buildcache-feature,${REGISTRY_TO}`]
    });
    expect(plan.stages).toEqual([{ stage: 'deps', ref: 'ghcr.io/acme/app:cache-deps-feature', readRefs: ['ghcr.io/acme/app:cache-deps-feature', 'ghcr.io/acme/app:cache-deps'] }]);
    expect(plan.mounts).toEqual({ image: 'ghcr.io/acme/app:buildcache-feature-mounts', readFrom: ['ghcr.io/acme/app:buildcache-feature-mounts', 'ghcr.io/acme/app:buildcache-mounts'] });
  });

  it('a platform job of a distributed build on a branch: the platform after the branch', () => {
    const plan = resolveCache(
      rawInputs({ context: 'app', cache: 'registry', tags: 'ghcr.io/acme/app:1', distribute: 'platform', platforms: 'linux/arm64' }),
      facts({ github: { ...facts().github, ref: 'refs/heads/feature' } })
    );
    expect(plan.layers.from).toEqual(['type=registry,ref=ghcr.io/acme/app:buildcache-feature-linux-arm64', 'type=registry,ref=ghcr.io/acme/app:buildcache-linux-arm64']);
  });
});
