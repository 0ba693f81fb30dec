/**
 * The run's artifacts (the Actions artifact service v4): how a platform job hands its digest
 * on to the merge job, and how the base repository's comment job reads the size report a
 * fork's run saved. Uploads go through @actions/artifact (imported only by a step that
 * uploads: it is large). Downloads do not: an artifact may come from a fork's code, and that
 * client unpacks whatever it is sent to disk, under a path made from the artifact's name,
 * and trusts the size the uploader declared. Here the artifacts are listed first (nothing is
 * downloaded, so the caller can count them and check their names), then read one at a time
 * into memory, every byte counted as it arrives and as it is unpacked, under a cap for each
 * artifact and one for all of them together. No name is ever made a path.
 */
import { createHash } from 'node:crypto';
import * as http from 'node:http';
import * as https from 'node:https';
import * as path from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { isRetryableError, isRetryableStatus } from '../registry/retry.js';
import type { ActionsServices } from '../runner/env.js';

/** Why this step cannot reach the artifact service, or undefined: a runner gives every JavaScript action both variables. */
export function artifactServiceMissing(services: ActionsServices): string | undefined {
  const missing = [services.runtimeToken ? '' : 'ACTIONS_RUNTIME_TOKEN', services.resultsUrl ? '' : 'ACTIONS_RESULTS_URL'].filter(name => name !== '');
  return missing.length > 0 ? `${missing.join(' and ')} ${missing.length > 1 ? 'are' : 'is'} not set` : undefined;
}

/** Another run's artifacts, read through the REST API with a token (the comment job reads the pull request run's). */
interface OtherRun {
  token: string;
  workflowRunId: number;
  repositoryOwner: string;
  repositoryName: string;
  /** GITHUB_API_URL; @actions/github's default when not given. */
  apiUrl?: string;
}

/** Where artifacts are listed and read: another run's through the REST API, or this run's through the artifact service. */
export type ArtifactSource = { fromRun: OtherRun } | { services: ActionsServices };

/** An artifact as listed: nothing of it has been downloaded. Size and digest are what the service recorded, the uploader's word. */
export interface ListedArtifact {
  id: number;
  name: string;
  size: number;
  /** `sha256:<hex>` of its zip, when the service recorded one. */
  digest?: string;
  /** A short-lived signed URL of its zip (no token goes with it). */
  downloadUrl(): Promise<string>;
}

/** How much may be read, counted as it arrives and as it is unpacked. */
export interface ReadLimits {
  /** Each artifact at most this many bytes, as received and as unpacked. */
  maxBytes: number;
  /** All of them at most this many bytes together, as received and as unpacked. */
  maxTotalBytes: number;
}

/** An artifact as read: file name (as its zip names it) → text. */
export interface ArtifactFiles {
  name: string;
  files: Record<string, string>;
}

/** A run's artifacts are listed up to this many (ten pages of the REST API); a run with more is refused. */
const MAX_LISTED = 1000;
/** An artifact of more files than this is not one of hoist's (each holds one). */
const MAX_FILES = 64;
/** The service's answers are small; a listing of MAX_LISTED artifacts is a few hundred kB. */
const MAX_ANSWER_BYTES = 8 * 1024 * 1024;
/** The caps downloadFiles reads under unless told: a hand-off is a few hundred bytes. */
const DEFAULT_LIMITS: ReadLimits = { maxBytes: 1024 * 1024, maxTotalBytes: 64 * 1024 * 1024 };
const TIMEOUT_MS = 60_000;
const ATTEMPTS = 3;
const TWIRP = '/twirp/github.actions.results.api.v1.ArtifactService/';

/** Uploads one small file as an artifact of the run (kept a day: only the merge job of this run reads it). */
export async function uploadFile(name: string, file: string): Promise<void> {
  const { DefaultArtifactClient } = await import('@actions/artifact');
  try {
    await new DefaultArtifactClient().uploadArtifact(name, [file], path.dirname(file), { retentionDays: 1 });
  } catch (e) {
    throw new Error(`uploading artifact ${name} failed: ${describe(e)}`);
  }
}

/**
 * Uploads one file as it is, not zipped, under its own name (a build record, as
 * docker/actions-toolkit v0.92.0 src/github/artifact.ts uploads it: `skipArchive`), kept
 * `retentionDays` days, or the repository's retention when not given.
 */
export async function uploadRawFile(file: string, retentionDays?: number): Promise<{ id: number; size: number }> {
  const { DefaultArtifactClient } = await import('@actions/artifact');
  const name = path.basename(file);
  let uploaded: { id?: number; size?: number };
  try {
    uploaded = await new DefaultArtifactClient().uploadArtifact(name, [file], path.dirname(file), { skipArchive: true, ...(retentionDays !== undefined ? { retentionDays } : {}) });
  } catch (e) {
    throw new Error(`uploading artifact ${name} failed: ${describe(e)}`);
  }
  if (!uploaded.id) throw new Error(`uploading artifact ${name} failed: the artifact service gave it no id`);
  return { id: uploaded.id, size: uploaded.size ?? 0 };
}

/** The blob store's errors can come without a message: say at least their kind and status. */
function describe(e: unknown): string {
  const err = e as { message?: string; name?: string; statusCode?: number; status?: number };
  const status = err.statusCode ?? err.status;
  return err.message || [err.name ?? 'error', status ? `HTTP ${status}` : ''].filter(Boolean).join(', ');
}

/** A name as it may be said in a message: quoted, escaped, and cut (it may come from a fork and hold anything). */
export function quotedName(name: string): string {
  return JSON.stringify(name.length > 100 ? `${name.slice(0, 100)}…` : name);
}

/**
 * The artifacts of the run whose name starts with `prefix`, the newest of each name (a
 * re-run job uploads under the same name again), sorted by name. Nothing is downloaded.
 */
export async function listArtifacts(prefix: string, source: ArtifactSource): Promise<ListedArtifact[]> {
  let all: ListedArtifact[];
  try {
    all = 'fromRun' in source ? await listOtherRun(source.fromRun) : await listThisRun(source.services);
  } catch (e) {
    throw new Error(`listing the run's artifacts failed: ${describe(e)}`);
  }
  const newest = new Map<string, ListedArtifact>();
  for (const a of all) if (a.name.startsWith(prefix) && (newest.get(a.name)?.id ?? -1) < a.id) newest.set(a.name, a);
  return [...newest.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/**
 * Reads `artifacts` one after the other into memory, each checked against the digest the
 * service recorded. The bytes are counted as they arrive and as they are unpacked: the first
 * artifact past a cap is refused there and then, and nothing after it is downloaded. Messages
 * name the artifacts as they are: check the names first (both callers do).
 */
export async function readArtifacts(artifacts: ListedArtifact[], limits: ReadLimits): Promise<ArtifactFiles[]> {
  const total = { received: 0, unpacked: 0 };
  const read: ArtifactFiles[] = [];
  for (const artifact of artifacts) read.push(await readOne(artifact, limits, total));
  return read;
}

/**
 * Every artifact of the run whose name starts with `prefix` (the newest of each name),
 * read under `options`' caps (1 MiB each, 64 MiB in all, unless told): the merge job's hand-offs. A name of
 * another form than `prefix` and letters, digits, `.`, `_` and `-` is refused before anything
 * is downloaded. Nothing is written to disk.
 */
export async function downloadFiles(prefix: string, options: ArtifactSource & Partial<ReadLimits>): Promise<ArtifactFiles[]> {
  const listed = await listArtifacts(prefix, options);
  const odd = listed.find(a => a.name.length > 255 || !/^[A-Za-z0-9._-]+$/.test(a.name));
  if (odd) throw new Error(`artifact ${quotedName(odd.name)} is not named as hoist names its artifacts`);
  return readArtifacts(listed, { maxBytes: options.maxBytes ?? DEFAULT_LIMITS.maxBytes, maxTotalBytes: options.maxTotalBytes ?? DEFAULT_LIMITS.maxTotalBytes });
}

async function readOne(artifact: ListedArtifact, limits: ReadLimits, total: { received: number; unpacked: number }): Promise<ArtifactFiles> {
  const { name, size } = artifact;
  const together = `the artifacts are more than the ${limits.maxTotalBytes} bytes they may be together; stopped at artifact ${name}`;
  // The declared size refuses early what says it is too large; what is small by its word is counted below.
  if (size > limits.maxBytes) throw new Error(`artifact ${name} is ${size} bytes, more than the ${limits.maxBytes} it may be`);
  const room = limits.maxTotalBytes - total.received;
  let zip: Buffer;
  try {
    const url = await artifact.downloadUrl();
    zip = await withRetries(() => fetchZip(new URL(url), Math.min(limits.maxBytes, room)));
  } catch (e) {
    if (!(e instanceof TooLarge)) throw new Error(`downloading artifact ${name} failed: ${describe(e)}`);
    throw new Error(room < limits.maxBytes ? together : `artifact ${name} is more than the ${limits.maxBytes} bytes it may be, though it was listed as ${size}`);
  }
  total.received += zip.length;
  if (artifact.digest && `sha256:${createHash('sha256').update(zip).digest('hex')}` !== artifact.digest) {
    throw new Error(`artifact ${name} does not match the digest the artifact service recorded for it`);
  }
  const unpackRoom = limits.maxTotalBytes - total.unpacked;
  let files: Array<[string, Buffer]>;
  try {
    files = unzip(zip, Math.min(limits.maxBytes, unpackRoom));
  } catch (e) {
    if (!(e instanceof TooLarge)) throw new Error(`artifact ${name} is not a zip hoist can read: ${(e as Error).message}`);
    throw new Error(unpackRoom < limits.maxBytes ? together : `artifact ${name} holds more than the ${limits.maxBytes} bytes it may be, unpacked`);
  }
  total.unpacked += files.reduce((sum, [, content]) => sum + content.length, 0);
  // Own properties, whatever the names (`__proto__` included): nothing is looked up through a prototype.
  return { name, files: Object.fromEntries(files.map(([file, content]) => [file, content.toString('utf8')])) };
}

// ---- listing ----

async function listOtherRun(run: OtherRun): Promise<ListedArtifact[]> {
  const { getOctokit } = await import('@actions/github');
  const octokit = getOctokit(run.token, run.apiUrl ? { baseUrl: run.apiUrl } : {});
  const where = { owner: run.repositoryOwner, repo: run.repositoryName };
  const zipUrl = async (id: number): Promise<string> => {
    // GitHub answers with a redirect to the blob store: its URL is signed, the token does not follow it there.
    const { status, headers } = await octokit.rest.actions.downloadArtifact({ ...where, artifact_id: id, archive_format: 'zip', request: { redirect: 'manual' } });
    if (!headers.location) throw new Error(`the API answered ${status} without a download URL`);
    return headers.location;
  };
  const listed: ListedArtifact[] = [];
  for await (const page of octokit.paginate.iterator(octokit.rest.actions.listWorkflowRunArtifacts, { ...where, run_id: run.workflowRunId, per_page: 100 })) {
    for (const a of page.data) {
      if (a.expired) continue;
      listed.push({ id: a.id, name: a.name, size: a.size_in_bytes, ...(a.digest ? { digest: a.digest } : {}), downloadUrl: () => zipUrl(a.id) });
    }
    if (listed.length > MAX_LISTED) throw new Error(`run ${run.workflowRunId} has more than ${MAX_LISTED} artifacts`);
  }
  return listed;
}

/** The service's twirp API, as @actions/artifact speaks it: JSON with the protobuf field names (an answer may use either spelling). */
async function twirp(services: ActionsServices, method: 'ListArtifacts' | 'GetSignedArtifactURL', body: Record<string, string>): Promise<Record<string, unknown>> {
  const { runtimeToken, resultsUrl } = reachable(services);
  const url = new URL(`${TWIRP}${method}`, new URL(resultsUrl).origin);
  const headers = { authorization: `Bearer ${runtimeToken}`, 'content-type': 'application/json', accept: 'application/json' };
  const value = await withRetries(async () => {
    const answer = await exchange(url, { method: 'POST', headers, body: JSON.stringify(body) }, MAX_ANSWER_BYTES);
    let parsed: unknown;
    try {
      parsed = JSON.parse(answer.body.toString('utf8'));
    } catch {
      parsed = undefined;
    }
    if (answer.status !== 200) {
      const msg = (parsed as { msg?: unknown } | undefined)?.msg;
      throw new HttpError(answer.status, `${method} answered HTTP ${answer.status}${typeof msg === 'string' ? `: ${msg}` : ''}`);
    }
    return parsed;
  });
  if (value === null || typeof value !== 'object') throw new Error(`${method} answered with no JSON object`);
  return value as Record<string, unknown>;
}

/** The service's two variables, or why this step cannot reach it. */
function reachable(services: ActionsServices): { runtimeToken: string; resultsUrl: string } {
  const { runtimeToken, resultsUrl } = services;
  if (!runtimeToken || !resultsUrl) throw new Error(`${artifactServiceMissing(services)}: this step cannot reach the artifact service`);
  return { runtimeToken, resultsUrl };
}

/** A string field of a JSON answer, or ''. */
const str = (value: unknown): string => (typeof value === 'string' ? value : '');

/** The run and job run the runtime token is for: its `scp` claim holds `Actions.Results:<run>:<job run>`. */
function backendIds(token: string): { run: string; jobRun: string } {
  try {
    const claims = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8')) as { scp?: unknown };
    const scope = str(claims.scp)
      .split(' ')
      .map(s => s.split(':'))
      .find(parts => parts[0] === 'Actions.Results' && parts.length === 3);
    if (scope) return { run: scope[1], jobRun: scope[2] };
  } catch {
    // Said below.
  }
  throw new Error('the runtime token names no workflow run (no Actions.Results scope)');
}

async function listThisRun(services: ActionsServices): Promise<ListedArtifact[]> {
  const ids = backendIds(reachable(services).runtimeToken);
  const answer = await twirp(services, 'ListArtifacts', { workflow_run_backend_id: ids.run, workflow_job_run_backend_id: ids.jobRun });
  const items = Array.isArray(answer.artifacts) ? (answer.artifacts as unknown[]) : [];
  if (items.length > MAX_LISTED) throw new Error(`the run has more than ${MAX_LISTED} artifacts`);
  const listed: ListedArtifact[] = [];
  for (const item of items) {
    const a = (item ?? {}) as Record<string, unknown>;
    // int64 travels as a string, a wrapper (the digest) as its bare value or as { value }.
    const field = (snake: string, camel: string): unknown => a[snake] ?? a[camel];
    const digest = field('digest', 'digest');
    const digestText = typeof digest === 'string' ? digest : str((digest as { value?: unknown } | undefined)?.value);
    const id = Number(field('database_id', 'databaseId'));
    const name = str(field('name', 'name'));
    if (!name || !Number.isSafeInteger(id)) continue;
    // A download is addressed by the job run that uploaded it and the name.
    const where = {
      workflow_run_backend_id: str(field('workflow_run_backend_id', 'workflowRunBackendId')),
      workflow_job_run_backend_id: str(field('workflow_job_run_backend_id', 'workflowJobRunBackendId')),
      name
    };
    listed.push({
      id,
      name,
      size: Number(field('size', 'size')),
      ...(digestText ? { digest: digestText } : {}),
      downloadUrl: async () => {
        const signed = await twirp(services, 'GetSignedArtifactURL', where);
        const url = str(signed.signed_url ?? signed.signedUrl);
        if (!url) throw new Error('GetSignedArtifactURL answered with no URL');
        return url;
      }
    });
  }
  return listed;
}

// ---- the network, counted ----

/** A cap was passed: the answer or the unpacking was cut off there. */
class TooLarge extends Error {}

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string
  ) {
    super(message);
  }
}

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

/**
 * One HTTP exchange, its answer read as it arrives: past `maxBytes` (or a Content-Length
 * that says so) the connection is dropped and TooLarge thrown. GET follows up to 3 redirects.
 */
function exchange(url: URL, request: { method: 'GET' | 'POST'; headers?: Record<string, string>; body?: string }, maxBytes: number, redirects = 3): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const client = url.protocol === 'https:' ? https : url.protocol === 'http:' ? http : undefined;
    if (!client) return reject(new Error(`${url.protocol} is not HTTP`));
    const req = client.request(url, { method: request.method, headers: { 'user-agent': 'hoist', ...request.headers } }, res => {
      const status = res.statusCode ?? 0;
      const location = res.headers.location;
      if (request.method === 'GET' && status >= 300 && status < 400 && location && redirects > 0) {
        clearTimeout(timer);
        res.resume();
        exchange(new URL(location, url), request, maxBytes, redirects - 1).then(resolve, reject);
        return;
      }
      const stop = (e: Error): void => {
        clearTimeout(timer);
        reject(e);
        req.destroy();
      };
      if (Number(res.headers['content-length']) > maxBytes) return stop(new TooLarge());
      const chunks: Buffer[] = [];
      let received = 0;
      res.on('data', (chunk: Buffer) => {
        received += chunk.length;
        if (received > maxBytes) return stop(new TooLarge());
        chunks.push(chunk);
      });
      res.on('end', () => {
        clearTimeout(timer);
        resolve({ status, headers: res.headers, body: Buffer.concat(chunks) });
      });
      res.on('error', stop);
    });
    // A deadline for the whole exchange: a server that sends a byte now and then must not hold the step.
    const timer = setTimeout(() => req.destroy(new Error(`no complete answer from ${url.host} within ${TIMEOUT_MS / 1000} s`)), TIMEOUT_MS);
    req.on('error', e => {
      clearTimeout(timer);
      reject(e);
    });
    req.end(request.body);
  });
}

/** An artifact's zip from its signed URL, at most `maxBytes` of it. */
async function fetchZip(url: URL, maxBytes: number): Promise<Buffer> {
  const answer = await exchange(url, { method: 'GET' }, maxBytes);
  if (answer.status !== 200) throw new HttpError(answer.status, `the blob store answered HTTP ${answer.status}`);
  return answer.body;
}

/** Runs `call` again after what the registry client also retries (registry/retry.ts: a reset, a 429, a 5xx of a busy server), twice, 1 and 2 s later; a cap passed or any other answer is final. */
async function withRetries<T>(call: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await call();
    } catch (e) {
      const transient = e instanceof HttpError ? isRetryableStatus(e.status) : !(e instanceof TooLarge) && isRetryableError(e);
      if (!transient || attempt >= ATTEMPTS) throw e;
      await new Promise(resolve => setTimeout(resolve, 1000 * attempt));
    }
  }
}

// ---- zip, in memory ----

/**
 * The files of a zip (stored or deflated, as @actions/artifact and upload-artifact write
 * them), read from its central directory; directories are left out. Each is inflated with
 * what is left of `maxBytes` as the most it may come to, whatever its entry says: past it,
 * TooLarge. Anything else that is not a plain zip (zip64, encryption, bounds that do not
 * hold, a size that does not match its entry) throws.
 */
function unzip(zip: Buffer, maxBytes: number): Array<[string, Buffer]> {
  const need = (at: number, length: number, what: string): void => {
    if (at < 0 || at + length > zip.length) throw new Error(`${what} lies outside the zip`);
  };
  // The end of central directory record: 22 bytes, then a comment of up to 65,535.
  let end = -1;
  for (let at = zip.length - 22; at >= Math.max(0, zip.length - 22 - 0xffff); at--) {
    if (zip.readUInt32LE(at) === 0x06054b50) {
      end = at;
      break;
    }
  }
  if (end < 0) throw new Error('it has no end of central directory');
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  if (count === 0xffff || at === 0xffffffff) throw new Error('it is a zip64 archive');
  if (count > MAX_FILES) throw new Error(`it holds ${count} entries, more than ${MAX_FILES}`);
  const files: Array<[string, Buffer]> = [];
  const names = new Set<string>();
  let used = 0;
  for (let n = 0; n < count; n++) {
    need(at, 46, 'an entry of the central directory');
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error('its central directory is damaged');
    const flags = zip.readUInt16LE(at + 8);
    const method = zip.readUInt16LE(at + 10);
    const compressed = zip.readUInt32LE(at + 20);
    const size = zip.readUInt32LE(at + 24);
    const nameLength = zip.readUInt16LE(at + 28);
    const local = zip.readUInt32LE(at + 42);
    need(at + 46, nameLength, 'a file name');
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    if (name.endsWith('/')) continue;
    if (flags & 1) throw new Error(`${quotedName(name)} is encrypted`);
    if (names.has(name)) throw new Error(`it holds ${quotedName(name)} twice`);
    names.add(name);
    need(local, 30, `the header of ${quotedName(name)}`);
    if (zip.readUInt32LE(local) !== 0x04034b50) throw new Error(`the header of ${quotedName(name)} is damaged`);
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    need(start, compressed, `the data of ${quotedName(name)}`);
    const data = zip.subarray(start, start + compressed);
    const room = maxBytes - used;
    let content: Buffer;
    if (method === 0) content = data;
    else if (method === 8) content = inflate(data, room, name);
    else throw new Error(`${quotedName(name)} is compressed with method ${method}`);
    if (content.length > room) throw new TooLarge();
    if (content.length !== size) throw new Error(`${quotedName(name)} is ${content.length} bytes, not the ${size} its entry says`);
    used += content.length;
    files.push([name, content]);
  }
  return files;
}

/** Inflates at most `room` bytes; past that, zlib stops and TooLarge is thrown. */
function inflate(data: Buffer, room: number, name: string): Buffer {
  try {
    return inflateRawSync(data, { maxOutputLength: Math.max(1, room) });
  } catch (e) {
    if ((e as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw new TooLarge();
    throw new Error(`${quotedName(name)} does not inflate: ${(e as Error).message}`);
  }
}
