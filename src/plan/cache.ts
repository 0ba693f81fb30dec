/**
 * The one cache decision: the caching inputs and the run's facts turned, once, into
 * everything the run will do for caching. The image build's argv, the stage builds,
 * `cache: local`'s export and the cache session all read this plan; nothing else
 * reads the `cache` input.
 */
import * as path from 'node:path';
import { isCacheMode, type CacheMode } from '../inputs/cache.js';
import type { Inputs } from '../inputs/inputs.js';
import { platformPair } from './distribute.js';
import { branchTag, parseReference, repositoryName } from '../registry/reference.js';
import { branchOf, type WorkflowFacts } from '../runner/workflow.js';
import { parseSize } from '../util/bytes.js';
import { shortHash } from '../util/hash.js';
import type { Facts } from './facts.js';
import type { MeasurePlan } from './measure.js';

/** A `cache-stages` stage and the registry cache it is built into (this run's ref), and the refs it reads, own first. */
interface StageCache {
  stage: string;
  ref: string;
  readRefs: string[];
}

export interface CachePlan {
  /** The mode in force: the input's, or `none` when the Actions cache service cannot be used now. */
  mode: CacheMode;
  /** Why `gha`/`local` fell back to `none`, when it did (said as a warning, never a failure). */
  unavailable?: string;
  /** The layer cache the image build reads and writes, beyond the user's own cache-from/cache-to. */
  layers: { from: string[]; to: string[] };
  /** `registry`: the cache's reference this run writes (next to the image unless `cache-ref` says otherwise; scoped to the run's ref). */
  registryRef?: string;
  /** `gha`: the scopes read (this branch's first, then the default branch's) and the one written. */
  ghaScopes?: { read: string[]; write: string };
  /** The name this image's cache goes by in a shared store: `cache-scope`, the first tag's repository, or the Dockerfile and target; platforms appended. */
  scope: string;
  /** `cache-stages`: each named stage built alone into its own ref, before the image. */
  stages: StageCache[];
  /** This build's directory under the cache root, when it keeps anything in the Actions cache: removed after the job. */
  directory?: string;
  /** `local`: where the Actions cache entry is restored, and the fresh directory its export writes. */
  local?: { directory: string; fresh: string };
  /**
   * Where carried cache mounts are kept: an image next to the registry cache (this run's, and
   * the images it may restore from, own first), or a directory the Actions cache keeps.
   */
  mounts?: { image: string; readFrom: string[] } | { directory: string };
  /** Tells builds apart (Dockerfile, target, platforms): two images in one repository keep their caches apart. */
  buildId: string;
  /** `cache-mounts-max-size` in kilobytes: a mount over it is not saved. */
  mountsMaxKilobytes: number;
}

/**
 * Layers new to a registry or local cache are zstd: BuildKit compresses them for
 * the export, and zstd is the faster to write (measured here on a source-only change
 * of the example Go service: "preparing build cache for export" 0.3-0.4 s, against
 * 0.8-0.9 s with gzip). Blobs the builder already has (base image layers) are sent as
 * they are. BuildKit reads zstd caches since v0.10.
 */
const REGISTRY_CACHE_TO = 'mode=max,image-manifest=true,oci-mediatypes=true,compression=zstd';
const LOCAL_CACHE_TO = 'mode=max,oci-mediatypes=true,compression=zstd';
const DEFAULT_MOUNTS_MAX = '2GB';

/**
 * The caching inputs as one plan. `registry`: one ref next to the image
 * (`<repo>:buildcache`), all stages (mode=max), as an OCI image manifest so registries
 * that reject BuildKit's cache manifest list (ECR, some Harbor/Artifactory) take it.
 * `gha`: a scope per image, platforms and branch (`<scope>-<branch>`), read-through to
 * the default branch's scope, so a new branch starts warm but never writes into main's
 * cache, and two images (or the jobs of a per-platform matrix) never overwrite each
 * other's. `local`: BuildKit's local cache in a directory that the Actions cache keeps,
 * exported to a fresh directory each time (a local cache written over in place keeps
 * every old blob).
 * Cache mounts are carried with any mode but `none`, when the Dockerfile could be read
 * (phases/inputs.ts: a local one, or the Git context's from the checkout or GitHub's API).
 */
export function resolveCache(inputs: Inputs, facts: Pick<Facts, 'github' | 'cacheRoot' | 'actionsCacheUnusable' | 'dockerfile'>): CachePlan {
  // Validation has turned away any other word; an empty input means none.
  let mode: CacheMode = isCacheMode(inputs.cache) ? inputs.cache : 'none';
  let unavailable: string | undefined;
  if ((mode === 'gha' || mode === 'local') && facts.actionsCacheUnusable) {
    unavailable = `cache: ${mode}: the GitHub Actions cache service is ${facts.actionsCacheUnusable}; this build runs without it`;
    mode = 'none';
  }
  const dockerfile = facts.dockerfile?.path;
  // cache-scope, when given, is part of the build's identity: two builds told apart by it keep apart everywhere.
  const buildId = [dockerfile ?? '', inputs.target, inputs.platforms.join(','), ...(inputs['cache-scope'] ? [inputs['cache-scope']] : [])].join('|');
  // A directory per build: two hoist steps in one job keep their caches apart.
  const root = path.join(facts.cacheRoot, shortHash(buildId));
  const cacheRepository = () => repositoryName(parseReference(inputs['cache-ref'] || inputs.tags[0]));
  // The jobs of a distributed build share the image's repository: each platform keeps a cache tag of its own.
  const perPlatform = inputs.distribute ? `-${platformPair(inputs.platforms)}` : '';
  // The run's own ref first (the one it writes), then the refs it trusts to read.
  const scopes = registryCacheScopes(facts.github).map(scope => `${scope}${perPlatform}`);
  const stageRefs = (stage: string) => scopes.map(scope => `${cacheRepository()}:cache-${branchTag(stage.toLowerCase())}${scope}`);

  const plan: CachePlan = {
    mode,
    layers: { from: [], to: [] },
    stages: inputs['cache-stages'].map(stage => ({ stage, ref: stageRefs(stage)[0], readRefs: stageRefs(stage) })),
    scope: cacheScope(inputs, dockerfile),
    buildId,
    mountsMaxKilobytes: Math.floor((parseSize(inputs['cache-mounts-max-size'] || DEFAULT_MOUNTS_MAX) ?? 2e9) / 1024)
  };
  if (unavailable) plan.unavailable = unavailable;
  if (mode === 'registry') {
    const refs = scopes.map(scope => (inputs['cache-ref'] ? withTagSuffix(inputs['cache-ref'], scope) : `${cacheRepository()}:buildcache${scope}`));
    plan.registryRef = refs[0];
    plan.layers = { from: refs.map(ref => `type=registry,ref=${ref}`), to: [`type=registry,ref=${refs[0]},${REGISTRY_CACHE_TO}`] };
    if (inputs['cache-mounts'] && dockerfile) plan.mounts = { image: mountsImageRef(refs[0]), readFrom: refs.map(mountsImageRef) };
  } else if (mode === 'gha') {
    const branch = branchTag(branchOf(facts.github) ?? 'default');
    const branches = [branch];
    if (facts.github.defaultBranch && branchTag(facts.github.defaultBranch) !== branch) branches.push(branchTag(facts.github.defaultBranch));
    const [write, ...rest] = branches.map(b => `${plan.scope}-${b}`);
    plan.ghaScopes = { read: [write, ...rest], write };
    plan.layers = { from: plan.ghaScopes.read.map(s => `type=gha,scope=${s}`), to: [`type=gha,scope=${write},mode=max`] };
  } else if (mode === 'local') {
    plan.local = { directory: path.join(root, 'layers'), fresh: path.join(root, 'layers-new') };
  }
  if (mode !== 'none' && mode !== 'registry' && inputs['cache-mounts'] && dockerfile) plan.mounts = { directory: path.join(root, 'mounts') };
  if (plan.local || (plan.mounts && 'directory' in plan.mounts)) plan.directory = root;
  return plan;
}

/**
 * The name an image's cache goes by where several images share one store (the Actions
 * cache is one per repository): `cache-scope` as given (docker/github-builder's input),
 * else the first tag's repository, else the Dockerfile and target; then the platforms,
 * so the jobs of a per-platform matrix keep apart. Only characters safe in a cache key
 * and in buildx's comma-separated cache attributes are kept.
 */
function cacheScope(inputs: Pick<Inputs, 'cache-scope' | 'tags' | 'target' | 'file' | 'platforms'>, dockerfile: string | undefined): string {
  let name = inputs['cache-scope'];
  if (!name && inputs.tags.length > 0) name = parseReference(inputs.tags[0]).path;
  if (!name) name = [path.normalize(dockerfile ?? (inputs.file || 'Dockerfile')), inputs.target].filter(Boolean).join('-');
  const platforms = inputs.platforms.map(p => p.replace(/\//g, '-'));
  return [name, ...platforms].map(part => part.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '')).join('-');
}

/**
 * The tag suffixes of the `cache: registry` refs a run may use, as GitHub scopes the
 * Actions cache: the first is the run's own (the one it writes), then those it reads
 * after it: its pull request's base branch, then the default branch (no suffix). A
 * pull request's own is `-pr-<number>` (a fork's branch name could be anyone's); a
 * branch's is `-<branch>`. Only runs on the default branch and tag pushes write the
 * unsuffixed tags a release build reads, so nothing a branch or a pull request writes
 * reaches it, and the cache mounts' restore never runs a program from an image a less
 * trusted ref could write. A run whose default branch is unknown (no event payload)
 * is scoped to its branch; a schedule runs on the default branch only; a run outside
 * Actions (no GITHUB_REF) is the user's own.
 */
export function registryCacheScopes(github: Pick<WorkflowFacts, 'ref' | 'eventName' | 'pullRequestNumber' | 'baseRef' | 'headRef' | 'defaultBranch'>): string[] {
  const suffix = (name: string) => `-${branchTag(name)}`.slice(0, 64);
  const defaultBranch = github.defaultBranch;
  const trusted = [''];
  // Outside Actions (no ref) the run is the user's own; a tag push is made by someone who may release.
  if (github.ref === '' || github.ref.startsWith('refs/tags/')) return trusted;
  if (/^pull_request/.test(github.eventName) && github.pullRequestNumber !== undefined) {
    const base = github.baseRef && github.baseRef !== defaultBranch ? [suffix(github.baseRef)] : [];
    return [suffix(`pr-${github.pullRequestNumber}`), ...base, ...trusted];
  }
  const branch = github.ref.startsWith('refs/heads/') ? github.ref.slice('refs/heads/'.length) : undefined;
  if (branch !== undefined && (branch === defaultBranch || (defaultBranch === undefined && github.eventName === 'schedule'))) return trusted;
  return [suffix(branch ?? github.ref.replace(/^refs\//, '')), ...trusted];
}

/** `ghcr.io/a/app:cache` + `-linux-arm64` → `ghcr.io/a/app:cache-linux-arm64` (a ref without a tag gets `buildcache<suffix>`). */
function withTagSuffix(ref: string, suffix: string): string {
  if (!suffix) return ref;
  const parsed = parseReference(ref);
  return `${repositoryName(parsed)}:${parsed.tag ?? 'buildcache'}${suffix}`;
}

/** Does the cache mode ask for the GitHub Actions cache service (so its health is a fact to gather first)? */
export function needsActionsCache(inputs: Pick<Inputs, 'cache'>): boolean {
  return inputs.cache === 'gha' || inputs.cache === 'local';
}

/** Where the mounts image lives: next to the registry cache, `<cache ref>-mounts`. */
export function mountsImageRef(cacheRef: string): string {
  const ref = parseReference(cacheRef);
  return `${repositoryName(ref)}:${ref.tag ?? 'buildcache'}-mounts`;
}

/**
 * What one build of the run produces: the image the inputs ask for, one stage of
 * `cache-stages` into its own cache, or `cache: local`'s export after the image build.
 * The last two produce nothing but their cache.
 */
export type BuildRole = { kind: 'image'; readLocalCache?: boolean; measure?: MeasurePlan } | { kind: 'stage'; stage: StageCache } | { kind: 'cache-export' };

/** A build's --cache-from and --cache-to entries: the user's own first, then the plan's. */
export function cacheFlags(inputs: Inputs, cache: CachePlan, role: BuildRole): { from: string[]; to: string[] } {
  switch (role.kind) {
    case 'stage':
      return { from: [...inputs['cache-from'], ...role.stage.readRefs.map(ref => `type=registry,ref=${ref}`)], to: [`type=registry,ref=${role.stage.ref},${REGISTRY_CACHE_TO}`] };
    case 'cache-export':
      return { from: [], to: cache.local ? [`type=local,dest=${cache.local.fresh},${LOCAL_CACHE_TO}`] : [] };
    case 'image': {
      // The stages' caches, then the mode's: the image build reads all of them.
      const from = [...inputs['cache-from'], ...cache.stages.flatMap(s => s.readRefs.map(ref => `type=registry,ref=${ref}`)), ...cache.layers.from];
      if (role.readLocalCache && cache.local) from.push(`type=local,src=${cache.local.directory}`);
      return { from, to: [...inputs['cache-to'], ...cache.layers.to] };
    }
  }
}
