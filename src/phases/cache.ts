/**
 * The cache phase: the cache plan carried out around the image build. The plan (with
 * the Actions cache service checked first when the mode needs it), the session opened
 * before the build (restores), the `cache-stages` builds, and after the build
 * `cache: local`'s export and the saves. Every cache problem is a warning: a colder
 * build, never a failed one.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { runPlannedBuild } from '../buildx/build.js';
import { cacheHits } from '../buildx/progress.js';
import { actionsCache, checkCacheService } from '../cache/actions-cache.js';
import { startWithMountRestore } from '../cache/restore-race.js';
import { CacheSession } from '../cache/session.js';
import type { Inputs } from '../inputs/inputs.js';
import { needsActionsCache, resolveCache, type CachePlan } from '../plan/cache.js';
import type { Facts } from '../plan/facts.js';
import { planBuild } from '../plan/plan.js';
import type { Ports } from '../ports.js';
import { state } from '../runner/state.js';

/** One `cache-stages` build: its progress and how much of it came from the cache. */
export interface StageBuild {
  stage: string;
  progress: string;
  hits: { cached: number; total: number };
  ms: number;
}

/** The cache plan for this build; an Actions cache service that cannot be used now is said and left out. */
export async function planCaching(ports: Ports, inputs: Inputs, facts: Facts): Promise<CachePlan> {
  if (needsActionsCache(inputs)) {
    const service = await checkCacheService(ports.env.actions);
    if (!service.usable) facts.actionsCacheUnusable = service.why;
  }
  const cache = resolveCache(inputs, facts);
  if (cache.unavailable) ports.runner.warning(cache.unavailable);
  if (cache.directory) state.saveCacheDir(ports.runner, cache.directory);
  return cache;
}

/**
 * Opens the run's cache session (restores what the plan keeps outside buildx); undefined
 * for `cache: none`. `newBuilder`: the builder was created for this step (and may still
 * be booting): it holds no cache mounts, so it is not asked.
 */
export async function openCache(ports: Ports, inputs: Inputs, facts: Facts, plan: CachePlan, newBuilder = false): Promise<CacheSession | undefined> {
  if (plan.mode === 'none') return undefined;
  const { runner } = ports;
  return runner.group('Cache', () =>
    CacheSession.open(
      {
        exec: ports.exec,
        registry: ports.registry,
        actionsCache: actionsCache(m => runner.warning(m), facts.cacheRoot),
        info: m => runner.info(m),
        warning: m => runner.warning(m),
        tmpDir: facts.tmpDir
      },
      plan,
      inputs,
      facts.github,
      facts.dockerfile,
      { askBuilder: !newBuilder }
    )
  );
}

/** `cache-stages`: each stage built on its own and exported to its own cache ref, before the image. */
export async function buildStages(ports: Ports, inputs: Inputs, facts: Facts, plan: CachePlan, session: CacheSession | undefined): Promise<StageBuild[]> {
  const built: StageBuild[] = [];
  for (const [i, stage] of plan.stages.entries()) {
    const buildFacts = { ...facts, tmpDir: subdirectory(facts.tmpDir, `stage-${i}`) };
    const build = planBuild(inputs, buildFacts, plan, { kind: 'stage', stage });
    const started = ports.now();
    const progress = await ports.runner.group(`Build stage ${stage.stage} (cache ${stage.ref})`, () => runPlannedBuild(ports, build, startWithMountRestore(ports, session)));
    built.push({ stage: stage.stage, progress, hits: cacheHits(progress), ms: Math.round(ports.now() - started) });
  }
  return built;
}

/**
 * After a successful build: `cache: local`'s export (only when a step ran, in the image
 * build or a stage build), then the saves.
 */
export async function saveCache(ports: Ports, inputs: Inputs, facts: Facts, plan: CachePlan, session: CacheSession, stages: StageBuild[], image: { progress: string }): Promise<void> {
  const hits = cacheHits(image.progress);
  const stepsRan = hits.cached < hits.total || stages.some(s => s.hits.cached < s.hits.total);
  await ports.runner.group('Save cache', async () => {
    if (plan.local && stepsRan) await exportLocalCache(ports, inputs, facts, plan);
    await session.save([...stages.map(s => s.progress), image.progress], stepsRan);
  });
}

/** `cache: local`'s export build: nothing but the cache, from the builder's fresh state. */
async function exportLocalCache(ports: Ports, inputs: Inputs, facts: Facts, plan: CachePlan): Promise<void> {
  const build = planBuild(inputs, { ...facts, tmpDir: subdirectory(facts.tmpDir, 'cache-export') }, plan, { kind: 'cache-export' });
  try {
    await runPlannedBuild(ports, build);
  } catch (e) {
    ports.runner.warning(`cache: local: exporting the cache failed (${(e as Error).message}); the image is built and pushed`);
  }
}

/** The summary's cache notes: the session's, and a line for the stage builds. */
export function cacheNotes(session: CacheSession | undefined, stages: StageBuild[]): { layers?: string; mounts?: string; stages?: string } {
  const notes = { ...session?.notes };
  if (stages.length === 0) return notes;
  return { ...notes, stages: stages.map(s => `${s.stage}: ${s.hits.cached}/${s.hits.total} steps cached, ${(s.ms / 1000).toFixed(1)} s`).join('; ') };
}

function subdirectory(parent: string, name: string): string {
  const dir = path.join(parent, name);
  fs.mkdirSync(dir, { recursive: true });
  return dir;
}
