import { describe, expect, it } from '@jest/globals';
import { binfmtArch } from '../../../src/util/qemu.js';

describe('binfmtArch: the architecture as the binfmt image installs it', () => {
  it.each([
    ['linux/arm64', 'arm64'],
    ['linux/arm64/v8', 'arm64'],
    ['linux/arm/v7', 'arm'],
    ['linux/amd64', 'amd64'],
    ['linux/386', '386'],
    ['linux/riscv64', 'riscv64'],
    ['linux/ppc64le', 'ppc64le'],
    ['linux/s390x', 's390x'],
    ['linux/mips64le', 'mips64le'],
    ['linux/loong64', 'loong64'],
    ['linux/mips', undefined],
    ['not a platform/', undefined]
  ])('%s → %s', (platform, arch) => {
    expect(binfmtArch(platform)).toBe(arch);
  });
});
