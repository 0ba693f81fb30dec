import { describe, expect, it } from '@jest/globals';
import { atLeast } from '../../../src/plan/semver.js';

describe('parseBuildxVersion', () => {
  it('treats an unknown version as recent enough', () => {
    expect(atLeast(undefined, 'v0.15.0')).toBe(true);
    expect(atLeast('v0.14.9', 'v0.15.0')).toBe(false);
    expect(atLeast('v0.36.1', 'v0.15.0')).toBe(true);
    expect(atLeast('v1.0.0', 'v0.15.0')).toBe(true);
  });
});
