/**
 * `distribute: platform` (a matrix job builds its platform and hands on the digest) and
 * `merge: true` (a later job makes the image of them): checked before anything runs.
 */
import type { Findings } from './errors.js';
import type { Inputs } from './inputs.js';
import { didYouMean } from '../util/words.js';

const DISTRIBUTE_MODES = ['platform'] as const;

type DistributeInputs = Pick<Inputs, 'distribute' | 'merge' | 'platforms' | 'tags' | 'meta-images' | 'outputs' | 'load'>;

export function checkDistribute(inputs: DistributeInputs, found: Findings): void {
  const names = inputs.tags.length > 0 || inputs['meta-images'].length > 0;
  if (inputs.distribute && !(DISTRIBUTE_MODES as readonly string[]).includes(inputs.distribute)) {
    found.error(
      'distribute',
      `'${inputs.distribute}' is not a way hoist distributes a build${didYouMean(inputs.distribute, DISTRIBUTE_MODES)}`,
      'Use distribute: platform in the matrix jobs (one platform each), and merge: true in the job after them.'
    );
    return;
  }
  if (inputs.distribute && inputs.merge) {
    found.error(
      'merge',
      'is set together with distribute',
      'A step either builds its platform (distribute: platform, in the matrix jobs) or merges them (merge: true, in the job that needs them), not both.'
    );
    return;
  }
  if (inputs.distribute) {
    if (inputs.platforms.length === 0)
      found.error('platforms', 'is empty, but distribute: platform builds the platform(s) of this matrix job', "Give the job's platform, e.g. platforms: ${{ matrix.platform }}.");
    if (!names)
      found.error('tags', 'names no image for distribute: platform to push to', 'Give the same tags (or meta-images) as the merge step: the platform jobs push to those repositories by digest.');
    if (inputs.outputs.length > 0) found.error('outputs', 'is given with distribute: platform, which pushes by digest itself', 'Leave outputs empty in the platform jobs.');
    if (inputs.load) found.error('load', 'is set with distribute: platform, which pushes by digest', 'Load in a step of its own, or leave load false.');
  }
  if (inputs.merge) {
    if (inputs.platforms.length === 0) {
      found.error(
        'platforms',
        'is empty, but merge: true must know which platforms to expect',
        'Give every platform the matrix builds, e.g. platforms: linux/amd64,linux/arm64; a missing one then fails the merge instead of tagging a partial image.'
      );
    }
    if (!names) found.error('tags', 'is empty, but merge: true creates the image under its tags', 'Give the tags (or meta-images) to create, the same repositories the platform jobs pushed to.');
  }
}
