/**
 * QEMU user-mode handlers in the kernel's binfmt_misc, seen and registered the way
 * docker/setup-qemu-action does: `docker run --privileged --rm <binfmt image> --install
 * <arch>`. The image registers each handler with the F flag, so the kernel keeps the
 * interpreter open and every container on the machine can use it afterwards.
 * Follows docker/setup-qemu-action v4.2.0: src/main.ts.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { execChecked, type Exec } from '../util/exec.js';
import { binfmtArch, QEMU_ARCH } from '../util/qemu.js';

const BINFMT_DIR = '/proc/sys/fs/binfmt_misc';

/** Whether the kernel has an enabled handler for the platform's binaries. */
export function hasHandler(platform: string, dir = BINFMT_DIR): boolean {
  const arch = binfmtArch(platform);
  if (!arch) return false;
  try {
    return fs.readFileSync(path.join(dir, `qemu-${QEMU_ARCH[arch]}`), 'utf8').split('\n')[0] === 'enabled';
  } catch {
    return false;
  }
}

/** Registers the handlers for the architectures (binfmt names); throws with docker's own words when it cannot. */
export async function installHandlers(exec: Exec, image: string, archs: string[]): Promise<void> {
  await execChecked(exec, 'docker', ['run', '--privileged', '--rm', image, '--install', archs.join(',')]);
}
