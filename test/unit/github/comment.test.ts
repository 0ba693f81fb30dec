// The pull request size comment (github/comment.ts) through the real @actions/github client against the REST stand-in in test/servers/github.ts.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { commentOnPullRequest, notAllowedNote, postReportComment, pullRequestHead } from '../../../src/github/comment.js';
import type { WorkflowFacts } from '../../../src/runner/workflow.js';
import { FakeRunner } from '../../helpers/runner.js';
import { ACTIONS_BOT, OUTSIDER, startGitHub, type GitHubServer, type TokenIdentity } from '../../servers/github.js';

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
  github.tokens.clear();
  github.tokens.set(TOKEN, ACTIONS_BOT);
  github.down.clear();
});

/**
 * A token no test has used, acting as `identity`: comment.ts asks who a token is once a
 * run (per API URL and token), so a test that watches the asking brings its own.
 */
let minted = 0;
const tokenOf = (identity: TokenIdentity): string => {
  const token = `ghs_minted-${++minted}`;
  github.tokens.set(token, identity);
  return token;
};
const APP: TokenIdentity = { login: 'some-app[bot]', type: 'Bot', installation: true };
const PAT_USER: TokenIdentity = { login: 'octocat', type: 'User', installation: false };
const VIEWER = 'GRAPHQL query { viewer { login } }';

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
/** Each comment on `issue` as [who wrote it, its body]. */
const authored = (issue: number): [string, string][] => (github.comments.get(issue) ?? []).map(c => [c.user.login, c.body]);
/** The requests so far, then forgotten; sorted, as the identity lookup and the listing run side by side. */
const asked = (): string[] => github.requests.splice(0).sort();

describe('commentOnPullRequest', () => {
  it('creates the comment, then edits it in place; who the token is, is asked once (GraphQL viewer, not GET /user)', async () => {
    const token = tokenOf(ACTIONS_BOT);
    const runner = new FakeRunner({});
    await expect(commentOnPullRequest(runner, { enabled: true, token }, run(), sizes)).resolves.toBe('posted');
    expect(authored(7)).toEqual([['github-actions[bot]', `${MARKER}\n${sizes.markdown}`]]);
    const [created] = github.comments.get(7)!;
    expect(runner.texts('info')).toEqual([`created the size comment on pull request #7: ${created.html_url}`]);
    expect(runner.texts('debug')).toEqual(['the github-token acts as github-actions[bot] (GraphQL viewer): only its size comments are edited']);
    expect(asked()).toEqual(['GET /repos/acme/backend/issues/7/comments', VIEWER, 'POST /repos/acme/backend/issues/7/comments'].sort());

    const again = new FakeRunner({});
    await expect(commentOnPullRequest(again, { enabled: true, token }, run(), { ...sizes, markdown: 'smaller now' })).resolves.toBe('posted');
    expect(github.comments.get(7)!.map(c => [c.id, c.body])).toEqual([[created.id, `${MARKER}\nsmaller now`]]);
    expect(again.texts('info')).toEqual([`updated the size comment on pull request #7: ${created.html_url}`]);
    expect(again.texts('debug')).toEqual([]);
    expect(github.requests).toEqual(['GET /repos/acme/backend/issues/7/comments', `PATCH /repos/acme/backend/issues/comments/${created.id}`]);
  });

  it('finds its comment among many (paginated), and keeps one per image and job', async () => {
    const others = Array.from({ length: 150 }, (_, i) => ({ id: i + 1, body: `comment ${i}`, html_url: `u${i}`, user: { login: 'octocat', type: 'User' }, created_at: '', updated_at: '' }));
    github.comments.set(7, [...others, { ...others[0], id: 500, body: `${MARKER}\nold`, user: { login: 'github-actions[bot]', type: 'Bot' } }]);
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

  it("edits only its own comment: an outsider's comment holding the marker, before it, is left alone", async () => {
    const outsiders = github.addComment(7, `${MARKER}\nnothing to see here`);
    const ours = github.addComment(7, `${MARKER}\nold`, { login: 'github-actions[bot]', type: 'Bot' });
    await expect(commentOnPullRequest(new FakeRunner({}), on, run(), sizes)).resolves.toBe('posted');
    expect(github.comments.get(7)!.map(c => [c.id, c.user.login, c.body])).toEqual([
      [outsiders.id, 'mallory', `${MARKER}\nnothing to see here`],
      [ours.id, 'github-actions[bot]', `${MARKER}\n${sizes.markdown}`]
    ]);
  });

  it("creates its own comment when only an outsider's holds the marker, and edits its own from then on", async () => {
    const runner = new FakeRunner({});
    const outsiders = github.addComment(7, `${MARKER}\nnothing to see here`);
    await expect(commentOnPullRequest(runner, { enabled: true, token: tokenOf(ACTIONS_BOT) }, run(), sizes)).resolves.toBe('posted');
    await expect(commentOnPullRequest(runner, on, run(), { ...sizes, markdown: 'smaller now' })).resolves.toBe('posted');
    expect(authored(7)).toEqual([
      ['mallory', `${MARKER}\nnothing to see here`],
      ['github-actions[bot]', `${MARKER}\nsmaller now`]
    ]);
    expect(github.comments.get(7)![0].id).toBe(outsiders.id);
    expect(runner.texts('debug')).toContain("left alone: 1 comment(s) holding the size report's marker by another account (mallory)");
  });

  it('edits the first of its own comments when there are two, and leaves the second', async () => {
    github.addComment(7, `${MARKER}\nfirst`, { login: 'github-actions[bot]', type: 'Bot' });
    github.addComment(7, `${MARKER}\nsecond`, { login: 'github-actions[bot]', type: 'Bot' });
    await expect(commentOnPullRequest(new FakeRunner({}), on, run(), sizes)).resolves.toBe('posted');
    expect(authored(7)).toEqual([
      ['github-actions[bot]', `${MARKER}\n${sizes.markdown}`],
      ['github-actions[bot]', `${MARKER}\nsecond`]
    ]);
  });

  it("a GitHub App's token edits the app's comment, not github-actions[bot]'s nor an outsider's (GraphQL viewer: some-app[bot])", async () => {
    const token = tokenOf(APP);
    github.addComment(7, `${MARKER}\nfrom GITHUB_TOKEN`, { login: 'github-actions[bot]', type: 'Bot' });
    github.addComment(7, `${MARKER}\nnothing to see here`);
    github.addComment(7, `${MARKER}\nold`, { login: 'some-app[bot]', type: 'Bot' });
    const runner = new FakeRunner({});
    await expect(commentOnPullRequest(runner, { enabled: true, token }, run(), sizes)).resolves.toBe('posted');
    expect(authored(7)).toEqual([
      ['github-actions[bot]', `${MARKER}\nfrom GITHUB_TOKEN`],
      ['mallory', `${MARKER}\nnothing to see here`],
      ['some-app[bot]', `${MARKER}\n${sizes.markdown}`]
    ]);
    expect(runner.texts('debug')[0]).toBe('the github-token acts as some-app[bot] (GraphQL viewer): only its size comments are edited');
    expect(github.requests).not.toContain('GET /user');
  });

  it("a person's token (a PAT) edits that person's comment, and writes a new one as them", async () => {
    const token = tokenOf(PAT_USER);
    github.addComment(7, `${MARKER}\nfrom GITHUB_TOKEN`, { login: 'github-actions[bot]', type: 'Bot' });
    await expect(commentOnPullRequest(new FakeRunner({}), { enabled: true, token }, run(), sizes)).resolves.toBe('posted');
    await expect(commentOnPullRequest(new FakeRunner({}), { enabled: true, token }, run(), { ...sizes, markdown: 'smaller now' })).resolves.toBe('posted');
    expect(authored(7)).toEqual([
      ['github-actions[bot]', `${MARKER}\nfrom GITHUB_TOKEN`],
      ['octocat', `${MARKER}\nsmaller now`]
    ]);
    expect(github.requests.filter(r => r === VIEWER || r === 'GET /user')).toEqual([VIEWER]);
  });

  it('asks GET /user when GraphQL fails (a PAT), and matches comments case-insensitively', async () => {
    github.down.add('graphql');
    const token = tokenOf(PAT_USER);
    github.addComment(7, `${MARKER}\nold`, { login: 'OctoCat', type: 'User' });
    const runner = new FakeRunner({});
    await expect(commentOnPullRequest(runner, { enabled: true, token }, run(), sizes)).resolves.toBe('posted');
    expect(authored(7)).toEqual([['OctoCat', `${MARKER}\n${sizes.markdown}`]]);
    expect(asked()).toEqual([VIEWER, 'GET /user', 'GET /repos/acme/backend/issues/7/comments', expect.stringMatching(/^PATCH /)].sort());
    expect(runner.texts('debug')).toEqual(['the github-token acts as octocat (GET /user): only its size comments are edited']);
    expect(runner.texts('info')).toHaveLength(1);
  });

  it('falls back to github-actions[bot] when neither GraphQL nor GET /user answers (an installation token), and says so', async () => {
    github.down.add('graphql');
    github.addComment(7, `${MARKER}\nnothing to see here`);
    github.addComment(7, `${MARKER}\nold`, { login: 'github-actions[bot]', type: 'Bot' });
    const runner = new FakeRunner({});
    await expect(commentOnPullRequest(runner, { enabled: true, token: tokenOf(ACTIONS_BOT) }, run(), sizes)).resolves.toBe('posted');
    expect(authored(7)).toEqual([
      ['mallory', `${MARKER}\nnothing to see here`],
      ['github-actions[bot]', `${MARKER}\n${sizes.markdown}`]
    ]);
    expect(runner.texts('info')[0]).toBe(
      "could not learn which account the github-token acts as (GraphQL viewer: Server Error; GET /user: Resource not accessible by integration - https://docs.github.com/rest/users/users#get-the-authenticated-user): only size comments by github-actions[bot], GITHUB_TOKEN's account, are edited"
    );
    expect(github.requests.filter(r => r === VIEWER || r === 'GET /user')).toEqual([VIEWER, 'GET /user']);
  });

  it('asks who the token is once a run, however many comments it writes', async () => {
    const token = tokenOf(ACTIONS_BOT);
    for (const job of ['image', 'image-arm', 'image-riscv']) await commentOnPullRequest(new FakeRunner({}), { enabled: true, token }, run({ job }), sizes);
    await postReportComment(token, run(), { pullRequest: 12, image: 'ghcr.io/acme/backend', job: 'build' }, 'the table');
    expect(bodies(7)).toHaveLength(3);
    expect(github.requests.filter(r => r === VIEWER)).toHaveLength(1);
    expect(github.requests.filter(r => r.endsWith('/comments'))).toHaveLength(8);
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
    expect(runner.events.filter(e => e.kind !== 'debug')).toEqual([]);
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

  it("goes through the same check: an outsider's comment holding the marker is left alone, the bot's own is created then edited", async () => {
    const target = { pullRequest: 12, image: 'ghcr.io/acme/backend', job: 'build' };
    const marker = '<!-- hoist:size-report image=ghcr.io/acme/backend job=build -->';
    github.addComment(12, `${marker}\nnothing to see here`, OUTSIDER);
    const runner = new FakeRunner({});
    const created = await postReportComment(tokenOf(ACTIONS_BOT), run(), target, 'the table', runner);
    expect(created.action).toBe('created');
    await expect(postReportComment(TOKEN, run(), target, 'the new table')).resolves.toEqual({ ...created, action: 'updated' });
    expect(authored(12)).toEqual([
      ['mallory', `${marker}\nnothing to see here`],
      ['github-actions[bot]', `${marker}\nthe new table`]
    ]);
    expect(runner.texts('debug')).toEqual([
      'the github-token acts as github-actions[bot] (GraphQL viewer): only its size comments are edited',
      "left alone: 1 comment(s) holding the size report's marker by another account (mallory)"
    ]);
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
      'this pull request comes from a fork, whose token cannot comment: the size report is saved as artifact hoist-size-report-image; a workflow_run job in the base repository with comment-only: true posts it (see docs/sizes-and-comments.md).'
    ],
    [true, undefined, 'this pull request comes from a fork, whose token cannot comment. The size report is in the job summary.'],
    [
      false,
      'hoist-size-report-image',
      "the token cannot comment on this pull request (a fork's read-only token, or no 'permissions: pull-requests: write'): the size report is saved as artifact hoist-size-report-image; a workflow_run job in the base repository with comment-only: true posts it (see docs/sizes-and-comments.md)."
    ],
    [false, undefined, "the token cannot comment on this pull request (a fork's read-only token, or no 'permissions: pull-requests: write'). The size report is in the job summary."]
  ])('fork %s, saved as %s', (fromFork, savedAs, note) => {
    expect(notAllowedNote(run({ pullRequestFromFork: fromFork }), savedAs)).toBe(note);
  });
});
