/** Follows docker/buildx v0.36.1: store/store.go, store/nodegroup.go, store/storeutil/storeutil.go. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { RunEnv } from '../runner/env.js';
import { formatPlatform } from '../util/platform.js';

/**
 * A builder as buildx records it in its own store (`~/.docker/buildx`): the name,
 * the driver and the nodes. Reading the file costs under a millisecond where
 * `docker buildx inspect` costs ~100 ms; what only a live builder knows (BuildKit
 * version, detected platforms) is not there.
 */
export interface StoredBuilder {
  name: string;
  driver: string;
  nodes: Array<{ name: string; endpoint: string; platforms: string[] }>;
}

/** Where buildx keeps its builders (BUILDX_CONFIG, else the docker config's `buildx`), and BUILDX_BUILDER. */
export type BuildxStore = Pick<RunEnv, 'buildxConfig' | 'buildxBuilder'>;

function readJson(file: string): unknown {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

/** The builder `docker buildx build` would use: the input, then $BUILDX_BUILDER, then `buildx use`'s choice. */
export function selectedBuilderName(input: string, env: BuildxStore): string {
  if (input) return input;
  if (env.buildxBuilder) return env.buildxBuilder;
  const current = readJson(path.join(env.buildxConfig, 'current')) as { Name?: string } | undefined;
  return current?.Name || 'default';
}

interface StoreFile {
  Name?: string;
  Driver?: string;
  Nodes?: Array<{ Name?: string; Endpoint?: string; Platforms?: Array<{ OS?: string; os?: string; Architecture?: string; architecture?: string; Variant?: string; variant?: string }> | null }>;
}

/** The stored builder, or undefined when buildx has no record of it (the `default` docker builder, contexts). */
export function readStoredBuilder(name: string, env: Pick<BuildxStore, 'buildxConfig'>): StoredBuilder | undefined {
  // buildx keeps instance files under a sanitised, lower-cased name.
  const file = path.join(env.buildxConfig, 'instances', name.toLowerCase().replace(/[^a-z0-9_.-]/g, '_'));
  const stored = readJson(file) as StoreFile | undefined;
  if (!stored?.Driver || !Array.isArray(stored.Nodes)) return undefined;
  return {
    name: stored.Name ?? name,
    driver: stored.Driver,
    nodes: stored.Nodes.map(n => ({
      name: n.Name ?? '',
      endpoint: n.Endpoint ?? '',
      platforms: (n.Platforms ?? []).map(p => formatPlatform({ os: p.OS ?? p.os ?? '', architecture: p.Architecture ?? p.architecture ?? '', variant: p.Variant ?? p.variant }))
    }))
  };
}
