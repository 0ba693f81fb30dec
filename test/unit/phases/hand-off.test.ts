/**
 * The hand-off of a platform job, with the real @actions/artifact against the test
 * suite's stand-in of the artifact service v4: the digest uploaded as an artifact of
 * the run, named after the repositories and platforms, which the merge job downloads.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { downloadFiles } from '../../../src/github/artifacts.js';
import { handOff } from '../../../src/phases/hand-off.js';
import { HANDOFF_FILE, handOffName, handOffPrefix, parseHandOff } from '../../../src/plan/distribute.js';
import { withEnv } from '../../helpers/env.js';
import { facts } from '../../helpers/facts.js';
import { rawInputs } from '../../helpers/inputs.js';
import { scratchDirs, testJob, testPorts } from '../../helpers/ports.js';
import { FakeRunner } from '../../helpers/runner.js';
import { startArtifactServer, type ArtifactServer } from '../../servers/artifacts.js';
import { readRunEnv } from '../../../src/runner/env.js';

const REPO = '127.0.0.1:5000/acme/app';
const DIGEST = 'sha256:' + 'c'.repeat(64);
const scratch = scratchDirs('phase-hand-off');
let server: ArtifactServer;
beforeAll(async () => {
  server = await startArtifactServer();
});
afterAll(() => server.close());

/** A step of `job` in attempt `attempt` of the run, with that job run's environment (the client reads the process's). */
function asJob<T>(job: string, attempt: number, fn: () => Promise<T>): Promise<T> {
  return withEnv({ ...server.env(job, attempt), GITHUB_SERVER_URL: 'https://github.com' }, fn);
}

function platformJob(platforms: string, tags = `${REPO}:1\n${REPO}:latest`, attempt = 1) {
  const dir = scratch();
  const tmpDir = path.join(dir, 'tmp');
  fs.mkdirSync(tmpDir);
  const runner = new FakeRunner({});
  const inputs = rawInputs({ tags, platforms, push: 'true', distribute: 'platform' });
  const job = testJob(inputs, facts({ tmpDir, github: { ...facts().github, job: 'build', runAttempt: String(attempt) } }));
  const ports = testPorts({ dir, runner, env: server.env('build', attempt) });
  return { runner, job, ports, tmpDir };
}

describe('handOff', () => {
  it('uploads the digest as an artifact the merge job finds, and says so', async () => {
    const { runner, job, ports, tmpDir } = platformJob('linux/arm64');
    expect(job.run.handsOff).toBe(true);
    const name = await asJob('build', 1, () => handOff(ports, job, DIGEST));
    expect(name).toBe(handOffName([REPO], ['linux/arm64']));
    expect(name).toMatch(/^hoist-digest-[0-9a-f]{12}-linux-arm64$/);
    expect(runner.texts('info')).toEqual([`handed on linux/arm64 ${DIGEST} to the merge step (artifact ${name})`]);
    // The file it uploaded stays in hoist's temp directory (the post step removes that).
    const [written] = fs.readdirSync(tmpDir).filter(d => d.startsWith('handoff-'));
    const handed = JSON.parse(fs.readFileSync(path.join(tmpDir, written, HANDOFF_FILE), 'utf8'));
    expect(handed).toEqual({ schema: 'hoist/platform-digest@1', images: [REPO], platforms: ['linux/arm64'], digest: DIGEST, job: 'build', runAttempt: '1' });

    // What the merge job of the run downloads and reads.
    const got = await asJob('merge', 1, () => downloadFiles(handOffPrefix([REPO]), { services: readRunEnv().actions }));
    expect(got.map(a => a.name)).toEqual([name]);
    expect(parseHandOff(got[0].files[HANDOFF_FILE], name)).toEqual(handed);
    expect(server.artifacts().find(a => a.name === name)).toMatchObject({ job: 'build', attempt: 1, finalized: true });
  });

  it('a re-run attempt hands on under the same name; the merge reads the newest', async () => {
    const first = platformJob('linux/amd64');
    await asJob('build', 1, () => handOff(first.ports, first.job, DIGEST));
    const rerun = platformJob('linux/amd64', undefined, 2);
    const newer = 'sha256:' + 'd'.repeat(64);
    const name = await asJob('build', 2, () => handOff(rerun.ports, rerun.job, newer));
    const got = await asJob('merge', 2, () => downloadFiles(handOffPrefix([REPO]), { services: readRunEnv().actions }));
    const handed = parseHandOff(got.find(a => a.name === name)!.files[HANDOFF_FILE], name);
    expect(handed).toMatchObject({ digest: newer, runAttempt: '2' });
  });

  it('two repositories: one artifact naming both, for the merge of both', async () => {
    const other = '127.0.0.1:5000/acme/mirror';
    const { job, ports } = platformJob('linux/arm/v7', `${REPO}:1\n${other}:1`);
    const name = await asJob('build', 1, () => handOff(ports, job, DIGEST));
    expect(name).toBe(`${handOffPrefix([REPO, other])}linux-arm-v7`);
    const got = await asJob('merge', 1, () => downloadFiles(handOffPrefix([REPO, other]), { services: readRunEnv().actions }));
    expect(JSON.parse(got[0].files[HANDOFF_FILE])).toMatchObject({ images: [REPO, other], platforms: ['linux/arm/v7'] });
  });

  it('an artifact service that is down fails the step with what went wrong', async () => {
    const { runner, job, ports } = platformJob('linux/s390x');
    server.fault({ kind: 'down' });
    try {
      await expect(asJob('build', 1, () => handOff(ports, job, DIGEST))).rejects.toThrow(new RegExp(`^uploading artifact ${handOffName([REPO], ['linux/s390x'])} failed: .*ECONNRESET`));
    } finally {
      server.fault(undefined);
    }
    expect(runner.events).toEqual([]);
  });
});
