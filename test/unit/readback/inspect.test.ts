import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { inspectImage, layerInstructions } from '../../../src/readback/inspect.js';
import { RegistryClient } from '../../../src/registry/client.js';
import { parseReference } from '../../../src/registry/reference.js';

const sha = (b: Buffer | string): string => `sha256:${createHash('sha256').update(b).digest('hex')}`;

/** An anonymous registry with real gzip blobs; `honourRange` off plays a registry that ignores Range. */
function registry(honourRange: boolean): { server: http.Server; index: string; rangeRequests: () => number } {
  const blobs = new Map<string, Buffer>();
  const manifests = new Map<string, Buffer>();
  const put = (map: Map<string, Buffer>, b: Buffer): string => {
    map.set(sha(b), b);
    return sha(b);
  };
  const shared = gzipSync(Buffer.alloc(70_000, 1)); // 70 000 bytes unpacked
  const child = (arch: string, payload: number): { digest: string; size: number } => {
    const layer = gzipSync(Buffer.alloc(payload, arch.length));
    const config = Buffer.from(JSON.stringify({ os: 'linux', architecture: arch, history: [{ created_by: 'COPY base / # buildkit' }, { created_by: `COPY app-${arch} /app # buildkit` }] }));
    const manifest = Buffer.from(
      JSON.stringify({
        schemaVersion: 2,
        mediaType: 'application/vnd.oci.image.manifest.v1+json',
        config: { mediaType: 'application/vnd.oci.image.config.v1+json', digest: put(blobs, config), size: config.length },
        layers: [
          { mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip', digest: put(blobs, shared), size: shared.length },
          { mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip', digest: put(blobs, layer), size: layer.length }
        ]
      })
    );
    return { digest: put(manifests, manifest), size: manifest.length };
  };
  const amd = child('amd64', 123_456);
  const arm = child('arm64', 654_321);
  const attConfig = Buffer.from('{}');
  const att = Buffer.from(JSON.stringify({ schemaVersion: 2, config: { digest: put(blobs, attConfig), size: 2 }, layers: [{ digest: 'sha256:p', size: 1_000 }] }));
  const index = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.index.v1+json',
      manifests: [
        { mediaType: 'application/vnd.oci.image.manifest.v1+json', ...amd, platform: { os: 'linux', architecture: 'amd64' } },
        { mediaType: 'application/vnd.oci.image.manifest.v1+json', ...arm, platform: { os: 'linux', architecture: 'arm64' } },
        {
          mediaType: 'application/vnd.oci.image.manifest.v1+json',
          digest: put(manifests, att),
          size: att.length,
          platform: { os: 'unknown', architecture: 'unknown' },
          annotations: { 'vnd.docker.reference.type': 'attestation-manifest', 'vnd.docker.reference.digest': amd.digest }
        }
      ]
    })
  );
  const indexDigest = put(manifests, index);
  let ranges = 0;
  const server = http.createServer((req, res) => {
    const m = /^\/v2\/acme\/app\/(manifests|blobs)\/(.+)$/.exec(req.url ?? '');
    const body = m && (m[1] === 'manifests' ? manifests : blobs).get(m[2]);
    if (!body) return void res.writeHead(404).end();
    const range = /^bytes=(\d+)-(\d+)$/.exec(req.headers.range ?? '');
    if (range && honourRange) {
      ranges++;
      const [start, end] = [Number(range[1]), Number(range[2])];
      return void res.writeHead(206, { 'content-range': `bytes ${start}-${end}/${body.length}` }).end(body.subarray(start, end + 1));
    }
    res.writeHead(200, { 'content-type': 'application/json' }).end(body);
  });
  return { server, index: indexDigest, rangeRequests: () => ranges };
}

describe.each([true, false])('inspectImage (registry honours Range: %s)', honourRange => {
  const fake = registry(honourRange);
  let ref: ReturnType<typeof parseReference>;
  beforeAll(async () => {
    await new Promise<void>(r => fake.server.listen(0, '127.0.0.1', r));
    ref = parseReference(`127.0.0.1:${(fake.server.address() as AddressInfo).port}/acme/app:1`);
  });
  afterAll(() => new Promise<void>(r => fake.server.close(() => r())));

  it('reads platforms, sizes, unpacked sizes from gzip ISIZE and instructions; attestations apart', async () => {
    const image = await inspectImage(new RegistryClient(), ref, fake.index);
    expect(image?.platforms.map(p => [p.platform, p.layers.map(l => l.uncompressed), p.layers.map(l => l.instruction)])).toEqual([
      ['linux/amd64', [70_000, 123_456], ['COPY base /', 'COPY app-amd64 /app']],
      ['linux/arm64', [70_000, 654_321], ['COPY base /', 'COPY app-arm64 /app']]
    ]);
    expect(image?.attestations).toHaveLength(1);
    expect(image?.attestations[0].bytes).toBeGreaterThan(1_002);
    // Four layers, one of them shared by both platforms: three tails read.
    expect(fake.rangeRequests()).toBe(honourRange ? 3 : 0);
  });

  it('says undefined for an image that does not exist', async () => {
    expect(await inspectImage(new RegistryClient(), ref, 'main')).toBeUndefined();
  });
});

describe('layerChanges', () => {
  it('reads the instruction from BuildKit history, skipping empty layers', () => {
    const config = {
      history: [
        { created_by: 'COPY rootfs-amd64/ / # buildkit' },
        { created_by: 'ENV PATH=/usr/local/go/bin', empty_layer: true },
        { created_by: 'WORKDIR /app', comment: 'buildkit.dockerfile.v0' },
        { created_by: '/bin/sh -c apk add curl' }
      ]
    };
    expect(layerInstructions(config, 3)).toEqual(['COPY rootfs-amd64/ /', 'WORKDIR /app', 'RUN apk add curl']);
    expect(layerInstructions(config, 2)).toEqual([]);
  });
});
