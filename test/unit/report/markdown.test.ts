import { describe, expect, it } from '@jest/globals';
import { evaluateGates, type GateResult } from '../../../src/report/gates.js';
import { sizeMarkdown, sizesJson, sizeText } from '../../../src/report/markdown.js';
import { registryBytes, sizeReport, type SizeReport } from '../../../src/report/sizes.js';
import { image } from '../../helpers/images.js';

describe('comparison with a baseline', () => {
  const base = image(4_600_000, 4_400_000);
  const current = image(4_900_000, 4_700_000);
  const report = sizeReport(current, 'ghcr.io/acme/backend', { image: base, reference: 'ghcr.io/acme/backend:main' });

  it('gives per-platform deltas in bytes and percent, and the registry delta', () => {
    expect(report.platforms[0].delta).toEqual({ bytes: 300_000, percent: (300_000 / 5_701_100) * 100 });
    expect(report.registryDelta).toEqual({ bytes: 600_000, percent: (600_000 / registryBytes(base)) * 100 });
  });

  it('names the layer that changed by its Dockerfile instruction', () => {
    expect(report.layerChanges['linux/amd64'].filter(c => c.status !== 'unchanged')).toEqual([
      { instruction: 'COPY /out/backend /app/backend', origin: 'unmapped', status: 'grown', base: 4_600_000, current: 4_900_000, delta: 300_000 }
    ]);
  });

  it('renders the summary table the way report.md shows it', () => {
    const md = sizeMarkdown(report, evaluateGates(report, '20MB', '10%'));
    expect(md).toContain('### hoist · image size · `ghcr.io/acme/backend`');
    expect(md).toContain('| platform | compressed | Δ vs `main` | unpacked | layers |');
    expect(md).toContain('| linux/amd64 | 6.0 MB | ▲ 0.3 MB (+5.3 %) | 12.1 MB | 3 |');
    expect(md).toContain('| **registry bytes** (shared layers once) | 11.7 MB | ▲ 0.6 MB | | |');
    expect(md).toContain('<details><summary>What changed on linux/amd64</summary>');
    expect(md).toContain('| `COPY /out/backend /app/backend` | — | 4.6 MB | 4.9 MB | ▲ 0.3 MB | grown |');
    expect(md).toContain(
      [
        '#### What changed',
        '',
        'The instructions whose layers changed most (compressed bytes, vs `main`).',
        '',
        '| instruction | line | linux/amd64 | linux/arm64 |',
        '|---|---|---:|---:|',
        '| `COPY /out/backend /app/backend` | — | ▲ 0.3 MB grown | ▲ 0.3 MB grown |'
      ].join('\n')
    );
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
      delta: { bytes: 300_000, percent: (300_000 / 5_401_100) * 100 },
      changes: [
        { instruction: 'COPY rootfs-arm64/ /', origin: 'unmapped', line: null, status: 'unchanged', base: 1_000_000, current: 1_000_000, delta: 0 },
        { instruction: 'WORKDIR /app', origin: 'unmapped', line: null, status: 'unchanged', base: 100, current: 100, delta: 0 },
        { instruction: 'COPY /out/backend /app/backend', origin: 'unmapped', line: null, status: 'grown', base: 4_400_000, current: 4_700_000, delta: 300_000 }
      ]
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

describe("GitHub's size limit of a comment (65,536 characters)", () => {
  /** A report of `count` platforms, each with 20 changed layers of long instructions, against a baseline. */
  function wide(count: number): SizeReport {
    const platforms = Array.from({ length: count }, (_, i) => ({
      platform: `linux/amd64-${i}`,
      digest: `sha256:${String(i).padStart(64, '0')}`,
      compressed: 6_000_000 + i,
      uncompressed: 12_000_000,
      layers: 20,
      base: { platform: `linux/amd64-${i}`, digest: `sha256:${String(i).padStart(64, '1')}`, compressed: 5_000_000, layers: 20 },
      delta: { bytes: 1_000_000 + i, percent: 20 }
    }));
    const changes = Array.from({ length: 20 }, (_, j) => ({
      instruction: `RUN ${'make -j8 '.repeat(12)}${j}`,
      origin: 'line' as const,
      line: j + 2,
      status: 'grown' as const,
      base: 1_000,
      current: 2_000,
      delta: 1_000
    }));
    return {
      image: 'ghcr.io/acme/backend',
      source: 'registry',
      digest: `sha256:${'a'.repeat(64)}`,
      platforms,
      removed: Array.from({ length: count }, (_, i) => ({ platform: `linux/arm64-${i}`, digest: `sha256:${'b'.repeat(64)}`, compressed: 100, layers: 1 })),
      registryBytes: 9_000_000,
      registryDelta: { bytes: 1_000_000 },
      attestations: { count: 0, bytes: 0 },
      baseline: { reference: 'ghcr.io/acme/backend:main', found: true },
      layerChanges: Object.fromEntries(platforms.map(p => [p.platform, changes]))
    };
  }
  const gates: GateResult[] = [{ name: 'max-size-increase', limit: '10%', passed: false, failures: [] }];

  it('cuts a report of very many platforms and layers, with a note, and keeps the totals and the gates', () => {
    const md = sizeMarkdown(wide(3_000), gates);
    expect(md.length).toBeLessThan(65_536);
    expect(md).toContain('| linux/amd64-0 | 6.0 MB | ▲ 1.0 MB (+20.0 %) | 12.0 MB | 20 |');
    expect(md).toMatch(/\| _… \d+ more platform\(s\) not shown: the comment would pass GitHub's size limit; the `sizes` output has them all_ \| \| \| \| \|/);
    expect(md).toMatch(/_What changed on \d+ more platform\(s\) is not shown: the comment would pass GitHub's size limit\._/);
    expect(md).toContain('| **registry bytes** (shared layers once) | 9.0 MB | ▲ 1.0 MB | | |');
    expect(md).toContain('Gates: max-size-increase 10% ❌');
    // Every <details> that was opened is closed.
    expect(md.split('<details>').length).toBe(md.split('</details>').length);
    // The "what changed" table comes before the details, when the rows leave room for it; else a note says it is left out.
    expect(md).toContain('_The "what changed" table is not shown: the comment would pass GitHub\'s size limit; the `sizes` output has the changes._');
  });

  it('keeps the "what changed" table when the platform rows leave room, at most 5 rows and 8 platforms', () => {
    const md = sizeMarkdown(wide(200), gates);
    expect(md.length).toBeLessThan(60_000);
    const table = md.slice(md.indexOf('#### What changed'));
    expect(table.split('\n').filter(l => l.startsWith('| `RUN'))).toHaveLength(5);
    expect(table).toContain('| instruction | line | linux/amd64-0 | linux/amd64-1 | linux/amd64-10 | linux/amd64-100 | linux/amd64-101 | linux/amd64-102 | linux/amd64-103 | linux/amd64-104 |');
    expect(table).toContain('_15 more instruction(s) changed; 192 more platform(s) compared: the `sizes` output lists every change._');
    expect(table).toContain('| `RUN make -j8 make -j8 make -j8 make -j8 make -j8 make -j8 m…` | `Dockerfile:2` | ▲ 1.0 kB grown |');
  });

  it('leaves a report that fits as it is', () => {
    const md = sizeMarkdown(wide(3), gates);
    expect(md).not.toContain('not shown');
    expect(md.split('<details>')).toHaveLength(4);
  });
});
