import { formatBytes } from './format.js';
import type { SizeReport } from './sizes.js';

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

export interface GateResult {
  name: 'max-size' | 'max-size-increase';
  limit: string;
  /** False when a platform is over the limit; undefined when it could not be checked (no baseline). */
  passed?: boolean;
  failures: string[];
}

export function evaluateGates(report: SizeReport, maxSize: string, maxIncrease: string): GateResult[] {
  const results: GateResult[] = [];
  const size = maxSize ? parseSize(maxSize) : undefined;
  if (size !== undefined) {
    const failures = report.platforms
      .filter(p => p.compressed > size)
      .map(p => `${p.platform} is ${formatBytes(p.compressed)} compressed, over max-size ${maxSize}`);
    results.push({ name: 'max-size', limit: maxSize, passed: failures.length === 0, failures });
  }
  const increase = maxIncrease ? parseIncrease(maxIncrease) : undefined;
  if (increase) {
    const compared = report.platforms.filter(p => p.delta);
    const failures = compared
      .filter(p => ('percent' in increase ? (p.delta?.percent ?? (p.delta!.bytes > 0 ? Infinity : 0)) > increase.percent : p.delta!.bytes > increase.bytes))
      .map(p => `${p.platform} grew ${formatBytes(p.delta!.bytes)}${p.delta!.percent !== undefined ? ` (+${p.delta!.percent.toFixed(1)} %)` : ''}, over max-size-increase ${maxIncrease}`);
    results.push({ name: 'max-size-increase', limit: maxIncrease, passed: compared.length === 0 ? undefined : failures.length === 0, failures });
  }
  return results;
}
