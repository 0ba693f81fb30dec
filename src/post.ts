import * as core from '@actions/core';
import * as fs from 'node:fs';
import { state } from './state.js';

/** Cleanup after the job: hoist's temp files (secret files included). Never fails the job. */
export async function post(): Promise<void> {
  try {
    const dir = state.tmpDir();
    if (dir && fs.existsSync(dir)) {
      fs.rmSync(dir, { recursive: true, force: true });
      core.info(`removed ${dir}`);
    }
  } catch (e) {
    core.warning(`cleanup: ${(e as Error).message}`);
  }
}
