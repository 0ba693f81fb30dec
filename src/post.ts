import * as fs from 'node:fs';
import { removeBuilder } from './buildx/setup.js';
import { removeScopedLogins } from './docker/config.js';
import { registryClient, type Ports } from './ports.js';
import { state } from './runner/state.js';

/**
 * Cleanup after the job: the builder this step set up (its container and state volume;
 * the volume stays with keep-state; `cleanup: false` saved no builder to remove),
 * hoist's temp files (secret files included), and the build's directory under the cache
 * root, which outlives the job on a self-hosted runner (the Actions cache holds what it
 * held); first, beside the builder's removal, the check of the size history point the main
 * step wrote, while its logins are still there. Runs even when the main step failed; never
 * fails the job.
 */
export async function post(ctx: Pick<Ports, 'runner' | 'exec'>): Promise<void> {
  const { runner } = ctx;
  const check = state.sizeHistoryCheck(runner);
  const checking = check ? checkSizeHistory(ctx, check) : Promise.resolve();
  const builder = state.builderToRemove(runner);
  if (builder) {
    try {
      const keepState = state.keepState(runner);
      await removeBuilder(ctx.exec, builder, keepState);
      runner.info(`removed builder ${builder}${keepState ? ' (its BuildKit state kept: keep-state)' : ''}`);
    } catch (e) {
      runner.warning(`cleanup: ${(e as Error).message}`);
    }
  }
  await checking;
  const dockerConfig = state.dockerConfig(runner);
  if (dockerConfig && fs.existsSync(dockerConfig)) {
    try {
      for (const dir of removeScopedLogins(dockerConfig)) runner.info(`logged out of the scoped login in ${dir}`);
      fs.rmSync(dockerConfig, { recursive: true, force: true });
      runner.info('logged out: removed the docker config holding the logins');
    } catch (e) {
      runner.warning(`logout: ${(e as Error).message}`);
    }
  }
  for (const dir of [state.tmpDir(runner), state.cacheDir(runner)]) {
    try {
      if (dir && fs.existsSync(dir)) {
        fs.rmSync(dir, { recursive: true, force: true });
        runner.info(`removed ${dir}`);
      }
    } catch (e) {
      runner.warning(`cleanup: ${(e as Error).message}`);
    }
  }
}

/** The size history point the main step wrote is still there (src/report/history.ts); only warns. */
async function checkSizeHistory(ctx: Pick<Ports, 'runner' | 'exec'>, file: string): Promise<void> {
  try {
    const { checkRecordedPoint, readPendingCheck } = await import('./report/history.js');
    const saved = readPendingCheck(file);
    await checkRecordedPoint(ctx.runner, registryClient(ctx.exec, saved, undefined, saved.plainHttp), saved);
  } catch (e) {
    ctx.runner.warning(`size history: the post step could not check this build's point: ${(e as Error).message}`);
  }
}
