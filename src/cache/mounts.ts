/**
 * Carrying `RUN --mount=type=cache` contents across runs. BuildKit never exports a
 * cache mount (moby/buildkit#1512), so a fresh runner compiles from scratch even with
 * every layer cached. hoist saves each mount's files after a build and puts them back
 * into the builder's cache mount before the next one. Both moves are small BuildKit
 * builds that mount the same cache (same id and sharing), so they work on any builder
 * and driver, and nothing is copied through this process.
 *
 * This module is the pure part: which mounts, the key, and the helper Dockerfiles.
 */
import { createHash } from 'node:crypto';
import { cacheMounts, parseDockerfile, stageBase, type CacheMount } from '../dockerfile/parse.js';

/** A cache mount hoist can carry, with the image its helper step runs on. */
export interface CarriedMount {
  id: string;
  target: string;
  sharing: CacheMount['sharing'];
  uid?: number;
  gid?: number;
  mode?: string;
  /** The mount's stage's base image: it has the shell the stage's RUN uses, and the build pulls it anyway. */
  image: string;
  /** The stage as BuildKit's progress names it: its `AS` name, or `stage-<index>`. */
  stage: string;
  line: number;
}

export interface MountSelection {
  carried: CarriedMount[];
  /** Mounts hoist leaves alone, and why (said in the log). */
  skipped: Array<{ id: string; line: number; why: string }>;
}

/** The build's cache mounts, one per id (BuildKit shares a mount by id), and where each can run. */
export function selectMounts(dockerfileText: string, buildArgs: Record<string, string>): MountSelection {
  const parsed = parseDockerfile(dockerfileText);
  const carried: CarriedMount[] = [];
  const skipped: MountSelection['skipped'] = [];
  const seen = new Set<string>();
  for (const mount of cacheMounts(parsed, buildArgs)) {
    if (seen.has(mount.id)) continue;
    seen.add(mount.id);
    if (mount.unresolved?.length) {
      skipped.push({ id: mount.id, line: mount.line, why: `its options use ${mount.unresolved.map(v => `$${v}`).join(', ')}, which only the build knows` });
      continue;
    }
    if (/['\n]/.test(mount.id)) {
      skipped.push({ id: mount.id, line: mount.line, why: 'its id holds a quote or a line break' });
      continue;
    }
    if (mount.from) {
      // A mount seeded from another stage is keyed by that stage's content too.
      skipped.push({ id: mount.id, line: mount.line, why: `it is seeded from '${mount.from}'` });
      continue;
    }
    const base = stageBase(parsed, mount.stageIndex, buildArgs);
    if (!base) {
      skipped.push({ id: mount.id, line: mount.line, why: 'its stage has no image to run the copy on (scratch, or a base with an unset variable)' });
      continue;
    }
    const stage = parsed.stages[mount.stageIndex]?.name ?? `stage-${mount.stageIndex}`;
    const entry: CarriedMount = { id: mount.id, target: mount.target, sharing: mount.sharing, image: base.image, stage, line: mount.line };
    if (mount.uid !== undefined) entry.uid = mount.uid;
    if (mount.gid !== undefined) entry.gid = mount.gid;
    if (mount.mode !== undefined) entry.mode = mount.mode;
    carried.push(entry);
  }
  return { carried, skipped };
}

/** Files whose change means a different set of dependencies, so a fresh mount key. */
export const LOCKFILES = [
  'go.sum', 'go.mod', 'package-lock.json', 'npm-shrinkwrap.json', 'yarn.lock', 'pnpm-lock.yaml', 'bun.lockb', 'bun.lock',
  'Cargo.lock', 'poetry.lock', 'uv.lock', 'Pipfile.lock', 'requirements.txt', 'Gemfile.lock', 'composer.lock',
  'gradle.lockfile', 'packages.lock.json', 'mix.lock', 'pubspec.lock'
];

/**
 * The key of what the mounts hold: the mounts themselves, the images they run on and
 * the lockfiles' contents. A run whose key equals the saved one does not save again:
 * its sources changed but not its dependencies, and what is saved still serves.
 */
export function mountsKey(mounts: CarriedMount[], lockfiles: Array<{ path: string; content: Buffer | string }>): string {
  const hash = createHash('sha256');
  for (const m of mounts) hash.update(JSON.stringify([m.id, m.sharing, m.uid, m.gid, m.mode, m.image])).update('\0');
  for (const f of [...lockfiles].sort((a, b) => a.path.localeCompare(b.path))) hash.update(f.path).update('\0').update(f.content).update('\0');
  return `sha256:${hash.digest('hex')}`;
}

/** Where the helper builds mount the cache, and where the saved files appear. */
const CACHE = '/hoist-cache';
const SAVED = '/hoist-saved';
const OUT = '/hoist-out';

/** The saved files: an image next to the registry cache, or a directory given as a named context. */
export type SavedSource = { image: string } | { context: string };

/** The build arg every helper step reads, so BuildKit never answers it from cache. */
export const NONCE_ARG = 'HOIST_NONCE';

/** Printed by the helper steps and read back from the progress: `hoist-mount <index> <kilobytes>`. */
const SIZE_MARK = 'hoist-mount';
const TOO_LARGE = 'hoist-mount-too-large';

function cacheFlag(m: CarriedMount): string {
  const fields = [`type=cache`, `id=${m.id}`, `target=${CACHE}`, `sharing=${m.sharing}`];
  if (m.uid !== undefined) fields.push(`uid=${m.uid}`);
  if (m.gid !== undefined) fields.push(`gid=${m.gid}`);
  if (m.mode !== undefined) fields.push(`mode=${m.mode}`);
  // The value is CSV, as BuildKit reads it: a field holding a comma, quote or space is
  // CSV-quoted, and the whole value single-quoted so the Dockerfile keeps those quotes.
  if (!fields.some(f => /[",\s]/.test(f))) return `--mount=${fields.join(',')}`;
  return `--mount='${fields.map(f => (/[",\s]/.test(f) ? `"${f.replace(/"/g, '""')}"` : f)).join(',')}'`;
}

/**
 * Puts the saved files back: one step per mount, on the mount's own base image and
 * the build machine's platform (no emulation). Merged with `cp -u`: files the mount
 * already has (a long-lived builder, or a build stopped as its step began) are kept
 * when newer than the saved ones.
 * Why no --no-cache: BuildKit gives a --no-cache build cache mounts of its own, so
 * the files would land where the real build never looks. A nonce arg is used instead.
 */
export function injectDockerfile(mounts: CarriedMount[], source: SavedSource): string {
  const lines = ['# hoist: restore cache mounts'];
  // The saved image is labelled linux/amd64 whatever the machine: it holds data only.
  if ('image' in source) lines.push(`FROM --platform=linux/amd64 ${source.image} AS saved`);
  mounts.forEach((m, i) => {
    const dir = `${SAVED}/${i}`;
    lines.push(
      `FROM --platform=$BUILDPLATFORM ${m.image} AS inject${i}`,
      `ARG ${NONCE_ARG}`,
      `RUN ${cacheFlag(m)} --mount=type=bind,from=saved,target=${SAVED} \\`,
      `    if [ -d ${dir} ]; then cp -a -u ${dir}/. ${CACHE}/ && echo "${SIZE_MARK} ${i} $(du -sk ${CACHE} | cut -f1)"; fi && ` +
        `echo "$${NONCE_ARG}" > /hoist-done`
    );
  });
  lines.push('FROM scratch', ...mounts.map((_, i) => `COPY --from=inject${i} /hoist-done /${i}`));
  return lines.join('\n') + '\n';
}


/**
 * Copies each mount's files out, into `/<index>/` of a scratch image (or a local
 * directory). A mount over `maxKilobytes` fails its step on purpose: nothing is
 * saved, and the previous save stays.
 */
export function extractDockerfile(mounts: CarriedMount[], maxKilobytes: number): string {
  const lines = ['# hoist: save cache mounts'];
  mounts.forEach((m, i) => {
    lines.push(
      `FROM --platform=$BUILDPLATFORM ${m.image} AS extract${i}`,
      `ARG ${NONCE_ARG}`,
      `RUN ${cacheFlag(m)} \\`,
      `    echo "$${NONCE_ARG}" >/dev/null && size=$(du -sk ${CACHE} | cut -f1) && echo "${SIZE_MARK} ${i} $size" && ` +
        `if [ "$size" -gt ${maxKilobytes} ]; then echo "${TOO_LARGE} ${i} $size"; exit 3; fi && mkdir -p ${OUT} && cp -a ${CACHE} ${OUT}/${i}`
    );
  });
  // Labelled linux/amd64 whatever the machine, as the restore step asks for it: it holds data only.
  lines.push('FROM --platform=linux/amd64 scratch', ...mounts.map((_, i) => `COPY --from=extract${i} ${OUT}/${i} /${i}`));
  return lines.join('\n') + '\n';
}

export interface MountSizes {
  /** Kilobytes per mount index, as `du -sk` printed them. */
  kilobytes: Map<number, number>;
  /** Set when the save stopped at the size cap: which mount, and its size. */
  tooLarge?: { index: number; kilobytes: number };
}

/** The sizes the helper steps printed (plain progress: `#7 0.123 hoist-mount 0 177472`). */
export function parseMountSizes(progress: string): MountSizes {
  const sizes: MountSizes = { kilobytes: new Map() };
  for (const line of progress.split('\n')) {
    const size = /^#\d+ [\d.]+ hoist-mount (\d+) (\d+)\s*$/.exec(line);
    if (size) sizes.kilobytes.set(Number(size[1]), Number(size[2]));
    const large = /^#\d+ [\d.]+ hoist-mount-too-large (\d+) (\d+)\s*$/.exec(line);
    if (large) sizes.tooLarge = { index: Number(large[1]), kilobytes: Number(large[2]) };
  }
  return sizes;
}

/** The label on a saved image (and the file next to a saved directory) holding its key. */
export const KEY_LABEL = 'dev.hoist.cache-mounts.key';

