import { describe, expect, it } from '@jest/globals';
import { parseList, type ListOptions } from '../../../src/inputs/list.js';

// Each row: input text, options, the items build-push-action would produce.
const table: Array<[string, ListOptions, string[]]> = [
  ['', {}, []],
  ['linux/amd64,linux/arm64', {}, ['linux/amd64', 'linux/arm64']],
  ['linux/amd64, linux/arm64\nlinux/arm/v7', {}, ['linux/amd64', 'linux/arm64', 'linux/arm/v7']],
  ['a:1\n\n  b:2  \n', {}, ['a:1', 'b:2']],
  ['GIT_TAG=v1,v2\nOTHER=x', { ignoreComma: true }, ['GIT_TAG=v1,v2', 'OTHER=x']],
  ['type=registry,ref=r/app:cache,mode=max', { ignoreComma: true }, ['type=registry,ref=r/app:cache,mode=max']],
  ['"a,b",c', {}, ['a,b', 'c']],
  ['"LABEL=has,comma"', { ignoreComma: true }, ['LABEL=has,comma']],
  ['org.opencontainers.image.title=My "quoted" app', { ignoreComma: true }, ['org.opencontainers.image.title=My "quoted" app']],
  ['type=local,dest="./out dir"', { ignoreComma: true, quote: false }, ['type=local,dest="./out dir"']],
  ['KEY=  padded  ', { ignoreComma: true, trimWhitespace: false }, ['KEY=  padded  ']],
  ['user/app:latest\nuser/app:1.0.0', {}, ['user/app:latest', 'user/app:1.0.0']],
  [',,a,,', {}, ['a']]
];

describe('parseList', () => {
  it.each(table)('%j %j', (input, opts, expected) => {
    expect(parseList(input, opts)).toEqual(expected);
  });
});
