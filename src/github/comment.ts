import type { GitHubFacts } from '../runner/context.js';
import type { Runner } from '../runner/protocol.js';

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

type CommentResult = { action: 'created' | 'updated'; id: number; url: string };

function reportMarker(image: string, job: string): string {
  return `<!-- hoist:size-report image=${image} job=${job} -->`;
}

/**
 * One comment per image and job: edit ours if it is there, else create it.
 * @actions/github is imported here, not at the top: it is large, and only a pull
 * request run with a token needs it.
 */
async function upsertComment(target: CommentTarget, body: string): Promise<CommentResult> {
  const { getOctokit } = await import('@actions/github');
  const octokit = getOctokit(target.token, { baseUrl: target.apiUrl });
  const fullBody = `${target.marker}\n${body}`;
  const where = { owner: target.owner, repo: target.repo };
  const comments = await octokit.paginate(octokit.rest.issues.listComments, { ...where, issue_number: target.issueNumber, per_page: 100 });
  const ours = comments.find(c => c.body?.includes(target.marker));
  if (ours) {
    const updated = await octokit.rest.issues.updateComment({ ...where, comment_id: ours.id, body: fullBody });
    return { action: 'updated', id: updated.data.id, url: updated.data.html_url };
  }
  const created = await octokit.rest.issues.createComment({ ...where, issue_number: target.issueNumber, body: fullBody });
  return { action: 'created', id: created.data.id, url: created.data.html_url };
}

/** Why a comment could not be written, in words a user can act on. */
function explainCommentFailure(e: unknown): string {
  const status = (e as { status?: number }).status;
  if (status === 403 || status === 404) {
    return `the token cannot comment on this pull request (HTTP ${status}): a pull request from a fork gets a read-only token, or the workflow lacks 'permissions: pull-requests: write'. The size report is in the job summary.`;
  }
  return `could not write the pull request comment: ${(e as Error).message}. The size report is in the job summary.`;
}

/**
 * The size table as a comment on the pull request this run builds, when `pr-comment`
 * is on; a failure is a warning (the table is in the job summary either way).
 */
export async function commentOnPullRequest(runner: Runner, options: { enabled: boolean; token: string }, github: GitHubFacts, sizes: { image: string; markdown: string }): Promise<void> {
  if (!options.enabled || !github.pullRequestNumber || !github.eventName.startsWith('pull_request')) return;
  if (!options.token) {
    runner.warning('no github-token: the size report is in the job summary only');
    return;
  }
  const [owner, repo] = github.repository.split('/');
  try {
    const done = await upsertComment(
      { token: options.token, apiUrl: github.apiUrl, owner, repo, issueNumber: github.pullRequestNumber, marker: reportMarker(sizes.image, github.job) },
      sizes.markdown
    );
    runner.info(`${done.action} the size comment on pull request #${github.pullRequestNumber}: ${done.url}`);
  } catch (e) {
    runner.warning(explainCommentFailure(e));
  }
}
