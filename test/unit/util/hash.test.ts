// shortHash: 16 hex digits of the sha256 of the parts, each part ended by a NUL so the split between parts counts.
import { describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { shortHash } from '../../../src/util/hash.js';

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

describe('shortHash', () => {
  it('is the first 16 hex digits of the sha256 of each part followed by a NUL', () => {
    expect(shortHash('Dockerfile', 'linux/amd64')).toBe(sha256('Dockerfile\0linux/amd64\0').slice(0, 16));
    expect(shortHash()).toBe(sha256('').slice(0, 16));
    expect(shortHash('')).toBe(sha256('\0').slice(0, 16));
  });

  it('is stable and 16 lowercase hex digits', () => {
    expect(shortHash('a', 'b')).toBe(shortHash('a', 'b'));
    expect(shortHash('a', 'b')).toMatch(/^[0-9a-f]{16}$/);
  });

  it('tells apart parts that join to the same text', () => {
    expect(shortHash('ab', 'c')).not.toBe(shortHash('a', 'bc'));
    expect(shortHash('abc')).not.toBe(shortHash('ab', 'c'));
    expect(shortHash('a', '')).not.toBe(shortHash('a'));
  });
});
