import * as http from 'node:http';
import * as https from 'node:https';
import { pipeline, Transform, type Readable } from 'node:stream';

export interface HttpResponse {
  status: number;
  /** Lower-cased header names. */
  headers: http.IncomingHttpHeaders;
  /** Empty when the body is `stream`. */
  body: Buffer;
  /** A 2xx answer's body, when the request asked for a stream. */
  stream?: Readable;
}

interface HttpRequest {
  method?: 'GET' | 'HEAD' | 'POST' | 'PUT';
  /** Sent as is (an upload or a manifest); a redirect does not resend it. */
  body?: Buffer;
  headers?: Record<string, string>;
  /** The whole exchange, redirects and body included, is cut off after this (ETIMEDOUT); for a stream, the answer's head, then each silence of its body. */
  timeoutMs?: number;
  /** A 2xx answer's body is handed over unread, as `stream` (a layer is too large to hold); other answers are read whole. */
  stream?: boolean;
}

/** One HTTP exchange; the registry client's only contact with the network. */
export type HttpTransport = (url: URL, request?: HttpRequest) => Promise<HttpResponse>;

export function header(response: HttpResponse, name: string): string | undefined {
  const value = response.headers[name.toLowerCase()];
  return Array.isArray(value) ? value[0] : value;
}

const REDIRECTS = 5;
const DEFAULT_TIMEOUT_MS = 30_000;
/** A body read into memory is cut off beyond this (a stream, `request.stream`, is not: its reader bounds it). */
const MAX_BODY_BYTES = 32 * 1024 * 1024;

/** For a message: scheme, host and path; no userinfo, no query (a signed storage URL's is a credential). */
function withoutQuery(url: URL): string {
  return `${url.protocol}//${url.host}${url.pathname}`;
}

function timedOut(url: URL, ms: number): Error {
  return Object.assign(new Error(`no complete answer from ${url.host} within ${(ms / 1000).toFixed(1)} s`), { code: 'ETIMEDOUT' });
}

/** The body, cut off (ETIMEDOUT) when no byte of it passes for `ms`; read at the reader's pace (nothing is buffered beyond the streams' own). */
function withIdleTimeout(res: http.IncomingMessage, url: URL, ms: number): Readable {
  let timer: NodeJS.Timeout | undefined;
  const arm = (): void => {
    clearTimeout(timer);
    timer = setTimeout(() => res.destroy(Object.assign(new Error(`${url.host} sent no byte for ${(ms / 1000).toFixed(1)} s`), { code: 'ETIMEDOUT' })), ms);
  };
  const out = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      arm();
      done(null, chunk);
    }
  });
  arm();
  pipeline(res, out, () => clearTimeout(timer));
  return out;
}

/**
 * node:http(s) with keep-alive agents. Not the global fetch: its first use loads
 * undici (~35 ms) and its idle sockets keep the process alive ~70 ms after the
 * work is done, both paid on every run. HTTPS trusts NODE_EXTRA_CA_CERTS as node does.
 * `trace`, when given, sees one line per request (each redirect hop too) once it is over.
 */
export function nodeTransport(trace?: (line: string) => void): HttpTransport {
  const agents = { 'http:': new http.Agent({ keepAlive: true, maxSockets: 16 }), 'https:': new https.Agent({ keepAlive: true, maxSockets: 16 }) };
  const once = (url: URL, request: HttpRequest, timeoutMs: number): Promise<HttpResponse> =>
    new Promise((resolve, reject) => {
      const client = url.protocol === 'https:' ? https : http;
      // Named, as docker's tools name themselves: a registry's logs and rate limits can tell hoist's reads apart.
      const req = client.request(url, { method: request.method ?? 'GET', headers: { 'user-agent': 'hoist', ...request.headers }, agent: agents[url.protocol as 'http:' | 'https:'] }, res => {
        const status = res.statusCode ?? 0;
        if (request.stream && status >= 200 && status < 300) {
          clearTimeout(timer);
          resolve({ status, headers: res.headers, body: Buffer.alloc(0), stream: withIdleTimeout(res, url, request.timeoutMs ?? DEFAULT_TIMEOUT_MS) });
          return;
        }
        const chunks: Buffer[] = [];
        let received = 0;
        res.on('data', (c: Buffer) => {
          received += c.length;
          // What is read whole is a manifest, a config, a token or an error: a registry that sends more is not answering one (a fork may name the registry).
          if (received > MAX_BODY_BYTES)
            req.destroy(Object.assign(new Error(`${url.host} sent more than ${MAX_BODY_BYTES / 1024 / 1024} MiB for ${url.pathname}: no manifest, config or token is that large`), { code: 'EFBIG' }));
          else chunks.push(c);
        });
        res.on('end', () => {
          clearTimeout(timer);
          resolve({ status, headers: res.headers, body: Buffer.concat(chunks) });
        });
        res.on('error', e => {
          clearTimeout(timer);
          reject(e);
        });
      });
      // A deadline for the whole exchange, not an idle timeout: a server that sends a byte now and then must not hold the step.
      const timer = setTimeout(() => req.destroy(timedOut(url, timeoutMs)), Math.max(0, timeoutMs));
      req.on('error', e => {
        clearTimeout(timer);
        reject(e);
      });
      req.end(request.body);
    });
  // Method, where and how it went; never headers (the token) nor the query (a signed storage URL's is a credential).
  const traced = async (url: URL, request: HttpRequest, timeoutMs: number): Promise<HttpResponse> => {
    if (!trace) return once(url, request, timeoutMs);
    const started = performance.now();
    const line = (outcome: string): string => `${request.method ?? 'GET'} ${url.protocol}//${url.host}${url.pathname} -> ${outcome} in ${Math.round(performance.now() - started)} ms`;
    try {
      const response = await once(url, request, timeoutMs);
      trace(line(String(response.status)));
      return response;
    } catch (e) {
      trace(line((e as { message?: string } | undefined)?.message ?? String(e)));
      throw e;
    }
  };
  return async (url, request = {}) => {
    let current = url;
    let headers = request.headers ?? {};
    const deadline = Date.now() + (request.timeoutMs ?? DEFAULT_TIMEOUT_MS);
    for (let hop = 0; hop <= REDIRECTS; hop++) {
      const response = await traced(current, { ...request, headers }, deadline - Date.now());
      const location = header(response, 'location');
      if (![301, 302, 303, 307, 308].includes(response.status) || !location) return response;
      const next = new URL(location, current);
      const credentials = current.username !== '' || current.password !== '' || Object.keys(headers).some(k => k.toLowerCase() === 'authorization');
      // Not over plain HTTP: not even to the same host (whose port may speak both), a listener on the path could read them.
      if (credentials && current.protocol === 'https:' && next.protocol !== 'https:') {
        throw new Error(`refused the redirect from ${withoutQuery(current)} to ${withoutQuery(next)}: it would send the credentials unencrypted`);
      }
      // Blob redirects go to storage (S3, a CDN) that must not see the registry's token: it goes along only to the same origin (scheme, host and port).
      if (next.origin !== current.origin) headers = Object.fromEntries(Object.entries(headers).filter(([k]) => k.toLowerCase() !== 'authorization'));
      current = next;
    }
    throw new Error(`too many redirects from ${url.host}`);
  };
}
