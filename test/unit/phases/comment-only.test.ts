/**
 * comment-only: the base repository's workflow_run job, with the real @actions/artifact
 * and @actions/github against the test suite's stand-in of GitHub's REST API (another
 * run's artifacts, a pull request's head, issue comments): the fork's saved report
 * downloaded, checked against the run that triggered the job, and posted; every refusal
 * names the artifact and says that no comment was written.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { createHash, randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { commentOnly } from '../../../src/phases/comment-only.js';
import type { ImageFacts } from '../../../src/readback/image.js';
import { evaluateGates } from '../../../src/report/gates.js';
import { sizesJson } from '../../../src/report/markdown.js';
import { inspectImage } from '../../../src/readback/inspect.js';
import { parseReference } from '../../../src/registry/reference.js';
import { REPORT_ARTIFACT_PREFIX, REPORT_FILE, REPORT_MAX_BYTES, REPORT_SCHEMA, sharedLayers, type SharedReport } from '../../../src/report/shared.js';
import { sizeReport } from '../../../src/report/sizes.js';
import { zipOf } from '../../helpers/artifacts.js';
import { eventFile } from '../../helpers/env.js';
import { scratchDirs, testPorts } from '../../helpers/ports.js';
import { MemoryRegistry } from '../../helpers/registry.js';
import { FakeRunner } from '../../helpers/runner.js';
import { startGitHub, type GitHubServer } from '../../servers/github.js';

const TOKEN = 'ghs_base-repository-token';
const HEAD = 'c0ffee00'.repeat(5);
const RUN_ID = 9001;
const IMAGE = 'ghcr.io/acme/backend';
const ARTIFACT = `${REPORT_ARTIFACT_PREFIX}0123456789ab`;
const scratch = scratchDirs('phase-comment-only');

let github: GitHubServer;
const apiUrlBefore = process.env.GITHUB_API_URL;
beforeAll(async () => {
  github = await startGitHub(TOKEN, 'acme/backend');
  // @actions/github reads it once, when first loaded (by @actions/artifact, for another run's artifacts).
  process.env.GITHUB_API_URL = github.url;
});
afterAll(async () => {
  if (apiUrlBefore === undefined) delete process.env.GITHUB_API_URL;
  else process.env.GITHUB_API_URL = apiUrlBefore;
  await github.close();
});
beforeEach(() => {
  github.requests.length = 0;
  github.runArtifacts.clear();
  github.comments.clear();
  github.pulls.clear();
  github.trees.clear();
  github.down.clear();
});

const digest = (of: string) => `sha256:${createHash('sha256').update(of).digest('hex')}`;

/** The image the fork's run measured (or its baseline): two platforms of one layer each. */
function measured(bytes: number): ImageFacts {
  const platform = (name: string) => ({
    platform: name,
    digest: digest(`${name} ${bytes}`),
    manifestBytes: 700,
    config: { digest: digest(`${name} config ${bytes}`), size: 1_000 },
    layers: [{ digest: digest(`${name} layer ${bytes}`), size: bytes, mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip', uncompressed: bytes * 2, instruction: 'COPY app /app' }]
  });
  return { reference: `${IMAGE}@${digest(`index ${bytes}`)}`, digest: digest(`index ${bytes}`), platforms: [platform('linux/amd64'), platform('linux/arm64')], attestations: [] };
}

/** The report a fork's run saves (report.ts does it), for pull request `pullRequest` at `headSha`. */
function savedReport(overrides: Partial<SharedReport> = {}): string {
  const sizes = sizeReport(measured(300_000), IMAGE, { image: measured(200_000), reference: `${IMAGE}:main` }, 'build');
  const json = sizesJson(sizes, evaluateGates(sizes, '', '10%'));
  const report: SharedReport = { schema: REPORT_SCHEMA, pullRequest: 5, headSha: HEAD, job: 'image', markdown: '| the fork’s own table |', sizes: JSON.parse(json), ...overrides };
  return JSON.stringify(report, null, 2);
}

/** The run that triggered the comment job has these artifacts (as the REST API lists them). */
async function runHas(...artifacts: Array<{ name: string; file?: string; text: string }>): Promise<void> {
  let id = 70;
  const stored = await Promise.all(artifacts.map(async a => ({ id: ++id, name: a.name, content: await zipOf(a.file ?? REPORT_FILE, a.text) })));
  github.runArtifacts.set(RUN_ID, stored);
}

/** This repository as the workflow_run event names it, and as a pull_requests entry names a base repository (id, API URL, name). */
const REPOSITORY_ID = 1001;
const baseRepo = () => ({ id: REPOSITORY_ID, url: `${github.url}/repos/acme/backend`, name: 'backend' });
/** Another repository with a pull request of the same branch (a fork's own pull requests, say): same name, another id. */
const otherRepo = () => ({ id: 2002, url: `${github.url}/repos/someone/backend`, name: 'backend' });

/** A pull_requests entry of the workflow_run payload, as GitHub writes it. */
const listed = (number: number, base: object) => ({
  id: 4000 + number,
  number,
  url: `${github.url}/repos/acme/backend/pulls/${number}`,
  head: { ref: 'feature', sha: HEAD, repo: otherRepo() },
  base: { ref: 'main', sha: 'f00d'.repeat(10), repo: base }
});

/**
 * The comment job: a workflow_run event of the pull request's run, which lists `pullRequests`
 * of this repository and `otherPullRequests` of another one. `dir` holds its RUNNER_TEMP (`dir/temp`).
 */
function commentJob(options: { pullRequests?: number[]; otherPullRequests?: number[]; headSha?: string; event?: string; token?: string; registry?: MemoryRegistry } = {}) {
  const runner = new FakeRunner({});
  const repository = { id: REPOSITORY_ID, name: 'backend', full_name: 'acme/backend', url: `${github.url}/repos/acme/backend` };
  const pullRequests = [...(options.pullRequests ?? []).map(n => listed(n, baseRepo())), ...(options.otherPullRequests ?? []).map(n => listed(n, otherRepo()))];
  const payload = options.event
    ? { action: 'opened', pull_request: { number: 5, head: { sha: HEAD, repo: { full_name: 'someone/backend' } } }, repository }
    : {
        action: 'completed',
        workflow_run: { id: RUN_ID, head_sha: options.headSha ?? HEAD, event: 'pull_request', conclusion: 'success', pull_requests: pullRequests },
        repository
      };
  const dir = scratch();
  const ports = testPorts({
    dir,
    runner,
    ...(options.registry ? { registry: options.registry } : {}),
    env: { GITHUB_EVENT_NAME: options.event ?? 'workflow_run', GITHUB_EVENT_PATH: eventFile(payload), GITHUB_REPOSITORY: 'acme/backend', GITHUB_API_URL: github.url, GITHUB_JOB: 'comment' }
  });
  return { runner, dir, done: commentOnly(ports, { 'github-token': options.token ?? TOKEN }) };
}

/** The artifact downloads that reached the REST API (each is a 302 to the zip). */
const downloads = () => github.requests.filter(r => /^GET \/repos\/acme\/backend\/actions\/artifacts\/\d+\/zip$/.test(r));

/** Every file under `dir`, as paths relative to it. */
function filesUnder(dir: string): string[] {
  return fs.existsSync(dir)
    ? fs
        .readdirSync(dir, { recursive: true, withFileTypes: true })
        .filter(e => e.isFile())
        .map(e => path.relative(dir, path.join(e.parentPath, e.name)))
    : [];
}

/** `count` report artifacts named as hoist names them, each holding `content` (one zip, made once). */
function manyArtifacts(count: number, content: Buffer) {
  return Array.from({ length: count }, (_, i) => ({ id: 100 + i, name: `${REPORT_ARTIFACT_PREFIX}${i.toString(16).padStart(12, '0')}`, content }));
}

/** The parts of the saved report's `sizes` the tests tamper with. */
interface SizesJson {
  image: string;
  platforms: Record<string, unknown>;
  baseline: { reference?: string; found: boolean };
  gates: Array<{ name: string; limit: string }>;
}

/** The saved report with `change` made to its `sizes`. */
function reportWith(change: (sizes: SizesJson) => void): string {
  const report = JSON.parse(savedReport()) as { sizes: SizesJson };
  change(report.sizes);
  return JSON.stringify(report);
}

describe('comment-only: the fork’s report posted from the base repository', () => {
  it('a fork’s run (it lists no pull request): the pull request’s head is asked for, then the comment is created, and updated by a re-run', async () => {
    await runHas({ name: ARTIFACT, text: savedReport() });
    github.pulls.set(5, HEAD);
    const first = commentJob();
    await first.done;
    const [comment] = github.comments.get(5)!;
    expect(first.runner.texts('info')).toEqual([`created the size comment on pull request #5 from run ${RUN_ID}: ${comment.html_url}`]);
    expect(comment.body.split('\n')[0]).toBe(`<!-- hoist:size-report image=${IMAGE} job=image -->`);
    // Rendered here from the numbers; the fork's own markdown is not posted.
    expect(comment.body).toContain(`_Measured by the pull request's run ${RUN_ID} at c0ffee0; posted from the base repository._`);
    expect(comment.body).toContain(`### hoist · image size · \`${IMAGE}\` · measured from the build, not pushed`);
    expect(comment.body).toContain('| linux/amd64 | 301.0 kB | ▲ 0.1 MB (+49.8 %) | 600.0 kB | 1 |');
    expect(comment.body).toContain('Gates: max-size-increase 10% ❌');
    expect(comment.body).not.toContain('the fork’s own table');
    expect(github.requests).toContain('GET /repos/acme/backend/pulls/5');

    const again = commentJob();
    await again.done;
    expect(github.comments.get(5)).toHaveLength(1);
    expect(again.runner.texts('info')).toEqual([`updated the size comment on pull request #5 from run ${RUN_ID}: ${comment.html_url}`]);
  });

  it('a run that lists its pull request: the pull request’s head is asked for all the same', async () => {
    await runHas({ name: ARTIFACT, text: savedReport() });
    github.pulls.set(5, HEAD);
    const { done } = commentJob({ pullRequests: [5] });
    await done;
    expect(github.comments.get(5)).toHaveLength(1);
    expect(github.requests).toContain('GET /repos/acme/backend/pulls/5');
  });

  it('a run that saved no report: nothing to post', async () => {
    await runHas({ name: 'some-other-artifact', text: 'x' });
    const { runner, done } = commentJob();
    await done;
    expect(runner.texts('info')).toEqual([`run ${RUN_ID} saved no size report (it pushed, commented itself, or measured nothing): nothing to post`]);
    expect(github.comments.size).toBe(0);
  });
});

describe('comment-only: what it refuses', () => {
  const refused = (why: string) => new Error(`artifact ${ARTIFACT} of run ${RUN_ID} was refused: ${why}. No comment was written.`);

  it('outside a workflow_run event, before anything is asked', async () => {
    const { done } = commentJob({ event: 'pull_request' });
    await expect(done).rejects.toThrow(
      new Error(
        "input 'comment-only': needs a workflow_run event, not pull_request. Run it in a workflow triggered by on: workflow_run (types: [completed]) of the workflow that builds the pull request."
      )
    );
    expect(github.requests).toEqual([]);
  });

  it('without a token', async () => {
    const { done } = commentJob({ token: '' });
    await expect(done).rejects.toThrow(
      new Error(
        "input 'github-token': is empty, but comment-only reads the run and writes the comment with it. Leave it at its default (github.token), with permissions actions: read and pull-requests: write."
      )
    );
  });

  it('a pull request whose head moved on since the run', async () => {
    await runHas({ name: ARTIFACT, text: savedReport() });
    github.pulls.set(5, 'beef'.repeat(10));
    const { done } = commentJob();
    await expect(done).rejects.toThrow(refused(`it is for pull request #5, whose head is ${'beef'.repeat(10)}, not ${HEAD}, the commit the run built`));
    expect(github.comments.size).toBe(0);
  });

  it('a pull request that does not exist', async () => {
    await runHas({ name: ARTIFACT, text: savedReport({ pullRequest: 6 }) });
    const { done } = commentJob();
    await expect(done).rejects.toThrow(refused(`it is for pull request #6, whose head is unknown (no such pull request), not ${HEAD}, the commit the run built`));
  });

  it('a report of another commit than the run built', async () => {
    await runHas({ name: ARTIFACT, text: savedReport({ headSha: 'beef'.repeat(10) }) });
    const { done } = commentJob();
    await expect(done).rejects.toThrow(refused(`it is for commit ${'beef'.repeat(10)}, but the run that triggered this job built ${HEAD}`));
  });

  it('a report of another pull request than the run lists', async () => {
    await runHas({ name: ARTIFACT, text: savedReport({ pullRequest: 6 }) });
    const { done } = commentJob({ pullRequests: [5] });
    await expect(done).rejects.toThrow(refused('it is for pull request #6, but the run that triggered this job is for #5'));
  });

  it('an artifact without the report file', async () => {
    await runHas({ name: ARTIFACT, file: 'other.json', text: savedReport() });
    const { done } = commentJob({ pullRequests: [5] });
    await expect(done).rejects.toThrow(refused(`it holds no ${REPORT_FILE}`));
  });

  it('more report artifacts than a workflow makes', async () => {
    const text = savedReport();
    await runHas(...Array.from({ length: 21 }, (_, i) => ({ name: `${REPORT_ARTIFACT_PREFIX}${String(i).padStart(12, '0')}`, text })));
    const { done } = commentJob({ pullRequests: [5] });
    await expect(done).rejects.toThrow(new Error(`run ${RUN_ID} has 21 size report artifacts, more than the 20 a workflow makes; none was posted.`));
    expect(github.comments.size).toBe(0);
  });

  it('artifacts the token may not read', async () => {
    await runHas({ name: ARTIFACT, text: savedReport() });
    const { done } = commentJob({ token: 'ghs_wrong' });
    await expect(done).rejects.toThrow(new RegExp(`^the size reports of run ${RUN_ID} were refused: listing the run's artifacts failed: .*Bad credentials.*\\. No comment was written\\.$`));
  });

  it('a name of any other form than hoist writes, before anything is downloaded, and nothing is unpacked outside', async () => {
    // path.join(dir, name) took this two directories up and over (issue 28).
    const name = `${REPORT_ARTIFACT_PREFIX}/../../../escaped`;
    await runHas({ name, text: savedReport() });
    github.pulls.set(5, HEAD);
    const { done, dir } = commentJob();
    await expect(done).rejects.toThrow(
      new Error(`the size reports of run ${RUN_ID} were refused: artifact "${name}" is not named as hoist names a size report (${REPORT_ARTIFACT_PREFIX} and 12 hex digits). No comment was written.`)
    );
    expect(downloads()).toEqual([]);
    expect(filesUnder(dir)).toEqual([]);
    expect(github.comments.size).toBe(0);
  });

  it.each<[string, string]>([
    ['upper-case hex', `${REPORT_ARTIFACT_PREFIX}0123456789AB`],
    ['13 hex digits', `${REPORT_ARTIFACT_PREFIX}0123456789abc`],
    ['a line break and a workflow command', `${REPORT_ARTIFACT_PREFIX}\n::error::x`]
  ])('a name with %s, quoted as it is', async (_what, name) => {
    await runHas({ name, text: savedReport() });
    const { done } = commentJob();
    await expect(done).rejects.toThrow(`artifact ${JSON.stringify(name)} is not named as hoist names a size report`);
    expect(downloads()).toEqual([]);
  });

  it('an artifact that is no zip', async () => {
    github.runArtifacts.set(RUN_ID, [{ id: 71, name: ARTIFACT, content: Buffer.from('{"schema": "hoist/size-report@1"}') }]);
    const { done } = commentJob();
    await expect(done).rejects.toThrow(
      new Error(`the size reports of run ${RUN_ID} were refused: artifact ${ARTIFACT} is not a zip hoist can read: it has no end of central directory. No comment was written.`)
    );
  });

  it('300 report artifacts, before any is downloaded', async () => {
    github.runArtifacts.set(RUN_ID, manyArtifacts(300, await zipOf(REPORT_FILE, savedReport())));
    const { done, dir } = commentJob({ pullRequests: [5] });
    await expect(done).rejects.toThrow(new Error(`run ${RUN_ID} has 300 size report artifacts, more than the 20 a workflow makes; none was posted.`));
    expect(downloads()).toEqual([]);
    expect(filesUnder(dir)).toEqual([]);
  });

  it('a zip bomb, listed at its honest size: refused while it is unpacked, and nothing reaches the disk', async () => {
    const bomb = await zipOf(REPORT_FILE, ' '.repeat(20_000_000));
    // Small as listed: the size the uploader reports lets it through.
    expect(bomb.length).toBeLessThan(REPORT_MAX_BYTES);
    github.runArtifacts.set(RUN_ID, [{ id: 71, name: ARTIFACT, content: bomb }]);
    const { done, dir } = commentJob();
    await expect(done).rejects.toThrow(
      new Error(`the size reports of run ${RUN_ID} were refused: artifact ${ARTIFACT} holds more than the ${REPORT_MAX_BYTES} bytes it may be, unpacked. No comment was written.`)
    );
    expect(filesUnder(dir)).toEqual([]);
  });

  it('reports that pass the byte cap of all of them together: read one at a time, and the first past the cap stops the download', async () => {
    // Each report is under the cap of one (256 KiB), five of them are over the cap of all (1 MiB).
    const padded = JSON.stringify({ ...JSON.parse(savedReport()), padding: randomBytes(120_000).toString('hex') });
    github.runArtifacts.set(RUN_ID, manyArtifacts(8, await zipOf(REPORT_FILE, padded)));
    github.pulls.set(5, HEAD);
    const { done, dir } = commentJob();
    await expect(done).rejects.toThrow(
      new Error(
        `the size reports of run ${RUN_ID} were refused: the artifacts are more than the ${1024 * 1024} bytes they may be together; stopped at artifact ${REPORT_ARTIFACT_PREFIX}000000000004. No comment was written.`
      )
    );
    expect(downloads()).toHaveLength(5);
    expect(filesUnder(dir)).toEqual([]);
    expect(github.comments.size).toBe(0);
  });

  it('a baseline reference with a 200,000-character digest', async () => {
    await runHas({ name: ARTIFACT, text: reportWith(s => void (s.baseline.reference = `${IMAGE}@sha256:${'a'.repeat(200_000)}`)) });
    github.pulls.set(5, HEAD);
    const { done } = commentJob();
    await expect(done).rejects.toThrow(refused('sizes.baseline.reference is longer than 512 characters'));
    expect(github.comments.size).toBe(0);
  });

  it('a pull request of another repository with our number is not taken for ours: the API is asked, and knows no such one here', async () => {
    await runHas({ name: ARTIFACT, text: savedReport({ pullRequest: 6 }) });
    const { done } = commentJob({ otherPullRequests: [6] });
    await expect(done).rejects.toThrow(refused(`it is for pull request #6, whose head is unknown (no such pull request), not ${HEAD}, the commit the run built`));
    expect(github.requests).toContain('GET /repos/acme/backend/pulls/6');
    expect(github.comments.size).toBe(0);
  });

  it('a pull request the run lists, whose head moved on since the run', async () => {
    await runHas({ name: ARTIFACT, text: savedReport() });
    github.pulls.set(5, 'beef'.repeat(10));
    const { done } = commentJob({ pullRequests: [5] });
    await expect(done).rejects.toThrow(refused(`it is for pull request #5, whose head is ${'beef'.repeat(10)}, not ${HEAD}, the commit the run built`));
    expect(github.comments.size).toBe(0);
  });
});

describe('comment-only: what the fork pads does not reach the comment (GitHub takes at most 65,536 characters)', () => {
  it('a gate limit padded with 200,000 spaces is posted re-rendered from its number', async () => {
    await runHas({ name: ARTIFACT, text: reportWith(s => void (s.gates[0].limit = `10%${' '.repeat(200_000)}`)) });
    github.pulls.set(5, HEAD);
    const { done } = commentJob();
    await done;
    const [comment] = github.comments.get(5)!;
    expect(comment.body).toContain('Gates: max-size-increase 10% ❌\n');
    expect(comment.body.length).toBeLessThan(65_536);
  });

  it('a report with every string at its longest and 64 platforms still makes a comment under the limit', async () => {
    const image = `ghcr.io/${'a'.repeat(60)}/${'b'.repeat(60)}/${'c'.repeat(60)}/${'d'.repeat(60)}`;
    const text = reportWith(s => {
      s.image = image;
      s.baseline.reference = `${image}:${'t'.repeat(128)}@sha256:${'e'.repeat(64)}`;
      const one = s.platforms['linux/amd64'];
      s.platforms = Object.fromEntries(
        ['linux', 'windows', 'darwin', 'freebsd', 'netbsd', 'openbsd', 'solaris', 'illumos'].flatMap(os =>
          ['amd64', 'arm64', '386', 'ppc64le', 's390x', 'riscv64', 'mips64le', 'loong64'].map(arch => [`${os}/${arch}`, one])
        )
      );
    });
    await runHas({ name: ARTIFACT, text });
    github.pulls.set(5, HEAD);
    const { done } = commentJob();
    await done;
    const [comment] = github.comments.get(5)!;
    expect(comment.body).toContain(`| windows/amd64 |`);
    expect(comment.body.length).toBeLessThan(65_536);
  });
});

describe('comment-only: the "What changed" table, worked out by the comment job', () => {
  const DOCKERFILE = 'FROM scratch\nCOPY app /app\nCOPY extra /extra\n';

  /**
   * The baseline in a registry (`ghcr.io/acme/backend:main`, one layer made by COPY app), and
   * the report of a fork's run whose image adds a layer (COPY extra): its sizes against that
   * baseline and its layers, as report.ts saves them. `change` tampers with the report.
   */
  async function forkWithLayer(change: (report: Record<string, unknown>) => void = () => undefined) {
    const registry = new MemoryRegistry();
    registry.putImage('acme/backend', 'main', 50_000, { index: false });
    const base = (await inspectImage(registry.client(), parseReference(`${IMAGE}:main`), 'main'))!;
    const [b] = base.platforms;
    const current: ImageFacts = {
      reference: `${IMAGE}@${digest('pr')}`,
      digest: digest('pr'),
      platforms: [
        {
          ...b,
          digest: digest('pr amd64'),
          config: { digest: digest('pr config'), size: 800 },
          layers: [...b.layers, { digest: digest('extra'), size: 200_123, mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip' }],
          history: [
            { createdBy: 'COPY app /app # buildkit', emptyLayer: false },
            { createdBy: 'COPY extra /extra # buildkit', emptyLayer: false }
          ]
        }
      ],
      attestations: []
    };
    const sizes = sizeReport(current, IMAGE, { image: base, reference: `${IMAGE}:main` }, 'build');
    const json = JSON.parse(sizesJson(sizes, [])) as Record<string, unknown>;
    json.dockerfile = 'Dockerfile';
    const report: Record<string, unknown> = { schema: REPORT_SCHEMA, pullRequest: 5, headSha: HEAD, job: 'image', markdown: '', sizes: json, layers: sharedLayers(current, '', []) };
    change(report);
    registry.requests.length = 0;
    await runHas({ name: ARTIFACT, text: JSON.stringify(report) });
    github.pulls.set(5, HEAD);
    return { registry, base: b };
  }

  it("names the added layer's line at the pull request's head, with its exact bytes in the log", async () => {
    const { registry } = await forkWithLayer();
    github.trees.set(HEAD, { Dockerfile: DOCKERFILE });
    const { runner, done } = commentJob({ registry });
    await done;
    const [comment] = github.comments.get(5)!;
    expect(comment.body).toContain('#### What changed');
    expect(comment.body).toContain(`| \`COPY extra /extra\` | [Dockerfile:3](https://github.com/acme/backend/blob/${HEAD}/Dockerfile#L3) | ▲ 0.2 MB added |`);
    expect(comment.body).not.toContain('without lines');
    expect(runner.texts('info')).toContain(`what changed vs ${IMAGE}:main: COPY extra /extra (Dockerfile:3): linux/amd64 added +200123 bytes`);
    expect(github.requests).toContain('GET /repos/acme/backend/contents/Dockerfile');
    // Read anonymously, by the digest the run compared with, not by the tag.
    expect(registry.requests.filter(r => r.includes('/manifests/'))).toEqual([expect.stringMatching(/^GET \/v2\/acme\/backend\/manifests\/sha256:[0-9a-f]{64}$/)]);
  });

  it.each<[string, () => void, string]>([
    ['is not at the head commit', () => github.trees.set(HEAD, { 'other/Dockerfile': DOCKERFILE }), '`Dockerfile` at c0ffee0 is not in the repository'],
    ['cannot be had from the API', () => void github.down.add('contents'), "GitHub's contents API did not give `Dockerfile` at c0ffee0 (HTTP 502)"]
  ])('a Dockerfile that %s: the table in the history words, without lines, saying why', async (_, arrange, why) => {
    const { registry } = await forkWithLayer();
    arrange();
    const { done } = commentJob({ registry });
    await done;
    const [comment] = github.comments.get(5)!;
    expect(comment.body).toContain('| `COPY extra /extra` | — | ▲ 0.2 MB added |');
    expect(comment.body).toContain(`_The "What changed" instructions are the image history's words, without lines: ${why}._`);
  });

  it('a baseline no longer in the registry at the digest the run compared with: no table, and why', async () => {
    await forkWithLayer();
    github.trees.set(HEAD, { Dockerfile: DOCKERFILE });
    const { done } = commentJob({ registry: new MemoryRegistry() });
    await done;
    const [comment] = github.comments.get(5)!;
    expect(comment.body).not.toContain('#### What changed');
    expect(comment.body).toContain('_No "What changed" table: the baseline of linux/amd64 is not in the registry at the digest the run compared with._');
  });

  it('a report without layers (an older hoist): no table, and why', async () => {
    await runHas({ name: ARTIFACT, text: savedReport() });
    github.pulls.set(5, HEAD);
    const { done } = commentJob();
    await done;
    expect(github.comments.get(5)![0].body).toContain(`_No "What changed" table: the pull request's run sent no layers to compare`);
  });

  it('refuses a report whose baseline numbers are not those of the image the registry holds at its digest', async () => {
    const { registry, base } = await forkWithLayer(r => {
      const p = (r.sizes as { platforms: Record<string, { base: { compressed: number }; compressed: number; delta: unknown }> }).platforms['linux/amd64'];
      // Consistent with itself (the change is left out), not with the registry.
      p.base.compressed += 100_000;
      p.delta = null;
    });
    const { done } = commentJob({ registry });
    await expect(done).rejects.toThrow(
      `artifact ${ARTIFACT} of run ${RUN_ID} was refused: the baseline of linux/amd64 at ${base.digest} is ${base.config.size + base.layers[0].size} bytes in 1 layers in the registry, not ${base.config.size + base.layers[0].size + 100_000} bytes in 1 layers as the report says. No comment was written.`
    );
    expect(github.comments.size).toBe(0);
  });

  it('refuses a report whose Dockerfile path climbs out of the repository, before the API is asked for it', async () => {
    const { registry } = await forkWithLayer(r => void ((r.sizes as Record<string, unknown>).dockerfile = '../../etc/passwd'));
    const { done } = commentJob({ registry });
    await expect(done).rejects.toThrow(`artifact ${ARTIFACT} of run ${RUN_ID} was refused: sizes.dockerfile is not a plain path in the repository`);
    expect(github.requests.filter(r => r.includes('/contents'))).toEqual([]);
    expect(github.comments.size).toBe(0);
  });
});
