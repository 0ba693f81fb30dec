/**
 * The step's inputs and the metadata engine's (plan/metadata/): the meta-* inputs handed
 * to the rules, and the generated tags, labels and annotations merged back into the
 * inputs the rest of the run reads. An explicit `tags` input wins over the generated
 * tags, and the user's `labels`/`annotations` win over generated ones of the same key.
 */
import { InputError } from '../inputs/errors.js';
import type { Inputs } from '../inputs/inputs.js';
import type { MetaInputs, MetaResult } from './metadata/index.js';

const META_INPUTS = ['meta-tags', 'meta-flavor', 'meta-labels', 'meta-annotations'] as const;

export function metaInputs(inputs: Inputs): MetaInputs {
  return { images: inputs['meta-images'], tags: inputs['meta-tags'], flavor: inputs['meta-flavor'], labels: inputs['meta-labels'], annotations: inputs['meta-annotations'] };
}

/** A meta-* rule input without meta-images has nothing to apply to. */
export function metaInputsWithoutImages(inputs: Inputs): InputError[] {
  if (inputs['meta-images'].length > 0) return [];
  const given = META_INPUTS.filter(name => inputs[name].length > 0);
  return given.length === 0 ? [] : [new InputError(given[0], `is given without meta-images`, 'Name the images to tag in meta-images (e.g. ghcr.io/acme/app); the rules apply to them.')];
}

/** metadata-action's `context`: `workflow` (the default) or `git`; anything else stops the step before it builds. */
export function metaContextProblems(inputs: Pick<Inputs, 'meta-context'>): InputError[] {
  const value = inputs['meta-context'];
  if (value === '' || value === 'workflow' || value === 'git') return [];
  return [new InputError('meta-context', `'${value}' is not workflow or git`, "Use workflow (the event: its ref and sha) or git (the checkout: HEAD's ref and sha), as metadata-action's context.")];
}

/** `key=value` → key; an annotation's key keeps its `level:` prefix, so levels are told apart. */
const keyOf = (entry: string): string => entry.split('=')[0];

/**
 * The merge. Generated annotations go on the manifests and, for a multi-platform
 * image, on the index too (what a registry UI shows for the tag).
 */
export function withMetadata(inputs: Inputs, meta: MetaResult): Inputs {
  const userLabels = new Set(inputs.labels.map(keyOf));
  const generated = meta.annotations.flatMap(a => {
    const [level, rest] = /^[a-z-]+(\[[^\]]*\])?:/.test(a) ? [a.slice(0, a.indexOf(':')), a.slice(a.indexOf(':') + 1)] : ['manifest', a];
    return level === 'manifest' && inputs.platforms.length > 1 ? [`index:${rest}`, `manifest:${rest}`] : [`${level}:${rest}`];
  });
  const userAnnotations = new Set(inputs.annotations.map(a => (/^[a-z-]+(\[[^\]]*\])?:/.test(a) ? keyOf(a) : `manifest:${keyOf(a)}`)));
  return {
    ...inputs,
    tags: inputs.tags.length > 0 ? inputs.tags : meta.tags,
    labels: [...meta.labels.filter(l => !userLabels.has(keyOf(l))), ...inputs.labels],
    annotations: [...new Set(generated.filter(a => !userAnnotations.has(keyOf(a))))].concat(inputs.annotations)
  };
}
