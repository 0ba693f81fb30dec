import { describe, expect, it } from '@jest/globals';
import { formatPlatform, parsePlatform } from '../../../src/util/platform.js';

describe('parsePlatform', () => {
  it.each([
    ['linux/amd64', 'linux/amd64'],
    ['linux/arm64', 'linux/arm64'],
    ['linux/arm/v7', 'linux/arm/v7'],
    ['linux/aarch64', 'linux/arm64'],
    ['linux/x86_64', 'linux/amd64'],
    ['linux/armhf', 'linux/arm/v7'],
    ['Linux/AMD64', 'linux/amd64'],
    ['windows/amd64', 'windows/amd64'],
    ['linux/amd64/v3', 'linux/amd64/v3']
  ])('%s → %s', (input, normal) => {
    expect(formatPlatform(parsePlatform(input))).toBe(normal);
  });

  it.each([
    ['linux/amd46', /unknown architecture 'amd46'; did you mean 'linux\/amd64'/],
    ['linx/arm64', /unknown operating system 'linx'; did you mean 'linux\/arm64'/],
    ['amd64', /os\/arch/],
    ['linux/arm/v9', /unknown variant 'v9'/],
    ['linux//arm64', /os\/arch/]
  ])('rejects %s', (input, message) => {
    expect(() => parsePlatform(input)).toThrow(message);
  });
});
