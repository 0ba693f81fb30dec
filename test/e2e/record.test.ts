/**
 * build-push-action's DOCKER_BUILD_RECORD_UPLOAD and DOCKER_BUILD_RECORD_RETENTION_DAYS on
 * real buildx and BuildKit (a builder of this file's own, so that the builds in its history
 * are this file's), with the test suite's stand-in of the Actions artifact service as the
 * run's. What the stand-in holds is unpacked with tar and read as buildx wrote it, never
 * through hoist's code.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { workspace } from '../helpers/workspace.js';
import { startArtifactServer, type ArtifactServer } from '../servers/artifacts.js';
import { explain, runAction } from './runner.js';
import { RUNTIME_IMAGE, requireToolchain, startFreshBuilder, type FreshBuilder } from './toolchain.js';

/** What a .dockerbuild holds, read with tar: the OCI layout's one manifest and its config, the build's history record. */
interface RecordFile {
  manifest: { config: { mediaType: string } };
  record: { Ref: string; error?: { message?: string }; localState?: { LocalPath?: string } };
}

function readRecord(content: Buffer): RecordFile {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hoist-record-'));
  try {
    fs.writeFileSync(path.join(dir, 'r.dockerbuild'), content);
    execFileSync('tar', ['xzf', 'r.dockerbuild'], { cwd: dir });
    const blob = (digest: string): unknown => JSON.parse(fs.readFileSync(path.join(dir, 'blobs', 'sha256', digest.replace('sha256:', '')), 'utf8'));
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'oci-layout'), 'utf8'))).toEqual({ imageLayoutVersion: '1.0.0' });
    const index = JSON.parse(fs.readFileSync(path.join(dir, 'index.json'), 'utf8')) as { manifests: Array<{ digest: string }> };
    expect(index.manifests).toHaveLength(1);
    const manifest = blob(index.manifests[0].digest) as RecordFile['manifest'] & { config: { digest: string } };
    return { manifest, record: blob(manifest.config.digest) as RecordFile['record'] };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const recordName = (id: string) => `acme~backend~${id.slice(0, 6).toUpperCase()}.dockerbuild`;

describe('DOCKER_BUILD_RECORD_UPLOAD: the build record as an artifact of the run', () => {
  let artifacts: ArtifactServer;
  let builder: FreshBuilder;
  let ws: string;
  const step = (env: Record<string, string>, file = 'Dockerfile') => runAction({ context: '.', file, builder: builder.name }, { workspace: ws, env: { ...artifacts.env('build', 1), ...env } });

  beforeAll(async () => {
    await requireToolchain();
    artifacts = await startArtifactServer();
    builder = await startFreshBuilder();
    ws = workspace({ Dockerfile: `FROM ${RUNTIME_IMAGE}\nRUN echo recorded > /r\n`, 'Dockerfile.fail': `FROM ${RUNTIME_IMAGE}\nRUN echo failing && exit 3\n` }, { name: 'record' });
  });

  afterAll(async () => {
    await artifacts?.close();
    await builder?.stop();
  });

  it("uploads the build's .dockerbuild, not zipped, under build-push-action's name, kept the days asked, and links it from the summary", async () => {
    const before = Date.now();
    const run = await step({ DOCKER_BUILD_RECORD_UPLOAD: 'true', DOCKER_BUILD_RECORD_RETENTION_DAYS: '3' });
    expect({ code: run.main.exitCode, log: run.main.exitCode === 0 ? '' : explain(run) }).toEqual({ code: 0, log: '' });
    const ref = JSON.parse(run.outputs.metadata)['buildx.build.ref'] as string;
    expect(ref).toMatch(new RegExp(`^${builder.name}/${builder.name}0/[a-z0-9]{25}$`));
    const id = ref.split('/')[2];
    const uploaded = artifacts.artifacts();
    expect(uploaded.map(a => [a.name, a.finalized, a.mimeType])).toEqual([[recordName(id), true, 'application/octet-stream']]);
    const days = (Date.parse(uploaded[0].expiresAt!) - before) / 86_400_000;
    expect(days).toBeGreaterThan(2.99);
    expect(days).toBeLessThan(3.01);
    // What buildx wrote: a gzip tar of an OCI layout whose one manifest is this build's history record.
    const { manifest, record } = readRecord(uploaded[0].content!);
    expect(manifest.config.mediaType).toBe('application/vnd.buildkit.historyrecord.v0');
    expect(record.Ref).toBe(id);
    expect(record.error).toBeUndefined();
    expect(uploaded[0].size).toBe(uploaded[0].content!.length);
    expect(run.main.stdout).toContain(`build record uploaded as artifact ${recordName(id)}, kept 3 days: https://github.com/acme/backend/actions/runs/4242/artifacts/${uploaded[0].id}`);
    expect(run.summary).toContain(`:arrow_down: [**${recordName(id)}**](./4242/artifacts/${uploaded[0].id})`);
    // After hoist's own summary of the build, as build-push-action's post step writes it last.
    expect(run.summary.indexOf('### Build record')).toBeGreaterThan(0);
  });

  it('a failed build: its record is uploaded too, as build-push-action does', async () => {
    const count = artifacts.artifacts().length;
    const run = await step({ DOCKER_BUILD_RECORD_UPLOAD: 'true' }, 'Dockerfile.fail');
    expect(run.main.exitCode).not.toBe(0);
    const uploaded = artifacts.artifacts().slice(count);
    expect(uploaded).toHaveLength(1);
    const { record } = readRecord(uploaded[0].content!);
    expect(uploaded[0].name).toBe(recordName(record.Ref));
    expect(record.error?.message).toContain('exit code: 3');
    expect(record.localState?.LocalPath).toBe(fs.realpathSync(ws));
    expect(uploaded[0].expiresAt).toBeUndefined();
    expect(run.summary).toContain(`](./4242/artifacts/${uploaded[0].id})`);
  });

  it("unset (hoist's default) uploads nothing and says nothing of a record", async () => {
    const count = artifacts.artifacts().length;
    const run = await step({});
    expect(run.main.exitCode).toBe(0);
    expect(artifacts.artifacts().length).toBe(count);
    expect(run.main.stdout).not.toMatch(/build record/i);
    expect(run.summary).not.toContain('.dockerbuild');
  });

  it('a retention that is no number: a warning, no upload, and the step still succeeds (build-push-action warns and exports nothing)', async () => {
    const count = artifacts.artifacts().length;
    const run = await step({ DOCKER_BUILD_RECORD_UPLOAD: 'true', DOCKER_BUILD_RECORD_RETENTION_DAYS: 'a week' });
    expect({ code: run.main.exitCode, log: run.main.exitCode === 0 ? '' : explain(run) }).toEqual({ code: 0, log: '' });
    expect(run.main.stdout).toContain('::warning::DOCKER_BUILD_RECORD_RETENTION_DAYS="a week" is not a number of days (e.g. 7): no build record is uploaded');
    expect(artifacts.artifacts().length).toBe(count);
  });
});
