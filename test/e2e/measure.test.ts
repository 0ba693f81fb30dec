/**
 * Sizes for an image that is not pushed: the same build first with `push: false` (hoist
 * measures the OCI layout the build also writes), then pushed. What was measured must be
 * what the registry holds after the push, read over plain HTTP, not through hoist's code.
 */
import { beforeAll, describe, expect, it } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { workspace } from '../helpers/workspace.js';
import { explain, runAction, type ActionRun } from './runner.js';
import { REGISTRY, RUNTIME_IMAGE, getManifest, listTags, platformsOf, requireToolchain, uniqueRepo } from './toolchain.js';

interface Sizes {
  source: string;
  baseline: { reference?: string; found: boolean };
  platforms: Record<string, { digest: string; compressed: number; uncompressed: number | null; layers: number; delta: { bytes: number } | null }>;
}

describe('push: false: the image is measured from the build, with the same bytes a push stores', () => {
  const repo = uniqueRepo('measure');
  const ws = workspace({}, { name: 'measure' });
  const inputs = (push: boolean) => ({
    context: '.',
    platforms: 'linux/amd64,linux/arm64',
    tags: `${REGISTRY}/${repo}:v2`,
    push: String(push),
    'compare-to': `${REGISTRY}/${repo}:v1`
  });
  let unpushed: ActionRun;
  let tagsBeforePush: string[];
  let pushed: ActionRun;

  beforeAll(async () => {
    await requireToolchain();
    // v1 in the registry: the baseline, with a smaller payload.
    fs.writeFileSync(path.join(ws, 'Dockerfile'), `FROM ${RUNTIME_IMAGE}\nCOPY payload /payload\n`);
    fs.writeFileSync(path.join(ws, 'payload'), randomBytes(100_000));
    const v1 = await runAction({ ...inputs(true), tags: `${REGISTRY}/${repo}:v1`, 'compare-to': 'none' }, { workspace: ws });
    expect({ code: v1.main.exitCode, log: v1.main.exitCode === 0 ? '' : explain(v1) }).toEqual({ code: 0, log: '' });
    fs.writeFileSync(path.join(ws, 'payload'), randomBytes(250_000));
    unpushed = await runAction(inputs(false), { workspace: ws });
    tagsBeforePush = await listTags(repo);
    pushed = await runAction(inputs(true), { workspace: ws });
  });

  it('measures without pushing, says so, and compares with the baseline in the registry', async () => {
    expect({ code: unpushed.main.exitCode, log: unpushed.main.exitCode === 0 ? '' : explain(unpushed) }).toEqual({ code: 0, log: '' });
    expect(tagsBeforePush).toEqual(['hoist-size-history', 'v1']);
    expect(unpushed.main.stdout).toMatch(/^measured the built image \(not pushed\) from the OCI layout the build wrote: 2 platform\(s\) in \d+ ms$/m);
    expect(unpushed.summary).toContain('| pushed | no — the sizes below were measured from the build |');
    expect(unpushed.summary).toContain(`### hoist · image size · \`${REGISTRY}/${repo}\` · measured from the build, not pushed`);
    const sizes = JSON.parse(unpushed.outputs.sizes) as Sizes;
    expect(sizes.source).toBe('build');
    expect(sizes.baseline).toEqual({ reference: `${REGISTRY}/${repo}:v1`, found: true });
    // 150,000 more random (incompressible) bytes in the payload layer, on each platform.
    for (const p of Object.values(sizes.platforms)) expect(p.delta!.bytes).toBeGreaterThan(149_000);
    expect(unpushed.outputs['platform-digests']).toBe('{}');
  });

  // build-push-action's CI job `digest`: docker-container driver, push: false, load: false → digest and imageid empty.
  it("keeps build-push-action's digest, imageid and metadata: nothing the workflow asked for was exported", async () => {
    expect(unpushed.outputs.digest ?? '').toBe('');
    expect(unpushed.outputs.imageid ?? '').toBe('');
    const metadata = JSON.parse(unpushed.outputs.metadata) as Record<string, unknown>;
    expect(metadata['buildx.build.ref']).toEqual(expect.stringMatching(/\S/));
    expect(Object.keys(metadata).filter(k => !k.startsWith('buildx.'))).toEqual([]);
    // The push that follows does set it: the index the registry holds under the tag.
    expect(pushed.outputs.digest).toBe((await getManifest(repo, 'v2')).digest);
  });

  it("each platform's measured compressed size and layer count are what the registry holds after the push", async () => {
    expect({ code: pushed.main.exitCode, log: pushed.main.exitCode === 0 ? '' : explain(pushed) }).toEqual({ code: 0, log: '' });
    const measured = JSON.parse(unpushed.outputs.sizes) as Sizes;
    const index = await getManifest(repo, 'v2');
    const children = platformsOf(index);
    expect(Object.keys(children).sort()).toEqual(Object.keys(measured.platforms).sort());
    for (const [platform, digest] of Object.entries(children)) {
      const manifest = await getManifest(repo, digest);
      const registryCompressed = manifest.json.config!.size + (manifest.json.layers ?? []).reduce((sum, l) => sum + l.size, 0);
      expect({ platform, compressed: measured.platforms[platform].compressed, layers: measured.platforms[platform].layers }).toEqual({
        platform,
        compressed: registryCompressed,
        layers: manifest.json.layers!.length
      });
    }
    const afterPush = JSON.parse(pushed.outputs.sizes) as Sizes;
    expect(afterPush.source).toBe('registry');
    for (const [platform, p] of Object.entries(afterPush.platforms)) expect(measured.platforms[platform].uncompressed).toBe(p.uncompressed);
  });
});

describe("push: false on the engine's own builder, whose BuildKit writes one output only", () => {
  it('builds as before, with no sizes and the reason in the log', async () => {
    await requireToolchain();
    const ws = workspace({ Dockerfile: `FROM ${RUNTIME_IMAGE}\nCOPY Dockerfile /Dockerfile\n` }, { name: 'measure-engine' });
    // provenance: false, as this engine's BuildKit has no attestations.
    const run = await runAction({ context: '.', tags: `hoist-measure-engine:${process.pid}`, provenance: 'false' }, { workspace: ws, env: { BUILDX_BUILDER: 'default' } });
    expect({ code: run.main.exitCode, log: run.main.exitCode === 0 ? '' : explain(run) }).toEqual({ code: 0, log: '' });
    expect(run.main.stdout).toMatch(/sizes not measured: the builder's BuildKit \(version unknown\) cannot write a second output/);
    expect(run.main.stdout).not.toContain('type=oci');
    expect(run.outputs.sizes).toBeUndefined();
  });
});
