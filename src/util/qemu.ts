/**
 * The architectures QEMU emulates, as the binfmt image (tonistiigi/binfmt, which
 * docker/setup-qemu-action runs) names them for `--install`, and QEMU's own names for
 * their kernel handlers. Shared by the input check (`binfmt-platforms`) and the
 * registration itself (docker/binfmt.ts).
 */
import { parsePlatform } from './platform.js';

/** QEMU's name for each architecture, as its handlers are called (`qemu-aarch64`). */
export const QEMU_ARCH: Record<string, string> = {
  arm64: 'aarch64',
  arm: 'arm',
  amd64: 'x86_64',
  '386': 'i386',
  riscv64: 'riscv64',
  ppc64le: 'ppc64le',
  s390x: 's390x',
  mips64le: 'mips64el',
  mips64: 'mips64',
  loong64: 'loongarch64'
};

/** The platform's architecture as binfmt's `--install` takes it (`arm64`), or undefined when QEMU has none. */
export function binfmtArch(platform: string): string | undefined {
  try {
    const arch = parsePlatform(platform).architecture;
    return arch in QEMU_ARCH ? arch : undefined;
  } catch {
    return undefined;
  }
}
