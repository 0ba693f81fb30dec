import * as core from '@actions/core';

/** What main hands to post, by name, so both sides agree on the keys. */
const KEYS = { isPost: 'isPost', tmpDir: 'tmpDir' } as const;

export const state = {
  markMainStarted: (): void => core.saveState(KEYS.isPost, 'true'),
  isPost: (): boolean => core.getState(KEYS.isPost) === 'true',
  saveTmpDir: (dir: string): void => core.saveState(KEYS.tmpDir, dir),
  tmpDir: (): string => core.getState(KEYS.tmpDir)
};
