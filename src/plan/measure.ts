/**
 * Sizes for an image that is not pushed (`push: false`, no tags, `load: true`, an output
 * that stays on the runner): the build also writes an OCI layout, which hoist reads as it
 * reads a registry. BuildKit writes the same blobs a push would store, compressed the same
 * way (the image output's compression attributes are carried over). Pure: the decision
 * and the extra `--output`; readback/layout.ts reads what it wrote.
 */
import * as path from 'node:path';
import { imageOutputs, parseAttrs } from '../inputs/attrs.js';
import type { Inputs } from '../inputs/inputs.js';
import type { BuilderFacts } from './facts.js';
import { atLeast } from './semver.js';

export type MeasurePlan =
  /** The build writes the layout to `dir`; `outputs` are added to the build's own. */
  | { dir: string; outputs: string[] }
  /** Why this build's sizes cannot be measured (said in the log and the summary). */
  | { unavailable: string };

/** The image output's attributes that change the bytes a push stores. */
const BYTE_ATTRS = ['compression', 'compression-level', 'force-compression'];

/**
 * How the image of a build that is not pushed is measured (plan/run.ts decides that it
 * is), or why this builder cannot write the layout.
 */
export function planMeasure(inputs: Pick<Inputs, 'outputs' | 'load'>, facts: { builder: Pick<BuilderFacts, 'driver' | 'buildkitVersion'>; tmpDir: string }): MeasurePlan {
  const images = imageOutputs(inputs.outputs);
  // Several exporters in one build came with BuildKit v0.13 (and buildx 0.13). The engine's
  // own builder may report no usable version (`v0.8+unknown`): it is not assumed recent.
  const engine = facts.builder.driver === 'docker';
  if (!atLeast(facts.builder.buildkitVersion, 'v0.13.0') || (engine && !facts.builder.buildkitVersion)) {
    return {
      unavailable: `the builder's BuildKit (${facts.builder.buildkitVersion ?? 'version unknown'}) cannot write a second output to measure the image (v0.13 or newer can); sizes are read only after a push`
    };
  }
  const carried = images.flatMap(o => parseAttrs(o).filter(([k]) => BYTE_ATTRS.includes(k)));
  const attrs = [...new Map(carried).entries()].map(([k, v]) => `${k}=${v}`);
  const dir = path.join(facts.tmpDir, 'measure');
  const oci = ['type=oci', `dest=${dir}`, 'tar=false', ...attrs].join(',');
  // With no output at all, buildx gives the engine's builder an image output of its own
  // (the image lands in the engine); a second output would replace that default, so it is given.
  const keepDefault = engine && inputs.outputs.length === 0 && !inputs.load ? ['type=image'] : [];
  return { dir, outputs: [...keepDefault, oci] };
}
