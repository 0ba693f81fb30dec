import type { PlatformFiles } from './files.js';

/** An image as hoist reads it back from the registry: what the size report and the outputs are made from. */
export interface LayerFacts {
  digest: string;
  size: number;
  mediaType: string;
  /** Unpacked size when known (gzip ISIZE, or an uncompressed layer). */
  uncompressed?: number;
  /** The Dockerfile instruction that made it, from the image history. */
  instruction?: string;
}

export interface PlatformImage {
  platform: string;
  digest: string;
  manifestBytes: number;
  config: { digest: string; size: number };
  layers: LayerFacts[];
  /** The config's history, every entry (empty_layer ones too): which instruction made each layer (report/lines.ts). */
  history?: Array<{ createdBy: string; emptyLayer: boolean }>;
  /** Its layers' files, when `size-analysis: files` asked for them (analyse-files.ts). */
  files?: PlatformFiles;
}

export interface AttestationFacts {
  digest: string;
  /** The platform manifest it attests. */
  for?: string;
  /** Manifest + its blobs. */
  bytes: number;
}

/** An image as read from the registry. */
export interface ImageFacts {
  reference: string;
  digest: string;
  platforms: PlatformImage[];
  attestations: AttestationFacts[];
}

/** platform → manifest digest of an image read from the registry. */
export function digestsByPlatform(image: { platforms: Array<{ platform: string; digest: string }> }): Record<string, string> {
  return Object.fromEntries(image.platforms.map(p => [p.platform, p.digest]));
}
