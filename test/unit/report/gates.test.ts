import { describe, expect, it } from '@jest/globals';
import type { ImageFacts } from '../../../src/readback/image.js';
import { evaluateGates, type GateResult } from '../../../src/report/gates.js';
import { sizeReport } from '../../../src/report/sizes.js';
import { image } from '../../helpers/images.js';

describe('units and gates', () => {
  it('fails a platform over max-size or grown past max-size-increase, naming it', () => {
    const report = sizeReport(image(4_900_000, 4_700_000), 'r/a', { image: image(4_600_000, 4_400_000), reference: 'r/a:main' });
    const [size, increase] = evaluateGates(report, '5.8MB', '5%');
    expect(size).toMatchObject({ name: 'max-size', passed: false, failures: ['linux/amd64 is 6.0 MB compressed, over max-size 5.8MB'] });
    expect(increase.passed).toBe(false);
    expect(increase.failures).toEqual(['linux/amd64 grew 300.0 kB (+5.3 %), over max-size-increase 5%', 'linux/arm64 grew 300.0 kB (+5.6 %), over max-size-increase 5%']);
    expect(evaluateGates(report, '', '400kB')[0].passed).toBe(true);
  });
});

/** An image of these platforms, each `compressed` bytes in all: an empty config and one layer. */
function sized(platforms: Record<string, number>): ImageFacts {
  return {
    reference: 'r/a@sha256:x',
    digest: 'sha256:index',
    platforms: Object.entries(platforms).map(([platform, compressed]) => ({
      platform,
      digest: `sha256:${platform}-${compressed}`,
      manifestBytes: 500,
      config: { digest: `sha256:cfg-${platform}`, size: 0 },
      layers: [{ digest: `sha256:layer-${platform}-${compressed}`, size: compressed, mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip', instruction: 'COPY app /app' }]
    })),
    attestations: []
  };
}

/** The gates of an image of these sizes against a baseline of those (none when undefined). */
function gates(current: Record<string, number>, base: Record<string, number> | undefined, maxSize: string, maxIncrease: string): GateResult[] {
  const baseline = base ? { image: sized(base), reference: 'r/a:main' } : { reference: 'r/a:main', reason: 'r/a:main does not exist yet' };
  return evaluateGates(sizeReport(sized(current), 'r/a', baseline), maxSize, maxIncrease);
}

const AMD = 'linux/amd64';
const ARM = 'linux/arm64';
const pass = (limit: string): GateResult => ({ name: 'max-size', limit, passed: true, failures: [] });
const over = (limit: string, shown: string): GateResult => ({ name: 'max-size', limit, passed: false, failures: [`${AMD} is ${shown} compressed, over max-size ${limit}`] });

describe('max-size: at the limit passes, one byte over fails, in every unit it takes', () => {
  // [limit, the limit in bytes, how 1 byte over is shown]
  const limits: Array<[string, number, string]> = [
    ['1000', 1_000, '1.0 kB'],
    ['1000B', 1_000, '1.0 kB'],
    ['1000b', 1_000, '1.0 kB'],
    ['1kB', 1_000, '1.0 kB'],
    ['1 KB', 1_000, '1.0 kB'],
    ['1KiB', 1_024, '1.0 kB'],
    ['1kib', 1_024, '1.0 kB'],
    ['5.8MB', 5_800_000, '5.8 MB'],
    ['20 MB', 20_000_000, '20.0 MB'],
    ['1MiB', 1_048_576, '1.0 MB'],
    ['19.5MiB', 20_447_232, '20.4 MB'],
    ['1GB', 1_000_000_000, '1.0 GB'],
    ['1GiB', 1_073_741_824, '1.1 GB'],
    ['0.5gb', 500_000_000, '500.0 MB']
  ];
  it.each(limits)('%s (%d bytes)', (limit, bytes, shown) => {
    expect(gates({ [AMD]: bytes - 1 }, undefined, limit, '')).toEqual([pass(limit)]);
    expect(gates({ [AMD]: bytes }, undefined, limit, '')).toEqual([pass(limit)]);
    expect(gates({ [AMD]: bytes + 1 }, undefined, limit, '')).toEqual([over(limit, shown)]);
  });

  it('needs no baseline', () => {
    expect(gates({ [AMD]: 1_001 }, undefined, '1kB', '')).toEqual([over('1kB', '1.0 kB')]);
  });

  it('is not checked when it is not a size (the inputs check says so before any build)', () => {
    expect(gates({ [AMD]: 5_000 }, undefined, '1 apple', '')).toEqual([]);
    expect(gates({ [AMD]: 5_000 }, undefined, '', '')).toEqual([]);
  });

  it('with several platforms, fails each one over, by name, in platform order; one under is not named', () => {
    expect(gates({ [ARM]: 1_200, 'linux/arm/v7': 900, [AMD]: 1_001 }, undefined, '1kB', '')).toEqual([
      { name: 'max-size', limit: '1kB', passed: false, failures: [`${AMD} is 1.0 kB compressed, over max-size 1kB`, `${ARM} is 1.2 kB compressed, over max-size 1kB`] }
    ]);
    expect(gates({ [ARM]: 1_000, [AMD]: 999 }, undefined, '1kB', '')).toEqual([pass('1kB')]);
  });
});

describe('max-size-increase: at the limit passes, just over fails', () => {
  const grew = (limit: string, platform: string, shown: string): string => `${platform} grew ${shown}, over max-size-increase ${limit}`;

  // [limit, base bytes, current bytes, failures]
  const rows: Array<[string, number, number, string[]]> = [
    // As a percent of the baseline's compressed size.
    ['10%', 1_000, 1_099, []],
    ['10%', 1_000, 1_100, []],
    ['10%', 1_000, 1_101, [grew('10%', AMD, '101 B (+10.1 %)')]],
    ['10 %', 1_000, 1_101, [grew('10 %', AMD, '101 B (+10.1 %)')]],
    ['0.5%', 1_000_000, 1_005_000, []],
    ['0.5%', 1_000_000, 1_005_001, [grew('0.5%', AMD, '5.0 kB (+0.5 %)')]],
    ['0%', 1_000, 1_000, []],
    ['0%', 1_000, 1_001, [grew('0%', AMD, '1 B (+0.1 %)')]],
    // As bytes, in the units max-size takes.
    ['100', 1_000, 1_100, []],
    ['100', 1_000, 1_101, [grew('100', AMD, '101 B (+10.1 %)')]],
    ['100B', 1_000, 1_101, [grew('100B', AMD, '101 B (+10.1 %)')]],
    ['1kB', 10_000, 11_000, []],
    ['1kB', 10_000, 11_001, [grew('1kB', AMD, '1.0 kB (+10.0 %)')]],
    ['1KiB', 10_000, 11_024, []],
    ['1KiB', 10_000, 11_025, [grew('1KiB', AMD, '1.0 kB (+10.3 %)')]],
    ['1MiB', 10_000_000, 11_048_576, []],
    ['1MiB', 10_000_000, 11_048_577, [grew('1MiB', AMD, '1.0 MB (+10.5 %)')]],
    // A smaller image passes any limit.
    ['0%', 1_000, 900, []],
    ['0B', 1_000, 900, []]
  ];
  it.each(rows)('%s: %d → %d bytes', (limit, base, current, failures) => {
    expect(gates({ [AMD]: current }, { [AMD]: base }, '', limit)).toEqual([{ name: 'max-size-increase', limit, passed: failures.length === 0, failures }]);
  });

  it('cannot be checked without a baseline: neither passed nor failed', () => {
    expect(gates({ [AMD]: 5_000 }, undefined, '', '10%')).toEqual([{ name: 'max-size-increase', limit: '10%', passed: undefined, failures: [] }]);
    expect(gates({ [AMD]: 5_000 }, undefined, '', '1kB')).toEqual([{ name: 'max-size-increase', limit: '1kB', passed: undefined, failures: [] }]);
  });

  it('from a baseline of 0 bytes: any growth is over a percent (no percent to show), none is not', () => {
    expect(gates({ [AMD]: 1 }, { [AMD]: 0 }, '', '1000%')).toEqual([{ name: 'max-size-increase', limit: '1000%', passed: false, failures: [grew('1000%', AMD, '1 B')] }]);
    expect(gates({ [AMD]: 0 }, { [AMD]: 0 }, '', '0%')).toEqual([{ name: 'max-size-increase', limit: '0%', passed: true, failures: [] }]);
    // As bytes, it is compared as any other growth.
    expect(gates({ [AMD]: 100 }, { [AMD]: 0 }, '', '100B')).toEqual([{ name: 'max-size-increase', limit: '100B', passed: true, failures: [] }]);
  });

  it('with several platforms: each is compared with its own baseline; a platform the baseline lacks is not compared', () => {
    // amd64 +5 %, arm64 +20 %, arm/v7 new.
    expect(gates({ [AMD]: 1_050, [ARM]: 1_200, 'linux/arm/v7': 50_000 }, { [AMD]: 1_000, [ARM]: 1_000 }, '', '10%')).toEqual([
      { name: 'max-size-increase', limit: '10%', passed: false, failures: [grew('10%', ARM, '200 B (+20.0 %)')] }
    ]);
    // Only the new platform is over: nothing compared fails.
    expect(gates({ [AMD]: 1_050, 'linux/arm/v7': 50_000 }, { [AMD]: 1_000, [ARM]: 1_000 }, '', '10%')).toEqual([{ name: 'max-size-increase', limit: '10%', passed: true, failures: [] }]);
    // No platform in common: not checked.
    expect(gates({ 'linux/arm/v7': 50_000 }, { [AMD]: 1_000 }, '', '10%')).toEqual([{ name: 'max-size-increase', limit: '10%', passed: undefined, failures: [] }]);
  });

  it('is not checked when it is neither a percent nor a size', () => {
    expect(gates({ [AMD]: 2_000 }, { [AMD]: 1_000 }, '', 'ten percent')).toEqual([]);
  });
});

describe('both gates', () => {
  it('max-size first, then max-size-increase, each on its own', () => {
    expect(gates({ [AMD]: 1_101 }, { [AMD]: 1_000 }, '1kB', '10%')).toEqual([
      { name: 'max-size', limit: '1kB', passed: false, failures: [`${AMD} is 1.1 kB compressed, over max-size 1kB`] },
      { name: 'max-size-increase', limit: '10%', passed: false, failures: [`${AMD} grew 101 B (+10.1 %), over max-size-increase 10%`] }
    ]);
    expect(gates({ [AMD]: 1_100 }, { [AMD]: 1_000 }, '2kB', '10%')).toEqual([pass('2kB'), { name: 'max-size-increase', limit: '10%', passed: true, failures: [] }]);
    expect(gates({ [AMD]: 1_100 }, undefined, '2kB', '10%')).toEqual([pass('2kB'), { name: 'max-size-increase', limit: '10%', passed: undefined, failures: [] }]);
  });
});
