import { describe, expect, it } from '@jest/globals';
import { defaultGitContext, planBuild, secretValues, withDefaultContext, withoutCacheExport } from '../../../src/plan/plan.js';
import { resolveCache } from '../../../src/plan/cache.js';
import { decideRun } from '../../../src/plan/run.js';
import { facts, TMP } from '../../helpers/facts.js';
import { rawInputs } from '../../helpers/inputs.js';
import type { Facts } from '../../../src/plan/facts.js';

const RUN = 'https://github.com/acme/backend/actions/runs/123/attempts/1';
const PROV_MAX = ['--attest', `type=provenance,mode=max,builder-id=${RUN}`];
const TAIL = ['--metadata-file', `${TMP}/metadata.json`];
const IID = ['--iidfile', `${TMP}/iidfile`];

// One row per behaviour: raw inputs (as the runner passes them), fact overrides, the argv after `buildx build`.
const table: Array<[string, Record<string, string>, Partial<Facts>, string[]]> = [
  ['context only', { context: '.' }, {}, [...IID, ...PROV_MAX, ...TAIL, '.']],
  [
    'the example workflow: two platforms, tags, push',
    { context: 'example', platforms: 'linux/amd64,linux/arm64', tags: 'ghcr.io/acme/backend:main\nghcr.io/acme/backend:sha-abc', push: 'true' },
    {},
    [...IID, '--platform', 'linux/amd64,linux/arm64', ...PROV_MAX, '--tag', 'ghcr.io/acme/backend:main', '--tag', 'ghcr.io/acme/backend:sha-abc', ...TAIL, '--push', 'example']
  ],
  [
    'every pass-through list, in build-push-action order',
    {
      context: '.',
      'add-hosts': 'docker:10.180.0.1',
      allow: 'network.host,security.insecure',
      annotations: 'index:org.opencontainers.image.title=x,y',
      'build-args': 'A=1\nB=2,3',
      'build-contexts': 'goroot=/usr/local/go',
      'cache-from': 'type=registry,ref=r/app:cache',
      'cache-to': 'type=registry,ref=r/app:cache,mode=max',
      labels: 'a=b',
      'no-cache-filters': 'builder',
      ssh: 'default',
      ulimit: 'nofile=1024:1024',
      'shm-size': '2g',
      'cgroup-parent': 'grp',
      call: 'check',
      file: 'build/Dockerfile',
      target: 'runtime',
      network: 'host',
      builder: 'hoist',
      'no-cache': 'true',
      pull: 'true'
    },
    {},
    [
      '--add-host',
      'docker:10.180.0.1',
      '--allow',
      'network.host',
      '--allow',
      'security.insecure',
      '--annotation',
      'index:org.opencontainers.image.title=x,y',
      '--build-arg',
      'A=1',
      '--build-arg',
      'B=2,3',
      '--build-context',
      'goroot=/usr/local/go',
      '--cache-from',
      'type=registry,ref=r/app:cache',
      '--cache-to',
      'type=registry,ref=r/app:cache,mode=max',
      '--call',
      'check',
      '--cgroup-parent',
      'grp',
      '--file',
      'build/Dockerfile',
      ...IID,
      '--label',
      'a=b',
      '--no-cache-filter',
      'builder',
      ...PROV_MAX,
      '--shm-size',
      '2g',
      '--ssh',
      'default',
      '--target',
      'runtime',
      '--ulimit',
      'nofile=1024:1024',
      '--builder',
      'hoist',
      ...TAIL,
      '--network',
      'host',
      '--no-cache',
      '--pull',
      '.'
    ]
  ],
  ['load: no default provenance (docker exporter)', { context: '.', load: 'true' }, {}, [...IID, '--load', ...TAIL, '.']],
  ['outputs type=docker: no default provenance', { context: '.', outputs: 'type=docker' }, {}, [...IID, '--output', 'type=docker', ...TAIL, '.']],
  ['local exporter: no iidfile', { context: '.', outputs: 'type=local,dest=out' }, {}, ['--output', 'type=local,dest=out', ...PROV_MAX, ...TAIL, '.']],
  ['bare output path is the local exporter', { context: '.', outputs: './out' }, {}, ['--output', './out', ...PROV_MAX, ...TAIL, '.']],
  ['tar exporter: no iidfile', { context: '.', outputs: 'type=tar,dest=out.tar' }, {}, ['--output', 'type=tar,dest=out.tar', ...PROV_MAX, ...TAIL, '.']],
  [
    'private repository: minimal inline provenance',
    { context: '.' },
    { github: { ...facts().github, repositoryPrivate: true } },
    [...IID, '--attest', `type=provenance,mode=min,inline-only=true,builder-id=${RUN}`, ...TAIL, '.']
  ],
  ['old BuildKit: no default provenance', { context: '.' }, { builder: { ...facts().builder, buildkitVersion: 'v0.10.6' } }, [...IID, ...TAIL, '.']],
  ['BUILDX_NO_DEFAULT_ATTESTATIONS', { context: '.' }, { noDefaultAttestations: true }, [...IID, ...TAIL, '.']],
  ['provenance: false', { context: '.', provenance: 'false' }, {}, [...IID, '--attest', 'type=provenance,disabled=true', ...TAIL, '.']],
  ['provenance: true', { context: '.', provenance: 'true' }, {}, [...IID, '--attest', `type=provenance,builder-id=${RUN}`, ...TAIL, '.']],
  ['provenance: mode=max keeps attrs, adds builder-id', { context: '.', provenance: 'mode=max' }, {}, [...IID, '--attest', `type=provenance,mode=max,builder-id=${RUN}`, ...TAIL, '.']],
  ['provenance with own builder-id', { context: '.', provenance: 'mode=min,builder-id=x' }, {}, [...IID, '--attest', 'type=provenance,mode=min,builder-id=x', ...TAIL, '.']],
  ['sbom: true', { context: '.', sbom: 'true' }, {}, [...IID, ...PROV_MAX, '--attest', 'type=sbom,disabled=false', ...TAIL, '.']],
  [
    'attests: provenance there replaces the default; sbom input wins over attests sbom',
    { context: '.', attests: 'type=provenance,mode=min\ntype=sbom,generator=x\ntype=custom,true', sbom: 'false' },
    {},
    [...IID, '--attest', 'type=sbom,disabled=true', '--attest', `type=provenance,mode=min,builder-id=${RUN}`, '--attest', 'type=custom,disabled=false', ...TAIL, '.']
  ],
  ['outside Actions: no builder-id', { context: '.', provenance: 'true' }, { github: { ...facts().github, repository: '' } }, [...IID, '--attest', 'type=provenance', ...TAIL, '.']],
  [
    'secret-files and secret-envs by reference',
    { context: '.', 'secret-files': 'npmrc=./.npmrc', 'secret-envs': 'TOKEN=MY_TOKEN' },
    {},
    ['--secret', 'id=TOKEN,env=MY_TOKEN', ...IID, ...PROV_MAX, '--secret', 'id=npmrc,src=./.npmrc', ...TAIL, '.']
  ],
  [
    'secret-files and secret-envs entries without a key or a value are not passed on (build-push-action skips them)',
    { context: '.', 'secret-files': 'INVALID_SECRET=\nnpmrc=./.npmrc\n=./other', 'secret-envs': 'JUSTNAME\nEMPTY=\nTOKEN=MY_TOKEN' },
    {},
    ['--secret', 'id=TOKEN,env=MY_TOKEN', ...IID, ...PROV_MAX, '--secret', 'id=npmrc,src=./.npmrc', ...TAIL, '.']
  ],
  [
    'build-args: NAME alone is passed as is (buildx takes its value from the environment)',
    { context: '.', 'build-args': 'FROM_ENV\nA=1' },
    {},
    ['--build-arg', 'FROM_ENV', '--build-arg', 'A=1', ...IID, ...PROV_MAX, ...TAIL, '.']
  ]
];

// A BuildKit before v0.13 writes one output per build, so on it these rows are the argv
// build-push-action runs; the output a newer BuildKit adds to measure an image that is not
// pushed has rows of its own below.
const ONE_OUTPUT_BUILDKIT = { name: 'hoist', driver: 'remote', platforms: ['linux/amd64', 'linux/arm64'], buildkitVersion: 'v0.12.5' };

describe('planBuild argv', () => {
  it.each(table)('%s', (_name, raw, factOverrides, expected) => {
    const plan = planBuild(rawInputs(raw), facts({ builder: ONE_OUTPUT_BUILDKIT, ...factOverrides }));
    expect(plan.argv).toEqual(['buildx', 'build', ...expected]);
  });
});

describe('decideRun + planBuild: an image that is not pushed is measured from an OCI layout the build also writes', () => {
  const MEASURE = `type=oci,dest=${TMP}/measure,tar=false`;
  const outputs = (argv: string[]) => argv.flatMap((a, i) => (argv[i - 1] === '--output' ? [a] : []));
  // Each row: raw inputs, builder overrides → the --output values, and what plan.measure says.
  it.each<[string, Record<string, string>, Partial<Facts['builder']>, string[], string | undefined]>([
    ['push: false', { context: '.', tags: 'r/app:1' }, {}, [MEASURE], 'measure'],
    ['no tags, push: true asks nothing of a registry', { context: '.', push: 'true', tags: '' }, {}, [MEASURE], 'measure'],
    ['load: true keeps the docker output', { context: '.', load: 'true' }, {}, [MEASURE], 'measure'],
    [
      'the image output keeps its own compression, and the layout gets the same',
      { context: '.', outputs: 'type=image,compression=zstd,compression-level=3' },
      {},
      ['type=image,compression=zstd,compression-level=3', `${MEASURE},compression=zstd,compression-level=3`],
      'measure'
    ],
    [
      "the engine's builder: its default image output is given, as a second output would replace it",
      { context: '.' },
      { driver: 'docker', buildkitVersion: 'v0.23.2' },
      ['type=image', MEASURE],
      'measure'
    ],
    ["the engine's builder with no usable version is not assumed recent", { context: '.' }, { driver: 'docker', buildkitVersion: undefined }, [], 'unavailable'],
    ['BuildKit before v0.13: one output only', { context: '.' }, { buildkitVersion: 'v0.12.5' }, [], 'unavailable'],
    ['pushed: the registry is read instead', { context: '.', tags: 'r/app:1', push: 'true' }, {}, [], undefined],
    ['files, not an image', { context: '.', outputs: 'type=local,dest=out' }, {}, ['type=local,dest=out'], undefined],
    ['a call (e.g. check) builds no image', { context: '.', call: 'check' }, {}, [], undefined]
  ])('%s', (_name, raw, builder, expected, measure) => {
    const inputs = rawInputs(raw);
    const built = facts({ builder: { ...facts().builder, ...builder } });
    const plan = planBuild(inputs, built, resolveCache(inputs, built), { kind: 'image', measure: decideRun(inputs, built).measure });
    expect(outputs(plan.argv)).toEqual(expected);
    expect(plan.measure === undefined ? undefined : 'dir' in plan.measure ? 'measure' : 'unavailable').toBe(measure);
  });
});

describe('planBuild secrets', () => {
  it('writes secret values to files, never to argv, and masks them', () => {
    const inputs = rawInputs({ context: '.', secrets: 'GIT_AUTH_TOKEN=s3cr3t\nMULTI=a=b=c' });
    const plan = planBuild(inputs, facts());
    expect(plan.argv.join(' ')).not.toContain('s3cr3t');
    expect(plan.argv.join(' ')).not.toContain('a=b=c');
    expect(plan.files).toEqual([
      { path: `${TMP}/secret-1`, content: 's3cr3t' },
      { path: `${TMP}/secret-2`, content: 'a=b=c' }
    ]);
    expect(plan.argv).toContain(`id=GIT_AUTH_TOKEN,src=${TMP}/secret-1`);
    expect(plan.argv).toContain(`id=MULTI,src=${TMP}/secret-2`);
    expect(secretValues(inputs)).toEqual(['s3cr3t', 'a=b=c']);
  });

  it('skips an entry with an empty value or no key, as build-push-action does, and writes no file for it', () => {
    const inputs = rawInputs({ context: '.', secrets: 'INVALID_SECRET=\nTOKEN=s3cr3t\n=orphan-value' });
    const plan = planBuild(inputs, facts());
    expect(plan.files).toEqual([{ path: `${TMP}/secret-1`, content: 's3cr3t' }]);
    expect(plan.argv.filter(a => a.startsWith('id='))).toEqual([`id=TOKEN,src=${TMP}/secret-1`]);
  });

  it('uses the git context and hands BuildKit the token when context is empty', () => {
    const inputs = rawInputs({ 'github-token': 'ghs_token' });
    const plan = planBuild(inputs, facts());
    expect(plan.context).toBe('https://github.com/acme/backend.git#abc123');
    expect(plan.argv[plan.argv.length - 1]).toBe(plan.context);
    expect(plan.argv).toContain(`id=GIT_AUTH_TOKEN.github.com,src=${TMP}/secret-1`);
    expect(plan.argv.join(' ')).not.toContain('ghs_token');
    expect(secretValues(inputs)).toContain('ghs_token');
  });

  it('sends github-token for the git context when the GIT_AUTH_TOKEN secret is empty (skipped like any empty secret)', () => {
    const plan = planBuild(rawInputs({ 'github-token': 'ghs_token', secrets: 'GIT_AUTH_TOKEN=' }), facts());
    expect(plan.argv.filter(a => a.startsWith('id='))).toEqual([`id=GIT_AUTH_TOKEN.github.com,src=${TMP}/secret-1`]);
    expect(planBuild(rawInputs({ 'github-token': 'ghs_token', secrets: 'GIT_AUTH_TOKEN=mine' }), facts()).argv.filter(a => a.startsWith('id='))).toEqual([`id=GIT_AUTH_TOKEN,src=${TMP}/secret-1`]);
  });

  it('does not send the token for a local context', () => {
    const plan = planBuild(rawInputs({ context: '.', 'github-token': 'ghs_token' }), facts());
    expect(plan.files).toEqual([]);
  });
});

describe('defaultGitContext', () => {
  it.each([
    [{ ref: 'refs/heads/main', sha: 'abc' }, 'https://github.com/acme/backend.git#abc'],
    [{ ref: 'refs/pull/7/merge', sha: 'merge1' }, 'https://github.com/acme/backend.git#merge1'],
    [{ ref: 'refs/pull/7/head', sha: 'merge1', pullRequestHeadSha: 'head1' }, 'https://github.com/acme/backend.git#head1'],
    [{ ref: 'main', sha: '' }, 'https://github.com/acme/backend.git#refs/heads/main']
  ])('%j', (over, expected) => {
    expect(defaultGitContext({ ...facts().github, ...over })).toBe(expected);
  });
});

describe('{{defaultContext}}, as build-push-action renders it', () => {
  const GIT = 'https://github.com/acme/backend.git#abc123';
  const contextOf = (argv: string[]) => argv[argv.length - 1];
  it.each([
    ['{{defaultContext}}', GIT],
    ['{{defaultContext}}:docker', `${GIT}:docker`],
    ['{{ defaultContext }}:app/sub', `${GIT}:app/sub`],
    ['', GIT],
    ['.', '.']
  ])('context %j builds %s', (context, expected) => {
    expect(contextOf(planBuild(rawInputs({ context }), facts()).argv)).toBe(expected);
  });

  it('a subdirectory of the default context still gets the token for a private repository; a local one does not', () => {
    const secretIds = (context: string) => {
      const argv = planBuild(rawInputs({ context, 'github-token': 'ghs_x' }), facts()).argv;
      return argv.flatMap((a, i) => (argv[i - 1] === '--secret' ? [a.split(',')[0]] : []));
    };
    expect(secretIds('{{defaultContext}}:docker')).toEqual(['id=GIT_AUTH_TOKEN.github.com']);
    expect(secretIds('.')).toEqual([]);
  });

  it('build-contexts render it too', () => {
    const argv = planBuild(rawInputs({ context: '.', 'build-contexts': 'src={{defaultContext}}:lib\nbase=docker-image://alpine' }), facts()).argv;
    expect(argv.flatMap((a, i) => (argv[i - 1] === '--build-context' ? [a] : []))).toEqual([`src=${GIT}:lib`, 'base=docker-image://alpine']);
  });

  it('withDefaultContext leaves other text alone', () => {
    expect(withDefaultContext('{{defaultContext}}:a {{other}}', GIT)).toBe(`${GIT}:a {{other}}`);
  });
});

describe('cache export failures', () => {
  it('drops only the cache exports from the argv', () => {
    expect(withoutCacheExport(['buildx', 'build', '--cache-from', 'a', '--cache-to', 'b', '--tag', 't', '--cache-to', 'c', '.'])).toEqual(['buildx', 'build', '--cache-from', 'a', '--tag', 't', '.']);
  });
});

describe('cache-stages', () => {
  it('builds each stage alone, for the same platforms, into its own cache ref, and produces nothing else', () => {
    const inputs = rawInputs({
      context: '.',
      tags: 'ghcr.io/acme/app:1',
      push: 'true',
      platforms: 'linux/amd64,linux/arm64',
      'cache-stages': 'Builder',
      'cache-from': 'type=gha',
      labels: 'a=b',
      cache: 'registry'
    });
    const plan = resolveCache(inputs, facts());
    expect(plan.stages).toEqual([{ stage: 'Builder', ref: 'ghcr.io/acme/app:cache-builder', readRefs: ['ghcr.io/acme/app:cache-builder'] }]);
    const argv = planBuild(inputs, facts(), plan, { kind: 'stage', stage: plan.stages[0] }).argv;
    expect(argv).toEqual([
      'buildx',
      'build',
      '--cache-from',
      'type=gha',
      '--cache-from',
      'type=registry,ref=ghcr.io/acme/app:cache-builder',
      '--cache-to',
      'type=registry,ref=ghcr.io/acme/app:cache-builder,mode=max,image-manifest=true,oci-mediatypes=true,compression=zstd',
      '--iidfile',
      '/tmp/hoist-test/iidfile',
      '--output',
      'type=cacheonly',
      '--platform',
      'linux/amd64,linux/arm64',
      '--attest',
      'type=provenance,disabled=true',
      '--attest',
      'type=sbom,disabled=true',
      '--target',
      'Builder',
      '--metadata-file',
      '/tmp/hoist-test/metadata.json',
      '.'
    ]);
  });
});

describe('cache: local export build', () => {
  it('is the same build producing only the cache, into the fresh directory', () => {
    const inputs = rawInputs({ context: '.', tags: 'r/app:1', push: 'true', cache: 'local', platforms: 'linux/amd64', target: 'runtime', 'build-args': 'A=1', 'cache-from': 'type=gha' });
    const plan = { ...resolveCache(inputs, facts()), local: { directory: '/t/layers', fresh: '/t/layers-new' } };
    const argv = planBuild(inputs, facts(), plan, { kind: 'cache-export' }).argv;
    expect(argv).toEqual([
      'buildx',
      'build',
      '--build-arg',
      'A=1',
      '--cache-to',
      'type=local,dest=/t/layers-new,mode=max,oci-mediatypes=true,compression=zstd',
      '--iidfile',
      '/tmp/hoist-test/iidfile',
      '--output',
      'type=cacheonly',
      '--platform',
      'linux/amd64',
      '--attest',
      'type=provenance,disabled=true',
      '--attest',
      'type=sbom,disabled=true',
      '--target',
      'runtime',
      '--metadata-file',
      '/tmp/hoist-test/metadata.json',
      '.'
    ]);
  });
});
