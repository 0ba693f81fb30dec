/**
 * Platform strings as buildx accepts them (containerd's platforms.Parse), checked
 * up front so a typo fails in a second instead of after a long build.
 * Follows containerd/platforms v1.0.0-rc.4: platforms.go, database.go.
 */
import { editDistance } from './words.js';

export interface Platform {
  os: string;
  architecture: string;
  variant?: string;
}

const OSES = ['linux', 'windows', 'darwin', 'freebsd', 'netbsd', 'openbsd', 'solaris', 'illumos', 'aix', 'android', 'ios', 'js', 'wasip1', 'plan9', 'dragonfly'];
const ARCH_ALIASES: Record<string, { architecture: string; variant?: string }> = {
  amd64: { architecture: 'amd64' },
  x86_64: { architecture: 'amd64' },
  'x86-64': { architecture: 'amd64' },
  arm64: { architecture: 'arm64' },
  aarch64: { architecture: 'arm64' },
  arm: { architecture: 'arm' },
  armhf: { architecture: 'arm', variant: 'v7' },
  armel: { architecture: 'arm', variant: 'v6' },
  '386': { architecture: '386' },
  i386: { architecture: '386' },
  i686: { architecture: '386' },
  ppc64le: { architecture: 'ppc64le' },
  ppc64: { architecture: 'ppc64' },
  s390x: { architecture: 's390x' },
  riscv64: { architecture: 'riscv64' },
  mips64le: { architecture: 'mips64le' },
  mips64: { architecture: 'mips64' },
  mipsle: { architecture: 'mipsle' },
  mips: { architecture: 'mips' },
  loong64: { architecture: 'loong64' },
  wasm: { architecture: 'wasm' }
};
const VARIANTS: Record<string, string[]> = {
  arm: ['v5', 'v6', 'v7', 'v8'],
  arm64: ['v8', 'v8.0', 'v8.1', 'v8.2', 'v8.3', 'v8.4', 'v8.5', 'v8.6', 'v8.7', 'v8.8', 'v8.9', 'v9', 'v9.0', 'v9.1', 'v9.2', 'v9.3', 'v9.4', 'v9.5'],
  amd64: ['v1', 'v2', 'v3', 'v4']
};

const COMMON_PLATFORMS = ['linux/amd64', 'linux/arm64', 'linux/arm/v7', 'linux/arm/v6', 'linux/386', 'linux/ppc64le', 'linux/s390x', 'linux/riscv64'];

export class PlatformError extends Error {}

/** Parses `os/arch[/variant]` (aliases normalised); throws PlatformError with a suggestion. */
export function parsePlatform(value: string): Platform {
  const parts = value.toLowerCase().split('/');
  if (parts.length < 2 || parts.length > 3 || parts.some(p => p === '')) {
    throw new PlatformError(`'${value}' is not of the form os/arch[/variant]${suggestion(value)}`);
  }
  const [os, arch, variant] = parts;
  if (!OSES.includes(os)) {
    throw new PlatformError(`'${value}' has an unknown operating system '${os}'${suggestion(value)}`);
  }
  const known = ARCH_ALIASES[arch];
  if (!known) {
    throw new PlatformError(`'${value}' has an unknown architecture '${arch}'${suggestion(value)}`);
  }
  const v = variant ?? known.variant;
  if (variant !== undefined && !(VARIANTS[known.architecture] ?? []).includes(variant)) {
    throw new PlatformError(`'${value}' has an unknown variant '${variant}' for ${known.architecture}${suggestion(value)}`);
  }
  return v === undefined ? { os, architecture: known.architecture } : { os, architecture: known.architecture, variant: v };
}

export function formatPlatform(p: Platform): string {
  return p.variant ? `${p.os}/${p.architecture}/${p.variant}` : `${p.os}/${p.architecture}`;
}

function suggestion(value: string): string {
  let best = '';
  let bestDistance = Infinity;
  for (const candidate of COMMON_PLATFORMS) {
    const d = editDistance(value.toLowerCase(), candidate);
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return bestDistance <= 3 ? `; did you mean '${best}'?` : `; e.g. ${COMMON_PLATFORMS.slice(0, 3).join(', ')}`;
}
