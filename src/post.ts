import * as fs from 'node:fs';
import type { Runner } from './runner/protocol.js';
import { state } from './state.js';

/**
 * Cleanup after the job: hoist's temp files (secret files included), and the build's
 * directory under the cache root, which outlives the job on a self-hosted runner (the
 * Actions cache holds what it held). Never fails the job.
 */
export async function post(runner: Runner): Promise<void> {
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
