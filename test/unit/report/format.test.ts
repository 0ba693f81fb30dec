import { describe, expect, it } from '@jest/globals';
import { formatDelta } from '../../../src/report/format.js';

describe('units and gates', () => {
  it('formats deltas with arrows', () => {
    expect(formatDelta({ bytes: 300_000, percent: 5.24 })).toBe('▲ 0.3 MB (+5.2 %)');
    expect(formatDelta({ bytes: -12_000, percent: -0.21 })).toBe('▼ 12.0 kB (−0.2 %)');
    expect(formatDelta({ bytes: 0, percent: 0 })).toBe('=');
  });
});
