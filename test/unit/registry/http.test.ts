import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFile, execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as https from 'node:https';
import * as net from 'node:net';
import type { AddressInfo } from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { promisify } from 'node:util';
import ts from 'typescript';
import { nodeTransport } from '../../../src/registry/http.js';

/** A server that never finishes: headers then one byte of a promised 100, or nothing at all. */
describe('nodeTransport: the per-attempt deadline', () => {
  let server: http.Server;
  let base: string;
  beforeAll(async () => {
    server = http.createServer((req, res) => {
      if (req.url === '/stalled-body') {
        res.writeHead(200, { 'content-length': '100' });
        res.write('x');
      }
    });
    await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>(resolve => (server.closeAllConnections(), server.close(() => resolve()))));

  it.each(['/no-answer', '/stalled-body'])('%s: cut off at the deadline as ETIMEDOUT (a retryable error)', async path => {
    const started = performance.now();
    const error = await nodeTransport()(new URL(`${base}${path}`), { timeoutMs: 200 }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'ETIMEDOUT', message: expect.stringMatching(/^no complete answer from 127\.0\.0\.1:\d+ within 0\.2 s$/) });
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

/** A registry a fork may name that answers a manifest request with an endless body. */
describe('nodeTransport: a body read whole is capped', () => {
  let server: http.Server;
  let base: string;
  let sent = 0;
  beforeAll(async () => {
    server = http.createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      const chunk = Buffer.alloc(1024 * 1024, 'x');
      const more = (): void => {
        while (sent < 1024 * 1024 * 1024 && !res.destroyed) {
          sent += chunk.length;
          if (!res.write(chunk)) return void res.once('drain', more);
        }
        res.end();
      };
      more();
    });
    await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>(resolve => (server.closeAllConnections(), server.close(() => resolve()))));

  it('cuts off beyond 32 MiB with EFBIG (not retried), having read little more', async () => {
    const error = await nodeTransport()(new URL(`${base}/v2/x/manifests/sha256:0`), { timeoutMs: 20_000 }).catch((e: unknown) => e);
    expect(error).toMatchObject({
      code: 'EFBIG',
      message: expect.stringMatching(/^127\.0\.0\.1:\d+ sent more than 32 MiB for \/v2\/x\/manifests\/sha256:0: no manifest, config or token is that large$/)
    });
    expect(sent).toBeLessThan(200 * 1024 * 1024);
  });
});

describe('nodeTransport: the trace', () => {
  let server: http.Server;
  let base: string;
  beforeAll(async () => {
    server = http.createServer((req, res) => {
      if (req.url?.startsWith('/hop')) res.writeHead(307, { location: '/v2/?X-Amz-Signature=secret' }).end();
      else res.writeHead(req.url === '/v2/missing' ? 404 : 200).end('{}');
    });
    await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
    base = `127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>(resolve => (server.closeAllConnections(), server.close(() => resolve()))));

  const traced = async (url: string, request: Parameters<ReturnType<typeof nodeTransport>>[1] = {}): Promise<string[]> => {
    const lines: string[] = [];
    await nodeTransport(line => lines.push(line))(new URL(url), request).catch(() => undefined);
    return lines;
  };
  const ms = String.raw` in \d+ ms$`;

  it('one line per request with the status: no query, no userinfo, no headers', async () => {
    const lines = [
      ...(await traced(`http://ci:hunter2@${base}/v2/?account=ci&scope=repository:a:pull`, { headers: { authorization: 'Bearer s3cr3t' } })),
      ...(await traced(`http://${base}/v2/missing`, { method: 'HEAD' }))
    ];
    expect(lines).toEqual([expect.stringMatching(new RegExp(`^GET http://${base}/v2/ -> 200${ms}`)), expect.stringMatching(new RegExp(`^HEAD http://${base}/v2/missing -> 404${ms}`))]);
    expect(lines.join('\n')).not.toMatch(/hunter2|s3cr3t|account|scope|authorization/i);
  });

  it('a redirect: each hop, the signed storage URL without its query', async () => {
    const lines = await traced(`http://${base}/hop`);
    expect(lines).toEqual([expect.stringMatching(new RegExp(`^GET http://${base}/hop -> 307${ms}`)), expect.stringMatching(new RegExp(`^GET http://${base}/v2/ -> 200${ms}`))]);
  });

  it('a failed connection: the error instead of a status', async () => {
    const closed = http.createServer();
    await new Promise<void>(resolve => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>(resolve => closed.close(() => resolve()));
    expect(await traced(`http://127.0.0.1:${port}/v2/?scope=x`)).toEqual([
      expect.stringMatching(new RegExp(`^GET http://127\\.0\\.0\\.1:${port}/v2/ -> connect ECONNREFUSED 127\\.0\\.0\\.1:${port}${ms}`))
    ]);
  });
});

const BASIC = `Basic ${Buffer.from('ci:hunter2-pass').toString('base64')}`;

/** An http server on 127.0.0.1 that answers each path with `answer`, noting the Authorization each request brought. */
async function recordingServer(answer: (path: string, res: http.ServerResponse) => void): Promise<{ base: string; seen: Array<{ path: string; authorization?: string }>; close(): Promise<void> }> {
  const seen: Array<{ path: string; authorization?: string }> = [];
  const server = http.createServer((req, res) => {
    seen.push({ path: req.url ?? '', authorization: req.headers.authorization });
    answer(req.url ?? '', res);
  });
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { base, seen, close: () => new Promise<void>(resolve => (server.closeAllConnections(), server.close(() => resolve()))) };
}

describe('nodeTransport: credentials on a redirect go only to the same origin', () => {
  let storage: Awaited<ReturnType<typeof recordingServer>>;
  let registry: Awaited<ReturnType<typeof recordingServer>>;
  beforeAll(async () => {
    storage = await recordingServer((_path, res) => res.writeHead(200).end('blob'));
    registry = await recordingServer((p, res) => {
      if (p === '/same') res.writeHead(307, { location: '/v2/?n=1' }).end();
      else if (p === '/away') res.writeHead(307, { location: `${storage.base}/blob?X-Amz-Signature=s` }).end();
      else res.writeHead(200).end('{}');
    });
  });
  afterAll(async () => {
    await storage.close();
    await registry.close();
  });

  it('a same-origin redirect keeps the Authorization header', async () => {
    const response = await nodeTransport()(new URL(`${registry.base}/same`), { headers: { authorization: BASIC } });
    expect(response.status).toBe(200);
    expect(registry.seen.filter(r => r.path.startsWith('/v2/'))).toEqual([{ path: '/v2/?n=1', authorization: BASIC }]);
  });

  it('a redirect to another port of the same host drops it', async () => {
    const response = await nodeTransport()(new URL(`${registry.base}/away`), { headers: { Authorization: BASIC } });
    expect(response.status).toBe(200);
    expect(storage.seen).toEqual([{ path: '/blob?X-Amz-Signature=s', authorization: undefined }]);
  });
});

/**
 * Issue 28, item 5: https://127.0.0.1:P redirecting to http://127.0.0.1:P has the same
 * `host` (as https://localhost to http://localhost, with the default ports, has). One port
 * that speaks both: a TLS ClientHello (0x16) goes to the https server, anything else to the
 * http one. The client trusts the self-signed certificate as hoist is told to in a run,
 * through NODE_EXTRA_CA_CERTS, so it runs in a node of its own, on http.ts as transpiled.
 */
describe('nodeTransport: no credentials over plain HTTP after an https redirect', () => {
  let dir: string;
  let port: number;
  let mux: net.Server;
  let tlsServer: https.Server;
  let plainServer: http.Server;
  const plainSeen: Array<{ path: string; authorization?: string }> = [];
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'http-downgrade-'));
    const [cert, key] = [path.join(dir, 'cert.pem'), path.join(dir, 'key.pem')];
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'ec',
        '-pkeyopt',
        'ec_paramgen_curve:prime256v1',
        '-nodes',
        '-keyout',
        key,
        '-out',
        cert,
        '-days',
        '2',
        '-subj',
        '/CN=127.0.0.1',
        '-addext',
        'subjectAltName=IP:127.0.0.1'
      ],
      { stdio: 'ignore' }
    );
    tlsServer = https.createServer({ cert: fs.readFileSync(cert), key: fs.readFileSync(key) }, (req, res) => {
      if (req.url?.startsWith('/token')) res.writeHead(302, { location: `http://127.0.0.1:${port}/token?account=ci&scope=repository:a:pull` }).end();
      else if (req.url === '/same') res.writeHead(302, { location: '/v2/' }).end();
      else res.writeHead(200).end(`tls ${req.headers.authorization ?? 'none'}`);
    });
    plainServer = http.createServer((req, res) => {
      plainSeen.push({ path: req.url ?? '', authorization: req.headers.authorization });
      res.writeHead(200).end('plain');
    });
    const listen = (server: net.Server) => new Promise<number>(resolve => server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)));
    const [tlsPort, plainPort] = [await listen(tlsServer), await listen(plainServer)];
    // Each connection piped to the server its first byte asks for.
    mux = net.createServer(socket => {
      socket.once('data', chunk => {
        const backend = net.connect(chunk[0] === 0x16 ? tlsPort : plainPort, '127.0.0.1', () => {
          backend.write(chunk);
          socket.pipe(backend).pipe(socket);
        });
        for (const [a, b] of [
          [socket, backend],
          [backend, socket]
        ])
          a.on('error', () => b.destroy()).on('close', () => b.destroy());
      });
    });
    await listen(mux);
    port = (mux.address() as AddressInfo).port;
    const source = ts.transpileModule(fs.readFileSync(path.join(process.cwd(), 'src/registry/http.ts'), 'utf8'), {
      compilerOptions: { module: ts.ModuleKind.ES2022, target: ts.ScriptTarget.ES2022 }
    }).outputText;
    fs.writeFileSync(path.join(dir, 'http.mjs'), source);
    fs.writeFileSync(
      path.join(dir, 'client.mjs'),
      `import { nodeTransport } from './http.mjs';
const [url, authorization] = process.argv.slice(2);
try {
  const r = await nodeTransport()(new URL(url), { headers: authorization ? { authorization } : {}, timeoutMs: 5000 });
  console.log(JSON.stringify({ status: r.status, body: r.body.toString() }));
} catch (e) {
  console.log(JSON.stringify({ error: e.message, code: e.code }));
}
process.exit(0);
`
    );
  });
  afterAll(async () => {
    for (const server of [tlsServer, plainServer]) server.closeAllConnections();
    await Promise.all([tlsServer, plainServer, mux].map(server => new Promise<void>(resolve => server.close(() => resolve()))));
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const fetchFromNode = async (url: string, authorization = BASIC): Promise<{ status?: number; body?: string; error?: string; code?: string }> => {
    const { stdout } = await promisify(execFile)(process.execPath, [path.join(dir, 'client.mjs'), url, authorization], {
      env: { ...process.env, NODE_OPTIONS: '', NODE_EXTRA_CA_CERTS: path.join(dir, 'cert.pem') }
    });
    return JSON.parse(stdout) as { status?: number; body?: string; error?: string; code?: string };
  };

  it('the certificate is trusted: a same-origin https redirect keeps the header', async () => {
    expect(await fetchFromNode(`https://127.0.0.1:${port}/same`)).toEqual({ status: 200, body: `tls ${BASIC}` });
  });

  it('https → http on the same host and port: refused, naming both URLs without their query; the http side never sees the credentials', async () => {
    const result = await fetchFromNode(`https://127.0.0.1:${port}/token?account=ci`);
    expect(plainSeen.filter(r => r.authorization !== undefined)).toEqual([]);
    expect(result).toEqual({ error: `refused the redirect from https://127.0.0.1:${port}/token to http://127.0.0.1:${port}/token: it would send the credentials unencrypted` });
    expect(plainSeen).toEqual([]);
  });

  it('without credentials the redirect is followed', async () => {
    expect(await fetchFromNode(`https://127.0.0.1:${port}/token`, '')).toEqual({ status: 200, body: 'plain' });
    expect(plainSeen).toEqual([{ path: '/token?account=ci&scope=repository:a:pull', authorization: undefined }]);
  });
});

describe('nodeTransport: a stream', () => {
  let server: http.Server;
  let base: string;
  beforeAll(async () => {
    server = http.createServer((req, res) => {
      if (req.url === '/blob') res.writeHead(200, { 'content-length': '300000' }).end(Buffer.alloc(300_000, 7));
      else if (req.url === '/redirect') res.writeHead(307, { location: '/blob' }).end();
      else if (req.url === '/stalls') {
        res.writeHead(200, { 'content-length': '100' });
        res.write('x');
      } else res.writeHead(404).end('{"errors":[{"code":"BLOB_UNKNOWN"}]}');
    });
    await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>(resolve => (server.closeAllConnections(), server.close(() => resolve()))));

  const drain = async (stream: NodeJS.ReadableStream | undefined): Promise<Buffer> => {
    const chunks: Buffer[] = [];
    for await (const chunk of stream!) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  };

  it('hands over a 2xx body unread, after redirects; other answers are read whole', async () => {
    const ok = await nodeTransport()(new URL(`${base}/redirect`), { stream: true });
    expect({ status: ok.status, body: ok.body.length }).toEqual({ status: 200, body: 0 });
    // Compared as one boolean: jest's toEqual walks a 300 kB Buffer byte by byte.
    expect((await drain(ok.stream)).equals(Buffer.alloc(300_000, 7))).toBe(true);
    const missing = await nodeTransport()(new URL(`${base}/missing`), { stream: true });
    expect({ status: missing.status, stream: missing.stream, body: missing.body.toString() }).toEqual({ status: 404, stream: undefined, body: '{"errors":[{"code":"BLOB_UNKNOWN"}]}' });
  });

  it('cuts a body off when no byte of it comes for the timeout, as ETIMEDOUT', async () => {
    const stalled = await nodeTransport()(new URL(`${base}/stalls`), { stream: true, timeoutMs: 200 });
    await expect(drain(stalled.stream)).rejects.toMatchObject({ code: 'ETIMEDOUT', message: expect.stringMatching(/^127\.0\.0\.1:\d+ sent no byte for 0\.2 s$/) });
  });
});
