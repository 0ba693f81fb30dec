// builderFacts (buildx/builder.ts): the builder from buildx's own store (a temp BUILDX_CONFIG), else `docker buildx inspect` from a scripted exec; docker info only to load several platforms.
import { afterAll, describe, expect, it } from '@jest/globals';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { builderFacts } from '../../../src/buildx/builder.js';
import { InputErrors } from '../../../src/inputs/errors.js';
import { readRunEnv, type RunEnv } from '../../../src/runner/env.js';
import type { Exec, ExecResult } from '../../../src/util/exec.js';

const stores: string[] = [];
afterAll(() => stores.forEach(dir => fs.rmSync(dir, { recursive: true, force: true })));

/** A buildx store in a temp dir with the given files, read as the step reads its environment. */
function store(files: Record<string, string>, env: Record<string, string> = {}): RunEnv {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hoist-buildx-store-'));
  stores.push(dir);
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return readRunEnv({ BUILDX_CONFIG: dir, ...env });
}

const instance = (name: string, driver: string) =>
  JSON.stringify({
    Name: name,
    Driver: driver,
    Nodes: [
      { Name: `${name}0`, Endpoint: 'unix:///run/buildkit/buildkitd.sock', Platforms: null },
      { Name: `${name}1`, Endpoint: 'tcp://arm:1234', Platforms: [{ os: 'linux', architecture: 'arm64' }] }
    ]
  });

const INSPECT = `Name:          default
Driver:        docker

Nodes:
Name:             default
Endpoint:         default
Status:           running
BuildKit version: v0.20.2
Platforms:        linux/amd64, linux/amd64/v2, linux/386
`;

/** An exec that answers inspect and info as scripted, recording each call. */
function scripted(answers: { inspect?: ExecResult | Error; info?: ExecResult } = {}): { exec: Exec; calls: string[] } {
  const calls: string[] = [];
  const exec: Exec = async (command, args) => {
    calls.push([command, ...args].join(' '));
    if (args[0] === 'buildx' && args[1] === 'inspect') {
      const answer = answers.inspect ?? { exitCode: 0, stdout: INSPECT, stderr: '' };
      if (answer instanceof Error) throw answer;
      return answer;
    }
    if (args[0] === 'info') return answers.info ?? { exitCode: 0, stdout: '[["Storage Driver","overlay2"]]', stderr: '' };
    throw new Error(`unexpected call ${args.join(' ')}`);
  };
  return { exec, calls };
}

describe('builderFacts: a builder buildx has a record of', () => {
  it('is read from the store, without asking docker', async () => {
    const { exec, calls } = scripted();
    await expect(builderFacts(exec, 'hoist', store({ 'instances/hoist': instance('hoist', 'docker-container') }), 1)).resolves.toEqual({
      name: 'hoist',
      driver: 'docker-container',
      platforms: ['linux/arm64'],
      endpoints: ['unix:///run/buildkit/buildkitd.sock', 'tcp://arm:1234']
    });
    expect(calls).toEqual([]);
  });

  it.each<[string, Record<string, string>, Record<string, string>]>([
    ['BUILDX_BUILDER', { 'instances/ci': instance('ci', 'remote') }, { BUILDX_BUILDER: 'ci' }],
    ['the current builder', { 'instances/ci': instance('ci', 'remote'), current: '{"Key":"unix:///var/run/docker.sock","Name":"ci","Global":false}' }, {}],
    ['its sanitised file name', { 'instances/my_ci': instance('My CI', 'remote') }, { BUILDX_BUILDER: 'My CI' }]
  ])('finds the builder by %s when the input names none', async (_how, files, env) => {
    const { exec, calls } = scripted();
    const facts = await builderFacts(exec, '', store(files, env), 1);
    expect([facts.driver, facts.endpoints]).toEqual(['remote', ['unix:///run/buildkit/buildkitd.sock', 'tcp://arm:1234']]);
    expect(calls).toEqual([]);
  });
});

describe('builderFacts: asking docker', () => {
  it("inspects the engine's own builder even when the store has it: its BuildKit version matters", async () => {
    const { exec, calls } = scripted();
    const facts = await builderFacts(exec, 'default', store({ 'instances/default': instance('default', 'docker') }), 1);
    expect(facts).toMatchObject({ name: 'default', driver: 'docker', buildkitVersion: 'v0.20.2', platforms: ['linux/amd64', 'linux/amd64/v2', 'linux/386'] });
    expect(calls).toEqual(['docker buildx inspect default']);
  });

  it('inspects a builder the store does not know, naming it only when the input does', async () => {
    const named = scripted();
    await builderFacts(named.exec, 'remote-ctx', store({}), 1);
    expect(named.calls).toEqual(['docker buildx inspect remote-ctx']);
    const current = scripted();
    await builderFacts(current.exec, '', store({}), 1);
    expect(current.calls).toEqual(['docker buildx inspect']);
  });

  it('asks the engine whether it can load several platforms only when that many are loaded', async () => {
    const one = scripted();
    expect(await builderFacts(one.exec, 'x', store({}), 1)).not.toHaveProperty('engineLoadsMultiPlatform');
    expect(one.calls).toEqual(['docker buildx inspect x']);

    const classic = scripted();
    expect((await builderFacts(classic.exec, 'x', store({}), 2)).engineLoadsMultiPlatform).toBe(false);
    expect(classic.calls).toEqual(['docker buildx inspect x', 'docker info --format {{json .DriverStatus}}']);

    const containerd = scripted({ info: { exitCode: 0, stdout: '[["driver-type","io.containerd.snapshotter.v1"]]', stderr: '' } });
    expect((await builderFacts(containerd.exec, 'x', store({ 'instances/x': instance('x', 'remote') }), 2)).engineLoadsMultiPlatform).toBe(true);
    expect(containerd.calls).toEqual(['docker info --format {{json .DriverStatus}}']);
  });

  it('says which builder is missing as an input error', async () => {
    const { exec } = scripted({ inspect: { exitCode: 1, stdout: '', stderr: 'some context\nERROR: no builder "nope" found' } });
    const error = await builderFacts(exec, 'nope', store({}), 1).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputErrors);
    expect((error as InputErrors).message).toBe(
      "input 'builder': no usable builder named 'nope' (ERROR: no builder \"nope\" found). Create one first (docker/setup-buildx-action, or docker buildx create --use), or leave builder empty for the current one."
    );
  });

  it('says no usable builder without a name when none was given', async () => {
    const { exec } = scripted({ inspect: { exitCode: 1, stdout: '', stderr: 'ERROR: failed to connect to the docker API' } });
    await expect(builderFacts(exec, '', store({}), 1)).rejects.toThrow("input 'builder': no usable builder (ERROR: failed to connect to the docker API). Create one first");
  });

  it('says docker buildx is missing when it cannot run', async () => {
    const { exec } = scripted({ inspect: new Error('could not run docker: spawn docker ENOENT') });
    await expect(builderFacts(exec, '', store({}), 1)).rejects.toThrow(
      new Error('docker buildx is not available (could not run docker: spawn docker ENOENT). Install Docker with buildx, or add docker/setup-buildx-action before hoist.')
    );
  });
});
