import { describe, expect, it } from '@jest/globals';
import { cacheExportFailed, cacheHits } from '../../src/buildx/progress.js';
import { ignoresGit, wholeContextCopies } from '../../src/dockerfile/advisor.js';
import { cacheEntryProblem } from '../../src/inputs/cache.js';
import { resolveCache } from '../../src/plan/cache.js';
import { planBuild, withoutCacheExport } from '../../src/plan/plan.js';
import { validateInputs, type FileProbe } from '../../src/inputs/validate.js';
import { facts } from '../helpers/facts.js';
import { rawInputs } from '../helpers/inputs.js';

describe('cache shorthand', () => {
  const gh = facts().github;
  it.each([
    ['none', {}, {}, { from: [], to: [] }],
    [
      'registry: next to the first tag, all stages, as an OCI image manifest',
      { cache: 'registry', tags: 'ghcr.io/acme/backend:1.2\nghcr.io/acme/other:x' },
      {},
      { from: ['type=registry,ref=ghcr.io/acme/backend:buildcache'], to: ['type=registry,ref=ghcr.io/acme/backend:buildcache,mode=max,image-manifest=true,oci-mediatypes=true,compression=zstd'] }
    ],
    ['registry with cache-ref', { cache: 'registry', tags: 'a/b:1', 'cache-ref': 'ghcr.io/acme/cache:backend' }, {}, { from: ['type=registry,ref=ghcr.io/acme/cache:backend'], to: ['type=registry,ref=ghcr.io/acme/cache:backend,mode=max,image-manifest=true,oci-mediatypes=true,compression=zstd'] }],
    ['gha on main', { cache: 'gha' }, { defaultBranch: 'main' }, { from: ['type=gha,scope=main'], to: ['type=gha,scope=main,mode=max'] }],
    [
      'gha on a pull request: its own scope, reading main’s',
      { cache: 'gha' },
      { ref: 'refs/pull/3/merge', headRef: 'feature/x', defaultBranch: 'main' },
      { from: ['type=gha,scope=feature-x', 'type=gha,scope=main'], to: ['type=gha,scope=feature-x,mode=max'] }
    ]
  ])('%s', (_name, raw, github, expected) => {
    expect(resolveCache(rawInputs(raw as Record<string, string>), facts({ github: { ...gh, ...github } })).layers).toEqual(expected);
  });

  it('adds to the user’s own cache-from/cache-to in the argv', () => {
    const plan = planBuild(rawInputs({ context: '.', cache: 'registry', tags: 'r/app:1', 'cache-from': 'type=local,src=/c' }), facts());
    const from = plan.argv.flatMap((a, i) => (a === '--cache-from' ? [plan.argv[i + 1]] : []));
    expect(from).toEqual(['type=local,src=/c', 'type=registry,ref=docker.io/r/app:buildcache']);
  });
});

describe('cache validation', () => {
  const files: FileProbe = { isDirectory: p => p === '.', isFile: p => p === 'Dockerfile', readText: () => 'FROM scratch\n' };
  const problems = (raw: Record<string, string>): string[] => validateInputs(rawInputs({ context: '.', ...raw }), undefined, files).map(e => e.message);
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

describe('cache-busting advisor', () => {
  it('finds instructions copying the whole context', () => {
    expect(wholeContextCopies('FROM a\nCOPY go.mod ./\nCOPY . .\nADD --chown=1 ./ /src\ncopy *.go ./\n')).toEqual([3, 4]);
  });
  it.each([
    [undefined, false], ['', false], ['node_modules\n', false], ['.git\n', true], ['/.git/\n', true], ['**/.git', true], ['*\n!src', true], ['.git\n!.git', false]
  ])('.dockerignore %j ignores .git: %s', (text, ignored) => {
    expect(ignoresGit(text)).toBe(ignored);
  });
});

describe('cacheHits', () => {
  it('counts Dockerfile steps and which were cached, not internal ones nor FROM', () => {
    const progress = [
      '#1 [internal] load build definition from Dockerfile',
      '#2 [linux/amd64 internal] load metadata for r/golang:latest',
      '#7 [linux/amd64 builder 1/6] FROM r/golang@sha256:abc',
      '#7 CACHED',
      '#10 [linux/amd64 builder 4/6] RUN go mod download',
      '#10 CACHED',
      '#15 [linux/amd64 builder 6/6] RUN go build',
      '#15 DONE 12.0s',
      '#17 [linux/amd64->arm64 builder 6/6] RUN go build',
      '#17 DONE 12.3s',
      '#20 exporting to image'
    ].join('\n');
    expect(cacheHits(progress)).toEqual({ cached: 1, total: 3 });
  });
});

describe('cache export failures', () => {
  // As buildx v0.36 printed it, with nothing listening at the cache registry.
  const failed = [
    '#6 exporting cache to registry',
    '#6 preparing build cache for export 0.0s done',
    '#6 ERROR: error writing layer blob: failed to do request: Head "http://127.0.0.1:5003/v2/x/blobs/sha256:1": dial tcp 127.0.0.1:5003: connect: connection refused',
    'ERROR: failed to build: failed to solve: error writing layer blob'
  ].join('\n');
  it('tells a failed cache export from a failed build', () => {
    expect(cacheExportFailed(failed)).toBe(true);
    expect(cacheExportFailed('#5 [2/2] RUN false\n#5 ERROR: process "/bin/sh -c false" did not complete successfully: exit code: 1\n#6 exporting cache to registry')).toBe(false);
  });
  it('drops only the cache exports from the argv', () => {
    expect(withoutCacheExport(['buildx', 'build', '--cache-from', 'a', '--cache-to', 'b', '--tag', 't', '--cache-to', 'c', '.'])).toEqual(['buildx', 'build', '--cache-from', 'a', '--tag', 't', '.']);
  });
});
