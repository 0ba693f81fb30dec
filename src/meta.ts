/**
 * Tags, labels and annotations from the git context (docker/github-builder's `meta-*`
 * inputs, docker/metadata-action's rules), worked out before the build and merged into
 * the inputs the rest of the run reads: an explicit `tags` input wins over the generated
 * tags, and the user's `labels`/`annotations` win over generated ones of the same key.
 */
import type { RunContext } from './context.js';
import { InputError } from './inputs/errors.js';
import type { Inputs } from './inputs/inputs.js';
import type { RegistryClient } from './registry/client.js';
import { readEventPayload } from './runner/context.js';
import type { Runner } from './runner/protocol.js';
import { parseReference } from './registry/reference.js';
import type { MetaContext, MetaInputs, MetaResult } from './plan/metadata.js';

/** The rules engine, loaded only for a step with meta-* inputs (it and semver are most of the bundle's start-up). */
const engine = () => import('./plan/metadata.js');

type Log = Pick<Runner, 'info' | 'warning'>;

const META_INPUTS = ['meta-tags', 'meta-flavor', 'meta-labels', 'meta-annotations'] as const;

function metaInputs(inputs: Inputs): MetaInputs {
  return { images: inputs['meta-images'], tags: inputs['meta-tags'], flavor: inputs['meta-flavor'], labels: inputs['meta-labels'], annotations: inputs['meta-annotations'] };
}

/** The meta-* inputs' problems, found with the other input problems before anything runs. */
export async function metadataProblems(inputs: Inputs): Promise<InputError[]> {
  if (inputs['meta-images'].length === 0) {
    const given = META_INPUTS.filter(name => inputs[name].length > 0);
    return given.length === 0 ? [] : [new InputError(given[0], `is given without meta-images`, 'Name the images to tag in meta-images (e.g. ghcr.io/acme/app); the rules apply to them.')];
  }
  return (await engine()).checkMetaRules(metaInputs(inputs));
}

/** For a step with meta-images: the inputs with the generated metadata merged in, and the metadata, for the outputs. */
export async function applyMetadata(ctx: Pick<RunContext, 'env' | 'registry'>, inputs: Inputs, now: Date, log: Log): Promise<{ inputs: Inputs; meta: MetaResult }> {
  const { computeMetadata, metaContext, higherStableRelease } = await engine();
  // Without a readable event (a local run) the rules see what the GITHUB_* variables say.
  const context = metaContext(ctx.env, readEventPayload(ctx.env), now);
  const meta = await keepLatestOnHighest(ctx.registry, computeMetadata(metaInputs(inputs), context), higherStableRelease, log);
  const merged = withMetadata(inputs, meta);
  // A pull request is compared with the base branch's image under the same rules (its tag, prefix and suffix included).
  if (!merged['compare-to'] && context.baseRef) {
    const base = baseBranchTag(inputs, context, computeMetadata);
    if (base) merged['compare-to'] = base;
  }
  return { inputs: merged, meta };
}

/**
 * `latest` only for the highest stable release: an image whose repository already holds
 * a higher `x.y.z` (a fix released for an older line, e.g. 1.2.4 after 2.0.0) keeps its
 * `latest` where it is. Its tags are read from the registry with the step's login; when
 * they cannot be, `latest` is pushed as metadata-action would, with a warning.
 */
async function keepLatestOnHighest(registry: RegistryClient, meta: MetaResult, higherStableRelease: (version: string, tags: string[]) => string | undefined, log: Log): Promise<MetaResult> {
  const latest = meta.tags.filter(t => t.endsWith(':latest'));
  const dropped = new Set<string>();
  for (const tag of latest) {
    const image = tag.slice(0, -':latest'.length);
    try {
      const higher = higherStableRelease(meta.version, await registry.listTags(parseReference(image)));
      if (higher) {
        dropped.add(tag);
        log.info(`latest stays on ${image}:${higher}, a higher release than ${meta.version}`);
      }
    } catch (e) {
      log.warning(`meta-tags: could not list ${image}'s tags (${(e as Error).message}); latest is pushed without checking for a higher release`);
    }
  }
  if (dropped.size === 0) return meta;
  const tags = meta.tags.filter(t => !dropped.has(t));
  return { ...meta, tags, json: { ...meta.json, tags } };
}

/** The first tag the rules give a push to the pull request's base branch, or undefined when they give none. */
function baseBranchTag(inputs: Inputs, context: MetaContext, computeMetadata: (inputs: MetaInputs, ctx: MetaContext) => MetaResult): string | undefined {
  const push: MetaContext = { ...context, eventName: 'push', ref: `refs/heads/${context.baseRef}`, baseRef: undefined, headRef: undefined, prNumber: undefined, prHeadSha: undefined };
  try {
    return computeMetadata(metaInputs(inputs), push).tags.find(t => !t.endsWith(':latest'));
  } catch {
    return undefined;
  }
}

/** `key=value` → key; an annotation's key keeps its `level:` prefix, so levels are told apart. */
const keyOf = (entry: string): string => entry.split('=')[0];

/**
 * Pure: the merge. Generated annotations go on the manifests and, for a multi-platform
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
