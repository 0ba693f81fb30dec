/**
 * Running one planned build: its secret files on disk for the length of the build,
 * the command echoed once per start, and the retry without `--cache-to` when only the
 * cache export failed.
 */
import * as fs from 'node:fs';
import { atLeast } from '../plan/semver.js';
import { withoutCacheExport, type BuildPlan } from '../plan/plan.js';
import type { RunEnv } from '../runner/env.js';
import type { Runner } from '../runner/protocol.js';
import type { Exec, ExecOptions, ExecResult } from '../util/exec.js';
import { buildxVersion } from './buildx.js';
import { cacheExportFailed, lastError } from './progress.js';
import { parseFailure, type BuildFailure } from './diagnostics.js';

/** Oldest buildx whose flags hoist's argv uses (--annotation 0.12, --call 0.15). */
const MIN_BUILDX = 'v0.15.0';

export interface BuildDeps {
  runner: Runner;
  exec: Exec;
  /** BUILDX_METADATA_WARNINGS for the build: `true` unless the environment says otherwise. */
  env: Pick<RunEnv, 'metadataWarnings'>;
}

/** Starts buildx with this argv and returns when it ends; the cache-mount restore swaps in its own (cache/restore-race.ts). */
export type StartBuild = (argv: string[]) => Promise<ExecResult>;

/** Echoes the command, as a shell would take it, then runs it with its output streamed into the log. */
export function startBuild(deps: BuildDeps, argv: string[], options: Pick<ExecOptions, 'onOutput' | 'signal'> = {}): Promise<ExecResult> {
  deps.runner.info(['docker', ...argv].map(quoteArg).join(' '));
  // The build checks' warnings go into the metadata file, with their source lines (as build-push-action has it).
  return deps.exec('docker', argv, { stream: true, env: { BUILDX_METADATA_WARNINGS: deps.env.metadataWarnings }, ...options });
}

/** A build that failed, with where and why when buildx's progress says. */
export class BuildFailedError extends Error {
  constructor(
    message: string,
    readonly failure: BuildFailure | undefined,
    /** buildx's progress up to the failure. */
    readonly progress: string
  ) {
    super(message);
    this.name = 'BuildFailedError';
  }
}

/** Runs the build; returns buildx's progress output, or throws with buildx's own last words. */
export async function runPlannedBuild(deps: BuildDeps, plan: BuildPlan, start: StartBuild = argv => startBuild(deps, argv)): Promise<string> {
  for (const file of plan.files) fs.writeFileSync(file.path, file.content, { mode: 0o600 });
  try {
    let result = await start(plan.argv);
    if (result.exitCode !== 0 && cacheExportFailed(result.stderr)) {
      // A cache that cannot be written (quota, rate limit, no such registry) must not
      // fail a build that succeeded: say so, and build again without exporting it.
      deps.runner.warning(`the build succeeded but exporting its cache failed (${lastError(result.stderr)}); building again without cache-to`);
      result = await startBuild(deps, withoutCacheExport(plan.argv));
    }
    if (result.exitCode !== 0) {
      // Only a failed build asks for the version (a CLI start): was buildx too old for a flag?
      const buildx = await buildxVersion(deps.exec).catch(() => undefined);
      const tooOld = buildx && !atLeast(buildx, MIN_BUILDX) ? ` — buildx ${buildx} is older than ${MIN_BUILDX}, which hoist needs: update it (docker/setup-buildx-action)` : '';
      throw new BuildFailedError(`buildx failed with exit code ${result.exitCode}: ${lastError(result.stderr)}${tooOld}`, parseFailure(result.stderr), result.stderr);
    }
    return result.stderr;
  } finally {
    // Secret values live on disk only for the length of the build.
    for (const file of plan.files) fs.rmSync(file.path, { force: true });
  }
}

function quoteArg(arg: string): string {
  return /^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`;
}
