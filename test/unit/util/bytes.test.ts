import { describe, expect, it } from '@jest/globals';
import { formatBytes, parseIncrease, parseSize } from '../../../src/util/bytes.js';

describe('units and gates', () => {
  it.each([
    [0, '0 B'],
    [999, '999 B'],
    [1_000, '1.0 kB'],
    [1_600, '1.6 kB'],
    [6_012_345, '6.0 MB'],
    [11_049_999, '11.0 MB'],
    [2_500_000_000, '2.5 GB']
  ])('%d bytes → %s', (bytes, text) => {
    expect(formatBytes(bytes)).toBe(text);
  });

  it.each([
    ['20MB', 20_000_000],
    ['20 mb', 20_000_000],
    ['19.5MiB', 20_447_232],
    ['1048576', 1_048_576],
    ['2kB', 2_000],
    ['1GiB', 1_073_741_824],
    ['twenty', undefined],
    ['20 parsecs', undefined]
  ])('parseSize(%s)', (text, bytes) => {
    expect(parseSize(text)).toBe(bytes);
  });

  it('reads an increase as a percentage or a size', () => {
    expect(parseIncrease('10%')).toEqual({ percent: 10 });
    expect(parseIncrease('2MB')).toEqual({ bytes: 2_000_000 });
    expect(parseIncrease('lots')).toBeUndefined();
  });
});
