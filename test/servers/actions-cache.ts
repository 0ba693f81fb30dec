/**
 * A faithful local stand-in for GitHub's Actions cache service v2, so tests can run the real
 * @actions/cache 6 (and BuildKit's `type=gha` backend) on 127.0.0.1.
 *
 * The real service is two things, and so is this one:
 *  - a twirp JSON API under ACTIONS_RESULTS_URL (github.actions.results.api.v1.CacheService)
 *    that reserves, finalizes and looks up entries and hands out signed blob URLs;
 *  - Azure Blob Storage behind those URLs. Both clients upload and download with an Azure SDK
 *    (@azure/storage-blob in node, azblob in Go), so the blob side speaks enough of the Blob REST
 *    API for them: Put Blob, Put Block, Put Block List, Get Blob (ranged) and Get Blob Properties.
 *
 * Entries live in memory. Every entry belongs to the scope the runtime token may write
 * (a JWT whose `ac` claim lists scopes, as on a runner; BuildKit parses it, @actions/cache doesn't).
 */
import * as http from 'node:http';
import { createHash, createHmac, randomBytes, randomUUID } from 'node:crypto';
import type { AddressInfo, Socket } from 'node:net';

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

/** The twirp error codes used here, with the HTTP status twirp (v7) gives each. */
const TWIRP_STATUS = {
  bad_route: 404,
  malformed: 400,
  invalid_argument: 400,
  unauthenticated: 401,
  permission_denied: 403,
  not_found: 404,
  already_exists: 409,
  failed_precondition: 412,
  resource_exhausted: 429
} as const;
type TwirpCode = keyof typeof TWIRP_STATUS;

interface Entry {
  id: number;
  key: string;
  version: string;
  scope: string;
  finalized: boolean;
  /** The committed blob; undefined until a Put Blob or Put Block List. */
  blob?: Buffer;
  blobMd5?: string;
  etag: string;
  lastModified: Date;
  /** Put Block data waiting for a Put Block List, by block id. */
  blocks: Map<string, Buffer>;
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
  const requests: CacheServer['requests'] = [];
  let fault: CacheFault;
  const sockets = new Set<Socket>();
  let base = '';

  // Twirp's error body is {code, msg}; @actions/cache puts msg into the errors it reports.
  const twirpError = (res: http.ServerResponse, code: TwirpCode, msg: string, headers: Record<string, string> = {}, status: number = TWIRP_STATUS[code]): void => {
    res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify({ code, msg }));
  };
  const twirpOk = (res: http.ServerResponse, body: unknown): void => {
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
  };
  const azureHeaders = (req: http.IncomingMessage): Record<string, string> => ({
    'x-ms-request-id': randomUUID(),
    'x-ms-version': String(req.headers['x-ms-version'] ?? '2025-01-05'),
    ...(req.headers['x-ms-client-request-id'] ? { 'x-ms-client-request-id': String(req.headers['x-ms-client-request-id']) } : {})
  });
  const azureError = (req: http.IncomingMessage, res: http.ServerResponse, status: number, code: string, message: string, headers: Record<string, string> = {}): void => {
    const xml = `<?xml version="1.0" encoding="utf-8"?><Error><Code>${code}</Code><Message>${message}</Message></Error>`;
    res.writeHead(status, { ...azureHeaders(req), 'x-ms-error-code': code, 'content-type': 'application/xml', ...headers }).end(req.method === 'HEAD' ? undefined : xml);
  };
  const md5 = (b: Buffer): string => createHash('md5').update(b).digest('base64');
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
        return twirpError(res, 'resource_exhausted', 'insufficient usage to create cache entry', {}, 403);
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
        etag: '',
        lastModified: new Date(),
        blocks: new Map(),
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
      if (!entry.blob) return twirpError(res, 'failed_precondition', 'cache entry has no uploaded data');
      // int64 travels as a string in protobuf JSON (@actions/cache); BuildKit's Go client sends a number.
      const size = Number(body.size_bytes ?? 0);
      if (size !== entry.blob.length) return twirpError(res, 'invalid_argument', `size_bytes ${size} does not match the uploaded ${entry.blob.length} bytes`);
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
      return twirpError(res, 'resource_exhausted', 'rate limit exceeded', { 'retry-after': String(fault.retryAfterSeconds) });
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

  // ---- Azure Blob REST: just what the SDKs send for one block blob ----
  const handleBlob = (req: http.IncomingMessage, res: http.ServerResponse, url: URL, raw: Buffer): void => {
    const entry = entries.find(e => `${BLOB_PREFIX}${e.id}` === url.pathname);
    const sig = url.searchParams.get('sig');
    const write = req.method === 'PUT';
    if (!entry || sig !== (write ? entry.uploadSig : entry.downloadSig)) {
      return azureError(req, res, 403, 'AuthenticationFailed', 'Server failed to authenticate the request. Make sure the signature is valid for this operation.');
    }
    const comp = url.searchParams.get('comp');
    const committed = (blob: Buffer, headers: Record<string, string> = {}): void => {
      entry.blob = blob;
      entry.etag = `"0x${randomBytes(8).toString('hex').toUpperCase()}"`;
      entry.lastModified = new Date();
      res.writeHead(201, { ...azureHeaders(req), etag: entry.etag, 'last-modified': entry.lastModified.toUTCString(), 'x-ms-request-server-encrypted': 'true', ...headers }).end();
    };
    if (write && comp === 'block') {
      const id = url.searchParams.get('blockid');
      if (!id) return azureError(req, res, 400, 'InvalidQueryParameterValue', 'blockid is required');
      entry.blocks.set(id, raw);
      return void res.writeHead(201, { ...azureHeaders(req), 'content-md5': md5(raw), 'x-ms-request-server-encrypted': 'true' }).end();
    }
    if (write && comp === 'blocklist') {
      // <BlockList><Latest|Uncommitted|Committed>base64 id</…>…</BlockList>, in blob order. A blob here
      // is only ever committed once, so every listed id must be a staged block.
      const ids = [...raw.toString('utf8').matchAll(/<(Latest|Uncommitted|Committed)>([^<]*)<\/\1>/g)].map(m => m[2]);
      const parts = ids.map(id => entry.blocks.get(id));
      if (!ids.length && raw.length && !raw.includes('<BlockList')) return azureError(req, res, 400, 'InvalidXmlDocument', 'XML specified is not syntactically valid.');
      if (parts.some(p => !p)) return azureError(req, res, 400, 'InvalidBlockList', 'The specified block list is invalid.');
      entry.blocks.clear();
      entry.blobMd5 = undefined;
      return committed(Buffer.concat(parts as Buffer[]));
    }
    if (write && !comp) {
      if (req.headers['x-ms-blob-type'] !== 'BlockBlob')
        return azureError(req, res, 400, 'MissingRequiredHeader', 'An HTTP header that is mandatory for this request is not specified: x-ms-blob-type');
      entry.blobMd5 = md5(raw);
      return committed(raw, { 'content-md5': entry.blobMd5 });
    }
    if ((req.method === 'GET' || req.method === 'HEAD') && !comp) {
      const blob = entry.blob;
      if (!blob) return azureError(req, res, 404, 'BlobNotFound', 'The specified blob does not exist.');
      if (req.headers['if-match'] && req.headers['if-match'] !== entry.etag && req.headers['if-match'] !== '*') {
        return azureError(req, res, 412, 'ConditionNotMet', 'The condition specified using HTTP conditional header(s) is not met.');
      }
      const headers: Record<string, string> = {
        ...azureHeaders(req),
        etag: entry.etag,
        'last-modified': entry.lastModified.toUTCString(),
        'x-ms-creation-time': entry.lastModified.toUTCString(),
        'x-ms-blob-type': 'BlockBlob',
        'x-ms-lease-state': 'available',
        'x-ms-lease-status': 'unlocked',
        'x-ms-server-encrypted': 'true',
        'accept-ranges': 'bytes',
        'content-type': 'application/octet-stream'
      };
      // Downloads ask for pieces with x-ms-range (the SDKs) or Range (plain HTTP): "bytes=start-[end]".
      const range = String(req.headers['x-ms-range'] ?? req.headers.range ?? '');
      const m = /^bytes=(\d+)-(\d*)$/.exec(range);
      if (req.method === 'GET' && m) {
        const start = Number(m[1]);
        const end = Math.min(m[2] ? Number(m[2]) : blob.length - 1, blob.length - 1);
        if (start >= blob.length || end < start) {
          return azureError(req, res, 416, 'InvalidRange', 'The range specified is invalid for the current size of the resource.', { 'content-range': `bytes */${blob.length}` });
        }
        res.writeHead(206, { ...headers, 'content-range': `bytes ${start}-${end}/${blob.length}`, 'content-length': String(end - start + 1) });
        return void res.end(blob.subarray(start, end + 1));
      }
      res.writeHead(200, { ...headers, 'content-length': String(blob.length), ...(entry.blobMd5 ? { 'content-md5': entry.blobMd5 } : {}) });
      return void res.end(req.method === 'HEAD' ? undefined : blob);
    }
    azureError(req, res, 400, 'UnsupportedHttpVerb', `This stand-in does not implement ${req.method} ?comp=${comp ?? ''}`);
  };

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://localhost');
      const shown = new URLSearchParams(url.searchParams);
      shown.delete('sig');
      requests.push({ method: req.method ?? '', path: url.pathname + (shown.size ? `?${shown}` : '') });
      const raw = Buffer.concat(chunks);
      if (url.pathname.startsWith(SERVICE)) return handleTwirp(req, res, url.pathname.slice(SERVICE.length), raw);
      if (url.pathname.startsWith(BLOB_PREFIX)) return handleBlob(req, res, url, raw);
      twirpError(res, 'bad_route', `no route for ${req.method} ${url.pathname}`);
    });
  });
  server.on('connection', socket => {
    // 'down': accept, then reset at once; clients see ECONNRESET, which @actions/cache and Go
    // both report as a network failure, exactly as for a service that cannot be reached.
    if (fault?.kind === 'down') return void socket.destroy();
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;

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
    entries: () => entries.map(e => ({ id: e.id, key: e.key, version: e.version, size: e.blob?.length ?? 0, finalized: e.finalized, scope: e.scope })),
    requests,
    blobPath: entry => `${BLOB_PREFIX}${entry.id}`,
    archive: entry => entries.find(e => e.id === entry.id && e.finalized)?.blob,
    fault(f) {
      fault = f;
      if (f?.kind === 'down') for (const s of sockets) s.destroy();
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close(err => (err ? reject(err) : resolve()));
        server.closeAllConnections();
      })
  };
}
