import { describe, expect, it } from '@jest/globals';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { hasHandler, installHandlers } from '../../../src/docker/binfmt.js';
import { ok, scriptedExec } from '../../helpers/exec.js';
import { scratchDirs } from '../../helpers/ports.js';

const scratch = scratchDirs('binfmt');

describe('hasHandler: an enabled QEMU handler in binfmt_misc', () => {
  /** A binfmt_misc directory with these handler files (name → first line). */
  function binfmtMisc(handlers: Record<string, string>): string {
    const dir = scratch();
    for (const [name, status] of Object.entries(handlers)) fs.writeFileSync(path.join(dir, name), `${status}\ninterpreter /usr/bin/${name}\nflags: POCF\n`);
    return dir;
  }

  it('reads the handler QEMU names for the platform', () => {
    const dir = binfmtMisc({ 'qemu-aarch64': 'enabled', 'qemu-riscv64': 'disabled', 'qemu-mips64el': 'enabled' });
    expect(hasHandler('linux/arm64', dir)).toBe(true);
    expect(hasHandler('linux/mips64le', dir)).toBe(true);
    expect(hasHandler('linux/riscv64', dir)).toBe(false);
    expect(hasHandler('linux/s390x', dir)).toBe(false);
    expect(hasHandler('linux/mips', dir)).toBe(false);
  });

  it('no binfmt_misc at all (a container without it mounted): none', () => {
    expect(hasHandler('linux/arm64', path.join(scratch(), 'absent'))).toBe(false);
  });
});

describe('installHandlers', () => {
  it('runs the binfmt image privileged, as setup-qemu-action does', async () => {
    const { exec, calls } = scriptedExec([() => ok('installing: arm64 OK\ninstalling: riscv64 OK\n')], '');
    await installHandlers(exec, 'docker.io/tonistiigi/binfmt:latest', ['arm64', 'riscv64']);
    expect(calls.map(c => [c.command, ...c.args].join(' '))).toEqual(['docker run --privileged --rm docker.io/tonistiigi/binfmt:latest --install arm64,riscv64']);
  });

  it('throws with docker’s words when it cannot', async () => {
    const { exec } = scriptedExec([() => ({ exitCode: 125, stdout: '', stderr: 'docker: Error response from daemon: pull access denied for nope/binfmt.' })], '');
    await expect(installHandlers(exec, 'nope/binfmt', ['arm64'])).rejects.toThrow(
      new Error('docker run --privileged failed (exit 125): docker: Error response from daemon: pull access denied for nope/binfmt.')
    );
  });
});
