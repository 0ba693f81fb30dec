/**
 * The login phase against an in-memory registry that asks for Basic credentials: each
 * login checked before anything is written, then hoist's own docker config (the user's
 * kept in it), which every program and registry read after it uses; kept for the job's
 * later steps only with `logout: false`.
 */
import { describe, expect, it } from '@jest/globals';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { logIn } from '../../../src/phases/login.js';
import { registryLogins } from '../../../src/plan/login.js';
import { rawInputs } from '../../helpers/inputs.js';
import { scratchDirs, testPorts } from '../../helpers/ports.js';
import { MemoryRegistry } from '../../helpers/registry.js';
import { FakeRunner } from '../../helpers/runner.js';

const scratch = scratchDirs('phase-login');
const auth = (user: string, password: string) => ({ auth: Buffer.from(`${user}:${password}`).toString('base64') });

async function loginWith(inputs: Record<string, string>, registry = new MemoryRegistry()) {
  registry.requireLogin('bob', 'pa55');
  const dir = scratch();
  // The user's own docker config, with a login to another registry and a credential store.
  fs.mkdirSync(path.join(dir, 'docker'));
  fs.writeFileSync(path.join(dir, 'docker', 'config.json'), JSON.stringify({ auths: { 'other.example': auth('me', 'mine') }, credsStore: 'desktop' }));
  const tmpDir = path.join(dir, 'hoist-tmp');
  fs.mkdirSync(tmpDir);
  const runner = new FakeRunner({});
  const ports = testPorts({ dir, runner, registry });
  const given = rawInputs(inputs);
  const { logins, problems } = await registryLogins(given);
  expect(problems).toEqual([]);
  const done = logIn(ports, given, logins, tmpDir);
  return { done, runner, ports, dir, tmpDir, registry };
}

describe('logIn', () => {
  it('checks the login, writes a docker config of its own beside the user’s logins, and points every later read at it', async () => {
    const { done, runner, ports, dir, tmpDir, registry } = await loginWith({ registry: '127.0.0.1:5000', username: 'bob', password: 'pa55' });
    await done;
    const config = path.join(tmpDir, 'docker-config');
    expect(JSON.parse(fs.readFileSync(path.join(config, 'config.json'), 'utf8'))).toEqual({ auths: { 'other.example': auth('me', 'mine'), '127.0.0.1:5000': auth('bob', 'pa55') } });
    expect(fs.statSync(path.join(config, 'config.json')).mode & 0o777).toBe(0o600);
    expect(ports.env.dockerConfig).toBe(config);
    // Builders stay where buildx keeps them.
    expect(ports.env.programEnv).toEqual({ DOCKER_CONFIG: config, BUILDX_CONFIG: path.join(dir, 'buildx') });
    // The post step removes it.
    expect(runner.getState('dockerConfig')).toBe(config);
    expect(runner.texts('env')).toEqual([]);
    expect(runner.texts('info')).toEqual(['logged in to 127.0.0.1:5000 as bob']);
    // Asked as docker login asks: /v2/, then again with the credentials.
    expect(registry.requests).toEqual(['GET /v2/', 'GET /v2/']);
  });

  it('logout: false keeps the config for the later steps: outside hoist’s temp directory, exported', async () => {
    const { done, runner, ports, dir, tmpDir } = await loginWith({ registry: '127.0.0.1:5000', username: 'bob', password: 'pa55', logout: 'false' });
    await done;
    const config = ports.env.dockerConfig;
    expect(path.dirname(config)).toBe(path.join(dir, 'temp'));
    expect(path.basename(config)).toMatch(/^hoist-docker-config-[0-9a-f-]{36}$/);
    expect(fs.existsSync(path.join(tmpDir, 'docker-config'))).toBe(false);
    expect(runner.texts('env')).toEqual([`DOCKER_CONFIG=${config}`, `BUILDX_CONFIG=${path.join(dir, 'buildx')}`]);
    expect(runner.getState('dockerConfig')).toBe('');
    expect(runner.texts('info')).toEqual(['logged in to 127.0.0.1:5000 as bob (kept for the later steps: logout is false)']);
  });

  it.each([
    ['127.0.0.1:5000', 'Check the registry address, the username and the password or token.'],
    ['ghcr.io', 'For ghcr.io: username github.actor and password secrets.GITHUB_TOKEN with permissions: packages: write (or a token with write:packages).'],
    ['123456789012.dkr.ecr.eu-west-1.amazonaws.com', 'For ECR: username AWS and the password from aws ecr get-login-password.'],
    ['europe-docker.pkg.dev', 'For Google registries: username oauth2accesstoken and an access token (gcloud auth print-access-token) as the password.']
  ])('a refused login at %s fails with what usually fixes it, and nothing is written', async (host, hint) => {
    // ecr: false: an ECR address logged in to with the username and password as given (auto refuses it before this phase).
    const { done, runner, ports, tmpDir } = await loginWith({ registry: host, username: 'bob', password: 'wrong', ...(host.includes('.ecr.') ? { ecr: 'false' } : {}) });
    await expect(done).rejects.toThrow(new Error(`login to ${host} as 'bob' failed: ${host} refused the credentials for user 'bob' (HTTP 401). ${hint}`));
    expect(fs.existsSync(path.join(tmpDir, 'docker-config'))).toBe(false);
    expect(ports.env.programEnv).toEqual({});
    expect(runner.events).toEqual([]);
  });

  it('several logins (registry-auths): each checked, all in the one config', async () => {
    const { done, tmpDir, runner } = await loginWith({
      'registry-auths': '- registry: 127.0.0.1:5000\n  username: bob\n  password: pa55\n- registry: ghcr.io\n  username: bob\n  password: pa55'
    });
    await done;
    expect(Object.keys(JSON.parse(fs.readFileSync(path.join(tmpDir, 'docker-config', 'config.json'), 'utf8')).auths)).toEqual(['other.example', '127.0.0.1:5000', 'ghcr.io']);
    expect(runner.texts('info')).toEqual(['logged in to 127.0.0.1:5000 as bob', 'logged in to ghcr.io as bob']);
  });

  it("a scoped login goes to buildx's config for that scope, not hoist's docker config, and is listed for the post step", async () => {
    const { done, tmpDir, runner, dir, registry } = await loginWith({ registry: '127.0.0.1:5000', username: 'bob', password: 'pa55', scope: 'acme/app@push' });
    await done;
    const scoped = path.join(dir, 'buildx', 'config', '127.0.0.1:5000', 'acme', 'app@push');
    expect(JSON.parse(fs.readFileSync(path.join(scoped, 'config.json'), 'utf8'))).toEqual({ auths: { '127.0.0.1:5000': auth('bob', 'pa55') } });
    expect(Object.keys(JSON.parse(fs.readFileSync(path.join(tmpDir, 'docker-config', 'config.json'), 'utf8')).auths)).toEqual(['other.example']);
    expect(runner.texts('info')).toEqual([`logged in to 127.0.0.1:5000 as bob for scope acme/app@push (in ${scoped}: buildx v0.31.0 and later use it for those repositories)`]);
    // Checked as docker login checks it, before anything was written.
    expect(registry.requests.length).toBeGreaterThan(0);
    expect(runner.getState('dockerConfig')).toBe(path.join(tmpDir, 'docker-config'));
  });

  it('no login: nothing is asked or written', async () => {
    const dir = scratch();
    const registry = new MemoryRegistry();
    const ports = testPorts({ dir, registry });
    await logIn(ports, rawInputs({}), [], dir);
    expect(registry.requests).toEqual([]);
    expect(ports.env.programEnv).toEqual({});
  });
});
