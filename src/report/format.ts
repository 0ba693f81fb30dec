import { formatBytes } from '../util/bytes.js';
import type { Delta } from './sizes.js';

/** `▲ 0.3 MB (+5.2 %)`, `▼ 12.0 kB (−0.2 %)`, `=` for no change. */
export function formatDelta(d: Delta, withPercent = true): string {
  if (d.bytes === 0) return '=';
  const arrow = d.bytes > 0 ? '▲' : '▼';
  // A delta reads in the unit of the sizes beside it: 300 kB next to 6.0 MB is "0.3 MB".
  const abs = Math.abs(d.bytes);
  const amount = abs >= 1e5 && abs < 1e9 ? `${(abs / 1e6).toFixed(1)} MB` : formatBytes(abs);
  const percent = withPercent && d.percent !== undefined ? ` (${d.percent > 0 ? '+' : '−'}${Math.abs(d.percent).toFixed(1)} %)` : '';
  return `${arrow} ${amount}${percent}`;
}
