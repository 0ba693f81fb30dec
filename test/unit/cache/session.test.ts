// CacheSession (cache/session.ts) with an in-memory Actions cache and a scripted exec: which restores and saves run, and the notes and warnings they leave.
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { ActionsCache } from '../../../src/cache/actions-cache.js';
import { CacheSession, type CacheSessionDeps } from '../../../src/cache/session.js';
import type { CachePlan } from '../../../src/plan/cache.js';
import { RegistryClient } from '../../../src/registry/client.js';
import type { HttpTransport } from '../../../src/registry/http.js';
import type { Exec, ExecResult } from '../../../src/util/exec.js';
import { MemoryRegistry } from '../../helpers/registry.js';
import { facts } from '../../helpers/facts.js';

const GO = 'FROM golang:1.22 AS deps\nRUN --mount=type=cache,target=/go/pkg/mod go mod download\nFROM deps AS build\nRUN --mount=type=cache,target=/root/.cache/go-build go build -o /app .\n';
const NO_MOUNTS = 'FROM alpine\nRUN true\n';
/** Progress of a build whose mount step ran, and of one whose mount steps all came from the cache. */
const MOUNT_RAN = '#8 [build 2/2] RUN --mount=type=cache,target=/root/.cache/go-build go build -o /app .\n#8 0.512 compiling\n#8 DONE 3.1s\n';
const MOUNT_CACHED = '#8 [build 2/2] RUN --mount=type=cache,target=/root/.cache/go-build go build -o /app .\n#8 CACHED\n';
const github = facts().github;

/**
 * The Actions cache: `has` says which entry a lookup finds (the exact key, an older one by the first restore key, none);
 * an entry found once is there to download, which runs `download` (false: the download fails).
 */
class MemoryActionsCache implements ActionsCache {
  readonly calls: string[] = [];
  private readonly stored = new Set<string>();
  constructor(
    private readonly has: 'exact' | 'older' | 'none',
    private readonly download: (directory: string) => boolean = () => true,
    private readonly saves = true
  ) {}
  async restore(directory: string, key: string, restoreKeys: string[], options?: { lookupOnly?: boolean }): Promise<string | undefined> {
    this.calls.push(`restore ${path.basename(directory)} ${key}${options?.lookupOnly ? ' (lookup)' : ''}`);
    const found = this.stored.has(key) || this.has === 'exact' ? key : this.has === 'older' ? `${restoreKeys[0]}older` : undefined;
    if (!found) return undefined;
    this.stored.add(found);
    if (options?.lookupOnly) return found;
    return this.download(directory) ? found : undefined;
  }
  async save(directory: string, key: string): Promise<boolean> {
    this.calls.push(`save ${path.basename(directory)} ${key}`);
    return this.saves;
  }
}

/** docker as the helper builds see it: `buildx du` answers `du`; each helper build gets the next of `helpers`. */
function scriptedExec(du: string, helpers: Array<(argv: string[]) => ExecResult>): { exec: Exec; calls: string[] } {
  const calls: string[] = [];
  const exec: Exec = async (_command, args) => {
    calls.push(args.slice(0, 2).join(' '));
    if (args[1] === 'du') return { exitCode: 0, stdout: du, stderr: '' };
    const helper = helpers.shift();
    if (args[1] !== 'build' || !helper) throw new Error(`unexpected call ${args.join(' ')}`);
    return helper(args);
  };
  return { exec, calls };
}
/** A helper build's plain progress (stderr), with the sizes its steps print. */
const helperOk = (kilobytes: number): ExecResult => ({ exitCode: 0, stdout: '', stderr: `#7 0.120 hoist-mount 0 ${kilobytes}\n#7 DONE 0.2s\n` });
const helperFails = (error: string): ExecResult => ({ exitCode: 1, stdout: '', stderr: `#7 ERROR: ${error}\nERROR: failed to build: ${error}` });
/** What `buildx du --verbose` says of a builder that holds both mounts of GO. */
const HOLDS_BOTH = ['/go/pkg/mod', '/root/.cache/go-build']
  .map(id => `ID: x\nSize:         181.97MB\nDescription:  cached mount ${id} from exec /bin/sh -c go with id "/${id}"\nType:         exec.cachemount\n`)
  .join('\n');

let tmp: string;
beforeEach(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'hoist-session-'));
});
afterEach(() => fs.rmSync(tmp, { recursive: true, force: true }));

function setup(options: { cache: MemoryActionsCache; exec?: Exec; transport?: HttpTransport; plan: Partial<CachePlan> }) {
  const said: Array<[string, string]> = [];
  const deps: CacheSessionDeps = {
    exec: options.exec ?? scriptedExec('', []).exec,
    registry: new RegistryClient({ transport: options.transport ?? (async () => ({ status: 404, headers: {}, body: Buffer.alloc(0) })), attempts: 1 }),
    actionsCache: options.cache,
    info: m => said.push(['info', m]),
    warning: m => said.push(['warning', m]),
    tmpDir: tmp
  };
  const plan: CachePlan = { mode: 'local', layers: { from: [], to: [] }, scope: 'acme/backend', stages: [], buildId: 'Dockerfile|linux/amd64', mountsMaxKilobytes: 1024, ...options.plan };
  const open = (dockerfile: string | undefined, askBuilder = true) =>
    CacheSession.open(
      deps,
      plan,
      { 'build-args': [], builder: 'hoist' },
      github,
      dockerfile === undefined ? undefined : { path: path.join(tmp, 'Dockerfile'), text: dockerfile, origin: 'local', contextDir: tmp, localPath: path.join(tmp, 'Dockerfile') },
      {
        askBuilder
      }
    );
  return { said, open };
}

describe("cache: local's layer cache", () => {
  const local = () => ({ directory: path.join(tmp, 'layers'), fresh: path.join(tmp, 'layers-new') });
  const KEY = /^hoist-layers-[0-9a-f]{16}-main-[0-9a-f]{16}-123-1$/;

  it('starts cold when nothing is saved, clearing an old export', async () => {
    fs.mkdirSync(local().fresh);
    const cache = new MemoryActionsCache('none');
    const { said, open } = setup({ cache, plan: { local: local() } });
    const session = await open(NO_MOUNTS);
    expect(said).toEqual([['info', 'layer cache: nothing saved yet for this build; it starts cold']]);
    expect(session.localCacheRestored).toBe(false);
    expect(fs.existsSync(local().fresh)).toBe(false);
    expect(cache.calls).toEqual([expect.stringMatching(/^restore layers hoist-layers-/)]);
    expect(cache.calls[0].split(' ')[2]).toMatch(KEY);
  });

  it('restores the nearest entry, and saves nothing new when no step ran', async () => {
    const cache = new MemoryActionsCache('older');
    const { said, open } = setup({ cache, plan: { local: local() } });
    const session = await open(NO_MOUNTS);
    const matched = said[0][1].replace('layer cache: restored ', '');
    expect(matched).toMatch(/^hoist-layers-[0-9a-f]{16}-main-[0-9a-f]{16}-older$/);
    expect(session.localCacheRestored).toBe(true);
    await session.save([], false);
    expect(session.notes).toEqual({ layers: `restored ${matched}; nothing new to save` });
    expect(cache.calls).toHaveLength(1);
  });

  it('says there was nothing to save when the export wrote no layout', async () => {
    const { open } = setup({ cache: new MemoryActionsCache('none'), plan: { local: local() } });
    const session = await open(NO_MOUNTS);
    await session.save([], true);
    expect(session.notes).toEqual({ layers: 'nothing exported to save' });
  });

  it("swaps the build's fresh export in and saves it under the run's key", async () => {
    const cache = new MemoryActionsCache('none');
    const { open } = setup({ cache, plan: { local: local() } });
    const session = await open(NO_MOUNTS);
    fs.mkdirSync(path.join(local().directory, 'blobs'), { recursive: true });
    fs.writeFileSync(path.join(local().directory, 'blobs', 'stale'), 'old blob');
    fs.mkdirSync(path.join(local().fresh, 'blobs', 'sha256'), { recursive: true });
    fs.writeFileSync(path.join(local().fresh, 'index.json'), '{"manifests":[]}');
    fs.writeFileSync(path.join(local().fresh, 'blobs', 'sha256', 'abc'), '0123456789');
    await session.save([], true);
    const key = cache.calls[0].split(' ')[2];
    expect(cache.calls[1]).toBe(`save layers ${key}`);
    expect(session.notes).toEqual({ layers: `saved 26 B as ${key}` });
    expect(fs.readdirSync(local().directory, { recursive: true }).sort()).toEqual(['blobs', 'blobs/sha256', 'blobs/sha256/abc', 'index.json']);
    expect(fs.existsSync(local().fresh)).toBe(false);
  });

  it('says when the Actions cache did not take it', async () => {
    const { open } = setup({ cache: new MemoryActionsCache('older', undefined, false), plan: { local: local() } });
    const session = await open(NO_MOUNTS);
    fs.mkdirSync(local().fresh);
    fs.writeFileSync(path.join(local().fresh, 'index.json'), '{}');
    await session.save([MOUNT_RAN], true);
    expect(session.notes.layers).toMatch(/^restored hoist-layers-\S+-older; not saved \(see the warnings\)$/);
  });
});

describe('cache mounts kept in the Actions cache', () => {
  const mounts = () => ({ directory: path.join(tmp, 'mounts') });
  /** A download that brings back a saved OCI layout. */
  const downloads = (directory: string): boolean => {
    fs.mkdirSync(directory, { recursive: true });
    fs.writeFileSync(path.join(directory, 'index.json'), JSON.stringify({ manifests: [{ digest: `sha256:${'b'.repeat(64)}` }] }));
    return true;
  };

  it('carries nothing from a Dockerfile without cache mounts', async () => {
    const cache = new MemoryActionsCache('exact');
    const { said, open } = setup({ cache, plan: { mounts: mounts() } });
    const session = await open(NO_MOUNTS);
    expect([session.canRestoreMounts, session.mountChains, said, cache.calls]).toEqual([false, [], [], []]);
    await session.save([MOUNT_RAN], true);
    expect(session.notes).toEqual({});
  });

  it('looks the entry up without downloading it, and finds none', async () => {
    const cache = new MemoryActionsCache('none');
    const { said, open } = setup({ cache, plan: { mounts: mounts() } });
    const session = await open(GO, false);
    expect(said).toEqual([
      ['info', 'cache mounts: carrying /go/pkg/mod, /root/.cache/go-build'],
      ['info', 'cache mounts: none saved yet in the Actions cache']
    ]);
    expect(cache.calls).toEqual([expect.stringMatching(/^restore mounts hoist-mounts-oci-[0-9a-f]{16}-[0-9a-f]{32} \(lookup\)$/)]);
    expect(session.canRestoreMounts).toBe(false);
    expect(session.mountChains).toEqual([['deps'], ['build', 'deps']]);
  });

  it('finds an entry, and restores nothing when the builder holds the mounts already', async () => {
    const cache = new MemoryActionsCache('older', downloads);
    const { exec, calls } = scriptedExec(HOLDS_BOTH, []);
    const { said, open } = setup({ cache, exec, plan: { mounts: mounts() } });
    const session = await open(GO);
    expect(said[1]).toEqual(['info', expect.stringMatching(/^cache mounts: found hoist-mounts-oci-[0-9a-f]{16}-older in the Actions cache$/)]);
    expect([session.canRestoreMounts, session.builderHoldsMounts, session.mountsInPlace]).toEqual([true, true, false]);
    await session.restoreMounts();
    expect(session.notes).toEqual({ mounts: 'not restored: the builder already holds them' });
    expect([session.canRestoreMounts, session.mountsInPlace]).toEqual([false, true]);
    expect(calls).toEqual(['buildx du']);
    expect(cache.calls).toHaveLength(1);
    expect(said[2]).toEqual(['info', 'cache mounts: not restored: the builder already holds them']);
  });

  it('warns and goes on when the entry cannot be downloaded', async () => {
    const cache = new MemoryActionsCache('older', () => false);
    const { said, open } = setup({ cache, plan: { mounts: mounts() } });
    const session = await open(GO, false);
    await session.restoreMounts();
    const entry = said[1][1].replace(/^cache mounts: found (\S+) in the Actions cache$/, '$1');
    expect(said[2]).toEqual(['warning', `cache mounts: restoring them failed (the Actions cache entry ${entry} could not be downloaded); the build goes on without them`]);
    expect(session.notes).toEqual({ mounts: 'restore failed' });
    expect(session.mountsInPlace).toBe(false);
  });

  it("downloads when the build needs them, falls back to the mounts' images, and restores once", async () => {
    const cache = new MemoryActionsCache('older', downloads);
    const { exec, calls } = scriptedExec('', [() => helperFails('exec format error'), () => helperOk(2_048)]);
    const { said, open } = setup({ cache, exec, plan: { mounts: mounts() } });
    const session = await open(GO, false);
    await Promise.all([session.restoreMounts(), session.restoreMounts()]);
    expect(calls).toEqual(['buildx build', 'buildx build']);
    expect(said.slice(2).map(([kind, text]) => [kind, text.replace(/\d+\.\d s/g, 'N s')])).toEqual([
      ['info', "cache mounts: the saved files' own programs did not run here (ERROR: failed to build: exec format error); restoring on golang:1.22"],
      ['info', 'cache mounts: restored 2.1 MB in N s (download N s, into the builder N s)']
    ]);
    expect(session.mountsInPlace).toBe(true);
    expect(session.canRestoreMounts).toBe(false);
  });

  it('saves nothing when no mount step ran, keeping what the restore said', async () => {
    const { open } = setup({ cache: new MemoryActionsCache('none'), plan: { mounts: mounts() } });
    const session = await open(GO, false);
    await session.save([MOUNT_CACHED, '#1 DONE\n'], true);
    expect(session.notes).toEqual({ mounts: 'not needed: every step that uses them came from the cache' });
  });

  it('does not save again what was saved under the same dependencies', async () => {
    const cache = new MemoryActionsCache('exact');
    const { open } = setup({ cache, plan: { mounts: mounts() } });
    const session = await open(GO, false);
    await session.save([MOUNT_RAN], true);
    expect(session.notes).toEqual({ mounts: 'not saved again: dependencies unchanged' });
    expect(cache.calls).toHaveLength(1);
  });

  it('saves what changed as a fresh layout under the dependencies key', async () => {
    const cache = new MemoryActionsCache('none');
    const { exec } = scriptedExec('', [
      argv => {
        const dest = /dest=([^,]+)/.exec(argv[argv.indexOf('--output') + 1])![1];
        fs.mkdirSync(dest, { recursive: true });
        fs.writeFileSync(path.join(dest, 'index.json'), '{}');
        return helperOk(1_000);
      }
    ]);
    const { said, open } = setup({ cache, exec, plan: { mounts: mounts() } });
    const session = await open(GO, false);
    await session.save([MOUNT_RAN], true);
    const entryKey = cache.calls[0].split(' ')[2];
    expect(cache.calls[1]).toBe(`save mounts ${entryKey}`);
    expect(fs.readdirSync(mounts().directory)).toEqual(['index.json']);
    expect(fs.existsSync(`${mounts().directory}-new`)).toBe(false);
    expect(session.notes.mounts).toMatch(/^saved 1\.0 MB in \d+\.\d s$/);
    expect(said[2]).toEqual(['info', expect.stringMatching(/^cache mounts: saved 1\.0 MB in \d+\.\d s to the Actions cache$/)]);
  });

  it('warns when a mount is over cache-mounts-max-size, naming it', async () => {
    const { exec } = scriptedExec('', [() => ({ exitCode: 1, stdout: '', stderr: '#7 0.300 hoist-mount-too-large 1 5000\n#7 ERROR: process did not complete successfully: exit code: 3\n' })]);
    const { said, open } = setup({ cache: new MemoryActionsCache('none'), exec, plan: { mounts: mounts() } });
    const session = await open(GO, false);
    await session.save([MOUNT_RAN], true);
    expect(said[2]).toEqual(['warning', 'cache mounts: not saved: /root/.cache/go-build holds 5.1 MB, over cache-mounts-max-size (1.0 MB)']);
    expect(session.notes).toEqual({ mounts: 'not saved: /root/.cache/go-build holds 5.1 MB, over cache-mounts-max-size (1.0 MB)' });
  });

  it('warns when saving fails, the build having succeeded', async () => {
    const { exec } = scriptedExec('', [() => helperFails('no space left on device')]);
    const { said, open } = setup({ cache: new MemoryActionsCache('none'), exec, plan: { mounts: mounts() } });
    const session = await open(GO, false);
    await session.save([MOUNT_RAN], true);
    expect(said[2]).toEqual(['warning', 'cache mounts: saving them failed (ERROR: failed to build: no space left on device); the build itself succeeded']);
    expect(session.notes).toEqual({ mounts: 'saving failed' });
  });
});

describe('cache mounts kept as an image in the registry', () => {
  const image = 'registry.test/acme/backend:cache-mounts';

  it('says none is saved yet when the registry has none', async () => {
    const { said, open } = setup({ cache: new MemoryActionsCache('none'), plan: { mounts: { image, readFrom: [image] } } });
    const session = await open(GO, false);
    expect(said[1]).toEqual(['info', `cache mounts: none saved yet at ${image}`]);
    expect(session.canRestoreMounts).toBe(false);
  });

  it("a branch restores from its own image first, then from the default branch's, never from another branch's", async () => {
    const own = 'registry.test/acme/backend:buildcache-feature-mounts';
    const main = 'registry.test/acme/backend:buildcache-mounts';
    const registry = new MemoryRegistry();
    registry.putImage('acme/backend', 'buildcache-mounts', 1_000, { labels: { 'dev.hoist.cache-mounts.key': 'sha256:main' }, index: false });
    registry.putImage('acme/backend', 'buildcache-other-mounts', 1_000, { labels: { 'dev.hoist.cache-mounts.key': 'sha256:other' }, index: false });
    const { said, open } = setup({ cache: new MemoryActionsCache('none'), transport: registry.transport, plan: { mounts: { image: own, readFrom: [own, main] } } });
    const session = await open(GO, false);
    expect(said.slice(1, 3)).toEqual([
      ['info', `cache mounts: none saved yet at ${own}`],
      ['info', expect.stringMatching(new RegExp(`^cache mounts: found ${main.replace(/\./g, '\\.')} \\(`))]
    ]);
    expect(session.canRestoreMounts).toBe(true);
  });

  it('warns and starts without them when the registry cannot be read', async () => {
    const transport: HttpTransport = async () => ({ status: 503, headers: {}, body: Buffer.alloc(0) });
    const { said, open } = setup({ cache: new MemoryActionsCache('none'), transport, plan: { mounts: { image, readFrom: [image] } } });
    const session = await open(GO, false);
    expect(said[1]).toEqual([
      'warning',
      `cache mounts: could not read ${image} (registry.test/acme/backend/manifests/cache-mounts answered HTTP 503 (gave up after 1 attempt)); this build starts without them`
    ]);
    expect(session.canRestoreMounts).toBe(false);
  });
});
