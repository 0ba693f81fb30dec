/**
 * setup-buildx-action's and setup-qemu-action's names, against the real toolchain:
 * `name` + `cleanup: false` + `use: true` leave a builder that is current after the post
 * step; `keep-state` leaves its state volume; the outputs match `docker buildx inspect`;
 * `version` downloads a release from a local mirror (this machine's own buildx behind a
 * logging wrapper, with a checksums.txt computed here) and hoist's buildx calls run it; a
 * checksum mismatch fails before any build; `binfmt-platforms` registers what it names.
 *
 * Builders made here live in a buildx store of the test's own (BUILDX_CONFIG), so making
 * one current never touches the machine's current builder; their containers and volumes
 * are removed here.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { workspace } from '../helpers/workspace.js';
import { startCacheServer } from '../servers/actions-cache.js';
import { handlerEnabled, withoutHandler } from './binfmt.js';
import { explain, runAction, type ActionRun } from './runner.js';
import { BUILDER, RUNTIME_IMAGE, requireToolchain } from './toolchain.js';

const store = fs.mkdtempSync(path.join(os.tmpdir(), 'hoist-buildx-store-'));
/** docker with the test's own buildx store. */
const docker = (...args: string[]) => spawnSync('docker', args, { encoding: 'utf8', env: { ...process.env, BUILDX_CONFIG: store } });
const ok = (run: ActionRun) => ({ code: run.main.exitCode, log: run.main.exitCode === 0 ? '' : explain(run) });

/** No RUN step: nothing to emulate, nothing that needs a network. */
const ws = () => workspace({ Dockerfile: `FROM ${RUNTIME_IMAGE}\nCOPY hello /hello\n`, hello: 'hello\n' }, { name: 'builder-inputs' });
const unique = (what: string) => `hoist-e2e-${what}-${process.pid}-${Date.now().toString(36)}`;

/** `docker buildx inspect` read here, independently of hoist: the builder's driver and each node's name, endpoint, status, BuildKit, platforms. */
function inspected(name: string) {
  const text = docker('buildx', 'inspect', name).stdout;
  const nodes: Array<Record<string, string>> = [];
  let driver = '';
  for (const line of text.split('\n')) {
    const m = /^([A-Za-z ]+):\s*(.*)$/.exec(line);
    if (!m) continue;
    const [, key, value] = m;
    if (key === 'Driver' && nodes.length === 0) driver = value.trim();
    else if (key === 'Name' && text.indexOf(line) > text.indexOf('Nodes:')) nodes.push({ name: value.trim() });
    else if (key === 'Endpoint') nodes[nodes.length - 1].endpoint = value.trim();
    else if (key === 'Status') nodes[nodes.length - 1].status = value.trim();
    else if (key === 'BuildKit version') nodes[nodes.length - 1].buildkit = value.trim();
    else if (key === 'Platforms')
      nodes[nodes.length - 1].platforms = value
        .split(',')
        .map(p => p.trim().replace(/\*$/, ''))
        .join(',');
  }
  return { driver, nodes };
}

/** The builder's records, container and state volume as docker shows them. */
function traces(name: string) {
  return {
    builder: docker('buildx', 'inspect', name).status === 0,
    container: docker('ps', '-a', '--filter', `name=^buildx_buildkit_${name}0$`, '--format', '{{.Names}}').stdout.trim() !== '',
    volume: docker('volume', 'ls', '--filter', `name=^buildx_buildkit_${name}0_state$`, '--format', '{{.Name}}').stdout.trim() !== ''
  };
}

function removeAll(name: string): void {
  docker('buildx', 'rm', '-f', name);
  docker('rm', '-f', `buildx_buildkit_${name}0`);
  docker('volume', 'rm', '-f', `buildx_buildkit_${name}0_state`);
}

describe('name, use, cleanup, keep-state and the outputs', () => {
  const kept = unique('kept');
  const stateKept = unique('state');
  let run: ActionRun;
  let currentBefore = '';

  beforeAll(async () => {
    await requireToolchain();
    currentBefore = docker('buildx', 'inspect').stdout.match(/^Name:\s+(\S+)/m)?.[1] ?? '';
    run = await runAction({ context: '.', name: kept, use: 'true', cleanup: 'false', outputs: 'type=cacheonly' }, { workspace: ws(), env: { BUILDX_CONFIG: store } });
  });

  afterAll(() => {
    if (currentBefore) docker('buildx', 'use', currentBefore);
    removeAll(kept);
    removeAll(stateKept);
    fs.rmSync(store, { recursive: true, force: true });
  });

  it('sets up the named builder, leaves it after the post step (cleanup: false), and makes it current (use: true)', () => {
    expect(ok(run)).toEqual({ code: 0, log: '' });
    expect(run.main.stdout).toContain(`builder: setting up ${kept} (docker-container driver): asked for by name, use`);
    expect(run.main.stdout).toContain(`builder ${kept} stays after the job (cleanup: false)`);
    expect(run.main.stdout).toContain(`--builder ${kept}`);
    expect(run.post.exitCode).toBe(0);
    expect(run.post.stdout).not.toContain('removed builder');
    expect(traces(kept)).toEqual({ builder: true, container: true, volume: true });
    expect(docker('buildx', 'inspect').stdout).toMatch(new RegExp(`^Name:\\s+${kept}$`, 'm'));
    expect(docker('buildx', 'ls').stdout).toMatch(new RegExp(`^${kept}\\s*\\*`, 'm'));
  });

  it("sets setup-buildx-action's outputs as docker buildx inspect describes the builder", () => {
    const seen = inspected(kept);
    expect(run.outputs.name).toBe(kept);
    expect(run.outputs.driver).toBe(seen.driver);
    expect(run.outputs.driver).toBe('docker-container');
    const nodes = JSON.parse(run.outputs.nodes) as Array<Record<string, unknown>>;
    expect(nodes.map(n => ({ name: n.name, endpoint: n.endpoint, status: n.status, buildkit: n.buildkit, platforms: n.platforms }))).toEqual(seen.nodes);
    expect(run.outputs.platforms).toBe(seen.nodes.map(n => n.platforms).join(','));
    expect(run.outputs.platforms.split(',')).toContain(`linux/${os.arch() === 'arm64' ? 'arm64' : 'amd64'}`);
  });

  it('keep-state: the post step removes the builder and leaves its state volume', async () => {
    const kept2 = await runAction({ context: '.', name: stateKept, 'keep-state': 'true', outputs: 'type=cacheonly' }, { workspace: ws(), env: { BUILDX_CONFIG: store } });
    expect(ok(kept2)).toEqual({ code: 0, log: '' });
    expect(kept2.post.stdout).toContain(`removed builder ${stateKept} (its BuildKit state kept: keep-state)`);
    expect(traces(stateKept)).toEqual({ builder: false, container: false, volume: true });
  });
});

describe('the outputs without a builder of hoist’s own: the current one', () => {
  beforeAll(requireToolchain);

  // No inspect is spent on them: name and driver as docker buildx inspect says, nodes and
  // platforms as buildx's store holds them (the platforms given to buildx create, if any).
  it("match docker buildx inspect's name, driver and nodes, and the store's declared platforms", async () => {
    const run = await runAction({ context: '.', builder: BUILDER, outputs: 'type=cacheonly' }, { workspace: ws() });
    expect(ok(run)).toEqual({ code: 0, log: '' });
    const seen = spawnSync('docker', ['buildx', 'inspect', BUILDER], { encoding: 'utf8' }).stdout;
    expect(run.outputs.name).toBe(BUILDER);
    expect(run.outputs.driver).toBe(/^Driver:\s+(\S+)/m.exec(seen)![1]);
    expect((JSON.parse(run.outputs.nodes) as Array<{ name: string; endpoint: string }>).map(n => [n.name, n.endpoint])).toEqual([
      [/^Name:\s+(\S+)/m.exec(seen.slice(seen.indexOf('Nodes:')))![1], /^Endpoint:\s+(\S+)/m.exec(seen)![1]]
    ]);
    const store = process.env.BUILDX_CONFIG || path.join(process.env.DOCKER_CONFIG || path.join(os.homedir(), '.docker'), 'buildx');
    const stored = JSON.parse(fs.readFileSync(path.join(store, 'instances', BUILDER.toLowerCase()), 'utf8')) as {
      Nodes: Array<{ Platforms: Array<{ OS: string; Architecture: string; Variant?: string }> | null }>;
    };
    const declared = stored.Nodes.flatMap(n => n.Platforms ?? []).map(p => [p.OS, p.Architecture, p.Variant].filter(Boolean).join('/'));
    expect(run.outputs.platforms).toBe([...new Set(declared)].join(','));
  });
});

describe('version: a buildx release from a mirror', () => {
  const mirror = fs.mkdtempSync(path.join(os.tmpdir(), 'hoist-buildx-mirror-'));
  const toolCache = fs.mkdtempSync(path.join(os.tmpdir(), 'hoist-tool-cache-'));
  const calls = path.join(mirror, 'calls.log');
  const arch = { x64: 'amd64', arm64: 'arm64' }[os.arch() as 'x64' | 'arm64'] ?? os.arch();
  let server: http.Server;
  let url = '';

  /** Serves the release `tag` as the given bytes, with a checksums.txt for `sumOf` (the same bytes unless told). */
  function publish(tag: string, bytes: Buffer, sumOf: Buffer = bytes): void {
    fs.mkdirSync(path.join(mirror, tag), { recursive: true });
    const file = `buildx-${tag}.linux-${arch}`;
    fs.writeFileSync(path.join(mirror, tag, file), bytes);
    fs.writeFileSync(path.join(mirror, tag, 'checksums.txt'), `${createHash('sha256').update(sumOf).digest('hex')} *${file}\n`);
  }

  beforeAll(async () => {
    await requireToolchain();
    // This machine's own buildx plugin, behind a wrapper that notes each call: the release the mirror serves.
    const plugins = JSON.parse(spawnSync('docker', ['info', '--format', '{{json .ClientInfo.Plugins}}'], { encoding: 'utf8' }).stdout) as Array<{ Name: string; Path: string }>;
    const real = plugins.find(p => p.Name === 'buildx')!.Path;
    const wrapper = Buffer.from(`#!/bin/sh\necho "$*" >> ${calls}\nexec ${real} "$@"\n`);
    publish('v0.36.99', wrapper);
    publish('v0.36.98', wrapper, Buffer.from('not the binary'));
    fs.writeFileSync(path.join(mirror, 'buildx-releases.json'), JSON.stringify({ latest: { id: 1, tag_name: 'v0.36.99' }, 'v0.36.99': { id: 1, tag_name: 'v0.36.99' } }));
    server = http.createServer((req, res) => {
      const file = path.join(mirror, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
      if (!file.startsWith(mirror) || !fs.existsSync(file) || !fs.statSync(file).isFile()) return void res.writeHead(404).end();
      res.writeHead(200).end(fs.readFileSync(file));
    });
    await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await new Promise(resolve => server?.close(resolve));
    fs.rmSync(mirror, { recursive: true, force: true });
    fs.rmSync(toolCache, { recursive: true, force: true });
  });

  const build = (version: string) =>
    runAction({ context: '.', builder: BUILDER, outputs: 'type=cacheonly', version, 'cache-binary': 'false' }, { workspace: ws(), env: { HOIST_BUILDX_MIRROR: url, RUNNER_TOOL_CACHE: toolCache } });

  it('latest: resolved from the mirror, downloaded, checked, kept in the tool cache, and the one hoist runs', async () => {
    const run = await build('latest');
    expect(ok(run)).toEqual({ code: 0, log: '' });
    expect(run.main.stdout).toContain(`buildx v0.36.99: downloading ${url}/v0.36.99/buildx-v0.36.99.linux-${arch}`);
    const cached = path.join(toolCache, 'buildx', '0.36.99', os.arch(), 'docker-buildx');
    expect(createHash('sha256').update(fs.readFileSync(cached)).digest('hex')).toBe(
      createHash('sha256')
        .update(fs.readFileSync(path.join(mirror, 'v0.36.99', `buildx-v0.36.99.linux-${arch}`)))
        .digest('hex')
    );
    // hoist's buildx calls went through the release: the wrapper saw the build.
    const seen = fs.readFileSync(calls, 'utf8');
    // The build itself runs on the downloaded buildx (the current builder's outputs need no inspect).
    expect(seen).toMatch(/^buildx build /m);
  });

  it('a second run finds it in the tool cache: nothing downloaded', async () => {
    const run = await build('v0.36.99');
    expect(ok(run)).toEqual({ code: 0, log: '' });
    expect(run.main.stdout).not.toContain('downloading');
    expect(run.main.stdout).toContain('buildx v0.36.99 from the tool cache');
  });

  it("the runner's own version: used as it is, nothing downloaded", async () => {
    const own = /\bv(\d+\.\d+\.\d+)/.exec(spawnSync('docker', ['buildx', 'version'], { encoding: 'utf8' }).stdout)![1];
    const run = await build(`v${own}`);
    expect(ok(run)).toEqual({ code: 0, log: '' });
    expect(run.main.stdout).toContain(`buildx v${own}: the runner's own (version: v${own})`);
  });

  it('cache-binary: a download is kept in the Actions cache, and a runner with an empty tool cache takes it from there', async () => {
    const server = await startCacheServer();
    try {
      const real = fs.readFileSync(path.join(mirror, 'v0.36.99', `buildx-v0.36.99.linux-${arch}`));
      publish('v0.36.97', real);
      const run = (toolDir: string) =>
        runAction(
          { context: '.', builder: BUILDER, outputs: 'type=cacheonly', version: 'v0.36.97' },
          { workspace: ws(), env: { ...server.env, HOIST_BUILDX_MIRROR: url, RUNNER_TOOL_CACHE: toolDir } }
        );
      const first = await run(fs.mkdtempSync(path.join(toolCache, 'first-')));
      expect(ok(first)).toEqual({ code: 0, log: '' });
      expect(first.main.stdout).toContain('buildx v0.36.97: kept in the Actions cache (cache-binary)');
      expect(server.entries().map(e => e.key)).toContain(`hoist-buildx-bin-v0.36.97-linux-${arch}`);
      // The mirror no longer has it: only the Actions cache can give it.
      fs.rmSync(path.join(mirror, 'v0.36.97'), { recursive: true });
      const second = await run(fs.mkdtempSync(path.join(toolCache, 'second-')));
      expect(ok(second)).toEqual({ code: 0, log: '' });
      expect(second.main.stdout).toMatch(/^buildx v0\.36\.97 from the Actions cache: /m);
      expect(second.main.stdout).not.toContain('downloading');
    } finally {
      await server.close();
    }
  });

  it('a checksum mismatch fails the step before any build, and keeps nothing', async () => {
    fs.rmSync(calls, { force: true });
    const run = await build('v0.36.98');
    expect(run.main.exitCode).not.toBe(0);
    expect(run.main.stdout).toMatch(
      /^::error::version: buildx v0\.36\.98 could not be installed: buildx-v0\.36\.98\.linux-\S+ does not match its checksum: sha256 [0-9a-f]{64}, checksums.txt says [0-9a-f]{64}\.$/m
    );
    expect(run.main.stdout).not.toContain('buildx build');
    expect(fs.existsSync(calls)).toBe(false);
    expect(fs.existsSync(path.join(toolCache, 'buildx', '0.36.98'))).toBe(false);
  });

  it('a version that is not a release is an input error, before anything runs', async () => {
    const run = await build('master');
    expect(run.main.exitCode).not.toBe(0);
    expect(run.main.stdout).toContain("input 'version': 'master' is not a buildx release.");
    expect(run.main.stdout).not.toContain('downloading');
  });
});

describe('binfmt-platforms: the emulators it names, whatever the analysis says', () => {
  beforeAll(requireToolchain);

  it('registers arm64 for a Dockerfile that needs none, says so, and the handler is put back as it was after', async () => {
    let run!: ActionRun;
    let registered = false;
    await withoutHandler('qemu-aarch64', async () => {
      expect(handlerEnabled('qemu-aarch64')).toBe(false);
      run = await runAction({ context: '.', builder: BUILDER, outputs: 'type=cacheonly', 'binfmt-platforms': 'arm64' }, { workspace: ws() });
      registered = handlerEnabled('qemu-aarch64');
    });
    expect(ok(run)).toEqual({ code: 0, log: '' });
    expect(run.main.stdout).toContain(
      "QEMU: registering arm64 with docker.io/tonistiigi/binfmt:latest, as binfmt-platforms asks (instead of the analysis' choice: the Dockerfile analysis asks for none)"
    );
    expect(registered).toBe(true);
    expect(handlerEnabled('qemu-aarch64')).toBe(true);
  });
});
