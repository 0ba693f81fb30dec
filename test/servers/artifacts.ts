/**
 * A faithful local stand-in for GitHub's Actions artifact service v4 (the one behind
 * upload-artifact@v4+ and @actions/artifact 2+), so tests can run the real @actions/artifact 6
 * on 127.0.0.1.
 *
 * The real service is two things, and so is this one:
 *  - a twirp JSON API under ACTIONS_RESULTS_URL (github.actions.results.api.v1.ArtifactService):
 *    CreateArtifact reserves a name and hands out a signed upload URL, FinalizeArtifact records
 *    size and digest and makes the artifact visible, ListArtifacts and GetSignedArtifactURL find
 *    and serve it, DeleteArtifact removes it;
 *  - Azure Blob Storage behind those URLs. The client uploads with @azure/storage-blob
 *    (`uploadStream`: Put Block + Put Block List) and downloads with a plain GET;
 *    test/servers/azure-blob.ts answers both.
 *
 * One server is one workflow run (one workflow run backend id). Jobs are job *runs*: `env(job,
 * attempt)` mints the runtime token a runner would give that job in that run attempt, a JWT
 * whose `scp` claim carries `Actions.Results:<workflowRunBackendId>:<workflowJobRunBackendId>`
 * (the client reads both ids from it). A re-run attempt of a job is another job run with a new
 * backend id.
 *
 * Names, as GitHub's service behaves (no spec documents it; this is what its users observe):
 *  - A name is unique per run *attempt*: a second CreateArtifact with it in the same attempt, from
 *    the same job or another, is a 409 already_exists "an artifact with this name already exists
 *    on the workflow run" (upload-artifact#481: matrix jobs of one run; cargo-dist#656: each
 *    "re-run failed jobs" lets exactly one more of the colliding jobs through).
 *  - CreateArtifact reserves the name: an upload that never finalizes keeps it reserved for the
 *    attempt, and invisible to ListArtifacts (so `overwrite` cannot delete it either).
 *  - A re-run attempt may upload a name an earlier attempt used; ListArtifacts then returns both,
 *    and the client's `latest: true` keeps the highest id per name (toolkit#1592: "in the case of
 *    reruns (both full and partial) where there are Artifacts with the same name").
 *  - DeleteArtifact frees the name (upload-artifact's `overwrite: true` is list + delete + create).
 * Which jobs a re-run repeats is up to the test: a job it does not repeat keeps its earlier
 * attempt's artifacts, which every job of the run still lists. The client reads only
 * ACTIONS_RESULTS_URL (just its origin) and ACTIONS_RUNTIME_TOKEN; ACTIONS_RUNTIME_URL is unused.
 *
 * Artifacts live in memory. A download is a plain GET of the blob, answered whole with its
 * Content-Length; with `fault({ kind: 'chunked' })` it is streamed instead, in 64 kB chunks
 * with no Content-Length and as fast as the reader takes them, and `downloads` says how many
 * bytes each got before the reader hung up (so a test can see a reader stop mid-way).
 * Optionally, the server also fronts a cache-service stand-in
 * (test/servers/actions-cache.ts): a runner has one results service and one runtime token for
 * both, so a step that caches and uploads artifacts needs both behind one ACTIONS_RESULTS_URL.
 */
import * as http from 'node:http';
import { createHmac, randomBytes, randomUUID } from 'node:crypto';
import type { CacheServer } from './actions-cache.js';
import { azureError, handleBlockBlob, newBlockBlob, setBlobContent, type BlockBlob } from './azure-blob.js';
import { listen, twirpError, twirpOk, TWIRP_STATUS, type TwirpCode } from './results-service.js';

/** What `artifacts()` reports about one stored artifact (finalized or only reserved). */
interface StoredArtifact {
  /** The database id the client sees (ListArtifacts' database_id, uploadArtifact's id). */
  id: number;
  name: string;
  job: string;
  attempt: number;
  workflowJobRunBackendId: string;
  finalized: boolean;
  /** The size FinalizeArtifact recorded (0 before). `content.length` differs after `replace`. */
  size: number;
  /** "sha256:<hex>" as FinalizeArtifact recorded it, if the client sent one. */
  digest?: string;
  /** The blob as stored: for a normal upload, the zip the client made. */
  content?: Buffer;
  /** The MIME type the client declared (application/zip unless it skipped archiving). */
  mimeType: string;
  /** The expiry CreateArtifact asked for (the client's `retentionDays`), as sent; absent for the repository's retention. */
  expiresAt?: string;
  createdAt: Date;
}

type ArtifactMethod = 'CreateArtifact' | 'FinalizeArtifact' | 'ListArtifacts' | 'GetSignedArtifactURL' | 'DeleteArtifact';

type ArtifactFault =
  | undefined
  /** Every connection is reset, like an unreachable service. */
  | { kind: 'down' }
  /**
   * Not a fault: blob downloads are streamed (Transfer-Encoding: chunked, no Content-Length,
   * 64 kB at a time, each written when the reader has taken the last), as a proxy may pass
   * them on: the reader learns the size only as the bytes arrive. `downloads` records them.
   */
  | { kind: 'chunked' }
  /** CreateArtifact answers as the service does when the account's artifact storage is used up. */
  | { kind: 'quota' }
  /**
   * `method` (every twirp method if omitted) answers `status` with a twirp error; after `times`
   * answers (unlimited if omitted) the fault clears itself. The client retries 429/500/502/503/504
   * (5 attempts, 3 s apart and growing) and gives up at once on anything else.
   */
  | { kind: 'error'; method?: ArtifactMethod; status: number; msg?: string; times?: number };

export interface ArtifactServer {
  /** ACTIONS_RESULTS_URL: ends with '/'. */
  url: string;
  /** This run's workflow run backend id. */
  workflowRunBackendId: string;
  /** The workflow job run backend id of `job` in run attempt `attempt` (minted on first use). */
  jobRunBackendId(job?: string, attempt?: number): string;
  /** The runtime token a runner gives `job` in run attempt `attempt`. */
  token(job?: string, attempt?: number): string;
  /** What a runner exports to that job run: merge into process.env (or a child's env). */
  env(job?: string, attempt?: number): Record<string, string>;
  /** Every artifact of the run, reserved or finalized, oldest first. */
  artifacts(): StoredArtifact[];
  /**
   * Replaces what the newest finalized artifact called `name` (or the one with that id) holds in
   * blob storage, as tampering with the storage would: size and digest stay as finalized.
   */
  replace(nameOrId: string | number, content: Buffer): void;
  /** Every request that reached the server, oldest first; `path` keeps the query minus the signature. */
  requests: Array<{ method: string; path: string }>;
  /** Each streamed download (fault `chunked`), oldest first: the bytes written before the reader hung up, and whether that was all of them. */
  downloads: Array<{ name: string; size: number; sent: number; complete: boolean }>;
  fault(f: ArtifactFault): void;
  close(): Promise<void>;
}

export interface ArtifactServerOptions {
  /** A cache-service stand-in to put behind this server's ACTIONS_RESULTS_URL and runtime tokens. */
  cache?: CacheServer;
}

const SERVICE = '/twirp/github.actions.results.api.v1.ArtifactService/';
const CACHE_SERVICE = '/twirp/github.actions.results.api.v1.CacheService/';
// IP-style blob URLs carry the account as the first path segment (as Azurite's do); the Azure
// SDK parses account/container/blob out of the URL and refuses one it cannot split.
const BLOB_PREFIX = '/devstoreaccount1/actions-results/';

const codeFor = (status: number): TwirpCode => (Object.keys(TWIRP_STATUS) as TwirpCode[]).find(c => TWIRP_STATUS[c] === status) ?? 'internal';

interface JobRun {
  job: string;
  attempt: number;
  backendId: string;
  token: string;
}

interface Artifact {
  id: number;
  name: string;
  run: JobRun;
  mimeType: string;
  expiresAt?: string;
  createdAt: Date;
  finalized: boolean;
  size: number;
  digest?: string;
  blob: BlockBlob;
  /** Stand-ins for SAS signatures: the upload URL may only write, the download URL only read. */
  uploadSig: string;
  downloadSig: string;
}

export async function startArtifactServer(options: ArtifactServerOptions = {}): Promise<ArtifactServer> {
  const runId = randomUUID();
  const secret = randomBytes(32);
  const jobRuns = new Map<string, JobRun>();
  const byToken = new Map<string, JobRun>();
  const artifacts: Artifact[] = [];
  const downloads: ArtifactServer['downloads'] = [];
  let nextId = 1;
  let fault: ArtifactFault;
  let base = '';

  // A runtime token shaped like a runner's: `scp` for the artifact client, `ac` (the ref it may
  // cache for), `nbf` and `exp` for BuildKit's gha cache backend. Signed with this server's key.
  const mintToken = (backendId: string): string => {
    const now = Math.floor(Date.now() / 1000);
    const b64 = (v: unknown): string => Buffer.from(JSON.stringify(v)).toString('base64url');
    const body = `${b64({ typ: 'JWT', alg: 'HS256' })}.${b64({
      scp: `Actions.GenericRead:00000000-0000-0000-0000-000000000000 Actions.Results:${runId}:${backendId}`,
      ac: JSON.stringify([{ Scope: 'refs/heads/main', Permission: 3 }]),
      iss: 'vstoken.actions.githubusercontent.com',
      aud: 'vso:local-actions-artifacts',
      nbf: now - 60,
      iat: now - 60,
      exp: now + 6 * 3600
    })}`;
    return `${body}.${createHmac('sha256', secret).update(body).digest('base64url')}`;
  };
  const jobRun = (job = 'job', attempt = 1): JobRun => {
    if (!Number.isInteger(attempt) || attempt < 1) throw new Error(`run attempt must be a positive integer, got ${attempt}`);
    const key = `${job}\0${attempt}`;
    let run = jobRuns.get(key);
    if (!run) {
      const backendId = randomUUID();
      run = { job, attempt, backendId, token: mintToken(backendId) };
      jobRuns.set(key, run);
      byToken.set(run.token, run);
    }
    return run;
  };

  // A zip's blob name ends in .zip, as GitHub's do: clients before 6.2 declare no MIME type
  // (the blob's content type is just 'zip'), and the client unzips by the URL's ending then.
  const blobPath = (a: Artifact): string => `${BLOB_PREFIX}${runId}/workflow-job-run-${a.run.backendId}/artifacts/${a.id}${a.mimeType === 'application/zip' ? '.zip' : ''}`;
  /** The file a download is saved as: the zip for an archive, else the file itself (skipArchive). */
  const fileName = (a: Artifact): string => (a.mimeType === 'application/zip' ? `${a.name}.zip` : a.name);

  // ---- twirp: ArtifactService ----
  // Requests arrive as protobuf JSON with proto field names (the client's toJson uses
  // useProtoFieldName); answers use proto names too, as twirp's Go server does by default.
  // int64 travels as a string, wrappers (StringValue, Int64Value) as their bare value.
  type Json = Record<string, unknown>;
  const str = (v: unknown): string => (typeof v === 'string' ? v : '');
  const methods: Record<ArtifactMethod, (body: Json, res: http.ServerResponse, caller: JobRun) => void> = {
    CreateArtifact(body, res, caller) {
      if (fault?.kind === 'quota') {
        // The client turns any msg containing 'insufficient usage' into its UsageError.
        return twirpError(res, 'resource_exhausted', 'insufficient usage to create artifact', { status: 403 });
      }
      const name = str(body.name);
      if (!name) return twirpError(res, 'invalid_argument', 'name is required');
      if (artifacts.some(a => a.name === name && a.run.attempt === caller.attempt)) {
        return twirpError(res, 'already_exists', 'an artifact with this name already exists on the workflow run');
      }
      const artifact: Artifact = {
        id: nextId++,
        name,
        run: caller,
        mimeType: str(body.mime_type) || 'application/zip',
        expiresAt: str(body.expires_at) || undefined,
        createdAt: new Date(),
        finalized: false,
        size: 0,
        blob: newBlockBlob(),
        uploadSig: randomBytes(16).toString('hex'),
        downloadSig: randomBytes(16).toString('hex')
      };
      artifacts.push(artifact);
      twirpOk(res, { ok: true, signed_upload_url: `${base}${blobPath(artifact).slice(1)}?sp=cw&sr=b&sig=${artifact.uploadSig}` });
    },
    FinalizeArtifact(body, res, caller) {
      const name = str(body.name);
      // Only the job run that created an artifact can finalize it.
      const artifact = artifacts.find(a => a.name === name && a.run === caller && !a.finalized);
      if (!artifact) return twirpError(res, 'not_found', `no artifact named ${name} is waiting to be finalized`);
      const data = artifact.blob.data;
      if (!data) return twirpError(res, 'failed_precondition', 'the artifact has no uploaded content');
      const size = Number(body.size ?? 0);
      if (size !== data.length) return twirpError(res, 'invalid_argument', `size ${size} does not match the uploaded ${data.length} bytes`);
      // The hash is the client's own (sha256 of what it streamed), kept as the artifact's digest.
      const hash = str(body.hash);
      if (hash && !/^sha256:[0-9a-f]{64}$/.test(hash)) return twirpError(res, 'invalid_argument', `malformed hash ${hash}`);
      artifact.finalized = true;
      artifact.size = size;
      artifact.digest = hash || undefined;
      twirpOk(res, { ok: true, artifact_id: String(artifact.id) });
    },
    ListArtifacts(body, res) {
      // Every finalized artifact of the run, from every job and attempt; the job run in the
      // request only says who asks. Filters by name and by id, both optional.
      const nameFilter = body.name_filter === undefined ? undefined : str(body.name_filter);
      const idFilter = body.id_filter === undefined ? undefined : Number(body.id_filter);
      const found = artifacts.filter(a => a.finalized && (nameFilter === undefined || a.name === nameFilter) && (idFilter === undefined || a.id === idFilter));
      twirpOk(res, {
        artifacts: found.map(a => ({
          workflow_run_backend_id: runId,
          workflow_job_run_backend_id: a.run.backendId,
          database_id: String(a.id),
          name: a.name,
          size: String(a.size),
          created_at: a.createdAt.toISOString(),
          ...(a.digest ? { digest: a.digest } : {})
        }))
      });
    },
    GetSignedArtifactURL(body, res) {
      // Addressed by the job run that uploaded it (ListArtifacts gives it) and the name.
      const jobRunId = str(body.workflow_job_run_backend_id);
      const name = str(body.name);
      const artifact = artifacts.find(a => a.finalized && a.run.backendId === jobRunId && a.name === name);
      if (!artifact) return twirpError(res, 'not_found', `artifact ${name} not found`);
      // Like a SAS with rscd: the blob service answers with this Content-Disposition.
      const query = new URLSearchParams({ sp: 'r', sr: 'b', rscd: `attachment; filename="${fileName(artifact)}"`, sig: artifact.downloadSig });
      twirpOk(res, { signed_url: `${base}${blobPath(artifact).slice(1)}?${query}` });
    },
    DeleteArtifact(body, res) {
      const jobRunId = str(body.workflow_job_run_backend_id);
      const name = str(body.name);
      const i = artifacts.findIndex(a => a.finalized && a.run.backendId === jobRunId && a.name === name);
      if (i < 0) return twirpError(res, 'not_found', `artifact ${name} not found`);
      const [gone] = artifacts.splice(i, 1);
      twirpOk(res, { ok: true, artifact_id: String(gone.id) });
    }
  };

  const handleTwirp = (req: http.IncomingMessage, res: http.ServerResponse, method: string, raw: Buffer): void => {
    const handler = Object.hasOwn(methods, method) ? methods[method as ArtifactMethod] : undefined;
    if (req.method !== 'POST' || !handler) return twirpError(res, 'bad_route', `no handler for ${req.method} ${SERVICE}${method}`);
    const caller = byToken.get(String(req.headers.authorization ?? '').replace(/^Bearer /, ''));
    if (!caller) return twirpError(res, 'unauthenticated', 'invalid or missing runtime token');
    if (!String(req.headers['content-type'] ?? '').startsWith('application/json')) {
      return twirpError(res, 'bad_route', `unexpected Content-Type: ${req.headers['content-type'] ?? ''} (this stand-in speaks twirp JSON only)`);
    }
    if (fault?.kind === 'error' && (!fault.method || fault.method === method)) {
      const { status, msg } = fault;
      if (fault.times !== undefined && --fault.times <= 0) fault = undefined;
      return twirpError(res, codeFor(status), msg ?? `injected ${status}`, { status });
    }
    let body: Json;
    try {
      body = JSON.parse(raw.toString('utf8') || '{}') as Json;
    } catch {
      return twirpError(res, 'malformed', 'the request body is not JSON');
    }
    // The backend ids in a request must be the token's own.
    if (str(body.workflow_run_backend_id) !== runId) return twirpError(res, 'permission_denied', 'workflow_run_backend_id does not match the runtime token');
    if (method !== 'GetSignedArtifactURL' && method !== 'DeleteArtifact' && str(body.workflow_job_run_backend_id) !== caller.backendId) {
      return twirpError(res, 'permission_denied', 'workflow_job_run_backend_id does not match the runtime token');
    }
    handler(body, res, caller);
  };

  // ---- the cache service, when one is put behind this server: same token, same URL ----
  const forwardToCache = (req: http.IncomingMessage, res: http.ServerResponse, cache: CacheServer, path: string, raw: Buffer): void => {
    if (!byToken.has(String(req.headers.authorization ?? '').replace(/^Bearer /, ''))) return twirpError(res, 'unauthenticated', 'invalid or missing runtime token');
    const headers = { ...req.headers, host: new URL(cache.url).host, authorization: `Bearer ${cache.token}`, 'content-length': String(raw.length) };
    delete headers['transfer-encoding'];
    const upstream = http.request(new URL(path.slice(1), cache.url), { method: req.method, headers }, answer => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    upstream.on('error', () => res.socket?.destroy());
    upstream.end(raw);
  };

  // ---- Azure Blob REST: the upload URL may only write, the download URL only read ----
  const handleBlob = (req: http.IncomingMessage, res: http.ServerResponse, url: URL, raw: Buffer): void => {
    const artifact = artifacts.find(a => blobPath(a) === url.pathname);
    const sig = url.searchParams.get('sig');
    const write = req.method === 'PUT';
    // The upload URL stops working at finalization here (artifacts are immutable; GitHub's SAS
    // lapses at its expiry time instead, which this stand-in does not model).
    if (!artifact || sig !== (write ? artifact.uploadSig : artifact.downloadSig) || (write && artifact.finalized)) {
      return azureError(req, res, 403, 'AuthenticationFailed', 'Server failed to authenticate the request. Make sure the signature is valid for this operation.');
    }
    // A SAS's rsct and rscd override the Content-Type and Content-Disposition of what it reads.
    const rsct = url.searchParams.get('rsct');
    const rscd = url.searchParams.get('rscd');
    const data = artifact.blob.data;
    if (fault?.kind === 'chunked' && req.method === 'GET' && data && !url.searchParams.get('comp') && !req.headers.range && !req.headers['x-ms-range']) {
      return streamBlob(res, artifact.name, data, { 'content-type': rsct ?? (artifact.mimeType || 'application/octet-stream'), ...(rscd ? { 'content-disposition': rscd } : {}) });
    }
    handleBlockBlob(req, res, url, raw, artifact.blob, { ...(rsct !== null ? { 'content-type': rsct } : {}), ...(rscd ? { 'content-disposition': rscd } : {}) });
  };

  // Written a chunk at a time, the next when the socket has taken the last: a reader that hangs up stops it.
  const streamBlob = (res: http.ServerResponse, name: string, data: Buffer, headers: Record<string, string>): void => {
    const record = { name, size: data.length, sent: 0, complete: false };
    downloads.push(record);
    res.writeHead(200, headers);
    const send = (): void => {
      while (record.sent < data.length) {
        if (res.destroyed) return;
        const chunk = data.subarray(record.sent, record.sent + 64 * 1024);
        record.sent += chunk.length;
        if (!res.write(chunk)) return void res.once('drain', send);
      }
      record.complete = true;
      res.end();
    };
    send();
  };

  const listener = await listen(
    (req, res, url, raw) => {
      if (url.pathname.startsWith(SERVICE)) return handleTwirp(req, res, url.pathname.slice(SERVICE.length), raw);
      if (url.pathname.startsWith(BLOB_PREFIX)) return handleBlob(req, res, url, raw);
      if (options.cache && url.pathname.startsWith(CACHE_SERVICE)) return forwardToCache(req, res, options.cache, url.pathname + url.search, raw);
      twirpError(res, 'bad_route', `no route for ${req.method} ${url.pathname}`);
    },
    () => fault?.kind === 'down'
  );
  base = listener.url;

  const find = (nameOrId: string | number): Artifact | undefined =>
    artifacts
      .filter(a => a.finalized && (typeof nameOrId === 'number' ? a.id === nameOrId : a.name === nameOrId))
      .reduce<Artifact | undefined>((newest, a) => (!newest || a.id > newest.id ? a : newest), undefined);

  return {
    url: base,
    workflowRunBackendId: runId,
    jobRunBackendId: (job, attempt) => jobRun(job, attempt).backendId,
    token: (job, attempt) => jobRun(job, attempt).token,
    env(job, attempt) {
      const run = jobRun(job, attempt);
      return {
        // The cache service's switches, pointed here (this server forwards CacheService calls).
        ...(options.cache ? { ...options.cache.env, ACTIONS_CACHE_URL: base } : {}),
        ACTIONS_RESULTS_URL: base,
        ACTIONS_RUNTIME_TOKEN: run.token,
        // Not read by @actions/artifact; a runner exports them, and names often carry the attempt.
        GITHUB_JOB: run.job,
        GITHUB_RUN_ATTEMPT: String(run.attempt)
      };
    },
    artifacts: () =>
      artifacts.map(a => ({
        id: a.id,
        name: a.name,
        job: a.run.job,
        attempt: a.run.attempt,
        workflowJobRunBackendId: a.run.backendId,
        finalized: a.finalized,
        size: a.size,
        digest: a.digest,
        content: a.blob.data,
        mimeType: a.mimeType,
        ...(a.expiresAt ? { expiresAt: a.expiresAt } : {}),
        createdAt: a.createdAt
      })),
    replace(nameOrId, content) {
      const artifact = find(nameOrId);
      if (!artifact) throw new Error(`no finalized artifact ${nameOrId}`);
      setBlobContent(artifact.blob, Buffer.from(content));
    },
    requests: listener.requests,
    downloads,
    fault(f) {
      fault = f ? { ...f } : undefined;
      if (f?.kind === 'down') listener.dropConnections();
    },
    close: listener.close
  };
}
