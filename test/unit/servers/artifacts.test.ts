// The real @actions/artifact 6 against the local artifact-service stand-in (test/servers/artifacts.ts):
// what is uploaded comes back byte for byte, jobs of one run see each other's artifacts, names
// collide within a run attempt but not across re-run attempts, and failures reach the client the
// way the real service's do.
import { afterEach, beforeAll, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { restoreCache, saveCache } from '@actions/cache';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startCacheServer } from '../../servers/actions-cache.js';
import { withEnv } from '../../helpers/env.js';
import { startArtifactServer, type ArtifactServer } from '../../servers/artifacts.js';

type ArtifactModule = typeof import('@actions/artifact');
let DefaultArtifactClient: ArtifactModule['DefaultArtifactClient'];
let server: ArtifactServer;
let root: string;
/** What @actions/core printed (info, ::warning::, ::debug::) during the current test. */
let output: string[];

beforeAll(async () => {
  ({ DefaultArtifactClient } = await import('@actions/artifact'));
});
beforeEach(async () => {
  // A fresh workflow run per test.
  server = await startArtifactServer();
  root = mkdtempSync(join(tmpdir(), 'hoist-artifacts-'));
  output = [];
  jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    output.push(String(chunk));
    return true;
  });
});
afterEach(async () => {
  jest.restoreAllMocks();
  rmSync(root, { recursive: true, force: true });
  await server.close();
});

/**
 * Runs `fn` as a step of `job` in run attempt `attempt`: process.env carries that job run's
 * runtime environment (the client reads it at call time) and is restored afterwards.
 * GITHUB_SERVER_URL matters: anything but github.com/*.ghe.com counts as GHES, which v4 refuses.
 */
async function inJob<T>(job: string, attempt: number, fn: (client: InstanceType<ArtifactModule['DefaultArtifactClient']>) => Promise<T>, s: ArtifactServer = server): Promise<T> {
  return withEnv({ ...s.env(job, attempt), GITHUB_SERVER_URL: 'https://github.com', GITHUB_WORKSPACE: root, RUNNER_TEMP: join(root, 'temp') }, () => fn(new DefaultArtifactClient()));
}

/** Writes files under <root>/<dir> and returns their absolute paths. */
function files(dir: string, contents: Record<string, string | Buffer>): string[] {
  return Object.entries(contents).map(([name, data]) => {
    mkdirSync(join(root, dir, name, '..'), { recursive: true });
    writeFileSync(join(root, dir, name), data);
    return join(root, dir, name);
  });
}
/** Every file under dir, relative name → content. */
function readTree(dir: string, prefix = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.isDirectory()) Object.assign(out, readTree(join(dir, e.name), `${prefix}${e.name}/`));
    else out[prefix + e.name] = readFileSync(join(dir, e.name), 'utf8');
  }
  return out;
}
const sha256 = (b: Buffer): string => createHash('sha256').update(b).digest('hex');
const twirpCalls = (): string[] => server.requests.filter(r => r.path.startsWith('/twirp/')).map(r => r.path.split('/').pop() ?? '');
const CONFLICT = 'Failed to CreateArtifact: Received non-retryable error: Failed request: (409) Conflict: an artifact with this name already exists on the workflow run';

describe('@actions/artifact 6 against the artifact service stand-in', () => {
  it('uploads two files as a zip, lists it and downloads it back byte for byte', async () => {
    const paths = files('out', { 'report.json': '{"layers":3}\n', 'logs/build.log': 'step 1\nstep 2\n' });
    const up = await inJob('build', 1, c => c.uploadArtifact('hoist-report', paths, join(root, 'out')));

    const [stored] = server.artifacts();
    expect(stored).toMatchObject({ id: up.id, name: 'hoist-report', job: 'build', attempt: 1, finalized: true, mimeType: 'application/zip', size: up.size });
    expect(stored.workflowJobRunBackendId).toBe(server.jobRunBackendId('build', 1));
    // What is stored is the client's zip, and size and digest describe exactly it.
    expect(stored.content!.subarray(0, 4)).toEqual(Buffer.from('PK\x03\x04'));
    expect(stored.content!.length).toBe(up.size);
    expect(up.digest).toBe(sha256(stored.content!));
    expect(stored.digest).toBe(`sha256:${up.digest}`);
    // Create, stage the zip as blocks and commit them (what uploadStream always does), finalize.
    expect(twirpCalls()).toEqual(['CreateArtifact', 'FinalizeArtifact']);
    const blobPuts = server.requests.filter(r => r.method === 'PUT').map(r => new URLSearchParams(r.path.split('?')[1]).get('comp'));
    expect(blobPuts).toEqual(['block', 'blocklist']);
    expect(server.requests.every(r => !r.path.includes('sig='))).toBe(true);

    server.requests.length = 0;
    const listed = await inJob('build', 1, c => c.listArtifacts());
    expect(listed.artifacts).toEqual([{ name: 'hoist-report', id: up.id, size: up.size, createdAt: stored.createdAt, digest: `sha256:${up.digest}` }]);
    const dl = await inJob('build', 1, c => c.downloadArtifact(up.id!, { path: join(root, 'dl'), expectedHash: listed.artifacts[0].digest }));
    expect(dl).toEqual({ downloadPath: join(root, 'dl'), digestMismatch: false });
    expect(readTree(join(root, 'dl'))).toEqual({ 'report.json': '{"layers":3}\n', 'logs/build.log': 'step 1\nstep 2\n' });
    expect(twirpCalls()).toEqual(['ListArtifacts', 'ListArtifacts', 'GetSignedArtifactURL']);
    expect(server.requests.filter(r => r.method === 'GET').map(r => r.path)).toEqual([expect.stringMatching(/^\/devstoreaccount1\/actions-results\/.*\?sp=r&sr=b&rscd=attachment/)]);
  });

  it('two jobs of one run upload their own artifacts and a third job lists and downloads both', async () => {
    const amd = await inJob('build-amd64', 1, c => c.uploadArtifact('image-amd64', files('amd', { 'digest.txt': 'sha256:aaa' }), join(root, 'amd')));
    const arm = await inJob('build-arm64', 1, c => c.uploadArtifact('image-arm64', files('arm', { 'digest.txt': 'sha256:bbb' }), join(root, 'arm')));
    expect(server.artifacts().map(a => [a.name, a.job, a.workflowJobRunBackendId])).toEqual([
      ['image-amd64', 'build-amd64', server.jobRunBackendId('build-amd64', 1)],
      ['image-arm64', 'build-arm64', server.jobRunBackendId('build-arm64', 1)]
    ]);
    expect(server.jobRunBackendId('build-amd64', 1)).not.toBe(server.jobRunBackendId('build-arm64', 1));

    const { artifacts } = await inJob('merge', 1, c => c.listArtifacts());
    expect(artifacts.map(a => [a.name, a.id])).toEqual([
      ['image-amd64', amd.id],
      ['image-arm64', arm.id]
    ]);
    const found = await inJob('merge', 1, c => c.getArtifact('image-arm64'));
    expect(found.artifact).toMatchObject({ name: 'image-arm64', id: arm.id, size: arm.size });
    for (const a of artifacts) await inJob('merge', 1, c => c.downloadArtifact(a.id, { path: join(root, 'merged', a.name) }));
    expect(readTree(join(root, 'merged'))).toEqual({ 'image-amd64/digest.txt': 'sha256:aaa', 'image-arm64/digest.txt': 'sha256:bbb' });
  });

  it('a re-run attempt may upload the same name again; latest: true keeps the newest', async () => {
    const first = await inJob('build', 1, c => c.uploadArtifact('report', files('a1', { 'r.txt': 'attempt 1' }), join(root, 'a1')));
    const second = await inJob('build', 2, c => c.uploadArtifact('report', files('a2', { 'r.txt': 'attempt 2' }), join(root, 'a2')));
    expect(second.id).toBeGreaterThan(first.id!);
    expect(server.jobRunBackendId('build', 2)).not.toBe(server.jobRunBackendId('build', 1));
    expect(server.artifacts().map(a => [a.name, a.attempt, a.finalized])).toEqual([
      ['report', 1, true],
      ['report', 2, true]
    ]);

    // Any job of the run (of either attempt) sees both; latest keeps the highest id per name.
    const all = await inJob('merge', 2, c => c.listArtifacts());
    expect(all.artifacts.map(a => a.id)).toEqual([first.id, second.id]);
    const latest = await inJob('merge', 2, c => c.listArtifacts({ latest: true }));
    expect(latest.artifacts.map(a => [a.name, a.id])).toEqual([['report', second.id]]);
    expect((await inJob('merge', 1, c => c.getArtifact('report'))).artifact.id).toBe(second.id);
    await inJob('merge', 2, c => c.downloadArtifact(latest.artifacts[0].id, { path: join(root, 'dl') }));
    expect(readFileSync(join(root, 'dl', 'r.txt'), 'utf8')).toBe('attempt 2');

    // Within attempt 2 the name is taken now, from any job.
    await expect(inJob('other', 2, c => c.uploadArtifact('report', files('a3', { 'r.txt': 'x' }), join(root, 'a3')))).rejects.toThrow(CONFLICT);
  });

  it('refuses the same name twice in one attempt, from the same job or another; deleting frees it', async () => {
    const first = await inJob('build', 1, c => c.uploadArtifact('dist', files('d1', { 'a.txt': 'one' }), join(root, 'd1')));
    await expect(inJob('build', 1, c => c.uploadArtifact('dist', files('d2', { 'a.txt': 'two' }), join(root, 'd2')))).rejects.toThrow(CONFLICT);
    await expect(inJob('test', 1, c => c.uploadArtifact('dist', files('d2', { 'a.txt': 'two' }), join(root, 'd2')))).rejects.toThrow(CONFLICT);
    expect(server.artifacts().map(a => [a.id, a.name, a.content?.length === first.size])).toEqual([[first.id, 'dist', true]]);

    // upload-artifact's `overwrite: true`: delete, then create anew (with a new id).
    expect(await inJob('build', 1, c => c.deleteArtifact('dist'))).toEqual({ id: first.id });
    const again = await inJob('build', 1, c => c.uploadArtifact('dist', files('d2', { 'a.txt': 'two' }), join(root, 'd2')));
    expect(again.id).toBeGreaterThan(first.id!);
    expect(server.artifacts().map(a => a.id)).toEqual([again.id]);
  });

  it('a failed FinalizeArtifact leaves the name reserved: unlisted, and a retry conflicts', async () => {
    server.fault({ kind: 'error', method: 'FinalizeArtifact', status: 403, msg: 'forbidden', times: 1 });
    const paths = files('f', { 'a.txt': 'x' });
    await expect(inJob('build', 1, c => c.uploadArtifact('logs', paths, join(root, 'f')))).rejects.toThrow(
      'Failed to FinalizeArtifact: Received non-retryable error: Failed request: (403) Forbidden: forbidden'
    );
    expect(server.artifacts().map(a => [a.name, a.finalized, a.content !== undefined])).toEqual([['logs', false, true]]);
    expect((await inJob('build', 1, c => c.listArtifacts())).artifacts).toEqual([]);
    await expect(inJob('build', 1, c => c.uploadArtifact('logs', paths, join(root, 'f')))).rejects.toThrow(CONFLICT);
  });

  it('the down fault makes an upload fail with a network error and stores nothing', async () => {
    server.fault({ kind: 'down' });
    const paths = files('x', { 'a.txt': 'x' });
    await expect(inJob('build', 1, c => c.uploadArtifact('never', paths, join(root, 'x')))).rejects.toThrow(/^Failed to CreateArtifact: Unable to make request: ECONNRESET/);
    server.fault(undefined);
    expect(server.artifacts()).toEqual([]);
    // Back up, the same name is free: nothing was reserved.
    const up = await inJob('build', 1, c => c.uploadArtifact('never', paths, join(root, 'x')));
    expect(server.artifacts().map(a => [a.id, a.finalized])).toEqual([[up.id, true]]);
  });

  it('a used-up storage quota surfaces as the client\u2019s quota message (its UsageError, wrapped)', async () => {
    server.fault({ kind: 'quota' });
    await expect(inJob('build', 1, c => c.uploadArtifact('q', files('q', { 'a.txt': 'x' }), join(root, 'q')))).rejects.toThrow(
      /^Failed to CreateArtifact: Artifact storage quota has been hit\. Unable to upload any new artifacts\./
    );
    expect(server.artifacts()).toEqual([]);
  });

  it('replace() tampers with the stored blob: the download carries it and the digest no longer matches', async () => {
    await inJob('build', 1, c => c.uploadArtifact('other', files('o', { 'evil.txt': 'replaced' }), join(root, 'o')));
    const up = await inJob('build', 1, c => c.uploadArtifact('report', files('r', { 'good.txt': 'original' }), join(root, 'r')));
    const evilZip = server.artifacts().find(a => a.name === 'other')!.content!;
    server.replace('report', evilZip);
    const stored = server.artifacts().find(a => a.id === up.id)!;
    expect([stored.size, stored.digest, stored.content]).toEqual([up.size, `sha256:${up.digest}`, evilZip]);

    const { artifact } = await inJob('merge', 1, c => c.getArtifact('report'));
    expect(artifact.digest).toBe(`sha256:${up.digest}`);
    const dl = await inJob('merge', 1, c => c.downloadArtifact(artifact.id, { path: join(root, 'dl'), expectedHash: artifact.digest }));
    expect(dl.digestMismatch).toBe(true);
    expect(readTree(join(root, 'dl'))).toEqual({ 'evil.txt': 'replaced' });
    expect(() => server.replace('missing', evilZip)).toThrow('no finalized artifact missing');
  });

  it('a raw upload (skipArchive) downloads as the file itself, by its content type and name', async () => {
    const [path] = files('raw', { 'sbom.json': '{"bom":1}' });
    const up = await inJob('build', 1, c => c.uploadArtifact('ignored', [path], join(root, 'raw'), { skipArchive: true }));
    expect(server.artifacts()[0]).toMatchObject({ name: 'sbom.json', mimeType: 'application/json' });
    await inJob('merge', 1, c => c.downloadArtifact(up.id!, { path: join(root, 'dl') }));
    expect(readTree(join(root, 'dl'))).toEqual({ 'sbom.json': '{"bom":1}' });
  });

  it('rejects a missing, foreign or mismatched runtime token', async () => {
    const other = await startArtifactServer();
    try {
      const call = (auth: string | undefined, body: Record<string, string>): Promise<Response> =>
        fetch(`${server.url}twirp/github.actions.results.api.v1.ArtifactService/ListArtifacts`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...(auth ? { authorization: auth } : {}) },
          body: JSON.stringify(body)
        });
      const mine = { workflow_run_backend_id: server.workflowRunBackendId, workflow_job_run_backend_id: server.jobRunBackendId('build', 1) };
      for (const auth of [undefined, `Bearer ${other.token('build', 1)}`]) {
        const res = await call(auth, mine);
        expect([res.status, await res.json()]).toEqual([401, { code: 'unauthenticated', msg: 'invalid or missing runtime token' }]);
      }
      const wrongJob = await call(`Bearer ${server.token('test', 1)}`, mine);
      expect([wrongJob.status, ((await wrongJob.json()) as { code: string }).code]).toEqual([403, 'permission_denied']);
      const ok = await call(`Bearer ${server.token('build', 1)}`, mine);
      expect([ok.status, await ok.json()]).toEqual([200, { artifacts: [] }]);
      // The token is what a runner's looks like to the client: scp names this run and job run.
      const claims = JSON.parse(Buffer.from(server.token('build', 2).split('.')[1], 'base64url').toString('utf8')) as { scp: string };
      expect(claims.scp.split(' ')).toContain(`Actions.Results:${server.workflowRunBackendId}:${server.jobRunBackendId('build', 2)}`);
    } finally {
      await other.close();
    }
  });
});

describe('with a cache-service stand-in behind the same URL and token', () => {
  it('@actions/cache saves and restores through the artifact server, and artifacts still work', async () => {
    const cache = await startCacheServer();
    const both = await startArtifactServer({ cache });
    try {
      mkdirSync(join(root, 'temp'));
      const env = both.env('build', 1);
      expect(env).toMatchObject({ ACTIONS_RESULTS_URL: both.url, ACTIONS_CACHE_URL: both.url, ACTIONS_CACHE_SERVICE_V2: 'true', ACTIONS_RUNTIME_TOKEN: both.token('build', 1) });
      const [dep] = files('deps', { 'a.txt': 'cached' });
      await inJob(
        'build',
        1,
        async c => {
          expect(await saveCache([join(root, 'deps')], 'deps-key')).toBeGreaterThan(0);
          rmSync(dep);
          expect(await restoreCache([join(root, 'deps')], 'deps-key')).toBe('deps-key');
          await c.uploadArtifact('a', [dep], join(root, 'deps'));
        },
        both
      );
      expect(readFileSync(dep, 'utf8')).toBe('cached');
      expect(cache.entries().map(e => [e.key, e.finalized])).toEqual([['deps-key', true]]);
      expect(both.artifacts().map(a => a.name)).toEqual(['a']);
      expect(both.requests.filter(r => r.path.includes('CacheService')).map(r => r.path.split('/').pop())).toEqual(['CreateCacheEntry', 'FinalizeCacheEntryUpload', 'GetCacheEntryDownloadURL']);
    } finally {
      await both.close();
      await cache.close();
    }
  });
});
