/**
 * Where hoist reads the Dockerfile of build-push-action's default Git context, which
 * BuildKit fetches itself (`<server>/<owner>/<repo>.git#<commit>`): from the workspace
 * when it is a checkout of that very commit (as after actions/checkout), else through
 * GitHub's contents API at that commit with the step's token. When neither can, the
 * build still runs, and one notice says which of hoist's features are off and why.
 */
import { isCacheMode } from '../inputs/cache.js';
import type { Inputs } from '../inputs/inputs.js';
import type { WorkflowFacts } from '../runner/workflow.js';
import { builtCommit } from './plan.js';

/** What `git rev-parse --show-toplevel HEAD` said of the workspace: its root and HEAD, or why it could not. */
export type CheckoutProbe = { root: string; head: string } | { failed: string };

export interface GitReadPlan {
  /** The commit (or ref) the build fetches. */
  commit: string;
  /** The checkout's root, when the workspace holds that commit. */
  checkout?: string;
  /** Otherwise GitHub's contents API, when there is a repository and a token to ask with. */
  api?: { apiUrl: string; owner: string; repo: string; token: string };
  /** Why each way not taken cannot be. */
  skipped: string[];
}

/** The way to read the default Git context's files: the checkout first, the contents API second. */
export function planGitRead(github: Pick<WorkflowFacts, 'ref' | 'sha' | 'pullRequestHeadSha' | 'repository' | 'apiUrl'>, token: string, checkout: CheckoutProbe): GitReadPlan {
  const commit = builtCommit(github);
  const plan: GitReadPlan = { commit, skipped: [] };
  if ('failed' in checkout) plan.skipped.push(`the workspace is not a Git checkout (${checkout.failed})`);
  else if (checkout.head !== commit) plan.skipped.push(`the workspace's checkout is at ${checkout.head || 'no commit'}, not at ${commit}`);
  else return { ...plan, checkout: checkout.root };
  const [owner, repo] = github.repository.split('/');
  if (!owner || !repo) plan.skipped.push('GITHUB_REPOSITORY does not name the repository, so GitHub cannot be asked');
  else if (!token) plan.skipped.push('github-token is empty, so GitHub cannot be asked');
  else plan.api = { apiUrl: github.apiUrl, owner, repo, token };
  return plan;
}

/**
 * The one notice for a Git context whose Dockerfile could not be read: each feature that
 * is off for this build (only those the inputs would use), why, and how to turn them on.
 */
export function featuresOffNotice(
  inputs: Pick<Inputs, 'cache' | 'cache-mounts' | 'target' | 'cache-stages' | 'no-cache-filters' | 'file'>,
  where: { path: string; subdir: string },
  why: string[]
): string {
  const file = where.path;
  const off: string[] = [];
  if (isCacheMode(inputs.cache) && inputs.cache !== 'none' && inputs['cache-mounts']) off.push(`cache mounts are not carried (cache: ${inputs.cache})`);
  off.push('no QEMU analysis: no emulator is registered for the stages that run emulated, and no emulation advice is given');
  const named = (['target', 'cache-stages', 'no-cache-filters'] as const).filter(name => inputs[name].length > 0);
  if (named.length > 0) off.push(`${named.join(', ')} ${named.length > 1 ? 'are' : 'is'} not checked against the Dockerfile's stages`);
  // BuildKit names the file as read in the subdirectory: GitHub would look for it at the repository's root.
  if (where.subdir) off.push(`build-check and failure annotations name ${inputs.file || 'Dockerfile'} as BuildKit knows it, not ${file}`);
  return (
    `Dockerfile: hoist could not read ${file} of the Git context that BuildKit fetches (${why.join('; ')}). The build goes on; off for it: ${off.join('; ')}. ` +
    'To turn them on, check out the commit first (actions/checkout), or give github-token read access to the repository contents.'
  );
}
