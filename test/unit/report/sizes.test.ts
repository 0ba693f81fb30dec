import { describe, expect, it } from '@jest/globals';
import { layerChanges, platformSize, registryBytes, sizeReport } from '../../../src/report/sizes.js';
import { image, layer } from '../../helpers/images.js';

describe('size arithmetic', () => {
  it('a platform is its config plus its layers; unpacked only when every layer is known', () => {
    const p = image(4_600_000, 4_400_000).platforms[0];
    expect(platformSize(p)).toEqual({ platform: 'linux/amd64', digest: 'sha256:amd4600000', compressed: 1_000 + 1_100_000 + 100 + 4_600_000, uncompressed: 2_300_000 + 1_024 + 9_200_000, layers: 3 });
    const zstd = { ...p, layers: [...p.layers.slice(0, 2), { digest: 'sha256:z', size: 10, mediaType: 'application/vnd.oci.image.layer.v1.tar+zstd' }] };
    expect(platformSize(zstd).uncompressed).toBeUndefined();
  });

  it('counts a layer shared across platforms once in registry bytes', () => {
    const img = image(4_600_000, 4_400_000);
    const sumOfPlatforms = img.platforms.map(platformSize).reduce((s, p) => s + p.compressed, 0);
    expect(registryBytes(img)).toBe(sumOfPlatforms - 100); // the WORKDIR layer is the same blob on both
  });

  it('keeps attestation manifests apart', () => {
    const report = sizeReport(image(1, 1), 'ghcr.io/acme/backend', { reason: 'first run' });
    expect(report.attestations).toEqual({ count: 2, bytes: 3_200 });
    expect(report.platforms.map(p => p.platform)).toEqual(['linux/amd64', 'linux/arm64']);
  });
});

describe('layerChanges', () => {
  it('pairs repeated instructions by occurrence and lists added/removed layers', () => {
    const a = [layer('d1', 10, 10, 'RUN x'), layer('d2', 20, 20, 'RUN x')];
    const b = [layer('d1', 10, 10, 'RUN x'), layer('d3', 25, 25, 'RUN x'), layer('d4', 5, 5, 'COPY y')];
    expect(layerChanges(a, b)).toEqual([
      { instruction: 'RUN x', base: 20, current: 25 },
      { instruction: 'COPY y', current: 5 }
    ]);
  });
});
