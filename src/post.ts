import * as fs from 'node:fs';
import type { Runner } from './runner/protocol.js';
import { state } from './state.js';

/** Cleanup after the job: hoist's temp files (secret files included). Never fails the job. */
export async function post(runner: Runner): Promise<void> {
  try {
    const dir = state.tmpDir(runner);
    if (dir && fs.existsSync(dir)) {
      fs.rmSync(dir, { recursive: true, force: true });
      runner.info(`removed ${dir}`);
    }
  } catch (e) {
    runner.warning(`cleanup: ${(e as Error).message}`);
  }
}
