/**
 * The example Go service built by the bundled action for linux/amd64 + linux/arm64 on
 * the real builder, pushed to the loopback registry, then checked from outside:
 * plain HTTP to the registry, skopeo, the binaries' ELF headers, and the image run.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { explain, FAKE_TOKEN, runAction, type ActionRun } from './runner.js';
import { BUILDER, GO_IMAGE, REGISTRY, RUNTIME_IMAGE, binaryOf, elfMachine, getBlob, getManifest, requireToolchain, skopeoDigest, uniqueRepo } from './toolchain.js';

const BUILD_ARGS = `GO_IMAGE=${GO_IMAGE}\nRUNTIME_IMAGE=${RUNTIME_IMAGE}`;

async function waitFor(url: string, ms: number): Promise<void> {
  const deadline = Date.now() + ms;
  for (;;) {
    try {
      await fetch(url);
      return;
    } catch (e) {
      if (Date.now() > deadline) throw e;
      await new Promise(r => setTimeout(r, 100));
    }
  }
}

describe('example Go service: two platforms, pushed', () => {
  const repo = uniqueRepo('backend');
  const tag = `${REGISTRY}/${repo}:main`;
  let run: ActionRun;
  const containers: string[] = [];

  beforeAll(async () => {
    await requireToolchain();
    run = await runAction({
      context: 'example',
      platforms: 'linux/amd64,linux/arm64',
      tags: `${tag}\n${REGISTRY}/${repo}:sha-0123456`,
      'build-args': BUILD_ARGS,
      builder: BUILDER,
      push: 'true'
    });
  });
  afterAll(() => {
    for (const id of containers) spawnSync('docker', ['rm', '-f', id]);
  });

  it('succeeds, main and post', () => {
    expect({ code: run.main.exitCode, log: run.main.exitCode === 0 ? '' : explain(run) }).toEqual({ code: 0, log: '' });
    expect(run.post.exitCode).toBe(0);
  });

  it("outputs the registry's index digest, the same as skopeo sees", async () => {
    const index = await getManifest(repo, 'main');
    expect(run.outputs.digest).toBe(index.digest);
    expect(skopeoDigest(tag)).toBe(index.digest);
    expect((await getManifest(repo, 'sha-0123456')).digest).toBe(index.digest);
    expect(JSON.parse(run.outputs.metadata)['containerimage.digest']).toBe(index.digest);
    expect(run.outputs.imageid).toMatch(/^sha256:[0-9a-f]{64}$/);
  });

  it('pushed an index with exactly linux/amd64 and linux/arm64, and platform-digests matches it', async () => {
    const index = await getManifest(repo, 'main');
    const platforms: Record<string, string> = {};
    for (const m of index.json.manifests ?? []) {
      if (m.annotations?.['vnd.docker.reference.type'] === 'attestation-manifest') continue;
      platforms[`${m.platform?.os}/${m.platform?.architecture}`] = m.digest;
    }
    expect(Object.keys(platforms).sort()).toEqual(['linux/amd64', 'linux/arm64']);
    expect(JSON.parse(run.outputs['platform-digests'])).toEqual(platforms);
  });

  it('put an aarch64 binary in the arm64 image and an x86-64 one in the amd64 image', async () => {
    const digests = JSON.parse(run.outputs['platform-digests']) as Record<string, string>;
    const arm = await binaryOf(repo, await getManifest(repo, digests['linux/arm64']));
    const amd = await binaryOf(repo, await getManifest(repo, digests['linux/amd64']));
    expect(elfMachine(arm)).toBe(183);
    expect(elfMachine(amd)).toBe(62);
  });

  it('the amd64 image runs and answers /get after a /post', async () => {
    const port = 18080 + (process.pid % 1000);
    const id = execFileSync('docker', ['run', '-d', '--rm', '--network', 'host', '--platform', 'linux/amd64', '-e', `ADDR=127.0.0.1:${port}`, tag], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe']
    }).trim();
    containers.push(id);
    await waitFor(`http://127.0.0.1:${port}/get`, 15000);
    const posted = await fetch(`http://127.0.0.1:${port}/post`, { method: 'POST', body: JSON.stringify({ name: 'hoist-e2e' }) });
    expect(await posted.json()).toEqual({ message: 'Data received successfully', name: 'hoist-e2e' });
    expect(await (await fetch(`http://127.0.0.1:${port}/get`)).json()).toEqual({ name: 'hoist-e2e' });
  });

  it('reports sizes equal to an independent computation from the raw manifests and unpacked layers', async () => {
    const sizes = JSON.parse(run.outputs.sizes);
    const index = await getManifest(repo, 'main');
    const blobs = new Map<string, number>();
    for (const m of index.json.manifests ?? []) {
      if (m.annotations?.['vnd.docker.reference.type'] === 'attestation-manifest') continue;
      const manifest = await getManifest(repo, m.digest);
      const layers = manifest.json.layers ?? [];
      const config = manifest.json.config as { digest: string; size: number };
      let unpacked = 0;
      for (const l of layers) unpacked += gunzipSync(await getBlob(repo, l.digest)).length;
      for (const b of [config, ...layers]) blobs.set(b.digest, b.size);
      expect(sizes.platforms[`${m.platform?.os}/${m.platform?.architecture}`]).toMatchObject({
        digest: m.digest,
        compressed: config.size + layers.reduce((sum, l) => sum + l.size, 0),
        uncompressed: unpacked,
        layers: layers.length
      });
    }
    expect(sizes.registryBytes).toBe([...blobs.values()].reduce((a, b) => a + b, 0));
    expect(sizes.attestations.count).toBe(2);
    expect(run.summary).toContain('| **registry bytes** (shared layers once) |');
  });

  it('writes a job summary with the platforms and digest', () => {
    expect(run.summary).toContain('### hoist · build');
    expect(run.summary).toContain(run.outputs.digest);
    expect(run.summary).toMatch(/\| linux\/arm64 \| `sha256:[0-9a-f]{64}` \|/);
  });

  it('shows one log group per phase and never the token', () => {
    const groups = [...run.main.stdout.matchAll(/^::group::(.*)$/gm)].map(m => m[1]);
    expect(groups).toEqual(['Builder', 'Build', 'Publish', 'Report']);
    expect(run.visible).not.toContain(FAKE_TOKEN);
    expect(run.main.stdout).toContain(`::add-mask::${FAKE_TOKEN}`);
  });

  it('post removes its temp dir', () => {
    expect(run.state.tmpDir).toBeTruthy();
    expect(fs.existsSync(run.state.tmpDir)).toBe(false);
  });
});
