/**
 * A build spread over a matrix of runners, one platform per job, merged into one image
 * by a later job (docker's "distribute build across multiple runners", without the
 * artifact steps). Pure: the names, the push-by-digest output, what a platform job hands
 * on and how the merge checks it and plans the index. src/distribute.ts carries it out.
 *
 * `distribute: platform` — each platform job pushes its image by digest only (no tag:
 * `push-by-digest=true,name-canonical=true`) and hands on its digest as a small artifact
 * of the run. `merge: true` — the merge job gathers them, checks every requested
 * platform is there and readable, and only then creates the index under every tag.
 */
import type { Inputs } from '../inputs/inputs.js';
import { isSha256Digest, parseReference, repositoryName } from '../registry/reference.js';
import { shortHash } from '../util/hash.js';
import { formatPlatform, parsePlatform } from '../util/platform.js';

/** What one platform job hands on to the merge: a JSON file in an artifact of the run. */
export interface PlatformHandOff {
  schema: typeof HANDOFF_SCHEMA;
  /** The repositories it pushed to (`ghcr.io/owner/app`), sorted. */
  images: string[];
  /** The platforms the digest holds. */
  platforms: string[];
  /** What buildx pushed: a platform manifest, or an index with its attestations. */
  digest: string;
  /** GITHUB_JOB and the run attempt of the job that built it, to name it when something is wrong. */
  job: string;
  runAttempt: string;
}

export const HANDOFF_SCHEMA = 'hoist/platform-digest@1';
/** The hand-off's file inside its artifact. */
export const HANDOFF_FILE = 'digest.json';
const ARTIFACT_PREFIX = 'hoist-digest';
/** A hand-off is a few hundred bytes; anything far larger is not one. */
const HANDOFF_MAX_BYTES = 64 * 1024;

/** The repositories the tags name, sorted and without duplicates: what the platform jobs push to and the merge tags. */
export function imageRepositories(tags: string[]): string[] {
  return [...new Set(tags.map(t => repositoryName(parseReference(t))))].sort();
}

/** `linux/arm/v7` → `linux-arm-v7`: a platform in a name or tag. */
export function platformPair(platforms: string[]): string {
  return platforms.map(p => p.replace(/\//g, '-')).join('_');
}

/**
 * The artifacts of one distributed build are named after its repositories, so several
 * images built in one run keep apart and the merge finds its own:
 * `hoist-digest-<hash of the repositories>-<platforms>`.
 */
export function handOffPrefix(images: string[]): string {
  return `${ARTIFACT_PREFIX}-${shortHash(...images).slice(0, 12)}-`;
}

export function handOffName(images: string[], platforms: string[]): string {
  return `${handOffPrefix(images)}${platformPair(platforms)}`;
}

/** buildx's output for a platform job: the image pushed to every repository by digest, no tag. */
function pushByDigestOutput(images: string[]): string {
  const name = images.length === 1 ? `name=${images[0]}` : `"name=${images.join(',')}"`;
  return `type=image,${name},push-by-digest=true,name-canonical=true,push=true`;
}

/**
 * The inputs a platform job builds with: the tags become the output's repository names
 * and the push goes by digest; everything else (cache, labels, annotations) as given.
 */
export function platformJobInputs<T extends Pick<Inputs, 'tags' | 'outputs' | 'push'>>(inputs: T): T {
  return { ...inputs, tags: [], push: false, outputs: [pushByDigestOutput(imageRepositories(inputs.tags))] };
}

/** Reads and checks one hand-off (its name for the messages); throws with what is wrong. */
export function parseHandOff(text: string, name: string): PlatformHandOff {
  if (Buffer.byteLength(text) > HANDOFF_MAX_BYTES) throw new Error(`${name} is ${Buffer.byteLength(text)} bytes, not a hand-off (at most ${HANDOFF_MAX_BYTES})`);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new Error(`${name} is not JSON`);
  }
  const v = (value ?? {}) as Record<string, unknown>;
  const strings = (key: string) => Array.isArray(v[key]) && (v[key] as unknown[]).length > 0 && (v[key] as unknown[]).every(s => typeof s === 'string');
  if (v.schema !== HANDOFF_SCHEMA) throw new Error(`${name} is not a ${HANDOFF_SCHEMA} hand-off (schema ${JSON.stringify(v.schema)})`);
  if (!isSha256Digest(v.digest)) throw new Error(`${name} has no sha256 digest`);
  if (!strings('images') || !strings('platforms')) throw new Error(`${name} names no images or no platforms`);
  if (typeof v.job !== 'string' || typeof v.runAttempt !== 'string') throw new Error(`${name} does not say which job built it`);
  const platforms = (v.platforms as string[]).map(p => formatPlatform(parsePlatform(p)));
  return { schema: HANDOFF_SCHEMA, images: [...(v.images as string[])].sort(), platforms, digest: v.digest, job: v.job, runAttempt: v.runAttempt };
}

/** A platform's hand-off, by who made it: `job build (attempt 2)`. */
export function jobAndAttempt(h: Pick<PlatformHandOff, 'job' | 'runAttempt'>): string {
  return `job ${h.job} (attempt ${h.runAttempt})`;
}

export interface MergePlan {
  /** The digests to put in the index, in the order of the requested platforms (so a re-run gives the same index). */
  sources: PlatformHandOff[];
  /** Requested platforms no hand-off holds. */
  missing: string[];
  /** Hand-offs for images other than the merge's, or of platforms not requested: left out, with why. */
  ignored: string[];
}

/**
 * Which digests go into the index. Every requested platform must come from exactly one
 * hand-off for the same repositories; the index holds them in the requested order.
 */
export function planMerge(platforms: string[], images: string[], handOffs: PlatformHandOff[]): MergePlan {
  const ignored: string[] = [];
  const usable = handOffs.filter(h => {
    if (h.images.join(',') !== images.join(',')) {
      ignored.push(`${h.platforms.join(', ')} from ${jobAndAttempt(h)}: pushed to ${h.images.join(', ')}, not ${images.join(', ')}`);
      return false;
    }
    if (!h.platforms.some(p => platforms.includes(p))) {
      ignored.push(`${h.platforms.join(', ')} from ${jobAndAttempt(h)}: not in platforms`);
      return false;
    }
    return true;
  });
  const sources: PlatformHandOff[] = [];
  const missing: string[] = [];
  for (const platform of platforms) {
    const from = usable.find(h => h.platforms.includes(platform));
    if (!from) missing.push(platform);
    else if (!sources.includes(from)) sources.push(from);
  }
  return { sources, missing, ignored };
}

/**
 * The index's annotations: the merge creates only the index, so an annotation without a
 * level, or at metadata-action's default `manifest` level (already on each platform's
 * manifest), goes on the index; `index:` and `manifest-descriptor:` are passed as given,
 * and `index-descriptor:` (which imagetools refuses when creating an index) goes on the index too.
 */
export function indexAnnotations(annotations: string[]): string[] {
  return annotations.map(a => {
    const key = a.split('=')[0];
    const colon = key.indexOf(':');
    if (colon < 0) return `index:${a}`;
    const levels = key
      .slice(0, colon)
      .split(',')
      .filter(l => !l.startsWith('index-descriptor'))
      .map(l => (l.startsWith('manifest') && !l.startsWith('manifest-descriptor') ? 'index' : l));
    return `${[...new Set(levels.length > 0 ? levels : ['index'])].join(',')}${a.slice(colon)}`;
  });
}

/** `docker buildx imagetools create` for one repository: every tag of it, the sources by digest, in order. */
export function imagetoolsArgv(repository: string, tags: string[], sources: PlatformHandOff[], annotations: string[], metadataFile: string): string[] {
  const argv = ['buildx', 'imagetools', 'create', '--metadata-file', metadataFile];
  for (const tag of tags.filter(t => repositoryName(parseReference(t)) === repository)) argv.push('--tag', tag);
  for (const a of annotations) argv.push('--annotation', a);
  for (const s of sources) argv.push(`${repository}@${s.digest}`);
  return argv;
}
