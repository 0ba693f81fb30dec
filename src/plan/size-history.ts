/**
 * The size history of an image (issue 31): one point per push on the default branch, with
 * its commit, time and per platform sizes; capped, and merged so that concurrent writers
 * keep each other's points. Pure: the registry I/O is src/readback/size-history.ts.
 */

/** The artifactType of the history manifest, and the media type of its one layer. */
export const HISTORY_MEDIA_TYPE = 'application/vnd.hoist.size-history.v1+json';
/** The tag the history lives under, in the image's own repository. */
export const HISTORY_TAG = 'hoist-size-history';
export const HISTORY_SCHEMA = 'hoist.size-history/v1';
/** Points kept: enough for any chart (size-trend takes at most this), small enough to read in one request (~40 kB). */
export const HISTORY_CAP = 200;

interface PointSizes {
  compressed: number;
  /** Null when a layer's unpacked size is unknown (zstd). */
  unpacked: number | null;
  layers: number;
}

export interface SizePoint {
  commit: string;
  /** ISO 8601, UTC. */
  time: string;
  /** The manifest (index) digest pushed. */
  digest: string;
  platforms: Record<string, PointSizes>;
}

export interface SizeHistory {
  schema: typeof HISTORY_SCHEMA;
  points: SizePoint[];
}

export const emptyHistory = (): SizeHistory => ({ schema: HISTORY_SCHEMA, points: [] });

/** A point's identity: the same build read twice is one point; a commit built again is another. */
const pointKey = (p: SizePoint): string => `${p.commit} ${p.time} ${p.digest}`;

const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
const PLATFORM = /^[a-z0-9._-]+(\/[a-z0-9._-]+){1,2}$/i;
const COMMIT = /^[0-9a-f]{4,64}$/i;
const DIGEST = /^sha256:[0-9a-f]{64}$/;

/** The point if it is one a history keeps (parseHistory drops the rest), else undefined. */
export function validPoint(raw: unknown): SizePoint | undefined {
  const p = raw as Partial<SizePoint> | null;
  if (!p || typeof p !== 'object') return undefined;
  if (typeof p.commit !== 'string' || !COMMIT.test(p.commit) || typeof p.digest !== 'string' || !DIGEST.test(p.digest)) return undefined;
  if (typeof p.time !== 'string' || Number.isNaN(Date.parse(p.time)) || !p.platforms || typeof p.platforms !== 'object') return undefined;
  const platforms: Record<string, PointSizes> = {};
  for (const [name, s] of Object.entries(p.platforms as Record<string, Partial<PointSizes> | null>)) {
    if (!PLATFORM.test(name) || !s || !isCount(s.compressed) || !isCount(s.layers) || !(s.unpacked === null || isCount(s.unpacked))) return undefined;
    platforms[name] = { compressed: s.compressed, unpacked: s.unpacked, layers: s.layers };
  }
  if (Object.keys(platforms).length === 0) return undefined;
  return { commit: p.commit, time: new Date(p.time).toISOString(), digest: p.digest, platforms };
}

/**
 * The history blob as read from the registry, checked: anyone who can push to the
 * repository can write it, and its text ends up in a chart. Points that do not check are
 * dropped; a blob that is not a history at all throws.
 */
export function parseHistory(text: string): SizeHistory {
  const raw = JSON.parse(text) as { schema?: unknown; points?: unknown };
  if (raw?.schema !== HISTORY_SCHEMA || !Array.isArray(raw.points)) throw new Error(`not a ${HISTORY_SCHEMA} document`);
  return { schema: HISTORY_SCHEMA, points: sortCap(raw.points.map(validPoint).filter((p): p is SizePoint => p !== undefined)) };
}

/** Oldest first (by time, then commit), each point once, the newest `cap` kept. */
function sortCap(points: SizePoint[], cap = HISTORY_CAP): SizePoint[] {
  const unique = new Map(points.map(p => [pointKey(p), p]));
  const sorted = [...unique.values()].sort((a, b) => a.time.localeCompare(b.time) || a.commit.localeCompare(b.commit) || a.digest.localeCompare(b.digest));
  return sorted.slice(Math.max(0, sorted.length - cap));
}

/** Every point of both histories, once each, oldest first, capped: what two concurrent writers agree on. */
export function mergeHistories(a: SizeHistory, b: SizeHistory, cap = HISTORY_CAP): SizeHistory {
  return { schema: HISTORY_SCHEMA, points: sortCap([...a.points, ...b.points], cap) };
}

export function appendPoint(history: SizeHistory, point: SizePoint, cap = HISTORY_CAP): SizeHistory {
  return { schema: HISTORY_SCHEMA, points: sortCap([...history.points, point], cap) };
}

/** Whether the history holds the point (the check after a write: a concurrent writer may have replaced it). */
export function hasPoint(history: SizeHistory, point: SizePoint): boolean {
  const key = pointKey(point);
  return history.points.some(p => pointKey(p) === key);
}
