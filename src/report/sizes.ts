/**
 * The size model: per platform what a pull downloads (compressed layers + config),
 * what it unpacks to, and how many layers; attestation manifests apart; and the
 * bytes the registry stores, each shared layer once.
 */
import type { ImageFacts, PlatformImage } from '../readback/image.js';
import type { Baseline } from './baseline.js';
import { compareLayers, type InstructionChange } from './changes.js';
import type { LineSource } from './lines.js';
import type { PlatformWhere } from './where.js';

export interface PlatformSize {
  platform: string;
  digest: string;
  compressed: number;
  /** Undefined when a layer's unpacked size is unknown (e.g. zstd). */
  uncompressed?: number;
  layers: number;
}

export interface Delta {
  bytes: number;
  /** Undefined when the base is 0 bytes. */
  percent?: number;
}

interface PlatformRow extends PlatformSize {
  base?: PlatformSize;
  delta?: Delta;
}

export interface SizeReport {
  image: string;
  /** Where the sizes come from: the registry after a push, or the build itself (not pushed). */
  source: 'registry' | 'build';
  digest: string;
  platforms: PlatformRow[];
  /** Platforms the base has and this image does not. */
  removed: PlatformSize[];
  registryBytes: number;
  baseRegistryBytes?: number;
  registryDelta?: Delta;
  attestations: { count: number; bytes: number };
  /** The baseline's reference, or why there is none. */
  baseline: { reference: string; found: true } | { reference?: string; found: false; reason: string };
  /** Per platform compared with the baseline, its layers per Dockerfile instruction (changes.ts), unchanged ones too. */
  layerChanges: Record<string, InstructionChange[]>;
  /** The Dockerfile the lines are in: its path from the repository's root, and the web address of that file at the built commit. */
  dockerfile?: { path: string; url?: string };
  /** Per platform, where the bytes are, when `size-analysis: files` read the layers (where.ts). */
  files?: Record<string, PlatformWhere>;
}

export function platformSize(p: PlatformImage): PlatformSize {
  const compressed = p.config.size + p.layers.reduce((sum, l) => sum + l.size, 0);
  const size: PlatformSize = { platform: p.platform, digest: p.digest, compressed, layers: p.layers.length };
  if (p.layers.every(l => l.uncompressed !== undefined)) size.uncompressed = p.layers.reduce((sum, l) => sum + (l.uncompressed ?? 0), 0);
  return size;
}

/** Config and layer blobs, each digest once: what the registry stores for the image. */
export function registryBytes(image: ImageFacts): number {
  const blobs = new Map<string, number>();
  for (const p of image.platforms) {
    blobs.set(p.config.digest, p.config.size);
    for (const l of p.layers) blobs.set(l.digest, l.size);
  }
  return [...blobs.values()].reduce((a, b) => a + b, 0);
}

function delta(current: number, base: number): Delta {
  const d: Delta = { bytes: current - base };
  if (base > 0) d.percent = ((current - base) / base) * 100;
  return d;
}

export function sizeReport(image: ImageFacts, name: string, baseline: Baseline, source: SizeReport['source'] = 'registry', lines?: LineSource): SizeReport {
  const base = baseline.image;
  const baseSizes = new Map((base?.platforms ?? []).map(p => [p.platform, platformSize(p)]));
  const platforms = image.platforms.map((p): PlatformRow => {
    const row: PlatformRow = platformSize(p);
    const b = baseSizes.get(p.platform);
    if (b) {
      row.base = b;
      row.delta = delta(row.compressed, b.compressed);
    }
    return row;
  });
  platforms.sort((a, b) => a.platform.localeCompare(b.platform));
  const current = new Set(image.platforms.map(p => p.platform));
  const report: SizeReport = {
    image: name,
    source,
    digest: image.digest,
    platforms,
    removed: [...baseSizes.values()].filter(b => !current.has(b.platform)),
    registryBytes: registryBytes(image),
    attestations: { count: image.attestations.length, bytes: image.attestations.reduce((s, a) => s + a.bytes, 0) },
    baseline: base ? { reference: baseline.reference ?? base.reference, found: true } : { reference: baseline.reference, found: false, reason: (baseline as { reason: string }).reason },
    layerChanges: {}
  };
  if (base) {
    report.baseRegistryBytes = registryBytes(base);
    report.registryDelta = delta(report.registryBytes, report.baseRegistryBytes);
    for (const p of image.platforms) {
      const b = base.platforms.find(x => x.platform === p.platform);
      if (b) report.layerChanges[p.platform] = compareLayers(p, b, lines);
    }
  }
  return report;
}
