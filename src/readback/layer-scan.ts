/**
 * One layer read once, as a stream: its blob's bytes hashed (the sha256 must be its
 * digest) while they are unpacked (gzip; zstd where node:zlib has it) and their tar
 * headers read (tar-stream); file contents pass through and are dropped. Memory stays at
 * the streams' buffers plus one entry per path; no layer is held whole.
 */
import { createHash } from 'node:crypto';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import * as zlib from 'node:zlib';
import { extract, type Header } from 'tar-stream';
import type { LayerEntry } from './files.js';

/** What a layer gave: its entries, or why it was not read. */
export type LayerScan = { entries: LayerEntry[] } | { notAnalysed: string };

/** The part of node:zlib a layer is unpacked with; zstd only from Node 22.15 (node:zlib's createZstdDecompress). */
export interface Unpackers {
  createGunzip: (options?: zlib.ZlibOptions) => Transform;
  createZstdDecompress?: (options?: { chunkSize?: number }) => Transform;
}

/** Larger than node's 16 kB default: with it, reading the tar costs little beside unpacking (measured by bench/bench-files.mjs). */
const CHUNK = 256 * 1024;

/** How a layer of this media type is unpacked: a transform, none (a plain tar), or why it cannot be. */
export function unpackerFor(mediaType: string, unpackers: Unpackers = zlib, nodeVersion = process.version): { unpack?: () => Transform } | { cannot: string } {
  if (/foreign|nondistributable/.test(mediaType)) return { cannot: 'a foreign layer, which registries do not serve' };
  if (/\+encrypted$/.test(mediaType)) return { cannot: 'an encrypted layer' };
  if (/tar\+gzip$|tar\.gzip$/.test(mediaType)) return { unpack: () => unpackers.createGunzip({ chunkSize: CHUNK }) };
  if (/tar\+zstd$/.test(mediaType)) {
    const zstd = unpackers.createZstdDecompress;
    if (!zstd) return { cannot: `a zstd layer, and this Node (${nodeVersion}) has no zstd decompressor (node:zlib has one from Node 22.15)` };
    return { unpack: () => zstd({ chunkSize: CHUNK }) };
  }
  if (/\.tar$|layer\.v1\.tar$|rootfs\.diff\.tar$/.test(mediaType)) return {};
  return { cannot: `its media type '${mediaType}' is not a layer hoist reads` };
}

function entryOf(header: Header): LayerEntry {
  switch (header.type) {
    case 'file':
    case 'contiguous-file':
      return { path: header.name, kind: 'file', size: header.size ?? 0 };
    case 'directory':
      return { path: header.name, kind: 'dir', size: 0 };
    case 'link':
      return { path: header.name, kind: 'link', size: 0, link: header.linkname ?? '' };
    default:
      return { path: header.name, kind: 'other', size: 0 };
  }
}

/**
 * Reads one layer from `open()`'s stream. Throws when the stream fails, the tar is broken,
 * or the bytes are not `layer.digest` (then nothing of it is used).
 */
export async function scanLayer(open: () => Promise<Readable>, layer: { digest: string; size: number; mediaType: string }, unpackers?: Unpackers): Promise<LayerScan> {
  const how = unpackerFor(layer.mediaType, unpackers);
  if ('cannot' in how) return { notAnalysed: how.cannot };
  if (!/^sha256:[a-f0-9]{64}$/.test(layer.digest)) return { notAnalysed: `its digest '${layer.digest.slice(0, 80)}' is not a sha256 digest` };
  const hash = createHash('sha256');
  let bytes = 0;
  const counted = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      hash.update(chunk);
      bytes += chunk.length;
      done(null, chunk);
    }
  });
  const entries: LayerEntry[] = [];
  const tar = extract();
  tar.on('entry', (header, stream, next) => {
    entries.push(entryOf(header));
    stream.on('end', () => next());
    stream.resume();
  });
  const source = await open();
  // tar-stream's extract is a streamx Writable, which node's pipeline drives as any other.
  const sink = tar as unknown as NodeJS.WritableStream;
  await (how.unpack ? pipeline(source, counted, how.unpack(), sink) : pipeline(source, counted, sink));
  const digest = `sha256:${hash.digest('hex')}`;
  if (bytes !== layer.size || digest !== layer.digest) {
    throw new Error(`layer ${layer.digest} read as ${bytes} bytes of digest ${digest}, not the ${layer.size} bytes the manifest names: content does not match`);
  }
  return { entries };
}
