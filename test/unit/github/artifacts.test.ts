/**
 * hoist's use of the run's artifacts (src/github/artifacts.ts), with the real
 * @actions/artifact talking to the test suite's stand-in of the artifact service v4.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { artifactServiceMissing, downloadFiles, uploadFile } from '../../../src/github/artifacts.js';
import { zipOf } from '../../helpers/artifacts.js';
import { withEnv } from '../../helpers/env.js';
import { startArtifactServer, type ArtifactServer } from '../../servers/artifacts.js';
import { readRunEnv } from '../../../src/runner/env.js';

let server: ArtifactServer;
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'hoist-artifacts-'));
beforeAll(async () => {
  server = await startArtifactServer();
});
afterAll(async () => {
  await server.close();
  fs.rmSync(root, { recursive: true, force: true });
});

/** Runs `fn` as a step of `job` in run attempt `attempt`, with that job run's environment. */
function asJob<T>(job: string, attempt: number, fn: () => Promise<T>, s: ArtifactServer = server): Promise<T> {
  return withEnv({ ...s.env(job, attempt), GITHUB_SERVER_URL: 'https://github.com', GITHUB_WORKSPACE: root }, fn);
}

function file(name: string, text: string): string {
  const dir = fs.mkdtempSync(path.join(root, 'up-'));
  fs.writeFileSync(path.join(dir, name), text);
  return path.join(dir, name);
}

describe('artifacts: how platform jobs hand their digests to the merge job', () => {
  it('says when a step cannot reach the service', () => {
    expect(artifactServiceMissing(readRunEnv({}).actions)).toBe('ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL are not set');
    expect(artifactServiceMissing(readRunEnv({ ACTIONS_RUNTIME_TOKEN: 't' }).actions)).toBe('ACTIONS_RESULTS_URL is not set');
    expect(artifactServiceMissing(readRunEnv(server.env('build', 1)).actions)).toBeUndefined();
  });

  it("downloads only its own prefix's artifacts, the newest attempt of each name, sorted by name", async () => {
    await asJob('build', 1, () => uploadFile('hoist-digest-aaa-linux-arm64', file('digest.json', 'arm64, attempt 1')));
    await asJob('build', 1, () => uploadFile('hoist-digest-aaa-linux-amd64', file('digest.json', 'amd64')));
    await asJob('build', 1, () => uploadFile('hoist-digest-bbb-linux-amd64', file('digest.json', 'another image')));
    // "Re-run failed jobs": the arm64 job uploads the same name again in attempt 2.
    await asJob('build', 2, () => uploadFile('hoist-digest-aaa-linux-arm64', file('digest.json', 'arm64, attempt 2')));
    const got = await asJob('merge', 2, () => downloadFiles('hoist-digest-aaa-', { services: readRunEnv().actions }));
    expect(got).toEqual([
      { name: 'hoist-digest-aaa-linux-amd64', files: { 'digest.json': 'amd64' } },
      { name: 'hoist-digest-aaa-linux-arm64', files: { 'digest.json': 'arm64, attempt 2' } }
    ]);
  });

  it('refuses an artifact whose content no longer matches the digest the service recorded', async () => {
    await asJob('build', 1, () => uploadFile('hoist-digest-ccc-linux-amd64', file('digest.json', 'original')));
    const other = await startArtifactServer();
    try {
      // Another run's zip of the same file name, put in place of the stored one.
      await asJob('build', 1, () => uploadFile('x', file('digest.json', 'tampered')), other);
      server.replace('hoist-digest-ccc-linux-amd64', other.artifacts()[0].content!);
    } finally {
      await other.close();
    }
    await expect(asJob('merge', 1, () => downloadFiles('hoist-digest-ccc-', { services: readRunEnv().actions }))).rejects.toThrow(
      'artifact hoist-digest-ccc-linux-amd64 does not match the digest the artifact service recorded for it'
    );
  });

  it('an unreachable service fails the upload with what went wrong', async () => {
    server.fault({ kind: 'down' });
    try {
      await expect(asJob('build', 1, () => uploadFile('hoist-digest-ddd-linux-amd64', file('digest.json', 'x')))).rejects.toThrow(
        /^uploading artifact hoist-digest-ddd-linux-amd64 failed: .*ECONNRESET/
      );
    } finally {
      server.fault(undefined);
    }
  });

  // Issue 28: the bytes that arrive are counted, not the size the uploader reported.
  it('refuses an artifact larger than it may be as it arrives, whatever size it was listed with; nothing reaches the disk', async () => {
    await asJob('build', 1, () => uploadFile('hoist-digest-eee-linux-amd64', file('digest.json', 'small')));
    const listed = server.artifacts().find(a => a.name === 'hoist-digest-eee-linux-amd64')!.size;
    // What the blob store holds now is ~400 kB of zip; the service still lists the size it was finalized with.
    server.replace('hoist-digest-eee-linux-amd64', await zipOf('digest.json', randomBytes(300_000).toString('hex')));
    const dir = fs.mkdtempSync(path.join(root, 'down-'));
    await expect(asJob('merge', 1, () => downloadFiles('hoist-digest-eee-', { services: readRunEnv().actions, maxBytes: 64 * 1024 }))).rejects.toThrow(
      new Error(`artifact hoist-digest-eee-linux-amd64 is more than the ${64 * 1024} bytes it may be, though it was listed as ${listed}`)
    );
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('counts the bytes as they arrive when no Content-Length tells the size, and hangs up at the cap', async () => {
    await asJob('build', 1, () => uploadFile('hoist-digest-iii-linux-amd64', file('digest.json', 'small')));
    const listed = server.artifacts().find(a => a.name === 'hoist-digest-iii-linux-amd64')!.size;
    server.replace('hoist-digest-iii-linux-amd64', randomBytes(32 * 1024 * 1024));
    server.fault({ kind: 'chunked' });
    try {
      await expect(asJob('merge', 1, () => downloadFiles('hoist-digest-iii-', { services: readRunEnv().actions, maxBytes: 64 * 1024 }))).rejects.toThrow(
        new Error(`artifact hoist-digest-iii-linux-amd64 is more than the ${64 * 1024} bytes it may be, though it was listed as ${listed}`)
      );
    } finally {
      server.fault(undefined);
    }
    // The reader hung up: most of the 32 MB was never sent.
    const [download] = server.downloads.slice(-1);
    expect(download).toMatchObject({ name: 'hoist-digest-iii-linux-amd64', size: 32 * 1024 * 1024, complete: false });
    expect(download.sent).toBeLessThan(download.size / 2);
  });

  it('refuses a zip bomb (listed at its honest, small size) while unpacking it; nothing reaches the disk', async () => {
    await asJob('build', 1, () => uploadFile('hoist-digest-fff-linux-amd64', file('digest.json', ' '.repeat(20_000_000))));
    expect(server.artifacts().find(a => a.name === 'hoist-digest-fff-linux-amd64')!.size).toBeLessThan(64 * 1024);
    const dir = fs.mkdtempSync(path.join(root, 'down-'));
    await expect(asJob('merge', 1, () => downloadFiles('hoist-digest-fff-', { services: readRunEnv().actions, maxBytes: 64 * 1024 }))).rejects.toThrow(
      new Error(`artifact hoist-digest-fff-linux-amd64 holds more than the ${64 * 1024} bytes it may be, unpacked`)
    );
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('reads one artifact at a time under the cap of all of them together, and downloads nothing after the first past it', async () => {
    // Each a zip of ~33 kB holding 60 kB: the third passes 150 kB unpacked.
    for (const platform of ['a', 'b', 'c', 'd']) await asJob('build', 1, () => uploadFile(`hoist-digest-ggg-linux-${platform}`, file('digest.json', randomBytes(30_000).toString('hex'))));
    const blobReads = () => server.requests.filter(r => r.method === 'GET' && r.path.startsWith('/devstoreaccount1/')).length;
    const before = blobReads();
    await expect(asJob('merge', 1, () => downloadFiles('hoist-digest-ggg-', { services: readRunEnv().actions, maxBytes: 64 * 1024, maxTotalBytes: 150_000 }))).rejects.toThrow(
      new Error('the artifacts are more than the 150000 bytes they may be together; stopped at artifact hoist-digest-ggg-linux-c')
    );
    expect(blobReads() - before).toBe(3);
  });

  it('asks the service again after a 503, and gives up at once on a 403', async () => {
    await asJob('build', 1, () => uploadFile('hoist-digest-hhh-linux-amd64', file('digest.json', 'amd64')));
    server.fault({ kind: 'error', method: 'ListArtifacts', status: 503, times: 1 });
    await expect(asJob('merge', 1, () => downloadFiles('hoist-digest-hhh-', { services: readRunEnv().actions }))).resolves.toEqual([
      { name: 'hoist-digest-hhh-linux-amd64', files: { 'digest.json': 'amd64' } }
    ]);
    server.fault({ kind: 'error', method: 'GetSignedArtifactURL', status: 403, msg: 'no access', times: 1 });
    await expect(asJob('merge', 1, () => downloadFiles('hoist-digest-hhh-', { services: readRunEnv().actions }))).rejects.toThrow(
      new Error('downloading artifact hoist-digest-hhh-linux-amd64 failed: GetSignedArtifactURL answered HTTP 403: no access')
    );
  });

  it('says when the step cannot reach the service at all', async () => {
    await expect(downloadFiles('hoist-digest-', { services: {} })).rejects.toThrow(
      new Error("listing the run's artifacts failed: ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL are not set: this step cannot reach the artifact service")
    );
  });
});
