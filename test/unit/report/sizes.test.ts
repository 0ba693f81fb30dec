import { describe, expect, it } from '@jest/globals';
import { parseDockerfile } from '../../../src/dockerfile/parse.js';
import { platformSize, registryBytes, sizeReport } from '../../../src/report/sizes.js';
import { image } from '../../helpers/images.js';

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

describe('layer changes', () => {
  it('compares each platform with the baseline per instruction, naming lines when the Dockerfile is given', () => {
    const dockerfile = parseDockerfile('FROM busybox\nWORKDIR /app\nCOPY /out/backend /app/backend\nENTRYPOINT ["/app/backend"]\n');
    const report = sizeReport(image(4_900_000, 4_700_000), 'r/a', { image: image(4_600_000, 4_400_000), reference: 'r/a:main' }, 'registry', { dockerfile, target: '', contexts: [] });
    expect(report.layerChanges['linux/arm64']).toEqual([
      { instruction: 'base image (FROM busybox)', origin: 'base', line: 1, status: 'unchanged', base: 1_000_000, current: 1_000_000, delta: 0 },
      { instruction: 'WORKDIR /app', origin: 'line', line: 2, status: 'unchanged', base: 100, current: 100, delta: 0 },
      { instruction: 'COPY /out/backend /app/backend', origin: 'line', line: 3, status: 'grown', base: 4_400_000, current: 4_700_000, delta: 300_000 }
    ]);
  });

  it('compares nothing without a baseline', () => {
    expect(sizeReport(image(1, 1), 'r/a', { reason: 'first run' }).layerChanges).toEqual({});
  });
});
