// readback/analyse-files.ts: each distinct layer read once, a few at a time, read again once after a cut; each platform's files; failures only warn.
import { describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { pack } from 'tar-stream';
import { analyseFiles, analyseFilesOrWarn, type BlobSource } from '../../../src/readback/analyse-files.js';
import type { ImageFacts, LayerFacts } from '../../../src/readback/image.js';
import { FakeRunner } from '../../helpers/runner.js';

const GZ = 'application/vnd.oci.image.layer.v1.tar+gzip';
const sha = (b: Buffer): string => `sha256:${createHash('sha256').update(b).digest('hex')}`;

async function gzTar(files: Record<string, number>): Promise<Buffer> {
  const p = pack();
  for (const [name, size] of Object.entries(files)) p.entry({ name }, Buffer.alloc(size, 2));
  p.finalize();
  const chunks: Buffer[] = [];
  for await (const chunk of p) chunks.push(chunk as Buffer);
  return gzipSync(Buffer.concat(chunks));
}

/** Blobs by digest; counts the opens and the most read at once; `cuts` breaks the first N reads of a digest. */
class Blobs implements BlobSource {
  readonly blobs = new Map<string, Buffer>();
  readonly opens: string[] = [];
  active = 0;
  most = 0;
  cuts = new Map<string, number>();

  async layer(files: Record<string, number>): Promise<LayerFacts> {
    const blob = await gzTar(files);
    this.blobs.set(sha(blob), blob);
    return { digest: sha(blob), size: blob.length, mediaType: GZ };
  }

  openBlob(_ref: unknown, digest: string): Promise<Readable> {
    this.opens.push(digest);
    const blob = this.blobs.get(digest);
    if (!blob) return Promise.reject(new Error(`${digest}: not found (HTTP 404)`));
    const cut = (this.cuts.get(digest) ?? 0) > 0;
    if (cut) this.cuts.set(digest, this.cuts.get(digest)! - 1);
    this.active++;
    this.most = Math.max(this.most, this.active);
    const done = () => void this.active--;
    const stream = Readable.from(
      (async function* () {
        await new Promise(resolve => setTimeout(resolve, 5));
        yield blob.subarray(0, 10);
        if (cut) throw Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' });
        yield blob.subarray(10);
      })()
    );
    stream.on('close', done);
    return Promise.resolve(stream);
  }
}

function image(platforms: Record<string, LayerFacts[]>): ImageFacts {
  return {
    reference: `127.0.0.1:5000/acme/app@sha256:${'a'.repeat(64)}`,
    digest: `sha256:${'a'.repeat(64)}`,
    attestations: [],
    platforms: Object.entries(platforms).map(([platform, layers]) => ({ platform, digest: `sha256:${platform}`, manifestBytes: 1, config: { digest: 'sha256:c', size: 1 }, layers }))
  };
}

describe('analyseFiles', () => {
  it("reads each distinct layer once, at most 3 at a time, and stacks each platform's", async () => {
    const blobs = new Blobs();
    const shared = await blobs.layer({ 'etc/conf': 100 });
    const own = await Promise.all([1, 2, 3, 4, 5].map(i => blobs.layer({ [`bin/app${i}`]: i * 1000 })));
    const deletes = await blobs.layer({ 'etc/.wh.conf': 0 });
    const analysed = await analyseFiles(blobs, image({ 'linux/amd64': [shared, own[0], own[1], deletes], 'linux/arm64': [shared, own[2], own[3], own[4]] }));
    expect(blobs.opens.sort()).toEqual([shared, ...own, deletes].map(l => l.digest).sort());
    expect(blobs.most).toBe(3);
    const [amd64, arm64] = analysed.platforms.map(p => p.files!);
    expect(amd64.layers.map(l => ('largest' in l ? l.largest : l))).toEqual([[{ path: '/etc/conf', size: 100 }], [{ path: '/bin/app1', size: 1000 }], [{ path: '/bin/app2', size: 2000 }], []]);
    expect(amd64.wasted).toEqual({ bytes: 100, fileBytes: 3100, largest: [{ path: '/etc/conf', size: 100, layer: 0, hiddenBy: 3, how: 'deleted' }] });
    expect(arm64.wasted).toEqual({ bytes: 0, fileBytes: 12_100, largest: [] });
  });

  it('reads a layer cut off mid-way again, once; one cut twice is not analysed, with the reason, and the rest still is', async () => {
    const blobs = new Blobs();
    const once = await blobs.layer({ a: 10 });
    const twice = await blobs.layer({ b: 20 });
    blobs.cuts.set(once.digest, 1);
    blobs.cuts.set(twice.digest, 2);
    const analysed = await analyseFiles(blobs, image({ 'linux/amd64': [once, twice] }));
    expect(blobs.opens.filter(d => d === once.digest)).toHaveLength(2);
    expect(blobs.opens.filter(d => d === twice.digest)).toHaveLength(2);
    expect(analysed.platforms[0].files).toEqual({ layers: [{ files: 1, bytes: 10, largest: [{ path: '/a', size: 10 }] }, { notAnalysed: 'socket hang up' }] });
  });
});

describe('analyseFilesOrWarn', () => {
  it('says what it read and in what time, and warns once for each layer it could not read', async () => {
    const blobs = new Blobs();
    const layer = await blobs.layer({ a: 10 });
    const missing: LayerFacts = { digest: `sha256:${'b'.repeat(64)}`, size: 5, mediaType: GZ };
    const zstd: LayerFacts = { digest: `sha256:${'c'.repeat(64)}`, size: 5, mediaType: 'application/vnd.oci.image.layer.v1.tar+zstd' };
    const runner = new FakeRunner({});
    let t = 0;
    const analysed = await analyseFilesOrWarn(runner, blobs, image({ 'linux/amd64': [layer, missing], 'linux/arm64': [layer, zstd] }), () => (t += 1500));
    expect(runner.texts('info')).toEqual([`size-analysis: read the files of 1 layer(s) (${layer.size} B downloaded) in 1.5 s`]);
    const warnings = runner.texts('warning');
    expect(warnings[0]).toBe(`size-analysis: layer ${missing.digest} was not analysed: ${missing.digest}: not found (HTTP 404)`);
    // A zstd layer is not read where node:zlib has no zstd (Node 20), and is missing here where it has.
    expect(warnings).toEqual([warnings[0], expect.stringMatching(new RegExp(`^size-analysis: layer ${zstd.digest} was not analysed: `))]);
    expect(analysed.platforms.map(p => p.files?.wasted)).toEqual([undefined, undefined]);
  });

  it('warns and gives the image as it was when the analysis itself fails', async () => {
    const runner = new FakeRunner({});
    const bad = { ...image({ 'linux/amd64': [] }), reference: 'Not A Reference' };
    await expect(analyseFilesOrWarn(runner, new Blobs(), bad)).resolves.toBe(bad);
    expect(runner.texts('warning')).toEqual([expect.stringMatching(/^size-analysis: the layers' files could not be listed: /)]);
  });
});
