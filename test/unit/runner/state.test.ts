// What main hands to post through the runner's state (runner/state.ts), and the private temp directory it saves.
import { afterAll, describe, expect, it } from '@jest/globals';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { privateTmpDir, state } from '../../../src/runner/state.js';
import { FakeRunner } from '../../helpers/runner.js';

describe('state', () => {
  it('knows a post step by the mark main leaves', () => {
    const runner = new FakeRunner({});
    expect(state.isPost(runner)).toBe(false);
    state.markMainStarted(runner);
    expect(state.isPost(runner)).toBe(true);
  });

  it.each([
    ['tmpDir', state.saveTmpDir, state.tmpDir, '/runner/_temp/hoist-abc'],
    ['cacheDir', state.saveCacheDir, state.cacheDir, '/runner/_temp/hoist-cache/b1'],
    ['builderToRemove', state.saveBuilderToRemove, state.builderToRemove, 'hoist-7f3a'],
    ['dockerConfig', state.saveDockerConfig, state.dockerConfig, '/runner/_temp/hoist-abc/docker']
  ])('%s round-trips, and is empty when never saved', (_key, save, read, value) => {
    const runner = new FakeRunner({});
    expect(read(runner)).toBe('');
    save(runner, value);
    expect(read(runner)).toBe(value);
  });

  it('keep-state: false until saved', () => {
    const runner = new FakeRunner({});
    expect(state.keepState(runner)).toBe(false);
    state.saveKeepState(runner);
    expect(state.keepState(runner)).toBe(true);
  });

  it('keeps each key apart', () => {
    const runner = new FakeRunner({});
    state.saveTmpDir(runner, 't');
    state.saveCacheDir(runner, 'c');
    state.saveBuilderToRemove(runner, 'b');
    state.saveDockerConfig(runner, 'd');
    expect([state.tmpDir(runner), state.cacheDir(runner), state.builderToRemove(runner), state.dockerConfig(runner), state.isPost(runner)]).toEqual(['t', 'c', 'b', 'd', false]);
  });
});

describe('privateTmpDir', () => {
  const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'hoist-runner-temp-'));
  afterAll(() => fs.rmSync(temp, { recursive: true, force: true }));

  it('makes a new hoist- directory under the runner temp and saves it for post', () => {
    const runner = new FakeRunner({});
    const dir = privateTmpDir(runner, temp);
    expect(path.dirname(dir)).toBe(temp);
    expect(path.basename(dir)).toMatch(/^hoist-\w{6}$/);
    expect(fs.statSync(dir).isDirectory()).toBe(true);
    expect(state.tmpDir(runner)).toBe(dir);
  });

  it('makes another directory each time', () => {
    const runner = new FakeRunner({});
    const first = privateTmpDir(runner, temp);
    const second = privateTmpDir(runner, temp);
    expect(second).not.toBe(first);
    expect(state.tmpDir(runner)).toBe(second);
  });
});
