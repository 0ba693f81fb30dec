/**
 * The report phase: what an in-memory registry holds read back (`platform-digests`), or
 * the measured image, then the summary, the sizes against the baseline and the gates; the
 * pull request comment through the real @actions/github against the test suite's GitHub
 * stand-in; and, on a fork's pull request, the report saved as an artifact (the real
 * @actions/artifact against the artifact service stand-in) that comment-only accepts.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { downloadFiles } from '../../../src/github/artifacts.js';
import { readMeanwhile, report } from '../../../src/phases/report.js';
import { OciLayout } from '../../../src/readback/layout.js';
import { readHistory, writePoint } from '../../../src/readback/size-history.js';
import { parseReference } from '../../../src/registry/reference.js';
import { RegistryClient } from '../../../src/registry/client.js';
import { checkSharedReport, REPORT_ARTIFACT_PREFIX, REPORT_FILE, REPORT_MAX_BYTES } from '../../../src/report/shared.js';
import type { Produced } from '../../../src/report/summary.js';
import { eventFile, withEnv } from '../../helpers/env.js';
import { writeLayout } from '../../helpers/exec.js';
import { facts } from '../../helpers/facts.js';
import { rawInputs } from '../../helpers/inputs.js';
import { scratchDirs, testJob, testPorts } from '../../helpers/ports.js';
import { MemoryRegistry } from '../../helpers/registry.js';
import { FakeRunner } from '../../helpers/runner.js';
import { startArtifactServer, type ArtifactServer } from '../../servers/artifacts.js';
import { startGitHub, type GitHubServer } from '../../servers/github.js';
import { readRunEnv } from '../../../src/runner/env.js';

const REPO = '127.0.0.1:5000/acme/app';
const TOKEN = 'ghs_job-token';
const HEAD = 'c0ffee00'.repeat(5);
const scratch = scratchDirs('phase-report');

let github: GitHubServer;
let artifacts: ArtifactServer;
beforeAll(async () => {
  github = await startGitHub(TOKEN, 'acme/app');
  artifacts = await startArtifactServer();
});
afterAll(async () => {
  await github.close();
  await artifacts.close();
});

/** The environment of a pull request's run: from a branch of the repository, or from a fork. */
function pullRequestEnv(number: number, fork: boolean): NodeJS.ProcessEnv {
  return {
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: eventFile({
      pull_request: { number, head: { sha: HEAD, repo: { full_name: fork ? 'someone/app' : 'acme/app' } } },
      repository: { full_name: 'acme/app' }
    }),
    GITHUB_REPOSITORY: 'acme/app',
    GITHUB_BASE_REF: 'main',
    GITHUB_API_URL: github.url,
    GITHUB_JOB: 'image'
  };
}

interface Reporting {
  runner: FakeRunner;
  registry: MemoryRegistry;
  tmpDir: string;
  done: Promise<void>;
}

/** The report phase of a run with these inputs, after a build that produced `produced`; `measured` for an image that was not pushed. */
function reportWith(
  inputs: Record<string, string>,
  produced: Produced,
  options: {
    registry?: MemoryRegistry;
    client?: RegistryClient;
    env?: NodeJS.ProcessEnv;
    /** What the process's environment holds meanwhile (the @actions clients read it). */
    processEnv?: Record<string, string>;
    measured?: (dir: string) => Promise<Awaited<ReturnType<OciLayout['image']>>>;
  } = {}
): Reporting {
  const dir = scratch();
  const tmpDir = path.join(dir, 'tmp');
  fs.mkdirSync(tmpDir);
  const runner = new FakeRunner({});
  const registry = options.registry ?? new MemoryRegistry();
  const ports = testPorts({ dir, runner, registry: options.client ?? registry, env: options.env });
  const job = testJob(rawInputs(inputs), facts({ tmpDir, github: ports.env.workflow }));
  const done = withEnv(options.processEnv ?? {}, async () => {
    const measured = options.measured ? await options.measured(tmpDir) : undefined;
    await report(ports, job, produced, { ...readMeanwhile(ports, job), ...(measured ? { measured } : {}) });
  });
  return { runner, registry, tmpDir, done };
}

describe('report: a pushed image', () => {
  it('reads back what the registry holds, sets platform-digests and sizes, compares with the baseline, writes the summary', async () => {
    const registry = new MemoryRegistry();
    registry.putImage('acme/app', '1', 3_000);
    const pushed = registry.putImage('acme/app', 'pushed', 5_000);
    const { runner, done } = reportWith({ tags: `${REPO}:2`, push: 'true', 'compare-to': `${REPO}:1` }, { digest: pushed, durationMs: 1_500 }, { registry });
    await done;
    expect(runner.texts('group')).toEqual(['Publish', 'Report']);
    expect(Object.keys(JSON.parse(runner.outputs['platform-digests']))).toEqual(['linux/amd64']);
    const sizes = JSON.parse(runner.outputs.sizes);
    expect(sizes).toMatchObject({
      image: REPO,
      digest: pushed,
      source: 'registry',
      baseline: { reference: `${REPO}:1`, found: true },
      platforms: { 'linux/amd64': { uncompressed: 5_000, layers: 1 } }
    });
    expect(sizes.platforms['linux/amd64'].delta.bytes).toBeGreaterThan(0);
    const summary = runner.texts('summary').join('');
    expect(summary).toContain('| pushed | yes |');
    expect(summary).toContain(`| digest | \`${pushed}\` |`);
    expect(summary).toContain('| build time | 1.5 s |');
    expect(summary).toContain(`### hoist · image size · \`${REPO}\``);
    expect(runner.texts('info')).toContainEqual(expect.stringMatching(/^read back and reported in \d+ ms$/));
    expect(runner.texts('warning')).toEqual([]);
  });

  it('a gate that fails fails the step, after the summary is written', async () => {
    const registry = new MemoryRegistry();
    const pushed = registry.putImage('acme/app', 'pushed', 50_000);
    const { runner, done } = reportWith({ tags: `${REPO}:1`, push: 'true', 'max-size': '100B' }, { digest: pushed, durationMs: 0 }, { registry });
    await expect(done).rejects.toThrow(/^size gate failed:\n {2}linux\/amd64 is \d+ B compressed, over max-size 100B$/);
    expect(runner.texts('summary').join('')).toContain('max-size 100B ❌');
    // Written before the step fails.
    expect(runner.texts('summary')).toHaveLength(1);
    expect(JSON.parse(runner.outputs.sizes).gates).toEqual([expect.objectContaining({ name: 'max-size', limit: '100B', passed: false })]);
  });

  it('a registry that cannot give the image back: a warning, no sizes; the image was pushed', async () => {
    const pushed = 'sha256:' + 'a'.repeat(64);
    const { runner, done } = reportWith({ tags: `${REPO}:1`, push: 'true', 'max-size': '1kB' }, { digest: pushed, durationMs: 0 });
    await done;
    expect(runner.texts('warning')).toEqual([`the image was pushed, but reading it back from the registry failed: ${REPO}:1@${pushed} is not in the registry`]);
    expect(runner.outputs).toEqual({ 'platform-digests': '{}' });
    expect(runner.texts('summary').join('')).toContain('| pushed | yes |');
  });

  it('registry faults that were retried are counted in the log', async () => {
    const registry = new MemoryRegistry();
    const pushed = registry.putImage('acme/app', 'pushed', 1_000);
    let failures = 0;
    const client = new RegistryClient({
      attempts: 3,
      clock: { now: () => 0, sleep: async () => undefined, random: () => 0 },
      transport: async (url, request) => (url.pathname.includes('/manifests/sha256:') && failures++ < 2 ? { status: 503, headers: {}, body: Buffer.from('') } : registry.transport(url, request))
    });
    const { runner, done } = reportWith({ tags: `${REPO}:1`, push: 'true', 'compare-to': 'none' }, { digest: pushed, durationMs: 0 }, { registry, client });
    await done;
    expect(runner.texts('info')).toContainEqual(expect.stringMatching(/^registry: 2 failed attempt\(s\) over 1 request\(s\) retried, 0\.0 s of the \d+ s retry budget$/));
  });

  it('a platform job: platform-digests of what it pushed by digest, no sizes (the merge reports them); pushed once handed on', async () => {
    const registry = new MemoryRegistry();
    const pushed = registry.putImage('acme/app', '', 1_000, { platform: 'linux/arm64' });
    const { runner, done } = reportWith(
      { tags: `${REPO}:1`, push: 'true', platforms: 'linux/arm64', distribute: 'platform', 'max-size': '1kB' },
      { digest: pushed, durationMs: 0, handedOn: 'hoist-digest-x-linux-arm64' },
      { registry }
    );
    await done;
    expect(JSON.parse(runner.outputs['platform-digests'])).toEqual({ 'linux/arm64': expect.stringMatching(/^sha256:/) });
    expect(runner.outputs.sizes).toBeUndefined();
    const summary = runner.texts('summary').join('');
    expect(summary).toContain('| pushed | yes |');
    expect(summary).toContain('| handed on | to the merge step, as artifact `hoist-digest-x-linux-arm64` (pushed by digest, no tag) |');
  });

  it('DOCKER_BUILD_SUMMARY=false leaves the summary out, not the outputs', async () => {
    const registry = new MemoryRegistry();
    const pushed = registry.putImage('acme/app', 'pushed', 1_000);
    const { runner, done } = reportWith({ tags: `${REPO}:1`, push: 'true' }, { digest: pushed, durationMs: 0 }, { registry, env: { DOCKER_BUILD_SUMMARY: 'false' } });
    await done;
    expect(runner.texts('summary')).toEqual([]);
    expect(runner.outputs.sizes).toBeDefined();
  });
});

describe('report: an image that was not pushed', () => {
  it('reports the measured image: no read-back, no platform-digests, sizes from the build', async () => {
    const registry = new MemoryRegistry();
    registry.putImage('acme/app', '1', 3_000);
    const { runner, done } = reportWith(
      { tags: `${REPO}:1` },
      { digest: 'sha256:' + 'b'.repeat(64), durationMs: 0, measured: true },
      {
        registry,
        measured: async tmpDir => {
          writeLayout(path.join(tmpDir, 'measure'), 6_000);
          return new OciLayout(path.join(tmpDir, 'measure')).image(`${REPO}:1`);
        }
      }
    );
    await done;
    expect(runner.texts('group')).toEqual(['Report']);
    expect(runner.outputs['platform-digests']).toBe('{}');
    expect(JSON.parse(runner.outputs.sizes)).toMatchObject({ source: 'build', baseline: { reference: `${REPO}:1`, found: true }, platforms: { 'linux/amd64': { uncompressed: 6_000 } } });
    expect(runner.texts('summary').join('')).toContain('| pushed | no — the sizes below were measured from the build |');
  });
});

/** Points in acme/app's size history, as pushes on main would have left them. */
async function seedHistory(registry: MemoryRegistry, commits: string[]): Promise<void> {
  for (const [i, commit] of commits.entries()) {
    const point = {
      commit,
      time: new Date(Date.UTC(2026, 0, 1, i)).toISOString(),
      digest: `sha256:${String(i).padStart(64, '0')}`,
      platforms: { 'linux/amd64': { compressed: 1000 * (i + 1), unpacked: null, layers: 1 } }
    };
    const client = registry.client();
    const ref = parseReference(`${REPO}:main`);
    await writePoint(client, ref, point, await readHistory(client, ref));
  }
}

describe('report: the pull request comment', () => {
  it('a pull request from a branch of the repository gets the size table as a comment', async () => {
    const registry = new MemoryRegistry();
    const pushed = registry.putImage('acme/app', 'pushed', 1_000);
    const { runner, done } = reportWith({ tags: `${REPO}:pr-3`, push: 'true', 'github-token': TOKEN }, { digest: pushed, durationMs: 0 }, { registry, env: pullRequestEnv(3, false) });
    await done;
    const [comment] = github.comments.get(3)!;
    expect(comment.body.split('\n')[0]).toBe(`<!-- hoist:size-report image=${REPO} job=image -->`);
    expect(comment.body).toContain(`### hoist · image size · \`${REPO}\``);
    expect(runner.texts('info')).toContain(`created the size comment on pull request #3: ${comment.html_url}`);
  });

  it("the size trend: the base repository's history drawn in the summary and the comment, this pull request last", async () => {
    const registry = new MemoryRegistry();
    await seedHistory(registry, ['1111111aaa', '2222222bbb']);
    const seeded = registry.requests.length;
    const pushed = registry.putImage('acme/app', 'pushed', 1_000);
    const { runner, done } = reportWith(
      { tags: `${REPO}:pr-13`, push: 'true', 'github-token': TOKEN, 'size-trend': '30' },
      { digest: pushed, durationMs: 0 },
      { registry, env: pullRequestEnv(13, false) }
    );
    await done;
    const axis = `  x-axis ["1111111", "2222222", "${HEAD.slice(0, 7)}"]`;
    expect(runner.texts('summary').join('')).toContain(axis);
    expect(github.comments.get(13)![0].body).toContain(axis);
    expect(runner.texts('warning')).toEqual([]);
    // A pull request reads the history; it writes nothing.
    expect(registry.requests.slice(seeded).filter(r => /^(PUT|POST)/.test(r))).toEqual([]);
    expect(registry.requests.slice(seeded)).toContain('GET /v2/acme/app/manifests/hoist-size-history');
  });

  it('pr-comment: false: no comment', async () => {
    const registry = new MemoryRegistry();
    const pushed = registry.putImage('acme/app', 'pushed', 1_000);
    const { done } = reportWith({ tags: `${REPO}:pr-4`, push: 'true', 'github-token': TOKEN, 'pr-comment': 'false' }, { digest: pushed, durationMs: 0 }, { registry, env: pullRequestEnv(4, false) });
    await done;
    expect(github.comments.get(4)).toBeUndefined();
  });

  it("a fork's pull request: the report is saved for the base repository, whose comment-only job accepts it", async () => {
    const registry = new MemoryRegistry();
    await seedHistory(registry, ['1111111aaa']);
    const pushed = registry.putImage('acme/app', 'pushed', 1_000);
    const { runner, done, tmpDir } = reportWith(
      { tags: `${REPO}:pr-5`, push: 'true', 'github-token': TOKEN, 'size-trend': '30' },
      { digest: pushed, durationMs: 0 },
      { registry, env: { ...pullRequestEnv(5, true), ...artifacts.env('image', 1) }, processEnv: { ...artifacts.env('image', 1), GITHUB_SERVER_URL: 'https://github.com' } }
    );
    await done;
    expect(github.comments.get(5)).toBeUndefined();
    const [warning] = runner.texts('warning');
    const name = /saved as artifact (\S+);/.exec(warning)?.[1];
    expect(warning).toBe(
      `this pull request comes from a fork, whose token cannot comment: the size report is saved as artifact ${name}; a workflow_run job in the base repository with comment-only: true posts it (see docs/sizes-and-comments.md).`
    );
    expect(name).toMatch(new RegExp(`^${REPORT_ARTIFACT_PREFIX}[0-9a-f]{12}$`));
    expect(fs.readdirSync(tmpDir).filter(d => d.startsWith('report-'))).toHaveLength(1);
    // What the base repository's job downloads and checks.
    const [saved] = await withEnv(artifacts.env('comment', 1), () => downloadFiles(name!, { services: readRunEnv().actions }));
    const checked = checkSharedReport(saved.files[REPORT_FILE], { headSha: HEAD, pullRequests: [] });
    // The chart stays out of what a fork hands on: comment-only posts only what it can check.
    expect(runner.texts('summary').join('')).toContain('```mermaid');
    expect(String(saved.files[REPORT_FILE])).not.toContain('mermaid');
    expect(checked).toMatchObject({ pullRequest: 5, headSha: HEAD, job: 'image', report: { image: REPO, digest: pushed } });
    // The layers and history go too, for the comment job's "What changed" table.
    expect(checked.layers).toMatchObject({ target: '', contexts: [] });
    expect(checked.layers?.images.map(i => [i.platform, i.layers.length, i.history?.map(h => h.createdBy)])).toEqual([['linux/amd64', 1, ['COPY app /app # buildkit']]]);
  });

  it("a fork's pull request whose layers would make the report too large: the numbers go alone, and it is said", async () => {
    const registry = new MemoryRegistry();
    const pushed = registry.putImage('acme/app', 'pushed', 1_000, { createdBy: `RUN ${'x'.repeat(300_000)}` });
    const { runner, done } = reportWith(
      { tags: `${REPO}:pr-5`, push: 'true', 'github-token': TOKEN },
      { digest: pushed, durationMs: 0 },
      { registry, env: { ...pullRequestEnv(5, true), ...artifacts.env('image', 2) }, processEnv: { ...artifacts.env('image', 2), GITHUB_SERVER_URL: 'https://github.com' } }
    );
    await done;
    expect(runner.texts('info')).toContain(
      `the image's layers are left out of the saved size report: with them it would pass ${REPORT_MAX_BYTES} bytes, so the comment will have no "What changed" table`
    );
    const name = /saved as artifact (\S+);/.exec(runner.texts('warning')[0])?.[1];
    const [saved] = await withEnv(artifacts.env('comment', 2), () => downloadFiles(name!, { services: readRunEnv().actions }));
    expect(checkSharedReport(saved.files[REPORT_FILE], { headSha: HEAD, pullRequests: [] }).layers).toBeUndefined();
  });

  it("a fork's pull request without the artifact service: the report stays in the summary", async () => {
    const registry = new MemoryRegistry();
    const pushed = registry.putImage('acme/app', 'pushed', 1_000);
    const { runner, done } = reportWith({ tags: `${REPO}:pr-6`, push: 'true', 'github-token': TOKEN }, { digest: pushed, durationMs: 0 }, { registry, env: pullRequestEnv(6, true) });
    await done;
    expect(runner.texts('warning')).toEqual(['this pull request comes from a fork, whose token cannot comment. The size report is in the job summary.']);
  });

  it("a fork's pull request whose report cannot be saved: said, and the report stays in the summary", async () => {
    const registry = new MemoryRegistry();
    const pushed = registry.putImage('acme/app', 'pushed', 1_000);
    artifacts.fault({ kind: 'quota' });
    let runner: FakeRunner;
    try {
      const reporting = reportWith(
        { tags: `${REPO}:pr-7`, push: 'true', 'github-token': TOKEN },
        { digest: pushed, durationMs: 0 },
        { registry, env: { ...pullRequestEnv(7, true), ...artifacts.env('image', 1) }, processEnv: { ...artifacts.env('image', 1), GITHUB_SERVER_URL: 'https://github.com' } }
      );
      runner = reporting.runner;
      await reporting.done;
    } finally {
      artifacts.fault(undefined);
    }
    expect(runner.texts('warning')).toEqual([
      expect.stringMatching(/^saving the size report for the base repository failed: uploading artifact hoist-size-report-[0-9a-f]{12} failed: /),
      'this pull request comes from a fork, whose token cannot comment. The size report is in the job summary.'
    ]);
  });
});
