import { formatPlatform, type Platform } from '../util/platform.js';
import { isAttestation, isIndex, RegistryError, type Descriptor, type Manifest, type RegistryClient } from '../registry/client.js';

/** Where an image's manifests and blobs are read from: a registry, or an OCI layout on disk (readback/layout.ts). */
export type ImageStore = Pick<RegistryClient, 'getManifest' | 'getBlob' | 'getBlobRange'>;
import type { ImageReference } from '../registry/reference.js';
import type { AttestationFacts, ImageFacts, LayerFacts, PlatformImage } from './image.js';

interface ImageConfig {
  os?: string;
  architecture?: string;
  variant?: string;
  history?: Array<{ created_by?: string; empty_layer?: boolean }>;
}

const GZIP_LAYER = /tar\+gzip$|tar\.gzip$/;
const PLAIN_LAYER = /\.tar$|layer\.v1\.tar$|rootfs\.diff\.tar$/;

/**
 * Everything the size report needs from the registry, fetched in three parallel
 * waves: the index; each platform's manifest; then each config (for the layer's
 * Dockerfile instruction) and each gzip layer's last 4 bytes (its uncompressed
 * size, gzip ISIZE) by Range request — no layer is downloaded.
 * Undefined when the reference does not exist (404).
 */
export async function inspectImage(client: ImageStore, ref: ImageReference, reference: string): Promise<ImageFacts | undefined> {
  let top;
  try {
    top = await client.getManifest(ref, reference);
  } catch (e) {
    if (e instanceof RegistryError && e.status === 404) return undefined;
    throw e;
  }
  const name = `${ref.domain}/${ref.path}`;
  if (!isIndex(top.mediaType, top.manifest)) {
    const platform = await platformImage(client, ref, { digest: top.digest, manifest: top.manifest, bytes: top.bytes });
    return { reference: `${name}@${top.digest}`, digest: top.digest, platforms: platform ? [platform] : [], attestations: [] };
  }
  const children = top.manifest.manifests ?? [];
  const [platforms, attestations] = await Promise.all([
    Promise.all(
      children
        .filter(d => !isAttestation(d))
        .map(async d => {
          const child = await client.getManifest(ref, d.digest);
          return platformImage(client, ref, { digest: d.digest, manifest: child.manifest, bytes: child.bytes }, d);
        })
    ),
    Promise.all(children.filter(isAttestation).map(d => attestation(client, ref, d)))
  ]);
  return {
    reference: `${name}@${top.digest}`,
    digest: top.digest,
    platforms: platforms.filter((p): p is PlatformImage => p !== undefined),
    attestations
  };
}

async function platformImage(client: ImageStore, ref: ImageReference, fetched: { digest: string; manifest: Manifest; bytes: number }, descriptor?: Descriptor): Promise<PlatformImage | undefined> {
  const { manifest } = fetched;
  if (!manifest.config) return undefined;
  const layers = manifest.layers ?? [];
  const [config, uncompressed] = await Promise.all([
    client.getBlob(ref, manifest.config.digest).then(b => JSON.parse(b.toString('utf8')) as ImageConfig),
    Promise.all(layers.map(l => uncompressedSize(client, ref, l)))
  ]);
  const platform = descriptor?.platform ?? configPlatform(config);
  if (!platform) return undefined;
  const instructions = layerInstructions(config, layers.length);
  const image: PlatformImage = {
    platform: formatPlatform(platform),
    digest: fetched.digest,
    manifestBytes: fetched.bytes,
    config: { digest: manifest.config.digest, size: manifest.config.size },
    layers: layers.map((l, i): LayerFacts => {
      const layer: LayerFacts = { digest: l.digest, size: l.size, mediaType: l.mediaType };
      if (uncompressed[i] !== undefined) layer.uncompressed = uncompressed[i];
      if (instructions[i]) layer.instruction = instructions[i];
      return layer;
    })
  };
  if (Array.isArray(config.history)) image.history = config.history.map(h => ({ createdBy: typeof h.created_by === 'string' ? h.created_by : '', emptyLayer: h.empty_layer === true }));
  return image;
}

async function uncompressedSize(client: ImageStore, ref: ImageReference, layer: Descriptor): Promise<number | undefined> {
  if (PLAIN_LAYER.test(layer.mediaType)) return layer.size;
  if (!GZIP_LAYER.test(layer.mediaType) || layer.size < 18) return undefined;
  // gzip ISIZE: the uncompressed length mod 2^32, little-endian, in the last 4 bytes.
  const tail = await client.getBlobRange(ref, layer.digest, layer.size - 4, layer.size - 1);
  return tail.length === 4 ? tail.readUInt32LE(0) : undefined;
}

/** The platform an image config describes, when it names its os and architecture. */
export function configPlatform(config: Pick<ImageConfig, 'os' | 'architecture' | 'variant'>): Platform | undefined {
  return config.os && config.architecture ? { os: config.os, architecture: config.architecture, variant: config.variant } : undefined;
}

/** The Dockerfile instruction that made each layer, from the config's history. */
export function layerInstructions(config: ImageConfig, layerCount: number): string[] {
  const made = (config.history ?? []).filter(h => !h.empty_layer);
  if (made.length !== layerCount) return [];
  return made.map(h =>
    (h.created_by ?? '')
      .replace(/\s*# buildkit$/, '')
      .replace(/^\/bin\/sh -c #\(nop\)\s*/, '')
      .replace(/^\/bin\/sh -c /, 'RUN ')
      .trim()
  );
}

async function attestation(client: ImageStore, ref: ImageReference, d: Descriptor): Promise<AttestationFacts> {
  const child = await client.getManifest(ref, d.digest);
  const blobs = [child.manifest.config, ...(child.manifest.layers ?? [])].reduce((sum, b) => sum + (b?.size ?? 0), 0);
  return { digest: d.digest, for: d.annotations?.['vnd.docker.reference.digest'], bytes: child.bytes + blobs };
}
