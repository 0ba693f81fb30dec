/**
 * QEMU only where a stage runs emulated, on a machine that has no handler yet (the
 * host's qemu-aarch64 is taken away for the test and put back after it): hoist registers
 * it through the binfmt image, warns on the FROM line of the stage that compiles under
 * emulation, and the build succeeds; the cross-compiling form of the same Dockerfile
 * needs no QEMU and gets no warning; and where registration is impossible the step fails
 * before building, naming the platform, the stage and the fix.
 */
import { beforeAll, describe, expect, it } from '@jest/globals';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { workspace } from '../helpers/workspace.js';
import { handlerEnabled, withoutHandler } from './binfmt.js';
import { explain, runAction, type ActionRun } from './runner.js';
import { BUILDER, RUNTIME_IMAGE, requireToolchain } from './toolchain.js';

/** A builder stage that "compiles" with make (busybox has none, so it falls back), then a runtime stage. */
function qemuWorkspace(crossCompiles: boolean): string {
  const dockerfile = [
    `FROM ${crossCompiles ? '--platform=$BUILDPLATFORM ' : ''}${RUNTIME_IMAGE} AS builder`,
    'RUN make app 2>/dev/null || uname -m > /app',
    `FROM ${RUNTIME_IMAGE}`,
    'COPY --from=builder /app /app',
    ''
  ].join('\n');
  return workspace({ Dockerfile: dockerfile }, { name: 'qemu' });
}

const build = (ws: string, extra: Record<string, string> = {}) =>
  runAction({ context: '.', platforms: 'linux/arm64', builder: BUILDER, provenance: 'false', outputs: `type=local,dest=${path.join(ws, 'out')}`, ...extra }, { workspace: ws });

describe('QEMU for an emulated stage, on a machine without a handler', () => {
  beforeAll(requireToolchain);

  it('registers it through the binfmt image, warns on the stage that compiles, and builds; the host handler is put back after', async () => {
    const ws = qemuWorkspace(false);
    let run!: ActionRun;
    let registered = false;
    await withoutHandler('qemu-aarch64', async () => {
      expect(handlerEnabled('qemu-aarch64')).toBe(false);
      run = await build(ws);
      registered = handlerEnabled('qemu-aarch64');
    });
    expect({ code: run.main.exitCode, log: run.main.exitCode === 0 ? '' : explain(run) }).toEqual({ code: 0, log: '' });
    expect(run.main.stdout).toContain("QEMU: registering arm64 with docker.io/tonistiigi/binfmt:latest: linux/arm64 (stage 'builder', line 1)");
    expect(registered).toBe(true);
    // The warning annotation sits on the builder stage's FROM line (the path relative to the workspace, as GitHub wants it) and gives the fix.
    expect(run.main.stdout).toMatch(
      /^::warning file=Dockerfile,line=1,title=compiling under emulation::stage 'builder' compiles with gcc\/make \(line 2\) under QEMU emulation for linux\/arm64; .*FROM --platform=\$BUILDPLATFORM/m
    );
    // The step ran emulated: an arm64 uname.
    expect(fs.readFileSync(path.join(ws, 'out', 'app'), 'utf8').trim()).toBe('aarch64');
    expect(run.summary).toContain('| builder | linux/arm64 | linux/arm64 |');
    expect(handlerEnabled('qemu-aarch64')).toBe(true);
  });

  it('the cross-compiling form needs no QEMU and gets no warning', async () => {
    const ws = qemuWorkspace(true);
    let run!: ActionRun;
    await withoutHandler('qemu-aarch64', async () => {
      run = await build(ws);
      expect(handlerEnabled('qemu-aarch64')).toBe(false);
    });
    expect({ code: run.main.exitCode, log: run.main.exitCode === 0 ? '' : explain(run) }).toEqual({ code: 0, log: '' });
    expect(run.main.stdout).toContain(`QEMU: not needed: every stage runs its RUN steps on ${os.arch() === 'arm64' ? 'linux/arm64' : 'linux/amd64'}`);
    expect(run.main.stdout).not.toContain('::warning');
    expect(fs.readFileSync(path.join(ws, 'out', 'app'), 'utf8').trim()).toBe(os.arch() === 'arm64' ? 'aarch64' : 'x86_64');
  });

  it('fails before building when QEMU cannot be registered, naming the platform, the stage and the fix', async () => {
    const ws = qemuWorkspace(false);
    let run!: ActionRun;
    await withoutHandler('qemu-aarch64', async () => {
      run = await build(ws, { 'binfmt-image': '127.0.0.1:5000/e2e/no-such-binfmt:1' });
    });
    expect(run.main.exitCode).not.toBe(0);
    expect(run.main.stdout).toMatch(
      /^::error::cannot register QEMU for linux\/arm64 \(stage 'builder', line 1\): docker run --privileged failed .*Cross-compile those stages \(FROM --platform=\$BUILDPLATFORM/m
    );
    // Nothing was built.
    expect(run.main.stdout).not.toContain('docker buildx build');
    expect(fs.existsSync(path.join(ws, 'out'))).toBe(false);
  });
});
