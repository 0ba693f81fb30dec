/**
 * The Azure Blob Storage side of the results-service stand-ins (actions-cache.ts, artifacts.ts):
 * the part of the Blob REST API that the Azure SDKs (@azure/storage-blob in node, azblob in Go)
 * and plain HTTP GETs send behind a signed URL to one block blob. That is Put Blob, Put Block,
 * Put Block List, and Get Blob (ranged) and Get Blob Properties. Each server checks the signature
 * and decides which blob a URL names; this module then answers as Azure would.
 */
import type * as http from 'node:http';
import { createHash, randomBytes, randomUUID } from 'node:crypto';

/** One block blob: the committed content, and the blocks staged for the next Put Block List. */
export interface BlockBlob {
  /** The committed content; undefined until a Put Blob or Put Block List. */
  data?: Buffer;
  /** Content-MD5 of the content, which Azure keeps for a Put Blob only. */
  md5?: string;
  /** x-ms-blob-content-type of the last commit. */
  contentType?: string;
  etag: string;
  createdAt?: Date;
  lastModified: Date;
  /** Put Block data waiting for a Put Block List, by block id. */
  blocks: Map<string, Buffer>;
}

export const newBlockBlob = (): BlockBlob => ({ etag: '', lastModified: new Date(), blocks: new Map() });

/** Replaces the content as a commit does: a new ETag and Last-Modified, no Content-MD5. */
export function setBlobContent(blob: BlockBlob, data: Buffer): void {
  blob.data = data;
  blob.md5 = undefined;
  blob.etag = `"0x${randomBytes(8).toString('hex').toUpperCase()}"`;
  blob.lastModified = new Date();
  blob.createdAt ??= blob.lastModified;
}

/** The headers Azure puts on every answer. */
const azureHeaders = (req: http.IncomingMessage): Record<string, string> => ({
  'x-ms-request-id': randomUUID(),
  'x-ms-version': String(req.headers['x-ms-version'] ?? '2025-01-05'),
  ...(req.headers['x-ms-client-request-id'] ? { 'x-ms-client-request-id': String(req.headers['x-ms-client-request-id']) } : {})
});

/** An error as Azure answers it: x-ms-error-code, and the same code in an XML body (none for HEAD). */
export function azureError(req: http.IncomingMessage, res: http.ServerResponse, status: number, code: string, message: string, headers: Record<string, string> = {}): void {
  const xml = `<?xml version="1.0" encoding="utf-8"?><Error><Code>${code}</Code><Message>${message}</Message></Error>`;
  res.writeHead(status, { ...azureHeaders(req), 'x-ms-error-code': code, 'content-type': 'application/xml', ...headers }).end(req.method === 'HEAD' ? undefined : xml);
}

const md5 = (b: Buffer): string => createHash('md5').update(b).digest('base64');

/**
 * Answers one request to `blob`, whose signature the caller has checked. `readHeaders` go on a
 * successful Get Blob or Get Blob Properties, over the defaults (Content-Type: the committed one).
 */
export function handleBlockBlob(req: http.IncomingMessage, res: http.ServerResponse, url: URL, raw: Buffer, blob: BlockBlob, readHeaders: Record<string, string> = {}): void {
  const write = req.method === 'PUT';
  const comp = url.searchParams.get('comp');
  const commit = (data: Buffer, contentMd5?: string): void => {
    setBlobContent(blob, data);
    blob.md5 = contentMd5;
    blob.contentType = req.headers['x-ms-blob-content-type'] ? String(req.headers['x-ms-blob-content-type']) : undefined;
    const md5Header = contentMd5 ? { 'content-md5': contentMd5 } : {};
    res.writeHead(201, { ...azureHeaders(req), etag: blob.etag, 'last-modified': blob.lastModified.toUTCString(), 'x-ms-request-server-encrypted': 'true', ...md5Header }).end();
  };
  if (write && comp === 'block') {
    const id = url.searchParams.get('blockid');
    if (!id) return azureError(req, res, 400, 'InvalidQueryParameterValue', 'blockid is required');
    blob.blocks.set(id, raw);
    return void res.writeHead(201, { ...azureHeaders(req), 'content-md5': md5(raw), 'x-ms-request-server-encrypted': 'true' }).end();
  }
  if (write && comp === 'blocklist') {
    // <BlockList><Latest|Uncommitted|Committed>base64 id</…>…</BlockList>, in blob order. The blocks
    // of an earlier commit are not kept, so every listed id must be a staged block.
    if (!raw.includes('<BlockList')) return azureError(req, res, 400, 'InvalidXmlDocument', 'XML specified is not syntactically valid.');
    const ids = [...raw.toString('utf8').matchAll(/<(Latest|Uncommitted|Committed)>([^<]*)<\/\1>/g)].map(m => m[2]);
    const parts = ids.map(id => blob.blocks.get(id));
    if (parts.some(p => !p)) return azureError(req, res, 400, 'InvalidBlockList', 'The specified block list is invalid.');
    blob.blocks.clear();
    return commit(Buffer.concat(parts as Buffer[]));
  }
  if (write && !comp) {
    if (req.headers['x-ms-blob-type'] !== 'BlockBlob') return azureError(req, res, 400, 'MissingRequiredHeader', 'An HTTP header that is mandatory for this request is not specified: x-ms-blob-type');
    return commit(raw, md5(raw));
  }
  if ((req.method === 'GET' || req.method === 'HEAD') && !comp) {
    const data = blob.data;
    if (!data) return azureError(req, res, 404, 'BlobNotFound', 'The specified blob does not exist.');
    if (req.headers['if-match'] && req.headers['if-match'] !== blob.etag && req.headers['if-match'] !== '*') {
      return azureError(req, res, 412, 'ConditionNotMet', 'The condition specified using HTTP conditional header(s) is not met.');
    }
    const headers: Record<string, string> = {
      ...azureHeaders(req),
      etag: blob.etag,
      'last-modified': blob.lastModified.toUTCString(),
      'x-ms-creation-time': (blob.createdAt ?? blob.lastModified).toUTCString(),
      'x-ms-blob-type': 'BlockBlob',
      'x-ms-lease-state': 'available',
      'x-ms-lease-status': 'unlocked',
      'x-ms-server-encrypted': 'true',
      'accept-ranges': 'bytes',
      'content-type': blob.contentType ?? 'application/octet-stream',
      ...readHeaders
    };
    // Downloads ask for pieces with x-ms-range (the SDKs) or Range (plain HTTP): "bytes=start-[end]".
    const range = String(req.headers['x-ms-range'] ?? req.headers.range ?? '');
    const m = /^bytes=(\d+)-(\d*)$/.exec(range);
    if (req.method === 'GET' && m) {
      const start = Number(m[1]);
      const end = Math.min(m[2] ? Number(m[2]) : data.length - 1, data.length - 1);
      if (start >= data.length || end < start) {
        return azureError(req, res, 416, 'InvalidRange', 'The range specified is invalid for the current size of the resource.', { 'content-range': `bytes */${data.length}` });
      }
      res.writeHead(206, { ...headers, 'content-range': `bytes ${start}-${end}/${data.length}`, 'content-length': String(end - start + 1) });
      return void res.end(data.subarray(start, end + 1));
    }
    res.writeHead(200, { ...headers, 'content-length': String(data.length), ...(blob.md5 ? { 'content-md5': blob.md5 } : {}) });
    return void res.end(req.method === 'HEAD' ? undefined : data);
  }
  azureError(req, res, 400, 'UnsupportedHttpVerb', `This stand-in does not implement ${req.method} ?comp=${comp ?? ''}`);
}
