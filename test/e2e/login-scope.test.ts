/**
 * login-action's `scope` and `ecr` against the real toolchain and a Bearer-token registry:
 *  - a scoped login goes only to buildx's config for that scope
 *    (`$BUILDX_CONFIG/config/<registry>/<scope>/config.json`), and buildx v0.36.1 pushes with
 *    it (the docker config holds no login for that registry); hoist's own read-back uses it
 *    too; the post step takes it out.
 *  - the docker config aws-actions/amazon-ecr-login leaves (a `docker login` into the default
 *    ~/.docker/config.json, DOCKER_CONFIG unset) is what hoist and buildx push and read with,
 *    with no login inputs; an ECR login asked of hoist is refused before anything runs.
 * Each run has a buildx config of its own (a copy of the shared builder's entry), so the
 * machine's ~/.docker/buildx is never written. Checked with skopeo.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { workspace } from '../helpers/workspace.js';
import { startTokenRegistry, type TestRegistry } from '../servers/registries.js';
import { explain, runAction } from './runner.js';
import { BUILDER, RUNTIME_IMAGE, requireToolchain } from './toolchain.js';

const helloWorkspace = (): string => workspace({ Dockerfile: `FROM ${RUNTIME_IMAGE}\nCOPY hello /hello\n`, hello: `hello ${Date.now()} ${Math.random()}\n` }, { name: 'login-scope' });

async function skopeoDigest(ref: string, registry: TestRegistry): Promise<string> {
  const { stdout } = await promisify(execFile)('skopeo', ['inspect', '--format', '{{.Digest}}', '--tls-verify=false', '--creds', `${registry.username}:${registry.password}`, `docker://${ref}`], {
    encoding: 'utf8'
  });
  return stdout.trim();
}

/** A buildx config directory of the test's own that knows the shared builder (its instance entry copied). */
function ownBuildxConfig(): string {
  const shared = process.env.BUILDX_CONFIG ?? path.join(os.homedir(), '.docker', 'buildx');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'buildx-config-'));
  fs.mkdirSync(path.join(dir, 'instances'));
  fs.copyFileSync(path.join(shared, 'instances', BUILDER), path.join(dir, 'instances', BUILDER));
  return dir;
}

// DOCKER_CONFIG: undefined leaves the variable out of the steps' environment (the runner's default: ~/.docker).
/** A runner home whose ~/.docker has the buildx plugin and `config.json` as given. */
function runnerHome(config?: unknown): string {
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'runner-home-'));
  fs.mkdirSync(path.join(home, '.docker'));
  const plugins = path.join(os.homedir(), '.docker', 'cli-plugins');
  if (fs.existsSync(plugins)) fs.symlinkSync(plugins, path.join(home, '.docker', 'cli-plugins'));
  if (config) fs.writeFileSync(path.join(home, '.docker', 'config.json'), JSON.stringify(config, null, 2));
  return home;
}

describe("login-action's scope and ecr", () => {
  let registry: TestRegistry;
  beforeAll(async () => {
    await requireToolchain();
    registry = await startTokenRegistry();
  });
  afterAll(async () => {
    await registry?.stop();
  });

  it('scope: the login is in buildx config for that repository only, buildx pushes with it, hoist reads back with it, the post step takes it out', async () => {
    const repo = `e2e/scoped-${process.pid}`;
    const image = `${registry.host}/${repo}`;
    const buildx = ownBuildxConfig();
    const scopedFile = path.join(buildx, 'config', registry.host, repo, 'config.json');
    let duringJob: { docker: unknown; scoped: unknown } | undefined;
    const run = await runAction(
      { context: '.', builder: BUILDER, push: 'true', tags: `${image}:1`, registry: registry.host, username: registry.username, password: registry.password, scope: repo },
      {
        // Layers nothing else holds: a layer BuildKit knows from another repository of this host is pushed as a
        // cross-repository mount, whose token request names two repositories, and buildx then reads no scoped config.
        workspace: workspace({ Dockerfile: 'FROM scratch\nCOPY hello /hello\n', hello: `scoped ${Date.now()} ${Math.random()}\n` }, { name: 'login-scope' }),
        env: { HOME: runnerHome(), DOCKER_CONFIG: undefined as unknown as string, BUILDX_CONFIG: buildx },
        beforePost: async ({ state }) => {
          duringJob = {
            docker: JSON.parse(fs.readFileSync(path.join(state.dockerConfig, 'config.json'), 'utf8')),
            scoped: JSON.parse(fs.readFileSync(scopedFile, 'utf8'))
          };
        }
      }
    );
    expect({ code: run.main.exitCode, log: run.main.exitCode === 0 ? '' : explain(run) }).toEqual({ code: 0, log: '' });
    // Between main and post: the docker config has no login for the registry; the scoped config has it.
    expect(duringJob?.docker).toEqual({ auths: {} });
    expect(duringJob?.scoped).toEqual({ auths: { [registry.host]: { auth: Buffer.from(`${registry.username}:${registry.password}`).toString('base64') } } });
    expect(run.main.stdout).toContain(`logged in to ${registry.host} as ${registry.username} for scope ${repo} (in ${path.dirname(scopedFile)}`);
    // So buildx pushed with the scoped login (no other login for this registry existed) …
    expect(await skopeoDigest(`${image}:1`, registry)).toBe(run.outputs.digest);
    // … and hoist's size report read the image back through the token flow with it.
    expect(JSON.parse(run.outputs.sizes).digest).toBe(run.outputs.digest);
    expect(run.post.stdout).toContain(`logged out of the scoped login in ${path.dirname(scopedFile)}`);
    expect(fs.existsSync(path.join(buildx, 'config', registry.host))).toBe(false);
    expect(fs.existsSync(path.join(buildx, 'instances', BUILDER))).toBe(true);
    expect(run.visible).not.toContain(registry.password);
  });

  it("amazon-ecr-login's docker config (docker login into ~/.docker/config.json, DOCKER_CONFIG unset): hoist pushes and reads back with it, no login inputs", async () => {
    const image = `${registry.host}/e2e/ecr-style-${process.pid}`;
    // As `docker login --username AWS --password-stdin <registry>` leaves a runner's config.
    const home = runnerHome({ auths: { [registry.host]: { auth: Buffer.from(`${registry.username}:${registry.password}`).toString('base64') } } });
    const run = await runAction(
      { context: '.', builder: BUILDER, push: 'true', tags: `${image}:1` },
      { workspace: helloWorkspace(), env: { HOME: home, DOCKER_CONFIG: undefined as unknown as string, BUILDX_CONFIG: ownBuildxConfig() } }
    );
    expect({ code: run.main.exitCode, log: run.main.exitCode === 0 ? '' : explain(run) }).toEqual({ code: 0, log: '' });
    expect(run.main.stdout).not.toContain('logged in to');
    expect(await skopeoDigest(`${image}:1`, registry)).toBe(run.outputs.digest);
    const sizes = JSON.parse(run.outputs.sizes);
    expect(sizes.digest).toBe(run.outputs.digest);
    expect(sizes.source).toBe('registry');
    // The user's config is left as it was.
    expect(Object.keys(JSON.parse(fs.readFileSync(path.join(home, '.docker', 'config.json'), 'utf8')).auths)).toEqual([registry.host]);
  });

  it('an ECR login asked of hoist is refused before anything runs, pointing to amazon-ecr-login', async () => {
    const run = await runAction(
      {
        context: '.',
        builder: BUILDER,
        push: 'true',
        tags: '123456789012.dkr.ecr.eu-west-1.amazonaws.com/app:1',
        registry: '123456789012.dkr.ecr.eu-west-1.amazonaws.com',
        username: 'AKIAEXAMPLE',
        password: 'aws-secret-4410'
      },
      { workspace: helloWorkspace() }
    );
    expect(run.main.exitCode).not.toBe(0);
    expect(run.main.stdout).toMatch(
      /^::error::.*input 'registry': '123456789012\.dkr\.ecr\.eu-west-1\.amazonaws\.com' is an Amazon ECR login \(ecr: auto\).*aws-actions\/amazon-ecr-login before hoist/m
    );
    expect(run.main.stdout).not.toContain('docker buildx build');
    expect(run.visible).not.toContain('aws-secret-4410');
  });
});
