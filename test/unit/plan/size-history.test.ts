import { describe, expect, it } from '@jest/globals';
import { appendPoint, emptyHistory, hasPoint, HISTORY_CAP, HISTORY_SCHEMA, mergeHistories, parseHistory, type SizeHistory, type SizePoint } from '../../../src/plan/size-history.js';

const digest = (n: number): string => `sha256:${String(n).padStart(64, '0')}`;

function point(n: number, commit = `c${String(n).padStart(6, '0')}`): SizePoint {
  return { commit, time: new Date(Date.UTC(2026, 0, 1, 0, n)).toISOString(), digest: digest(n), platforms: { 'linux/amd64': { compressed: 1000 * n, unpacked: 3000 * n, layers: 2 } } };
}

const history = (...ns: number[]): SizeHistory => ({ schema: HISTORY_SCHEMA, points: ns.map(n => point(n)) });
const commits = (h: SizeHistory): string[] => h.points.map(p => p.commit);

describe('merging histories', () => {
  it.each([
    ['two writers that each appended to the same history', history(1, 2, 3), history(1, 2, 4), [1, 2, 3, 4]],
    ['one that saw the other', history(1, 2, 3), history(1, 2, 3, 4), [1, 2, 3, 4]],
    ['an empty one', emptyHistory(), history(2, 1), [1, 2]],
    ['out of order on both sides', history(5, 1), history(4, 2), [1, 2, 4, 5]]
  ])('%s: every point once, oldest first', (_, a, b, expected) => {
    expect(commits(mergeHistories(a, b))).toEqual(expected.map(n => point(n).commit));
    expect(commits(mergeHistories(b, a))).toEqual(expected.map(n => point(n).commit));
  });

  it('keeps a commit built twice as two points (another time, another digest)', () => {
    const again = { ...point(9, point(1).commit) };
    expect(mergeHistories(history(1), { schema: HISTORY_SCHEMA, points: [again] }).points).toHaveLength(2);
  });

  it.each([
    [3, [1, 2, 3, 4, 5], [3, 4, 5]],
    [5, [1, 2, 3], [1, 2, 3]],
    [1, [2, 1], [2]]
  ])('caps at %p, the newest kept', (cap, ns, expected) => {
    expect(commits(mergeHistories(history(...ns), emptyHistory(), cap))).toEqual(expected.map(n => point(n).commit));
  });

  it('appends and caps at HISTORY_CAP by default', () => {
    let h = emptyHistory();
    for (let n = 1; n <= HISTORY_CAP + 5; n++) h = appendPoint(h, point(n));
    expect(h.points).toHaveLength(HISTORY_CAP);
    // size-trend's upper bound (inputs/validate.ts TREND_MAX) is this cap.
    expect(HISTORY_CAP).toBe(200);
    expect(h.points[0].commit).toBe(point(6).commit);
    expect(hasPoint(h, point(HISTORY_CAP + 5))).toBe(true);
    expect(hasPoint(h, point(5))).toBe(false);
  });
});

describe('parseHistory', () => {
  it('reads what it wrote', () => {
    const h = history(2, 1);
    expect(parseHistory(JSON.stringify(h))).toEqual({ schema: HISTORY_SCHEMA, points: [point(1), point(2)] });
  });

  it.each([
    ['a commit that is not hex', { ...point(1), commit: 'abc"]; line [' }],
    ['a digest that is not sha256', { ...point(1), digest: 'md5:00' }],
    ['a time that is not one', { ...point(1), time: 'yesterday' }],
    ['a negative size', { ...point(1), platforms: { 'linux/amd64': { compressed: -1, unpacked: null, layers: 1 } } }],
    ['a platform name with quotes', { ...point(1), platforms: { 'linux/"amd64': { compressed: 1, unpacked: null, layers: 1 } } }],
    ['no platform', { ...point(1), platforms: {} }],
    ['not an object', 'point']
  ])('drops a point with %s', (_, bad) => {
    expect(parseHistory(JSON.stringify({ schema: HISTORY_SCHEMA, points: [bad, point(2)] })).points).toEqual([point(2)]);
  });

  it.each([['{"schema":"other","points":[]}'], ['{"schema":"hoist.size-history/v1"}'], ['null']])('throws on %s', text => {
    expect(() => parseHistory(text)).toThrow(/not a hoist\.size-history\/v1 document|Cannot read/);
  });
});
