import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Runner } from './protocol.js';

/** What main hands to post, by name, so both sides agree on the keys. */
const KEYS = {
  isPost: 'isPost',
  tmpDir: 'tmpDir',
  cacheDir: 'cacheDir',
  builderToRemove: 'builderToRemove',
  keepState: 'keepState',
  dockerConfig: 'dockerConfig',
  sizeHistoryCheck: 'sizeHistoryCheck'
} as const;

export const state = {
  markMainStarted: (r: Runner): void => r.saveState(KEYS.isPost, 'true'),
  isPost: (r: Runner): boolean => r.getState(KEYS.isPost) === 'true',
  saveTmpDir: (r: Runner, dir: string): void => r.saveState(KEYS.tmpDir, dir),
  tmpDir: (r: Runner): string => r.getState(KEYS.tmpDir),
  saveCacheDir: (r: Runner, dir: string): void => r.saveState(KEYS.cacheDir, dir),
  cacheDir: (r: Runner): string => r.getState(KEYS.cacheDir),
  /** The builder this step set up: its post step removes it. */
  saveBuilderToRemove: (r: Runner, name: string): void => r.saveState(KEYS.builderToRemove, name),
  builderToRemove: (r: Runner): string => r.getState(KEYS.builderToRemove),
  /** setup-buildx-action's `keep-state`: the post step removes the builder with `--keep-state`. */
  saveKeepState: (r: Runner): void => r.saveState(KEYS.keepState, 'true'),
  keepState: (r: Runner): boolean => r.getState(KEYS.keepState) === 'true',
  /** hoist's own docker config (its logins): the post step removes it. */
  saveDockerConfig: (r: Runner, dir: string): void => r.saveState(KEYS.dockerConfig, dir),
  dockerConfig: (r: Runner): string => r.getState(KEYS.dockerConfig),
  /** The size history point written by the main step: the post step reads the history again to check it is there. */
  saveSizeHistoryCheck: (r: Runner, file: string): void => r.saveState(KEYS.sizeHistoryCheck, file),
  sizeHistoryCheck: (r: Runner): string => r.getState(KEYS.sizeHistoryCheck)
};

/** hoist's own temp directory for this step (under RUNNER_TEMP), removed by the post step. */
export function privateTmpDir(runner: Runner, runnerTemp: string): string {
  const tmpDir = fs.mkdtempSync(path.join(runnerTemp, 'hoist-'));
  state.saveTmpDir(runner, tmpDir);
  return tmpDir;
}
