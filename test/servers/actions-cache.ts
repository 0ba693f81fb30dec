/**
 * A faithful local stand-in for GitHub's Actions cache service v2, so tests can run the real
 * @actions/cache 6 (and BuildKit's `type=gha` backend) on 127.0.0.1.
 *
 * The real service is two things, and so is this one:
 *  - a twirp JSON API under ACTIONS_RESULTS_URL (github.actions.results.api.v1.CacheService)
 *    that reserves, finalizes and looks up entries and hands out signed blob URLs;
 *  - Azure Blob Storage behind those URLs. Both clients upload and download with an Azure SDK
 *    (@azure/storage-blob in node, azblob in Go); test/servers/azure-blob.ts answers them.
 *
 * Entries live in memory. Every entry belongs to the scope the runtime token may write
 * (a JWT whose `ac` claim lists scopes, as on a runner; BuildKit parses it, @actions/cache doesn't).
 */
import * as http from 'node:http';
import { createHmac, randomBytes } from 'node:crypto';
import { azureError, handleBlockBlob, newBlockBlob, type BlockBlob } from './azure-blob.js';
import { listen, twirpError, twirpOk } from './results-service.js';

interface CacheEntry {
  /** The entry's blob is at `<blob prefix><id>`: `blobPath` gives it. */
  id: number;
  key: string;
  version: string;
  /** Bytes of the finalized blob; before finalization, bytes committed so far (0 if none). */
  size: number;
  finalized: boolean;
  scope?: string;
}

type CacheFault =
  | undefined
  /** Twirp calls answer 429 with Retry-After, as GitHub's rate limiter does. */
  | { kind: '429'; retryAfterSeconds: number }
  /** CreateCacheEntry answers as the real service does when the repository's cache storage is used up. */
  | { kind: 'quota' }
  /** Every connection is reset, like an unreachable service. */
  | { kind: 'down' };

export interface CacheServer {
  /** ACTIONS_RESULTS_URL: ends with '/'. */
  url: string;
  token: string;
  /** What a runner exports for cache v2: merge into process.env (or a child's env). */
  env: Record<string, string>;
  entries(): CacheEntry[];
  /** The path of an entry's blob, as requests show it (without the query). */
  blobPath(entry: CacheEntry): string;
  /** The archive a finalized entry holds (what @actions/cache uploaded: a tar, zstd-compressed). */
  archive(entry: CacheEntry): Buffer | undefined;
  /** Every request that reached the server, oldest first; `path` keeps the query minus the signature. */
  requests: Array<{ method: string; path: string }>;
  fault(f: CacheFault): void;
  close(): Promise<void>;
}

const SERVICE = '/twirp/github.actions.results.api.v1.CacheService/';
// IP-style blob URLs carry the account as the first path segment (as Azurite's do); the Azure
// SDK parses account/container/blob out of the URL and refuses one it cannot split.
const BLOB_PREFIX = '/devstoreaccount1/actions-cache/';
/** The ref a runner's token may write (and read); every entry here is saved under it. */
const SCOPE = 'refs/heads/main';

interface Entry {
  id: number;
  key: string;
  version: string;
  scope: string;
  finalized: boolean;
  blob: BlockBlob;
  /** Stand-ins for SAS signatures: the upload URL may only write, the download URL only read. */
  uploadSig: string;
  downloadSig: string;
}

/**
 * A runtime token shaped like a runner's: BuildKit's gha backend refuses one without `ac`,
 * `exp` and `nbf`. `scope`: the ref its `ac` claim grants (act's own cache server checks none).
 */
export function runtimeToken(scope: string = SCOPE): string {
  const now = Math.floor(Date.now() / 1000);
  const b64 = (v: unknown): string => Buffer.from(JSON.stringify(v)).toString('base64url');
  const body = `${b64({ typ: 'JWT', alg: 'HS256' })}.${b64({
    ac: JSON.stringify([{ Scope: scope, Permission: 3 }]), // 1 = read, 2 = write
    iss: 'vstoken.actions.githubusercontent.com',
    aud: 'vso:local-actions-cache',
    nbf: now - 60,
    iat: now - 60,
    exp: now + 6 * 3600
  })}`;
  return `${body}.${createHmac('sha256', randomBytes(32)).update(body).digest('base64url')}`;
}

export async function startCacheServer(): Promise<CacheServer> {
  const token = runtimeToken();
  const entries: Entry[] = [];
  let fault: CacheFault;
  let base = '';

  const sameEntry = (e: Entry, key: string, version: string): boolean => e.key === key && e.version === version && e.scope === SCOPE;
  const newest = (list: Entry[]): Entry | undefined => list.reduce<Entry | undefined>((a, e) => (!a || e.id > a.id ? e : a), undefined);

  // ---- twirp: CacheService ----
  type Json = Record<string, unknown>;
  const str = (v: unknown): string => (typeof v === 'string' ? v : '');
  const methods: Record<string, (body: Json, res: http.ServerResponse) => void> = {
    CreateCacheEntry(body, res) {
      if (fault?.kind === 'quota') {
        // @actions/cache recognises this case only by 'insufficient usage' in the twirp msg (its
        // UsageError); its tests fixture the results service's answer (for artifacts) as a 403,
        // the status twirp gave resource_exhausted before v7. The exact code is not documented.
        return twirpError(res, 'resource_exhausted', 'insufficient usage to create cache entry', { status: 403 });
      }
      const key = str(body.key);
      const version = str(body.version);
      if (!key || !version) return twirpError(res, 'invalid_argument', 'key and version are required');
      if (key.length > 512) return twirpError(res, 'invalid_argument', 'key is longer than 512 characters');
      // Entries are immutable: a second reservation for the same key, version and scope is refused,
      // whether the first is finalized or still uploading. This is the message GitHub sends.
      if (entries.some(e => sameEntry(e, key, version))) {
        return twirpError(res, 'already_exists', 'cache entry with the same key, version, and scope already exists');
      }
      const entry: Entry = {
        id: entries.length + 1,
        key,
        version,
        scope: SCOPE,
        finalized: false,
        blob: newBlockBlob(),
        uploadSig: randomBytes(16).toString('hex'),
        downloadSig: randomBytes(16).toString('hex')
      };
      entries.push(entry);
      twirpOk(res, { ok: true, signed_upload_url: `${base}${BLOB_PREFIX.slice(1)}${entry.id}?sp=cw&sig=${entry.uploadSig}` });
    },
    FinalizeCacheEntryUpload(body, res) {
      const key = str(body.key);
      const version = str(body.version);
      const entry = entries.find(e => sameEntry(e, key, version));
      if (!entry) return twirpError(res, 'not_found', 'cache entry not found');
      if (entry.finalized) return twirpError(res, 'already_exists', 'cache entry with the same key, version, and scope already exists');
      const data = entry.blob.data;
      if (!data) return twirpError(res, 'failed_precondition', 'cache entry has no uploaded data');
      // int64 travels as a string in protobuf JSON (@actions/cache); BuildKit's Go client sends a number.
      const size = Number(body.size_bytes ?? 0);
      if (size !== data.length) return twirpError(res, 'invalid_argument', `size_bytes ${size} does not match the uploaded ${data.length} bytes`);
      entry.finalized = true;
      twirpOk(res, { ok: true, entry_id: String(entry.id) });
    },
    GetCacheEntryDownloadURL(body, res) {
      const key = str(body.key);
      const version = str(body.version);
      const restoreKeys = Array.isArray(body.restore_keys) ? body.restore_keys.map(str) : [];
      // Only finalized entries of the same version (the hash of paths + compression) can match.
      const pool = entries.filter(e => e.finalized && e.version === version && e.scope === SCOPE);
      // GitHub's documented order: an exact match for key, then the newest entry whose key starts
      // with key, then each restore key in turn as a prefix, newest first.
      const hit =
        newest(pool.filter(e => e.key === key)) ??
        newest(pool.filter(e => e.key.startsWith(key))) ??
        restoreKeys.reduce<Entry | undefined>((found, prefix) => found ?? newest(pool.filter(e => e.key.startsWith(prefix))), undefined);
      if (!hit) return twirpOk(res, { ok: false, signed_download_url: '', matched_key: '' });
      twirpOk(res, { ok: true, signed_download_url: `${base}${BLOB_PREFIX.slice(1)}${hit.id}?sp=r&sig=${hit.downloadSig}`, matched_key: hit.key });
    }
  };

  const handleTwirp = (req: http.IncomingMessage, res: http.ServerResponse, method: string, raw: Buffer): void => {
    if (fault?.kind === '429') {
      return twirpError(res, 'resource_exhausted', 'rate limit exceeded', { headers: { 'retry-after': String(fault.retryAfterSeconds) } });
    }
    const handler = Object.hasOwn(methods, method) ? methods[method] : undefined;
    if (req.method !== 'POST' || !handler) return twirpError(res, 'bad_route', `no handler for ${req.method} ${SERVICE}${method}`);
    if (req.headers.authorization !== `Bearer ${token}`) return twirpError(res, 'unauthenticated', 'invalid or missing runtime token');
    if (!String(req.headers['content-type'] ?? '').startsWith('application/json')) {
      return twirpError(res, 'bad_route', `unexpected Content-Type: ${req.headers['content-type'] ?? ''} (this stand-in speaks twirp JSON only)`);
    }
    let body: Json;
    try {
      body = JSON.parse(raw.toString('utf8') || '{}') as Json;
    } catch {
      return twirpError(res, 'malformed', 'the request body is not JSON');
    }
    handler(body, res);
  };

  // ---- Azure Blob REST: the upload URL may only write, the download URL only read ----
  const handleBlob = (req: http.IncomingMessage, res: http.ServerResponse, url: URL, raw: Buffer): void => {
    const entry = entries.find(e => `${BLOB_PREFIX}${e.id}` === url.pathname);
    const sig = url.searchParams.get('sig');
    if (!entry || sig !== (req.method === 'PUT' ? entry.uploadSig : entry.downloadSig)) {
      return azureError(req, res, 403, 'AuthenticationFailed', 'Server failed to authenticate the request. Make sure the signature is valid for this operation.');
    }
    handleBlockBlob(req, res, url, raw, entry.blob, { 'content-type': 'application/octet-stream' });
  };

  const listener = await listen(
    (req, res, url, raw) => {
      if (url.pathname.startsWith(SERVICE)) return handleTwirp(req, res, url.pathname.slice(SERVICE.length), raw);
      if (url.pathname.startsWith(BLOB_PREFIX)) return handleBlob(req, res, url, raw);
      twirpError(res, 'bad_route', `no route for ${req.method} ${url.pathname}`);
    },
    () => fault?.kind === 'down'
  );
  base = listener.url;

  return {
    url: base,
    token,
    env: {
      ACTIONS_RESULTS_URL: base,
      ACTIONS_RUNTIME_TOKEN: token,
      ACTIONS_CACHE_SERVICE_V2: 'true',
      // Runners export the v1 URL too; with ACTIONS_CACHE_SERVICE_V2 set, clients ignore it.
      ACTIONS_CACHE_URL: base
    },
    entries: () => entries.map(e => ({ id: e.id, key: e.key, version: e.version, size: e.blob.data?.length ?? 0, finalized: e.finalized, scope: e.scope })),
    requests: listener.requests,
    blobPath: entry => `${BLOB_PREFIX}${entry.id}`,
    archive: entry => entries.find(e => e.id === entry.id && e.finalized)?.blob.data,
    fault(f) {
      fault = f;
      if (f?.kind === 'down') listener.dropConnections();
    },
    close: listener.close
  };
}
