// buildx/history.ts: the build ref split, the record file's name (as docker/actions-toolkit names it),
// the failed build's ref from buildx's local refs, and the export's argv.
import { describe, expect, it } from '@jest/globals';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { exportRecord, latestLocalRef, recordFileName, splitRef } from '../../../src/buildx/history.js';
import { scratchDirs } from '../../helpers/ports.js';
import { ok, scriptedExec, argAfter } from '../../helpers/exec.js';

const scratch = scratchDirs('buildx-history');

describe('splitRef', () => {
  it.each<[string, ReturnType<typeof splitRef>]>([
    ['hoist/hoist0/oaar5r40rjvfa6zwp4r7hk463', { builder: 'hoist', node: 'hoist0', id: 'oaar5r40rjvfa6zwp4r7hk463' }],
    ['oaar5r40rjvfa6zwp4r7hk463', undefined],
    ['a/b', undefined],
    ['a/b/c/d', undefined],
    ['a//c', undefined]
  ])('%s', (ref, expected) => {
    expect(splitRef(ref)).toEqual(expected);
  });
});

describe('recordFileName', () => {
  it.each([
    ['acme/backend', 'oaar5r40rjvfa6zwp4r7hk463', 'acme~backend~OAAR5R.dockerbuild'],
    ['docker/build-push-action', '4mdh0wq2wm7y9ngyo2dm3ok7x', 'docker~build-push-action~4MDH0W.dockerbuild'],
    ['acme/backend', 'abc', 'acme~backend~ABC.dockerbuild']
  ])('%s, %s → %s (the first six of the id, upper case)', (repository, id, name) => {
    expect(recordFileName(repository, id)).toBe(name);
  });
});

describe('latestLocalRef', () => {
  function writeRef(dir: string, builder: string, node: string, id: string, state: object, mtime: Date): void {
    fs.mkdirSync(path.join(dir, 'refs', builder, node), { recursive: true });
    const file = path.join(dir, 'refs', builder, node, id);
    fs.writeFileSync(file, JSON.stringify(state));
    fs.utimesSync(file, mtime, mtime);
  }

  it("takes the newest build of the builder since the step started, leaving out hoist's stdin helpers and other builders", () => {
    const dir = scratch();
    const since = new Date('2026-01-01T10:00:00Z');
    const at = (s: number) => new Date(since.getTime() + s * 1000);
    writeRef(dir, 'hoist', 'hoist0', 'before', { LocalPath: '/w', DockerfilePath: '' }, at(-10));
    writeRef(dir, 'hoist', 'hoist0', 'first', { LocalPath: '/w', DockerfilePath: '' }, at(1));
    writeRef(dir, 'hoist', 'hoist0', 'retried', { LocalPath: '/w', DockerfilePath: '/w/Dockerfile' }, at(5));
    writeRef(dir, 'hoist', 'hoist0', 'helper', { LocalPath: '/tmp/empty', DockerfilePath: '-' }, at(9));
    writeRef(dir, 'other', 'other0', 'elsewhere', { LocalPath: '/w', DockerfilePath: '' }, at(20));
    fs.writeFileSync(path.join(dir, 'refs', 'hoist', 'hoist0', 'broken'), '{');
    expect(latestLocalRef(dir, 'hoist', since.getTime())).toBe('hoist/hoist0/retried');
  });

  it('none when buildx recorded nothing since then, or keeps no refs at all', () => {
    const dir = scratch();
    expect(latestLocalRef(dir, 'hoist', 0)).toBeUndefined();
    writeRef(dir, 'hoist', 'hoist0', 'old', { DockerfilePath: '' }, new Date('2020-01-01T00:00:00Z'));
    expect(latestLocalRef(dir, 'hoist', Date.parse('2021-01-01T00:00:00Z'))).toBeUndefined();
  });
});

describe('exportRecord', () => {
  it('exports the one build with --finalize into the named file and says its size', async () => {
    const dir = scratch();
    const { exec, calls } = scriptedExec(
      [
        c => {
          if (c.args[1] !== 'history') return undefined;
          fs.writeFileSync(argAfter(c.args, '--output')!, Buffer.alloc(1234));
          return ok();
        }
      ],
      'sha256:00'
    );
    const record = await exportRecord(exec, { ref: 'hoist/hoist0/oaar5r40rjvfa6zwp4r7hk463', repository: 'acme/backend', dir: path.join(dir, 'record'), buildxVersion: 'v0.36.1' });
    const file = path.join(dir, 'record', 'acme~backend~OAAR5R.dockerbuild');
    expect(record).toEqual({ file, bytes: 1234 });
    expect(calls.map(c => c.args)).toEqual([['buildx', 'history', 'export', '--builder', 'hoist', '--output', file, 'oaar5r40rjvfa6zwp4r7hk463', '--finalize']]);
  });

  it("refuses a ref that is not <builder>/<node>/<id>, and says buildx's words when the export fails", async () => {
    const { exec } = scriptedExec([c => (c.args[1] === 'history' ? { exitCode: 1, stdout: '', stderr: 'ERROR: no record found for ref "x"' } : undefined)], 'sha256:00');
    await expect(exportRecord(exec, { ref: 'x', repository: 'acme/backend', dir: scratch() })).rejects.toThrow('invalid build ref: x');
    await expect(exportRecord(exec, { ref: 'hoist/hoist0/x', repository: 'acme/backend', dir: scratch() })).rejects.toThrow(/docker buildx history failed \(exit 1\): ERROR: no record found/);
  });
});
