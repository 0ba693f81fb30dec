import { afterEach, describe, expect, it, jest } from '@jest/globals';
import * as fs from 'node:fs';
import { cacheMountStepsRan, MountStepWatcher } from '../../src/buildx/progress.js';
import { checkCacheService, layerCacheKeys, mountCacheKeys } from '../../src/cache/actions-cache.js';
import { helperArgv, parseCacheMountRecords } from '../../src/cache/carry.js';
import { extractDockerfile, injectDockerfile, mountsKey, parseMountSizes, selectMounts, type CarriedMount } from '../../src/cache/mounts.js';
import { parseDockerfile } from '../../src/dockerfile/parse.js';
import { cacheMounts, stageBase } from '../../src/dockerfile/mounts.js';
import { cacheFlags, mountsImageRef, resolveCache } from '../../src/plan/cache.js';
import { planBuild } from '../../src/plan/plan.js';
import { summaryMarkdown, summaryText } from '../../src/report/summary.js';
import { facts } from '../helpers/facts.js';
import { rawInputs } from '../helpers/inputs.js';

const EXAMPLE = fs.readFileSync(new URL('../../example/Dockerfile', import.meta.url), 'utf8');
const GO_ARGS = { GO_IMAGE: 'r/golang:1.26', RUNTIME_IMAGE: 'r/busybox' };

describe('selectMounts: which cache mounts hoist carries', () => {
  it("finds the seeds' Go build cache, on the builder stage's image", () => {
    expect(selectMounts(EXAMPLE, GO_ARGS)).toEqual({
      carried: [{ id: '/root/.cache/go-build', target: '/root/.cache/go-build', sharing: 'shared', image: 'r/golang:1.26', stage: 'builder', line: 15 }],
      skipped: []
    });
  });

  it('uses the ARG default when no build arg is given', () => {
    expect(selectMounts(EXAMPLE, {}).carried.map(m => m.image)).toEqual(['golang:1.26-alpine']);
  });

  it('keeps one entry per id, with uid/gid/mode, follows stage chains, and says why it skips the rest', () => {
    const dockerfile = [
      'ARG BASE',
      'FROM node:22 AS deps',
      'RUN --mount=type=cache,target=/root/.npm,uid=1000,gid=1000,mode=0755,sharing=locked npm ci',
      'FROM deps AS build',
      'RUN --mount=type=cache,target=/root/.npm npm run build',
      'RUN --mount=type=cache,id=seeded,target=/x,from=deps,source=/tmp true',
      'FROM ${BASE} AS odd',
      'RUN --mount=type=cache,id=onodd,target=/y true',
      'FROM scratch AS empty',
      'RUN --mount=type=cache,id=onscratch,target=/z true',
      'FROM node:22',
      'ARG TARGETARCH',
      'RUN --mount=type=cache,id=cargo-$TARGETARCH,target=/c true'
    ].join('\n');
    const selection = selectMounts(dockerfile, {});
    expect(selection.carried).toEqual([{ id: '/root/.npm', target: '/root/.npm', sharing: 'locked', uid: 1000, gid: 1000, mode: '0755', image: 'node:22', stage: 'deps', line: 3 }]);
    expect(selection.skipped.map(s => [s.id, s.line, s.why])).toEqual([
      ['seeded', 6, "it is seeded from 'deps'"],
      ['onodd', 8, 'its stage has no image to run the copy on (scratch, or a base with an unset variable)'],
      ['onscratch', 10, 'its stage has no image to run the copy on (scratch, or a base with an unset variable)'],
      ['cargo-$TARGETARCH', 13, 'its options use $TARGETARCH, which only the build knows']
    ]);
  });
});

describe('mountsKey', () => {
  const mounts = selectMounts(EXAMPLE, GO_ARGS).carried;
  const gomod = { path: 'go.mod', content: 'module x\n' };
  it('is stable for the same mounts and lockfiles in any order', () => {
    const sum = { path: 'go.sum', content: 'a v1 h1:x\n' };
    expect(mountsKey(mounts, [gomod, sum])).toBe(mountsKey(mounts, [sum, gomod]));
    expect(mountsKey(mounts, [gomod])).toMatch(/^sha256:[0-9a-f]{64}$/);
  });
  it('changes with a lockfile, with the base image, and with the mount', () => {
    const base = mountsKey(mounts, [gomod]);
    expect(mountsKey(mounts, [{ path: 'go.mod', content: 'module x\nrequire y v1\n' }])).not.toBe(base);
    expect(mountsKey([{ ...mounts[0], image: 'r/golang:1.27' }], [gomod])).not.toBe(base);
    expect(mountsKey([{ ...mounts[0], sharing: 'locked' }], [gomod])).not.toBe(base);
  });
});

describe('the helper Dockerfiles', () => {
  const mounts: CarriedMount[] = [
    { id: '/root/.cache/go-build', target: '/root/.cache/go-build', sharing: 'shared', image: 'r/golang:1.26', stage: 'builder', line: 15 },
    { id: 'npm, shared', target: '/root/.npm', sharing: 'locked', uid: 1000, gid: 1000, mode: '0755', image: 'node:22', stage: 'deps', line: 3 }
  ];

  it('restore: one step per mount on its own image, merging the saved files in', () => {
    expect(injectDockerfile(mounts.slice(0, 1), { image: 'r/app:buildcache-mounts' }).split('\n')).toEqual([
      '# hoist: restore cache mounts',
      'FROM --platform=linux/amd64 r/app:buildcache-mounts AS saved',
      'FROM --platform=$BUILDPLATFORM r/golang:1.26 AS inject0',
      'ARG HOIST_NONCE',
      'RUN --mount=type=cache,id=/root/.cache/go-build,target=/hoist-cache,sharing=shared --mount=type=bind,from=saved,target=/hoist-saved \\',
      '    if [ -d /hoist-saved/0 ]; then cp -a -u /hoist-saved/0/. /hoist-cache/ && echo "hoist-mount 0 $(du -sk /hoist-cache | cut -f1)"; fi && echo "$HOIST_NONCE" > /hoist-done',
      'FROM scratch',
      'COPY --from=inject0 /hoist-done /0',
      ''
    ]);
  });

  it('restore from a directory uses the named context, without a saved stage', () => {
    const text = injectDockerfile(mounts, { context: '/tmp/mounts' });
    expect(text).not.toContain('AS saved');
    expect(text).toContain('COPY --from=inject1 /hoist-done /1');
  });

  it('restore on the saved programs: a tools root file system for the build platform, the same step on it', () => {
    expect(injectDockerfile(mounts.slice(0, 1), { image: 'r/app:buildcache-mounts' }, true).split('\n')).toEqual([
      '# hoist: restore cache mounts',
      'FROM --platform=linux/amd64 r/app:buildcache-mounts AS saved',
      'FROM --platform=$BUILDPLATFORM scratch AS tools',
      'ARG BUILDOS',
      'ARG BUILDARCH',
      'ARG BUILDVARIANT',
      'COPY --from=saved /hoist-tools/$BUILDOS-$BUILDARCH$BUILDVARIANT/ /',
      'FROM tools AS inject0',
      'ARG HOIST_NONCE',
      'RUN --mount=type=cache,id=/root/.cache/go-build,target=/hoist-cache,sharing=shared --mount=type=bind,from=saved,target=/hoist-saved \\',
      '    if [ -d /hoist-saved/0 ]; then cp -a -u /hoist-saved/0/. /hoist-cache/ && echo "hoist-mount 0 $(du -sk /hoist-cache | cut -f1)"; fi && echo "$HOIST_NONCE" > /hoist-done',
      'FROM scratch',
      'COPY --from=inject0 /hoist-done /0',
      ''
    ]);
    const fromDirectory = injectDockerfile(mounts, { context: '/tmp/mounts' }, true);
    expect(fromDirectory).not.toContain('AS saved');
    expect(fromDirectory).toContain('FROM tools AS inject1');
  });

  it('save: copies each mount out under its index, with the size cap in the step, and the restore\'s programs beside them', () => {
    const lines = extractDockerfile(mounts.slice(0, 1), 2_000_000).split('\n');
    expect(lines.slice(0, 4)).toEqual(['# hoist: save cache mounts', 'FROM --platform=$BUILDPLATFORM r/golang:1.26 AS tools', 'ARG BUILDOS', 'ARG BUILDARCH']);
    expect(lines.slice(6)).toEqual([
      'FROM --platform=$BUILDPLATFORM r/golang:1.26 AS extract0',
      'ARG HOIST_NONCE',
      'RUN --mount=type=cache,id=/root/.cache/go-build,target=/hoist-cache,sharing=shared \\',
      '    echo "$HOIST_NONCE" >/dev/null && size=$(du -sk /hoist-cache | cut -f1) && echo "hoist-mount 0 $size" && if [ "$size" -gt 2000000 ]; then echo "hoist-mount-too-large 0 $size"; exit 3; fi && mkdir -p /hoist-out && cp -a /hoist-cache /hoist-out/0',
      'FROM --platform=linux/amd64 scratch',
      'COPY --from=extract0 /hoist-out/0 /0',
      'COPY --from=tools /hoist-out/hoist-tools /hoist-tools',
      ''
    ]);
    // The tools step: the programs the restore runs, their libraries, and a move into place only once all are there.
    const collect = lines[5];
    expect(collect).toMatch(/^RUN .*for t in sh cp du cut; do/);
    expect(collect).toContain('ldd "$r"');
    expect(collect).toMatch(/&& mv \$o \/hoist-out\/hoist-tools\/\$BUILDOS-\$BUILDARCH\$BUILDVARIANT$/);
  });

  it.each([
    ['restore', injectDockerfile(mounts, { image: 'r/app:m' })],
    ['restore on the saved programs', injectDockerfile(mounts, { image: 'r/app:m' }, true)],
    ['save', extractDockerfile(mounts, 10)]
  ])('%s mounts the very cache the build uses (read back by our own parser)', (_name, text) => {
    const parsed = parseDockerfile(text);
    expect(parsed.problems ?? []).toEqual([]);
    const seen = cacheMounts(parsed, { HOIST_NONCE: 'n' }).map(m => ({ id: m.id, sharing: m.sharing, uid: m.uid, gid: m.gid, mode: m.mode }));
    expect(seen).toEqual([
      { id: '/root/.cache/go-build', sharing: 'shared', uid: undefined, gid: undefined, mode: undefined },
      { id: 'npm, shared', sharing: 'locked', uid: 1000, gid: 1000, mode: '0755' }
    ]);
    expect(stageBase(parsed, 1, {})?.image ?? stageBase(parsed, 0, {})?.image).toBeDefined();
  });

  it('reads the sizes the steps printed', () => {
    const progress = ['#7 [inject0 2/2] RUN …', '#7 0.311 hoist-mount 0 177472', '#8 0.2 hoist-mount 1 12', '#9 0.1 hoist-mount-too-large 1 3000000', '#9 ERROR: exit code: 3'].join('\n');
    expect(parseMountSizes(progress)).toEqual({ kilobytes: new Map([[0, 177472], [1, 12]]), tooLarge: { index: 1, kilobytes: 3000000 } });
  });
});

describe('helper builds', () => {
  it('pass a fresh nonce, no attestations, the Dockerfile on stdin', () => {
    const argv = helperArgv({ builder: 'hoist', context: '/tmp/ctx', output: 'type=cacheonly', buildContexts: { saved: '/tmp/m' }, labels: { k: 'v' } });
    expect(argv).toEqual([
      'buildx', 'build', '--builder', 'hoist', '--progress', 'plain', '--build-arg', expect.stringMatching(/^HOIST_NONCE=[0-9a-f-]{36}$/),
      '--build-context', 'saved=/tmp/m', '--label', 'k=v', '--provenance=false', '--sbom=false', '--output', 'type=cacheonly', '--file', '-', '/tmp/ctx'
    ]);
    expect(helperArgv({ builder: '', context: 'c', output: 'o' })[7]).not.toBe(argv[7]);
  });

  it.each([
    ['ghcr.io/acme/app:buildcache', 'ghcr.io/acme/app:buildcache-mounts'],
    ['acme/app', 'docker.io/acme/app:buildcache-mounts'],
    ['127.0.0.1:5000/x/y:cache', '127.0.0.1:5000/x/y:cache-mounts']
  ])('the mounts image for %s is %s', (ref, expected) => {
    expect(mountsImageRef(ref)).toBe(expected);
  });
});

describe('cache-mount steps in the progress', () => {
  const RUN = '#15 [linux/amd64 builder 6/6] RUN --mount=type=cache,target=/root/.cache/go-build     CGO_ENABLED=0 go build .';
  const RUN2 = '#16 [linux/amd64->arm64 builder 6/6] RUN --mount=type=cache,target=/root/.cache/go-build     GOARCH=arm64 go build .';

  it.each([
    ['all cached', [RUN, '#15 CACHED', RUN2, '#16 CACHED'], false],
    ['one ran', [RUN, '#15 CACHED', RUN2, '#16 DONE 12.1s'], true],
    ['no mount steps', ['#4 [builder 2/6] RUN go mod download', '#4 DONE 1.0s'], false],
    ['cached, its layer fetched', [RUN, '#15 sha256:100f 1.07MB / 1.07MB 0.0s done', '#15 extracting sha256:100f 0.2s done', '#15 DONE 0.3s'], false],
    ['mount written target-first', ['#3 [2/2] RUN --mount=target=/c,type=cache make', '#3 DONE 0.1s'], true]
  ])('%s', (_name, lines, ran) => {
    expect(cacheMountStepsRan(lines.join('\n'))).toBe(ran);
  });

  describe('the live watcher', () => {
    afterEach(() => {
      jest.useRealTimers();
    });

    function watch(chunks: string[], advanceMs: number): string[] {
      jest.useFakeTimers();
      const fired: string[] = [];
      const watcher = new MountStepWatcher(line => fired.push(line), { graceMs: 400 });
      for (const chunk of chunks) watcher.feed(chunk);
      jest.advanceTimersByTime(advanceMs);
      watcher.stop();
      return fired;
    }

    it('ignores a cached step (name and CACHED arrive together)', () => {
      expect(watch([`${RUN}\n#15 CACHED\n`, `${RUN2}\n#16 CACHED\n`], 5000)).toEqual([]);
    });
    it('fires when a step shows output', () => {
      expect(watch([`${RUN}\n`, '#15 0.512 compiling\n'], 0)).toEqual(['#15 0.512 compiling']);
    });
    it('fires when a silent step is still running after the grace time', () => {
      expect(watch([`${RUN}\n`], 399)).toEqual([]);
      expect(watch([`${RUN}\n`], 400)).toEqual([RUN]);
    });
    it('lets a cached step whose layer is downloaded be (no CACHED line then)', () => {
      expect(watch([`${RUN}\n`, '#15 sha256:100f 1.07MB / 1.07MB 0.3s done\n', '#15 extracting sha256:100f 0.2s done\n#15 DONE 0.6s\n'], 5000)).toEqual([]);
    });
    it('lets a step that finishes within the grace time be, and ignores its name printed again', () => {
      expect(watch([`${RUN}\n#15 DONE 0.1s\n`, `${RUN}\n#15 DONE 0.1s\n`], 5000)).toEqual([]);
    });
    it('reads lines split across chunks, and fires once', () => {
      expect(watch([RUN.slice(0, 20), `${RUN.slice(20)}\n${RUN2}\n#16 0.1 x\n#15 0.2 y\n`], 5000)).toEqual(['#16 0.1 x']);
    });
  });
});

describe('Actions cache keys', () => {
  const github = { ...facts().github, defaultBranch: 'main' };
  it('layers: a new entry per run, found by dependencies, then branch, then the default branch', () => {
    const pr = { ...github, ref: 'refs/pull/7/merge', headRef: 'feat/x', runId: '99', runAttempt: '2' };
    const keys = layerCacheKeys('Dockerfile||linux/amd64', 'sha256:abcdef0123456789ffff', pr);
    const id = keys.key.split('-')[2];
    expect(keys).toEqual({
      key: `hoist-layers-${id}-feat-x-abcdef0123456789-99-2`,
      restoreKeys: [`hoist-layers-${id}-feat-x-abcdef0123456789-`, `hoist-layers-${id}-feat-x-`, `hoist-layers-${id}-main-abcdef0123456789-`, `hoist-layers-${id}-main-`]
    });
    expect(layerCacheKeys('Dockerfile||linux/amd64', 'sha256:abcdef0123456789ffff', github).restoreKeys).toHaveLength(2);
    expect(layerCacheKeys('other', 'sha256:abcdef0123456789ffff', github).key).not.toContain(id);
  });
  it('mounts: one entry per dependency set, any earlier one as a fallback', () => {
    const keys = mountCacheKeys('b', 'sha256:' + 'a'.repeat(64));
    expect(keys.key).toMatch(/^hoist-mounts-[0-9a-f]{16}-a{32}$/);
    expect(keys.restoreKeys).toEqual([keys.key.slice(0, keys.key.length - 32)]);
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

describe('the summary says what the caches did', () => {
  const result = { tags: ['r/app:1'], pushed: true, platformDigests: {}, durationMs: 5400, cache: { cached: 4, total: 13 }, cacheNotes: { mounts: 'restored 181.7 MB in 2.0 s; not saved again: dependencies unchanged', layers: 'saved 3 MB | as k' } };
  it('in the job summary', () => {
    expect(summaryMarkdown(result)).toContain('| cache mounts | restored 181.7 MB in 2.0 s; not saved again: dependencies unchanged |');
    expect(summaryMarkdown(result)).toContain('| layer cache | saved 3 MB \\| as k |');
  });
  it('in the log', () => {
    expect(summaryText(result)).toContain('cache mounts: restored 181.7 MB in 2.0 s; not saved again: dependencies unchanged');
  });
});

describe('cache-stages', () => {
  it('builds each stage alone, for the same platforms, into its own cache ref, and produces nothing else', () => {
    const inputs = rawInputs({ context: '.', tags: 'ghcr.io/acme/app:1', push: 'true', platforms: 'linux/amd64,linux/arm64', 'cache-stages': 'Builder', 'cache-from': 'type=gha', labels: 'a=b', cache: 'registry' });
    const plan = resolveCache(inputs, facts());
    expect(plan.stages).toEqual([{ stage: 'Builder', ref: 'ghcr.io/acme/app:cache-builder' }]);
    const argv = planBuild(inputs, facts(), plan, { kind: 'stage', stage: plan.stages[0] }).argv;
    expect(argv).toEqual([
      'buildx', 'build',
      '--cache-from', 'type=gha',
      '--cache-from', 'type=registry,ref=ghcr.io/acme/app:cache-builder',
      '--cache-to', 'type=registry,ref=ghcr.io/acme/app:cache-builder,mode=max,image-manifest=true,oci-mediatypes=true,compression=zstd',
      '--iidfile', '/tmp/hoist-test/iidfile',
      '--output', 'type=cacheonly',
      '--platform', 'linux/amd64,linux/arm64',
      '--attest', 'type=provenance,disabled=true',
      '--attest', 'type=sbom,disabled=true',
      '--target', 'Builder',
      '--metadata-file', '/tmp/hoist-test/metadata.json',
      '.'
    ]);
  });

  it('the image build reads every stage ref after the cache-from given', () => {
    const inputs = rawInputs({ context: '.', tags: 'r/app:1', 'cache-ref': 'ghcr.io/acme/cache:x', 'cache-stages': 'deps\nbuilder', 'cache-from': 'type=gha' });
    const imageFrom = (i: typeof inputs) => cacheFlags(i, resolveCache(i, facts()), { kind: 'image' }).from;
    expect(imageFrom(inputs)).toEqual(['type=gha', 'type=registry,ref=ghcr.io/acme/cache:cache-deps', 'type=registry,ref=ghcr.io/acme/cache:cache-builder']);
    expect(imageFrom(rawInputs({ tags: 'r/app:1' }))).toEqual([]);
  });
});

describe('checkCacheService', () => {
  const env = { ACTIONS_RESULTS_URL: 'https://results.example/', ACTIONS_RUNTIME_TOKEN: 't0ken' };
  const answering = (status: number, retryAfter?: string) => {
    const calls: Array<{ url: string; token: string; body: unknown }> = [];
    const post = async (url: URL, token: string, body: unknown) => {
      calls.push({ url: url.href, token, body });
      return { status, retryAfter };
    };
    return { calls, post };
  };

  it('asks the v2 service for a key that never exists, with the job token', async () => {
    const { calls, post } = answering(200);
    expect(await checkCacheService(env, post)).toEqual({ usable: true });
    expect(calls).toEqual([
      {
        url: 'https://results.example/twirp/github.actions.results.api.v1.CacheService/GetCacheEntryDownloadURL',
        token: 't0ken',
        body: { key: 'hoist-service-check', restore_keys: [], version: 'hoist-service-check' }
      }
    ]);
  });
  it.each([
    [429, '60', 'rate-limited (HTTP 429, retry after 60 s)'],
    [401, undefined, "refusing this job's token (HTTP 401)"],
    [503, undefined, 'failing (HTTP 503)']
  ])('HTTP %i is a reason to build without it', async (status, retryAfter, why) => {
    expect(await checkCacheService(env, answering(status, retryAfter).post)).toEqual({ usable: false, why });
  });
  it('an unreachable service, or none at all, too', async () => {
    const refused = async () => {
      throw new Error('connect ECONNREFUSED 127.0.0.1:1');
    };
    expect(await checkCacheService(env, refused)).toEqual({ usable: false, why: 'unreachable (connect ECONNREFUSED 127.0.0.1:1)' });
    expect(await checkCacheService({}, refused)).toMatchObject({ usable: false, why: expect.stringMatching(/^not available to this job/) });
    expect(await checkCacheService({ ACTIONS_CACHE_URL: 'https://v1/', ACTIONS_RUNTIME_TOKEN: 't' }, refused)).toEqual({ usable: true });
  });
});

describe('cache: local export build', () => {
  it('is the same build producing only the cache, into the fresh directory', () => {
    const inputs = rawInputs({ context: '.', tags: 'r/app:1', push: 'true', cache: 'local', platforms: 'linux/amd64', target: 'runtime', 'build-args': 'A=1', 'cache-from': 'type=gha' });
    const plan = { ...resolveCache(inputs, facts()), local: { directory: '/t/layers', fresh: '/t/layers-new' } };
    const argv = planBuild(inputs, facts(), plan, { kind: 'cache-export' }).argv;
    expect(argv).toEqual([
      'buildx', 'build', '--build-arg', 'A=1',
      '--cache-to', 'type=local,dest=/t/layers-new,mode=max,oci-mediatypes=true,compression=zstd',
      '--iidfile', '/tmp/hoist-test/iidfile', '--output', 'type=cacheonly', '--platform', 'linux/amd64',
      '--attest', 'type=provenance,disabled=true', '--attest', 'type=sbom,disabled=true',
      '--target', 'runtime', '--metadata-file', '/tmp/hoist-test/metadata.json', '.'
    ]);
  });
});

describe('parseCacheMountRecords', () => {
  it('reads the mounts a builder holds from buildx du --verbose', () => {
    const du = [
      'ID:           fzeuls8p95lslfdr2q1ct3stc',
      'Size:         181.97MB',
      'Description:  cached mount /root/.cache/go-build from exec /bin/sh -c go build . with id "//root/.cache/go-build"',
      'Type:         exec.cachemount',
      '',
      'ID:           x',
      'Size:         4.096kB',
      'Description:  cached mount /c from exec /bin/sh -c true with id "/npm"',
      'Type:         exec.cachemount',
      ''
    ].join('\n');
    expect(parseCacheMountRecords(du)).toEqual(new Map([['/root/.cache/go-build', 181.97e6], ['npm', 4096]]));
  });
});

describe("the watcher's early word: the mounts' stage comes to life", () => {
  afterEach(() => {
    jest.useRealTimers();
  });

  function active(lines: string[], advanceMs = 0): { stage: number; runs: number } {
    jest.useFakeTimers();
    const seen = { stage: 0, runs: 0 };
    const watcher = new MountStepWatcher(() => seen.runs++, { graceMs: 400, stages: ['builder'], onStageActive: () => seen.stage++ });
    watcher.feed(lines.map(l => `${l}\n`).join(''));
    jest.advanceTimersByTime(advanceMs);
    watcher.stop();
    return seen;
  }

  it.each([
    ['a cached stage', ['#11 [linux/amd64 builder 3/6] COPY go.mod ./', '#11 CACHED', '#13 [linux/amd64 builder 4/6] RUN go mod download', '#13 CACHED'], 5000, { stage: 0, runs: 0 }],
    ['layers of a cached step fetched (a later step will run)', ['#13 [linux/amd64 builder 4/6] RUN go mod download', '#13 CACHED', '#13 [linux/amd64 builder 4/6] RUN go mod download', '#13 sha256:ded8 67.31MB / 67.31MB 0.1s done'], 0, { stage: 1, runs: 0 }],
    ['a step that ran', ['#14 [linux/amd64 builder 5/6] COPY *.go ./', '#14 DONE 0.4s'], 0, { stage: 1, runs: 0 }],
    ['another stage running', ['#17 [linux/amd64 runtime 2/3] WORKDIR /app', '#17 DONE 0.0s'], 5000, { stage: 0, runs: 0 }],
    ['FROM is not a step', ['#7 [linux/amd64 builder 1/6] FROM r/golang@sha256:d4', '#7 resolve r/golang done', '#7 DONE 0.0s'], 5000, { stage: 0, runs: 0 }],
    ['a silent stage step', ['#14 [linux/amd64 builder 5/6] COPY *.go ./'], 400, { stage: 1, runs: 0 }]
  ])('%s', (_name, lines, advance, expected) => {
    expect(active(lines, advance)).toEqual(expected);
  });
});
