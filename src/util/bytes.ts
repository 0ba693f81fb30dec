/** Sizes in bytes, read from inputs and written for people. */

const UNITS: Record<string, number> = { b: 1, kb: 1e3, mb: 1e6, gb: 1e9, kib: 1024, mib: 1024 ** 2, gib: 1024 ** 3 };

/** `20MB`, `20 MB`, `19.5MiB`, `1048576` → bytes; undefined when it is not a size. */
export function parseSize(text: string): number | undefined {
  const m = /^(\d+(?:\.\d+)?)\s*([kmg]i?b|b)?$/i.exec(text.trim());
  if (!m) return undefined;
  return Math.round(Number(m[1]) * UNITS[(m[2] ?? 'b').toLowerCase()]);
}

export type Increase = { percent: number } | { bytes: number };

/** `10%` or a size; undefined when it is neither. */
export function parseIncrease(text: string): Increase | undefined {
  const pct = /^(\d+(?:\.\d+)?)\s*%$/.exec(text.trim());
  if (pct) return { percent: Number(pct[1]) };
  const bytes = parseSize(text);
  return bytes === undefined ? undefined : { bytes };
}

/** Decimal units (MB = 10^6), one decimal, as registries bill and `docker images` shows. */
export function formatBytes(bytes: number): string {
  const abs = Math.abs(bytes);
  if (abs >= 1e9) return `${(bytes / 1e9).toFixed(1)} GB`;
  if (abs >= 1e6) return `${(bytes / 1e6).toFixed(1)} MB`;
  if (abs >= 1e3) return `${(bytes / 1e3).toFixed(1)} kB`;
  return `${bytes} B`;
}
