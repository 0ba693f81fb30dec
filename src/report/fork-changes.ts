/**
 * The "What changed" table of a fork's pull request, worked out by the base repository's
 * comment job (phases/comment-only.ts) rather than taken from the fork's report: the
 * image's layers and history as the fork's run read them (checked to add up to the sizes
 * posted, report/shared.ts), the baseline as the comment job itself reads it from the
 * registry (each platform by the digest the run compared with, so it must be the image
 * whose numbers the report gives), and the Dockerfile as the comment job reads it at the
 * pull request's head commit. What the fork wrote reaches the comment only through the
 * markdown renderer, which puts every instruction in a code span (markdown.ts). Pure.
 */
import { parseDockerfile } from '../dockerfile/parse.js';
import type { PlatformImage } from '../readback/image.js';
import { compareLayers, type InstructionChange } from './changes.js';
import type { LineSource } from './lines.js';
import type { CheckedLayers } from './shared.js';
import { platformSize, type SizeReport } from './sizes.js';

/** The Dockerfile at the pull request's head, or why it could not be read. */
export type DockerfileRead = { text: string } | { why: string };

/** A Dockerfile larger than this is not read: matching the history with it costs its length times the history's. */
export const DOCKERFILE_MAX_BYTES = 256 * 1024;

export interface ForkComparison {
  /** Per platform with a baseline, its layers per instruction (as in SizeReport.layerChanges). */
  layerChanges: Record<string, InstructionChange[]>;
  /** Whether the instructions carry Dockerfile lines (the file was read). */
  lines: boolean;
  /** Why they do not, for the note below the table. */
  why?: string;
}

/**
 * Why the baseline read from the registry at `row.base.digest` is not the one the report
 * measured against: its size or layer count differ. Undefined when they agree.
 */
export function baselineMismatch(row: SizeReport['platforms'][number], read: PlatformImage): string | undefined {
  if (!row.base) return undefined;
  const size = platformSize(read);
  if (size.compressed === row.base.compressed && size.layers === row.base.layers) return undefined;
  return `the baseline of ${row.platform} at ${row.base.digest} is ${size.compressed} bytes in ${size.layers} layers in the registry, not ${row.base.compressed} bytes in ${row.base.layers} layers as the report says`;
}

/** The fork's image compared with the baseline, platform by platform, its layers named by the Dockerfile when it was read. */
export function forkChanges(layers: CheckedLayers, baselines: Map<string, PlatformImage>, dockerfile: DockerfileRead): ForkComparison {
  let why = 'why' in dockerfile ? dockerfile.why : undefined;
  let source: LineSource | undefined;
  if ('text' in dockerfile) {
    if (Buffer.byteLength(dockerfile.text) > DOCKERFILE_MAX_BYTES) why = `the Dockerfile is larger than ${DOCKERFILE_MAX_BYTES / 1024} kB`;
    else source = { dockerfile: parseDockerfile(dockerfile.text), target: layers.target, contexts: layers.contexts };
  }
  const layerChanges: Record<string, InstructionChange[]> = {};
  for (const image of layers.images) {
    const base = baselines.get(image.platform);
    if (base) layerChanges[image.platform] = compareLayers(image, base, source);
  }
  return { layerChanges, lines: source !== undefined, ...(why ? { why } : {}) };
}
