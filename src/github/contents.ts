/**
 * A repository's files at one commit through GitHub's contents API
 * (`GET /repos/{owner}/{repo}/contents/{path}?ref=…`): the Dockerfile of the default Git
 * context when the workspace holds no checkout of the built commit.
 * @actions/github is imported on first use, as in comment.ts: it is large, and only a
 * build from the Git context without a checkout needs it. It is used rather than a bare
 * fetch for its proxy support (a self-hosted runner's HTTPS_PROXY) and its error shapes.
 */

export interface ContentsTarget {
  apiUrl: string;
  owner: string;
  repo: string;
  token: string;
  /** The commit (or ref) to read at. */
  ref: string;
}

/** One entry of a directory listing: `sha` is the Git blob's, a hash of the content. */
interface DirectoryEntry {
  name: string;
  path: string;
  sha: string;
  type: string;
}

/** A slow API must not hold the build: it runs without what the Dockerfile would have given. */
const TIMEOUT_MS = 15_000;

async function getContent(target: ContentsTarget, path: string): Promise<unknown> {
  const { getOctokit } = await import('@actions/github');
  const octokit = getOctokit(target.token, { baseUrl: target.apiUrl });
  try {
    const { data } = await octokit.rest.repos.getContent({ owner: target.owner, repo: target.repo, path, ref: target.ref, request: { signal: AbortSignal.timeout(TIMEOUT_MS) } });
    return data;
  } catch (e) {
    const status = (e as { status?: number }).status;
    if (status === 404) return undefined;
    // The status stays on the error: a caller tells a refused token (403) from an outage.
    throw Object.assign(new Error(`GET /repos/${target.owner}/${target.repo}/contents/${path}?ref=${target.ref}: ${(e as Error).message}`), status ? { status } : {});
  }
}

/** A file's text, or undefined when there is no file at `path` in that commit. Throws when GitHub cannot be asked. */
export async function readRepositoryFile(target: ContentsTarget, path: string): Promise<string | undefined> {
  const data = await getContent(target, path);
  if (data === undefined || Array.isArray(data)) return undefined;
  const file = data as { type?: string; encoding?: string; content?: string };
  if (file.type !== 'file') return undefined;
  // Over 1 MB the API sends no content (encoding "none"); no Dockerfile is that large.
  if (file.encoding !== 'base64' || typeof file.content !== 'string') throw new Error(`${path}: the contents API sent no content (encoding ${file.encoding ?? 'unknown'})`);
  return Buffer.from(file.content, 'base64').toString('utf8');
}

/** A directory's entries, or undefined when there is none at `path` (`''`: the repository's root). */
export async function listRepositoryDirectory(target: ContentsTarget, path: string): Promise<DirectoryEntry[] | undefined> {
  const data = await getContent(target, path);
  return Array.isArray(data) ? (data as DirectoryEntry[]) : undefined;
}
