/**
 * A commit's date from the REST API (`GET /repos/{owner}/{repo}/commits/{ref}` →
 * `commit.committer.date`), for when the event's payload carries none (pull_request,
 * release, workflow_dispatch, schedule), as docker/metadata-action dc80280 does
 * (src/context.ts, getCommitDateFromWorkflow). The client loads only when asked.
 */
export interface CommitLookup {
  token: string;
  apiUrl: string;
  /** owner/name */
  repository: string;
  sha: string;
}

/** The committer's date (ISO); throws with the reason when the API cannot answer. */
export async function commitDate(lookup: CommitLookup): Promise<string> {
  if (!lookup.token) throw new Error('no github-token');
  const [owner, repo] = lookup.repository.split('/');
  if (!owner || !repo) throw new Error(`no repository (GITHUB_REPOSITORY is '${lookup.repository}')`);
  const { getOctokit } = await import('@actions/github');
  const { data } = await getOctokit(lookup.token, { baseUrl: lookup.apiUrl }).rest.repos.getCommit({ owner, repo, ref: lookup.sha });
  const date = data.commit.committer?.date;
  if (!date || Number.isNaN(Date.parse(date))) throw new Error('the answer has no commit.committer.date');
  return new Date(date).toISOString();
}
