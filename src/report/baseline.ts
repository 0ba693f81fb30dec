import { inspectImage } from '../readback/inspect.js';
import type { ImageFacts } from '../readback/image.js';
import type { RegistryClient } from '../registry/client.js';
import { branchTag, parseReference, repositoryName } from '../registry/reference.js';
import type { WorkflowFacts } from '../runner/workflow.js';

/** What this build's sizes are compared with: an image read from the registry, or why there is none. */
export type Baseline = { image: ImageFacts; reference: string } | { image?: undefined; reference?: string; reason: string };

export type BaselineChoice = { reference: string; why: string } | { reference?: undefined; reason: string };

/**
 * What to compare sizes against: `compare-to` if given (`none` turns it off);
 * on a pull request, the first tag's repository at the base branch's tag; on
 * other events, what the first tag pointed at before this push.
 */
export function chooseBaseline(compareTo: string, tags: string[], github: WorkflowFacts): BaselineChoice {
  if (compareTo === 'none') return { reason: 'comparison turned off (compare-to: none)' };
  if (compareTo) return { reference: compareTo, why: 'compare-to' };
  if (tags.length === 0) return { reason: 'no tag to compare with' };
  const first = parseReference(tags[0]);
  if (github.baseRef) {
    return { reference: `${repositoryName(first)}:${branchTag(github.baseRef)}`, why: `the base branch ${github.baseRef}` };
  }
  return { reference: tags[0], why: `the previous ${tags[0]}` };
}

/** Reads the chosen baseline from the registry; never throws (an unreadable one is a reason). */
export function readBaseline(registry: RegistryClient, compareTo: string, tags: string[], github: WorkflowFacts): Promise<Baseline> {
  const choice = chooseBaseline(compareTo, tags, github);
  if (!('why' in choice)) return Promise.resolve({ reason: choice.reason });
  const reference = choice.reference;
  const ref = parseReference(reference);
  return inspectImage(registry, ref, ref.digest ?? ref.tag ?? 'latest').then(
    (image): Baseline => (image ? { image, reference } : { reference, reason: `${reference} does not exist yet (${choice.why})` }),
    (e: Error): Baseline => ({ reference, reason: `${reference} could not be read: ${e.message}` })
  );
}
