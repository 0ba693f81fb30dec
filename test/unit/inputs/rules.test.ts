// syntaxFindings (inputs/rules.ts): each rule's input, the order rules run in, and the edge cases of the rules validate.test.ts does not reach.
import { describe, expect, it } from '@jest/globals';
import type { Finding } from '../../../src/inputs/errors.js';
import { syntaxFindings, type LocalDockerfile } from '../../../src/inputs/rules.js';
import { rawInputs } from '../../helpers/inputs.js';

const files = { isFile: () => false, isDirectory: (p: string) => p === 'src' };
const dockerfile = (text: string): LocalDockerfile => ({ path: 'app/Dockerfile', text, stages: ['builder', 'runtime'] });
const DOCKERFILE = dockerfile('FROM golang AS builder\nFROM alpine AS runtime\n');

/** `local`: the Dockerfile on this machine, or 'none' when it could not be read. */
function find(raw: Record<string, string>, local: LocalDockerfile | 'none' = DOCKERFILE): Array<[string, Finding]> {
  return syntaxFindings({ inputs: rawInputs(raw), files, ...(local === 'none' ? {} : { dockerfile: local }) });
}

/** The problems of the findings, for rows that are all errors. */
const problems = (raw: Record<string, string>, local?: LocalDockerfile | 'none'): string[] => find(raw, local).map(([, f]) => f.problem);

describe('syntaxFindings', () => {
  it('finds nothing in the defaults', () => {
    expect(find({})).toEqual([]);
  });

  it('pairs each finding with its input: entries first, then whole lists, then values', () => {
    expect(find({ network: 'bridge', ssh: 'a\na', 'add-hosts': 'nohost' }).map(([input]) => input)).toEqual(['add-hosts', 'ssh', 'network']);
  });

  it('numbers entries from 1', () => {
    expect(find({ 'build-args': 'A=1\nB=2\n=3' })).toEqual([['build-args', { problem: 'entry 3 has no name', fix: 'Write NAME=value, or NAME alone to pass the environment variable of that name.' }]]);
  });
});

describe('call and the frontend', () => {
  it.each<[string, LocalDockerfile | 'none', Record<string, string>]>([
    ['no Dockerfile to read', 'none', {}],
    ['another frontend by # syntax=', dockerfile('# syntax=acme/frontend:1\nFROM alpine\n'), {}],
    ['another frontend by BUILDKIT_SYNTAX', DOCKERFILE, { 'build-args': 'BUILDKIT_SYNTAX=acme/frontend:1' }]
  ])('leaves an unknown method to the frontend with %s', (_why, local, raw) => {
    expect(find({ call: 'frobnicate', ...raw }, local)).toEqual([]);
  });

  it.each(['# syntax=docker/dockerfile:1', '# syntax=docker.io/docker/dockerfile-upstream:master', `# syntax=docker/dockerfile:1.7@sha256:${'a'.repeat(64)}`])(
    'knows the Dockerfile frontend under %j',
    syntax => {
      expect(problems({ call: 'frobnicate' }, dockerfile(`${syntax}\nFROM alpine\n`))).toEqual(["the Dockerfile frontend has no method 'frobnicate'"]);
    }
  );

  it.each(['lint', 'check', 'outline,format=json', 'targets,ignorestatus=1', 'format=json'])('accepts %j', call => {
    expect(find({ call })).toEqual([]);
  });
});

describe('value rules at their edges', () => {
  it.each<[string, string, boolean]>([
    ['cache-scope', 'a'.repeat(200), true],
    ['cache-scope', 'a'.repeat(201), false],
    ['cache-scope', '-acme', false],
    ['cache-scope', 'acme/backend.v1_x-y', true],
    ['shm-size', '1.5 GiB', true],
    ['shm-size', '64MB', true],
    ['shm-size', '2x', false],
    ['network', 'none', true],
    ['network', 'Host', false]
  ])('%s: %j ok: %s', (input, value, ok) => {
    expect(find({ [input]: value }).map(([name]) => name)).toEqual(ok ? [] : [input]);
  });
});

describe('entry and list rules at their edges', () => {
  it('takes -1 as an unlimited hard ulimit', () => {
    expect(problems({ ulimit: 'nofile=65536:-1\nmemlock=-1' })).toEqual([]);
    expect(problems({ ulimit: 'nofile=2048:1024' })).toEqual(["'nofile=2048:1024' has a soft limit above its hard limit"]);
  });

  it('leaves context sources buildx fetches itself alone, and checks a local one', () => {
    expect(problems({ 'build-contexts': 'a=target:base\nb=input:x\nc=https://x/y.tar.gz\nd=src\ne=oci-layout:///tmp/l' })).toEqual([]);
    expect(problems({ 'build-contexts': 'a=./src/missing' })).toEqual(["'a=./src/missing': './src/missing' is not a directory"]);
    expect(problems({ 'build-contexts': '=src' })).toEqual(["'=src' is not of the form name=source"]);
  });

  it('skips the runner-local platform and counts each normalised platform once', () => {
    expect(find({ platforms: 'local,linux/amd64,LOCAL' })).toEqual([]);
    expect(find({ platforms: 'linux/aarch64,linux/arm64' })).toEqual([
      ['platforms', { problem: "'linux/arm64' is listed twice (as 'linux/aarch64')", consequence: 'BuildKit builds it twice and the image index lists it twice; list each platform once' }]
    ]);
  });

  it('reads an ssh entry without an id as default', () => {
    expect(problems({ ssh: 'default=/a\n=/b' })).toEqual(["the id 'default' is given twice"]);
    expect(problems({ ssh: 'x\nx\nx\ny' })).toEqual(["the id 'x' is given twice"]);
  });

  it('warns of a no-cache filter naming no stage, only when the stages are known', () => {
    expect(find({ 'no-cache-filters': 'Builder\ntest' })).toEqual([
      ['no-cache-filters', { problem: "no stage named 'test' in app/Dockerfile", consequence: 'it matches no stage and changes nothing (stages: builder, runtime)' }]
    ]);
    expect(find({ 'no-cache-filters': 'test' }, 'none')).toEqual([]);
    expect(find({ 'no-cache-filters': 'test' }, { ...DOCKERFILE, stages: [] })).toEqual([]);
  });

  it('accepts a device entitlement with or without a name', () => {
    expect(problems({ allow: 'device\ndevice=/dev/fuse' })).toEqual([]);
    expect(problems({ allow: 'network' })).toEqual(["'network' is not an entitlement"]);
  });
});
