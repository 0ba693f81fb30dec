/**
 * The cache plan carried out around the image build: the session opened before it
 * (restores), the `cache-stages` builds, and after it `cache: local`'s export and the
 * saves. Every cache problem is a warning: a colder build, never a failed one.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { runPlannedBuild, type BuildDeps, type StartBuild } from '../buildx/build.js';
import { cacheHits } from '../buildx/progress.js';
import type { Inputs } from '../inputs/inputs.js';
import { localDockerfile, type FileProbe } from '../inputs/validate.js';
import type { CachePlan } from '../plan/cache.js';
import type { Facts } from '../plan/facts.js';
import { planBuild } from '../plan/plan.js';
import type { RegistryClient } from '../registry/client.js';
import { actionsCache } from './actions-cache.js';
import { startWithMountRestore } from './restore-race.js';
import { CacheSession } from './session.js';

export interface CacheDeps extends BuildDeps {
  registry: RegistryClient;
  files: FileProbe;
  /** Milliseconds, for the stage builds' durations. */
  now: () => number;
}

/** One `cache-stages` build: its progress and how much of it came from the cache. */
export interface StageBuild {
  stage: string;
  progress: string;
  hits: { cached: number; total: number };
  ms: number;
}

/**
 * Opens the run's cache session (restores what the plan keeps outside buildx); undefined
 * for `cache: none`. `newBuilder`: the builder was created for this step (and may still
 * be booting): it holds no cache mounts, so it is not asked.
 */
export async function openCache(deps: CacheDeps, inputs: Inputs, facts: Facts, plan: CachePlan, options: { newBuilder?: boolean } = {}): Promise<CacheSession | undefined> {
  if (plan.mode === 'none') return undefined;
  const dockerfile = localDockerfile(inputs);
  const text = dockerfile ? deps.files.readText(dockerfile) : undefined;
  const { runner } = deps;
  return CacheSession.open(
    {
      exec: deps.exec,
      registry: deps.registry,
      actionsCache: actionsCache(m => runner.warning(m), facts.cacheRoot),
      info: m => runner.info(m),
      warning: m => runner.warning(m),
      tmpDir: facts.tmpDir
    },
    plan,
    inputs,
    facts.github,
    dockerfile && text !== undefined ? { path: dockerfile, text } : undefined,
    { askBuilder: !options.newBuilder }
  );
}

/** `cache-stages`: each stage built on its own and exported to its own cache ref, before the image. */
export async function buildStages(deps: CacheDeps, inputs: Inputs, facts: Facts, plan: CachePlan, session: CacheSession | undefined): Promise<StageBuild[]> {
  const built: StageBuild[] = [];
  for (const [i, stage] of plan.stages.entries()) {
    const buildFacts = { ...facts, tmpDir: subdirectory(facts.tmpDir, `stage-${i}`) };
    const build = planBuild(inputs, buildFacts, plan, { kind: 'stage', stage });
    const started = deps.now();
    const progress = await deps.runner.group(`Build stage ${stage.stage} (cache ${stage.ref})`, () => runPlannedBuild(deps, build, startFor(deps, session)));
    built.push({ stage: stage.stage, progress, hits: cacheHits(progress), ms: Math.round(deps.now() - started) });
  }
  return built;
}

/** How the builds of this run start: beside the cache-mount restore when there are mounts to restore. */
export function startFor(deps: BuildDeps, session: CacheSession | undefined): StartBuild | undefined {
  return session ? startWithMountRestore(deps, session) : undefined;
}

/** After a successful build: `cache: local`'s export (only when a step ran), then the saves. */
export async function saveCache(deps: CacheDeps, inputs: Inputs, facts: Facts, plan: CachePlan, session: CacheSession, progress: string[], stepsRan: boolean): Promise<void> {
  if (plan.local && stepsRan) await exportLocalCache(deps, inputs, facts, plan);
  await session.save(progress, stepsRan);
}

/** `cache: local`'s export build: nothing but the cache, from the builder's fresh state. */
async function exportLocalCache(deps: CacheDeps, inputs: Inputs, facts: Facts, plan: CachePlan): Promise<void> {
  const build = planBuild(inputs, { ...facts, tmpDir: subdirectory(facts.tmpDir, 'cache-export') }, plan, { kind: 'cache-export' });
  try {
    await runPlannedBuild(deps, build);
  } catch (e) {
    deps.runner.warning(`cache: local: exporting the cache failed (${(e as Error).message}); the image is built and pushed`);
  }
}

/** The summary's line for the stage builds. */
export function stageNote(stages: StageBuild[]): { stages?: string } {
  if (stages.length === 0) return {};
  return { stages: stages.map(s => `${s.stage}: ${s.hits.cached}/${s.hits.total} steps cached, ${(s.ms / 1000).toFixed(1)} s`).join('; ') };
}

function subdirectory(parent: string, name: string): string {
  const dir = path.join(parent, name);
  fs.mkdirSync(dir, { recursive: true });
  return dir;
}
