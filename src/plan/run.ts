/**
 * What kind of run this step is and what it does, decided once from the checked inputs
 * and the builder: the mode (a build, a platform job of a distributed build, the merge
 * of those jobs, or a fork's comment posted from the base repository), what is pushed
 * and tagged, what is read back, where sizes come from, and which size gate applies.
 * Pure; main.ts runs the mode's phases, and no phase decides any of this again.
 */
import { imageOutputs } from '../inputs/attrs.js';
import { InputError, InputErrors } from '../inputs/errors.js';
import type { Inputs } from '../inputs/inputs.js';
import { imageRepositories } from './distribute.js';
import type { BuilderFacts, Facts } from './facts.js';
import { planMeasure, type MeasurePlan } from './measure.js';

export type RunMode = 'build' | 'platform-job' | 'merge' | 'comment-only';

/** The inputs the decision reads. */
export type RunInputs = Pick<Inputs, 'push' | 'tags' | 'load' | 'outputs' | 'call' | 'distribute' | 'merge' | 'comment-only' | 'max-size' | 'max-size-increase'>;

export interface RunPlan {
  mode: RunMode;
  /** Something goes to a registry: the tagged image, a platform job's digest, or the merged index. */
  pushes: boolean;
  /** The tags of this step's image, pushed or not (none for a pushing platform job: the merge tags). */
  tags: string[];
  /** A platform job hands its digest on to the merge job as a run artifact. */
  handsOff: boolean;
  /** The run needs the Actions artifact service (a platform job's hand-off, the merge's gathering). */
  usesArtifacts: boolean;
  /** What is read back from the registry after the push (`platform-digests`); undefined when nothing is. */
  readBack?: string;
  /** Where the size report's numbers come from. */
  sizes: 'registry' | 'layout' | 'none';
  /** For sizes from a layout, the extra output the build writes, or why it cannot (said in the log). */
  measure?: MeasurePlan;
  /**
   * The measuring layout is the build's only output: nothing the workflow asked for is
   * exported (docker-container driver, no push, load or outputs). build-push-action leaves
   * `imageid` and `digest` empty then, and workflows test them to tell; hoist does too.
   */
  measuredOnly?: true;
  /** The size gate that applies: checked against the sizes (in this step, or in the merge for a platform job). */
  gate?: 'max-size' | 'max-size-increase';
  /** Said in the log: what this run leaves out, and why. */
  notes: string[];
}

/** The mode alone, known before the builder is: main needs it to check the artifact service before any program runs. */
export function runMode(inputs: Pick<RunInputs, 'comment-only' | 'merge' | 'distribute'>): RunMode {
  if (inputs['comment-only']) return 'comment-only';
  if (inputs.merge) return 'merge';
  return inputs.distribute !== '' ? 'platform-job' : 'build';
}

/** The digests travel as artifacts of the run only when there is something to hand on: a push. */
export function usesArtifacts(inputs: Pick<RunInputs, 'comment-only' | 'merge' | 'distribute' | 'push'>): boolean {
  const mode = runMode(inputs);
  return (mode === 'platform-job' || mode === 'merge') && inputs.push;
}

/** The builder facts the layout measurement needs, and hoist's temp directory for it. */
export interface RunFacts {
  builder: Pick<BuilderFacts, 'driver' | 'buildkitVersion'>;
  tmpDir: string;
}

/** Decides the run; throws the input error when a size gate is asked for and nothing can be measured. */
export function decideRun(inputs: RunInputs, facts: RunFacts): RunPlan {
  const mode = runMode(inputs);
  const gate: RunPlan['gate'] = inputs['max-size'] ? 'max-size' : inputs['max-size-increase'] ? 'max-size-increase' : undefined;
  const base: Pick<RunPlan, 'mode' | 'usesArtifacts' | 'gate'> = { mode, usesArtifacts: usesArtifacts(inputs), ...(gate ? { gate } : {}) };
  switch (mode) {
    case 'comment-only':
      return { ...base, pushes: false, tags: [], handsOff: false, sizes: 'none', notes: [] };
    case 'merge':
      if (!inputs.push) {
        return {
          ...base,
          pushes: false,
          tags: [],
          handsOff: false,
          sizes: 'none',
          notes: ['merge: push is false, so no image is created (the distribute: platform jobs hand nothing on without a push)']
        };
      }
      return { ...base, pushes: true, tags: inputs.tags, handsOff: false, readBack: inputs.tags[0], sizes: 'registry', notes: [] };
    case 'platform-job':
      if (inputs.push) {
        // Pushed by digest only, read back by digest for platform-digests; the merge reports sizes and checks the gate.
        return { ...base, pushes: true, tags: [], handsOff: true, readBack: imageRepositories(inputs.tags)[0], sizes: 'none', notes: [] };
      }
      return withGate({ ...base, pushes: false, tags: inputs.tags, handsOff: false, sizes: 'none', notes: ['distribute: push is false, so nothing is pushed or handed on to the merge step'] });
    case 'build':
      return buildRun(inputs, facts, base);
  }
}

function buildRun(inputs: RunInputs, facts: RunFacts, base: Pick<RunPlan, 'mode' | 'usesArtifacts' | 'gate'>): RunPlan {
  if (inputs.push && inputs.tags.length > 0) return { ...base, pushes: true, tags: inputs.tags, handsOff: false, readBack: inputs.tags[0], sizes: 'registry', notes: [] };
  const run: RunPlan = { ...base, pushes: false, tags: inputs.tags, handsOff: false, sizes: 'none', notes: [] };
  // A call (check, outline…) or outputs that are files, not an image: nothing to measure.
  const makesImage = !inputs.call && (inputs.outputs.length === 0 || imageOutputs(inputs.outputs).length > 0);
  if (!makesImage) return withGate(run);
  const measure = planMeasure(inputs, facts);
  if ('unavailable' in measure) return withGate({ ...run, measure, notes: [`sizes not measured: ${measure.unavailable}`] }, measure.unavailable);
  // The engine's builder keeps its own image output beside the layout (plan/measure.ts).
  const exportsNothing = !inputs.push && !inputs.load && inputs.outputs.length === 0 && facts.builder.driver !== 'docker';
  return { ...run, sizes: 'layout', measure, ...(exportsNothing ? { measuredOnly: true as const } : {}) };
}

/** A gate that cannot be checked is an input error, said before anything is built. */
function withGate(run: RunPlan, why = 'this build produces no image to measure'): RunPlan {
  if (!run.gate) return run;
  throw new InputErrors([
    new InputError(run.gate, `cannot be checked: ${why}`, 'Push the image (push: true, e.g. to a pr-N tag), use a builder hoist sets up (driver: docker-container), or drop the gate.')
  ]);
}

/** One step's run as its phases see it: the checked inputs (metadata merged in), the facts, the decision, and the masked secrets. */
export interface Job {
  inputs: Inputs;
  facts: Facts;
  run: RunPlan;
  /** Every secret value, masked in the log; text hoist writes elsewhere masks them too. */
  secrets: string[];
}
