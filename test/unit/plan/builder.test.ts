import { describe, expect, it } from '@jest/globals';
import { appendArgv, createArgv, DEFAULT_BUILDKITD_FLAGS, planBuilderSetup, removeArgv } from '../../../src/plan/builder.js';
import type { BuilderFacts } from '../../../src/plan/facts.js';
import { rawInputs } from '../../helpers/inputs.js';

const engine: BuilderFacts = { name: 'default', driver: 'docker', platforms: ['linux/amd64'] };
const container: BuilderFacts = { name: 'builder-1', driver: 'docker-container', platforms: ['linux/amd64', 'linux/arm64'] };
const run = { runId: '123', runAttempt: '1', job: 'build' };

describe('planBuilderSetup: when hoist sets up a builder', () => {
  // Each row: raw inputs, the current builder → why hoist sets one up, or undefined to build on the current one.
  it.each<[string, Record<string, string>, BuilderFacts, string | undefined]>([
    ['one platform, nothing to export: the engine builds it', { tags: 'r/a:1', push: 'true' }, engine, undefined],
    ['two platforms', { platforms: 'linux/amd64,linux/arm64' }, engine, "the Docker engine's own builder (default) cannot do 2 platforms"],
    ['cache: gha', { cache: 'gha' }, engine, "the Docker engine's own builder (default) cannot do cache: gha"],
    ['a registry cache export', { 'cache-to': 'type=registry,ref=r/a:cache' }, engine, 'cannot do a cache export (type=registry)'],
    ['a bare cache-to reference is a registry export', { 'cache-to': 'r/a:cache' }, engine, 'cannot do a cache export (type=registry)'],
    ['an inline cache export works on the engine', { 'cache-to': 'type=inline' }, engine, undefined],
    ['cache-from alone works on the engine', { 'cache-from': 'type=registry,ref=r/a:cache' }, engine, undefined],
    ['attestations on a pushed image', { tags: 'r/a:1', push: 'true', sbom: 'true' }, engine, 'cannot do attestations on a pushed image'],
    ['attestations without a push are the engine builder’s to skip', { sbom: 'true' }, engine, undefined],
    ['provenance: false asks for nothing', { tags: 'r/a:1', push: 'true', provenance: 'false' }, engine, undefined],
    [
      'every reason at once',
      { platforms: 'linux/amd64,linux/arm64', cache: 'registry', tags: 'r/a:1', push: 'true', attests: 'type=sbom' },
      engine,
      "the Docker engine's own builder (default) cannot do 2 platforms, cache: registry, attestations on a pushed image"
    ],
    ['a docker-container builder already current (setup-buildx-action ran)', { platforms: 'linux/amd64,linux/arm64', cache: 'gha' }, container, undefined],
    ['a builder the user named is never replaced', { builder: 'default', platforms: 'linux/amd64,linux/arm64' }, engine, undefined],
    ['setup inputs always ask for one', { 'driver-opts': 'image=moby/buildkit:master' }, container, 'asked for by driver-opts'],
    ['driver: remote with its endpoint', { driver: 'remote', endpoint: 'tcp://buildkitd:1234' }, engine, 'asked for by driver, endpoint']
  ])('%s', (_name, raw, current, why) => {
    const setup = planBuilderSetup(rawInputs(raw), current, run);
    if (why === undefined) expect(setup).toBeUndefined();
    else expect(setup?.why).toContain(why);
  });
});

describe('planBuilderSetup: the builder', () => {
  it("is setup-buildx-action's default: docker-container with its buildkitd flags, on the host's network", () => {
    const setup = planBuilderSetup(rawInputs({ platforms: 'linux/amd64,linux/arm64' }), engine, run)!;
    expect(setup).toMatchObject({ driver: 'docker-container', driverOpts: ['network=host'], buildkitdFlags: DEFAULT_BUILDKITD_FLAGS });
    expect(setup.name).toMatch(/^hoist-[0-9a-f]{12}$/);
    expect(createArgv(setup)).toEqual(['buildx', 'create', '--name', setup.name, '--driver', 'docker-container', '--driver-opt', 'network=host', '--buildkitd-flags', DEFAULT_BUILDKITD_FLAGS]);
  });

  it("takes the user's options, network included, and an inline config written to a file", () => {
    const setup = planBuilderSetup(
      rawInputs({ 'driver-opts': 'image=127.0.0.1:5000/hoist/buildkit:v0.32.2\nnetwork=ci', 'buildkitd-flags': '--debug', 'buildkitd-config-inline': '[worker.oci]\n  max-parallelism = 4' }),
      engine,
      run
    )!;
    expect(setup.config).toEqual({ inline: '[worker.oci]\n  max-parallelism = 4' });
    expect(createArgv(setup, '/tmp/h/buildkitd.toml')).toEqual([
      'buildx',
      'create',
      '--name',
      setup.name,
      '--driver',
      'docker-container',
      '--driver-opt',
      'image=127.0.0.1:5000/hoist/buildkit:v0.32.2',
      '--driver-opt',
      'network=ci',
      '--buildkitd-flags',
      '--debug',
      '--buildkitd-config',
      '/tmp/h/buildkitd.toml'
    ]);
  });

  it('remote: the endpoint, and no daemon flags (its daemon is started elsewhere)', () => {
    const setup = planBuilderSetup(rawInputs({ driver: 'remote', endpoint: 'unix:///run/buildkit/buildkitd.sock', 'buildkitd-config': 'buildkitd.toml' }), engine, run)!;
    expect(createArgv(setup)).toEqual(['buildx', 'create', '--name', setup.name, '--driver', 'remote', 'unix:///run/buildkit/buildkitd.sock']);
  });

  it('append: the first node declares the platforms no added node takes; each added node is one create --append', () => {
    const nodes = [
      { endpoint: 'tcp://arm64-builder:1234', platforms: ['linux/arm64', 'linux/arm/v7'], driverOpts: [] },
      { name: 'riscv', endpoint: 'tcp://riscv:1234', platforms: ['linux/riscv64'], driverOpts: ['cacert=/certs/ca.pem'], buildkitdFlags: '--debug' }
    ];
    const inputs = rawInputs({ driver: 'remote', endpoint: 'tcp://amd64-builder:1234', platforms: 'linux/amd64,linux/arm64,linux/riscv64,linux/386', append: 'given' });
    const setup = planBuilderSetup(inputs, engine, run, nodes)!;
    expect(createArgv(setup)).toEqual(['buildx', 'create', '--name', setup.name, '--driver', 'remote', '--platform', 'linux/amd64', '--platform', 'linux/386', 'tcp://amd64-builder:1234']);
    expect(setup.nodes.map(n => appendArgv(setup, n))).toEqual([
      ['buildx', 'create', '--name', setup.name, '--append', '--platform', 'linux/arm64', '--platform', 'linux/arm/v7', 'tcp://arm64-builder:1234'],
      // The remote driver runs no daemon: its flags belong to whoever started it.
      ['buildx', 'create', '--name', setup.name, '--append', '--node', 'riscv', '--driver-opt', 'cacert=/certs/ca.pem', '--platform', 'linux/riscv64', 'tcp://riscv:1234']
    ]);
    // kubernetes: a node is its driver-opts (no endpoint), and takes daemon flags.
    const kube = planBuilderSetup(rawInputs({ driver: 'kubernetes', platforms: 'linux/amd64,linux/arm64', append: 'given' }), engine, run, [
      { platforms: ['linux/arm64'], driverOpts: ['nodeselector=kubernetes.io/arch=arm64'], buildkitdFlags: '--debug' }
    ])!;
    expect(appendArgv(kube, kube.nodes[0])).toEqual([
      'buildx',
      'create',
      '--name',
      kube.name,
      '--append',
      '--driver-opt',
      'nodeselector=kubernetes.io/arch=arm64',
      '--buildkitd-flags',
      '--debug',
      '--platform',
      'linux/arm64'
    ]);
    expect(createArgv(kube)).toContain('linux/amd64');
    // Without added nodes nothing is declared: buildx uses what BuildKit lists.
    expect(createArgv(planBuilderSetup(rawInputs({ driver: 'remote', endpoint: 'tcp://b:1234', platforms: 'linux/amd64' }), engine, run)!)).not.toContain('--platform');
  });

  it('is named alike for the same setup in one job (later steps reuse it), apart in other jobs, runs and setups', () => {
    const name = (raw: Record<string, string>, github = run) => planBuilderSetup(rawInputs({ platforms: 'linux/amd64,linux/arm64', ...raw }), engine, github)!.name;
    expect(name({})).toBe(name({ cache: 'gha' }));
    expect(name({}, { ...run, job: 'release' })).not.toBe(name({}));
    expect(name({}, { ...run, runAttempt: '2' })).not.toBe(name({}));
    expect(name({ 'driver-opts': 'image=moby/buildkit:master' })).not.toBe(name({}));
  });
});

describe('planBuilderSetup: setup-buildx-action’s name, use, cleanup and keep-state', () => {
  // Each row: raw inputs → why a builder is set up (undefined: none), its name (a regexp for a generated one), use, cleanup, keepState.
  it.each<[string, Record<string, string>, BuilderFacts, string | undefined, string | RegExp, boolean, boolean, boolean]>([
    ['name alone asks for that builder, as setup-buildx-action creates it', { name: 'ci-builder' }, container, 'asked for by name', 'ci-builder', false, true, false],
    ['use: true alone asks for one: a builder for the later steps', { use: 'true' }, container, 'asked for by use', /^hoist-[0-9a-f]{12}$/, true, true, false],
    ['name and use with setup inputs', { name: 'b', use: 'true', driver: 'docker-container' }, engine, 'asked for by driver, name, use', 'b', true, true, false],
    ['cleanup: false alone asks for nothing', { cleanup: 'false' }, container, undefined, '', false, false, false],
    ['keep-state alone asks for nothing', { 'keep-state': 'true' }, container, undefined, '', false, true, true],
    [
      'cleanup and keep-state ride on a builder set up for other reasons',
      { platforms: 'linux/amd64,linux/arm64', cleanup: 'false', 'keep-state': 'true' },
      engine,
      'cannot do 2 platforms',
      /^hoist-/,
      false,
      false,
      true
    ],
    ['a builder the user named is never replaced, use or not', { builder: 'default', use: 'true' }, engine, undefined, '', true, true, false]
  ])('%s', (_name, raw, current, why, name, use, cleanup, keepState) => {
    const setup = planBuilderSetup(rawInputs(raw), current, run);
    if (why === undefined) {
      expect(setup).toBeUndefined();
      return;
    }
    expect(setup?.why).toContain(why);
    if (typeof name === 'string') expect(setup?.name).toBe(name);
    else expect(setup?.name).toMatch(name);
    expect(setup).toMatchObject({ use, cleanup, keepState });
  });

  it('the generated name does not depend on use, cleanup or keep-state: later steps of the job still find it', () => {
    const a = planBuilderSetup(rawInputs({ platforms: 'linux/amd64,linux/arm64' }), engine, run)!;
    const b = planBuilderSetup(rawInputs({ platforms: 'linux/amd64,linux/arm64', use: 'true', cleanup: 'false', 'keep-state': 'true' }), engine, run)!;
    expect(b.name).toBe(a.name);
  });

  it.each([
    [false, ['buildx', 'rm', 'b1']],
    [true, ['buildx', 'rm', 'b1', '--keep-state']]
  ])('removeArgv with keep-state %s', (keepState, argv) => {
    expect(removeArgv('b1', keepState)).toEqual(argv);
  });
});
