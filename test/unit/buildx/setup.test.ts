/**
 * Setting up the planned builder with a scripted docker: `buildx create` (and `--append`
 * for each added node), the boot, and what is said when a node cannot be reached or the
 * builder does not start; unix and tcp endpoints are probed for real, on sockets of the test's own.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';
import { bootBuilder, createBuilder, removeBuilder, useBuilder } from '../../../src/buildx/setup.js';
import type { BuilderSetup } from '../../../src/plan/builder.js';
import { ok, scriptedExec, type Script } from '../../helpers/exec.js';
import { scratchDirs } from '../../helpers/ports.js';

const scratch = scratchDirs('buildx-setup');

const setup = (overrides: Partial<BuilderSetup> = {}): BuilderSetup => ({
  name: 'hoist-0123456789ab',
  driver: 'docker-container',
  driverOpts: ['network=host'],
  buildkitdFlags: '--debug',
  platforms: [],
  nodes: [],
  why: 'asked for by driver',
  use: false,
  cleanup: true,
  keepState: false,
  ...overrides
});

const INSPECT = [
  'Name:   hoist-0123456789ab',
  'Driver: remote',
  '',
  'Nodes:',
  'Name:      hoist-0123456789ab0',
  'Endpoint:  ENDPOINT',
  'Status:    running',
  'BuildKit version: v0.32.2',
  'Platforms: linux/amd64',
  ''
].join('\n');
const argvs = (calls: Array<{ args: string[] }>) => calls.map(c => c.args.join(' '));

// A BuildKit address that answers (a unix socket that accepts), and one that does not.
let listening: net.Server;
let socket: string;
beforeAll(async () => {
  socket = path.join(scratch(), 'buildkitd.sock');
  listening = net.createServer(c => c.end());
  await new Promise<void>(resolve => listening.listen(socket, resolve));
});
afterAll(() => new Promise<void>(resolve => listening.close(() => resolve())));

describe('createBuilder', () => {
  it('creates it, and each added node; true: this step created it', async () => {
    const { exec, calls } = scriptedExec([() => ok()], '');
    const added = { name: 'arm', endpoint: 'tcp://arm.example:1234', platforms: ['linux/arm64'], driverOpts: [] };
    expect(await createBuilder(exec, setup({ driver: 'remote', endpoint: 'tcp://amd.example:1234', nodes: [added] }), scratch(), { buildxConfig: scratch() })).toBe(true);
    expect(argvs(calls)).toEqual([
      'buildx create --name hoist-0123456789ab --driver remote --driver-opt network=host tcp://amd.example:1234',
      'buildx create --name hoist-0123456789ab --append --node arm --platform linux/arm64 tcp://arm.example:1234'
    ]);
  });

  it('writes an inline buildkitd config into the temp directory for it', async () => {
    const { exec, calls } = scriptedExec([() => ok()], '');
    const tmp = scratch();
    await createBuilder(exec, setup({ config: { inline: 'debug = true\n' } }), tmp, { buildxConfig: scratch() });
    expect(fs.readFileSync(path.join(tmp, 'buildkitd.toml'), 'utf8')).toBe('debug = true\n');
    expect(argvs(calls)).toEqual([
      `buildx create --name hoist-0123456789ab --driver docker-container --driver-opt network=host --buildkitd-flags --debug --buildkitd-config ${path.join(tmp, 'buildkitd.toml')}`
    ]);
  });

  it('one buildx already keeps (an earlier hoist step of the job): false, nothing run', async () => {
    const store = scratch();
    fs.mkdirSync(path.join(store, 'instances'));
    fs.writeFileSync(path.join(store, 'instances', 'hoist-0123456789ab'), JSON.stringify({ Name: 'hoist-0123456789ab', Driver: 'docker-container', Nodes: [] }));
    const { exec, calls } = scriptedExec([], '');
    expect(await createBuilder(exec, setup(), scratch(), { buildxConfig: store })).toBe(false);
    expect(calls).toEqual([]);
  });

  it('buildx’s refusal fails with its words', async () => {
    const { exec } = scriptedExec([() => ({ exitCode: 1, stdout: '', stderr: 'ERROR: failed to find driver "nope"' })], '');
    await expect(createBuilder(exec, setup({ driver: 'nope' }), scratch(), { buildxConfig: scratch() })).rejects.toThrow(
      new Error('docker buildx create failed (exit 1): ERROR: failed to find driver "nope"')
    );
  });
});

describe('bootBuilder', () => {
  const booting = (answer: Script) => scriptedExec([c => (c.args[1] === 'rm' ? ok() : undefined), answer], '');

  it('boots it and describes it as it answers (its endpoint reached first)', async () => {
    const { exec, calls } = booting(c => (c.args.includes('--bootstrap') ? ok('', INSPECT.replace('ENDPOINT', `unix://${socket}`)) : undefined));
    const facts = await bootBuilder(exec, setup({ driver: 'remote', endpoint: `unix://${socket}` }), true);
    expect(facts).toMatchObject({ name: 'hoist-0123456789ab', driver: 'remote', buildkitVersion: 'v0.32.2', platforms: ['linux/amd64'] });
    expect(argvs(calls)).toEqual(['buildx inspect --bootstrap --builder hoist-0123456789ab']);
  });

  it.each([
    ['a unix socket that is not there', () => `unix://${path.join(scratch(), 'none.sock')}`, 'no such socket'],
    ['a tcp port nothing listens on', () => 'tcp://127.0.0.1:1', 'connection refused']
  ])('an endpoint that cannot be reached (%s): named before buildx waits on it; the builder this step created is removed', async (_what, endpoint, why) => {
    const address = endpoint();
    const { exec, calls } = booting(() => undefined);
    await expect(bootBuilder(exec, setup({ driver: 'remote', endpoint: address }), true)).rejects.toThrow(
      new Error(`the builder hoist set up cannot reach ${address} (${why}). Check that its BuildKit is running and that this runner can reach it (endpoint, append).`)
    );
    expect(argvs(calls)).toEqual(['buildx rm hoist-0123456789ab']);
  });

  it('a reused builder that cannot be reached is left in place', async () => {
    const { exec, calls } = booting(() => undefined);
    await expect(bootBuilder(exec, setup({ driver: 'remote', endpoint: 'tcp://127.0.0.1:1' }), false)).rejects.toThrow(/cannot reach tcp:\/\/127\.0\.0\.1:1 \(connection refused\)/);
    expect(calls).toEqual([]);
  });

  it('a boot that fails names the nodes that did not answer', async () => {
    const down = INSPECT.replace('ENDPOINT', `unix://${socket}`) + ['Name:      arm', 'Endpoint:  docker-context-arm', 'Status:    inactive', ''].join('\n');
    const { exec, calls } = booting(c => {
      if (c.args.includes('--bootstrap')) return { exitCode: 1, stdout: '', stderr: 'ERROR: failed to boot' };
      return c.args[1] === 'inspect' ? ok('', down) : undefined;
    });
    const added = { name: 'arm', endpoint: 'docker-context-arm', platforms: ['linux/arm64'], driverOpts: [] };
    await expect(bootBuilder(exec, setup({ nodes: [added] }), true)).rejects.toThrow(
      new Error('the builder hoist set up did not start: node arm (docker-context-arm): inactive did not answer. Check the endpoint and driver-opts of each.')
    );
    expect(argvs(calls)).toEqual(['buildx inspect --bootstrap --builder hoist-0123456789ab', 'buildx inspect hoist-0123456789ab', 'buildx rm hoist-0123456789ab']);
  });

  it('a remote builder that does not start: buildx’s last lines, and what to check', async () => {
    const { exec } = booting(c => (c.args.includes('--bootstrap') ? { exitCode: 1, stdout: '', stderr: 'one\ntwo\nthree\nERROR: connection reset' } : undefined));
    await expect(bootBuilder(exec, setup({ driver: 'remote', endpoint: `unix://${socket}` }), false)).rejects.toThrow(
      new Error('the remote builder hoist set up did not start: two\nthree\nERROR: connection reset. Check the endpoint and driver-opts.')
    );
  });
});

describe('removeBuilder', () => {
  it('buildx rm, which takes its container and state volume', async () => {
    const { exec, calls } = scriptedExec([() => ok()], '');
    await removeBuilder(exec, 'hoist-0123456789ab');
    expect(argvs(calls)).toEqual(['buildx rm hoist-0123456789ab']);
  });

  it('keep-state: buildx rm --keep-state, which leaves the state volume', async () => {
    const { exec, calls } = scriptedExec([() => ok()], '');
    await removeBuilder(exec, 'hoist-0123456789ab', true);
    expect(argvs(calls)).toEqual(['buildx rm hoist-0123456789ab --keep-state']);
  });
});

describe('useBuilder', () => {
  it('buildx use: the builder is current for the later steps', async () => {
    const { exec, calls } = scriptedExec([() => ok()], '');
    await useBuilder(exec, 'b1');
    expect(argvs(calls)).toEqual(['buildx use b1']);
  });
});
