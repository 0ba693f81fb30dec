import type { GitHubFacts } from '../plan/facts.js';
import { parseReference, repositoryName } from '../registry/reference.js';

export type BaselineChoice = { reference: string; why: string } | { reference?: undefined; reason: string };

/** A branch name as a tag: the characters tags allow, at most 128, like docker/metadata-action. */
export function branchTag(branch: string): string {
  return branch.replace(/[^\w.-]/g, '-').replace(/^[.-]+/, '').slice(0, 128) || 'latest';
}

/**
 * What to compare sizes against: `compare-to` if given (`none` turns it off);
 * on a pull request, the first tag's repository at the base branch's tag; on
 * other events, what the first tag pointed at before this push.
 */
export function chooseBaseline(compareTo: string, tags: string[], github: GitHubFacts): BaselineChoice {
  if (compareTo === 'none') return { reason: 'comparison turned off (compare-to: none)' };
  if (compareTo) return { reference: compareTo, why: 'compare-to' };
  if (tags.length === 0) return { reason: 'no tag to compare with' };
  const first = parseReference(tags[0]);
  if (github.baseRef) {
    return { reference: `${repositoryName(first)}:${branchTag(github.baseRef)}`, why: `the base branch ${github.baseRef}` };
  }
  return { reference: tags[0], why: `the previous ${tags[0]}` };
}
