import { InputError, InputErrors } from '../inputs/errors.js';
import type { BuilderFacts } from '../plan/facts.js';
import type { Exec } from '../util/exec.js';
import { BuilderNotFoundError, engineLoadsMultiPlatform, inspectBuilder } from './buildx.js';
import { readStoredBuilder, selectedBuilderName, type BuildxStore } from './store.js';

/**
 * The builder the build will run on. From buildx's own store when it is there (a file
 * read); `docker buildx inspect` only for what the store cannot tell: the engine's
 * built-in builder, whose BuildKit may be too old for attestations, and names the
 * store does not know. `docker info` only when a multi-platform image is to be loaded.
 */
export async function builderFacts(exec: Exec, builder: string, env: BuildxStore, loadsPlatforms: number): Promise<BuilderFacts> {
  const facts = await describeBuilder(exec, builder, env);
  if (loadsPlatforms > 1) facts.engineLoadsMultiPlatform = await engineLoadsMultiPlatform(exec);
  return facts;
}

async function describeBuilder(exec: Exec, builder: string, env: BuildxStore): Promise<BuilderFacts> {
  const stored = readStoredBuilder(selectedBuilderName(builder, env), env);
  if (stored && stored.driver !== 'docker') {
    return { name: stored.name, driver: stored.driver, platforms: stored.nodes.flatMap(n => n.platforms), endpoints: stored.nodes.map(n => n.endpoint) };
  }
  try {
    return await inspectBuilder(exec, builder);
  } catch (e) {
    if (!(e instanceof BuilderNotFoundError)) throw new Error(`docker buildx is not available (${(e as Error).message}). Install Docker with buildx, or add docker/setup-buildx-action before hoist.`);
    throw new InputErrors([
      new InputError(
        'builder',
        `no usable builder${builder ? ` named '${builder}'` : ''} (${e.message})`,
        'Create one first (docker/setup-buildx-action, or docker buildx create --use), or leave builder empty for the current one.'
      )
    ]);
  }
}
