/**
 * The build record phase (DOCKER_BUILD_RECORD_UPLOAD): a scripted buildx writes the
 * export, the real @actions/artifact uploads it to the test suite's stand-in of the
 * artifact service v4; what the stand-in holds is checked as it stored it.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseMetadata, type BuildMetadata } from '../../../src/buildx/buildx.js';
import { isGHES, recordMarkdown, uploadBuildRecord } from '../../../src/phases/record.js';
import { withEnv } from '../../helpers/env.js';
import { argAfter, ok, scriptedExec, type Call } from '../../helpers/exec.js';
import { facts } from '../../helpers/facts.js';
import { rawInputs } from '../../helpers/inputs.js';
import { scratchDirs, testJob, testPorts } from '../../helpers/ports.js';
import { FakeRunner } from '../../helpers/runner.js';
import { startArtifactServer, type ArtifactServer } from '../../servers/artifacts.js';

const scratch = scratchDirs('phase-record');
const REF = 'hoist/hoist0/oaar5r40rjvfa6zwp4r7hk463';
const NAME = 'acme~backend~OAAR5R.dockerbuild';
const RECORD = Buffer.from('a .dockerbuild: a gzip tar of an OCI layout, in real life');
let server: ArtifactServer;
beforeAll(async () => {
  server = await startArtifactServer();
});
afterAll(() => server.close());

/** buildx as a scripted exec: `history export` writes RECORD where it is told; the version is `version`. */
function buildx(version = 'v0.36.1', exportFails = false) {
  return scriptedExec(
    [
      (c: Call) => {
        if (c.args[1] === 'version') return ok('', `github.com/docker/buildx ${version} 1234567`);
        if (c.args[1] !== 'history') return undefined;
        if (exportFails) return { exitCode: 1, stdout: '', stderr: 'ERROR: no record found' };
        fs.writeFileSync(argAfter(c.args, '--output')!, RECORD);
        return ok();
      }
    ],
    'sha256:00'
  );
}

function step(env: Record<string, string>, options: { version?: string; exportFails?: boolean; serverUrl?: string; call?: string } = {}) {
  const dir = scratch();
  const tmpDir = path.join(dir, 'tmp');
  fs.mkdirSync(tmpDir);
  const runner = new FakeRunner({});
  const { exec, calls } = buildx(options.version, options.exportFails);
  const job = testJob(rawInputs(options.call ? { call: options.call } : {}), facts({ tmpDir, github: { ...facts().github, serverUrl: options.serverUrl ?? 'https://github.com' } }));
  const ports = testPorts({ dir, runner, exec, env: { ...server.env('build', 1), ...env } });
  return { runner, job, ports, calls, dir };
}

const metadata = parseMetadata(JSON.stringify({ 'buildx.build.ref': REF }));
const uploadedNamed = (name: string) => server.artifacts().filter(a => a.name === name);
/** The phase as main calls it: after a build with `md` as its metadata, or after a failed one (`null`: buildx wrote none). */
const run = (s: ReturnType<typeof step>, md: BuildMetadata | null = metadata) => withEnv(server.env('build', 1), () => uploadBuildRecord(s.ports, s.job, md ?? undefined));

describe('uploadBuildRecord', () => {
  it("does nothing by default (hoist's departure: build-push-action uploads unless told not to)", async () => {
    const s = step({});
    await run(s);
    expect(s.calls).toEqual([]);
    expect(s.runner.events).toEqual([]);
  });

  it('DOCKER_BUILD_RECORD_UPLOAD=true: exports the build of the metadata ref and uploads the file as it is, kept the days asked, and says where it went', async () => {
    const before = Date.now();
    const s = step({ DOCKER_BUILD_RECORD_UPLOAD: 'true', DOCKER_BUILD_RECORD_RETENTION_DAYS: '7' });
    await run(s);
    expect(s.runner.texts('warning')).toEqual([]);
    const file = path.join(s.job.facts.tmpDir, 'record', NAME);
    expect(s.calls.map(c => c.args)).toEqual([
      ['buildx', 'version'],
      ['buildx', 'history', 'export', '--builder', 'hoist', '--output', file, 'oaar5r40rjvfa6zwp4r7hk463', '--finalize']
    ]);
    const [stored] = uploadedNamed(NAME);
    expect(stored).toMatchObject({ finalized: true, size: RECORD.length, mimeType: 'application/octet-stream' });
    // Not zipped: the artifact is the .dockerbuild itself (skipArchive, as docker/actions-toolkit uploads it).
    expect(stored.content).toEqual(RECORD);
    const days = (Date.parse(stored.expiresAt!) - before) / 86_400_000;
    expect(days).toBeGreaterThan(6.99);
    expect(days).toBeLessThan(7.01);
    expect(s.runner.texts('info')).toEqual([
      `build record ${REF} written to ${file} (${RECORD.length} B)`,
      `build record uploaded as artifact ${NAME}, kept 7 days: https://github.com/acme/backend/actions/runs/123/artifacts/${stored.id}`
    ]);
    expect(s.runner.texts('summary')).toEqual([recordMarkdown({ runId: '123' }, NAME, { id: stored.id, size: RECORD.length })]);
    expect(s.runner.texts('summary')[0]).toContain(`[**${NAME}**](./123/artifacts/${stored.id})`);
  });

  it("without a retention, the artifact keeps the repository's (no expiry asked)", async () => {
    const s = step({ DOCKER_BUILD_RECORD_UPLOAD: '1' });
    const id = 'zzzzzz0000000000000000000';
    await run(s, parseMetadata(JSON.stringify({ 'buildx.build.ref': `hoist/hoist0/${id}` })));
    const [stored] = uploadedNamed('acme~backend~ZZZZZZ.dockerbuild');
    expect(stored.finalized).toBe(true);
    expect(stored.expiresAt).toBeUndefined();
  });

  it('a failed build (no metadata file): the newest build buildx recorded on the builder since the step started', async () => {
    const s = step({ DOCKER_BUILD_RECORD_UPLOAD: 'true' });
    const refs = path.join(s.dir, 'buildx', 'refs', 'hoist', 'hoist0');
    fs.mkdirSync(refs, { recursive: true });
    fs.writeFileSync(path.join(refs, 'faiiiiled00000000000000000'), JSON.stringify({ LocalPath: '/w', DockerfilePath: '' }));
    await run(s, null);
    expect(s.runner.texts('warning')).toEqual([]);
    expect(s.calls[1].args.at(-2)).toBe('faiiiiled00000000000000000');
    expect(uploadedNamed('acme~backend~FAIIII.dockerbuild')).toHaveLength(1);
  });

  it.each([
    [{ DOCKER_BUILD_RECORD_UPLOAD: 'yes' }, 'DOCKER_BUILD_RECORD_UPLOAD="yes" is not a boolean (true or false): no build record is uploaded'],
    [{ DOCKER_BUILD_RECORD_UPLOAD: 'true', DOCKER_BUILD_RECORD_RETENTION_DAYS: 'week' }, 'DOCKER_BUILD_RECORD_RETENTION_DAYS="week" is not a number of days (e.g. 7): no build record is uploaded']
  ])('%j: warns and exports nothing, as build-push-action', async (env, warning) => {
    const s = step(env);
    await run(s);
    expect(s.runner.texts('warning')).toEqual([warning]);
    expect(s.calls).toEqual([]);
  });

  it.each<[string, Record<string, string>, { serverUrl?: string; call?: string; version?: string }, string]>([
    ['DOCKER_BUILD_SUMMARY=false', { DOCKER_BUILD_SUMMARY: 'false' }, {}, 'DOCKER_BUILD_SUMMARY=false: build-push-action exports the record with the build summary, and so does hoist'],
    ['GHES', {}, { serverUrl: 'https://ghes.acme.example' }, 'build records are not yet uploaded on GHES (@actions/artifact does not support it)'],
    ['call: check', {}, { call: 'check' }, 'no build record for a check subrequest'],
    ['buildx 0.22', {}, { version: 'v0.22.0' }, 'no build record: exporting one needs buildx v0.23.0 or later, this is v0.22.0']
  ])('%s: skipped, with the reason in the log', async (_, env, options, reason) => {
    const s = step({ DOCKER_BUILD_RECORD_UPLOAD: 'true', ...env }, options);
    await run(s);
    expect(s.runner.texts('info')).toEqual([reason]);
    expect(s.runner.texts('warning')).toEqual([]);
    expect(s.calls.filter(c => c.args[1] === 'history')).toEqual([]);
  });

  it('an export that fails is a warning, not a failed step', async () => {
    const s = step({ DOCKER_BUILD_RECORD_UPLOAD: 'true' }, { exportFails: true });
    await run(s);
    expect(s.runner.texts('warning')).toEqual(['the build record was not uploaded: docker buildx history failed (exit 1): ERROR: no record found']);
  });

  it('an artifact service that is down is a warning, not a failed step', async () => {
    const s = step({ DOCKER_BUILD_RECORD_UPLOAD: 'true' });
    server.fault({ kind: 'down' });
    try {
      await run(s, parseMetadata(JSON.stringify({ 'buildx.build.ref': 'hoist/hoist0/downnn0000000000000000000' })));
    } finally {
      server.fault(undefined);
    }
    expect(s.runner.texts('warning')).toEqual([expect.stringMatching(/^the build record was not uploaded: uploading artifact acme~backend~DOWNNN\.dockerbuild failed: .*ECONNRESET/)]);
  });

  it('no artifact service in the environment: exported, and a warning says why it was not uploaded', async () => {
    const s = step({ DOCKER_BUILD_RECORD_UPLOAD: 'true', ACTIONS_RUNTIME_TOKEN: '', ACTIONS_RESULTS_URL: '' });
    await uploadBuildRecord(s.ports, s.job, metadata);
    expect(s.runner.texts('warning')).toEqual(['the build record was not uploaded: ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL are not set, so this step cannot reach the artifact service']);
  });
});

describe('isGHES', () => {
  it.each([
    ['https://github.com', false],
    ['https://acme.ghe.com', false],
    ['http://github.localhost', false],
    ['https://ghes.acme.example', true],
    ['http://127.0.0.1:8080', true]
  ])('%s → %s (as docker/actions-toolkit decides it)', (url, ghes) => {
    expect(isGHES(url)).toBe(ghes);
  });
});
