import { createHash } from 'node:crypto';

/** 16 hex digits of the sha256 of the parts: a short, stable name for a build or a key. */
export function shortHash(...parts: string[]): string {
  const hash = createHash('sha256');
  for (const p of parts) hash.update(p).update('\0');
  return hash.digest('hex').slice(0, 16);
}
