/**
 * The real ports the action runs with: programs get the environment's programEnv as it
 * is at each call (the login changes it after the ports are made), the registry reads
 * the docker config the environment names at each use, and with debug on every command
 * line and registry request goes to the debug log. Real processes, a local HTTP server.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import * as fs from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as path from 'node:path';
import { processPorts } from '../../src/ports.js';
import { parseReference } from '../../src/registry/reference.js';
import { readRunEnv } from '../../src/runner/env.js';
import { scratchDirs } from '../helpers/ports.js';
import { FakeRunner } from '../helpers/runner.js';

const scratch = scratchDirs('ports');
const printEnv = (name: string) => ['-e', `process.stdout.write(process.env.${name} ?? '(unset)')`];

// A registry that serves one manifest to Basic credentials only.
const MANIFEST = JSON.stringify({ schemaVersion: 2, mediaType: 'application/vnd.oci.image.manifest.v1+json', config: { digest: 'sha256:c', size: 2 }, layers: [] });
let server: http.Server;
let host: string;
const seen: string[] = [];
beforeAll(async () => {
  server = http.createServer((req, res) => {
    seen.push(req.headers.authorization ?? '(none)');
    if (req.headers.authorization !== `Basic ${Buffer.from('bob:pa55').toString('base64')}`) return void res.writeHead(401, { 'www-authenticate': 'Basic realm="test"' }).end();
    res.writeHead(200, { 'content-type': 'application/vnd.oci.image.manifest.v1+json' }).end(MANIFEST);
  });
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  host = `127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>(resolve => server.close(() => resolve())));

describe('processPorts', () => {
  it('programs see programEnv as it is at each call, on top of the process’s own environment', async () => {
    const env = readRunEnv({ DOCKER_CONFIG: scratch() });
    const ports = processPorts(new FakeRunner({}), env);
    expect((await ports.exec(process.execPath, printEnv('HOIST_PORTS_TEST'))).stdout).toBe('(unset)');
    env.programEnv.HOIST_PORTS_TEST = 'set by the login';
    expect((await ports.exec(process.execPath, printEnv('HOIST_PORTS_TEST'))).stdout).toBe('set by the login');
    // The process's own variables are still there; a call's own env wins over programEnv.
    expect((await ports.exec(process.execPath, printEnv('PATH'))).stdout).toBe(process.env.PATH);
    expect((await ports.exec(process.execPath, printEnv('HOIST_PORTS_TEST'), { env: { HOIST_PORTS_TEST: 'the call' } })).stdout).toBe('the call');
  });

  it('the registry reads the credentials of the docker config the environment names at each use', async () => {
    const env = readRunEnv({ DOCKER_CONFIG: scratch() });
    const ports = processPorts(new FakeRunner({}), env);
    const ref = parseReference(`${host}/acme/app:1`);
    await expect(ports.registry.getManifest(ref, '1')).rejects.toThrow(/requires a login/);
    // What the login does: a config of its own, named in the environment after the ports were made.
    const config = scratch();
    fs.writeFileSync(path.join(config, 'config.json'), JSON.stringify({ auths: { [host]: { auth: Buffer.from('bob:pa55').toString('base64') } } }));
    env.dockerConfig = config;
    expect((await ports.registry.getManifest(ref, '1')).manifest).toEqual(JSON.parse(MANIFEST));
    expect(seen.at(-1)).toBe(`Basic ${Buffer.from('bob:pa55').toString('base64')}`);
  });

  it('with debug on: each command line and its exit, each registry request and its answer, in the debug log', async () => {
    const runner = new FakeRunner({}, true);
    const ports = processPorts(runner, readRunEnv({ DOCKER_CONFIG: scratch() }));
    await ports.exec(process.execPath, ['-e', '0'], { input: 'a secret' });
    await ports.registry.getManifest(parseReference(`${host}/acme/app:1`), '1').catch(() => undefined);
    const debug = runner.texts('debug');
    expect(debug[0]).toBe(`${process.execPath} -e 0 (stdin: 8 bytes)`);
    expect(debug[1]).toMatch(new RegExp(`^${process.execPath.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')} -e 0 -> exit 0 in \\d+ ms$`));
    expect(debug.slice(2)).toContainEqual(expect.stringMatching(new RegExp(`^GET http://${host}/v2/acme/app/manifests/1 -> 401 in \\d+ ms$`)));
    expect(JSON.stringify(debug)).not.toContain('a secret');
  });

  it('without debug: nothing in the debug log; the clock moves', async () => {
    const runner = new FakeRunner({});
    const ports = processPorts(runner, readRunEnv({ DOCKER_CONFIG: scratch() }));
    await ports.exec(process.execPath, ['-e', '0']);
    expect(runner.events).toEqual([]);
    const t = ports.now();
    expect(ports.now()).toBeGreaterThanOrEqual(t);
  });
});
