/**
 * Running one planned build: its secret files on disk for the length of the build,
 * the command echoed once per start, the push started again when it failed on a
 * registry error that may pass, and the retry without `--cache-to` when only the cache
 * export failed.
 */
import * as fs from 'node:fs';
import { atLeast } from '../plan/semver.js';
import { withoutCacheExport, type BuildPlan } from '../plan/plan.js';
import type { RunEnv } from '../runner/env.js';
import type { Runner } from '../runner/protocol.js';
import type { Exec, ExecOptions, ExecResult } from '../util/exec.js';
import { buildxVersion } from './buildx.js';
import { cacheExportFailed, lastError, transientPushError, type TransientPushError } from './progress.js';
import { parseFailure, type BuildFailure } from './diagnostics.js';

/** Oldest buildx whose flags hoist's argv uses (--annotation 0.12, --call 0.15). */
const MIN_BUILDX = 'v0.15.0';

export interface BuildDeps {
  runner: Runner;
  exec: Exec;
  /** BUILDX_METADATA_WARNINGS for the build: `true` unless the environment says otherwise. */
  env: Pick<RunEnv, 'metadataWarnings'>;
  /** Milliseconds from an arbitrary start (the ports' clock): the push retries' budget. */
  now?: () => number;
  /** Waits between push retries; a test gives its own. */
  sleep?: (ms: number) => Promise<void>;
}

/**
 * A push that failed on a registry error that may pass (buildx/progress.ts
 * `transientPushError`) is started again with the same argv: the build is in the
 * builder's cache, so a retry only pushes. At most this many starts, the first included.
 */
export const PUSH_ATTEMPTS = 5;
/** The wait before the first push retry, doubled before each next one: 1 s, 2 s, 4 s, 8 s. */
export const PUSH_RETRY_WAIT_MS = 1000;
/** No push retry starts when it would begin later than this after the first failed push ended: waits and retried pushes count alike. */
export const PUSH_RETRY_BUDGET_MS = 120_000;

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

/** A planned build that succeeded. */
export interface PlannedBuild {
  /**
   * buildx's progress: of the first start when the push was retried, as that is the one
   * whose steps ran (a retry's are all CACHED), for the cache hits and the cache save.
   */
  progress: string;
  /** How many times the push was started again after a registry error that may pass. */
  pushRetries: number;
}

/** Runs the build; returns buildx's progress output, or throws with buildx's own last words. */
export async function runPlannedBuild(deps: BuildDeps, plan: BuildPlan, start?: StartBuild): Promise<string> {
  return (await runPlannedBuildCounted(deps, plan, start)).progress;
}

/** runPlannedBuild, also saying how often the push was retried. */
export async function runPlannedBuildCounted(deps: BuildDeps, plan: BuildPlan, start: StartBuild = argv => startBuild(deps, argv)): Promise<PlannedBuild> {
  for (const file of plan.files) fs.writeFileSync(file.path, file.content, { mode: 0o600 });
  try {
    const retries = new PushRetries(deps);
    let result = await retries.run(start, plan.argv);
    if (result.exitCode !== 0 && cacheExportFailed(result.stderr)) {
      // A cache that cannot be written (quota, rate limit, no such registry) must not
      // fail a build that succeeded: say so, and build again without exporting it.
      deps.runner.warning(`the build succeeded but exporting its cache failed (${lastError(result.stderr)}); building again without cache-to`);
      result = await retries.run(argv => startBuild(deps, argv), withoutCacheExport(plan.argv));
    }
    if (result.exitCode !== 0) {
      // Only a failed build asks for the version (a CLI start): was buildx too old for a flag?
      const buildx = await buildxVersion(deps.exec).catch(() => undefined);
      const tooOld = buildx && !atLeast(buildx, MIN_BUILDX) ? ` — buildx ${buildx} is older than ${MIN_BUILDX}, which hoist needs: update it (docker/setup-buildx-action)` : '';
      throw new BuildFailedError(`buildx failed with exit code ${result.exitCode}: ${lastError(result.stderr)}${retries.gaveUp ?? ''}${tooOld}`, parseFailure(result.stderr), result.stderr);
    }
    return { progress: retries.firstProgress ?? result.stderr, pushRetries: retries.count };
  } finally {
    // Secret values live on disk only for the length of the build.
    for (const file of plan.files) fs.rmSync(file.path, { force: true });
  }
}

/** The push retries of one planned build, under one budget: each start that failed on a registry error that may pass is made again. */
class PushRetries {
  count = 0;
  /** The progress of the first start whose push was retried. */
  firstProgress?: string;
  /** Why the last failure was not retried, when retries ran out: said with the error. */
  gaveUp?: string;
  private firstFailedAt?: number;
  private readonly now: () => number;
  private readonly sleep: (ms: number) => Promise<void>;

  constructor(private readonly deps: BuildDeps) {
    this.now = deps.now ?? (() => performance.now());
    this.sleep = deps.sleep ?? (ms => new Promise(resolve => setTimeout(resolve, ms)));
  }

  async run(start: StartBuild, argv: string[]): Promise<ExecResult> {
    let result = await start(argv);
    for (let error = failedPush(result); error; error = failedPush(result)) {
      this.firstFailedAt ??= this.now();
      this.firstProgress ??= result.stderr;
      const attempt = this.count + 2;
      const wait = PUSH_RETRY_WAIT_MS * 2 ** this.count;
      const spent = this.now() - this.firstFailedAt;
      if (attempt > PUSH_ATTEMPTS || spent + wait > PUSH_RETRY_BUDGET_MS) {
        const tried = `the push was tried ${this.count + 1} times, each failing on a registry error that may pass`;
        this.gaveUp = ` (${tried}${attempt > PUSH_ATTEMPTS ? '' : `; the ${PUSH_RETRY_BUDGET_MS / 1000} s push retry budget is spent`})`;
        break;
      }
      this.deps.runner.warning(
        `pushing the image failed on a registry error that may pass (${describe(error)}); pushing again in ${wait / 1000} s, attempt ${attempt} of ${PUSH_ATTEMPTS} (the build itself comes from the builder's cache)`
      );
      await this.sleep(wait);
      this.count++;
      result = await start(argv);
    }
    return result;
  }
}

/** The failure of a start that is a push worth retrying; none for a success or any other failure. */
function failedPush(result: ExecResult): TransientPushError | undefined {
  return result.exitCode === 0 ? undefined : transientPushError(result.stderr);
}

function describe(error: TransientPushError): string {
  return error.status ? `HTTP ${error.status}: ${error.message}` : error.message;
}

function quoteArg(arg: string): string {
  return /^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`;
}
