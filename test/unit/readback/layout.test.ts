// OciLayout (readback/layout.ts): an OCI layout written to a temp dir, read back like a registry: platforms, sizes, digests, and missing blobs.
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { gzipSync } from 'node:zlib';
import { OciLayout } from '../../../src/readback/layout.js';
import { RegistryError } from '../../../src/registry/errors.js';

const MANIFEST = 'application/vnd.oci.image.manifest.v1+json';
const GZ = 'application/vnd.oci.image.layer.v1.tar+gzip';
const sha = (b: Buffer): string => `sha256:${createHash('sha256').update(b).digest('hex')}`;

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hoist-layout-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Writes a blob as BuildKit's oci exporter does (`blobs/sha256/<hex>`); returns its descriptor. */
function put(body: Buffer | object): { digest: string; size: number } {
  const bytes = Buffer.isBuffer(body) ? body : Buffer.from(JSON.stringify(body));
  fs.mkdirSync(path.join(dir, 'blobs', 'sha256'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'blobs', 'sha256', sha(bytes).slice('sha256:'.length)), bytes);
  return { digest: sha(bytes), size: bytes.length };
}

/** One platform's image: a config and one gzip layer that unpacks to `unpacked` bytes. */
function platformManifest(arch: string, unpacked: number): { manifest: { digest: string; size: number }; layer: { digest: string; size: number }; config: { digest: string; size: number } } {
  const config = put({ os: 'linux', architecture: arch, history: [{ created_by: `COPY app-${arch} /app # buildkit` }] });
  const layer = put(gzipSync(Buffer.alloc(unpacked, arch.length)));
  const manifest = put({ schemaVersion: 2, mediaType: MANIFEST, config: { mediaType: 'application/vnd.oci.image.config.v1+json', ...config }, layers: [{ mediaType: GZ, ...layer }] });
  return { manifest, layer, config };
}

function writeIndex(manifests: object[]): void {
  fs.writeFileSync(path.join(dir, 'index.json'), JSON.stringify({ schemaVersion: 2, manifests }));
}

describe('OciLayout.image', () => {
  it('reads a multi-platform index: each platform, its layer sizes and digests, and the attestation beside them', async () => {
    const amd = platformManifest('amd64', 123_456);
    const arm = platformManifest('arm64', 65_536);
    const statement = put(Buffer.from('{"predicateType":"https://slsa.dev/provenance/v0.2"}'));
    const attConfig = put(Buffer.from('{}'));
    const att = put({
      schemaVersion: 2,
      mediaType: MANIFEST,
      config: { mediaType: 'application/vnd.oci.image.config.v1+json', ...attConfig },
      layers: [{ mediaType: 'application/vnd.in-toto+json', ...statement }]
    });
    const index = put({
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.index.v1+json',
      manifests: [
        { mediaType: MANIFEST, ...amd.manifest, platform: { os: 'linux', architecture: 'amd64' } },
        { mediaType: MANIFEST, ...arm.manifest, platform: { os: 'linux', architecture: 'arm64' } },
        {
          mediaType: MANIFEST,
          ...att,
          platform: { os: 'unknown', architecture: 'unknown' },
          annotations: { 'vnd.docker.reference.type': 'attestation-manifest', 'vnd.docker.reference.digest': amd.manifest.digest }
        }
      ]
    });
    writeIndex([{ mediaType: 'application/vnd.oci.image.index.v1+json', ...index }]);

    expect(await new OciLayout(dir).image('ghcr.io/acme/app:pr-7')).toEqual({
      reference: `ghcr.io/acme/app@${index.digest}`,
      digest: index.digest,
      platforms: [
        {
          platform: 'linux/amd64',
          digest: amd.manifest.digest,
          manifestBytes: amd.manifest.size,
          config: amd.config,
          history: [{ createdBy: 'COPY app-amd64 /app # buildkit', emptyLayer: false }],
          layers: [{ digest: amd.layer.digest, size: amd.layer.size, mediaType: GZ, uncompressed: 123_456, instruction: 'COPY app-amd64 /app' }]
        },
        {
          platform: 'linux/arm64',
          digest: arm.manifest.digest,
          manifestBytes: arm.manifest.size,
          config: arm.config,
          history: [{ createdBy: 'COPY app-arm64 /app # buildkit', emptyLayer: false }],
          layers: [{ digest: arm.layer.digest, size: arm.layer.size, mediaType: GZ, uncompressed: 65_536, instruction: 'COPY app-arm64 /app' }]
        }
      ],
      attestations: [{ digest: att.digest, for: amd.manifest.digest, bytes: att.size + attConfig.size + statement.size }]
    });
  });

  it('reads a layout of one manifest, its platform from the config; a name without registry is Docker Hub', async () => {
    const amd = platformManifest('amd64', 6_000);
    writeIndex([{ mediaType: MANIFEST, ...amd.manifest }]);
    const image = await new OciLayout(dir).image('image');
    expect(image).toMatchObject({ reference: `docker.io/library/image@${amd.manifest.digest}`, digest: amd.manifest.digest, attestations: [] });
    expect(image?.platforms.map(p => [p.platform, p.layers[0].uncompressed])).toEqual([['linux/amd64', 6_000]]);
  });

  it('is undefined for a layout that holds nothing', async () => {
    writeIndex([]);
    await expect(new OciLayout(dir).image('image')).resolves.toBeUndefined();
  });

  it('is undefined when the top manifest itself is missing (as a registry answers 404)', async () => {
    writeIndex([{ mediaType: MANIFEST, digest: `sha256:${'0'.repeat(64)}`, size: 10 }]);
    await expect(new OciLayout(dir).image('image')).resolves.toBeUndefined();
  });

  it('names the blob and the layout when a blob the manifest lists is missing', async () => {
    const amd = platformManifest('amd64', 6_000);
    fs.rmSync(path.join(dir, 'blobs', 'sha256', amd.config.digest.slice('sha256:'.length)));
    writeIndex([{ mediaType: MANIFEST, ...amd.manifest }]);
    const read = new OciLayout(dir).image('image');
    await expect(read).rejects.toThrow(RegistryError);
    await expect(read).rejects.toThrow(`${amd.config.digest} is not in the OCI layout ${dir}`);
    await expect(read).rejects.toMatchObject({ status: 404 });
  });

  it('throws when there is no index.json', async () => {
    await expect(new OciLayout(dir).image('image')).rejects.toThrow('ENOENT');
  });
});

describe('OciLayout as an image store', () => {
  const ref = undefined;

  it('gives a manifest with its media type and size, and blobs and byte ranges as stored', async () => {
    const body = Buffer.from('0123456789');
    const blob = put(body);
    const manifest = put({ schemaVersion: 2, mediaType: MANIFEST, layers: [] });
    const layout = new OciLayout(dir);
    await expect(layout.getManifest(ref, manifest.digest)).resolves.toEqual({
      digest: manifest.digest,
      mediaType: MANIFEST,
      manifest: { schemaVersion: 2, mediaType: MANIFEST, layers: [] },
      bytes: manifest.size
    });
    await expect(layout.getBlob(ref, blob.digest)).resolves.toEqual(body);
    await expect(layout.getBlobRange(ref, blob.digest, 6, 9)).resolves.toEqual(Buffer.from('6789'));
    await expect(layout.getBlobRange(ref, blob.digest, 8, 20)).resolves.toEqual(Buffer.from('89'));
  });

  it('opens a blob as a stream; a missing one is a 404', async () => {
    const body = Buffer.alloc(3_000_000, 5);
    const blob = put(body);
    const layout = new OciLayout(dir);
    const chunks: Buffer[] = [];
    for await (const chunk of await layout.openBlob(ref, blob.digest)) chunks.push(chunk as Buffer);
    expect(Buffer.concat(chunks).equals(body)).toBe(true);
    const missing = `sha256:${'0'.repeat(64)}`;
    await expect(layout.openBlob(ref, missing)).rejects.toThrow(new RegistryError(`${missing} is not in the OCI layout ${dir}`, 404));
  });

  it('gives a manifest without a media type an empty one', async () => {
    const manifest = put({ schemaVersion: 2, layers: [] });
    await expect(new OciLayout(dir).getManifest(ref, manifest.digest)).resolves.toMatchObject({ mediaType: '' });
  });

  it.each(['sha256', 'sha256:', 'sha256:../../etc/passwd', 'SHA256:abc', ':abc', 'sha256:ABC'])('refuses %j, which is not a digest', async digest => {
    const layout = new OciLayout(dir);
    await expect((async () => layout.getBlob(ref, digest))()).rejects.toThrow(new RegistryError(`'${digest}' is not a digest`));
  });
});
