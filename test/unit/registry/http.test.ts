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
