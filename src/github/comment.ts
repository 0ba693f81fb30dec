/** Where and how to post: the pull request, a token, and the marker that finds our comment again. */
export interface CommentTarget {
  token: string;
  apiUrl: string;
  owner: string;
  repo: string;
  issueNumber: number;
  /** Hidden HTML comment identifying this report (image + job), so reruns edit it in place. */
  marker: string;
}

export type CommentResult = { action: 'created' | 'updated'; id: number; url: string };

export function reportMarker(image: string, job: string): string {
  return `<!-- hoist:size-report image=${image} job=${job} -->`;
}

/**
 * One comment per image and job: edit ours if it is there, else create it.
 * @actions/github is imported here, not at the top: it is large, and only a pull
 * request run with a token needs it.
 */
export async function upsertComment(target: CommentTarget, body: string): Promise<CommentResult> {
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
export function explainCommentFailure(e: unknown): string {
  const status = (e as { status?: number }).status;
  if (status === 403 || status === 404) {
    return `the token cannot comment on this pull request (HTTP ${status}): a pull request from a fork gets a read-only token, or the workflow lacks 'permissions: pull-requests: write'. The size report is in the job summary.`;
  }
  return `could not write the pull request comment: ${(e as Error).message}. The size report is in the job summary.`;
}
