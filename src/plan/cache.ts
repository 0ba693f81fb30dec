import type { Inputs } from '../inputs/inputs.js';
import { parseReference, repositoryName } from '../registry/reference.js';
import { branchTag } from '../report/baseline.js';
import { parseAttrs } from './attrs.js';
import type { GitHubFacts } from './facts.js';

export const CACHE_MODES = ['none', 'registry', 'gha', 'local'] as const;
export type CacheMode = (typeof CACHE_MODES)[number];

export interface CachePlan {
  from: string[];
  to: string[];
}

/** The branch a run builds: a pull request's head, else the pushed branch. */
export function branchOf(github: GitHubFacts): string | undefined {
  if (github.headRef) return github.headRef;
  return github.ref.startsWith('refs/heads/') ? github.ref.slice('refs/heads/'.length) : undefined;
}

/**
 * Layers new to a registry or local cache are zstd: BuildKit compresses them for
 * the export, and zstd is the faster to write (measured here on a source-only change
 * of the seeds' Go service: "preparing build cache for export" 0.3-0.4 s, against
 * 0.8-0.9 s with gzip). Blobs the builder already has (base image layers) are sent as
 * they are. BuildKit reads zstd caches since v0.10.
 */
const REGISTRY_CACHE_TO = 'mode=max,image-manifest=true,oci-mediatypes=true,compression=zstd';

/**
 * The `cache` shorthand as buildx cache flags. `registry`: one ref next to the image
 * (`<repo>:buildcache`), all stages (mode=max), as an OCI image manifest so registries
 * that reject BuildKit's cache manifest list (ECR, some Harbor/Artifactory) take it.
 * `gha`: a scope per branch, read-through to the default branch's scope, so a new
 * branch starts warm but never writes into main's cache.
 */
export function planCache(inputs: Inputs, github: GitHubFacts, localCache?: { from?: string; to?: string }): CachePlan {
  const mode = (inputs.cache || 'none') as CacheMode;
  if (mode === 'registry') {
    const ref = inputs['cache-ref'] || `${repositoryName(parseReference(inputs.tags[0]))}:buildcache`;
    return { from: [`type=registry,ref=${ref}`], to: [`type=registry,ref=${ref},${REGISTRY_CACHE_TO}`] };
  }
  if (mode === 'gha') {
    const branch = branchTag(branchOf(github) ?? 'default');
    const scopes = [branch];
    if (github.defaultBranch && branchTag(github.defaultBranch) !== branch) scopes.push(branchTag(github.defaultBranch));
    return { from: scopes.map(s => `type=gha,scope=${s}`), to: [`type=gha,scope=${branch},mode=max`] };
  }
  if (mode === 'local' && localCache) {
    // Exported to a fresh directory each time: a local cache written over in place keeps every old blob.
    return { from: localCache.from ? [`type=local,src=${localCache.from}`] : [], to: localCache.to ? [`type=local,dest=${localCache.to},mode=max,oci-mediatypes=true,compression=zstd`] : [] };
  }
  return { from: [], to: [] };
}

const CACHE_TYPES = ['registry', 'local', 'gha', 'inline', 's3', 'azblob'];

/** What is wrong with one cache-from/cache-to entry, or undefined. */
export function cacheEntryProblem(entry: string, direction: 'from' | 'to'): string | undefined {
  let pairs: Array<[string, string]>;
  try {
    pairs = parseAttrs(entry);
  } catch {
    return `'${entry}' is not a key=value list`;
  }
  const attrs = new Map(pairs);
  // A bare reference (user/app:cache) means type=registry, as buildx reads it.
  if (pairs.length === 1 && pairs[0][1] === '') return undefined;
  const type = attrs.get('type') ?? '';
  if (!CACHE_TYPES.includes(type)) return `'${entry}' has type '${type || '(none)'}'; known types: ${CACHE_TYPES.join(', ')}`;
  if (type === 'registry' && !attrs.get('ref')) return `'${entry}' needs ref=<image>`;
  if (type === 'local' && !attrs.get(direction === 'from' ? 'src' : 'dest')) return `'${entry}' needs ${direction === 'from' ? 'src' : 'dest'}=<directory>`;
  const mode = attrs.get('mode');
  if (direction === 'to' && mode !== undefined && mode !== 'min' && mode !== 'max') return `'${entry}' has mode '${mode}'; use min or max`;
  return undefined;
}

/** Where a stage's own cache lives: `<cache repository>:cache-<stage>`. */
export function stageCacheRef(inputs: Inputs, stage: string): string {
  const repository = repositoryName(parseReference(inputs['cache-ref'] || inputs.tags[0]));
  return `${repository}:cache-${branchTag(stage.toLowerCase())}`;
}

/**
 * The seeds' `--target`/`--cache-from` pattern, one build per stage: each named stage
 * is built on its own for the same platforms and exported as its own cache ref
 * (nothing else is produced); the image build then reads every stage's ref.
 */
export function stageBuildInputs(inputs: Inputs, stage: string): Inputs {
  const ref = stageCacheRef(inputs, stage);
  return {
    ...cacheOnly(inputs),
    target: stage,
    cache: 'none',
    'cache-from': [...inputs['cache-from'], `type=registry,ref=${ref}`],
    'cache-to': [`type=registry,ref=${ref},${REGISTRY_CACHE_TO}`]
  };
}

/**
 * `cache: local`'s export, after a build in which something ran: the same build
 * again (every step cached in the builder now), producing only the cache.
 */
export function cacheExportInputs(inputs: Inputs): Inputs {
  return { ...cacheOnly(inputs), 'cache-from': [], 'cache-to': [], 'cache-stages': [] };
}

/** The same build producing nothing but its cache: no tags, push, image, attestations. */
function cacheOnly(inputs: Inputs): Inputs {
  return {
    ...inputs,
    tags: [],
    push: false,
    load: false,
    outputs: ['type=cacheonly'],
    provenance: 'false',
    sbom: 'false',
    attests: [],
    annotations: [],
    labels: []
  };
}

/** The image build's inputs with every stage cache added to cache-from. */
export function withStageCaches(inputs: Inputs): Inputs {
  if (inputs['cache-stages'].length === 0) return inputs;
  return { ...inputs, 'cache-from': [...inputs['cache-from'], ...inputs['cache-stages'].map(s => `type=registry,ref=${stageCacheRef(inputs, s)}`)] };
}
