/**
 * Moving cache-mount contents in and out of the builder: the helper builds from
 * mounts.ts, run with the one Exec, and where the saved files live (an image next to
 * the registry cache, or a directory kept by the Actions cache).
 */
import { randomUUID } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Exec } from '../util/exec.js';
import { lastError } from '../buildx/progress.js';
import { RegistryClient, RegistryError } from '../registry/client.js';
import { parseReference } from '../registry/reference.js';
import { extractDockerfile, injectDockerfile, KEY_LABEL, NONCE_ARG, parseMountSizes, type CarriedMount, type MountSizes, type SavedSource } from './mount-dockerfiles.js';

/** A helper build's argv: Dockerfile on stdin, an empty context, no attestations. */
export function helperArgv(options: { builder: string; context: string; output: string; buildContexts?: Record<string, string>; labels?: Record<string, string> }): string[] {
  const argv = ['buildx', 'build'];
  if (options.builder) argv.push('--builder', options.builder);
  argv.push('--progress', 'plain', '--build-arg', `${NONCE_ARG}=${randomUUID()}`);
  for (const [name, value] of Object.entries(options.buildContexts ?? {})) argv.push('--build-context', `${name}=${value}`);
  for (const [name, value] of Object.entries(options.labels ?? {})) argv.push('--label', `${name}=${value}`);
  argv.push('--provenance=false', '--sbom=false', '--output', options.output, '--file', '-', options.context);
  return argv;
}

export interface SavedImage {
  key?: string;
  /** Compressed bytes in the registry. */
  bytes: number;
}

/** The saved mounts image and its key, or undefined when there is none yet. */
export async function findSavedImage(registry: RegistryClient, image: string): Promise<SavedImage | undefined> {
  const ref = parseReference(image);
  let fetched;
  try {
    fetched = await registry.getManifest(ref, ref.tag ?? 'latest');
  } catch (e) {
    if (e instanceof RegistryError && e.status === 404) return undefined;
    throw e;
  }
  const manifest = fetched.manifest;
  if (!manifest.config) return undefined;
  const config = JSON.parse((await registry.getBlob(ref, manifest.config.digest)).toString('utf8')) as { config?: { Labels?: Record<string, string> } };
  return { key: config.config?.Labels?.[KEY_LABEL], bytes: (manifest.layers ?? []).reduce((sum, l) => sum + l.size, 0) };
}

export interface HelperResult {
  ok: boolean;
  sizes: MountSizes;
  ms: number;
  /** buildx's last words when it failed. */
  error?: string;
}

async function runHelper(exec: Exec, argv: string[], dockerfile: string): Promise<HelperResult> {
  const started = Date.now();
  const result = await exec('docker', argv, { input: dockerfile });
  const progress = result.stderr + result.stdout;
  const sizes = parseMountSizes(progress);
  const error = result.exitCode === 0 ? undefined : lastError(progress);
  return { ok: result.exitCode === 0, sizes, ms: Date.now() - started, ...(error ? { error } : {}) };
}

function emptyContext(tmpDir: string): string {
  const dir = path.join(tmpDir, 'mounts-context');
  fs.mkdirSync(dir, { recursive: true });
  return dir;
}

/**
 * Puts saved files into the builder's cache mounts (mounts that already hold files are
 * kept), on the programs saved with them or on the mounts' own images (`onTools`).
 */
export async function restoreMounts(exec: Exec, builder: string, tmpDir: string, mounts: CarriedMount[], source: SavedSource, onTools: boolean): Promise<HelperResult> {
  let buildContexts: Record<string, string> | undefined;
  if ('layout' in source) {
    const context = layoutContext(source.layout);
    if (!context) return { ok: false, sizes: { kilobytes: new Map() }, ms: 0, error: `${source.layout} holds no OCI image layout (saved by an older hoist?)` };
    buildContexts = { saved: context };
  }
  const argv = helperArgv({ builder, context: emptyContext(tmpDir), output: 'type=cacheonly', buildContexts });
  return runHelper(exec, argv, injectDockerfile(mounts, source, onTools));
}

/**
 * The named context for a saved OCI layout: its image by manifest digest, so BuildKit
 * takes it whatever platform it is labelled with (it holds data and the programs of
 * each build platform that saved into it).
 */
export function layoutContext(layout: string): string | undefined {
  try {
    const index = JSON.parse(fs.readFileSync(path.join(layout, 'index.json'), 'utf8')) as { manifests?: Array<{ digest?: string }> };
    const digest = index.manifests?.[0]?.digest;
    return digest ? `oci-layout://${layout}@${digest}` : undefined;
  } catch {
    return undefined;
  }
}

export type SaveTarget = { image: string; key: string } | { layout: string };

/**
 * Copies the cache mounts out of the builder: pushed as an image, or written as the same
 * image in an OCI layout for the Actions cache. The layout holds compressed layers, not
 * the files: the Actions cache moves and unpacks a fifth of the bytes, and BuildKit reads
 * it back like an image (measured here on the example's Go cache, 181.7 MB of files: 42 MB).
 */
export function saveMounts(exec: Exec, builder: string, tmpDir: string, mounts: CarriedMount[], target: SaveTarget, maxKilobytes: number): Promise<HelperResult> {
  // zstd: measured here 2.8 s to save the Go build cache against 6.5 s with gzip.
  const layers = 'oci-mediatypes=true,compression=zstd,force-compression=true';
  const output = 'image' in target ? `type=image,name=${target.image},push=true,${layers}` : `type=oci,dest=${target.layout},tar=false,${layers}`;
  const argv = helperArgv({ builder, context: emptyContext(tmpDir), output, labels: 'image' in target ? { [KEY_LABEL]: target.key } : undefined });
  return runHelper(exec, argv, extractDockerfile(mounts, maxKilobytes));
}

/**
 * The cache mounts a builder already holds, from `docker buildx du --verbose`
 * (`Description: cached mount … with id "//root/.cache/go-build"`, `Size: 181.7MB`):
 * id → bytes. A long-lived builder that has them needs nothing restored.
 */
export function parseCacheMountRecords(du: string): Map<string, number> {
  const found = new Map<string, number>();
  for (const record of du.split(/\n\s*\n/)) {
    const id = /^Description:\s+cached mount .* with id "\/(.*)"\s*$/m.exec(record)?.[1];
    const size = /^Size:\s+([\d.]+)\s*([kMGT]?B)\s*$/m.exec(record);
    if (id === undefined || !size) continue;
    const bytes = Number(size[1]) * ({ B: 1, kB: 1e3, MB: 1e6, GB: 1e9, TB: 1e12 } as Record<string, number>)[size[2]];
    found.set(id, Math.max(found.get(id) ?? 0, bytes));
  }
  return found;
}

export async function builderCacheMounts(exec: Exec, builder: string): Promise<Map<string, number>> {
  const result = await exec('docker', ['buildx', 'du', ...(builder ? ['--builder', builder] : []), '--filter', 'type=exec.cachemount', '--verbose']);
  return result.exitCode === 0 ? parseCacheMountRecords(result.stdout) : new Map();
}
