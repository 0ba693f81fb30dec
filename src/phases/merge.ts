/**
 * The merge phase of a build spread over a matrix of runners (plan/distribute.ts says
 * what and why): the platform jobs' hand-offs gathered and checked, then the index
 * created. Nothing is tagged until every platform is there and readable in every
 * repository, and until the size baseline (what the tags point at now) is read.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createIndex } from '../buildx/imagetools.js';
import type { Ports } from '../ports.js';
import { downloadFiles } from '../github/artifacts.js';
import type { Inputs } from '../inputs/inputs.js';
import { HANDOFF_FILE, handOffPrefix, imageRepositories, imagetoolsArgv, indexAnnotations, jobAndAttempt, parseHandOff, planMerge, type PlatformHandOff } from '../plan/distribute.js';
import type { Facts } from '../plan/facts.js';
import type { Job } from '../plan/run.js';
import type { Produced } from '../report/summary.js';
import { configPlatform } from '../readback/inspect.js';
import { isAttestation, isIndex } from '../registry/client.js';
import { parseReference } from '../registry/reference.js';
import { formatPlatform } from '../util/platform.js';

interface Merged {
  digest: string;
  sources: PlatformHandOff[];
}

/**
 * The merge job: gathers, checks and creates the index (only once `beforeTagging`, the
 * size baseline, is read); sets the digest and metadata outputs; returns what the report needs.
 */
export async function merge(ports: Ports, job: Job, beforeTagging: Promise<unknown> | undefined): Promise<Produced> {
  const { runner } = ports;
  const { inputs } = job;
  const started = ports.now();
  const merged = await runner.group('Merge', () => mergePlatforms(ports, inputs, job.facts, beforeTagging));
  const durationMs = Math.round(ports.now() - started);
  runner.info(`merged ${merged.sources.length} platform job(s) into ${merged.digest} in ${durationMs} ms`);
  runner.setOutput('digest', merged.digest);
  runner.setOutput('metadata', JSON.stringify({ 'containerimage.digest': merged.digest, 'image.name': inputs.tags.join(',') }, null, 2));
  return { digest: merged.digest, mergedFrom: merged.sources.map(s => `${s.platforms.join(', ')} from ${jobAndAttempt(s)}`), durationMs };
}

/**
 * Gathers the platform jobs' digests, checks that every platform in `platforms` is there
 * and that each digest is in every repository with the platforms it claims, and only
 * then (and after `beforeTagging`) creates the index under every tag (one
 * `imagetools create` per repository).
 */
async function mergePlatforms(ports: Ports, inputs: Pick<Inputs, 'tags' | 'platforms' | 'annotations'>, facts: Facts, beforeTagging: Promise<unknown> | undefined): Promise<Merged> {
  const { runner } = ports;
  const images = imageRepositories(inputs.tags);
  const dir = fs.mkdtempSync(path.join(facts.tmpDir, 'merge-'));
  let since = ports.now();
  const took = () => {
    const ms = Math.round(ports.now() - since);
    since = ports.now();
    return `${ms} ms`;
  };
  const artifacts = await downloadFiles(handOffPrefix(images), { services: ports.env.actions });
  runner.info(`gathered ${artifacts.length} hand-off(s) from the run's artifacts in ${took()}`);
  const handOffs = artifacts.map(a => {
    const text = a.files[HANDOFF_FILE];
    if (text === undefined) throw new Error(`cannot merge: artifact ${a.name} holds no ${HANDOFF_FILE}; no tag was created or moved`);
    try {
      return parseHandOff(text, `artifact ${a.name}`);
    } catch (e) {
      throw new Error(`cannot merge: ${(e as Error).message}; no tag was created or moved`);
    }
  });
  const plan = planMerge(inputs.platforms, images, handOffs);
  for (const why of plan.ignored) runner.warning(`merge: left out ${why}`);
  if (plan.missing.length > 0) {
    throw new Error(
      `cannot merge: no digest was handed on for ${plan.missing.join(', ')} in this run (found: ${handOffs.flatMap(h => h.platforms).join(', ') || 'none'}). ` +
        `The platform job for ${plan.missing.length > 1 ? 'each' : 'it'} (distribute: platform, platforms: ${plan.missing.join(' / ')}) failed, was skipped, or pushed nothing; re-run it, then this job. No tag was created or moved.`
    );
  }
  for (const s of plan.sources) runner.info(`${s.platforms.join(', ')}: ${s.digest} from ${jobAndAttempt(s)}`);
  await Promise.all(images.flatMap(image => plan.sources.map(source => checkSource(ports, image, source))));
  runner.info(`checked ${plan.sources.length} digest(s) in ${images.length} repositor${images.length === 1 ? 'y' : 'ies'} in ${took()}`);

  // What the tags point at now must be read before they move (the size baseline).
  await beforeTagging;
  const annotations = indexAnnotations(inputs.annotations);
  const digests = await Promise.all(
    images.map((image, i) => {
      const metadataFile = path.join(dir, `index-${i}.json`);
      return createIndex(ports.exec, imagetoolsArgv(image, inputs.tags, plan.sources, annotations, metadataFile), metadataFile);
    })
  );
  runner.info(`created the index under ${inputs.tags.length} tag(s) in ${took()}`);
  return { digest: digests[0], sources: plan.sources };
}

/** The digest is in the repository and holds the platforms its job says: else the merge stops, naming both. */
async function checkSource(ports: Ports, image: string, source: PlatformHandOff): Promise<void> {
  const ref = parseReference(image);
  const fail = (why: string) =>
    new Error(`cannot merge: ${source.platforms.join(', ')} from ${jobAndAttempt(source)}: ${image}@${source.digest} ${why}. Re-run that job, then this one. No tag was created or moved.`);
  let found: string[];
  try {
    const top = await ports.registry.getManifest(ref, source.digest);
    if (isIndex(top.mediaType, top.manifest)) {
      found = (top.manifest.manifests ?? []).filter(d => !isAttestation(d) && d.platform).map(d => formatPlatform(d.platform!));
    } else {
      const platform = configPlatform(JSON.parse((await ports.registry.getBlob(ref, top.manifest.config!.digest)).toString('utf8')) as Parameters<typeof configPlatform>[0]);
      found = platform ? [formatPlatform(platform)] : [];
    }
  } catch (e) {
    throw fail(`cannot be read: ${(e as Error).message}`);
  }
  const absent = source.platforms.filter(p => !found.includes(p));
  if (absent.length > 0) throw fail(`holds ${found.join(', ') || 'no platform'}, not ${absent.join(', ')}`);
}
