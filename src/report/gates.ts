import { formatBytes, parseIncrease, parseSize } from '../util/bytes.js';
import type { SizeReport } from './sizes.js';

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
    const failures = report.platforms.filter(p => p.compressed > size).map(p => `${p.platform} is ${formatBytes(p.compressed)} compressed, over max-size ${maxSize}`);
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
