/**
 * A fault-injecting HTTP proxy on loopback in front of a real registry: each `/v2/`
 * request is, at probability p, answered 503 + `Retry-After: 1` or dropped (its socket
 * destroyed before any answer); everything else is forwarded as is. The draw for a
 * request depends only on the seed, the request line and how often that request line was
 * seen before, so a run is reproducible however its parallel requests interleave.
 * Options add a fixed port (for BuildKit, which speaks plain HTTP only to the registries
 * its config lists), 429 instead of 503, paths refused with 401, and an outage of one
 * endpoint for its first few requests. With probability 0 it only forwards, and records every
 * request (`seen`): what reached the registry.
 */
import { createHash } from 'node:crypto';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FaultProxyOptions {
  /** The registry behind it, host:port (plain HTTP). */
  target?: string;
  /** Probability that a `/v2/` request gets a fault. */
  probability: number;
  seed?: number;
  /** Share of the faults that are 503 + Retry-After (the rest are dropped connections). */
  unavailableShare?: number;
  /** The Retry-After the 503s carry, in seconds. */
  retryAfterSeconds?: number;
  /** The status of the answered faults (default 503; 429 for a rate limiter). */
  status?: number;
  /**
   * The loopback port to listen on (default: any free one). BuildKit speaks plain HTTP only
   * to the registries its config lists (scripts/toolchain/buildkitd.toml: 127.0.0.1:5000–5003),
   * so a proxy BuildKit pushes through must listen on one of those.
   */
  port?: number;
  /**
   * Requests whose path starts with one of these are answered 401 (with a Basic challenge, and
   * no credentials would do) before any fault is drawn: a registry refusing the
   * credentials, which must never be retried.
   */
  refusePaths?: string[];
  /** Requests whose `METHOD path` matches are answered 403 DENIED (a token without push rights to that path), before any draw. */
  deny?: RegExp;
  /**
   * An endpoint down for a while: the first `count` requests whose `METHOD path` matches
   * `request` are answered 503 + Retry-After, before any draw (and not drawn for).
   */
  outage?: { request: RegExp; count: number };
}

export interface FaultCounts {
  /** Requests seen on `/v2/` paths. */
  requests: number;
  unavailable: number;
  dropped: number;
  /** Requests answered 401 for a `refusePaths` path, or 403 for `deny`. */
  refused: number;
  /** Requests answered 503 by the `outage`. */
  outage: number;
}

/** One `/v2/` request the proxy saw: what was asked, and by whom. */
interface SeenRequest {
  method: string;
  path: string;
  range?: string;
  userAgent?: string;
}

export interface FaultProxy {
  /** host:port to use in image references. */
  host: string;
  /** Counts since the start (or the last reset). */
  counts: FaultCounts;
  /** Every `/v2/` request since the start (or the last reset), in the order they came. */
  seen: SeenRequest[];
  /** Changes the fault probability (and starts the draws afresh with a seed). */
  reset(probability: number, seed?: number): void;
  close(): Promise<void>;
}

/** A uniform number in [0, 1) from the seed and the request's identity. */
function draw(seed: number, key: string, salt: string): number {
  return createHash('sha256').update(`${seed}\0${key}\0${salt}`).digest().readUInt32BE(0) / 2 ** 32;
}

export async function startFaultProxy(options: FaultProxyOptions): Promise<FaultProxy> {
  const target = options.target ?? '127.0.0.1:5000';
  const [targetHost, targetPort] = [target.slice(0, target.lastIndexOf(':')), Number(target.slice(target.lastIndexOf(':') + 1))];
  const unavailableShare = options.unavailableShare ?? 0.5;
  const retryAfter = String(options.retryAfterSeconds ?? 1);
  const status = options.status ?? 503;
  // The registry error code a real registry sends with the status (distribution's spec).
  const errorCode = status === 429 ? 'TOOMANYREQUESTS' : 'UNAVAILABLE';
  let probability = options.probability;
  let seed = options.seed ?? 1;
  let seen = new Map<string, number>();
  const refusePaths = options.refusePaths ?? [];
  const counts: FaultCounts = { requests: 0, unavailable: 0, dropped: 0, refused: 0, outage: 0 };
  const seenRequests: SeenRequest[] = [];
  // Keep-alive to the registry, as a real load balancer would.
  const agent = new http.Agent({ keepAlive: true, maxSockets: 32 });

  const server = http.createServer((req, res) => {
    const url = req.url ?? '/';
    if (url.startsWith('/v2/')) {
      counts.requests++;
      seenRequests.push({
        method: req.method ?? '',
        path: url,
        ...(req.headers.range ? { range: req.headers.range } : {}),
        ...(req.headers['user-agent'] ? { userAgent: req.headers['user-agent'] } : {})
      });
      if (refusePaths.some(prefix => url.startsWith(prefix))) {
        counts.refused++;
        res
          .writeHead(401, { 'www-authenticate': 'Basic realm="fault-proxy"', 'content-type': 'application/json' })
          .end('{"errors":[{"code":"UNAUTHORIZED","message":"authentication required (refused by the fault proxy)"}]}');
        return;
      }
      if (options.deny?.test(`${req.method} ${url}`)) {
        counts.refused++;
        res.writeHead(403, { 'content-type': 'application/json' }).end('{"errors":[{"code":"DENIED","message":"requested access to the resource is denied (by the fault proxy)"}]}');
        return;
      }
      if (options.outage && counts.outage < options.outage.count && options.outage.request.test(`${req.method} ${url}`)) {
        counts.outage++;
        res.writeHead(503, { 'retry-after': retryAfter, 'content-type': 'application/json' }).end('{"errors":[{"code":"UNAVAILABLE","message":"outage injected by the fault proxy"}]}');
        return;
      }
      const key = `${req.method} ${url} ${req.headers.range ?? ''}`;
      const nth = (seen.get(key) ?? 0) + 1;
      seen.set(key, nth);
      if (draw(seed, key, `fault ${nth}`) < probability) {
        if (draw(seed, key, `kind ${nth}`) < unavailableShare) {
          counts.unavailable++;
          res.writeHead(status, { 'retry-after': retryAfter, 'content-type': 'application/json' }).end(JSON.stringify({ errors: [{ code: errorCode, message: 'injected by the fault proxy' }] }));
        } else {
          counts.dropped++;
          req.socket.destroy();
        }
        return;
      }
    }
    const upstream = http.request({ host: targetHost, port: targetPort, method: req.method, path: url, headers: req.headers, agent }, answer => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    upstream.on('error', e => {
      if (!res.headersSent) res.writeHead(502).end(e.message);
      else res.destroy();
    });
    req.pipe(upstream);
  });
  await new Promise<void>((resolve, reject) => {
    // A port taken (another proxy still on 5002) is an error, not a hang.
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  return {
    host: `127.0.0.1:${(server.address() as AddressInfo).port}`,
    counts,
    seen: seenRequests,
    reset(p, newSeed) {
      probability = p;
      if (newSeed !== undefined) seed = newSeed;
      seen = new Map();
      Object.assign(counts, { requests: 0, unavailable: 0, dropped: 0, refused: 0, outage: 0 });
      seenRequests.length = 0;
    },
    close: () =>
      new Promise<void>(resolve => {
        server.closeAllConnections();
        agent.destroy();
        server.close(() => resolve());
      })
  };
}
