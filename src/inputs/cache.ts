/**
 * The syntax of the caching inputs: the `cache` modes and buildx's cache-from/cache-to entries.
 * Follows docker/buildx v0.36.1: util/buildflags/cache.go.
 */
import { parseAttrs } from './attrs.js';

/** The `cache` input's modes; an empty input means `none`. */
export const CACHE_MODES = ['none', 'registry', 'gha', 'local'] as const;
export type CacheMode = (typeof CACHE_MODES)[number];

export function isCacheMode(value: string): value is CacheMode {
  return (CACHE_MODES as readonly string[]).includes(value);
}

const CACHE_TYPES = ['registry', 'local', 'gha', 'inline', 's3', 'azblob'];

/** What is wrong with one cache-from/cache-to entry, or undefined. */
export function cacheEntryProblem(entry: string, direction: 'from' | 'to'): string | undefined {
  let pairs: Array<[string, string]>;
  try {
    pairs = parseAttrs(entry);
  } catch {
    return `'${entry}' is not a key=value list`;
  }
  const attrs = new Map(pairs);
  // A bare reference (user/app:cache) means type=registry, as buildx reads it.
  if (pairs.length === 1 && pairs[0][1] === '') return undefined;
  const type = attrs.get('type') ?? '';
  if (!CACHE_TYPES.includes(type)) return `'${entry}' has type '${type || '(none)'}'; known types: ${CACHE_TYPES.join(', ')}`;
  if (type === 'registry' && !attrs.get('ref')) return `'${entry}' needs ref=<image>`;
  if (type === 'local' && !attrs.get(direction === 'from' ? 'src' : 'dest')) return `'${entry}' needs ${direction === 'from' ? 'src' : 'dest'}=<directory>`;
  const mode = attrs.get('mode');
  if (direction === 'to' && mode !== undefined && mode !== 'min' && mode !== 'max') return `'${entry}' has mode '${mode}'; use min or max`;
  return undefined;
}
