/**
 * The build phase: the image built as the run plan says (a platform job pushes by digest
 * only; an image that is not pushed also writes the layout it is measured from), then
 * build-push-action's outputs: `imageid`, `digest` and `metadata` (empty of the image when
 * the measuring layout was the only output, as they are after build-push-action). A failed build throws
 * BuildFailedError, which the diagnose phase turns into an annotation and a summary.
 */
import { parseMetadata, type BuildMetadata } from '../buildx/buildx.js';
import { runPlannedBuildCounted } from '../buildx/build.js';
import { cacheHits } from '../buildx/progress.js';
import { startWithMountRestore } from '../cache/restore-race.js';
import type { CacheSession } from '../cache/session.js';
import type { CachePlan } from '../plan/cache.js';
import { platformJobInputs } from '../plan/distribute.js';
import { planBuild } from '../plan/plan.js';
import type { Job } from '../plan/run.js';
import type { Ports } from '../ports.js';

export interface Built {
  /** buildx's progress output. */
  progress: string;
  durationMs: number;
  /** Dockerfile steps that came from the cache, of all steps. */
  hits: { cached: number; total: number };
  metadata: BuildMetadata;
  imageId?: string;
  /** How many times the push was started again after a registry error that may pass; absent when none. */
  pushRetries?: number;
}

/** buildx's metadata as it is with no exporter: the build's own keys (ref, warnings, provenance), none of the image's. */
function withoutExporterKeys(raw: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(raw).filter(([key]) => key.startsWith('buildx.')));
}

export async function build(ports: Ports, job: Job, cache: CachePlan, session: CacheSession | undefined): Promise<Built> {
  const { runner } = ports;
  const { inputs, run } = job;
  const plan = planBuild(run.handsOff ? platformJobInputs(inputs) : inputs, job.facts, cache, { kind: 'image', readLocalCache: session?.localCacheRestored, measure: run.measure });
  const started = ports.now();
  const { progress, pushRetries } = await runner.group('Build', () => runPlannedBuildCounted(ports, plan, startWithMountRestore(ports, session)));
  const durationMs = Math.round(ports.now() - started);
  const metadata = parseMetadata(ports.files.readText(plan.metadataFile) ?? '');
  const imageId = plan.iidFile ? ports.files.readText(plan.iidFile)?.trim() || undefined : undefined;
  // hoist's measuring layout is not an export the workflow asked for: its digest is no output.
  if (imageId && !run.measuredOnly) runner.setOutput('imageid', imageId);
  if (metadata.digest && !run.measuredOnly) runner.setOutput('digest', metadata.digest);
  runner.setOutput('metadata', JSON.stringify(run.measuredOnly ? withoutExporterKeys(metadata.raw) : metadata.raw, null, 2));
  return { progress, durationMs, hits: cacheHits(progress), metadata, ...(imageId ? { imageId } : {}), ...(pushRetries > 0 ? { pushRetries } : {}) };
}
