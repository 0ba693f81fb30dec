/**
 * The Dockerfile the build reads, found once before the input checks and handed down to
 * everything that reads it (the `target`/`cache-stages` checks, the QEMU analysis, the
 * cache plan and its mounts, the advice and the annotations). Where it is depends on the
 * context: a local directory, or build-push-action's default Git context, which BuildKit
 * fetches itself and which hoist reads from the checkout or through GitHub's API
 * (phases/inputs.ts; the choice is plan/dockerfile-source.ts).
 * Follows docker/buildx v0.36.1: build/opt.go.
 * Follows moby/buildkit v0.32.2: frontend/dockerui/context.go, frontend/dockerui/config.go.
 */
import * as path from 'node:path';
import type { FileProbe } from './files.js';
import type { Inputs } from './inputs.js';

export interface DockerfileSource {
  /**
   * The path annotations and messages name: relative to the workspace for a local
   * context (as buildx's `--file`), relative to the repository's root for the Git context
   * (what GitHub needs to place an annotation).
   */
  path: string;
  text: string;
  /** The .dockerignore buildx sends with a local context, when there is one; BuildKit applies none to a Git context. */
  dockerignore?: string;
  /** Where the text was read: the local context, the workspace's checkout of the built commit, or GitHub's contents API. */
  origin: 'local' | 'checkout' | 'contents-api';
  /** The context's root on this machine, when there is one: its lockfiles key the carried cache mounts. */
  contextDir?: string;
  /** The Dockerfile on this machine, when there is one (the checkout's, or the local context's). */
  localPath?: string;
  /** Lockfiles read another way than from `contextDir` (path → a hash of the content), for the cache mounts' key. */
  lockfiles?: Array<{ path: string; content: string }>;
}

/** build-push-action's `{{defaultContext}}`, alone or with a subdirectory (`{{defaultContext}}:app`). */
const DEFAULT_CONTEXT = /^\{\{\s*defaultContext\s*\}\}(?::(.*))?$/;

/** A context buildx fetches itself: git/HTTP URLs, build-push-action's `{{defaultContext}}`, `-` for stdin, or a named context. */
export function isRemoteContext(context: string): boolean {
  return context === '-' || /^[a-z][a-z0-9+.-]*:\/\//i.test(context) || context.startsWith('git@') || /\{\{\s*defaultContext\s*\}\}/.test(context);
}

/** The Dockerfile buildx will read from a local context: `file` (relative to the workspace), else <context>/Dockerfile; undefined for stdin. */
export function localDockerfilePath(inputs: Pick<Inputs, 'context' | 'file'>): string | undefined {
  if (inputs.file === '-') return undefined;
  return inputs.file || path.join(inputs.context, 'Dockerfile');
}

/** Where the build's Dockerfile is, as buildx v0.36.1 finds it (build/opt.go, `LoadInputs`). */
export type DockerfileLocation =
  /** A local context's, or any context's absolute `file` (buildx reads that one from this machine). */
  | { kind: 'local'; path: string; context?: string }
  /** In the default Git context (an empty `context`, or `{{defaultContext}}[:subdir]`): `path` from the repository's root. */
  | { kind: 'git'; path: string; subdir: string }
  /** On stdin, or in a remote context that is not the workflow's own repository: hoist does not read it. */
  | { kind: 'unread' };

export function dockerfileLocation(inputs: Pick<Inputs, 'context' | 'file'>): DockerfileLocation {
  if (inputs.file === '-') return { kind: 'unread' };
  if (inputs.context && !isRemoteContext(inputs.context)) return { kind: 'local', path: localDockerfilePath(inputs)!, context: inputs.context };
  if (path.isAbsolute(inputs.file)) return { kind: 'local', path: inputs.file };
  const git = inputs.context ? DEFAULT_CONTEXT.exec(inputs.context) : ['', ''];
  if (!git) return { kind: 'unread' };
  // BuildKit scopes the Git state to the subdirectory and reads `filename` in it (frontend/dockerui/context.go).
  const subdir = path.posix
    .join('/', git[1] ?? '')
    .slice(1)
    .replace(/\/$/, '');
  return { kind: 'git', path: path.posix.join('/', subdir, inputs.file || 'Dockerfile').slice(1), subdir };
}

/** A local context's Dockerfile and .dockerignore as buildx sends them; undefined when there is no file to read. */
export function readLocalDockerfile(inputs: Pick<Inputs, 'context' | 'file'>, files: FileProbe): DockerfileSource | undefined {
  const where = dockerfileLocation(inputs);
  if (where.kind !== 'local') return undefined;
  const text = files.isFile(where.path) ? files.readText(where.path) : undefined;
  if (text === undefined) return undefined;
  const source: DockerfileSource = { path: where.path, text, origin: 'local', localPath: where.path };
  if (where.context) {
    source.contextDir = where.context;
    // buildx prefers <Dockerfile>.dockerignore next to the Dockerfile over <context>/.dockerignore.
    const ignore = files.readText(`${where.path}.dockerignore`) || files.readText(path.join(where.context, '.dockerignore'));
    if (ignore !== undefined) source.dockerignore = ignore;
  }
  return source;
}
