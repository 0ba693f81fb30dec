import { describe, expect, it } from '@jest/globals';
import { cacheEntryProblem } from '../../../src/inputs/cache.js';
import { checkInputs, type FileProbe } from '../../../src/inputs/validate.js';
import { rawInputs } from '../../helpers/inputs.js';

describe('cache validation', () => {
  const files: FileProbe = { isDirectory: p => p === '.', isFile: p => p === 'Dockerfile', readText: () => 'FROM scratch\n' };
  const problems = (raw: Record<string, string>): string[] => checkInputs(rawInputs({ context: '.', ...raw }), files).errors.map(e => e.message);
  it.each([
    [{ cache: 'redis' }, /^input 'cache': 'redis' is not a cache mode\. Use one of: none, registry, gha/],
    [{ cache: 'registry' }, /^input 'cache': .*no tag.*cache-ref/],
    [{ 'cache-from': 'type=registry' }, /^input 'cache-from': 'type=registry' needs ref=<image>/],
    [{ 'cache-to': 'type=local,src=x' }, /^input 'cache-to': .* needs dest=<directory>/],
    [{ 'cache-to': 'type=registry,ref=a/b:c,mode=all' }, /mode 'all'; use min or max/],
    [{ 'cache-from': 'type=redis,ref=x' }, /type 'redis'; known types/],
    [{ 'cache-ref': 'Bad/Ref' }, /^input 'cache-ref': .*uppercase/]
  ])('%j', (raw, message) => {
    expect(problems(raw as Record<string, string>)).toEqual([expect.stringMatching(message)]);
  });
  it('accepts what buildx accepts', () => {
    for (const entry of ['user/app:cache', 'type=gha', 'type=inline', 'type=s3,region=x,bucket=y', 'type=registry,ref=a/b:c,mode=max,image-manifest=true']) {
      expect([entry, cacheEntryProblem(entry, 'to')]).toEqual([entry, undefined]);
    }
  });
});
