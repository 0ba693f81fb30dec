/**
 * metadata-action's `context: git`: the ref and sha from the checkout's HEAD instead of
 * the event, found as docker/actions-toolkit's Git.context does (src/git.ts, commit
 * 3d440be: a branch through symbolic-ref; a detached HEAD through its decorations — a tag
 * pointing at it, `pull/N/merge`, `origin/<branch>` — else the newest branch, remote
 * branch or tag containing it), and the commit's date. The git commands are the caller's
 * (the exec port), so this stays testable with a table of answers.
 * Follows docker/metadata-action dc80280: src/context.ts.
 * Follows docker/actions-toolkit 3d440be: src/git.ts.
 */

/** Runs `git <args>` in the checkout; its trimmed stdout, or throws with git's stderr. */
export type Git = (args: string[]) => Promise<string>;

export interface GitContext {
  ref: string;
  sha: string;
  /** The commit's committer date (ISO). */
  commitTime: string;
}

export async function gitContext(git: Git): Promise<GitContext> {
  const sha = await git(['show', '--format=%H', 'HEAD', '--quiet', '--']);
  const ref = (await git(['branch', '--show-current'])) === '' ? await detachedRef(git) : await git(['symbolic-ref', 'HEAD']);
  const date = await git(['show', '-s', '--format=%cI', sha]);
  if (Number.isNaN(Date.parse(date))) throw new Error(`git gave no commit date for ${sha}: '${date}'`);
  return { ref, sha, commitTime: new Date(date).toISOString() };
}

/** A detached HEAD's ref, from `git show -s --pretty=%D` ("HEAD, tag: v1.2.3", "HEAD, origin/main, main", "HEAD, pull/7/merge", "grafted, HEAD"). */
async function detachedRef(git: Git): Promise<string> {
  const decorations = await git(['show', '-s', '--pretty=%D']);
  const normalized = decorations.replace(/^grafted, /, '').trim();
  if (normalized === 'HEAD') return inferRef(git);
  const rest = /^HEAD, (.*)$/.exec(normalized)?.[1]?.trim();
  if (!rest) throw new Error(`cannot find the detached HEAD's ref in "${decorations}"`);
  if (rest.startsWith('tag: ')) return tagRef(git, rest, decorations);
  if (/^pull\/\d+\/(head|merge)$/.test(rest)) return `refs/${rest}`;
  const branch = /^[^/]+\/[^/]+, (.+)$/.exec(rest)?.[1] ?? /^[^/]+\/(.+)$/.exec(rest)?.[1];
  if (branch) return `refs/heads/${branch.trim()}`;
  throw new Error(`unsupported detached HEAD ref in "${decorations}"`);
}

/** The tag a `tag: …` decoration names (the longest matching name first, so v1.2.3-rc is not taken for v1.2.3). */
async function tagRef(git: Git, decoration: string, decorations: string): Promise<string> {
  const refs = (await git(['for-each-ref', '--format=%(refname)', '--points-at', 'HEAD', 'refs/tags/']))
    .split('\n')
    .map(r => r.trim())
    .filter(Boolean)
    .sort((a, b) => b.length - a.length);
  const found = refs.find(ref => {
    const name = `tag: ${ref.slice('refs/tags/'.length)}`;
    return decoration === name || decoration.startsWith(`${name}, `);
  });
  if (found) return found;
  if (refs.length === 1) return refs[0];
  throw new Error(`cannot find the detached HEAD's tag in "${decorations}"`);
}

/** A HEAD without decorations: the newest local branch containing it, then remote branch, then tag. */
async function inferRef(git: Git): Promise<string> {
  const containing = async (prefix: string) =>
    (await git(['for-each-ref', '--format=%(refname)', '--contains', 'HEAD', '--sort=-committerdate', prefix]))
      .split('\n')
      .map(r => r.trim())
      .find(Boolean);
  const local = await containing('refs/heads/');
  if (local) return local;
  const remote = await containing('refs/remotes/');
  if (remote) {
    const branch = /^refs\/remotes\/[^/]+\/(.+)$/.exec(remote)?.[1];
    return branch ? `refs/heads/${branch}` : remote;
  }
  const tag = (await git(['tag', '--contains', 'HEAD']))
    .split('\n')
    .map(t => t.trim())
    .find(Boolean);
  if (tag) return `refs/tags/${tag}`;
  throw new Error('cannot infer a ref from the detached HEAD');
}
