/**
 * One run's caching beyond buildx's own flags: `cache: local`'s directory in the
 * Actions cache, and cache mounts carried across runs. Opened before the build
 * (restores), asked during it (inject the mounts only when a mount step must run),
 * closed after it (saves). Nothing here fails the build: every problem is a warning.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Exec } from '../util/exec.js';
import { cacheMountStepsRan } from '../buildx/progress.js';
import type { DockerfileSource } from '../inputs/dockerfile-source.js';
import type { Inputs } from '../inputs/inputs.js';
import type { WorkflowFacts } from '../runner/workflow.js';
import { splitKeyValue } from '../inputs/attrs.js';
import type { CachePlan } from '../plan/cache.js';
import type { RegistryClient } from '../registry/client.js';
import { formatBytes } from '../util/bytes.js';
import type { ActionsCache } from './actions-cache.js';
import { layerCacheKeys, mountCacheKeys, type CacheKeys } from './actions-cache.js';
import { builderCacheMounts, findSavedImage, restoreMounts, saveMounts, type HelperResult } from './carry.js';
import { LOCKFILES, mountsKey, selectMounts, type CarriedMount, type SavedSource } from './mount-dockerfiles.js';

export interface CacheSessionDeps {
  exec: Exec;
  registry: RegistryClient;
  actionsCache: ActionsCache;
  info: (message: string) => void;
  warning: (message: string) => void;
  tmpDir: string;
}

/** What the run's caching did, for the job summary. */
export interface CacheNotes {
  layers?: string;
  mounts?: string;
}

interface MountsState {
  carried: CarriedMount[];
  key: string;
  /** registry: the image; actions: the directory and its entry keys. */
  store: { image: string } | { directory: string; entryKey: string; restoreKeys: string[] };
  /** The saved mounts found before the build, and their key; `source` is unset when there is nothing to restore from (a warm builder). */
  saved?: { source?: SavedSource; key?: string; bytes?: number; entry?: string };
  restored?: HelperResult;
}

interface LayersState {
  directory: string;
  fresh: string;
  key: string;
  restoreKeys: string[];
  matched?: string;
}

export class CacheSession {
  readonly notes: CacheNotes = {};

  private constructor(
    private readonly deps: CacheSessionDeps,
    private readonly builder: string,
    private readonly maxKilobytes: number,
    private readonly layers?: LayersState,
    private readonly mounts?: MountsState,
    /** The cache mounts the builder held before the build (id → bytes). */
    private readonly held = new Map<string, number>()
  ) {}

  /**
   * `cache: local`: did the Actions cache bring back a layer cache for the image build
   * to read? Its export (BuildKit writes every layer, base images included, seconds of
   * work) is a second build, run only when a step ran.
   */
  get localCacheRestored(): boolean {
    return Boolean(this.layers?.matched);
  }

  /** Each carried mount's stage and the stages it is built FROM, as build progress names them. */
  get mountChains(): string[][] {
    return this.mounts?.carried.map(m => m.stages) ?? [];
  }

  /** True while saved mounts exist and have not been put into the builder yet. */
  get canRestoreMounts(): boolean {
    return Boolean(this.mounts?.saved?.source && !this.mounts.restored);
  }

  static async open(
    deps: CacheSessionDeps,
    plan: CachePlan,
    inputs: Pick<Inputs, 'build-args' | 'builder'>,
    github: WorkflowFacts,
    dockerfile: DockerfileSource | undefined,
    options: { askBuilder: boolean } = { askBuilder: true }
  ): Promise<CacheSession> {
    const lockfiles = dockerfile ? lockfilesOf(dockerfile) : [];
    const carrying = Boolean(plan.mounts && dockerfile);
    const [layers, mounts, held] = await Promise.all([
      plan.local ? restoreLayers(deps, plan.local, layerKeys(plan.buildId, dockerfile, lockfiles, github)) : Promise.resolve(undefined),
      carrying && dockerfile ? findMounts(deps, plan, { dockerfile: dockerfile.text, buildArgs: Object.fromEntries(inputs['build-args'].map(splitKeyValue)), lockfiles }) : Promise.resolve(undefined),
      // Asked before the build, not during it: BuildKit answers `buildx du` only after
      // the layers it is unpacking (seconds on a runner that is pulling its base images).
      carrying && options.askBuilder ? builderCacheMounts(deps.exec, inputs.builder).catch(() => new Map<string, number>()) : Promise.resolve(undefined)
    ]);
    return new CacheSession(deps, inputs.builder, plan.mountsMaxKilobytes, layers, mounts, held);
  }

  /**
   * Does the builder hold every carried mount already (a long-lived builder)? Then a
   * restore gains nothing: no download, and the build that reached a mount step goes on.
   */
  get builderHoldsMounts(): boolean {
    return Boolean(this.mounts?.carried.every(c => (this.held.get(c.id) ?? 0) > WARM_BYTES));
  }

  /** True once the saved mounts are in the builder (restored, or it held them already). */
  get mountsInPlace(): boolean {
    return Boolean(this.mounts?.restored?.ok);
  }

  /** Puts the saved mounts into the builder (once); called when the build is about to need them. */
  restoreMounts(): Promise<void> {
    return (this.restoring ??= this.restore());
  }

  private restoring?: Promise<void>;

  private async restore(): Promise<void> {
    const m = this.mounts;
    const source = m?.saved?.source;
    if (!m || !source || m.restored) return;
    if (this.builderHoldsMounts) {
      m.restored = { ok: true, sizes: { kilobytes: new Map() }, ms: 0 };
      this.notes.mounts = 'not restored: the builder already holds them';
      this.deps.info(`cache mounts: ${this.notes.mounts}`);
      return;
    }
    const started = Date.now();
    const entry = m.saved?.entry;
    const restore = async (onTools: boolean): Promise<HelperResult> => {
      const attempt = () => restoreMounts(this.deps.exec, this.builder, this.deps.tmpDir, m.carried, source, onTools);
      const result = await attempt();
      if (result.ok || !/lease .*not found|context canceled/.test(result.error ?? '')) return result;
      // BuildKit is still tearing down the build stopped a moment ago (it held the mount): once more.
      await new Promise(r => setTimeout(r, 500));
      return attempt();
    };
    let result: HelperResult;
    const downloaded = await this.downloadMounts();
    const downloadMs = Date.now() - started;
    if (!downloaded) {
      result = { ok: false, ms: 0, sizes: { kilobytes: new Map() }, error: `the Actions cache entry ${entry} could not be downloaded` };
    } else {
      result = await restore(true);
      if (!result.ok) {
        // Saved by an older hoist or a machine of another platform, or the image's programs
        // need more than ldd showed: the mounts' own images have what the step needs.
        this.deps.info(`cache mounts: the saved files' own programs did not run here (${result.error}); restoring on ${[...new Set(m.carried.map(c => c.image))].join(', ')}`);
        result = await restore(false);
      }
    }
    m.restored = result;
    if (!result.ok) {
      this.deps.warning(`cache mounts: restoring them failed (${result.error}); the build goes on without them`);
      this.notes.mounts = 'restore failed';
      return;
    }
    const kb = [...result.sizes.kilobytes.values()].reduce((a, b) => a + b, 0);
    const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
    // Where the time went: the Actions cache download, then the builder's unpack and copy.
    const parts = entry ? ` (download ${seconds(downloadMs)}, into the builder ${seconds(Date.now() - started - downloadMs)})` : '';
    this.notes.mounts = `restored ${formatBytes(kb * 1024)} in ${seconds(Date.now() - started)}${parts}`;
    this.deps.info(`cache mounts: ${this.notes.mounts}`);
  }

  /**
   * The Actions cache's mounts entry, found before the build, is downloaded only when the
   * build is about to need it (by the restore, which runs once): a build whose mount steps
   * all come from the cache never pays for it. True when there is nothing to download.
   */
  private async downloadMounts(): Promise<boolean> {
    const m = this.mounts;
    const entry = m?.saved?.entry;
    if (!m || !entry || !('directory' in m.store)) return true;
    fs.rmSync(m.store.directory, { recursive: true, force: true });
    return (await this.deps.actionsCache.restore(m.store.directory, entry, [])) === entry;
  }

  /** After a successful build: save what changed. */
  async save(progress: string[], stepsRan: boolean): Promise<void> {
    await Promise.all([this.saveMounts(progress), this.saveLayers(stepsRan)]);
  }

  /** `progress`: each build's own (stage builds, then the image), as step numbers restart per build. */
  private async saveMounts(progress: string[]): Promise<void> {
    const m = this.mounts;
    if (!m) return;
    if (!progress.some(cacheMountStepsRan)) {
      this.notes.mounts ??= 'not needed: every step that uses them came from the cache';
      return;
    }
    if (m.saved?.key === m.key) {
      this.notes.mounts = `${this.notes.mounts ? `${this.notes.mounts}; ` : ''}not saved again: dependencies unchanged`;
      return;
    }
    const result =
      'image' in m.store
        ? await saveMounts(this.deps.exec, this.builder, this.deps.tmpDir, m.carried, { image: m.store.image, key: m.key }, this.maxKilobytes)
        : await this.saveMountsToActionsCache(m, m.store);
    const kb = [...result.sizes.kilobytes.values()].reduce((a, b) => a + b, 0);
    let said: string;
    if (result.sizes.tooLarge) {
      const mount = m.carried[result.sizes.tooLarge.index];
      said = `not saved: ${mount.target} holds ${formatBytes(result.sizes.tooLarge.kilobytes * 1024)}, over cache-mounts-max-size (${formatBytes(this.maxKilobytes * 1024)})`;
      this.deps.warning(`cache mounts: ${said}`);
    } else if (!result.ok) {
      said = 'saving failed';
      this.deps.warning(`cache mounts: saving them failed (${result.error}); the build itself succeeded`);
    } else {
      said = `saved ${formatBytes(kb * 1024)} in ${(result.ms / 1000).toFixed(1)} s`;
      this.deps.info(`cache mounts: ${said} to ${'image' in m.store ? m.store.image : 'the Actions cache'}`);
    }
    this.notes.mounts = `${this.notes.mounts ? `${this.notes.mounts}; ` : ''}${said}`;
  }

  private async saveMountsToActionsCache(m: MountsState, store: { directory: string; entryKey: string }): Promise<HelperResult> {
    const fresh = `${store.directory}-new`;
    fs.rmSync(fresh, { recursive: true, force: true });
    const result = await saveMounts(this.deps.exec, this.builder, this.deps.tmpDir, m.carried, { layout: fresh }, this.maxKilobytes);
    if (!result.ok) return result;
    swap(fresh, store.directory);
    const saved = await this.deps.actionsCache.save(store.directory, store.entryKey);
    return saved ? result : { ...result, ok: false, error: 'the Actions cache did not take it (see above)' };
  }

  private async saveLayers(stepsRan: boolean): Promise<void> {
    const l = this.layers;
    if (!l) return;
    if (!stepsRan && l.matched) {
      this.notes.layers = `restored ${l.matched}; nothing new to save`;
      return;
    }
    if (!fs.existsSync(path.join(l.fresh, 'index.json'))) {
      this.notes.layers = 'nothing exported to save';
      return;
    }
    // The fresh export replaces the old directory: what is saved holds this build's blobs only.
    swap(l.fresh, l.directory);
    const bytes = directoryBytes(l.directory);
    const saved = await this.deps.actionsCache.save(l.directory, l.key);
    this.notes.layers = `${l.matched ? `restored ${l.matched}; ` : ''}${saved ? `saved ${formatBytes(bytes)} as ${l.key}` : 'not saved (see the warnings)'}`;
  }
}

/** `cache: local`'s layers are keyed by the Dockerfile and the lockfiles: a run finds the entry of the same recipe first. */
function layerKeys(buildId: string, dockerfile: { path: string; text: string } | undefined, lockfiles: Array<{ path: string; content: Buffer | string }>, github: WorkflowFacts): CacheKeys {
  const recipe = dockerfile ? [...lockfiles, { path: dockerfile.path, content: Buffer.from(dockerfile.text) }] : lockfiles;
  return layerCacheKeys(buildId, mountsKey([], recipe), github);
}

/** `cache: local`'s layer cache: the Actions cache entry of the nearest recipe, restored into its directory. */
async function restoreLayers(deps: CacheSessionDeps, local: { directory: string; fresh: string }, keys: CacheKeys): Promise<LayersState> {
  const layers: LayersState = { ...local, ...keys };
  fs.rmSync(layers.fresh, { recursive: true, force: true });
  const matched = await deps.actionsCache.restore(layers.directory, keys.key, keys.restoreKeys);
  deps.info(matched ? `layer cache: restored ${matched}` : 'layer cache: nothing saved yet for this build; it starts cold');
  if (matched) layers.matched = matched;
  return layers;
}

/** The build's carried cache mounts, and the saved ones found for them (in the registry, or looked up in the Actions cache). */
async function findMounts(
  deps: CacheSessionDeps,
  plan: CachePlan,
  build: { dockerfile: string; buildArgs: Record<string, string>; lockfiles: Array<{ path: string; content: Buffer | string }> }
): Promise<MountsState | undefined> {
  const where = plan.mounts;
  if (!where) return undefined;
  const selection = selectMounts(build.dockerfile, build.buildArgs);
  for (const s of selection.skipped) deps.info(`cache mounts: not carrying ${s.id} (line ${s.line}): ${s.why}`);
  if (selection.carried.length === 0) return undefined;
  const key = mountsKey(selection.carried, build.lockfiles);
  deps.info(`cache mounts: carrying ${selection.carried.map(m => m.target).join(', ')}`);

  if ('image' in where) {
    const state: MountsState = { carried: selection.carried, key, store: { image: where.image } };
    // This run's own image first, then those of the refs it trusts (plan/cache.ts): never one a less trusted ref writes.
    for (const image of where.readFrom) {
      try {
        const saved = await findSavedImage(deps.registry, image);
        deps.info(saved ? `cache mounts: found ${image} (${formatBytes(saved.bytes)})` : `cache mounts: none saved yet at ${image}`);
        if (!saved) continue;
        state.saved = { source: { image }, key: saved.key, bytes: saved.bytes };
        break;
      } catch (e) {
        deps.warning(`cache mounts: could not read ${image} (${(e as Error).message}); this build starts without them`);
        break;
      }
    }
    return state;
  }
  const directory = where.directory;
  const keys = mountCacheKeys(plan.buildId, key);
  const state: MountsState = { carried: selection.carried, key, store: { directory, entryKey: keys.key, restoreKeys: keys.restoreKeys } };
  // Only looked up here; downloaded when the build is about to need it (CacheSession.downloadMounts).
  const matched = await deps.actionsCache.restore(directory, keys.key, keys.restoreKeys, { lookupOnly: true });
  if (matched) state.saved = { source: { layout: directory }, key: matched === keys.key ? key : undefined, entry: matched };
  deps.info(matched ? `cache mounts: found ${matched} in the Actions cache` : 'cache mounts: none saved yet in the Actions cache');
  return state;
}

/** Over this, a mount the builder holds counts as warm (an empty one is a few kB). */
const WARM_BYTES = 1e6;

/**
 * Lockfiles at the context's root and next to the Dockerfile, from the context on this
 * machine; as the Dockerfile's source gives them when there is none (GitHub's API: their blob hashes).
 */
function lockfilesOf(dockerfile: DockerfileSource): Array<{ path: string; content: Buffer | string }> {
  if (dockerfile.lockfiles) return dockerfile.lockfiles;
  if (dockerfile.contextDir === undefined || dockerfile.localPath === undefined) return [];
  return readLockfiles(dockerfile.contextDir, path.dirname(dockerfile.localPath));
}

function readLockfiles(context: string, dockerfileDir: string): Array<{ path: string; content: Buffer }> {
  const found: Array<{ path: string; content: Buffer }> = [];
  for (const dir of new Set([context, dockerfileDir])) {
    for (const name of LOCKFILES) {
      const file = path.join(dir, name);
      try {
        found.push({ path: path.relative(context, file), content: fs.readFileSync(file) });
      } catch {
        // absent: fine
      }
    }
  }
  return found;
}

function swap(fresh: string, directory: string): void {
  fs.rmSync(directory, { recursive: true, force: true });
  fs.renameSync(fresh, directory);
}

function directoryBytes(dir: string): number {
  let total = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) total += fs.statSync(path.join(entry.parentPath, entry.name)).size;
  }
  return total;
}
