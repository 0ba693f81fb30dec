/**
 * A build's record in the builder's history (`docker buildx history`), as build-push-action
 * exports it after a build: which ref is the build's, the file's name, and the export.
 * Follows docker/actions-toolkit v0.92.0: src/buildx/history.ts, src/buildx/buildx.ts.
 * Follows docker/build-push-action v7.3.0: src/main.ts.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { atLeast } from '../plan/semver.js';
import { execChecked, type Exec } from '../util/exec.js';

/** `docker buildx history export` came with buildx 0.23. */
export const MIN_HISTORY_EXPORT = 'v0.23.0';
/** From buildx 0.24, `--finalize` makes the export wait for the record to be complete (before it, the toolkit sleeps 3 s). */
const FINALIZE_SINCE = 'v0.24.0';

/** A build ref split: `<builder>/<node>/<id>`; undefined for anything else (the toolkit refuses it too). */
export function splitRef(ref: string): { builder: string; node: string; id: string } | undefined {
  const parts = ref.split('/');
  if (parts.length !== 3 || parts.some(p => p === '')) return undefined;
  return { builder: parts[0], node: parts[1], id: parts[2] };
}

/** The record file's (and artifact's) name, as the toolkit makes it: `<owner>~<repo>~<first 6 of the id, upper case>.dockerbuild`. */
export function recordFileName(repository: string, id: string): string {
  const [owner = '', repo = ''] = repository.split('/');
  return `${owner}~${repo}~${id.substring(0, 6).toUpperCase()}.dockerbuild`;
}

/**
 * The newest build of `builder` that buildx recorded locally since `since` (ms since the
 * epoch), for a failed build, whose metadata file buildx does not write: build-push-action
 * then takes a ref from buildx's local refs (`<buildx config>/refs/<builder>/<node>/<id>`)
 * made since the build started. Builds whose Dockerfile came from stdin are left out: they
 * are hoist's own cache-mount helpers, which may run alongside.
 */
export function latestLocalRef(buildxConfig: string, builder: string, since: number): string | undefined {
  const dir = path.join(buildxConfig, 'refs', builder);
  let newest: { ref: string; mtime: number } | undefined;
  for (const node of readdir(dir)) {
    for (const id of readdir(path.join(dir, node))) {
      const file = path.join(dir, node, id);
      let mtime: number;
      let state: { DockerfilePath?: unknown };
      try {
        const stat = fs.statSync(file);
        if (!stat.isFile()) continue;
        mtime = stat.mtimeMs;
        state = JSON.parse(fs.readFileSync(file, 'utf8')) as { DockerfilePath?: unknown };
      } catch {
        continue;
      }
      if (mtime < since || state.DockerfilePath === '-') continue;
      if (!newest || mtime > newest.mtime) newest = { ref: `${builder}/${node}/${id}`, mtime };
    }
  }
  return newest?.ref;
}

function readdir(dir: string): string[] {
  try {
    return fs.readdirSync(dir);
  } catch {
    return [];
  }
}

export interface ExportedRecord {
  file: string;
  bytes: number;
}

/**
 * `docker buildx history export` of one build into `dir`, under recordFileName's name.
 * `buildxVersion` undefined (an unstamped buildx) is taken as a recent one.
 */
export async function exportRecord(run: Exec, options: { ref: string; repository: string; dir: string; buildxVersion?: string }): Promise<ExportedRecord> {
  const parts = splitRef(options.ref);
  if (!parts) throw new Error(`invalid build ref: ${options.ref}`);
  fs.mkdirSync(options.dir, { recursive: true });
  const file = path.join(options.dir, recordFileName(options.repository, parts.id));
  const argv = ['buildx', 'history', 'export', '--builder', parts.builder, '--output', file, parts.id];
  if (atLeast(options.buildxVersion, FINALIZE_SINCE)) argv.push('--finalize');
  // Before --finalize, a record may still be written to for a moment after the build (moby/buildkit#5109).
  else await new Promise(resolve => setTimeout(resolve, 3000));
  await execChecked(run, 'docker', argv);
  return { file, bytes: fs.statSync(file).size };
}
