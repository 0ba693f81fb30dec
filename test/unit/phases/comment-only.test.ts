/**
 * comment-only: the base repository's workflow_run job, with the real @actions/artifact
 * and @actions/github against the test suite's stand-in of GitHub's REST API (another
 * run's artifacts, a pull request's head, issue comments): the fork's saved report
 * downloaded, checked against the run that triggered the job, and posted; every refusal
 * names the artifact and says that no comment was written.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { commentOnly } from '../../../src/phases/comment-only.js';
import type { ImageFacts } from '../../../src/readback/image.js';
import { evaluateGates } from '../../../src/report/gates.js';
import { sizesJson } from '../../../src/report/markdown.js';
import { REPORT_ARTIFACT_PREFIX, REPORT_FILE, REPORT_SCHEMA, type SharedReport } from '../../../src/report/shared.js';
import { sizeReport } from '../../../src/report/sizes.js';
import { zipOf } from '../../helpers/artifacts.js';
import { eventFile } from '../../helpers/env.js';
import { scratchDirs, testPorts } from '../../helpers/ports.js';
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

/** The comment job: a workflow_run event of the pull request's run. */
function commentJob(options: { pullRequests?: number[]; headSha?: string; event?: string; token?: string } = {}) {
  const runner = new FakeRunner({});
  const payload = options.event
    ? { action: 'opened', pull_request: { number: 5, head: { sha: HEAD, repo: { full_name: 'someone/backend' } } }, repository: { full_name: 'acme/backend' } }
    : {
        action: 'completed',
        workflow_run: { id: RUN_ID, head_sha: options.headSha ?? HEAD, event: 'pull_request', conclusion: 'success', pull_requests: (options.pullRequests ?? []).map(number => ({ number })) },
        repository: { full_name: 'acme/backend' }
      };
  const ports = testPorts({
    dir: scratch(),
    runner,
    env: { GITHUB_EVENT_NAME: options.event ?? 'workflow_run', GITHUB_EVENT_PATH: eventFile(payload), GITHUB_REPOSITORY: 'acme/backend', GITHUB_API_URL: github.url, GITHUB_JOB: 'comment' }
  });
  return { runner, done: commentOnly(ports, { 'github-token': options.token ?? TOKEN }) };
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

  it('a run that lists its pull request is not asked about again', async () => {
    await runHas({ name: ARTIFACT, text: savedReport() });
    const { done } = commentJob({ pullRequests: [5] });
    await done;
    expect(github.comments.get(5)).toHaveLength(1);
    expect(github.requests).not.toContain('GET /repos/acme/backend/pulls/5');
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
});
