import { describe, expect, it } from '@jest/globals';
import { chooseBaseline } from '../../src/report/baseline.js';
import { branchTag } from '../../src/registry/reference.js';
import { formatDelta } from '../../src/report/format.js';
import { formatBytes, parseIncrease, parseSize } from '../../src/util/bytes.js';
import { evaluateGates } from '../../src/report/gates.js';
import { sizeMarkdown, sizesJson, sizeText } from '../../src/report/markdown.js';
import type { ImageFacts, LayerFacts, PlatformImage } from '../../src/publish/image.js';
import { layerChanges, platformSize, registryBytes, sizeReport } from '../../src/report/sizes.js';
import { layerInstructions } from '../../src/publish/inspect.js';
import { facts } from '../helpers/facts.js';

const GZ = 'application/vnd.oci.image.layer.v1.tar+gzip';
const layer = (digest: string, size: number, uncompressed: number | undefined, instruction: string): LayerFacts =>
  uncompressed === undefined ? { digest, size, mediaType: GZ, instruction } : { digest, size, mediaType: GZ, uncompressed, instruction };

// The seeds' image shape: busybox base (shared by nothing: one per arch), WORKDIR, the binary.
function image(binaryAmd: number, binaryArm: number, extra: Partial<Record<string, PlatformImage>> = {}): ImageFacts {
  const amd: PlatformImage = {
    platform: 'linux/amd64',
    digest: `sha256:amd${binaryAmd}`,
    manifestBytes: 700,
    config: { digest: `sha256:cfg-amd${binaryAmd}`, size: 1_000 },
    layers: [layer('sha256:busybox-amd', 1_100_000, 2_300_000, 'COPY rootfs-amd64/ /'), layer('sha256:workdir', 100, 1_024, 'WORKDIR /app'), layer(`sha256:bin-amd${binaryAmd}`, binaryAmd, binaryAmd * 2, 'COPY /out/backend /app/backend')]
  };
  const arm: PlatformImage = {
    platform: 'linux/arm64',
    digest: `sha256:arm${binaryArm}`,
    manifestBytes: 700,
    config: { digest: `sha256:cfg-arm${binaryArm}`, size: 1_000 },
    layers: [layer('sha256:busybox-arm', 1_000_000, 2_100_000, 'COPY rootfs-arm64/ /'), layer('sha256:workdir', 100, 1_024, 'WORKDIR /app'), layer(`sha256:bin-arm${binaryArm}`, binaryArm, binaryArm * 2, 'COPY /out/backend /app/backend')]
  };
  return {
    reference: 'ghcr.io/acme/backend@sha256:x',
    digest: `sha256:index${binaryAmd}`,
    platforms: [amd, arm, ...Object.values(extra).filter((p): p is PlatformImage => !!p)],
    attestations: [
      { digest: 'sha256:att1', for: amd.digest, bytes: 1_600 },
      { digest: 'sha256:att2', for: arm.digest, bytes: 1_600 }
    ]
  };
}

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

describe('comparison with a baseline', () => {
  const base = image(4_600_000, 4_400_000);
  const current = image(4_900_000, 4_700_000);
  const report = sizeReport(current, 'ghcr.io/acme/backend', { image: base, reference: 'ghcr.io/acme/backend:main' });

  it('gives per-platform deltas in bytes and percent, and the registry delta', () => {
    expect(report.platforms[0].delta).toEqual({ bytes: 300_000, percent: (300_000 / 5_701_100) * 100 });
    expect(report.registryDelta).toEqual({ bytes: 600_000, percent: (600_000 / registryBytes(base)) * 100 });
  });

  it('names the layer that changed by its Dockerfile instruction', () => {
    expect(report.layerChanges['linux/amd64']).toEqual([{ instruction: 'COPY /out/backend /app/backend', base: 4_600_000, current: 4_900_000 }]);
  });

  it('renders the summary table the way report.md shows it', () => {
    const md = sizeMarkdown(report, evaluateGates(report, '20MB', '10%'));
    expect(md).toContain('### hoist · image size · `ghcr.io/acme/backend`');
    expect(md).toContain('| platform | compressed | Δ vs `main` | unpacked | layers |');
    expect(md).toContain('| linux/amd64 | 6.0 MB | ▲ 0.3 MB (+5.3 %) | 12.1 MB | 3 |');
    expect(md).toContain('| **registry bytes** (shared layers once) | 11.7 MB | ▲ 0.6 MB | | |');
    expect(md).toContain('<details><summary>What changed on linux/amd64</summary>');
    expect(md).toContain('| `COPY /out/backend /app/backend` | 4.6 MB | 4.9 MB | ▲ 0.3 MB |');
    expect(md).toContain('Gates: max-size 20MB ✅ · max-size-increase 10% ✅ · 2 attestation manifests not counted');
    expect(md).not.toContain('unknown/unknown');
  });

  it('shows a new platform and a removed one as such', () => {
    const withArm7 = image(4_900_000, 4_700_000, {
      arm7: { platform: 'linux/arm/v7', digest: 'sha256:v7', manifestBytes: 1, config: { digest: 'sha256:c7', size: 10 }, layers: [] }
    });
    const grown = sizeReport(withArm7, 'r/a', { image: base, reference: 'r/a:main' });
    expect(sizeMarkdown(grown, [])).toContain('| linux/arm/v7 | 10 B | new platform | 0 B | 0 |');
    const shrunk = sizeReport({ ...current, platforms: current.platforms.slice(0, 1) }, 'r/a', { image: base, reference: 'r/a:main' });
    expect(shrunk.removed.map(p => p.platform)).toEqual(['linux/arm64']);
    expect(sizeMarkdown(shrunk, [])).toContain('| ~~linux/arm64~~ | removed | ▼ 5.4 MB | | |');
  });

  it('exact bytes go to the sizes output', () => {
    const json = JSON.parse(sizesJson(report, []));
    expect(json.platforms['linux/arm64']).toEqual({
      digest: 'sha256:arm4700000',
      compressed: 5_701_100,
      uncompressed: 2_100_000 + 1_024 + 9_400_000,
      layers: 3,
      base: { digest: 'sha256:arm4400000', compressed: 5_401_100, uncompressed: 2_100_000 + 1_024 + 8_800_000, layers: 3 },
      delta: { bytes: 300_000, percent: (300_000 / 5_401_100) * 100 }
    });
    expect(json.unit).toBe('bytes');
  });
});

describe('no baseline', () => {
  it('is a row saying so, not an error and not +100 %', () => {
    const report = sizeReport(image(1, 1), 'r/a', { reference: 'r/a:main', reason: 'r/a:main does not exist yet (the base branch main)' });
    const md = sizeMarkdown(report, evaluateGates(report, '', '10%'));
    expect(md).toContain('| _no baseline: r/a:main does not exist yet (the base branch main)_ | | | | |');
    expect(md).toContain('max-size-increase 10% — (no baseline)');
    expect(md).not.toContain('%)');
    expect(sizeText(report)).toContain('no baseline: r/a:main does not exist yet');
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

  it('reads the instruction from BuildKit history, skipping empty layers', () => {
    const config = {
      history: [
        { created_by: 'COPY rootfs-amd64/ / # buildkit' },
        { created_by: 'ENV PATH=/usr/local/go/bin', empty_layer: true },
        { created_by: 'WORKDIR /app', comment: 'buildkit.dockerfile.v0' },
        { created_by: '/bin/sh -c apk add curl' }
      ]
    };
    expect(layerInstructions(config, 3)).toEqual(['COPY rootfs-amd64/ /', 'WORKDIR /app', 'RUN apk add curl']);
    expect(layerInstructions(config, 2)).toEqual([]);
  });
});

describe('units and gates', () => {
  it.each([
    [0, '0 B'], [999, '999 B'], [1_000, '1.0 kB'], [1_600, '1.6 kB'], [6_012_345, '6.0 MB'], [11_049_999, '11.0 MB'], [2_500_000_000, '2.5 GB']
  ])('%d bytes → %s', (bytes, text) => {
    expect(formatBytes(bytes)).toBe(text);
  });

  it('formats deltas with arrows', () => {
    expect(formatDelta({ bytes: 300_000, percent: 5.24 })).toBe('▲ 0.3 MB (+5.2 %)');
    expect(formatDelta({ bytes: -12_000, percent: -0.21 })).toBe('▼ 12.0 kB (−0.2 %)');
    expect(formatDelta({ bytes: 0, percent: 0 })).toBe('=');
  });

  it.each([
    ['20MB', 20_000_000], ['20 mb', 20_000_000], ['19.5MiB', 20_447_232], ['1048576', 1_048_576], ['2kB', 2_000], ['1GiB', 1_073_741_824], ['twenty', undefined], ['20 parsecs', undefined]
  ])('parseSize(%s)', (text, bytes) => {
    expect(parseSize(text)).toBe(bytes);
  });

  it('reads an increase as a percentage or a size', () => {
    expect(parseIncrease('10%')).toEqual({ percent: 10 });
    expect(parseIncrease('2MB')).toEqual({ bytes: 2_000_000 });
    expect(parseIncrease('lots')).toBeUndefined();
  });

  it('fails a platform over max-size or grown past max-size-increase, naming it', () => {
    const report = sizeReport(image(4_900_000, 4_700_000), 'r/a', { image: image(4_600_000, 4_400_000), reference: 'r/a:main' });
    const [size, increase] = evaluateGates(report, '5.8MB', '5%');
    expect(size).toMatchObject({ name: 'max-size', passed: false, failures: ['linux/amd64 is 6.0 MB compressed, over max-size 5.8MB'] });
    expect(increase.passed).toBe(false);
    expect(increase.failures).toEqual(['linux/amd64 grew 300.0 kB (+5.3 %), over max-size-increase 5%', 'linux/arm64 grew 300.0 kB (+5.6 %), over max-size-increase 5%']);
    expect(evaluateGates(report, '', '400kB')[0].passed).toBe(true);
  });
});

describe('chooseBaseline', () => {
  const gh = facts().github;
  it.each([
    ['explicit compare-to', 'ghcr.io/acme/backend:stable', {}, { reference: 'ghcr.io/acme/backend:stable', why: 'compare-to' }],
    ['none', 'none', {}, { reason: 'comparison turned off (compare-to: none)' }],
    ['pull request: the base branch tag', '', { baseRef: 'release/1.x' }, { reference: 'ghcr.io/acme/backend:release-1.x', why: 'the base branch release/1.x' }],
    ['push: the tag before this push', '', {}, { reference: 'ghcr.io/acme/backend:sha-1', why: 'the previous ghcr.io/acme/backend:sha-1' }]
  ])('%s', (_name, compareTo, over, expected) => {
    expect(chooseBaseline(compareTo, ['ghcr.io/acme/backend:sha-1', 'ghcr.io/acme/backend:main'], { ...gh, ...over })).toEqual(expected);
  });

  it('sanitises branch names into tags', () => {
    expect(branchTag('feature/Fancy thing')).toBe('feature-Fancy-thing');
    expect(branchTag('-x')).toBe('x');
  });
});
