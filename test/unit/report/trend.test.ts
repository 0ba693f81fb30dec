import { describe, expect, it } from '@jest/globals';
import type { SizePoint } from '../../../src/plan/size-history.js';
import { pointOf, trendLength, trendMarkdown, trendTable, withTrend } from '../../../src/report/trend.js';
import { image } from '../../helpers/images.js';

function point(commit: string, sizes: Record<string, number>): SizePoint {
  return {
    commit,
    time: '2026-01-01T00:00:00.000Z',
    digest: `sha256:${'0'.repeat(64)}`,
    platforms: Object.fromEntries(Object.entries(sizes).map(([p, compressed]) => [p, { compressed, unpacked: null, layers: 2 }]))
  };
}

const two = (commit: string, amd: number, arm: number): SizePoint => point(commit, { 'linux/arm64': arm, 'linux/amd64': amd });

describe('trendMarkdown', () => {
  it('draws one line per platform, x labels the short shas, oldest first, this build last', () => {
    const points = [two('aaaaaaa111', 12_345_678, 11_000_000), two('bbbbbbb222', 12_400_000, 11_100_500), two('ccccccc333', 13_000_000, 11_000_000)];
    expect(trendMarkdown(points, 30, 'PR #7')).toBe(
      [
        '#### Size trend · last 3 builds',
        '',
        '```mermaid',
        'xychart-beta',
        '  title "Compressed size (MB), PR #7 last"',
        '  x-axis ["aaaaaaa", "bbbbbbb", "ccccccc"]',
        '  y-axis "compressed (MB)"',
        '  line [12.346, 12.4, 13]',
        '  line [11, 11.101, 11]',
        '```',
        '',
        "_Lines, in the chart's colour order: `linux/amd64`, `linux/arm64`._",
        ''
      ].join('\n')
    );
  });

  it('draws the last `count` points only', () => {
    const points = Array.from({ length: 40 }, (_, i) => point(`${String(i).padStart(2, '0')}aaaaa`, { 'linux/amd64': i * 1_000_000 }));
    const text = trendMarkdown(points, 30, 'this build');
    expect(text).toContain('#### Size trend · last 30 builds');
    expect(text).toContain('  x-axis ["10aaaaa", ');
    expect(text).toContain(', "39aaaaa"]');
    expect(text).toContain('  line [10, 11, ');
  });

  it.each([
    ['one point', [two('aaaaaaa', 1, 1)], 30],
    ['no point', [], 30],
    ['a count of 1', [two('aaaaaaa', 1, 1), two('bbbbbbb', 1, 1)], 1],
    ['a count of 0', [two('aaaaaaa', 1, 1), two('bbbbbbb', 1, 1)], 0]
  ])('draws nothing with %s', (_, points, count) => {
    expect(trendMarkdown(points, count, 'this build')).toBe('');
  });

  it("leaves out earlier builds that lack one of this build's platforms, and says so", () => {
    const points = [point('aaaaaaa', { 'linux/amd64': 1_000_000 }), two('bbbbbbb', 2_000_000, 2_000_000), two('ccccccc', 3_000_000, 3_000_000)];
    const text = trendMarkdown(points, 30, 'this build');
    expect(text).toContain('  x-axis ["bbbbbbb", "ccccccc"]');
    expect(text).toContain('1 earlier build(s) without every one of these platforms left out.');
    // A platform the earlier builds had and this one has not is simply not drawn.
    expect(trendMarkdown([two('aaaaaaa', 1, 1), point('bbbbbbb', { 'linux/amd64': 2 })], 30, 'this build')).toContain('  x-axis ["aaaaaaa", "bbbbbbb"]');
  });

  it('tells a commit built twice apart', () => {
    expect(trendMarkdown([two('aaaaaaa1', 1, 1), two('aaaaaaa2', 2, 2)], 30, 'this build')).toContain('  x-axis ["aaaaaaa", "aaaaaaa·2"]');
  });

  it('draws at most six lines and names the rest', () => {
    const sizes = Object.fromEntries(['386', 'amd64', 'arm64', 'arm', 'ppc64le', 's390x', 'riscv64', 'mips64le'].map(a => [`linux/${a}`, 1_000_000]));
    const text = trendMarkdown([point('aaaaaaa', sizes), point('bbbbbbb', sizes)], 30, 'this build');
    expect(text.match(/^ {2}line /gm)).toHaveLength(6);
    expect(text).toContain('2 more platform(s) not drawn.');
  });
});

describe('withTrend', () => {
  it.each([
    ['fits', 'table', 'chart', 100, 'table\nchart'],
    ['would pass the limit', 'table', 'chart', 10, 'table'],
    ['no chart', 'table', '', 100, 'table']
  ])('%s', (_, markdown, chart, max, expected) => {
    expect(withTrend(markdown, chart, max)).toBe(expected);
  });
});

describe('trendLength and pointOf', () => {
  it.each([
    ['30', 30],
    ['0', 0],
    ['none', 0],
    ['', 0],
    [undefined, 0],
    [' 5 ', 5]
  ])('size-trend %p draws %p builds', (input, n) => {
    expect(trendLength(input)).toBe(n);
  });

  it("is this build's sizes per platform", () => {
    const p = pointOf(image(4_600_000, 4_400_000), 'abcdef0', new Date(Date.UTC(2026, 11, 7)));
    expect(p.commit).toBe('abcdef0');
    expect(p.time).toBe('2026-12-07T00:00:00.000Z');
    expect(p.platforms['linux/amd64']).toEqual({ compressed: 1_000 + 1_100_000 + 100 + 4_600_000, unpacked: 2_300_000 + 1_024 + 9_200_000, layers: 3 });
    expect(Object.keys(p.platforms).sort()).toEqual(['linux/amd64', 'linux/arm64']);
  });
});

describe('trendTable', () => {
  const at = (p: SizePoint, time: string, digest = p.digest): SizePoint => ({ ...p, time, digest });
  it('lists the last `count` builds, oldest first, with each platform and its change from the build before (shown or not)', () => {
    const points = [
      at(two('aaaaaaa111', 4_000_000, 3_900_000), '2026-01-01T10:00:00.000Z'),
      at(two('bbbbbbb222', 4_500_000, 3_900_000), '2026-01-02T11:30:00.000Z'),
      at(point('ccccccc333', { 'linux/amd64': 4_450_000 }), '2026-01-03T12:45:59.000Z', `sha256:${'c'.repeat(64)}`),
      at(two('ddddddd444', 4_460_000, 4_000_000), '2026-01-04T00:00:00.000Z')
    ];
    expect(trendTable(points, 3, 'ghcr.io/acme/app:hoist-size-history', `sha256:${'c'.repeat(64)}`)).toBe(
      [
        '#### Size trend · `ghcr.io/acme/app:hoist-size-history`',
        '',
        'The last 3 build(s) recorded, oldest first (compressed; Δ vs the build before).',
        '',
        '| commit | time (UTC) | linux/amd64 | Δ | linux/arm64 | Δ |',
        '|---|---|---:|---:|---:|---:|',
        '| `bbbbbbb` | 2026-01-02 11:30 | 4.5 MB | ▲ 0.5 MB | 3.9 MB | = |',
        '| `ccccccc` | 2026-01-03 12:45 | 4.5 MB | ▼ 50.0 kB | — |  |',
        '| `ddddddd` | 2026-01-04 00:00 | 4.5 MB | ▲ 10.0 kB | 4.0 MB | — |',
        '',
        '_The image reported on is build 2 of these (commit `ccccccc`)._',
        ''
      ].join('\n')
    );
  });

  it('says when the image is not among them, and when nothing is recorded', () => {
    expect(trendTable([two('aaaaaaa', 1_000, 1_000)], 30, 'r:hoist-size-history', 'sha256:other')).toContain(
      '| `aaaaaaa` | 2026-01-01 00:00 | 1.0 kB | — | 1.0 kB | — |\n\n_The image reported on is not among these builds._\n'
    );
    expect(trendTable([], 30, 'r:hoist-size-history')).toBe(
      "#### Size trend · `r:hoist-size-history`\n\nNo build recorded yet: pushes on the default branch record theirs (the step's `size-trend`).\n"
    );
  });
});
