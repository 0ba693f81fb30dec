/** decideRun: every combination of the inputs that changes what a run is and does, one row each. */
import { describe, expect, it } from '@jest/globals';
import { decideRun, runMode, usesArtifacts, type RunPlan } from '../../../src/plan/run.js';
import { facts, TMP } from '../../helpers/facts.js';
import { rawInputs } from '../../helpers/inputs.js';

const REPO = 'ghcr.io/acme/app';
const LAYOUT = `type=oci,dest=${TMP}/measure,tar=false`;
const OLD_BUILDKIT = "the builder's BuildKit (v0.12.5) cannot write a second output to measure the image (v0.13 or newer can); sizes are read only after a push";
const NO_IMAGE_FIX = 'Push the image (push: true, e.g. to a pr-N tag), use a builder hoist sets up (driver: docker-container), or drop the gate.';

/** The parts of the plan a row states; `notes` and `measure` are compared only when the row gives them. */
type Expected = Pick<RunPlan, 'mode' | 'pushes' | 'tags' | 'handsOff' | 'usesArtifacts' | 'sizes'> &
  Partial<Pick<RunPlan, 'readBack' | 'gate' | 'notes' | 'measuredOnly'>> & { layoutOutputs?: string[] };

const build = { mode: 'build', handsOff: false, usesArtifacts: false } as const;
const platformJob = { mode: 'platform-job', handsOff: false, usesArtifacts: false } as const;

describe('decideRun: what this step is and does', () => {
  // Each row: inputs, builder overrides → the plan.
  it.each<[string, Record<string, string>, { driver?: string; buildkitVersion?: string }, Expected]>([
    [
      'push with tags: pushed, read back, sized from the registry',
      { push: 'true', tags: `${REPO}:1` },
      {},
      { ...build, pushes: true, tags: [`${REPO}:1`], readBack: `${REPO}:1`, sizes: 'registry', notes: [] }
    ],
    [
      'several tags: the first is read back',
      { push: 'true', tags: `${REPO}:1\n${REPO}:latest` },
      {},
      { ...build, pushes: true, tags: [`${REPO}:1`, `${REPO}:latest`], readBack: `${REPO}:1`, sizes: 'registry' }
    ],
    ['push without tags asks nothing of a registry: measured from a layout', { push: 'true' }, {}, { ...build, pushes: false, tags: [], sizes: 'layout', layoutOutputs: [LAYOUT] }],
    [
      'no push: tagged, measured from a layout that is its only output (no digest or imageid, as build-push-action)',
      { tags: `${REPO}:1` },
      {},
      { ...build, pushes: false, tags: [`${REPO}:1`], sizes: 'layout', measuredOnly: true, layoutOutputs: [LAYOUT], notes: [] }
    ],
    ['load: measured from a layout beside the docker output', { load: 'true', tags: `${REPO}:1` }, {}, { ...build, pushes: false, tags: [`${REPO}:1`], sizes: 'layout', layoutOutputs: [LAYOUT] }],
    [
      'an image output that stays on the runner: measured with its own compression',
      { outputs: 'type=image,compression=zstd' },
      {},
      { ...build, pushes: false, tags: [], sizes: 'layout', layoutOutputs: [`${LAYOUT},compression=zstd`] }
    ],
    ['nothing asked for, on a docker-container builder: the layout is the only output', {}, {}, { ...build, pushes: false, tags: [], sizes: 'layout', measuredOnly: true, layoutOutputs: [LAYOUT] }],
    ['files, not an image: nothing to size', { outputs: 'type=local,dest=out' }, {}, { ...build, pushes: false, tags: [], sizes: 'none', notes: [] }],
    ['a call (check) builds no image', { call: 'check', tags: `${REPO}:1` }, {}, { ...build, pushes: false, tags: [`${REPO}:1`], sizes: 'none' }],
    [
      'a BuildKit before v0.13 cannot write the layout: said, not sized',
      { tags: `${REPO}:1` },
      { buildkitVersion: 'v0.12.5' },
      { ...build, pushes: false, tags: [`${REPO}:1`], sizes: 'none', notes: [`sizes not measured: ${OLD_BUILDKIT}`] }
    ],
    [
      "the engine's builder keeps its default image output beside the layout",
      {},
      { driver: 'docker', buildkitVersion: 'v0.23.2' },
      { ...build, pushes: false, tags: [], sizes: 'layout', layoutOutputs: ['type=image', LAYOUT] }
    ],
    [
      'push with tags and a gate: the gate applies',
      { push: 'true', tags: `${REPO}:1`, 'max-size': '20MB' },
      {},
      { ...build, pushes: true, tags: [`${REPO}:1`], readBack: `${REPO}:1`, sizes: 'registry', gate: 'max-size' }
    ],
    [
      'a measured build with a gate: the gate applies to the layout',
      { tags: `${REPO}:1`, 'max-size-increase': '10%' },
      {},
      { ...build, pushes: false, tags: [`${REPO}:1`], sizes: 'layout', measuredOnly: true, gate: 'max-size-increase' }
    ],
    [
      'a platform job that pushes: by digest only, no tag, handed on; the merge sizes it',
      { distribute: 'platform', push: 'true', tags: `${REPO}:1`, platforms: 'linux/arm64' },
      {},
      { ...platformJob, pushes: true, tags: [], handsOff: true, usesArtifacts: true, readBack: REPO, sizes: 'none', notes: [] }
    ],
    [
      'a platform job with a gate: left to the merge, no error here',
      { distribute: 'platform', push: 'true', tags: `${REPO}:1`, platforms: 'linux/arm64', 'max-size': '20MB' },
      {},
      { ...platformJob, pushes: true, tags: [], handsOff: true, usesArtifacts: true, readBack: REPO, sizes: 'none', gate: 'max-size' }
    ],
    [
      'a platform job without push: nothing pushed or handed on, and said',
      { distribute: 'platform', tags: `${REPO}:1`, platforms: 'linux/arm64' },
      {},
      { ...platformJob, pushes: false, tags: [`${REPO}:1`], sizes: 'none', notes: ['distribute: push is false, so nothing is pushed or handed on to the merge step'] }
    ],
    [
      'the merge with push: the index pushed under the tags, read back and sized',
      { merge: 'true', push: 'true', tags: `${REPO}:1`, platforms: 'linux/amd64,linux/arm64' },
      {},
      { mode: 'merge', pushes: true, tags: [`${REPO}:1`], handsOff: false, usesArtifacts: true, readBack: `${REPO}:1`, sizes: 'registry', notes: [] }
    ],
    [
      'the merge checks the gate the platform jobs left to it',
      { merge: 'true', push: 'true', tags: `${REPO}:1`, 'max-size-increase': '5%' },
      {},
      { mode: 'merge', pushes: true, tags: [`${REPO}:1`], handsOff: false, usesArtifacts: true, readBack: `${REPO}:1`, sizes: 'registry', gate: 'max-size-increase' }
    ],
    [
      'the merge without push creates nothing, and says so',
      { merge: 'true', tags: `${REPO}:1` },
      {},
      {
        mode: 'merge',
        pushes: false,
        tags: [],
        handsOff: false,
        usesArtifacts: false,
        sizes: 'none',
        notes: ['merge: push is false, so no image is created (the distribute: platform jobs hand nothing on without a push)']
      }
    ],
    [
      'the merge needs no builder facts',
      { merge: 'true', push: 'true', tags: `${REPO}:1` },
      { buildkitVersion: 'v0.12.5' },
      { mode: 'merge', pushes: true, tags: [`${REPO}:1`], handsOff: false, usesArtifacts: true, readBack: `${REPO}:1`, sizes: 'registry' }
    ],
    ['comment-only builds and pushes nothing', { 'comment-only': 'true' }, {}, { mode: 'comment-only', pushes: false, tags: [], handsOff: false, usesArtifacts: false, sizes: 'none', notes: [] }],
    [
      'comment-only wins over merge and distribute',
      { 'comment-only': 'true', merge: 'true', push: 'true' },
      {},
      { mode: 'comment-only', pushes: false, tags: [], handsOff: false, usesArtifacts: false, sizes: 'none' }
    ]
  ])('%s', (_name, raw, builder, expected) => {
    const { layoutOutputs, ...plan } = expected;
    const run = decideRun(rawInputs(raw), facts({ builder: { ...facts().builder, ...builder } }));
    expect(run).toMatchObject(plan);
    if (expected.readBack === undefined) expect(run.readBack).toBeUndefined();
    if (expected.gate === undefined) expect(run.gate).toBeUndefined();
    if (expected.measuredOnly === undefined) expect(run.measuredOnly).toBeUndefined();
    if (layoutOutputs) expect(run.measure).toEqual({ dir: `${TMP}/measure`, outputs: layoutOutputs });
    else if (run.sizes !== 'layout') expect(run.measure === undefined || 'unavailable' in run.measure).toBe(true);
  });

  // A gate that nothing can check is an input error, before anything is built.
  it.each<[string, Record<string, string>, { buildkitVersion?: string }, string]>([
    ['files, not an image', { outputs: 'type=local,dest=out', 'max-size': '20MB' }, {}, `input 'max-size': cannot be checked: this build produces no image to measure. ${NO_IMAGE_FIX}`],
    ['a call', { call: 'check', 'max-size-increase': '10%' }, {}, `input 'max-size-increase': cannot be checked: this build produces no image to measure. ${NO_IMAGE_FIX}`],
    ['a builder that cannot write the layout', { tags: `${REPO}:1`, 'max-size': '20MB' }, { buildkitVersion: 'v0.12.5' }, `input 'max-size': cannot be checked: ${OLD_BUILDKIT}. ${NO_IMAGE_FIX}`],
    [
      'a platform job that pushes nothing',
      { distribute: 'platform', platforms: 'linux/arm64', tags: `${REPO}:1`, 'max-size': '20MB' },
      {},
      `input 'max-size': cannot be checked: this build produces no image to measure. ${NO_IMAGE_FIX}`
    ]
  ])('a gate on %s is refused, naming the input and the fix', (_name, raw, builder, message) => {
    expect(() => decideRun(rawInputs(raw), facts({ builder: { ...facts().builder, ...builder } }))).toThrow(message);
  });
});

describe('runMode and usesArtifacts: known from the inputs alone, before any program runs', () => {
  it.each<[Record<string, string>, string, boolean]>([
    [{}, 'build', false],
    [{ push: 'true' }, 'build', false],
    [{ distribute: 'platform' }, 'platform-job', false],
    [{ distribute: 'platform', push: 'true' }, 'platform-job', true],
    [{ merge: 'true' }, 'merge', false],
    [{ merge: 'true', push: 'true' }, 'merge', true],
    [{ 'comment-only': 'true', push: 'true' }, 'comment-only', false]
  ])('%j → %s, artifacts %s', (raw, mode, artifacts) => {
    const inputs = rawInputs(raw);
    expect(runMode(inputs)).toBe(mode);
    expect(usesArtifacts(inputs)).toBe(artifacts);
  });
});
