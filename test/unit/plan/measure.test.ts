// planMeasure (plan/measure.ts): whether the builder can write the extra OCI layout, the --output it adds, the compression carried over.
import { describe, expect, it } from '@jest/globals';
import { planMeasure } from '../../../src/plan/measure.js';

const TMP = '/tmp/hoist-x';
const OCI = 'type=oci,dest=/tmp/hoist-x/measure,tar=false';
const plan = (outputs: string[], builder: { driver: string; buildkitVersion?: string }, load = false) => planMeasure({ outputs, load }, { builder, tmpDir: TMP });
const remote = { driver: 'remote', buildkitVersion: 'v0.32.2' };

describe('planMeasure: the builder', () => {
  it.each<[string, string | undefined]>([
    ['docker-container', 'v0.13.0'],
    ['docker-container', 'v0.32.2'],
    ['remote', undefined],
    ['remote', 'v0.0.0+unknown'],
    ['docker', 'v0.13.2']
  ])('%s with BuildKit %s writes the layout under the temp dir', (driver, buildkitVersion) => {
    expect(plan(['type=registry'], { driver, buildkitVersion })).toEqual({ dir: '/tmp/hoist-x/measure', outputs: [OCI] });
  });

  it.each<[string, string | undefined, string]>([
    ['docker-container', 'v0.12.5', 'v0.12.5'],
    ['remote', '0.11.6', '0.11.6'],
    ['docker', undefined, 'version unknown']
  ])('%s with BuildKit %s cannot: it says why', (driver, buildkitVersion, said) => {
    expect(plan([], { driver, buildkitVersion })).toEqual({
      unavailable: `the builder's BuildKit (${said}) cannot write a second output to measure the image (v0.13 or newer can); sizes are read only after a push`
    });
  });
});

describe("planMeasure: the engine's builder keeps its default image output", () => {
  const engine = { driver: 'docker', buildkitVersion: 'v0.20.0' };

  it('adds type=image when the build gives no output and does not load', () => {
    expect(plan([], engine)).toEqual({ dir: '/tmp/hoist-x/measure', outputs: ['type=image', OCI] });
  });

  it('adds nothing more with load, or with outputs of its own', () => {
    expect(plan([], engine, true)).toEqual({ dir: '/tmp/hoist-x/measure', outputs: [OCI] });
    expect(plan(['type=docker'], engine)).toEqual({ dir: '/tmp/hoist-x/measure', outputs: [OCI] });
  });

  it('adds nothing on another driver', () => {
    expect(plan([], remote)).toEqual({ dir: '/tmp/hoist-x/measure', outputs: [OCI] });
  });
});

describe('planMeasure: the bytes a push would store', () => {
  it("carries the image output's compression attributes over, and nothing else", () => {
    expect(plan(['type=registry,compression=zstd,compression-level=3,force-compression=true,oci-mediatypes=true,push=true'], remote)).toEqual({
      dir: '/tmp/hoist-x/measure',
      outputs: [`${OCI},compression=zstd,compression-level=3,force-compression=true`]
    });
  });

  it('takes each attribute once, the last image output winning', () => {
    expect(plan(['type=image,compression=gzip,compression-level=9', 'type=registry,compression=estargz'], remote)).toEqual({
      dir: '/tmp/hoist-x/measure',
      outputs: [`${OCI},compression=estargz,compression-level=9`]
    });
  });

  it('carries nothing from outputs that make no image', () => {
    expect(plan(['type=local,dest=out,compression=zstd', 'type=cacheonly,compression=zstd'], remote)).toEqual({ dir: '/tmp/hoist-x/measure', outputs: [OCI] });
  });
});
