import type { getOctokit } from '@actions/github';
import type { WorkflowFacts } from '../runner/workflow.js';
import type { Runner } from '../runner/protocol.js';

type Octokit = ReturnType<typeof getOctokit>;
/** Where a lookup's findings go: the run's log, when the caller has one. */
type Log = Pick<Runner, 'info' | 'debug'> | undefined;

/** Where and how to post: the pull request, a token, and the marker that finds our comment again. */
interface CommentTarget {
  token: string;
  apiUrl: string;
  owner: string;
  repo: string;
  issueNumber: number;
  /** Hidden HTML comment identifying this report (image + job), so reruns edit it in place. */
  marker: string;
}

export type CommentResult = { action: 'created' | 'updated'; id: number; url: string };

function reportMarker(image: string, job: string): string {
  return `<!-- hoist:size-report image=${image} job=${job} -->`;
}

/** The account GITHUB_TOKEN writes as. No one else can: only this repository's workflows get its token. */
const ACTIONS_BOT = 'github-actions[bot]';

/** Who each token acts as (API URL and token → login), asked once a run however many comments it writes. */
const identities = new Map<string, Promise<string>>();

/**
 * The account `token` writes as, so that only its own comments are edited: anyone who
 * can comment can copy the marker. GraphQL's viewer answers for every kind of token
 * (`github-actions[bot]` for GITHUB_TOKEN, `<app>[bot]` for a GitHub App's, the user for
 * a personal token); `GET /user` answers for a user's token only (an installation token
 * gets 403), so it is asked only when GraphQL fails. When both fail: GITHUB_TOKEN's
 * account, which no one outside this repository's workflows can write as. Never rejects.
 */
function actingAs(octokit: Octokit, target: CommentTarget, log: Log): Promise<string> {
  const key = `${target.apiUrl}\n${target.token}`;
  let known = identities.get(key);
  if (!known) {
    known = (async () => {
      const failed: string[] = [];
      try {
        const { viewer } = await octokit.graphql<{ viewer?: { login?: string } }>('query { viewer { login } }');
        if (viewer?.login) {
          log?.debug(`the github-token acts as ${viewer.login} (GraphQL viewer): only its size comments are edited`);
          return viewer.login;
        }
        failed.push('GraphQL viewer: no login in the answer');
      } catch (e) {
        failed.push(`GraphQL viewer: ${(e as Error).message}`);
      }
      try {
        const { data } = await octokit.rest.users.getAuthenticated();
        log?.debug(`the github-token acts as ${data.login} (GET /user): only its size comments are edited`);
        return data.login;
      } catch (e) {
        failed.push(`GET /user: ${(e as Error).message}`);
      }
      log?.info(`could not learn which account the github-token acts as (${failed.join('; ')}): only size comments by ${ACTIONS_BOT}, GITHUB_TOKEN's account, are edited`);
      return ACTIONS_BOT;
    })();
    identities.set(key, known);
  }
  return known;
}

/**
 * One comment per image and job: edit ours if it is there, else create it. Ours is the
 * first that holds the marker and was written by the account the token acts as; one by
 * anyone else is left alone, marker or not.
 * @actions/github is imported here, not at the top: it is large, and only a pull
 * request run with a token needs it.
 */
async function upsertComment(target: CommentTarget, body: string, log: Log): Promise<CommentResult> {
  const { getOctokit } = await import('@actions/github');
  const octokit = getOctokit(target.token, { baseUrl: target.apiUrl });
  const fullBody = `${target.marker}\n${body}`;
  const where = { owner: target.owner, repo: target.repo };
  // Who we are is asked alongside the listing (once a run), not before it; settled either way, so no request outlives a failed listing.
  const author = actingAs(octokit, target, log);
  const comments = await octokit.paginate(octokit.rest.issues.listComments, { ...where, issue_number: target.issueNumber, per_page: 100 }).finally(() => author);
  const me = (await author).toLowerCase();
  const marked = comments.filter(c => c.body?.includes(target.marker));
  const ours = marked.find(c => c.user?.login.toLowerCase() === me);
  const others = marked.filter(c => c.user?.login.toLowerCase() !== me);
  if (others.length) log?.debug(`left alone: ${others.length} comment(s) holding the size report's marker by another account (${others.map(c => c.user?.login ?? 'unknown').join(', ')})`);
  if (ours) {
    const updated = await octokit.rest.issues.updateComment({ ...where, comment_id: ours.id, body: fullBody });
    return { action: 'updated', id: updated.data.id, url: updated.data.html_url };
  }
  const created = await octokit.rest.issues.createComment({ ...where, issue_number: target.issueNumber, body: fullBody });
  return { action: 'created', id: created.data.id, url: created.data.html_url };
}

/** Why a comment could not be written, in words a user can act on. */
function explainCommentFailure(e: unknown): string {
  return `could not write the pull request comment: ${(e as Error).message}. The size report is in the job summary.`;
}

/** What became of the comment: posted, not wanted here, or not allowed (a fork's read-only token). */
export type CommentOutcome = 'posted' | 'skipped' | 'not-allowed';

/**
 * The size table as a comment on the pull request this run builds, when `pr-comment`
 * is on; a failure is a warning (the table is in the job summary either way). A pull
 * request from a fork is not tried: its token cannot write (`not-allowed`, and the caller
 * saves the report for the base repository's workflow_run job instead).
 */
export async function commentOnPullRequest(runner: Runner, options: { enabled: boolean; token: string }, github: WorkflowFacts, sizes: { image: string; markdown: string }): Promise<CommentOutcome> {
  if (!options.enabled || !github.pullRequestNumber || !github.eventName.startsWith('pull_request')) return 'skipped';
  if (github.pullRequestFromFork && github.eventName === 'pull_request') return 'not-allowed';
  if (!options.token) {
    runner.warning('no github-token: the size report is in the job summary only');
    return 'skipped';
  }
  const [owner, repo] = github.repository.split('/');
  try {
    const done = await upsertComment(
      { token: options.token, apiUrl: github.apiUrl, owner, repo, issueNumber: github.pullRequestNumber, marker: reportMarker(sizes.image, github.job) },
      sizes.markdown,
      runner
    );
    runner.info(`${done.action} the size comment on pull request #${github.pullRequestNumber}: ${done.url}`);
    return 'posted';
  } catch (e) {
    const status = (e as { status?: number }).status;
    if (status === 403 || status === 404) return 'not-allowed';
    runner.warning(explainCommentFailure(e));
    return 'skipped';
  }
}

/**
 * Posts a size report another run measured (comment-only), on `pullRequest`, as that run's
 * job would have; like commentOnPullRequest, it edits only a comment of the token's own
 * account. `runner` hears who that account is (debug) or why it could not be learned.
 */
export async function postReportComment(token: string, github: WorkflowFacts, target: { pullRequest: number; image: string; job: string }, markdown: string, runner?: Runner): Promise<CommentResult> {
  const [owner, repo] = github.repository.split('/');
  return upsertComment({ token, apiUrl: github.apiUrl, owner, repo, issueNumber: target.pullRequest, marker: reportMarker(target.image, target.job) }, markdown, runner);
}

/** The head commit of a pull request, from the API (a fork's workflow_run payload lists no pull request). */
export async function pullRequestHead(token: string, github: WorkflowFacts, pullRequest: number): Promise<string | undefined> {
  const { getOctokit } = await import('@actions/github');
  const [owner, repo] = github.repository.split('/');
  try {
    const { data } = await getOctokit(token, { baseUrl: github.apiUrl }).rest.pulls.get({ owner, repo, pull_number: pullRequest });
    return data.head.sha;
  } catch (e) {
    if ((e as { status?: number }).status === 404) return undefined;
    throw e;
  }
}

/** Why the size report was not posted on a fork's pull request, and where it went instead. */
export function notAllowedNote(github: WorkflowFacts, savedAs: string | undefined): string {
  const why = github.pullRequestFromFork
    ? 'this pull request comes from a fork, whose token cannot comment'
    : "the token cannot comment on this pull request (a fork's read-only token, or no 'permissions: pull-requests: write')";
  return savedAs
    ? `${why}: the size report is saved as artifact ${savedAs}; a workflow_run job in the base repository with comment-only: true posts it (see docs/sizes-and-comments.md).`
    : `${why}. The size report is in the job summary.`;
}
