/**
 * Size reports for pull requests from forks, without running the fork's code with a write
 * token: the fork's run (push: false, read-only token) measures its image and saves the
 * report as an artifact of its run; the base repository's workflow_run job, with
 * `comment-only: true`, downloads it through the REST API, checks it and upserts the
 * comment. Real buildx, BuildKit and registry; the test suite's stand-ins of the artifact
 * service and of GitHub's REST API; the real @actions/artifact and @actions/github.
 * The pull request adds a layer (`COPY extra /extra`, line 3): the comment job works out the
 * "What changed" table itself, the baseline read from the registry and the Dockerfile at the
 * head commit through the contents API, and a fork that lies in its report is refused or
 * finds its words inside code spans.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import * as os from 'node:os';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { workspace } from '../helpers/workspace.js';
import { zipOf } from '../helpers/artifacts.js';
import { eventFile } from '../helpers/env.js';
import { startArtifactServer, type ArtifactServer } from '../servers/artifacts.js';
import { startGitHub, type GitHubServer } from '../servers/github.js';
import { formatDelta } from '../../src/report/format.js';
import { explain, FAKE_TOKEN, runAction, type ActionRun } from './runner.js';
import { REGISTRY, RUNTIME_IMAGE, getManifest, listTags, platformsOf, requireToolchain, uniqueRepo } from './toolchain.js';

const HEAD = 'c0ffee00'.repeat(5);
const RUN_ID = 9001;
/** The pull request's Dockerfile: the base branch's, and a line that adds a layer. */
const PR_DOCKERFILE = `FROM ${RUNTIME_IMAGE}\nCOPY payload /payload\nCOPY extra /extra\n`;

describe("a fork's pull request: the report travels as an artifact, the base repository comments", () => {
  const repo = uniqueRepo('fork');
  const ws = workspace({}, { name: 'fork' });
  let github: GitHubServer;
  let artifacts: ArtifactServer;
  let forkRun: ActionRun;
  let report: { name: string; content: Buffer };

  const commentJob = (payload: object) =>
    runAction(
      { 'comment-only': 'true', 'github-token': FAKE_TOKEN },
      {
        workspace: workspace({}, { name: 'comment-ws' }),
        env: { GITHUB_EVENT_NAME: 'workflow_run', GITHUB_EVENT_PATH: eventFile(payload), GITHUB_API_URL: github.url, GITHUB_JOB: 'comment' }
      }
    );
  const workflowRun = (overrides: object = {}) => ({
    action: 'completed',
    workflow_run: { id: RUN_ID, head_sha: HEAD, event: 'pull_request', conclusion: 'success', pull_requests: [], ...overrides },
    repository: { id: 1001, full_name: 'acme/backend' }
  });
  const publish = (content: Buffer, name = report.name) => github.runArtifacts.set(RUN_ID, [{ id: 77, name, content }]);

  beforeAll(async () => {
    await requireToolchain();
    github = await startGitHub(FAKE_TOKEN);
    artifacts = await startArtifactServer();
    fs.writeFileSync(path.join(ws, 'Dockerfile'), `FROM ${RUNTIME_IMAGE}\nCOPY payload /payload\n`);
    fs.writeFileSync(path.join(ws, 'payload'), randomBytes(100_000));
    const main = await runAction({ context: '.', tags: `${REGISTRY}/${repo}:main`, push: 'true' }, { workspace: ws });
    expect({ code: main.main.exitCode, log: main.main.exitCode === 0 ? '' : explain(main) }).toEqual({ code: 0, log: '' });
    fs.writeFileSync(path.join(ws, 'Dockerfile'), PR_DOCKERFILE);
    fs.writeFileSync(path.join(ws, 'extra'), randomBytes(200_000));
    forkRun = await runAction(
      { context: '.', tags: `${REGISTRY}/${repo}:pr-5`, push: 'false' },
      {
        workspace: ws,
        env: {
          ...artifacts.env('image', 1),
          GITHUB_EVENT_NAME: 'pull_request',
          GITHUB_EVENT_PATH: eventFile({
            number: 5,
            pull_request: { number: 5, head: { sha: HEAD, ref: 'feature', repo: { full_name: 'someone/backend', fork: true } }, base: { ref: 'main', repo: { full_name: 'acme/backend' } } },
            repository: { full_name: 'acme/backend', private: false }
          }),
          GITHUB_REF: 'refs/pull/5/merge',
          GITHUB_BASE_REF: 'main',
          GITHUB_HEAD_REF: 'feature',
          GITHUB_API_URL: github.url,
          GITHUB_JOB: 'image'
        }
      }
    );
    const stored = artifacts.artifacts().find(a => a.finalized && a.name.startsWith('hoist-size-report-'));
    report = { name: stored?.name ?? '', content: stored?.content ?? Buffer.alloc(0) };
    github.pulls.set(5, HEAD);
    github.pulls.set(6, 'bad0bad0'.repeat(5));
    // The base repository's view of the pull request's head commit, for the contents API.
    github.trees.set(HEAD, { Dockerfile: PR_DOCKERFILE, payload: 'x', extra: 'y' });
  });

  afterAll(async () => {
    await github?.close();
    await artifacts?.close();
  });

  it("the fork's run measures without pushing, does not try to comment, and saves the report as an artifact", async () => {
    expect({ code: forkRun.main.exitCode, log: forkRun.main.exitCode === 0 ? '' : explain(forkRun) }).toEqual({ code: 0, log: '' });
    // main's push on the default branch recorded its sizes (hoist-size-history); the fork's run pushed nothing.
    expect(await listTags(repo)).toEqual(['hoist-size-history', 'main']);
    expect(github.requests.filter(r => r.includes('/comments'))).toEqual([]);
    expect(report.name).toMatch(/^hoist-size-report-[0-9a-f]{12}$/);
    expect(forkRun.main.stdout).toContain(`::warning::this pull request comes from a fork, whose token cannot comment: the size report is saved as artifact ${report.name}`);
    expect(JSON.parse(forkRun.outputs.sizes).source).toBe('build');
  });

  it('a run whose comment gets a 403 (a read-only token the payload did not give away) saves the report too', async () => {
    const scratch = await startArtifactServer();
    github.readOnly = true;
    try {
      const run = await runAction(
        { context: '.', tags: `${REGISTRY}/${repo}:pr-8`, push: 'false' },
        {
          workspace: ws,
          env: {
            ...scratch.env('image', 1),
            GITHUB_EVENT_NAME: 'pull_request',
            GITHUB_EVENT_PATH: eventFile({ number: 8, pull_request: { number: 8, head: { sha: HEAD, ref: 'feature' } }, repository: { full_name: 'acme/backend' } }),
            GITHUB_REF: 'refs/pull/8/merge',
            GITHUB_BASE_REF: 'main',
            GITHUB_API_URL: github.url,
            GITHUB_JOB: 'image'
          }
        }
      );
      expect({ code: run.main.exitCode, log: run.main.exitCode === 0 ? '' : explain(run) }).toEqual({ code: 0, log: '' });
      expect(github.requests.filter(r => r.startsWith('POST') && r.endsWith('/issues/8/comments'))).toHaveLength(1);
      const saved = scratch.artifacts().find(a => a.finalized)?.name;
      expect(saved).toMatch(/^hoist-size-report-[0-9a-f]{12}$/);
      expect(run.main.stdout).toContain(
        `::warning::the token cannot comment on this pull request (a fork's read-only token, or no 'permissions: pull-requests: write'): the size report is saved as artifact ${saved}`
      );
    } finally {
      github.readOnly = false;
      await scratch.close();
    }
  });

  it('the comment job posts the report on the pull request, rendered from the checked numbers', async () => {
    publish(report.content);
    const run = await commentJob(workflowRun());
    expect({ code: run.main.exitCode, log: run.main.exitCode === 0 ? '' : explain(run) }).toEqual({ code: 0, log: '' });
    const comments = github.comments.get(5) ?? [];
    expect(comments).toHaveLength(1);
    expect(comments[0].body).toContain(`<!-- hoist:size-report image=${REGISTRY}/${repo} job=image -->`);
    expect(comments[0].body).toContain(`### hoist · image size · \`${REGISTRY}/${repo}\` · measured from the build, not pushed`);
    expect(comments[0].body).toMatch(/\| linux\/amd64 \| [\d.]+ MB \| ▲ 0\.2 MB \(\+\d+\.\d %\) \| [\d.]+ MB \| 3 \|/);
    expect(comments[0].body).toContain(`posted from the base repository`);
    // Nothing was built in the comment job.
    expect(run.main.stdout).not.toContain('buildx build');
    // Run again (a re-run): the same comment is edited, not a second one.
    const again = await commentJob(workflowRun());
    expect(again.main.exitCode).toBe(0);
    expect(github.comments.get(5)).toHaveLength(1);
  });

  it('the comment\'s "What changed" row names the added line at the head commit, its change the added blob\'s size in the registry', async () => {
    github.comments.delete(5);
    publish(report.content);
    const run = await commentJob(workflowRun());
    expect({ code: run.main.exitCode, log: run.main.exitCode === 0 ? '' : explain(run) }).toEqual({ code: 0, log: '' });
    // The same build pushed, for its layers over plain HTTP: the fork's run measured the very blobs a push stores.
    const pushed = await runAction({ context: '.', tags: `${REGISTRY}/${repo}:pr-5-pushed`, push: 'true' }, { workspace: ws });
    expect({ code: pushed.main.exitCode, log: pushed.main.exitCode === 0 ? '' : explain(pushed) }).toEqual({ code: 0, log: '' });
    const index = await getManifest(repo, 'pr-5-pushed');
    const manifest = index.json.manifests ? await getManifest(repo, platformsOf(index)['linux/amd64']) : index;
    const added = manifest.json.layers!.at(-1)!;
    const res = await fetch(`http://${REGISTRY}/v2/${repo}/blobs/${added.digest}`, { method: 'HEAD' });
    const blobBytes = Number(res.headers.get('content-length'));
    expect({ status: res.status, size: blobBytes }).toEqual({ status: 200, size: added.size });
    // The layer the comment job compared is that blob (the artifact's layers, as the fork's run read them).
    const saved = reportJson(true) as { layers: { platforms: Record<string, { layers: Array<{ digest: string }> }> } };
    expect(saved.layers.platforms['linux/amd64'].layers.at(-1)?.digest).toBe(added.digest);

    const body = github.comments.get(5)![0].body;
    expect(body).toContain('#### What changed');
    expect(body).toContain(`| \`COPY extra /extra\` | [Dockerfile:3](https://github.com/acme/backend/blob/${HEAD}/Dockerfile#L3) | ${formatDelta({ bytes: blobBytes }, false)} added |`);
    expect(run.main.stdout).toContain(`what changed vs ${REGISTRY}/${repo}:main: COPY extra /extra (Dockerfile:3): linux/amd64 added +${blobBytes} bytes`);
    // Read here: the Dockerfile at the head commit, through the base repository's contents API.
    expect(github.requests).toContain('GET /repos/acme/backend/contents/Dockerfile');
  });

  it('a fork whose instruction text carries Markdown, HTML and a mention: posted inside code spans, inert', async () => {
    github.comments.delete(5);
    const hostile = "RUN echo '`</code><img src=x onerror=alert(1)> @acme/admins [click](https://evil.example) | <!-- x' > /extra";
    // The fork controls both: its history (the artifact) and its Dockerfile (the head commit).
    github.trees.set(HEAD, { Dockerfile: `FROM ${RUNTIME_IMAGE}\nCOPY payload /payload\n${hostile}\n` });
    const tampered = reportJson(true) as { layers: { platforms: Record<string, { history: Array<{ createdBy: string }> }> } };
    tampered.layers.platforms['linux/amd64'].history.at(-1)!.createdBy = `${hostile.replace(/^RUN /, 'RUN /bin/sh -c ')} # buildkit`;
    try {
      publish(await zipOf('size-report.json', JSON.stringify(tampered)));
      const run = await commentJob(workflowRun());
      expect({ code: run.main.exitCode, log: run.main.exitCode === 0 ? '' : explain(run) }).toEqual({ code: 0, log: '' });
      const body = github.comments.get(5)![0].body;
      expect(body).toMatch(
        /\| `RUN echo ''<\/code><img src=x onerror=alert\(1\)> @acme\/admins…` \| \[Dockerfile:3\]\(https:\/\/github\.com\/acme\/backend\/blob\/c0ffee00c0ffee00c0ffee00c0ffee00c0ffee00\/Dockerfile#L3\) \| ▲ 0\.2 MB added \|/
      );
      // Outside the code spans, none of the fork's words.
      expect(body.replace(/`[^`\n]*`/g, '')).not.toMatch(/<img|onerror|@acme|evil\.example|<!-- x/);
    } finally {
      github.trees.set(HEAD, { Dockerfile: PR_DOCKERFILE });
    }
  });

  it('refuses a report whose Dockerfile path climbs out of the repository (../), without asking for it', async () => {
    github.comments.delete(5);
    const tampered = reportJson(true) as { sizes: { dockerfile: string } };
    tampered.sizes.dockerfile = '../../../etc/passwd';
    publish(await zipOf('size-report.json', JSON.stringify(tampered)));
    const before = github.requests.length;
    const run = await commentJob(workflowRun());
    expect(run.main.exitCode).not.toBe(0);
    expect(run.main.stdout).toContain(`::error::artifact ${report.name} of run ${RUN_ID} was refused: sizes.dockerfile is not a plain path in the repository`);
    expect(github.requests.slice(before).filter(r => r.includes('/contents'))).toEqual([]);
    expect(github.comments.get(5)).toBeUndefined();
  });

  it.each<[string, () => Promise<Buffer> | Buffer, object, RegExp]>([
    ['another pull request number', async () => zipOf('size-report.json', JSON.stringify({ ...reportJson(), pullRequest: 6 })), {}, /it is for pull request #6, whose head is bad0bad0/],
    [
      'a head commit other than the run built',
      () => report.content,
      { head_sha: 'deadbeef'.repeat(5) },
      /it is for commit c0ffee00c0ffee00c0ffee00c0ffee00c0ffee00, but the run that triggered this job built deadbeef/
    ],
    [
      'a pull request the run is not linked to',
      () => report.content,
      { pull_requests: [{ number: 4, base: { repo: { id: 1001, name: 'backend' } } }] },
      /it is for pull request #5, but the run that triggered this job is for #4/
    ],
    ['a size that is not one', async () => zipOf('size-report.json', JSON.stringify(withPlatform({ compressed: -5 }))), {}, /linux\/amd64 compressed is not a size in bytes/],
    ['malformed', async () => zipOf('size-report.json', '{"schema": "hoist/size-report@1", '), {}, /it is not JSON/],
    ['oversized', async () => zipOf('size-report.json', JSON.stringify({ ...reportJson(), padding: randomBytes(300_000).toString('hex') })), {}, /is \d+ bytes, more than the 262144 it may be/]
  ])('refuses a tampered report (%s) with a clear message, and writes no comment', async (_, content, runOverrides, message) => {
    github.comments.delete(5);
    github.comments.delete(6);
    publish(await content());
    const run = await commentJob(workflowRun(runOverrides));
    expect(run.main.exitCode).not.toBe(0);
    expect(run.main.stdout).toMatch(new RegExp(`::error::(artifact ${report.name} of run ${RUN_ID} was refused: |the size reports of run ${RUN_ID} were refused: artifact ${report.name} )`));
    expect(run.main.stdout).toMatch(message);
    expect(run.main.stdout).toContain('No comment was written.');
    expect(github.comments.get(5)).toBeUndefined();
    expect(github.comments.get(6)).toBeUndefined();
  });

  /** A report as the fork's run writes one (its `sizes` output for #5 at HEAD): the starting point of each tampering. */
  function reportJson(saved = false): Record<string, unknown> {
    if (saved) return JSON.parse(unzipReport(report.content)) as Record<string, unknown>;
    return { schema: 'hoist/size-report@1', pullRequest: 5, headSha: HEAD, job: 'image', markdown: '', sizes: JSON.parse(forkRun.outputs.sizes) as unknown };
  }

  function withPlatform(change: Record<string, unknown>): Record<string, unknown> {
    const r = reportJson();
    const sizes = r.sizes as { platforms: Record<string, Record<string, unknown>> };
    sizes.platforms['linux/amd64'] = { ...sizes.platforms['linux/amd64'], ...change };
    return r;
  }
});

/** The report file of an artifact's zip, as the comment job reads it. */
function unzipReport(zip: Buffer): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fork-report-'));
  try {
    fs.writeFileSync(path.join(dir, 'a.zip'), zip);
    return execFileSync('unzip', ['-p', path.join(dir, 'a.zip'), 'size-report.json']).toString('utf8');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
