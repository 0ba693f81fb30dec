// The real @actions/cache 6 against the local cache-service stand-in (test/servers/actions-cache.ts):
// what is saved comes back byte for byte, lookups follow GitHub's matching rules, and the
// service's failure modes reach the library the way the real ones do.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { restoreCache, saveCache } from '@actions/cache';
import { BlockBlobClient } from '@azure/storage-blob';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { actionsCache } from '../../../src/cache/actions-cache.js';
import { startCacheServer, type CacheServer } from '../../servers/actions-cache.js';

const MiB = 1024 * 1024;
let server: CacheServer;
let root: string;
let savedEnv: NodeJS.ProcessEnv;
/** What @actions/core printed (info, ::warning::, ::debug::) during the current test. */
let output: string[];

beforeAll(async () => {
  server = await startCacheServer();
});
afterAll(async () => {
  await server.close();
});
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'hoist-actions-cache-'));
  mkdirSync(join(root, 'temp'));
  savedEnv = { ...process.env };
  // What a runner provides: the cache service, a temp dir for archives, and the workspace that
  // tar paths are relative to. GITHUB_SERVER_URL matters: anything but github.com/*.ghe.com
  // counts as GHES, and on GHES the library silently falls back to cache service v1.
  Object.assign(process.env, server.env, { RUNNER_TEMP: join(root, 'temp'), GITHUB_WORKSPACE: root, GITHUB_SERVER_URL: 'https://github.com' });
  delete process.env.ACTIONS_CACHE_MODE;
  output = [];
  jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    output.push(String(chunk));
    return true;
  });
  server.fault(undefined);
});
afterEach(() => {
  jest.restoreAllMocks();
  for (const k of Object.keys(process.env)) if (!(k in savedEnv)) delete process.env[k];
  Object.assign(process.env, savedEnv);
  rmSync(root, { recursive: true, force: true });
});

/** Writes files under <root>/<dir> and returns their contents by relative name. */
function tree(dir: string, files: Record<string, Buffer>): Map<string, Buffer> {
  for (const [name, data] of Object.entries(files)) {
    mkdirSync(join(root, dir, name, '..'), { recursive: true });
    writeFileSync(join(root, dir, name), data);
  }
  return new Map(Object.entries(files));
}
const warnings = (): string[] => output.filter(l => l.startsWith('::warning::')).map(l => l.trim());
const twirpCalls = (): string[] => server.requests.filter(r => r.path.startsWith('/twirp/')).map(r => r.path.split('/').pop() ?? '');

describe('@actions/cache 6 against the cache service stand-in', () => {
  it('saves a directory and restores it byte for byte', async () => {
    const files = tree('deps', {
      'a.txt': Buffer.from('hello cache\n'),
      'nested/b.json': Buffer.from(JSON.stringify({ n: 1 })),
      'blob.bin': randomBytes(9 * MiB) // incompressible, so the archive is > 8 MiB too
    });
    const paths = [join(root, 'deps')];
    server.requests.length = 0;
    const id = await saveCache(paths, 'deps-linux-abc');
    expect(id).toBeGreaterThan(0);
    expect(warnings()).toEqual([]);
    const entry = server.entries().find(e => e.key === 'deps-linux-abc');
    expect(entry).toMatchObject({ finalized: true, scope: 'refs/heads/main' });
    expect(entry!.size).toBeGreaterThan(9 * MiB);
    expect(twirpCalls()).toEqual(['CreateCacheEntry', 'FinalizeCacheEntryUpload']);
    // Under 128 MiB the Azure SDK uploads the archive in one Put Blob.
    expect(server.requests.filter(r => r.method === 'PUT').map(r => r.path)).toEqual([expect.stringMatching(/^\/devstoreaccount1\/actions-cache\/\d+\?sp=cw$/)]);

    rmSync(join(root, 'deps'), { recursive: true });
    expect(await restoreCache(paths, 'deps-linux-abc')).toBe('deps-linux-abc');
    for (const [name, data] of files) expect(readFileSync(join(root, 'deps', name)).equals(data)).toBe(true);
  });

  it('an archive over 128 MiB goes up in 64 MiB staged blocks and comes back whole', async () => {
    // @actions/cache v2 hands the Azure SDK maxSingleShotSize 128 MiB and blockSize 64 MiB.
    const files = tree('big', { 'big.bin': randomBytes(129 * MiB) });
    const paths = [join(root, 'big')];
    server.requests.length = 0;
    expect(await saveCache(paths, 'big')).toBeGreaterThan(0);
    const comps = server.requests.filter(r => r.method === 'PUT').map(r => new URLSearchParams(r.path.split('?')[1]).get('comp'));
    expect(comps).toEqual(['block', 'block', 'block', 'blocklist']);
    rmSync(join(root, 'big'), { recursive: true });
    expect(await restoreCache(paths, 'big')).toBe('big');
    expect(readFileSync(join(root, 'big', 'big.bin')).equals(files.get('big.bin')!)).toBe(true);
  }, 60_000);

  it('matches restore keys by prefix, newest first, and only within the same version', async () => {
    const paths = [join(root, 'm')];
    tree('m', { f: Buffer.from('old') });
    await saveCache(paths, 'npm-linux-1111');
    tree('m', { f: Buffer.from('new') });
    await saveCache(paths, 'npm-linux-2222');
    // Same key prefix, other paths: a different version, never a candidate for `paths`.
    tree('other', { f: Buffer.from('other') });
    await saveCache([join(root, 'other')], 'npm-linux-3333');
    expect(
      server
        .entries()
        .filter(e => e.key.startsWith('npm-linux-'))
        .map(e => e.finalized)
    ).toEqual([true, true, true]);

    rmSync(join(root, 'm'), { recursive: true });
    expect(await restoreCache(paths, 'npm-linux-9999', ['npm-mac-', 'npm-linux-'])).toBe('npm-linux-2222');
    expect(readFileSync(join(root, 'm', 'f'), 'utf8')).toBe('new');
    expect(output.join('')).toContain('Cache hit for restore-key: npm-linux-2222');
    // An exact key beats a newer prefix match; a miss is undefined without a warning.
    expect(await restoreCache(paths, 'npm-linux-1111', ['npm-linux-'], { lookupOnly: true })).toBe('npm-linux-1111');
    expect(await restoreCache(paths, 'yarn-', ['pnpm-'])).toBeUndefined();
    expect(warnings()).toEqual([]);
  });

  it('refuses to overwrite an existing key: saveCache neither throws nor adds an entry', async () => {
    const paths = [join(root, 'once')];
    tree('once', { f: Buffer.from('first') });
    expect(await saveCache(paths, 'immutable')).toBeGreaterThan(0);
    tree('once', { f: Buffer.from('second') });
    output = [];
    expect(await saveCache(paths, 'immutable')).toBe(-1);
    expect(server.entries().filter(e => e.key === 'immutable')).toHaveLength(1);
    // The 409 text is only in the debug log; the user sees an info line, not a warning.
    expect(output.join('')).toContain('(409) Conflict: cache entry with the same key, version, and scope already exists');
    expect(output.join('')).toContain('Failed to save: Unable to reserve cache with key immutable, another job may be creating this cache.');
    rmSync(join(root, 'once'), { recursive: true });
    expect(await restoreCache(paths, 'immutable')).toBe('immutable');
    expect(readFileSync(join(root, 'once', 'f'), 'utf8')).toBe('first');
  });

  it('rate limiting (429) makes restoreCache warn and miss, without retrying', async () => {
    const paths = [join(root, 'r')];
    tree('r', { f: Buffer.from('x') });
    await saveCache(paths, 'rl');
    server.fault({ kind: '429', retryAfterSeconds: 60 });
    server.requests.length = 0;
    output = [];
    expect(await restoreCache(paths, 'rl')).toBeUndefined();
    expect(warnings()).toEqual([
      "::warning::You've hit a rate limit, your rate limit will reset in 60 seconds",
      expect.stringContaining('Failed to restore: Failed to GetCacheEntryDownloadURL: Rate limited: Failed request: (429) Too Many Requests: rate limit exceeded')
    ]);
    expect(twirpCalls()).toEqual(['GetCacheEntryDownloadURL']);
  });

  it('an unreachable service makes restoreCache warn and miss, and saveCache warn without throwing', async () => {
    const paths = [join(root, 'd')];
    tree('d', { f: Buffer.from('x') });
    server.fault({ kind: 'down' });
    expect(await restoreCache(paths, 'down')).toBeUndefined();
    expect(warnings()).toEqual([expect.stringMatching(/^::warning::Failed to restore: Failed to GetCacheEntryDownloadURL: Unable to make request: ECONNRESET/)]);
    output = [];
    expect(await saveCache(paths, 'down')).toBe(-1);
    expect(output.join('')).toContain('Failed to save: Unable to reserve cache with key down');
    server.fault(undefined);
    expect(server.entries().filter(e => e.key === 'down')).toEqual([]);
  });

  it('a used-up storage quota makes saveCache give up quietly (the quota reason only reaches the debug log)', async () => {
    const paths = [join(root, 'q')];
    tree('q', { f: Buffer.from('x') });
    server.fault({ kind: 'quota' });
    expect(await saveCache(paths, 'quota')).toBe(-1);
    const printed = output.join('');
    expect(printed).toContain('::debug::Failed to reserve cache: Error: Failed to CreateCacheEntry: Cache storage quota has been hit. Unable to upload any new cache entries.');
    expect(printed).toContain('Failed to save: Unable to reserve cache with key quota, another job may be creating this cache.');
    expect(warnings()).toEqual([]);
    expect(server.entries().filter(e => e.key === 'quota')).toEqual([]);
  });

  it('rejects a missing or wrong runtime token with a twirp 401', async () => {
    const call = (auth?: string): Promise<Response> =>
      fetch(`${server.url}twirp/github.actions.results.api.v1.CacheService/GetCacheEntryDownloadURL`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(auth ? { authorization: auth } : {}) },
        body: JSON.stringify({ key: 'k', version: 'v' })
      });
    for (const auth of [undefined, 'Bearer nope']) {
      const res = await call(auth);
      expect([res.status, await res.json()]).toEqual([401, { code: 'unauthenticated', msg: expect.any(String) }]);
    }
    const ok = await call(`Bearer ${server.token}`);
    expect([ok.status, await ok.json()]).toEqual([200, { ok: false, signed_download_url: '', matched_key: '' }]);
  });
});

describe('the blob side with the Azure SDK directly', () => {
  // @actions/cache only switches to staged blocks above 128 MiB and only downloads with the SDK
  // from *.blob.core.windows.net, so the block, range and properties calls are driven here.
  async function reserve(key: string): Promise<string> {
    const res = await fetch(`${server.url}twirp/github.actions.results.api.v1.CacheService/CreateCacheEntry`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${server.token}` },
      body: JSON.stringify({ key, version: 'sdk' })
    });
    return ((await res.json()) as { signed_upload_url: string }).signed_upload_url;
  }
  async function finalizeAndLocate(key: string, size: number): Promise<string> {
    const post = (method: string, body: unknown): Promise<Response> =>
      fetch(`${server.url}twirp/github.actions.results.api.v1.CacheService/${method}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${server.token}` },
        body: JSON.stringify(body)
      });
    expect(await (await post('FinalizeCacheEntryUpload', { key, version: 'sdk', size_bytes: String(size) })).json()).toEqual({ ok: true, entry_id: expect.stringMatching(/^\d+$/) });
    const found = (await (await post('GetCacheEntryDownloadURL', { key, version: 'sdk' })).json()) as { matched_key: string; signed_download_url: string };
    expect(found.matched_key).toBe(key);
    return found.signed_download_url;
  }

  it('stages blocks, commits the block list, and serves ranges and properties', async () => {
    const data = randomBytes(5 * MiB + 123);
    const upload = await reserve('blocks');
    server.requests.length = 0;
    await new BlockBlobClient(upload).uploadData(data, { blockSize: MiB, maxSingleShotSize: MiB, concurrency: 3 });
    const puts = server.requests.filter(r => r.method === 'PUT').map(r => new URLSearchParams(r.path.split('?')[1]).get('comp'));
    expect(puts).toEqual([...Array(6).fill('block'), 'blocklist']);

    const download = await finalizeAndLocate('blocks', data.length);
    const client = new BlockBlobClient(download);
    const props = await client.getProperties();
    expect([props.contentLength, props.blobType]).toEqual([data.length, 'BlockBlob']);
    expect((await client.downloadToBuffer(0, data.length, { blockSize: 2 * MiB, concurrency: 2 })).equals(data)).toBe(true);
    expect((await client.downloadToBuffer(MiB + 7, 1000)).equals(data.subarray(MiB + 7, MiB + 1007))).toBe(true);
    // Signatures are per purpose: the download URL cannot write, the upload URL cannot read.
    await expect(new BlockBlobClient(download).uploadData(Buffer.from('x'))).rejects.toMatchObject({ statusCode: 403 });
    await expect(new BlockBlobClient(upload).getProperties()).rejects.toMatchObject({ statusCode: 403 });
    expect(server.entries().find(e => e.key === 'blocks')).toEqual({ id: expect.any(Number), key: 'blocks', version: 'sdk', size: data.length, finalized: true, scope: 'refs/heads/main' });
  });

  it('refuses to finalize an entry whose upload never happened', async () => {
    await reserve('empty');
    const res = await fetch(`${server.url}twirp/github.actions.results.api.v1.CacheService/FinalizeCacheEntryUpload`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${server.token}` },
      body: JSON.stringify({ key: 'empty', version: 'sdk', size_bytes: '10' })
    });
    expect(res.status).toBe(412);
    expect(server.entries().find(e => e.key === 'empty')).toMatchObject({ finalized: false, size: 0 });
  });
});

describe("hoist's actionsCache: an entry comes back on a runner whose paths differ", () => {
  // The home directory is the process's own (@actions/glob expands ~ with it, and jest's
  // process.env is a copy the native call does not see); each runner gets temp and
  // workspace directories of its own, as act's runs and self-hosted runners do.
  const cacheRoot = join(homedir(), '.cache', 'hoist');
  const build = `test-${process.pid}-${Date.now()}`;
  afterEach(() => rmSync(join(cacheRoot, build), { recursive: true, force: true }));
  const runner = (name: string, workspace: string): void => {
    for (const dir of ['temp', workspace]) mkdirSync(join(root, name, dir), { recursive: true });
    Object.assign(process.env, { RUNNER_TEMP: join(root, name, 'temp'), GITHUB_WORKSPACE: join(root, name, workspace) });
  };

  it('saves under ~/.cache/hoist on one runner and restores it on another, by the same key', async () => {
    const warned: string[] = [];
    const mounts = join(cacheRoot, build, 'mounts');
    runner('first', 'work/repo');
    const files = { 'a.txt': Buffer.from('saved on the first runner\n'), 'nested/b.bin': randomBytes(4096) };
    for (const [name, data] of Object.entries(files)) {
      mkdirSync(join(mounts, name, '..'), { recursive: true });
      writeFileSync(join(mounts, name), data);
    }
    expect(await actionsCache(m => warned.push(m), cacheRoot).save(mounts, `hoist-mounts-${build}`)).toBe(true);
    // The runner's own workspace is back once the call is done.
    expect(process.env.GITHUB_WORKSPACE).toBe(join(root, 'first', 'work', 'repo'));
    rmSync(join(cacheRoot, build), { recursive: true });

    // A workspace at another depth: archives stored relative to it would unpack elsewhere.
    runner('second', 'runner-2/_work/repo/repo');
    const cache = actionsCache(m => warned.push(m), cacheRoot);
    // Two calls at once (the layer restore and the mounts lookup do this): both see the same root.
    const [matched, looked] = await Promise.all([cache.restore(mounts, `hoist-mounts-${build}`, []), cache.restore(join(cacheRoot, build, 'layers'), 'none-such', ['none-'], { lookupOnly: true })]);
    expect({ matched, looked, warned }).toEqual({ matched: `hoist-mounts-${build}`, looked: undefined, warned: [] });
    expect(readFileSync(join(mounts, 'a.txt'))).toEqual(files['a.txt']);
    expect(readFileSync(join(mounts, 'nested/b.bin'))).toEqual(files['nested/b.bin']);
    expect(process.env.GITHUB_WORKSPACE).toBe(join(root, 'second', 'runner-2/_work/repo/repo'));
  });
});
