/**
 * The setup phase with a scripted docker: the builder described (from buildx's store, or
 * `buildx inspect`), a builder of hoist's own created, booted and reused, which node builds
 * which platform, and what is said about QEMU for each stage that runs emulated.
 *
 * Registering QEMU on this machine reads the kernel's own binfmt_misc directory, so the
 * outcome of that path depends on the machine; it is covered by test/e2e/qemu.test.ts
 * (a handler taken away, registered through the binfmt image, and a registration that
 * fails). Here: every branch that does not depend on the machine's handlers.
 */
import { describe, expect, it } from '@jest/globals';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { readLocalDockerfile } from '../../../src/inputs/dockerfile-source.js';
import { InputErrors } from '../../../src/inputs/errors.js';
import type { Inputs } from '../../../src/inputs/inputs.js';
import { realFiles } from '../../../src/inputs/files.js';
import type { Facts } from '../../../src/plan/facts.js';
import { announceNodes, builderReady, gatherFacts, setUpBuildMachine } from '../../../src/phases/setup.js';
import { DEFAULT_BUILDKITD_FLAGS, planBuilderSetup } from '../../../src/plan/builder.js';
import { hostPlatform } from '../../../src/plan/emulation.js';
import type { BuilderFacts } from '../../../src/plan/facts.js';
import { ok, scriptedExec, type Call, type Script } from '../../helpers/exec.js';
import { rawInputs } from '../../helpers/inputs.js';
import { scratchDirs, testPorts } from '../../helpers/ports.js';
import { FakeRunner } from '../../helpers/runner.js';

/** The facts (the same object: setting up a builder updates them), with the Dockerfile phases/inputs.ts reads before the machine is set up. */
function withDockerfile(facts: Facts, inputs: Inputs): Facts {
  const dockerfile = readLocalDockerfile(inputs, realFiles);
  return dockerfile ? Object.assign(facts, { dockerfile }) : facts;
}

const scratch = scratchDirs('phase-setup');

/** `docker buildx inspect` as buildx prints it: one node per entry. */
function inspectText(name: string, driver: string, nodes: Array<{ endpoint: string; platforms: string }>, buildkit = 'v0.32.2'): string {
  const lines = [`Name:   ${name}`, `Driver: ${driver}`, '', 'Nodes:'];
  nodes.forEach((n, i) =>
    lines.push(`Name:             ${name}${i}`, `Endpoint:         ${n.endpoint}`, 'Status:           running', `BuildKit version: ${buildkit}`, `Platforms:        ${n.platforms}`, '')
  );
  return lines.join('\n');
}

const ENGINE = inspectText('default', 'docker', [{ endpoint: 'default', platforms: 'linux/amd64, linux/386' }], 'v0.16.0');
const REMOTE = inspectText('farm', 'remote', [{ endpoint: 'tcp://buildkit.example:1234', platforms: 'linux/amd64, linux/arm64' }]);

/** A step on this machine: `inspect` answers for the current builder, `dockerfile` is in the context. */
function step(options: { inspect?: string; dockerfile?: string; env?: NodeJS.ProcessEnv; scripts?: Script[] } = {}) {
  const dir = scratch();
  const context = path.join(dir, 'context');
  fs.mkdirSync(context);
  fs.writeFileSync(path.join(context, 'Dockerfile'), options.dockerfile ?? 'FROM busybox\nCOPY app /app\n');
  const runner = new FakeRunner({});
  const inspect: Script = c => (c.args[1] === 'inspect' && !c.args.includes('--bootstrap') ? ok('', options.inspect ?? ENGINE) : undefined);
  // Creating or removing a builder only records it in buildx's store.
  const records: Script = c => (c.args[1] === 'create' || c.args[1] === 'rm' ? ok() : undefined);
  const { exec, calls } = scriptedExec([...(options.scripts ?? []), inspect, records], '');
  const ports = testPorts({ dir, runner, exec, env: { HOME: path.join(dir, 'home'), GITHUB_RUN_ID: '42', GITHUB_JOB: 'image', ...options.env } });
  return { dir, context, runner, calls, ports };
}

const argvs = (calls: Call[]) => calls.map(c => c.args.join(' '));

describe('gatherFacts: what planning needs to know', () => {
  it('the current builder as buildx inspect describes it, the workflow run, hoist’s own temp directory and cache root', async () => {
    const { dir, runner, calls, ports } = step({ inspect: REMOTE, env: { BUILDX_NO_DEFAULT_ATTESTATIONS: '1' } });
    const facts = await gatherFacts(ports, rawInputs({}));
    expect(argvs(calls)).toEqual(['buildx inspect']);
    expect(facts.builder).toMatchObject({ name: 'farm', driver: 'remote', platforms: ['linux/amd64', 'linux/arm64'], buildkitVersion: 'v0.32.2', endpoints: ['tcp://buildkit.example:1234'] });
    expect(facts.github).toBe(ports.env.workflow);
    expect(path.dirname(facts.tmpDir)).toBe(path.join(dir, 'temp'));
    expect(path.basename(facts.tmpDir)).toMatch(/^hoist-/);
    expect(fs.statSync(facts.tmpDir).isDirectory()).toBe(true);
    // The post step removes it.
    expect(runner.getState('tmpDir')).toBe(facts.tmpDir);
    expect(facts.cacheRoot).toBe(path.join(dir, 'home', '.cache', 'hoist'));
    expect(facts.noDefaultAttestations).toBe(true);
    expect(runner.texts('info')).toEqual(['builder farm (remote driver, BuildKit v0.32.2)']);
  });

  it('a builder buildx keeps in its store is read from there: no program runs', async () => {
    const { dir, runner, calls, ports } = step();
    fs.mkdirSync(path.join(dir, 'buildx', 'instances'), { recursive: true });
    fs.writeFileSync(
      path.join(dir, 'buildx', 'instances', 'mine'),
      JSON.stringify({ Name: 'mine', Driver: 'docker-container', Nodes: [{ Name: 'mine0', Endpoint: 'unix:///var/run/docker.sock', Platforms: [{ OS: 'linux', Architecture: 'arm64' }] }] })
    );
    const facts = await gatherFacts(ports, rawInputs({ builder: 'mine' }));
    expect(calls).toEqual([]);
    expect(facts.builder).toEqual({ name: 'mine', driver: 'docker-container', platforms: ['linux/arm64'], endpoints: ['unix:///var/run/docker.sock'] });
    expect(runner.texts('info')).toEqual(['builder mine (docker-container driver)']);
  });

  it('loading several platforms asks the engine whether its image store can hold them', async () => {
    const { calls, ports } = step({ scripts: [c => (c.args[0] === 'info' ? ok('', '[["driver-type","io.containerd.snapshotter.v1"]]') : undefined)] });
    const facts = await gatherFacts(ports, rawInputs({ load: 'true', platforms: 'linux/amd64,linux/arm64' }));
    expect(argvs(calls)).toEqual(['buildx inspect', 'info --format {{json .DriverStatus}}']);
    expect(facts.builder.engineLoadsMultiPlatform).toBe(true);
  });

  it('version: the runner’s buildx when it is that release; nothing downloaded, docker’s config left alone', async () => {
    const { runner, calls, ports } = step({ scripts: [c => (c.args[1] === 'version' ? ok('', 'github.com/docker/buildx v0.36.1 abcdef') : undefined)] });
    await gatherFacts(ports, rawInputs({ version: '0.36.1' }));
    expect(argvs(calls)).toEqual(['buildx version', 'buildx inspect']);
    expect(runner.texts('info')).toContain("buildx v0.36.1: the runner's own (version: 0.36.1)");
    expect(ports.env.programEnv).toEqual({});
  });

  it('a builder that does not exist is an input error', async () => {
    const { ports } = step({ scripts: [c => (c.args[1] === 'inspect' ? { exitCode: 1, stdout: '', stderr: 'ERROR: no builder "nope" found' } : undefined)] });
    const error = await gatherFacts(ports, rawInputs({ builder: 'nope' })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputErrors);
    expect((error as Error).message).toBe(
      `input 'builder': no usable builder named 'nope' (ERROR: no builder "nope" found). Create one first (docker/setup-buildx-action, or docker buildx create --use), or leave builder empty for the current one.`
    );
  });
});

describe('setUpBuildMachine: a builder of hoist’s own when the current one cannot do what is asked', () => {
  const inputs = (context: string, extra: Record<string, string> = {}) => rawInputs({ context, platforms: 'linux/amd64,linux/arm64', ...extra });

  it('the engine’s builder and two platforms: a docker-container builder is created, then booted beside the rest; its post step removes it', async () => {
    const booted = inspectText('hoist-x', 'docker-container', [{ endpoint: 'unix:///var/run/docker.sock', platforms: 'linux/amd64, linux/arm64' }], 'v0.33.0');
    const { context, runner, calls, ports } = step({ scripts: [c => (c.args.includes('--bootstrap') ? ok('', booted) : undefined)] });
    const facts = await gatherFacts(ports, inputs(context));
    const plan = planBuilderSetup(inputs(context), facts.builder, facts.github)!;
    const machine = await setUpBuildMachine(ports, inputs(context), withDockerfile(facts, inputs(context)), []);
    expect(machine.builder).toMatchObject({ name: plan.name, created: true });
    expect(plan.name).toMatch(/^hoist-[0-9a-f]{12}$/);
    expect(argvs(calls)).toEqual([
      'buildx inspect',
      `buildx create --name ${plan.name} --driver docker-container --driver-opt network=host --buildkitd-flags ${DEFAULT_BUILDKITD_FLAGS}`,
      `buildx inspect --bootstrap --builder ${plan.name}`
    ]);
    expect(runner.getState('builderToRemove')).toBe(plan.name);
    expect(runner.texts('info')).toContain(`builder: setting up ${plan.name} (docker-container driver): the Docker engine's own builder (default) cannot do 2 platforms`);
    // No RUN step at all: nothing to emulate, on the platform of the machine the new builder runs on; no stage row.
    expect(runner.texts('info')).toContain(`QEMU: not needed: every stage runs its RUN steps on ${hostPlatform(process.arch)}`);
    expect(machine.stagePlatforms).toEqual([]);

    const note = await builderReady(runner, machine.builder);
    expect(note).toMatch(new RegExp(`^${plan.name} \\(docker-container driver\\), set up in \\d+\\.\\d s: the Docker engine's own builder \\(default\\) cannot do 2 platforms$`));
    expect(runner.texts('group')).toEqual(['Builder ready']);
    expect(runner.texts('info').pop()).toMatch(new RegExp(`^builder ${plan.name} \\(docker-container driver, BuildKit v0\\.33\\.0\\) set up in \\d+\\.\\d s$`));
    // From now on the facts are the booted builder's.
    expect(facts.builder).toMatchObject({ name: 'hoist-x', driver: 'docker-container', buildkitVersion: 'v0.33.0' });
  });

  it('an inline buildkitd config is written to hoist’s temp directory and given to buildx create', async () => {
    const { context, calls, ports } = step({ scripts: [c => (c.args.includes('--bootstrap') ? ok('', ENGINE) : undefined)] });
    const given = inputs(context, { 'buildkitd-config-inline': '[registry."127.0.0.1:5000"]\n  http = true\n' });
    const facts = await gatherFacts(ports, given);
    await setUpBuildMachine(ports, given, withDockerfile(facts, given), []);
    const create = calls.find(c => c.args[1] === 'create')!.args;
    const config = create[create.indexOf('--buildkitd-config') + 1];
    expect(config).toBe(path.join(facts.tmpDir, 'buildkitd.toml'));
    // As the runner gives a multi-line input: trimmed.
    expect(fs.readFileSync(config, 'utf8')).toBe('[registry."127.0.0.1:5000"]\n  http = true');
  });

  it('a builder an earlier hoist step of this job set up is reused: not created again, not removed by this step', async () => {
    const { dir, context, runner, calls, ports } = step({ scripts: [c => (c.args.includes('--bootstrap') ? ok('', ENGINE) : undefined)] });
    const facts = await gatherFacts(ports, inputs(context));
    const name = planBuilderSetup(inputs(context), facts.builder, facts.github)!.name;
    fs.mkdirSync(path.join(dir, 'buildx', 'instances'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'buildx', 'instances', name), JSON.stringify({ Name: name, Driver: 'docker-container', Nodes: [{ Name: `${name}0`, Endpoint: 'unix:///var/run/docker.sock' }] }));
    const machine = await setUpBuildMachine(ports, inputs(context), withDockerfile(facts, inputs(context)), []);
    expect(machine.builder?.created).toBe(false);
    expect(argvs(calls).slice(1)).toEqual([`buildx inspect --bootstrap --builder ${name}`]);
    expect(runner.getState('builderToRemove')).toBe('');
    expect(await builderReady(runner, machine.builder)).toMatch(/, reused from an earlier hoist step of this job: /);
  });

  it('a builder that does not start is removed again, and waiting for it fails with buildx’s words', async () => {
    const { context, runner, calls, ports } = step({
      scripts: [
        c => (c.args.includes('--bootstrap') ? { exitCode: 1, stdout: '', stderr: '#1 booting buildkit\nERROR: Error response from daemon: pull access denied for moby/buildkit\n' } : undefined)
      ]
    });
    const facts = await gatherFacts(ports, inputs(context));
    const machine = await setUpBuildMachine(ports, inputs(context), withDockerfile(facts, inputs(context)), []);
    await expect(builderReady(runner, machine.builder)).rejects.toThrow(
      new Error(
        "the docker-container builder hoist set up did not start: #1 booting buildkit\nERROR: Error response from daemon: pull access denied for moby/buildkit. Check that the Docker engine can run the BuildKit image (driver-opts: image=…) and that the runner's user may use docker."
      )
    );
    expect(argvs(calls).pop()).toBe(`buildx rm ${machine.builder!.name}`);
  });

  it('a builder the user named is never replaced', async () => {
    const { context, calls, ports } = step({ inspect: REMOTE });
    const given = inputs(context, { builder: 'farm' });
    const facts = await gatherFacts(ports, given);
    const machine = await setUpBuildMachine(ports, given, withDockerfile(facts, given), []);
    expect(machine.builder).toBeUndefined();
    // The outputs come from what this inspect said: no second one.
    expect(argvs(calls)).toEqual(['buildx inspect farm']);
  });
});

describe('setup-buildx-action’s names: name, use, cleanup, keep-state, and the outputs', () => {
  const booted = (name: string) => inspectText(name, 'docker-container', [{ endpoint: 'unix:///var/run/docker.sock', platforms: 'linux/amd64, linux/arm64' }]);
  const named = (name: string) => ({ scripts: [(c: Call) => (c.args[1] === 'inspect' && c.args.includes(name) ? ok('', booted(name)) : c.args[1] === 'use' ? ok() : undefined)] });

  it('no builder set up: the outputs describe the current one, from what hoist read of it already', async () => {
    const { context, runner, calls, ports } = step({ inspect: REMOTE });
    const given = rawInputs({ context });
    await setUpBuildMachine(ports, given, await gatherFacts(ports, given), []);
    expect(argvs(calls)).toEqual(['buildx inspect']);
    expect(runner.outputs).toMatchObject({ name: 'farm', driver: 'remote', platforms: 'linux/amd64,linux/arm64' });
    expect(JSON.parse(runner.outputs.nodes)).toEqual([{ name: 'farm0', endpoint: 'tcp://buildkit.example:1234', status: 'running', buildkit: 'v0.32.2', platforms: 'linux/amd64,linux/arm64' }]);
  });

  it('name alone sets up that builder; use makes it current once it is up; cleanup: false leaves it to later steps', async () => {
    const { context, runner, calls, ports } = step(named('ci-builder'));
    const given = rawInputs({ context, name: 'ci-builder', use: 'true', cleanup: 'false' });
    const machine = await setUpBuildMachine(ports, given, await gatherFacts(ports, given), []);
    await builderReady(runner, machine.builder);
    expect(argvs(calls)).toEqual([
      'buildx inspect',
      `buildx create --name ci-builder --driver docker-container --driver-opt network=host --buildkitd-flags ${DEFAULT_BUILDKITD_FLAGS}`,
      'buildx inspect --bootstrap --builder ci-builder',
      'buildx use ci-builder',
      'buildx inspect ci-builder'
    ]);
    expect(runner.getState('builderToRemove')).toBe('');
    expect(runner.texts('info')).toEqual(
      expect.arrayContaining([
        'builder: setting up ci-builder (docker-container driver): asked for by name, use',
        'builder ci-builder stays after the job (cleanup: false)',
        "builder ci-builder is now the current builder for the job's later steps (use: true)"
      ])
    );
    expect(runner.outputs).toMatchObject({ name: 'ci-builder', driver: 'docker-container', platforms: 'linux/amd64,linux/arm64' });
  });

  it('keep-state: the post step is told to keep the state volume', async () => {
    const { context, runner, ports } = step(named('kept'));
    const given = rawInputs({ context, name: 'kept', 'keep-state': 'true' });
    const machine = await setUpBuildMachine(ports, given, await gatherFacts(ports, given), []);
    await builderReady(runner, machine.builder);
    expect([runner.getState('builderToRemove'), runner.getState('keepState')]).toEqual(['kept', 'true']);
  });

  it("no builder set up, one in buildx's store: its nodes and the platforms given to buildx create, with no inspect", async () => {
    const store = scratch();
    const { context, runner, calls, ports } = step({ env: { BUILDX_CONFIG: store } });
    const instances = path.join(store, 'instances');
    fs.mkdirSync(instances, { recursive: true });
    const node = (name: string, endpoint: string, platforms: unknown) => ({ Name: name, Endpoint: endpoint, Platforms: platforms, DriverOpts: null, Flags: null, Files: null });
    const nodes = [node('farm0', 'tcp://amd64:1234', null), node('farm1', 'tcp://arm64:1234', [{ OS: 'linux', Architecture: 'arm64' }])];
    fs.writeFileSync(path.join(instances, 'farm'), JSON.stringify({ Name: 'farm', Driver: 'remote', Nodes: nodes, Dynamic: false }));
    const given = rawInputs({ context, builder: 'farm' });
    await setUpBuildMachine(ports, given, await gatherFacts(ports, given), []);
    expect(argvs(calls)).toEqual([]);
    expect(runner.outputs).toMatchObject({ name: 'farm', driver: 'remote', platforms: 'linux/arm64' });
    expect(JSON.parse(runner.outputs.nodes)).toEqual([
      { name: 'farm0', endpoint: 'tcp://amd64:1234' },
      { name: 'farm1', endpoint: 'tcp://arm64:1234', platforms: 'linux/arm64' }
    ]);
  });

  it('outputs of a builder hoist set up that cannot be read are a warning; the build goes on', async () => {
    const fails: Script = c => (c.args.join(' ') === 'buildx inspect gone' ? { exitCode: 1, stdout: '', stderr: 'ERROR: gone' } : undefined);
    const { context, runner, ports } = step({ scripts: [fails, ...named('gone').scripts] });
    const given = rawInputs({ context, name: 'gone' });
    const machine = await setUpBuildMachine(ports, given, await gatherFacts(ports, given), []);
    await builderReady(runner, machine.builder);
    expect(runner.texts('warning')).toEqual(['the builder outputs (name, driver, platforms, nodes) are not set: docker buildx inspect failed (exit 1): ERROR: gone']);
  });
});

describe('binfmt-platforms: the emulators setup-qemu-action’s platforms names, instead of the analysis’', () => {
  const IMAGE = '127.0.0.1:5000/binfmt:test';
  const COMPILES = 'FROM busybox AS build\nRUN make app\nFROM busybox\nCOPY --from=build /app /app\n';

  it('registered exactly as given, even where the analysis asks for another; its advice stays', async () => {
    const { context, runner, calls, ports } = step({ inspect: REMOTE, dockerfile: COMPILES, scripts: [c => (c.args[0] === 'run' ? ok() : undefined)] });
    const given = rawInputs({ context, platforms: 'linux/arm64', 'binfmt-platforms': 'riscv64,linux/s390x', 'binfmt-image': IMAGE });
    await setUpBuildMachine(ports, given, withDockerfile(await gatherFacts(ports, given), given), []);
    expect(argvs(calls)).toContain(`run --privileged --rm ${IMAGE} --install riscv64,linux/s390x`);
    expect(runner.texts('info')).toContain(
      `QEMU: registering riscv64, linux/s390x with ${IMAGE}, as binfmt-platforms asks (instead of the analysis' choice: the Dockerfile analysis asks for linux/arm64)`
    );
    expect(runner.texts('warning')).toContainEqual(expect.stringMatching(/^stage 'build' compiles with gcc\/make/));
  });

  it('all, with no Dockerfile to read (a Git context): registered all the same', async () => {
    const { runner, calls, ports } = step({ inspect: REMOTE, scripts: [c => (c.args[0] === 'run' ? ok() : undefined)] });
    const given = rawInputs({ context: 'https://github.com/acme/app.git', 'binfmt-platforms': 'all', 'binfmt-image': IMAGE });
    await setUpBuildMachine(ports, given, await gatherFacts(ports, given), []);
    expect(argvs(calls)).toContain(`run --privileged --rm ${IMAGE} --install all`);
    expect(runner.texts('info')).toContain(`QEMU: registering all with ${IMAGE}, as binfmt-platforms asks (instead of the analysis' choice: the Dockerfile was not read)`);
  });

  it('an image that cannot run fails the step, as setup-qemu-action does', async () => {
    const { context, ports } = step({ inspect: REMOTE, scripts: [c => (c.args[0] === 'run' ? { exitCode: 125, stdout: '', stderr: 'unable to apply caps' } : undefined)] });
    const given = rawInputs({ context, 'binfmt-platforms': 'arm64', 'binfmt-image': IMAGE });
    await expect(setUpBuildMachine(ports, given, await gatherFacts(ports, given), [])).rejects.toThrow(
      `binfmt-platforms: could not register QEMU for arm64: docker run --privileged failed (exit 125): unable to apply caps. Check that ${IMAGE} can run privileged (binfmt-image).`
    );
  });
});

describe('setUpBuildMachine: QEMU for the stages that run emulated', () => {
  const COMPILES = 'FROM busybox AS build\nRUN make app\nFROM busybox\nCOPY --from=build /app /app\n';

  async function machineFor(options: { inspect: string; platforms: string; dockerfile?: string; env?: NodeJS.ProcessEnv }) {
    const s = step({ inspect: options.inspect, dockerfile: options.dockerfile ?? COMPILES, env: options.env });
    const given = rawInputs({ context: s.context, platforms: options.platforms });
    const facts = await gatherFacts(s.ports, given);
    const machine = await setUpBuildMachine(s.ports, given, withDockerfile(facts, given), []);
    return { ...s, machine, facts };
  }

  it('a remote builder that lists the platform: nothing to register; the stage that compiles emulated is advised on its FROM line', async () => {
    const { runner, calls, machine, context } = await machineFor({ inspect: REMOTE, platforms: 'linux/arm64' });
    expect(runner.texts('info')).toContain('QEMU: linux/arm64 already listed by the builder');
    expect(runner.events.filter(e => e.kind === 'warning')).toEqual([
      {
        kind: 'warning',
        text: expect.stringMatching(/^stage 'build' compiles with gcc\/make \(line 2\) under QEMU emulation for linux\/arm64; .*FROM --platform=\$BUILDPLATFORM/),
        annotation: { file: path.join(context, 'Dockerfile'), startLine: 1, title: 'compiling under emulation' }
      }
    ]);
    expect(argvs(calls)).toEqual(['buildx inspect']);
    // The stage's RUN steps run on arm64, emulated; the last stage runs none.
    expect(machine.stagePlatforms).toEqual([{ stage: 'build', runsOn: ['linux/arm64'], emulatedFor: ['linux/arm64'] }]);
  });

  it('a remote builder that does not list it: hoist cannot register QEMU on another machine; the build goes on', async () => {
    const { runner, calls } = await machineFor({ inspect: REMOTE, platforms: 'linux/riscv64' });
    expect(runner.texts('warning')).toContain(
      'QEMU: linux/riscv64 (stage \'build\', line 1), which builder farm does not list; hoist cannot register QEMU on another machine. The build goes on; if it fails with "exec format error", install QEMU on the BuildKit host or cross-compile those stages.'
    );
    expect(argvs(calls)).toEqual(['buildx inspect']);
  });

  it('the engine’s builder behind DOCKER_HOST on another machine: the same', async () => {
    const { runner } = await machineFor({ inspect: ENGINE, platforms: 'linux/riscv64', env: { DOCKER_HOST: 'tcp://docker.example:2376' } });
    expect(runner.texts('warning')).toContainEqual(
      expect.stringMatching(/^QEMU: linux\/riscv64 \(stage 'build', line 1\), which builder default does not list; hoist cannot register QEMU on another machine\./)
    );
  });

  it('a platform QEMU has no emulator for: said, and the build goes on without one', async () => {
    const { runner, calls } = await machineFor({ inspect: ENGINE, platforms: 'linux/mips' });
    expect(runner.texts('warning')).toContain("QEMU: no emulator hoist knows for linux/mips (stage 'build', line 1); the build goes on without one for them.");
    expect(argvs(calls)).toEqual(['buildx inspect']);
  });

  it('a cross-compiling Dockerfile needs none', async () => {
    const { runner, machine } = await machineFor({
      inspect: REMOTE,
      platforms: 'linux/arm64',
      dockerfile: 'FROM --platform=$BUILDPLATFORM busybox AS build\nRUN make app\nFROM busybox\nCOPY --from=build /app /app\n'
    });
    expect(runner.texts('info')).toContain('QEMU: not needed: every stage runs its RUN steps on linux/amd64');
    expect(runner.texts('warning')).toEqual([]);
    expect(machine.stagePlatforms?.[0]).toEqual({ stage: 'build', runsOn: ['linux/amd64'], emulatedFor: [] });
  });

  it('a Dockerfile that is not on this machine (a git context): nothing said, no stage rows', async () => {
    const s = step({ inspect: REMOTE });
    const given = rawInputs({ context: 'https://github.com/acme/app.git#main', platforms: 'linux/arm64' });
    const facts = await gatherFacts(s.ports, given);
    const machine = await setUpBuildMachine(s.ports, given, withDockerfile(facts, given), []);
    expect(machine).toEqual({ stagePlatforms: undefined });
    expect(s.runner.texts('info').filter(t => t.startsWith('QEMU'))).toEqual([]);
  });
});

describe('announceNodes and builderReady', () => {
  const twoNodes: BuilderFacts = {
    name: 'farm',
    driver: 'remote',
    platforms: ['linux/amd64', 'linux/arm64'],
    nodes: [
      { name: 'farm0', endpoint: 'tcp://amd:1234', status: 'running', platforms: ['linux/amd64'], declared: [] },
      { name: 'farm1', endpoint: 'tcp://arm:1234', status: 'running', platforms: ['linux/arm64'], declared: [] }
    ]
  };

  it('says which node builds which platform, for the summary', () => {
    const runner = new FakeRunner({});
    expect(announceNodes(runner, twoNodes, ['linux/arm64', 'linux/amd64'])).toEqual({ 'linux/arm64': 'farm1 (tcp://arm:1234)', 'linux/amd64': 'farm0 (tcp://amd:1234)' });
    expect(runner.texts('info')).toEqual(['linux/arm64 builds on node farm1 (tcp://arm:1234)', 'linux/amd64 builds on node farm0 (tcp://amd:1234)']);
  });

  it('nothing for a one-node builder, or no platforms', () => {
    const runner = new FakeRunner({});
    expect(announceNodes(runner, { ...twoNodes, nodes: twoNodes.nodes!.slice(0, 1) }, ['linux/amd64'])).toBeUndefined();
    expect(announceNodes(runner, twoNodes, [])).toBeUndefined();
    expect(runner.events).toEqual([]);
  });

  it('no builder set up: nothing to wait for', async () => {
    const runner = new FakeRunner({});
    expect(await builderReady(runner, undefined)).toBeUndefined();
    expect(runner.events).toEqual([]);
  });
});
