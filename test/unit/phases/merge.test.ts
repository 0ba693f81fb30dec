/**
 * The merge phase: the platform jobs' hand-offs gathered with the real @actions/artifact
 * from the test suite's stand-in of the artifact service, each digest checked in an
 * in-memory registry, then the index created by a scripted `buildx imagetools create`;
 * and every way a merge stops before any tag moves.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { uploadFile } from '../../../src/github/artifacts.js';
import { merge } from '../../../src/phases/merge.js';
import { readMeanwhile } from '../../../src/phases/report.js';
import type { Baseline } from '../../../src/report/baseline.js';
import type { Produced } from '../../../src/report/summary.js';
import { HANDOFF_FILE, handOffName, handOffPrefix } from '../../../src/plan/distribute.js';
import { withEnv } from '../../helpers/env.js';
import { argAfter, ok, scriptedExec, type Call } from '../../helpers/exec.js';
import { facts } from '../../helpers/facts.js';
import { rawInputs } from '../../helpers/inputs.js';
import { scratchDirs, testJob, testPorts } from '../../helpers/ports.js';
import { MemoryRegistry } from '../../helpers/registry.js';
import { FakeRunner } from '../../helpers/runner.js';
import { startArtifactServer, type ArtifactServer } from '../../servers/artifacts.js';

const REPO = '127.0.0.1:5000/acme/app';
const INDEX = 'sha256:' + 'e'.repeat(64);
const scratch = scratchDirs('phase-merge');

// One workflow run per test.
let server: ArtifactServer;
beforeEach(async () => {
  server = await startArtifactServer();
});
afterEach(() => server.close());

/** A platform job's hand-off, uploaded as that job would (`text` in place of the hand-off it writes, `file` in place of digest.json). */
async function handedOn(platforms: string[], digest: string, options: { images?: string[]; text?: string; file?: string; attempt?: number } = {}): Promise<string> {
  const images = options.images ?? [REPO];
  const name = handOffName([REPO], platforms);
  const dir = scratch();
  const text = options.text ?? JSON.stringify({ schema: 'hoist/platform-digest@1', images, platforms, digest, job: 'build', runAttempt: String(options.attempt ?? 1) });
  fs.writeFileSync(path.join(dir, options.file ?? HANDOFF_FILE), text);
  await withEnv({ ...server.env('build', options.attempt ?? 1), GITHUB_SERVER_URL: 'https://github.com' }, () => uploadFile(name, path.join(dir, options.file ?? HANDOFF_FILE)));
  return name;
}

interface Merging {
  runner: FakeRunner;
  calls: Call[];
  registry: MemoryRegistry;
  /** How many registry requests had been made when imagetools ran. */
  requestsBeforeIndex: number[];
  /** What the merge produced, and the baseline it waited for before tagging. */
  outcome: Promise<{ produced: Produced; baseline: Promise<Baseline> }>;
}

function mergeJob(registry: MemoryRegistry, inputs: Record<string, string> = {}): Merging {
  const dir = scratch();
  const tmpDir = path.join(dir, 'tmp');
  fs.mkdirSync(tmpDir);
  const requestsBeforeIndex: number[] = [];
  const { exec, calls } = scriptedExec(
    [
      c => {
        if (c.args[1] !== 'imagetools') return undefined;
        requestsBeforeIndex.push(registry.requests.length);
        fs.writeFileSync(argAfter(c.args, '--metadata-file')!, JSON.stringify({ 'containerimage.descriptor': { mediaType: 'application/vnd.oci.image.index.v1+json', digest: INDEX } }));
        return ok();
      }
    ],
    INDEX
  );
  const runner = new FakeRunner({});
  const job = testJob(
    rawInputs({ tags: `${REPO}:1\n${REPO}:latest`, platforms: 'linux/amd64,linux/arm64', push: 'true', merge: 'true', ...inputs }),
    facts({ tmpDir, github: { ...facts().github, job: 'merge' } })
  );
  const ports = testPorts({ dir, runner, exec, registry, env: server.env('merge', 1) });
  // As main.ts starts it: the baseline read beside the merge, which tags only once it is read.
  const { baseline } = readMeanwhile(ports, job);
  const outcome = withEnv({ ...server.env('merge', 1), GITHUB_SERVER_URL: 'https://github.com' }, async () => ({ produced: await merge(ports, job, baseline), baseline: baseline! }));
  return { runner, calls, registry, requestsBeforeIndex, outcome };
}

/** A registry holding the two platform jobs' pushes: amd64 as a bare manifest, arm64 as an index (with its attestation, as buildx pushes it). */
function pushedPlatforms(): { registry: MemoryRegistry; amd64: string; arm64: string } {
  const registry = new MemoryRegistry();
  const amd64 = registry.putImage('acme/app', '', 1_000, { platform: 'linux/amd64', index: false });
  const arm64 = registry.putImage('acme/app', '', 2_000, { platform: 'linux/arm64' });
  return { registry, amd64, arm64 };
}

describe('merge: the platform jobs’ digests made into one index', () => {
  it('gathers and checks every hand-off, reads the baseline, then creates the index under every tag', async () => {
    const { registry, amd64, arm64 } = pushedPlatforms();
    await handedOn(['linux/arm64'], arm64);
    await handedOn(['linux/amd64'], amd64);
    const { runner, calls, requestsBeforeIndex, outcome } = mergeJob(registry);
    const { produced, baseline } = await outcome;

    expect(calls).toHaveLength(1);
    const argv = calls[0].args;
    // The requested platforms' order, not the artifacts'; every tag of the repository.
    expect(argv).toEqual([
      'buildx',
      'imagetools',
      'create',
      '--metadata-file',
      argAfter(argv, '--metadata-file'),
      '--tag',
      `${REPO}:1`,
      '--tag',
      `${REPO}:latest`,
      `${REPO}@${amd64}`,
      `${REPO}@${arm64}`
    ]);
    expect(path.basename(argAfter(argv, '--metadata-file')!)).toBe('index-0.json');
    expect(produced).toEqual({ digest: INDEX, mergedFrom: ['linux/amd64 from job build (attempt 1)', 'linux/arm64 from job build (attempt 1)'], durationMs: expect.any(Number) });
    expect(runner.outputs).toEqual({ digest: INDEX, metadata: JSON.stringify({ 'containerimage.digest': INDEX, 'image.name': `${REPO}:1,${REPO}:latest` }, null, 2) });
    expect(runner.texts('group')).toEqual(['Merge']);
    expect(runner.texts('info')).toEqual([
      expect.stringMatching(/^gathered 2 hand-off\(s\) from the run's artifacts in \d+ ms$/),
      `linux/amd64: ${amd64} from job build (attempt 1)`,
      `linux/arm64: ${arm64} from job build (attempt 1)`,
      expect.stringMatching(/^checked 2 digest\(s\) in 1 repository in \d+ ms$/),
      expect.stringMatching(/^created the index under 2 tag\(s\) in \d+ ms$/),
      expect.stringMatching(new RegExp(`^merged 2 platform job\\(s\\) into ${INDEX} in \\d+ ms$`))
    ]);
    // What the first tag pointed at was read before any tag moved: nothing yet.
    expect(registry.requests.slice(0, requestsBeforeIndex[0])).toContain('GET /v2/acme/app/manifests/1');
    expect(await baseline).toEqual({ reference: `${REPO}:1`, reason: `${REPO}:1 does not exist yet (the previous ${REPO}:1)` });
  });

  it('with the image already under the tag, the baseline is that image, read before the index replaces it', async () => {
    const { registry, amd64, arm64 } = pushedPlatforms();
    const previous = registry.putImage('acme/app', '1', 500);
    await handedOn(['linux/amd64'], amd64);
    await handedOn(['linux/arm64'], arm64);
    const { outcome } = mergeJob(registry);
    const baseline = await (await outcome).baseline;
    expect(baseline.image?.digest).toBe(previous);
  });

  it('a hand-off of a platform not asked for, or of other repositories, is left out with a warning', async () => {
    const { registry, amd64, arm64 } = pushedPlatforms();
    await handedOn(['linux/amd64'], amd64);
    await handedOn(['linux/arm64'], arm64);
    await handedOn(['linux/s390x'], amd64);
    await handedOn(['linux/ppc64le'], amd64, { images: ['127.0.0.1:5000/acme/other'] });
    const { runner, calls, outcome } = mergeJob(registry);
    await outcome;
    expect(runner.texts('warning')).toEqual([
      'merge: left out linux/ppc64le from job build (attempt 1): pushed to 127.0.0.1:5000/acme/other, not 127.0.0.1:5000/acme/app',
      'merge: left out linux/s390x from job build (attempt 1): not in platforms'
    ]);
    expect(calls[0].args.filter(a => a.includes('@'))).toEqual([`${REPO}@${amd64}`, `${REPO}@${arm64}`]);
  });

  it('two repositories: one imagetools create per repository, each with its own tags', async () => {
    const other = '127.0.0.1:5000/acme/mirror';
    const { registry, amd64, arm64 } = pushedPlatforms();
    registry.putImage('acme/mirror', '', 1_000, { platform: 'linux/amd64', index: false });
    registry.putImage('acme/mirror', '', 2_000, { platform: 'linux/arm64' });
    const name = (platform: string) => handOffName([REPO, other], [platform]);
    for (const [platform, digest] of [
      ['linux/amd64', amd64],
      ['linux/arm64', arm64]
    ]) {
      const dir = scratch();
      fs.writeFileSync(path.join(dir, HANDOFF_FILE), JSON.stringify({ schema: 'hoist/platform-digest@1', images: [REPO, other], platforms: [platform], digest, job: 'build', runAttempt: '1' }));
      await withEnv(server.env('build', 1), () => uploadFile(name(platform), path.join(dir, HANDOFF_FILE)));
    }
    const { runner, calls, outcome } = mergeJob(registry, { tags: `${REPO}:1\n${other}:1` });
    await outcome;
    expect(calls.map(c => c.args.slice(5))).toEqual([
      ['--tag', `${REPO}:1`, `${REPO}@${amd64}`, `${REPO}@${arm64}`],
      ['--tag', `${other}:1`, `${other}@${amd64}`, `${other}@${arm64}`]
    ]);
    expect(runner.texts('info')).toContainEqual(expect.stringMatching(/^checked 2 digest\(s\) in 2 repositories in \d+ ms$/));
  });
});

describe('merge: what stops it before any tag moves', () => {
  const nothingCreated = (m: Merging) => {
    expect(m.calls).toEqual([]);
    expect(m.runner.outputs).toEqual({});
  };

  it('a platform no job handed on', async () => {
    const { registry, amd64 } = pushedPlatforms();
    await handedOn(['linux/amd64'], amd64);
    const m = mergeJob(registry);
    await expect(m.outcome).rejects.toThrow(
      new Error(
        'cannot merge: no digest was handed on for linux/arm64 in this run (found: linux/amd64). The platform job for it (distribute: platform, platforms: linux/arm64) failed, was skipped, or pushed nothing; re-run it, then this job. No tag was created or moved.'
      )
    );
    nothingCreated(m);
  });

  it('no hand-off at all', async () => {
    const m = mergeJob(new MemoryRegistry());
    await expect(m.outcome).rejects.toThrow(
      new Error(
        'cannot merge: no digest was handed on for linux/amd64, linux/arm64 in this run (found: none). The platform job for each (distribute: platform, platforms: linux/amd64 / linux/arm64) failed, was skipped, or pushed nothing; re-run it, then this job. No tag was created or moved.'
      )
    );
    nothingCreated(m);
  });

  it('a digest the registry does not hold', async () => {
    const { registry, amd64 } = pushedPlatforms();
    const gone = 'sha256:' + '0'.repeat(64);
    await handedOn(['linux/amd64'], amd64);
    await handedOn(['linux/arm64'], gone);
    const m = mergeJob(registry);
    await expect(m.outcome).rejects.toThrow(
      new RegExp(
        `^cannot merge: linux/arm64 from job build \\(attempt 1\\): ${REPO.replace(/\./g, '\\.')}@${gone} cannot be read: .+\\. Re-run that job, then this one\\. No tag was created or moved\\.$`
      )
    );
    nothingCreated(m);
  });

  it('a digest that holds another platform than its job says', async () => {
    const { registry, amd64 } = pushedPlatforms();
    await handedOn(['linux/amd64'], amd64);
    await handedOn(['linux/arm64'], amd64, { attempt: 2 });
    const m = mergeJob(registry);
    await expect(m.outcome).rejects.toThrow(
      new Error(`cannot merge: linux/arm64 from job build (attempt 2): ${REPO}@${amd64} holds linux/amd64, not linux/arm64. Re-run that job, then this one. No tag was created or moved.`)
    );
    nothingCreated(m);
  });

  it('an artifact that holds no hand-off file', async () => {
    const { registry, amd64, arm64 } = pushedPlatforms();
    await handedOn(['linux/amd64'], amd64);
    const wrongFile = await handedOn(['linux/arm64'], arm64, { file: 'other.json' });
    const m = mergeJob(registry);
    await expect(m.outcome).rejects.toThrow(new Error(`cannot merge: artifact ${wrongFile} holds no digest.json; no tag was created or moved`));
    nothingCreated(m);
  });

  it.each([
    ['not JSON', 'digest: sha256:…', 'is not JSON'],
    ['another schema', JSON.stringify({ schema: 'hoist/platform-digest@0' }), 'is not a hoist/platform-digest@1 hand-off (schema "hoist/platform-digest@0")'],
    ['no digest', JSON.stringify({ schema: 'hoist/platform-digest@1', images: [REPO], platforms: ['linux/arm64'], digest: 'latest', job: 'build', runAttempt: '1' }), 'has no sha256 digest']
  ])('a hand-off that is %s', async (_what, text, why) => {
    const { registry, amd64, arm64 } = pushedPlatforms();
    await handedOn(['linux/amd64'], amd64);
    const bad = await handedOn(['linux/arm64'], arm64, { text });
    const m = mergeJob(registry);
    await expect(m.outcome).rejects.toThrow(new Error(`cannot merge: artifact ${bad} ${why}; no tag was created or moved`));
    nothingCreated(m);
  });

  it('the prefix keeps other images’ hand-offs apart: they are not even downloaded', async () => {
    const { registry, amd64, arm64 } = pushedPlatforms();
    await handedOn(['linux/amd64'], amd64);
    await handedOn(['linux/arm64'], arm64);
    const dir = scratch();
    fs.writeFileSync(path.join(dir, HANDOFF_FILE), 'not a hand-off');
    await withEnv(server.env('build', 1), () => uploadFile(`${handOffPrefix(['127.0.0.1:5000/acme/other'])}linux-amd64`, path.join(dir, HANDOFF_FILE)));
    const { outcome, runner } = mergeJob(registry);
    await outcome;
    expect(runner.texts('info')[0]).toMatch(/^gathered 2 hand-off\(s\)/);
  });
});
