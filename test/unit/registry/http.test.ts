import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
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
