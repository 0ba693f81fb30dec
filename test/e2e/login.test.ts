/**
 * Logins in the same step, with no docker config prepared for the registries: a Bearer
 * token registry (as GHCR and Docker Hub) through `registry`/`username`/`password`, and an
 * htpasswd registry over self-signed TLS through `registry-auths`, pushed to by a builder
 * hoist sets up (its BuildKit trusts the registry's CA through buildkitd-config-inline).
 * The post step removes hoist's docker config; the passwords appear nowhere a user sees;
 * a wrong password fails before anything is built. Checked with skopeo.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { workspace } from '../helpers/workspace.js';
import { startBasicTlsRegistry, startTokenRegistry, type TestRegistry } from '../servers/registries.js';
import { explain, runAction } from './runner.js';
import { BUILDER, RUNTIME_IMAGE, requireToolchain } from './toolchain.js';

const helloWorkspace = (): string => workspace({ Dockerfile: `FROM ${RUNTIME_IMAGE}\nCOPY hello /hello\n`, hello: `hello ${Date.now()}\n` }, { name: 'login' });

/** skopeo's view of a tag (asynchronous: the token server lives in this process). */
async function skopeoDigest(ref: string, registry: TestRegistry, tls: boolean): Promise<string> {
  const certDir = fs.mkdtempSync(path.join(os.tmpdir(), 'certs-'));
  fs.copyFileSync(registry.certFile, path.join(certDir, 'ca.crt'));
  const { stdout } = await promisify(execFile)(
    'skopeo',
    ['inspect', '--format', '{{.Digest}}', ...(tls ? ['--cert-dir', certDir] : ['--tls-verify=false']), '--creds', `${registry.username}:${registry.password}`, `docker://${ref}`],
    { encoding: 'utf8' }
  );
  return stdout.trim();
}

describe('registry logins in the same step', () => {
  let tokenRegistry: TestRegistry;
  let tlsRegistry: TestRegistry;
  beforeAll(async () => {
    await requireToolchain();
    [tokenRegistry, tlsRegistry] = await Promise.all([startTokenRegistry(), startBasicTlsRegistry()]);
  });
  afterAll(async () => {
    await Promise.all([tokenRegistry?.stop(), tlsRegistry?.stop()]);
  });

  it('logs in to a Bearer-token registry, pushes the generated tags, and the post step removes the config', async () => {
    const image = `${tokenRegistry.host}/e2e/login`;
    const run = await runAction(
      {
        context: '.',
        builder: BUILDER,
        push: 'true',
        'meta-images': image,
        'meta-tags': 'type=ref,event=branch\ntype=sha',
        registry: tokenRegistry.host,
        username: tokenRegistry.username,
        password: tokenRegistry.password
      },
      { workspace: helloWorkspace() }
    );
    expect({ code: run.main.exitCode, log: run.main.exitCode === 0 ? '' : explain(run) }).toEqual({ code: 0, log: '' });
    expect(run.main.stdout).toContain(`logged in to ${tokenRegistry.host} as ${tokenRegistry.username}`);
    expect(await skopeoDigest(`${image}:main`, tokenRegistry, false)).toBe(run.outputs.digest);
    expect(await skopeoDigest(`${image}:sha-0123456`, tokenRegistry, false)).toBe(run.outputs.digest);
    // The size report read the image back through the token flow with the same login.
    expect(JSON.parse(run.outputs.sizes).digest).toBe(run.outputs.digest);
    const config = run.state.dockerConfig;
    expect(config).toBeTruthy();
    expect(fs.existsSync(config)).toBe(false);
    expect(run.post.stdout).toContain('logged out');
    // Nowhere: the logs of both steps, the outputs (metadata included), the summary.
    expect(run.visible).not.toContain(tokenRegistry.password);
    expect(run.visible).not.toContain(Buffer.from(`${tokenRegistry.username}:${tokenRegistry.password}`).toString('base64'));
  });

  it('registry-auths: logs in to an htpasswd registry over TLS too, and a builder hoist sets up pushes there', async () => {
    const image = `${tlsRegistry.host}/e2e/login-tls`;
    const auths = [tokenRegistry, tlsRegistry].map(r => `- registry: ${r.host}\n  username: ${r.username}\n  password: ${r.password}`).join('\n');
    const run = await runAction(
      {
        context: '.',
        platforms: 'linux/amd64,linux/arm64',
        push: 'true',
        tags: `${image}:1`,
        'registry-auths': auths,
        // Its BuildKit trusts the test registry's self-signed certificate (buildx copies the file in);
        // `http = false`, as BuildKit would otherwise speak plain HTTP to a loopback registry.
        'buildkitd-config-inline': `[registry."${tlsRegistry.host}"]\n  http = false\n  ca = ["${tlsRegistry.certFile}"]`
      },
      { workspace: helloWorkspace(), env: { BUILDX_BUILDER: 'default', GITHUB_JOB: `login-${process.pid}`, NODE_EXTRA_CA_CERTS: tlsRegistry.certFile } }
    );
    expect({ code: run.main.exitCode, log: run.main.exitCode === 0 ? '' : explain(run) }).toEqual({ code: 0, log: '' });
    expect(run.main.stdout).toContain(`logged in to ${tlsRegistry.host} as ${tlsRegistry.username}`);
    expect(run.main.stdout).toContain(`logged in to ${tokenRegistry.host} as ${tokenRegistry.username}`);
    expect(await skopeoDigest(`${image}:1`, tlsRegistry, true)).toBe(run.outputs.digest);
    expect(fs.existsSync(run.state.dockerConfig)).toBe(false);
    expect(run.post.stdout).toContain(`removed builder ${run.state.builderToRemove}`);
    for (const r of [tokenRegistry, tlsRegistry]) expect(run.visible).not.toContain(r.password);
  });

  it('a wrong password fails before anything is built, naming the registry and what to check', async () => {
    const run = await runAction(
      { context: '.', builder: BUILDER, push: 'true', tags: `${tokenRegistry.host}/e2e/login:wrong`, registry: tokenRegistry.host, username: tokenRegistry.username, password: 'wrong-token-7731' },
      { workspace: helloWorkspace() }
    );
    expect(run.main.exitCode).not.toBe(0);
    expect(run.main.stdout).toMatch(
      new RegExp(
        `^::error::login to ${tokenRegistry.host.replace(/\./g, '\\.')} as '${tokenRegistry.username}' failed: .*refused the credentials.*Check the registry address, the username and the password or token\\.`,
        'm'
      )
    );
    expect(run.main.stdout).not.toContain('docker buildx build');
    expect(run.visible).not.toContain('wrong-token-7731');
  });
});
