// readback/layer-scan.ts: a layer read once as a stream (tar made here with tar-stream's pack): its entries, its digest checked, the unpacker by media type.
import { describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { Readable, Transform } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { pack } from 'tar-stream';
import { scanLayer, unpackerFor, type Unpackers } from '../../../src/readback/layer-scan.js';

const GZ = 'application/vnd.oci.image.layer.v1.tar+gzip';
const TAR = 'application/vnd.oci.image.layer.v1.tar';
const ZSTD = 'application/vnd.oci.image.layer.v1.tar+zstd';
const sha = (b: Buffer): string => `sha256:${createHash('sha256').update(b).digest('hex')}`;

/** A tar of these entries, as tar-stream writes it (pax headers for long names). */
async function tarOf(entries: Array<{ name: string; type?: 'file' | 'directory' | 'link' | 'symlink'; size?: number; linkname?: string }>): Promise<Buffer> {
  const p = pack();
  for (const e of entries) {
    const header = { name: e.name, type: e.type ?? 'file', ...(e.linkname ? { linkname: e.linkname } : {}) };
    if (header.type === 'file') p.entry(header, Buffer.alloc(e.size ?? 0, 1));
    else p.entry(header);
  }
  p.finalize();
  const chunks: Buffer[] = [];
  for await (const chunk of p) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** A stream of `bytes` in chunks of at most 64 kB, as a registry sends them. */
const streamOf = (bytes: Buffer): (() => Promise<Readable>) => {
  return () =>
    Promise.resolve(
      Readable.from(
        (function* () {
          for (let i = 0; i < bytes.length; i += 65536) yield bytes.subarray(i, i + 65536);
        })()
      )
    );
};

const LONG = `usr/share/${'very-long-directory-name/'.repeat(6)}file.txt`;

describe('scanLayer', () => {
  it("lists a gzip layer's entries (files, directories, hard links, symlinks, whiteouts, a long name) and checks its digest", async () => {
    const tar = await tarOf([
      { name: 'app', type: 'directory' },
      { name: 'app/big.bin', size: 300_000 },
      { name: 'app/same', type: 'link', linkname: 'app/big.bin' },
      { name: 'bin', type: 'symlink', linkname: 'usr/bin' },
      { name: 'tmp/.wh.old', size: 0 },
      { name: LONG, size: 5 }
    ]);
    const blob = gzipSync(tar);
    await expect(scanLayer(streamOf(blob), { digest: sha(blob), size: blob.length, mediaType: GZ })).resolves.toEqual({
      entries: [
        { path: 'app', kind: 'dir', size: 0 },
        { path: 'app/big.bin', kind: 'file', size: 300_000 },
        { path: 'app/same', kind: 'link', size: 0, link: 'app/big.bin' },
        { path: 'bin', kind: 'other', size: 0 },
        { path: 'tmp/.wh.old', kind: 'file', size: 0 },
        { path: LONG, kind: 'file', size: 5 }
      ]
    });
  });

  it('reads an uncompressed layer as it is', async () => {
    const tar = await tarOf([{ name: 'a', size: 3 }]);
    await expect(scanLayer(streamOf(tar), { digest: sha(tar), size: tar.length, mediaType: TAR })).resolves.toEqual({ entries: [{ path: 'a', kind: 'file', size: 3 }] });
  });

  it('throws when the bytes are not the digest, or not as many as the manifest says: nothing of them is used', async () => {
    const blob = gzipSync(await tarOf([{ name: 'a', size: 3 }]));
    await expect(scanLayer(streamOf(blob), { digest: sha(Buffer.from('other')), size: blob.length, mediaType: GZ })).rejects.toThrow(/content does not match/);
    await expect(scanLayer(streamOf(blob), { digest: sha(blob), size: blob.length + 1, mediaType: GZ })).rejects.toThrow(/read as \d+ bytes .*not the \d+ bytes the manifest names/);
  });

  it('throws when the stream breaks off, or is not gzip', async () => {
    const blob = gzipSync(await tarOf([{ name: 'a', size: 100_000 }]));
    const broken = () =>
      Promise.resolve(
        new Readable({
          read() {
            this.push(blob.subarray(0, 100));
            this.destroy(Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }));
          }
        })
      );
    await expect(scanLayer(broken, { digest: sha(blob), size: blob.length, mediaType: GZ })).rejects.toThrow(/socket hang up/);
    const text = Buffer.from('not gzip at all');
    await expect(scanLayer(streamOf(text), { digest: sha(text), size: text.length, mediaType: GZ })).rejects.toThrow(/incorrect header check/);
  });

  it('does not open a layer it cannot read', async () => {
    const open = () => Promise.reject(new Error('must not be opened'));
    await expect(scanLayer(open, { digest: sha(Buffer.from('x')), size: 1, mediaType: ZSTD }, { createGunzip: () => new Transform() })).resolves.toEqual({
      notAnalysed: expect.stringMatching(/^a zstd layer, and this Node \(v[\d.]+\) has no zstd decompressor \(node:zlib has one from Node 22\.15\)$/)
    });
    await expect(scanLayer(open, { digest: 'sha512:abc', size: 1, mediaType: GZ })).resolves.toEqual({ notAnalysed: "its digest 'sha512:abc' is not a sha256 digest" });
  });
});

describe('unpackerFor', () => {
  const gunzip: Unpackers = { createGunzip: () => new Transform() };
  const withZstd: Unpackers = { ...gunzip, createZstdDecompress: () => new Transform() };
  it.each<[string, 'with zstd' | 'without zstd', string]>([
    [GZ, 'without zstd', 'unpacked'],
    ['application/vnd.docker.image.rootfs.diff.tar.gzip', 'without zstd', 'unpacked'],
    [TAR, 'without zstd', 'as is'],
    ['application/vnd.docker.image.rootfs.diff.tar', 'without zstd', 'as is'],
    [ZSTD, 'with zstd', 'unpacked'],
    [ZSTD, 'without zstd', 'cannot: a zstd layer, and this Node (v20.0.0) has no zstd decompressor (node:zlib has one from Node 22.15)'],
    ['application/vnd.docker.image.rootfs.foreign.diff.tar.gzip', 'with zstd', 'cannot: a foreign layer, which registries do not serve'],
    ['application/vnd.oci.image.layer.nondistributable.v1.tar+gzip', 'with zstd', 'cannot: a foreign layer, which registries do not serve'],
    ['application/vnd.oci.image.layer.v1.tar+gzip+encrypted', 'with zstd', 'cannot: an encrypted layer'],
    ['application/octet-stream', 'with zstd', "cannot: its media type 'application/octet-stream' is not a layer hoist reads"]
  ])('%s, node:zlib %s → %s', (mediaType, zstd, expected) => {
    const how = unpackerFor(mediaType, zstd === 'with zstd' ? withZstd : gunzip, 'v20.0.0');
    expect('cannot' in how ? `cannot: ${how.cannot}` : how.unpack ? 'unpacked' : 'as is').toBe(expected);
  });
});
