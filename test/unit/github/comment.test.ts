// The pull request size comment (github/comment.ts) through the real @actions/github client against the REST stand-in in test/servers/github.ts.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { commentOnPullRequest, notAllowedNote, postReportComment, pullRequestHead } from '../../../src/github/comment.js';
import type { WorkflowFacts } from '../../../src/runner/workflow.js';
import { FakeRunner } from '../../helpers/runner.js';
import { startGitHub, type GitHubServer } from '../../servers/github.js';

const TOKEN = 'ghs_test-token';
const MARKER = '<!-- hoist:size-report image=ghcr.io/acme/backend job=image -->';
const sizes = { image: 'ghcr.io/acme/backend', markdown: '### hoist · image size\n| platform | compressed |' };

let github: GitHubServer;
beforeAll(async () => {
  github = await startGitHub(TOKEN);
});
afterAll(() => github.close());
beforeEach(() => {
  github.comments.clear();
  github.pulls.clear();
  github.requests.length = 0;
  github.readOnly = false;
});

/** A pull_request run of acme/backend's job `image` on pull request #7, talking to the stand-in. */
const run = (more: Partial<WorkflowFacts> = {}): WorkflowFacts => ({
  serverUrl: 'https://github.com',
  repository: 'acme/backend',
  runId: '1',
  runAttempt: '1',
  sha: 'abc',
  ref: 'refs/pull/7/merge',
  eventName: 'pull_request',
  pullRequestNumber: 7,
  pullRequestFromFork: false,
  job: 'image',
  apiUrl: github.url,
  ...more
});
const on = { enabled: true, token: TOKEN };
const bodies = (issue: number): string[] => (github.comments.get(issue) ?? []).map(c => c.body);

describe('commentOnPullRequest', () => {
  it('creates the comment, then edits it in place', async () => {
    const runner = new FakeRunner({});
    await expect(commentOnPullRequest(runner, on, run(), sizes)).resolves.toBe('posted');
    expect(bodies(7)).toEqual([`${MARKER}\n${sizes.markdown}`]);
    const [created] = github.comments.get(7)!;
    expect(runner.texts('info')).toEqual([`created the size comment on pull request #7: ${created.html_url}`]);

    const again = new FakeRunner({});
    await expect(commentOnPullRequest(again, on, run(), { ...sizes, markdown: 'smaller now' })).resolves.toBe('posted');
    expect(github.comments.get(7)!.map(c => [c.id, c.body])).toEqual([[created.id, `${MARKER}\nsmaller now`]]);
    expect(again.texts('info')).toEqual([`updated the size comment on pull request #7: ${created.html_url}`]);
    expect(github.requests).toEqual([
      'GET /repos/acme/backend/issues/7/comments',
      'POST /repos/acme/backend/issues/7/comments',
      'GET /repos/acme/backend/issues/7/comments',
      `PATCH /repos/acme/backend/issues/comments/${created.id}`
    ]);
  });

  it('finds its comment among many (paginated), and keeps one per image and job', async () => {
    const others = Array.from({ length: 150 }, (_, i) => ({ id: i + 1, body: `comment ${i}`, html_url: `u${i}`, user: { login: 'octocat', type: 'User' }, created_at: '', updated_at: '' }));
    github.comments.set(7, [...others, { ...others[0], id: 500, body: `${MARKER}\nold` }]);
    await commentOnPullRequest(new FakeRunner({}), on, run(), sizes);
    expect(bodies(7).filter(b => b.startsWith('<!-- hoist'))).toEqual([`${MARKER}\n${sizes.markdown}`]);
    expect(github.comments.get(7)!.find(c => c.id === 500)?.body).toBe(`${MARKER}\n${sizes.markdown}`);

    await commentOnPullRequest(new FakeRunner({}), on, run({ job: 'image-arm' }), sizes);
    expect(
      bodies(7)
        .filter(b => b.startsWith('<!-- hoist'))
        .map(b => b.split('\n')[0])
    ).toEqual([MARKER, '<!-- hoist:size-report image=ghcr.io/acme/backend job=image-arm -->']);
  });

  it.each<[string, { enabled: boolean; token: string }, Partial<WorkflowFacts>]>([
    ['pr-comment is off', { enabled: false, token: TOKEN }, {}],
    ['the run is not a pull request', on, { eventName: 'push', pullRequestNumber: undefined }],
    ['the event has no pull request number', on, { pullRequestNumber: undefined }],
    ['the event is not a pull request event', on, { eventName: 'workflow_dispatch' }]
  ])('skips when %s, asking nothing of GitHub', async (_why, options, facts) => {
    const runner = new FakeRunner({});
    await expect(commentOnPullRequest(runner, options, run(facts), sizes)).resolves.toBe('skipped');
    expect(runner.events).toEqual([]);
    expect(github.requests).toEqual([]);
  });

  it("does not try on a fork's pull_request run: its token cannot write", async () => {
    const runner = new FakeRunner({});
    await expect(commentOnPullRequest(runner, on, run({ pullRequestFromFork: true }), sizes)).resolves.toBe('not-allowed');
    expect(runner.events).toEqual([]);
    expect(github.requests).toEqual([]);
  });

  it("comments on a fork's pull_request_target run, which has the base repository's token", async () => {
    await expect(commentOnPullRequest(new FakeRunner({}), on, run({ eventName: 'pull_request_target', pullRequestFromFork: true }), sizes)).resolves.toBe('posted');
    expect(bodies(7)).toHaveLength(1);
  });

  it('warns without a token', async () => {
    const runner = new FakeRunner({});
    await expect(commentOnPullRequest(runner, { enabled: true, token: '' }, run(), sizes)).resolves.toBe('skipped');
    expect(runner.texts('warning')).toEqual(['no github-token: the size report is in the job summary only']);
    expect(github.requests).toEqual([]);
  });

  it('is not-allowed when GitHub refuses the write (403), without a warning', async () => {
    github.readOnly = true;
    const runner = new FakeRunner({});
    await expect(commentOnPullRequest(runner, on, run(), sizes)).resolves.toBe('not-allowed');
    expect(runner.events).toEqual([]);
    expect(bodies(7)).toEqual([]);
  });

  it('warns of any other failure, pointing at the job summary', async () => {
    const runner = new FakeRunner({});
    await expect(commentOnPullRequest(runner, { enabled: true, token: 'wrong' }, run(), sizes)).resolves.toBe('skipped');
    expect(runner.texts('warning')).toEqual(['could not write the pull request comment: Bad credentials. The size report is in the job summary.']);
  });
});

describe('postReportComment', () => {
  it("posts another run's report under that run's image and job, then edits it", async () => {
    const target = { pullRequest: 12, image: 'ghcr.io/acme/backend', job: 'build' };
    const created = await postReportComment(TOKEN, run(), target, 'the table');
    const [comment] = github.comments.get(12)!;
    expect(created).toEqual({ action: 'created', id: comment.id, url: comment.html_url });
    expect(comment.body).toBe('<!-- hoist:size-report image=ghcr.io/acme/backend job=build -->\nthe table');
    await expect(postReportComment(TOKEN, run(), target, 'the new table')).resolves.toEqual({ action: 'updated', id: comment.id, url: comment.html_url });
    expect(bodies(12)).toEqual(['<!-- hoist:size-report image=ghcr.io/acme/backend job=build -->\nthe new table']);
  });

  it('throws what GitHub refused', async () => {
    github.readOnly = true;
    await expect(postReportComment(TOKEN, run(), { pullRequest: 12, image: 'i', job: 'j' }, 'x')).rejects.toMatchObject({ status: 403 });
  });
});

describe('pullRequestHead', () => {
  it("reads a pull request's head commit, and nothing for one that does not exist", async () => {
    github.pulls.set(8, 'b1946ac92492d2347c6235b4d2611184a1b2c3d4');
    await expect(pullRequestHead(TOKEN, run(), 8)).resolves.toBe('b1946ac92492d2347c6235b4d2611184a1b2c3d4');
    await expect(pullRequestHead(TOKEN, run(), 9)).resolves.toBeUndefined();
  });

  it('throws any other failure', async () => {
    await expect(pullRequestHead('wrong', run(), 8)).rejects.toMatchObject({ status: 401 });
  });
});

describe('notAllowedNote', () => {
  it.each<[boolean, string | undefined, string]>([
    [
      true,
      'hoist-size-report-image',
      'this pull request comes from a fork, whose token cannot comment: the size report is saved as artifact hoist-size-report-image; a workflow_run job in the base repository with comment-only: true posts it (see the README).'
    ],
    [true, undefined, 'this pull request comes from a fork, whose token cannot comment. The size report is in the job summary.'],
    [
      false,
      'hoist-size-report-image',
      "the token cannot comment on this pull request (a fork's read-only token, or no 'permissions: pull-requests: write'): the size report is saved as artifact hoist-size-report-image; a workflow_run job in the base repository with comment-only: true posts it (see the README)."
    ],
    [false, undefined, "the token cannot comment on this pull request (a fork's read-only token, or no 'permissions: pull-requests: write'). The size report is in the job summary."]
  ])('fork %s, saved as %s', (fromFork, savedAs, note) => {
    expect(notAllowedNote(run({ pullRequestFromFork: fromFork }), savedAs)).toBe(note);
  });
});
