import { describe, expect, it } from '@jest/globals';
import { chooseBaseline } from '../../../src/report/baseline.js';
import { facts } from '../../helpers/facts.js';

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
});
