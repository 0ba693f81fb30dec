/**
 * Whether hoist sets up a builder of its own, and which: what docker/setup-buildx-action
 * would have done in a step before. A hosted runner starts with the Docker engine's own
 * builder (the docker driver), which cannot build several platforms into one push,
 * export a cache other than inline, or attach attestations on the classic image store.
 * Pure: the decision and the `docker buildx create` argv; src/buildx/setup.ts runs them.
 * Follows docker/setup-buildx-action v4.3.0: src/context.ts, src/main.ts.
 */
import { givenSetupInputs } from '../inputs/builder.js';
import { parseAttrs } from '../inputs/attrs.js';
import { isCacheMode } from '../inputs/cache.js';
import type { Inputs } from '../inputs/inputs.js';
import type { WorkflowFacts } from '../runner/workflow.js';
import { shortHash } from '../util/hash.js';
import type { BuilderFacts } from './facts.js';
import { firstNodePlatforms, type AppendNode } from './nodes.js';

export interface BuilderSetup {
  /** Stable for the same setup within one job, so later hoist steps find it and reuse it. */
  name: string;
  driver: string;
  driverOpts: string[];
  buildkitdFlags: string;
  /** A buildkitd.toml path, or the inline text to write to one. */
  config?: { file: string } | { inline: string };
  endpoint?: string;
  /** Platforms declared on the first node (only with added nodes): the ones no added node takes. */
  platforms: string[];
  /** Nodes added with `docker buildx create --append` (the `append` input). */
  nodes: AppendNode[];
  /** Why hoist sets it up, for the log and the job summary. */
  why: string;
  /** setup-buildx-action's `use`: made the current builder for the job's later steps. */
  use: boolean;
  /** setup-buildx-action's `cleanup`: the post step of the step that created it removes it. */
  cleanup: boolean;
  /** setup-buildx-action's `keep-state`: removed with `--keep-state` (its state volume stays). */
  keepState: boolean;
}

type SetupInputs = Pick<
  Inputs,
  | 'builder'
  | 'driver'
  | 'driver-opts'
  | 'buildkitd-flags'
  | 'buildkitd-config'
  | 'buildkitd-config-inline'
  | 'endpoint'
  | 'append'
  | 'name'
  | 'use'
  | 'cleanup'
  | 'keep-state'
  | 'platforms'
  | 'cache'
  | 'cache-to'
  | 'push'
  | 'provenance'
  | 'sbom'
  | 'attests'
>;

/** setup-buildx-action's default buildkitd flags: builds may ask for `network: host` and `allow: security.insecure`. */
export const DEFAULT_BUILDKITD_FLAGS = '--allow-insecure-entitlement security.insecure --allow-insecure-entitlement network.host';

/**
 * What the inputs ask that the Docker engine's own builder cannot do; empty when it can
 * do everything (then hoist sets nothing up and builds on it, as build-push-action would).
 */
function beyondEngineBuilder(inputs: SetupInputs): string[] {
  const asks: string[] = [];
  if (inputs.platforms.length > 1) asks.push(`${inputs.platforms.length} platforms`);
  const exports = inputs['cache-to'].map(cacheType).filter(type => type !== 'inline');
  if (isCacheMode(inputs.cache) && inputs.cache !== 'none') asks.push(`cache: ${inputs.cache}`);
  else if (exports.length > 0) asks.push(`a cache export (type=${exports[0]})`);
  const attests = [inputs.provenance, inputs.sbom].some(v => v !== '' && v !== 'false') || inputs.attests.length > 0;
  if (attests && inputs.push) asks.push('attestations on a pushed image');
  return asks;
}

/** A cache-to entry's type; a bare reference is a registry cache, as buildx reads it. */
function cacheType(entry: string): string {
  try {
    const attrs = new Map(parseAttrs(entry));
    return attrs.get('type') ?? 'registry';
  } catch {
    return 'registry';
  }
}

/**
 * The builder hoist sets up, or undefined to build on `current`. A builder the user
 * named is never replaced; setup inputs (`driver`, `driver-opts`, …, and `name`, which
 * setup-buildx-action creates) always ask for one, as does `use: true` (a builder for
 * the later steps). `cleanup` and `keep-state` only say what becomes of it.
 */
export function planBuilderSetup(inputs: SetupInputs, current: BuilderFacts, github: Pick<WorkflowFacts, 'runId' | 'runAttempt' | 'job'>, nodes: AppendNode[] = []): BuilderSetup | undefined {
  if (inputs.builder) return undefined;
  const given = [...givenSetupInputs(inputs), ...(inputs.use ? ['use'] : [])];
  let why: string;
  if (given.length > 0) {
    why = `asked for by ${given.join(', ')}`;
  } else {
    if (current.driver !== 'docker') return undefined;
    const asks = beyondEngineBuilder(inputs);
    if (asks.length === 0) return undefined;
    why = `the Docker engine's own builder (${current.name}) cannot do ${asks.join(', ')}`;
  }
  const driver = inputs.driver || 'docker-container';
  // The host's network unless driver-opts says otherwise: a registry or service on the
  // runner's localhost is reached as the engine's own builder reaches it.
  const driverOpts = driver === 'docker-container' && !inputs['driver-opts'].some(o => o.startsWith('network=')) ? [...inputs['driver-opts'], 'network=host'] : inputs['driver-opts'];
  const setup: Omit<BuilderSetup, 'name' | 'why' | 'use' | 'cleanup' | 'keepState'> = {
    driver,
    driverOpts,
    buildkitdFlags: inputs['buildkitd-flags'] || DEFAULT_BUILDKITD_FLAGS,
    ...(inputs['buildkitd-config'] ? { config: { file: inputs['buildkitd-config'] } } : inputs['buildkitd-config-inline'] ? { config: { inline: inputs['buildkitd-config-inline'] } } : {}),
    ...(inputs.endpoint ? { endpoint: inputs.endpoint } : {}),
    platforms: firstNodePlatforms(inputs.platforms, nodes),
    nodes
  };
  // One job's steps with the same setup share it (and its cache); other jobs and runs get their own.
  const name = inputs.name || `hoist-${shortHash(github.runId, github.runAttempt, github.job, JSON.stringify(setup)).slice(0, 12)}`;
  return { name, why, ...setup, use: inputs.use, cleanup: inputs.cleanup, keepState: inputs['keep-state'] };
}

/** `docker buildx create` for the setup; `configFile` is where an inline config was written. */
export function createArgv(setup: BuilderSetup, configFile?: string): string[] {
  const argv = ['buildx', 'create', '--name', setup.name, '--driver', setup.driver];
  for (const opt of setup.driverOpts) argv.push('--driver-opt', opt);
  // The remote driver runs no daemon of its own: flags and config belong to whoever started it.
  if (setup.driver !== 'remote') {
    if (setup.buildkitdFlags) argv.push('--buildkitd-flags', setup.buildkitdFlags);
    const config = setup.config && 'file' in setup.config ? setup.config.file : configFile;
    if (config) argv.push('--buildkitd-config', config);
  }
  for (const p of setup.platforms) argv.push('--platform', p);
  if (setup.endpoint) argv.push(setup.endpoint);
  return argv;
}

/** `docker buildx rm` as setup-buildx-action's post step runs it: `--keep-state` keeps the state volume. */
export function removeArgv(name: string, keepState: boolean): string[] {
  return ['buildx', 'rm', name, ...(keepState ? ['--keep-state'] : [])];
}

/** `docker buildx create --append` for one added node; it takes the builder's driver. */
export function appendArgv(setup: BuilderSetup, node: AppendNode): string[] {
  const argv = ['buildx', 'create', '--name', setup.name, '--append'];
  if (node.name) argv.push('--node', node.name);
  for (const opt of node.driverOpts) argv.push('--driver-opt', opt);
  if (setup.driver !== 'remote' && node.buildkitdFlags) argv.push('--buildkitd-flags', node.buildkitdFlags);
  for (const p of node.platforms) argv.push('--platform', p);
  if (node.endpoint) argv.push(node.endpoint);
  return argv;
}
