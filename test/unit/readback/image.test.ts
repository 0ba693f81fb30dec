// digestsByPlatform (readback/image.ts): the platform → manifest digest map the outputs and the hand-off are made of.
import { describe, expect, it } from '@jest/globals';
import { digestsByPlatform } from '../../../src/readback/image.js';
import { image } from '../../helpers/images.js';

describe('digestsByPlatform', () => {
  it('maps each platform to its manifest digest, in the order read', () => {
    const digests = digestsByPlatform(image(5_000, 6_000));
    expect(digests).toEqual({ 'linux/amd64': 'sha256:amd5000', 'linux/arm64': 'sha256:arm6000' });
    expect(Object.keys(digests)).toEqual(['linux/amd64', 'linux/arm64']);
  });

  it('is empty for an image with no platform', () => {
    expect(digestsByPlatform({ platforms: [] })).toEqual({});
  });

  it('keeps the last of a platform listed twice', () => {
    expect(
      digestsByPlatform({
        platforms: [
          { platform: 'linux/amd64', digest: 'sha256:first' },
          { platform: 'linux/amd64', digest: 'sha256:second' }
        ]
      })
    ).toEqual({ 'linux/amd64': 'sha256:second' });
  });
});
