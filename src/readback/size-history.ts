/**
 * The size history in the registry: an OCI artifact under the tag `hoist-size-history` in
 * the image's own repository (an OCI image manifest with `artifactType`
 * application/vnd.hoist.size-history.v1+json, the empty config, and one JSON layer).
 *
 * A tag, not the referrers API: distribution v2 (this repository's loopback registry) has no
 * referrers endpoint, and a referrer needs a subject, while the history is about the
 * repository, not one image; a plain tag is read and written the same way on every registry,
 * with the push rights the step already has.
 *
 * Registries have no conditional manifest PUT, so a write is read → append → HEAD (the tag
 * still where it was read?) → PUT, and, after a pause, read again (is the point there?),
 * retried with jitter. The action reads while the build runs, writes after the push, and
 * reads again in its post step, by when the pause has long passed (src/report/history.ts).
 */
import { createHash } from 'node:crypto';
import { appendPoint, emptyHistory, hasPoint, HISTORY_MEDIA_TYPE, HISTORY_TAG, mergeHistories, parseHistory, type SizeHistory, type SizePoint } from '../plan/size-history.js';
import { RegistryError, type RegistryClient } from '../registry/client.js';
import type { ImageReference } from '../registry/reference.js';

const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json';
/** The OCI empty descriptor's content (image-spec v1.1 manifest.md, "Guidance for an Empty Descriptor"). */
const EMPTY_CONFIG = Buffer.from('{}');
const EMPTY_MEDIA_TYPE = 'application/vnd.oci.empty.v1+json';
/** A history blob larger than this is not read (200 points are ~40 kB). */
const MAX_HISTORY_BYTES = 1024 * 1024;

export interface ReadHistory {
  history: SizeHistory;
  /** The manifest digest the tag pointed at; undefined when there was no history yet. */
  digest?: string;
}

/** The repository with the history's tag in place of the image's. */
function historyRef(repository: ImageReference): ImageReference {
  return { domain: repository.domain, path: repository.path, tag: HISTORY_TAG };
}

/** The history and the manifest digest it was read from; an empty one when the tag does not exist. */
export async function readHistory(registry: RegistryClient, repository: ImageReference): Promise<ReadHistory> {
  const ref = historyRef(repository);
  let fetched;
  try {
    fetched = await registry.getManifest(ref, HISTORY_TAG);
  } catch (e) {
    if (e instanceof RegistryError && e.status === 404) return { history: emptyHistory() };
    throw e;
  }
  const layer = fetched.manifest.layers?.find(l => l.mediaType === HISTORY_MEDIA_TYPE);
  if (!layer) throw new Error(`${HISTORY_TAG} holds no ${HISTORY_MEDIA_TYPE} layer`);
  if (layer.size > MAX_HISTORY_BYTES) throw new Error(`${HISTORY_TAG}'s history is ${layer.size} bytes, more than the ${MAX_HISTORY_BYTES} read`);
  const blob = await registry.getBlob(ref, layer.digest);
  const actual = `sha256:${createHash('sha256').update(blob).digest('hex')}`;
  if (actual !== layer.digest) throw new Error(`${HISTORY_TAG}'s history blob has digest ${actual}, not ${layer.digest}`);
  return { history: parseHistory(blob.toString('utf8')), digest: fetched.digest };
}

/** Uploads the history's blobs; returns the manifest to PUT (not yet PUT: the caller checks the tag first). */
async function uploadHistory(registry: RegistryClient, ref: ImageReference, history: SizeHistory, time: string): Promise<Buffer> {
  const data = Buffer.from(JSON.stringify(history));
  // The layer is new (it holds this point), so its upload skips the HEAD that asks whether it is there.
  const [config, layer] = await Promise.all([registry.putBlob(ref, EMPTY_CONFIG), registry.putBlob(ref, data, { new: true })]);
  const manifest = {
    schemaVersion: 2,
    mediaType: OCI_MANIFEST,
    artifactType: HISTORY_MEDIA_TYPE,
    config: { mediaType: EMPTY_MEDIA_TYPE, digest: config, size: EMPTY_CONFIG.length, data: EMPTY_CONFIG.toString('base64') },
    layers: [{ mediaType: HISTORY_MEDIA_TYPE, digest: layer, size: data.length }],
    annotations: { 'org.opencontainers.image.created': time }
  };
  return Buffer.from(JSON.stringify(manifest));
}

export interface WriteOptions {
  attempts?: number;
  /** Waits between attempts; tests give their own. */
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
  /** Milliseconds, for the round trip the pause before the check is scaled by. */
  clock?: () => number;
}

const realSleep = (ms: number): Promise<void> => new Promise(resolve => setTimeout(resolve, ms));

/** A write that landed: what was written, and the round trip of its HEAD, which the pause before the check is scaled by. */
export interface Written {
  history: SizeHistory;
  roundTripMs: number;
}

/**
 * Appends the point to the history read and writes it, unless the tag moved since that
 * read (a HEAD right before the PUT: the distribution spec has no conditional PUT); then
 * the newer history is merged in and written instead. Throws when it cannot write within
 * `attempts`.
 */
export async function writePoint(registry: RegistryClient, repository: ImageReference, point: SizePoint, read: ReadHistory, options: WriteOptions = {}): Promise<Written> {
  const ref = historyRef(repository);
  const attempts = options.attempts ?? 8;
  const clock = options.clock ?? (() => performance.now());
  for (let attempt = 1; ; attempt++) {
    const wanted = appendPoint(read.history, point);
    const manifest = await uploadHistory(registry, ref, wanted, point.time);
    const asked = clock();
    const now = await registry.headManifest(ref, HISTORY_TAG);
    const roundTripMs = clock() - asked;
    if (now === read.digest) {
      await registry.putManifest(ref, HISTORY_TAG, OCI_MANIFEST, manifest);
      return { history: wanted, roundTripMs };
    }
    // The tag moved since the read: merge in what is there now, apart in time from the other writer.
    if (attempt >= attempts) throw new Error(`the history kept changing under ${attempts} writes; this build's point may be missing`);
    await waitApart(options, attempt);
    const moved = await readHistory(registry, ref);
    read = { history: mergeHistories(moved.history, wanted), ...(moved.digest ? { digest: moved.digest } : {}) };
  }
}

function waitApart(options: WriteOptions, attempt: number): Promise<void> {
  return (options.sleep ?? realSleep)(100 + Math.floor((options.random ?? Math.random)() * 400 * attempt));
}

/**
 * How long the check after a write waits: a writer whose HEAD came just before this PUT
 * sends its own PUT one of its round trips later, so two of ours, plus 25-50 ms for a
 * busy machine (against a loopback registry on two busy cores, 4 writers at once lost a
 * point now and then with 5-10 ms, never with this).
 */
export function pauseBeforeCheck(written: Written, random: () => number = Math.random): number {
  return 25 + 2 * Math.ceil(written.roundTripMs) + Math.floor(random() * 25);
}

/**
 * The check after a write, once `pauseBeforeCheck` has passed: the history is read again
 * and must hold the point and every point written (unless the cap dropped it). A writer
 * whose HEAD and PUT straddled ours replaced it without them: they are merged in and
 * written again, and checked again after the pause. Returns the history as checked.
 */
export async function checkPoint(registry: RegistryClient, repository: ImageReference, point: SizePoint, written: Written, options: WriteOptions = {}): Promise<SizeHistory> {
  const ref = historyRef(repository);
  const attempts = options.attempts ?? 8;
  const sleep = options.sleep ?? realSleep;
  for (let attempt = 1; ; attempt++) {
    const after = await readHistory(registry, ref);
    const kept = (p: SizePoint): boolean => hasPoint(after.history, p) || !hasPoint(mergeHistories(after.history, written.history), p);
    if (hasPoint(after.history, point) && written.history.points.every(kept)) return after.history;
    if (attempt >= attempts) throw new Error(`the history kept losing this build's point under ${attempts} writes`);
    await waitApart(options, attempt);
    const again = { history: mergeHistories(after.history, written.history), ...(after.digest ? { digest: after.digest } : {}) };
    written = await writePoint(registry, ref, point, again, options);
    await sleep(pauseBeforeCheck(written, options.random));
  }
}
