/**
 * The size report against real registries: the PR comment through the real
 * @actions/github against a local GitHub REST server, size gates, and registry
 * auth as real registries do it (Bearer tokens; htpasswd Basic over TLS).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { workspace } from '../helpers/workspace.js';
import { startGitHub, type GitHubServer } from '../servers/github.js';
import { dockerConfigWith, startBasicTlsRegistry, startTokenRegistry, type TestRegistry } from '../servers/registries.js';
import { FAKE_TOKEN, runAction, type ActionRun } from './runner.js';
import { pullRequestRunEnv } from '../helpers/env.js';
import { BUILDER, REGISTRY, RUNTIME_IMAGE, requireToolchain, uniqueRepo } from './toolchain.js';

const PLATFORMS = 'linux/amd64,linux/arm64';

/** A quick two-platform image whose size the test controls: busybox plus a payload of N random bytes. */
function payloadWorkspace(bytes: number): string {
  return workspace({ payload: randomBytes(bytes), Dockerfile: `FROM ${RUNTIME_IMAGE}\nCOPY payload /payload\n` }, { name: 'size' });
}

function ok(run: ActionRun): void {
  expect({ exit: run.main.exitCode, log: run.main.exitCode === 0 ? '' : run.main.stdout.slice(-3000) }).toEqual({ exit: 0, log: '' });
}

beforeAll(requireToolchain);

describe('pull request size comment', () => {
  let github: GitHubServer;
  const repo = uniqueRepo('sized');
  const image = `${REGISTRY}/${repo}`;
  beforeAll(async () => {
    github = await startGitHub(FAKE_TOKEN);
    // main's image: the baseline the pull request is compared with.
    ok(await runAction({ context: '.', platforms: PLATFORMS, tags: `${image}:main`, push: 'true', builder: BUILDER }, { workspace: payloadWorkspace(200_000) }));
  });
  afterAll(() => github.close());

  it('creates one comment with the table and deltas vs main, then edits it in place', async () => {
    const first = await runAction(
      { context: '.', platforms: PLATFORMS, tags: `${image}:pr-7`, push: 'true', builder: BUILDER },
      { workspace: payloadWorkspace(500_000), env: pullRequestRunEnv({ number: 7, head: 'feedface'.repeat(5), apiUrl: github.url }) }
    );
    ok(first);
    const comments = github.comments.get(7) ?? [];
    expect(comments).toHaveLength(1);
    const body = comments[0].body;
    expect(body).toContain(`<!-- hoist:size-report image=${image} job=image -->`);
    expect(body).toContain(`### hoist · image size · \`${image}\``);
    expect(body).toContain('| platform | compressed | Δ vs `main` | unpacked | layers |');
    expect(body).toMatch(/\| linux\/amd64 \| [\d.]+ MB \| ▲ 0\.3 MB \(\+\d+\.\d %\) \| [\d.]+ MB \| 2 \|/);
    expect(body).toMatch(/\| linux\/arm64 \| [\d.]+ MB \| ▲ 0\.3 MB \(\+\d+\.\d %\) \| [\d.]+ MB \| 2 \|/);
    expect(body).toContain('What changed on linux/amd64');
    expect(body).toContain('`COPY payload /payload`');
    expect(body).not.toContain('unknown/unknown');
    expect(body).not.toContain(FAKE_TOKEN);
    expect(first.summary).toContain('| platform | compressed | Δ vs `main` |');

    const second = await runAction(
      { context: '.', platforms: PLATFORMS, tags: `${image}:pr-7`, push: 'true', builder: BUILDER },
      { workspace: payloadWorkspace(100_000), env: pullRequestRunEnv({ number: 7, head: 'feedface'.repeat(5), apiUrl: github.url }) }
    );
    ok(second);
    const after = github.comments.get(7) ?? [];
    expect(after).toHaveLength(1);
    expect(after[0].id).toBe(comments[0].id);
    expect(after[0].body).toMatch(/\| linux\/amd64 \| [\d.]+ MB \| ▼ 0\.1 MB \(−\d+\.\d %\)/);
    expect(github.requests.filter(r => r.startsWith('PATCH'))).toHaveLength(1);
    expect(github.requests.filter(r => r.startsWith('POST'))).toHaveLength(1);
  });

  it('fails a gate after writing the report, naming the platform', async () => {
    const run = await runAction(
      { context: '.', platforms: PLATFORMS, tags: `${image}:pr-8`, push: 'true', builder: BUILDER, 'max-size-increase': '10%' },
      { workspace: payloadWorkspace(600_000), env: pullRequestRunEnv({ number: 8, head: 'feedface'.repeat(5), apiUrl: github.url }) }
    );
    expect(run.main.exitCode).toBe(1);
    expect(run.main.stdout).toMatch(/::error::size gate failed:%0A {2}linux\/amd64 grew [\d.]+ kB \(\+\d+\.\d %25\), over max-size-increase 10%25/); // command data: % is sent as %25
    expect(run.summary).toContain('max-size-increase 10% ❌');
    expect(github.comments.get(8)?.[0].body).toContain('max-size-increase 10% ❌');
    const sizes = JSON.parse(run.outputs.sizes);
    expect(sizes.gates[0]).toMatchObject({ name: 'max-size-increase', passed: false });
  });

  it("degrades to the job summary with a warning when the token cannot comment (a fork's)", async () => {
    github.readOnly = true;
    try {
      const run = await runAction(
        { context: '.', platforms: PLATFORMS, tags: `${image}:pr-9`, push: 'true', builder: BUILDER },
        { workspace: payloadWorkspace(200_000), env: pullRequestRunEnv({ number: 9, head: 'feedface'.repeat(5), apiUrl: github.url }) }
      );
      ok(run);
      expect(run.main.stdout).toContain(
        "::warning::the token cannot comment on this pull request (a fork's read-only token, or no 'permissions: pull-requests: write'). The size report is in the job summary."
      );
      expect(run.summary).toContain('| platform | compressed | Δ vs `main` |');
      expect(github.comments.get(9)).toBeUndefined();
    } finally {
      github.readOnly = false;
    }
  });

  it('says "no baseline" when the base image does not exist', async () => {
    const lonely = uniqueRepo('lonely');
    const run = await runAction(
      { context: '.', platforms: PLATFORMS, tags: `${REGISTRY}/${lonely}:pr-10`, push: 'true', builder: BUILDER, 'pr-comment': 'false' },
      { workspace: payloadWorkspace(1_000), env: pullRequestRunEnv({ number: 10, head: 'feedface'.repeat(5), apiUrl: github.url }) }
    );
    ok(run);
    expect(run.summary).toContain(`| _no baseline: ${REGISTRY}/${lonely}:main does not exist yet (the base branch main)_ | | | | |`);
    expect(JSON.parse(run.outputs.sizes).baseline).toMatchObject({ found: false });
    expect(github.comments.get(10)).toBeUndefined();
  });
});

describe('registries with auth', () => {
  let tokenRegistry: TestRegistry;
  let tlsRegistry: TestRegistry;
  beforeAll(async () => {
    [tokenRegistry, tlsRegistry] = await Promise.all([startTokenRegistry(), startBasicTlsRegistry()]);
  });
  afterAll(async () => {
    await Promise.all([tokenRegistry?.stop(), tlsRegistry?.stop()]);
  });

  it('pushes to a Bearer-token registry and reports sizes read through the token flow', async () => {
    const tag = `${tokenRegistry.host}/e2e/tokened:1`;
    const run = await runAction({ context: '.', platforms: PLATFORMS, tags: tag, push: 'true', builder: BUILDER }, { workspace: payloadWorkspace(50_000), env: dockerConfigWith([tokenRegistry]) });
    ok(run);
    const sizes = JSON.parse(run.outputs.sizes);
    expect(Object.keys(sizes.platforms).sort()).toEqual(['linux/amd64', 'linux/arm64']);
    // Asynchronously: the token server lives in this process and must be free to answer skopeo.
    const { stdout: raw } = await promisify(execFile)('skopeo', ['inspect', '--raw', '--tls-verify=false', '--creds', `${tokenRegistry.username}:${tokenRegistry.password}`, `docker://${tag}`], {
      encoding: 'utf8'
    });
    const index = JSON.parse(raw) as { manifests: Array<{ digest: string; platform: { architecture: string } }> };
    expect(sizes.platforms['linux/arm64'].digest).toBe(index.manifests.find(m => m.platform.architecture === 'arm64')?.digest);
    expect(run.visible).not.toContain(tokenRegistry.password);
  });

  it('compares with an image on an htpasswd registry over self-signed TLS (NODE_EXTRA_CA_CERTS)', async () => {
    const base = `${tlsRegistry.host}/e2e/base:1`;
    const source = `${REGISTRY}/${uniqueRepo('tlsbase')}:1`;
    ok(await runAction({ context: '.', platforms: PLATFORMS, tags: source, push: 'true', builder: BUILDER }, { workspace: payloadWorkspace(300_000) }));
    const certDir = fs.mkdtempSync(path.join(os.tmpdir(), 'certs-'));
    fs.copyFileSync(tlsRegistry.certFile, path.join(certDir, 'ca.crt'));
    execFileSync(
      'skopeo',
      ['copy', '--all', '--src-tls-verify=false', '--dest-cert-dir', certDir, '--dest-creds', `${tlsRegistry.username}:${tlsRegistry.password}`, `docker://${source}`, `docker://${base}`],
      { stdio: 'ignore' }
    );

    const env = { ...dockerConfigWith([tlsRegistry]), NODE_EXTRA_CA_CERTS: tlsRegistry.certFile };
    const run = await runAction(
      { context: '.', platforms: PLATFORMS, tags: `${REGISTRY}/${uniqueRepo('vs-tls')}:1`, push: 'true', builder: BUILDER, 'compare-to': base },
      { workspace: payloadWorkspace(100_000), env }
    );
    ok(run);
    const sizes = JSON.parse(run.outputs.sizes);
    expect(sizes.baseline).toEqual({ reference: base, found: true });
    expect(sizes.platforms['linux/amd64'].delta.bytes).toBeLessThan(-150_000);
    expect(run.summary).toContain('| platform | compressed | Δ vs `1` |');

    const wrong = await runAction(
      { context: '.', platforms: PLATFORMS, tags: `${REGISTRY}/${uniqueRepo('vs-tls')}:1`, push: 'true', builder: BUILDER, 'compare-to': base },
      { workspace: payloadWorkspace(100_000), env: { ...dockerConfigWith([{ ...tlsRegistry, password: 'wrong-pass-5521' }]), NODE_EXTRA_CA_CERTS: tlsRegistry.certFile } }
    );
    ok(wrong);
    expect(wrong.main.stdout).toMatch(/::warning::size baseline: .* could not be read: 127\.0\.0\.1:5002 refused access to e2e\/base \(HTTP 401\)/);
    expect(wrong.visible).not.toContain('wrong-pass-5521');
    expect(wrong.visible).not.toContain(tlsRegistry.password);
    expect(JSON.parse(wrong.outputs.sizes).baseline.found).toBe(false);
  });
});
