// distribute: platform and merge: true (inputs/distribute.ts): what each needs, and the early stops when the mode itself is wrong.
import { describe, expect, it } from '@jest/globals';
import { checkDistribute } from '../../../src/inputs/distribute.js';
import { Findings } from '../../../src/inputs/errors.js';
import { rawInputs } from '../../helpers/inputs.js';

/** The inputs each error names, in order. */
function named(raw: Record<string, string>): string[] {
  const found = new Findings();
  checkDistribute(rawInputs(raw), found);
  expect(found.warnings).toEqual([]);
  return found.errors.map(e => e.input);
}

describe('checkDistribute', () => {
  it.each<Record<string, string>>([
    {},
    { distribute: 'platform', platforms: 'linux/arm64', tags: 'r/a:1' },
    { distribute: 'platform', platforms: 'linux/arm64', 'meta-images': 'ghcr.io/acme/app' },
    { merge: 'true', platforms: 'linux/amd64,linux/arm64', tags: 'r/a:1' },
    { merge: 'true', platforms: 'linux/amd64', 'meta-images': 'ghcr.io/acme/app' },
    { platforms: 'linux/amd64', outputs: 'type=local,dest=out', load: 'true' }
  ])('accepts %j', raw => {
    expect(named(raw)).toEqual([]);
  });

  it('stops at an unknown mode: nothing else is checked', () => {
    expect(named({ distribute: 'platforms', merge: 'true' })).toEqual(['distribute']);
    const found = new Findings();
    checkDistribute(rawInputs({ distribute: 'Platform' }), found);
    expect(found.errors[0].message).toBe(
      "input 'distribute': 'Platform' is not a way hoist distributes a build; did you mean platform? Use distribute: platform in the matrix jobs (one platform each), and merge: true in the job after them."
    );
  });

  it('stops at distribute with merge: the rest would be said twice', () => {
    expect(named({ distribute: 'platform', merge: 'true' })).toEqual(['merge']);
  });

  it('says everything a platform job lacks or has too much of, in order', () => {
    expect(named({ distribute: 'platform', outputs: 'type=registry', load: 'true' })).toEqual(['platforms', 'tags', 'outputs', 'load']);
  });

  it('says everything a merge job lacks', () => {
    expect(named({ merge: 'true' })).toEqual(['platforms', 'tags']);
  });
});
