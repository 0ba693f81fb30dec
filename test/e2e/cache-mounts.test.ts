/**
 * Caches that survive ephemeral runners, each run on a brand-new BuildKit (its own
 * daemon and empty state, as a fresh hosted runner has):
 * - `cache: registry` carrying the example's Go build cache (RUN --mount=type=cache) in
 *   an image next to the registry cache;
 * - `cache: local` through the real @actions/cache against a local Actions cache v2
 *   service: layers and a cache mount saved, restored, not grown, and a service that
 *   is down costing a warning, not the build.
 * Checked from outside hoist: plain HTTP to the registry, the pushed layers' files,
 * the cache service's own entry list.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { workspace } from '../helpers/workspace.js';
import { startCacheServer, type CacheServer } from '../servers/actions-cache.js';
import { ROOT, runAction, type ActionRun } from './runner.js';
import {
  GO_IMAGE,
  REGISTRY,
  RUNTIME_IMAGE,
  getBlob,
  getManifest,
  glibcBaseImage,
  seenIn,
  requireToolchain,
  startContainerBuilder,
  startFreshBuilder,
  uniqueRepo,
  type FreshBuilder
} from './toolchain.js';

function explain(run: ActionRun): string {
  return run.main.exitCode === 0 ? '' : `${run.main.stdout.slice(-4000)}\n${run.main.stderr.slice(-1500)}`;
}

const builders: FreshBuilder[] = [];
async function freshRunner(): Promise<string> {
  const builder = await startFreshBuilder();
  builders.push(builder);
  return builder.name;
}

afterEach(async () => {
  while (builders.length) await builders.pop()!.stop();
});

/**
 * The fresh runner the example's cold build ran on, kept until the file ends: the
 * `cache-stages` test fills its stage cache from it instead of compiling the example cold
 * a second time (a fresh one when that build did not run).
 */
let exampleRunner: FreshBuilder | undefined;
afterAll(async () => {
  await exampleRunner?.stop();
});

/** The describe's local Actions cache service, started once the toolchain is checked. */
function useCacheServer(): () => CacheServer {
  let server: CacheServer | undefined;
  beforeAll(async () => {
    await requireToolchain();
    server = await startCacheServer();
  });
  afterAll(async () => {
    await server?.close();
  });
  return () => server!;
}

/**
 * Fresh-runner runs of one cache-mount step: it lists what the mount held (`/seen`), takes
 * seconds as real work does (a step done within hoist's 0.7 s look is not stopped), then
 * adds `bytes` random bytes in a file named by the run's input. Each `run(input, tag)` is
 * a fresh runner: an empty RUNNER_TEMP cache directory (the same path, as on hosted
 * runners) and a new BuildKit (`builder`, a new buildkitd by default), stopped after the
 * run, which must succeed without a warning.
 */
function mountStepRuns(options: { name: string; from: string; bytes: number; cache: string; env: () => Record<string, string>; builder?: () => Promise<FreshBuilder> }) {
  const ws = workspace(
    { Dockerfile: `FROM ${options.from}\nCOPY input /input\nRUN --mount=type=cache,target=/cache ls /cache > /seen && sleep 3 && head -c ${options.bytes} /dev/urandom > /cache/$(cat /input)\n` },
    { name: options.name }
  );
  const repo = uniqueRepo(options.name);
  const runnerTemp = fs.mkdtempSync(path.join(os.tmpdir(), 'hoist-temp-'));
  const run = async (input: string, tag: string): Promise<ActionRun> => {
    fs.writeFileSync(path.join(ws, 'input'), input);
    const builder = await (options.builder ?? startFreshBuilder)();
    builders.push(builder);
    const result = await runAction(
      { context: '.', platforms: 'linux/amd64', push: 'true', provenance: 'false', cache: options.cache, tags: `${REGISTRY}/${repo}:${tag}`, builder: builder.name },
      { workspace: ws, runnerTemp, env: { ...options.env(), GITHUB_RUN_ID: tag } }
    );
    await builders.pop()!.stop();
    expect({ exit: result.main.exitCode, log: explain(result) }).toEqual({ exit: 0, log: '' });
    expect(result.main.stdout).not.toMatch(/^::warning::/m);
    return result;
  };
  return { repo, run };
}

/**
 * The newest mounts entry in the Actions cache service, unpacked: the archive holds
 * `<build>/mounts`, an OCI layout (relative to hoist's cache root, as on every runner),
 * whose image's layers are unpacked here into one file system.
 */
function savedMounts(server: CacheServer): string {
  const entry = server
    .entries()
    .filter(e => e.key.startsWith('hoist-mounts-oci-') && e.finalized)
    .at(-1);
  const archive = entry && server.archive(entry);
  if (!archive) throw new Error(`no mounts entry saved: ${JSON.stringify(server.entries())}`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hoist-entry-'));
  fs.writeFileSync(path.join(dir, 'archive.tzst'), archive);
  execFileSync('tar', ['--zstd', '-xf', 'archive.tzst'], { cwd: dir });
  const [member] = fs.readdirSync(dir).filter(d => d !== 'archive.tzst');
  const layout = path.join(dir, member, 'mounts');
  const blob = (digest: string) => path.join(layout, 'blobs', ...digest.split(':'));
  const index = JSON.parse(fs.readFileSync(path.join(layout, 'index.json'), 'utf8')) as { manifests: Array<{ digest: string }> };
  const manifest = JSON.parse(fs.readFileSync(blob(index.manifests[0].digest), 'utf8')) as { layers: Array<{ digest: string; mediaType: string }> };
  const root = path.join(dir, 'rootfs');
  fs.mkdirSync(root);
  for (const layer of manifest.layers) {
    expect(layer.mediaType).toBe('application/vnd.oci.image.layer.v1.tar+zstd');
    execFileSync('tar', ['--zstd', '-xf', blob(layer.digest), '-C', root]);
  }
  return root;
}

describe("cache: registry carries the example's Go build cache across fresh runners", () => {
  beforeAll(requireToolchain);

  it('saves it after the cold build, restores it only when the compile step must run, and does not save it again', async () => {
    const ws = workspace({ '.dockerignore': '.git\n' }, { name: 'mounts', from: path.join(ROOT, 'example') });
    const repo = uniqueRepo('mounts');
    const inputs = {
      context: '.',
      platforms: 'linux/amd64,linux/arm64',
      push: 'true',
      cache: 'registry',
      provenance: 'false',
      'build-args': `GO_IMAGE=${GO_IMAGE}\nRUNTIME_IMAGE=${RUNTIME_IMAGE}`
    };

    // A fresh runner, kept for the cache-stages test below.
    await exampleRunner?.stop();
    exampleRunner = await startFreshBuilder();
    const cold = await runAction({ ...inputs, tags: `${REGISTRY}/${repo}:1`, builder: exampleRunner.name }, { workspace: ws });
    expect({ exit: cold.main.exitCode, log: explain(cold) }).toEqual({ exit: 0, log: '' });
    const saved = /\| cache mounts \| saved ([\d.]+ [kMG]?B) in [\d.]+ s \|/.exec(cold.summary);
    expect(saved).not.toBeNull();
    // What the registry holds: zstd layers (the mount's files, the restore's own programs), labelled with the key.
    const mounts = await getManifest(repo, 'buildcache-mounts');
    expect(mounts.json.layers?.map(l => l.mediaType)).toEqual(Array(2).fill('application/vnd.oci.image.layer.v1.tar+zstd'));
    expect(mounts.json.layers![0].size).toBeGreaterThan(5_000_000);
    const config = JSON.parse((await getBlob(repo, mounts.json.config!.digest)).toString('utf8'));
    expect(config.config.Labels['dev.hoist.cache-mounts.key']).toMatch(/^sha256:[0-9a-f]{64}$/);
    // The layer cache: the builder stage's layers, which the image does not hold, are zstd
    // (compression=zstd); the image's own and the base images' blobs go as they are.
    const layerTypes = (await getManifest(repo, 'buildcache')).json.layers!.map(l => l.mediaType);
    expect(layerTypes).toContain('application/vnd.oci.image.layer.v1.tar+zstd');
    expect(layerTypes).toContain('application/vnd.oci.image.layer.v1.tar+gzip');

    // A source-only change on a new runner: the compile step runs, on the restored cache.
    fs.appendFileSync(path.join(ws, 'main.go'), '\n// a source-only change\n');
    const changed = await runAction({ ...inputs, tags: `${REGISTRY}/${repo}:2`, builder: await freshRunner() }, { workspace: ws });
    expect({ exit: changed.main.exitCode, log: explain(changed) }).toEqual({ exit: 0, log: '' });
    // Restored beside the build once the builder stage came to life; had the compile step
    // started first, the build was stopped and started again with the cache in place.
    expect(changed.main.stdout).toMatch(/^cache mounts: restored [\d.]+ [kMG]?B in [\d.]+ s$/m);
    // On the programs saved with the files, not on golang (that would wait for its pull).
    expect(changed.main.stdout).not.toContain('did not run here');
    expect(changed.main.stdout).not.toMatch(/stopped the build(?!.*started it again with the cache)/);
    // Every byte saved came back (du of the mount after the restore).
    expect(changed.summary).toContain(`| cache mounts | restored ${saved![1]} in `);
    expect(changed.summary).toMatch(/\| cache mounts \| restored [^|]*; not saved again: dependencies unchanged \|/);
    expect((await getManifest(repo, 'buildcache-mounts')).digest).toBe(mounts.digest);
    expect((await getManifest(repo, '2')).digest).toBe(changed.outputs.digest);
    await builders.pop()!.stop();

    // No change on a new runner: every step from the registry cache, the mounts never fetched.
    const same = await runAction({ ...inputs, tags: `${REGISTRY}/${repo}:3`, builder: await freshRunner() }, { workspace: ws });
    expect({ exit: same.main.exitCode, log: explain(same) }).toEqual({ exit: 0, log: '' });
    expect(same.main.stdout).not.toContain('stopped the build');
    expect(same.summary).toContain('| cache mounts | not needed: every step that uses them came from the cache |');
  });
});

/**
 * The shapes users write, on golang's base (tens of MB to pull and unpack on a fresh
 * runner, as in real builds): the restore must start while the chain's base is still
 * being pulled, so the mount step starts with its cache in place and nothing is stopped.
 * Each step lists what its mount held into the image, so the restore is checked from
 * what was pushed.
 */
describe('cache mounts in the Dockerfile shapes users write, across fresh runners', () => {
  beforeAll(requireToolchain);
  const step = (dir: string, out: string) => `RUN --mount=type=cache,id=${dir},target=/${dir} ls /${dir} > /${out} && sleep 2 && head -c 200000 /dev/urandom > /${dir}/$(cat /input)`;
  it.each([
    ['a mount in the same stage', [`FROM ${GO_IMAGE} AS build`, 'COPY input /input', step('c1', 'seen')]],
    ['a mount in a child stage (FROM deps AS build)', [`FROM ${GO_IMAGE} AS deps`, 'RUN echo deps > /deps', 'FROM deps AS build', 'COPY input /input', step('c1', 'seen')]],
    [
      'two stages that both mount',
      [
        `FROM ${GO_IMAGE} AS deps`,
        'COPY go.mod /go.mod',
        'RUN --mount=type=cache,id=c0,target=/c0 ls /c0 > /deps-seen && echo deps > /c0/deps',
        'FROM deps AS build',
        'COPY input /input',
        step('c1', 'seen')
      ]
    ]
  ])('%s', async (_shape, lines) => {
    const ws = workspace({ Dockerfile: `${lines.join('\n')}\n`, 'go.mod': 'module x\n' }, { name: 'shape' });
    const repo = uniqueRepo('shape');
    const run = async (input: string, tag: string) => {
      fs.writeFileSync(path.join(ws, 'input'), input);
      const result = await runAction(
        { context: '.', platforms: 'linux/amd64', push: 'true', provenance: 'false', cache: 'registry', tags: `${REGISTRY}/${repo}:${tag}`, builder: await freshRunner() },
        { workspace: ws }
      );
      await builders.pop()!.stop();
      expect({ exit: result.main.exitCode, log: explain(result) }).toEqual({ exit: 0, log: '' });
      return result;
    };
    await run('one', '1');
    // A source-only change on a new runner.
    const changed = await run('two', '2');
    expect(changed.main.stdout).toMatch(/^cache mounts: restored [\d.]+ [kMG]?B in [\d.]+ s$/m);
    expect(changed.main.stdout).not.toContain('stopped the build');
    expect(await seenIn(repo, changed.outputs.digest)).toBe('one\n');
  });
});

describe("cache: local and cache: gha against a local Actions cache service (the real @actions/cache, buildx's own gha backend)", () => {
  const server = useCacheServer();

  it('local: restores layers and the cache mount on fresh runners, saves only what is new, and never grows', async () => {
    const { repo, run } = mountStepRuns({ name: 'local', from: RUNTIME_IMAGE, bytes: 200000, cache: 'local', env: () => server().env });

    const first = await run('one', '1');
    expect(await seenIn(repo, first.outputs.digest)).toBe('');
    const afterFirst = server()
      .entries()
      .filter(e => e.finalized);
    expect(afterFirst.map(e => e.key).sort()).toEqual([
      expect.stringMatching(/^hoist-layers-[0-9a-f]{16}-main-[0-9a-f]{16}-1-1$/),
      expect.stringMatching(/^hoist-mounts-oci-[0-9a-f]{16}-[0-9a-f]{32}$/)
    ]);
    expect(first.summary).toMatch(/\| layer cache \| saved [^|]+ as hoist-layers-/);
    expect(first.summary).toMatch(/\| cache mounts \| saved [^|]+ \|/);

    // Reads of the mounts entry's blob: it is looked up before the build, and downloaded only when a mount step must run.
    const mountsEntry = afterFirst.find(e => e.key.startsWith('hoist-mounts-'))!;
    const mountsDownloads = () => server().requests.filter(r => r.method === 'GET' && r.path.split('?')[0] === server().blobPath(mountsEntry)).length;

    // Same input: every step from the restored layers, nothing saved, the mounts never downloaded.
    const second = await run('one', '2');
    expect(mountsDownloads()).toBe(0);
    expect(second.summary).toMatch(/\| cache \| 2\/2 steps cached/);
    expect(second.summary).toMatch(/\| layer cache \| restored hoist-layers-[^|]*; nothing new to save \|/);
    expect(second.outputs.digest).toBe(first.outputs.digest);
    expect(
      server()
        .entries()
        .filter(e => e.finalized)
    ).toHaveLength(2);

    // A change: the step runs on the restored mount, which still holds the first run's file.
    const third = await run('two', '3');
    expect(await seenIn(repo, third.outputs.digest)).toBe('one\n');
    expect(mountsDownloads()).toBeGreaterThan(0);
    expect(third.summary).toMatch(/\| cache mounts \| restored [^|]*; not saved again: dependencies unchanged \|/);
    const layers = server()
      .entries()
      .filter(e => e.finalized && e.key.startsWith('hoist-layers-'));
    expect(layers).toHaveLength(2);
    // Exported to a fresh directory each time: the second save is not the first plus more.
    expect(layers[1].size).toBeLessThan(layers[0].size * 1.5);
  });

  it('gha on a long-lived builder that holds the mounts already: nothing restored, nothing stopped', async () => {
    const ws = workspace(
      { Dockerfile: `FROM ${RUNTIME_IMAGE}\nCOPY input /input\nRUN --mount=type=cache,target=/cache ls /cache > /seen && sleep 2 && head -c 2000000 /dev/urandom > /cache/$(cat /input)\n` },
      { name: 'warm' }
    );
    const repo = uniqueRepo('warm');
    const builder = await freshRunner();
    const run = async (input: string, tag: string) => {
      fs.writeFileSync(path.join(ws, 'input'), input);
      const result = await runAction(
        { context: '.', platforms: 'linux/amd64', push: 'true', provenance: 'false', cache: 'gha', tags: `${REGISTRY}/${repo}:${tag}`, builder },
        { workspace: ws, env: { ...server().env, GITHUB_RUN_ID: tag } }
      );
      expect({ exit: result.main.exitCode, log: explain(result) }).toEqual({ exit: 0, log: '' });
      return result;
    };
    await run('one', '1');
    const second = await run('two', '2');
    expect(second.summary).toMatch(/\| cache mounts \| not restored: the builder already holds them/);
    expect(second.main.stdout).not.toContain('stopped the build');
    expect(await seenIn(repo, second.outputs.digest)).toBe('one\n');
  });

  it('local: warns and still builds when the cache service is down', async () => {
    const ws = workspace({ Dockerfile: `FROM ${RUNTIME_IMAGE}\nRUN --mount=type=cache,target=/cache head -c 16 /dev/urandom > /cache/x && cp /cache/x /x\n` }, { name: 'local' });
    const repo = uniqueRepo('localdown');
    server().fault({ kind: 'down' });
    try {
      const result = await runAction(
        { context: '.', platforms: 'linux/amd64', push: 'true', provenance: 'false', cache: 'local', tags: `${REGISTRY}/${repo}:1`, builder: await freshRunner() },
        { workspace: ws, env: { ...server().env } }
      );
      expect({ exit: result.main.exitCode, log: explain(result) }).toEqual({ exit: 0, log: '' });
      expect(result.main.stdout).toMatch(/^::warning::/m);
      expect((await getManifest(repo, '1')).digest).toBe(result.outputs.digest);
    } finally {
      server().fault(undefined);
    }
  });

  it("gha: a fresh runner takes every step from the image's scope on its branch, and the mount comes back through @actions/cache", async () => {
    const { repo, run } = mountStepRuns({ name: 'gha', from: RUNTIME_IMAGE, bytes: 64, cache: 'gha', env: () => server().env });
    const first = await run('one', '1');
    expect(first.main.stdout).toContain(`--cache-to type=gha,scope=${repo.replace(/\//g, '-')}-linux-amd64-main,mode=max`);
    // BuildKit's own entries (the image's scope) and hoist's mounts entry, all in the service.
    expect(
      server()
        .entries()
        .filter(e => e.finalized)
        .some(e => e.key.startsWith('hoist-mounts-'))
    ).toBe(true);
    expect(
      server()
        .entries()
        .filter(e => e.finalized && !e.key.startsWith('hoist-')).length
    ).toBeGreaterThan(0);

    const second = await run('one', '2');
    expect(second.summary).toMatch(/\| cache \| 2\/2 steps cached/);
    expect(second.outputs.digest).toBe(first.outputs.digest);

    const third = await run('two', '3');
    expect(await seenIn(repo, third.outputs.digest)).toBe('one\n');
  });

  it('gha: a rate-limited service is found before the build: a warning, and the build runs without it', async () => {
    const ws = workspace({ Dockerfile: `FROM ${RUNTIME_IMAGE}\nRUN head -c 16 /dev/urandom > /x\n` }, { name: 'gha' });
    const repo = uniqueRepo('gha429');
    server().fault({ kind: '429', retryAfterSeconds: 60 });
    try {
      const result = await runAction(
        { context: '.', platforms: 'linux/amd64', push: 'true', provenance: 'false', cache: 'gha', tags: `${REGISTRY}/${repo}:1`, builder: await freshRunner() },
        { workspace: ws, env: { ...server().env } }
      );
      expect({ exit: result.main.exitCode, log: explain(result) }).toEqual({ exit: 0, log: '' });
      expect(result.main.stdout).toContain('::warning::cache: gha: the GitHub Actions cache service is rate-limited (HTTP 429, retry after 60 s); this build runs without it');
      expect(result.main.stdout).not.toContain('type=gha');
      expect((await getManifest(repo, '1')).digest).toBe(result.outputs.digest);
    } finally {
      server().fault(undefined);
    }
  });
});

describe('cache-stages: the --target/--cache-from pattern', () => {
  beforeAll(requireToolchain);

  it('caches the builder stage on its own ref, with push: false, and a fresh runner takes the compile from it', async () => {
    const ws = workspace({ '.dockerignore': '.git\n' }, { name: 'stages', from: path.join(ROOT, 'example') });
    const repo = uniqueRepo('stages');
    const inputs = {
      context: '.',
      platforms: 'linux/amd64,linux/arm64',
      push: 'false',
      tags: `${REGISTRY}/${repo}:1`,
      'cache-stages': 'builder',
      'build-args': `GO_IMAGE=${GO_IMAGE}\nRUNTIME_IMAGE=${RUNTIME_IMAGE}`
    };
    // The stage cache comes from the runner the example's cold build ran on (its layers in
    // that BuildKit's own cache), then a fresh runner must take the compile from it.
    exampleRunner ??= await startFreshBuilder();
    const first = await runAction({ ...inputs, builder: exampleRunner.name }, { workspace: ws });
    expect({ exit: first.main.exitCode, log: explain(first) }).toEqual({ exit: 0, log: '' });
    expect(first.main.stdout).toContain(`--cache-to type=registry,ref=${REGISTRY}/${repo}:cache-builder,mode=max`);
    expect(first.main.stdout).toMatch(/--output type=cacheonly .*--target builder/);
    // The stage cache is in the registry; the image is not (push: false).
    expect((await getManifest(repo, 'cache-builder')).json.layers!.length).toBeGreaterThan(0);
    await expect(getManifest(repo, '1')).rejects.toThrow(/404/);

    const second = await runAction({ ...inputs, builder: await freshRunner() }, { workspace: ws });
    expect({ exit: second.main.exitCode, log: explain(second) }).toEqual({ exit: 0, log: '' });
    // The stage build took both platforms' compile steps from the stage cache.
    const stageBuild = second.main.stdout.split('::group::').find(g => g.startsWith('Build stage builder'))!;
    // A step's header comes again when BuildKit interleaves its progress (its cached layer
    // fetched for the stage's cache export): two steps, each of them CACHED.
    const compiles = new Set(
      stageBuild
        .split('\n')
        .filter(l => /^#\d+ \[linux\/[^\]]* builder 6\/6\] RUN --mount=type=cache/.test(l))
        .map(l => l.split(' ')[0])
    );
    expect(compiles.size).toBe(2);
    for (const step of compiles) expect(stageBuild).toContain(`\n${step} CACHED\n`);
    expect(second.summary).toMatch(/\| cache stages \| builder: (\d+)\/\1 steps cached, [\d.]+ s \|/);
  });
});

describe("cache mounts on docker-container builders (setup-buildx-action's default driver)", () => {
  const server = useCacheServer();

  // Each run gets a new builder container with a new state volume: a fresh runner.
  const carried = async (cache: 'registry' | 'local') => {
    const { repo, run } = mountStepRuns({ name: `container-${cache}`, from: RUNTIME_IMAGE, bytes: 100000, cache, env: () => server().env, builder: startContainerBuilder });

    const first = await run('one', '1');
    expect(first.main.stdout).toContain('(docker-container driver');
    expect(await seenIn(repo, first.outputs.digest)).toBe('');
    expect(first.summary).toMatch(/\| cache mounts \| saved [^|]+ \|/);
    // Two layers: the mount's files, and the restore's own programs.
    if (cache === 'registry') expect((await getManifest(repo, 'buildcache-mounts')).json.layers).toHaveLength(2);
    else
      expect(
        server()
          .entries()
          .filter(e => e.finalized)
          .map(e => e.key)
      ).toContainEqual(expect.stringMatching(/^hoist-mounts-/));

    // A change on a new builder: the step runs on the restored mount, which holds the first run's file.
    const second = await run('two', '2');
    expect(second.main.stdout).toContain('(docker-container driver');
    expect(await seenIn(repo, second.outputs.digest)).toBe('one\n');
    expect(second.summary).toMatch(/\| cache mounts \| restored [^|]+ in [\d.]+ s/);
    expect(second.main.stdout).not.toContain('did not run here');
  };

  it('registry: the mount saved from one builder container comes back in a new one', () => carried('registry'));
  it('local: the same through the Actions cache (a local directory in and out of the container)', () => carried('local'));
});

describe("the restore's own programs, from a Debian-like image (glibc, a loader, shared libraries)", () => {
  const server = useCacheServer();

  // The image with ldd has GNU tar too (the save writes one tar file per mount); the one
  // without has neither (the save copies a directory, and the restore merges it with cp).
  const carried = async (withLdd: boolean) => {
    const base = glibcBaseImage({ ldd: withLdd, tar: withLdd });
    const { repo, run } = mountStepRuns({ name: `glibc-${withLdd ? 'ldd' : 'no-ldd'}`, from: base, bytes: 100000, cache: 'local', env: () => server().env });

    await run('one', '1');
    // What the save put beside the files, read from the archive in the cache service: the
    // programs at the paths readlink -f gives, /bin/<name> linking to them, and (with ldd)
    // the libraries and the loader.
    const saved = savedMounts(server());
    const tools = path.join(saved, 'hoist-tools', 'linux-amd64');
    const files = fs.existsSync(tools) ? fs.readdirSync(tools, { recursive: true }).map(String).sort() : [];
    if (withLdd) {
      expect(files).toEqual(
        expect.arrayContaining([
          'usr/bin/dash',
          'usr/bin/cp',
          'usr/bin/du',
          'usr/bin/cut',
          'usr/bin/tar',
          'lib/x86_64-linux-gnu/libacl.so.1',
          'lib/x86_64-linux-gnu/libc.so.6',
          'lib64/ld-linux-x86-64.so.2'
        ])
      );
      expect(fs.readlinkSync(path.join(tools, 'bin/sh'))).toBe('/usr/bin/dash');
      // The mount as one tar file, read here with this machine's own tar.
      expect(execFileSync('tar', ['-tf', path.join(saved, '0.tar')], { encoding: 'utf8' }).split('\n')).toContain('./one');
      expect(fs.existsSync(path.join(saved, '0'))).toBe(false);
    } else {
      // No ldd: the libraries cannot be listed, so the dynamically linked programs are left
      // out (or saved without what they load); either way the restore must fall back.
      expect(files).not.toContain('lib/x86_64-linux-gnu/libc.so.6');
      // No tar: the mount as a directory.
      expect(fs.readdirSync(path.join(saved, '0'))).toEqual(['one']);
    }

    const second = await run('two', '2');
    expect(await seenIn(repo, second.outputs.digest)).toBe('one\n');
    expect(second.summary).toMatch(/\| cache mounts \| restored [^|]+ in [\d.]+ s/);
    if (withLdd) expect(second.main.stdout).not.toContain('did not run here');
    else expect(second.main.stdout).toMatch(new RegExp(`^cache mounts: the saved files' own programs did not run here \\(.*\\); restoring on ${base}$`, 'm'));
  };

  it('with ldd and tar: the save writes a tar and carries sh, cp, du, cut and tar with their libraries, and the restore runs on them', () => carried(true));
  it("without ldd or tar: the save copies a directory, the restore falls back to the mount's own image and still brings the files back", () => carried(false));
});
