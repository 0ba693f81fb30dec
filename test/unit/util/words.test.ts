// editDistance, closest and didYouMean: the "did you mean" of every input message.
import { describe, expect, it } from '@jest/globals';
import { closest, didYouMean, editDistance } from '../../../src/util/words.js';

describe('editDistance', () => {
  it.each([
    ['', '', 0],
    ['', 'abc', 3],
    ['abc', '', 3],
    ['abc', 'abc', 0],
    ['kitten', 'sitting', 3],
    ['amd64', 'amd46', 2],
    ['local', 'locl', 1],
    ['flaw', 'lawn', 2],
    ['Push', 'push', 1]
  ])('%j → %j: %d', (a, b, distance) => {
    expect(editDistance(a, b)).toBe(distance);
    expect(editDistance(b, a)).toBe(distance);
  });
});

describe('closest', () => {
  const drivers = ['docker-container', 'remote', 'kubernetes'];

  it('picks the nearest candidate within two edits, case-insensitively, keeping its spelling', () => {
    expect(closest('docker-contianer', drivers)).toBe('docker-container');
    expect(closest('REMOTE', drivers)).toBe('remote');
    expect(closest('remot', drivers)).toBe('remote');
  });

  it('finds nothing further away than `within`', () => {
    expect(closest('kube', drivers)).toBeUndefined();
    expect(closest('rmt', drivers)).toBeUndefined();
    expect(closest('rmt', drivers, 3)).toBe('remote');
    expect(closest('remote', drivers, 0)).toBe('remote');
    expect(closest('remot', drivers, 0)).toBeUndefined();
    expect(closest('anything', [])).toBeUndefined();
  });

  it('keeps the first of equally near candidates', () => {
    expect(closest('ab', ['ax', 'ay'])).toBe('ax');
    expect(closest('ab', ['ay', 'ax'])).toBe('ay');
  });
});

describe('didYouMean', () => {
  it('is a clause to append to a problem, or nothing', () => {
    expect(didYouMean('sbomb', ['sbom', 'provenance'])).toBe('; did you mean sbom?');
    expect(didYouMean('attestation', ['sbom', 'provenance'])).toBe('');
  });
});
