/**
 * The post step: what the main step left in the runner's state (the builder it set up,
 * its docker config, its temp and cache directories) removed, each failure a warning.
 */
import { describe, expect, it } from '@jest/globals';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { post } from '../../src/post.js';
import { state } from '../../src/runner/state.js';
import { scriptedExec } from '../helpers/exec.js';
import { scratchDirs } from '../helpers/ports.js';
import { FakeRunner } from '../helpers/runner.js';

const scratch = scratchDirs('post');

/** A directory with a file in it, as the main step leaves them. */
function leftBehind(name: string): string {
  const dir = path.join(scratch(), name);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'file'), 'x');
  return dir;
}

describe('post', () => {
  it('removes the builder this step set up, the docker config with the logins, the temp and cache directories', async () => {
    const runner = new FakeRunner({});
    const [config, tmp, cache] = [leftBehind('docker-config'), leftBehind('hoist-tmp'), leftBehind('cache')];
    state.saveBuilderToRemove(runner, 'hoist-0123456789ab');
    state.saveDockerConfig(runner, config);
    state.saveTmpDir(runner, tmp);
    state.saveCacheDir(runner, cache);
    const { exec, calls } = scriptedExec([c => (c.args[1] === 'rm' ? { exitCode: 0, stdout: '', stderr: '' } : undefined)], '');
    await post({ runner, exec });
    expect(calls.map(c => [c.command, ...c.args].join(' '))).toEqual(['docker buildx rm hoist-0123456789ab']);
    expect([config, tmp, cache].map(d => fs.existsSync(d))).toEqual([false, false, false]);
    expect(runner.texts('info')).toEqual(['removed builder hoist-0123456789ab', 'logged out: removed the docker config holding the logins', `removed ${tmp}`, `removed ${cache}`]);
    expect(runner.texts('warning')).toEqual([]);
  });

  it('keep-state: the builder is removed with --keep-state, and the log says its state stays', async () => {
    const runner = new FakeRunner({});
    state.saveBuilderToRemove(runner, 'hoist-kept');
    state.saveKeepState(runner);
    const { exec, calls } = scriptedExec([() => ({ exitCode: 0, stdout: '', stderr: '' })], '');
    await post({ runner, exec });
    expect(calls.map(c => [c.command, ...c.args].join(' '))).toEqual(['docker buildx rm hoist-kept --keep-state']);
    expect(runner.texts('info')).toEqual(['removed builder hoist-kept (its BuildKit state kept: keep-state)']);
  });

  it('a builder that cannot be removed is a warning; the rest is cleaned up all the same', async () => {
    const runner = new FakeRunner({});
    const tmp = leftBehind('hoist-tmp');
    state.saveBuilderToRemove(runner, 'hoist-gone');
    state.saveTmpDir(runner, tmp);
    const { exec } = scriptedExec([() => ({ exitCode: 1, stdout: '', stderr: 'ERROR: no builder "hoist-gone" found' })], '');
    await post({ runner, exec });
    expect(runner.texts('warning')).toEqual(['cleanup: docker buildx rm failed (exit 1): ERROR: no builder "hoist-gone" found']);
    expect(fs.existsSync(tmp)).toBe(false);
    expect(runner.texts('info')).toEqual([`removed ${tmp}`]);
  });

  it('nothing in the state (a main step that stopped early): nothing to do, nothing said', async () => {
    const runner = new FakeRunner({});
    const { exec, calls } = scriptedExec([], '');
    await post({ runner, exec });
    expect(calls).toEqual([]);
    expect(runner.events).toEqual([]);
  });

  it('directories already gone are passed over', async () => {
    const runner = new FakeRunner({});
    state.saveTmpDir(runner, path.join(scratch(), 'never-made'));
    state.saveDockerConfig(runner, path.join(scratch(), 'never-made-either'));
    const { exec } = scriptedExec([], '');
    await post({ runner, exec });
    expect(runner.events).toEqual([]);
  });
});
