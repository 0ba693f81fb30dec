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
import { parseDockerfile } from '../dockerfile/parse.js';
import { cacheMounts, stageBase, stageChain, type CacheMount } from '../dockerfile/mounts.js';

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
  /** The mount's stage and the stages it is built FROM, nearest first, as BuildKit's progress names them: the `AS` name, or `stage-<index>`. */
  stages: string[];
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
    const stages = stageChain(parsed, mount.stageIndex, buildArgs).map(i => parsed.stages[i].name ?? `stage-${i}`);
    const entry: CarriedMount = { id: mount.id, target: mount.target, sharing: mount.sharing, image: base.image, stages, line: mount.line };
    if (mount.uid !== undefined) entry.uid = mount.uid;
    if (mount.gid !== undefined) entry.gid = mount.gid;
    if (mount.mode !== undefined) entry.mode = mount.mode;
    carried.push(entry);
  }
  return { carried, skipped };
}

/** Files whose change means a different set of dependencies, so a fresh mount key. */
export const LOCKFILES = [
  'go.sum',
  'go.mod',
  'package-lock.json',
  'npm-shrinkwrap.json',
  'yarn.lock',
  'pnpm-lock.yaml',
  'bun.lockb',
  'bun.lock',
  'Cargo.lock',
  'poetry.lock',
  'uv.lock',
  'Pipfile.lock',
  'requirements.txt',
  'Gemfile.lock',
  'composer.lock',
  'gradle.lockfile',
  'packages.lock.json',
  'mix.lock',
  'pubspec.lock'
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

/**
 * The saved files: an image next to the registry cache, or an OCI layout (the same image,
 * as files the Actions cache keeps) given as a named context.
 */
export type SavedSource = { image: string } | { layout: string };

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

/** Where a save puts the restore step's own programs, per build platform (`<os>-<arch><variant>/`). */
const TOOLS = 'hoist-tools';
const BUILD_PLATFORM_DIR = '$BUILDOS-$BUILDARCH$BUILDVARIANT';

/**
 * The restore step, on either root file system. A save holds each mount as one tar file
 * (`<index>.tar`): unpacking the saved layer writes one big file, and `tar -x` writes the
 * mount's many small ones once. Copying a saved directory instead writes them twice,
 * which on a runner still unpacking its base images lost the race to the build's mount
 * step (measured here on the example's Go cache, during a build's base image unpack:
 * 2.4 s against 3.7 s). Saves from images without tar, and older saves, are directories,
 * merged with `cp -u`. Either way files the mount has already are replaced by saved ones
 * of the same name (tar) or kept when newer (cp).
 */
function injectStep(m: CarriedMount, i: number): string[] {
  const tar = `${SAVED}/${i}.tar`;
  const dir = `${SAVED}/${i}`;
  const size = `echo "${SIZE_MARK} ${i} $(du -sk ${CACHE} | cut -f1)"`;
  return [
    `ARG ${NONCE_ARG}`,
    `RUN ${cacheFlag(m)} --mount=type=bind,from=saved,target=${SAVED} \\`,
    `    if [ -f ${tar} ]; then tar -xf ${tar} -C ${CACHE} && ${size}; elif [ -d ${dir} ]; then cp -a -u ${dir}/. ${CACHE}/ && ${size}; fi && ` + `echo "$${NONCE_ARG}" > /hoist-done`
  ];
}

/**
 * Puts the saved files back: one step per mount, on the build machine's platform (no
 * emulation).
 *
 * `onTools`: the steps run on the programs the save copied out of the mount's image
 * (sh, cp, du, cut, tar and the libraries they load; a few MB inside the saved files), so
 * the restore runs while the build is still pulling that image, and is done before
 * the build reaches its mount step; otherwise on the mount's own image, which has
 * them for sure but only once the pull ends (measured here on an empty BuildKit, the
 * example's Go cache: restored in 3.6-4.4 s and no stopped build, against 7.2 s and a
 * build stopped and started again).
 *
 * Why no --no-cache: BuildKit gives a --no-cache build cache mounts of its own, so
 * the files would land where the real build never looks. A nonce arg is used instead.
 */
export function injectDockerfile(mounts: CarriedMount[], source: SavedSource, onTools = false): string {
  const lines = ['# hoist: restore cache mounts'];
  // The saved image is labelled linux/amd64 whatever the machine: it holds data only.
  if ('image' in source) lines.push(`FROM --platform=linux/amd64 ${source.image} AS saved`);
  if (onTools) {
    lines.push('FROM --platform=$BUILDPLATFORM scratch AS tools', 'ARG BUILDOS', 'ARG BUILDARCH', 'ARG BUILDVARIANT', `COPY --from=saved /${TOOLS}/${BUILD_PLATFORM_DIR}/ /`);
  }
  mounts.forEach((m, i) => {
    lines.push(onTools ? `FROM tools AS inject${i}` : `FROM --platform=$BUILDPLATFORM ${m.image} AS inject${i}`, ...injectStep(m, i));
  });
  lines.push('FROM scratch', ...mounts.map((_, i) => `COPY --from=inject${i} /hoist-done /${i}`));
  return lines.join('\n') + '\n';
}

/**
 * Copies the restore step's programs (sh, cp, du, cut, and tar when the image has it)
 * and the libraries `ldd` lists for them (the loader too) out of an image, each at its
 * own path, into `${OUT}/${TOOLS}/<build platform>/`: a root file system of a few MB.
 * Best effort, and all or nothing for the four the step always runs: an image without
 * one of them, or without `ldd` for a dynamically linked one, leaves the restore on the
 * mount's own image (it tries the tools first and falls back).
 * The PATH is searched by hand: busybox's `command -v cp` names its applet, not a file.
 */
const COLLECT_TOOLS =
  `o=${OUT}/tools-partial; mkdir -p ${OUT}/${TOOLS} $o/bin $o/etc && ` +
  `for t in sh cp du cut tar; do p=; for d in $(echo "$PATH" | tr : " "); do if [ -x "$d/$t" ]; then p=$d/$t; break; fi; done; ` +
  `if [ -z "$p" ]; then [ $t = tar ] && continue; exit 0; fi; r=$(readlink -f "$p"); ` +
  `for f in "$r" $(ldd "$r" 2>/dev/null | grep -o "/[^ ]*"); do [ -e "$o$f" ] || { mkdir -p "$o\${f%/*}" && cp -L "$f" "$o$f"; } || exit 0; done; ` +
  `[ "$r" = "/bin/$t" ] || ln -s "$r" "$o/bin/$t" || exit 0; done && mv $o ${OUT}/${TOOLS}/${BUILD_PLATFORM_DIR}`;

/**
 * Copies each mount's files out, as `/<index>.tar` of a scratch image (or `/<index>/`
 * when the mount's image has no tar; see injectStep), with the restore's own programs
 * beside them (COLLECT_TOOLS). A mount
 * over `maxKilobytes` fails its step on purpose: nothing is saved, and the previous
 * save stays.
 */
export function extractDockerfile(mounts: CarriedMount[], maxKilobytes: number): string {
  const lines = ['# hoist: save cache mounts'];
  if (mounts.length) {
    lines.push(`FROM --platform=$BUILDPLATFORM ${mounts[0].image} AS tools`, 'ARG BUILDOS', 'ARG BUILDARCH', 'ARG BUILDVARIANT', `RUN ${COLLECT_TOOLS}`);
  }
  mounts.forEach((m, i) => {
    lines.push(
      `FROM --platform=$BUILDPLATFORM ${m.image} AS extract${i}`,
      `ARG ${NONCE_ARG}`,
      `RUN ${cacheFlag(m)} \\`,
      `    echo "$${NONCE_ARG}" >/dev/null && size=$(du -sk ${CACHE} | cut -f1) && echo "${SIZE_MARK} ${i} $size" && ` +
        `if [ "$size" -gt ${maxKilobytes} ]; then echo "${TOO_LARGE} ${i} $size"; exit 3; fi && mkdir -p ${OUT} && ` +
        `if command -v tar >/dev/null; then tar -cf ${OUT}/${i}.tar -C ${CACHE} .; else cp -a ${CACHE} ${OUT}/${i}; fi`
    );
  });
  // Labelled linux/amd64 whatever the machine, as the restore step asks for it: it holds data only.
  lines.push('FROM --platform=linux/amd64 scratch', ...mounts.map((_, i) => `COPY --from=extract${i} ${OUT}/ /`));
  if (mounts.length) lines.push(`COPY --from=tools ${OUT}/${TOOLS} /${TOOLS}`);
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
