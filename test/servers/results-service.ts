/**
 * What the two stand-ins for GitHub's results service (actions-cache.ts, artifacts.ts) share
 * besides the blob side (azure-blob.ts): twirp's JSON answers, and an HTTP server on 127.0.0.1
 * that records every request and can play an unreachable service.
 */
import * as http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/** The twirp error codes the stand-ins use, with the HTTP status twirp (v7) gives each. */
export const TWIRP_STATUS = {
  bad_route: 404,
  malformed: 400,
  invalid_argument: 400,
  unauthenticated: 401,
  permission_denied: 403,
  not_found: 404,
  already_exists: 409,
  failed_precondition: 412,
  resource_exhausted: 429,
  internal: 500,
  unavailable: 503
} as const;
export type TwirpCode = keyof typeof TWIRP_STATUS;

/** Twirp's error body is {code, msg}; the clients put msg into the errors they report. */
export function twirpError(res: http.ServerResponse, code: TwirpCode, msg: string, options: { status?: number; headers?: Record<string, string> } = {}): void {
  res.writeHead(options.status ?? TWIRP_STATUS[code], { 'content-type': 'application/json', ...options.headers }).end(JSON.stringify({ code, msg }));
}

export function twirpOk(res: http.ServerResponse, body: unknown): void {
  res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}

export interface StandInListener {
  /** http://127.0.0.1:<port>/ */
  url: string;
  /** Every request that reached the server, oldest first; `path` keeps the query minus the signature. */
  requests: Array<{ method: string; path: string }>;
  /** Resets every open connection. */
  dropConnections: () => void;
  close: () => Promise<void>;
}

/**
 * Listens on a free port of 127.0.0.1 and hands `route` each request with its whole body. While
 * `isDown()`, every connection is reset as soon as it is accepted: clients see ECONNRESET and
 * report a network failure, as for a service that cannot be reached.
 */
export async function listen(route: (req: http.IncomingMessage, res: http.ServerResponse, url: URL, raw: Buffer) => void, isDown: () => boolean): Promise<StandInListener> {
  const requests: StandInListener['requests'] = [];
  const sockets = new Set<Socket>();
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://localhost');
      const shown = new URLSearchParams(url.searchParams);
      shown.delete('sig');
      requests.push({ method: req.method ?? '', path: url.pathname + (shown.size ? `?${shown}` : '') });
      route(req, res, url, Buffer.concat(chunks));
    });
  });
  server.on('connection', socket => {
    if (isDown()) return void socket.destroy();
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    requests,
    dropConnections: () => {
      for (const s of sockets) s.destroy();
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close(err => (err ? reject(err) : resolve()));
        server.closeAllConnections();
      })
  };
}
