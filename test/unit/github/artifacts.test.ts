/**
 * hoist's use of the run's artifacts (src/github/artifacts.ts), with the real
 * @actions/artifact talking to the test suite's stand-in of the artifact service v4.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { artifactServiceMissing, downloadFiles, uploadFile } from '../../../src/github/artifacts.js';
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
    const got = await asJob('merge', 2, () => downloadFiles('hoist-digest-aaa-', fs.mkdtempSync(path.join(root, 'down-'))));
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
    await expect(asJob('merge', 1, () => downloadFiles('hoist-digest-ccc-', fs.mkdtempSync(path.join(root, 'down-'))))).rejects.toThrow(
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
});
