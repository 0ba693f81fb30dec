/**
 * An OCI image layout on disk (`index.json`, `blobs/<alg>/<hex>`), as BuildKit's `type=oci`
 * exporter writes it, read like a registry: what an image that was built but not pushed
 * measures, with the same bytes a push would store (the same blobs, the same compression).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Readable } from 'node:stream';
import { RegistryError, type FetchedManifest, type Manifest } from '../registry/client.js';
import { parseReference } from '../registry/reference.js';
import type { ImageFacts } from './image.js';
import { inspectImage, type ImageStore } from './inspect.js';

export class OciLayout implements ImageStore {
  constructor(private readonly dir: string) {}

  private blobPath(digest: string): string {
    const [algorithm, hex] = digest.split(':');
    if (!algorithm || !hex || !/^[a-z0-9]+$/.test(algorithm) || !/^[a-f0-9]+$/.test(hex)) throw new RegistryError(`'${digest}' is not a digest`);
    return path.join(this.dir, 'blobs', algorithm, hex);
  }

  private read(digest: string): Buffer {
    try {
      return fs.readFileSync(this.blobPath(digest));
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') throw new RegistryError(`${digest} is not in the OCI layout ${this.dir}`, 404);
      throw e;
    }
  }

  getManifest(_ref: unknown, digest: string): Promise<FetchedManifest> {
    const bytes = this.read(digest);
    const manifest = JSON.parse(bytes.toString('utf8')) as Manifest;
    return Promise.resolve({ digest, mediaType: manifest.mediaType ?? '', manifest, bytes: bytes.length });
  }

  getBlob(_ref: unknown, digest: string): Promise<Buffer> {
    return Promise.resolve(this.read(digest));
  }

  getBlobRange(_ref: unknown, digest: string, start: number, end: number): Promise<Buffer> {
    const fd = fs.openSync(this.blobPath(digest), 'r');
    try {
      const buffer = Buffer.alloc(end - start + 1);
      const read = fs.readSync(fd, buffer, 0, buffer.length, start);
      return Promise.resolve(buffer.subarray(0, read));
    } finally {
      fs.closeSync(fd);
    }
  }

  /** A blob as a stream (a layer, read file by file). */
  openBlob(_ref: unknown, digest: string): Promise<Readable> {
    const file = this.blobPath(digest);
    if (!fs.existsSync(file)) return Promise.reject(new RegistryError(`${digest} is not in the OCI layout ${this.dir}`, 404));
    return Promise.resolve(fs.createReadStream(file, { highWaterMark: 1 << 20 }));
  }

  /** The image the layout holds (its index.json's first entry: the multi-platform index, or the one manifest). */
  async image(name: string): Promise<ImageFacts | undefined> {
    const index = JSON.parse(fs.readFileSync(path.join(this.dir, 'index.json'), 'utf8')) as Manifest;
    const top = index.manifests?.[0];
    if (!top) return undefined;
    return inspectImage(this, parseReference(name), top.digest);
  }
}
