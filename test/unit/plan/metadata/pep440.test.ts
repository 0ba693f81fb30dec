import { describe, expect, it } from '@jest/globals';
import { parsePep440, type Pep440Version } from '../../../../src/plan/metadata/pep440.js';

// Normal forms as @renovate/pep440 (PEP 440's "Normalization" section) gives them.

describe('parsePep440', () => {
  it.each<[string, Pep440Version]>([
    ['1.2', { release: [1, 2], clean: '1.2', unstable: false, prerelease: false }],
    ['v1.2.3', { release: [1, 2, 3], clean: '1.2.3', unstable: false, prerelease: false }],
    ['1.0dev4', { release: [1, 0], clean: '1.0.dev4', unstable: true, prerelease: true }],
    ['1.1beta2', { release: [1, 1], clean: '1.1b2', unstable: true, prerelease: true }],
    ['1.0ALPHA1', { release: [1, 0], clean: '1.0a1', unstable: true, prerelease: true }],
    ['1.0c1', { release: [1, 0], clean: '1.0rc1', unstable: true, prerelease: true }],
    ['1.0preview', { release: [1, 0], clean: '1.0rc0', unstable: true, prerelease: true }],
    ['v1.3.0-rc.1', { release: [1, 3, 0], clean: '1.3.0rc1', unstable: true, prerelease: true }],
    ['1.2post1', { release: [1, 2], clean: '1.2.post1', unstable: true, prerelease: false }],
    ['1.2-1', { release: [1, 2], clean: '1.2.post1', unstable: true, prerelease: false }],
    ['1.0r', { release: [1, 0], clean: '1.0.post0', unstable: true, prerelease: false }],
    ['1.0-post-', { release: [1, 0], clean: '1.0.post0', unstable: true, prerelease: false }],
    ['2.0.post0.dev3', { release: [2, 0], clean: '2.0.post0.dev3', unstable: true, prerelease: true }],
    ['1!2.0', { release: [2, 0], clean: '1!2.0', unstable: false, prerelease: false }],
    ['0!1.0', { release: [1, 0], clean: '1.0', unstable: false, prerelease: false }],
    ['1.0+Local.007_X', { release: [1, 0], clean: '1.0+local.7.x', unstable: false, prerelease: false }],
    ['01.002', { release: [1, 2], clean: '1.2', unstable: false, prerelease: false }]
  ])('%s', (version, expected) => {
    expect(parsePep440(version)).toEqual(expected);
  });

  it.each(['', 'x1', '1..2', 'v', 'release-2024', '1.0+'])('refuses %j', version => {
    expect(parsePep440(version)).toBeUndefined();
  });
});
