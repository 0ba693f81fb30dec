import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import { isAttestation, RegistryClient, RegistryError } from '../../../src/registry/client.js';
import { parseReference } from '../../../src/registry/reference.js';
import { inspectImage } from '../../../src/readback/inspect.js';
import { formatPlatform } from '../../../src/util/platform.js';
import { digestsByPlatform } from '../../../src/readback/image.js';
import type { Manifest } from '../../../src/registry/client.js';

const fixture = (name: string): string => fs.readFileSync(new URL(`../../fixtures/manifests/${name}`, import.meta.url), 'utf8');
const sha = (text: string): string => `sha256:${createHash('sha256').update(text).digest('hex')}`;

/** The platforms of an index as inspectImage sees them: attestation manifests left out. */
function platformDigests(index: Manifest): Record<string, string> {
  return Object.fromEntries((index.manifests ?? []).filter(d => !isAttestation(d) && d.platform).map(d => [formatPlatform(d.platform!), d.digest]));
}

describe('attestation manifests and platform keys', () => {
  it('leaves attestation manifests out of an OCI index', () => {
    expect(platformDigests(JSON.parse(fixture('index-with-attestations.json')))).toEqual({
      'linux/amd64': `sha256:${'1'.repeat(64)}`,
      'linux/arm64': `sha256:${'2'.repeat(64)}`
    });
  });
  it('reads a Docker manifest list with variants', () => {
    expect(platformDigests(JSON.parse(fixture('docker-manifest-list.json')))).toEqual({
      'linux/amd64': `sha256:${'a'.repeat(64)}`,
      'linux/arm/v7': `sha256:${'b'.repeat(64)}`
    });
  });
});

/**
 * A registry speaking the distribution protocol's auth as Docker Hub does: 401 with a
 * Bearer challenge, a token realm that checks Basic credentials; and fault modes for
 * the next requests: 503 + Retry-After, a dropped connection, a connection that hangs.
 */
describe('RegistryClient against a local token-auth registry', () => {
  const index = fixture('index-with-attestations.json');
  const single = JSON.stringify({
    schemaVersion: 2,
    mediaType: 'application/vnd.oci.image.manifest.v1+json',
    config: { mediaType: 'application/vnd.oci.image.config.v1+json', digest: 'sha256:cfg', size: 2 },
    layers: []
  });
  const config = JSON.stringify({ os: 'linux', architecture: 'arm64' });
  let server: http.Server;
  let base: string;
  let faults = 0;
  let drops = 0;
  let hangs = 0;
  const seen: string[] = [];

  beforeAll(async () => {
    server = http.createServer((req, res) => {
      const url = new URL(req.url ?? '/', 'http://x');
      seen.push(`${req.method} ${url.pathname}`);
      if (url.pathname === '/token') {
        const auth = req.headers.authorization ?? '';
        if (auth !== `Basic ${Buffer.from('ci:right-password').toString('base64')}`) {
          res.writeHead(401).end('{"details":"bad credentials"}');
          return;
        }
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ token: `tok-${url.searchParams.get('scope')}` }));
        return;
      }
      if (faults > 0) {
        faults--;
        res.writeHead(503, { 'retry-after': '0' }).end();
        return;
      }
      if (drops > 0) {
        drops--;
        req.socket.destroy();
        return;
      }
      if (hangs > 0) {
        hangs--;
        return; // never answered: the client's attempt timeout has to end it
      }
      const scope = 'repository:acme/app:pull';
      if (req.headers.authorization !== `Bearer tok-${scope}`) {
        res.writeHead(401, { 'www-authenticate': `Bearer realm="${base}/token",service="local",scope="${scope}"` }).end();
        return;
      }
      const routes: Record<string, [string, string]> = {
        [`/v2/acme/app/manifests/${sha(index)}`]: [index, 'application/vnd.oci.image.index.v1+json'],
        [`/v2/acme/app/manifests/${sha(single)}`]: [single, 'application/vnd.oci.image.manifest.v1+json'],
        '/v2/acme/app/blobs/sha256:cfg': [config, 'application/octet-stream'],
        // A registry serving the wrong bytes for a digest (a broken mirror or a proxy).
        [`/v2/acme/app/manifests/sha256:${'0'.repeat(64)}`]: [index, 'application/vnd.oci.image.index.v1+json']
      };
      const hit = routes[url.pathname];
      if (!hit) {
        res.writeHead(404).end();
        return;
      }
      res.writeHead(200, { 'content-type': hit[1] }).end(hit[0]);
    });
    await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>(resolve => (server.closeAllConnections(), server.close(() => resolve()))));

  const tag = (): string => `127.0.0.1:${new URL(base).port}/acme/app:1`;
  const good = async (): Promise<{ username: string; password: string }> => ({ username: 'ci', password: 'right-password' });

  it('follows the Bearer challenge and reads platform digests from the index', async () => {
    const client = new RegistryClient({ credentials: good });
    const fetched = await client.getManifest(parseReference(tag()), sha(index));
    expect(platformDigests(fetched.manifest)).toEqual({
      'linux/amd64': `sha256:${'1'.repeat(64)}`,
      'linux/arm64': `sha256:${'2'.repeat(64)}`
    });
  });

  it('reads a single manifest platform from its config', async () => {
    const client = new RegistryClient({ credentials: good });
    const image = await inspectImage(client, parseReference(tag()), sha(single));
    expect(image && digestsByPlatform(image)).toEqual({ 'linux/arm64': sha(single) });
  });

  it('fails clearly on a wrong password, without printing it', async () => {
    const client = new RegistryClient({ credentials: async () => ({ username: 'ci', password: 'hunter2-wrong' }) });
    const error = await client.getManifest(parseReference(tag()), sha(index)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RegistryError);
    expect((error as Error).message).toMatch(/refused the credentials for user 'ci' \(HTTP 401\)/);
    expect((error as Error).message).not.toContain('hunter2');
  });

  it('anonymous(): the same registry, asked without the login (for an image a fork names)', async () => {
    let asked = 0;
    const client = new RegistryClient({ credentials: async () => (asked++, { username: 'ci', password: 'right-password' }) });
    const error = await client
      .anonymous()
      .getManifest(parseReference(tag()), sha(index))
      .catch((e: unknown) => e);
    expect(asked).toBe(0);
    expect((error as RegistryError).status).toBe(401);
    expect((error as Error).message).toMatch(/anonymous access/);
    // The client it came from still logs in.
    expect((await client.getManifest(parseReference(tag()), sha(index))).digest).toBe(sha(index));
    expect(asked).toBe(1);
  });

  it('opens a blob as a stream, through the Bearer challenge and a 503, and reads it at its own pace', async () => {
    faults = 1;
    const client = new RegistryClient({ credentials: good, backoffMs: 1 });
    const stream = await client.openBlob(parseReference(tag()), 'sha256:cfg');
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    expect(Buffer.concat(chunks).toString()).toBe(config);
    await expect(client.openBlob(parseReference(tag()), `sha256:${'9'.repeat(64)}`)).rejects.toThrow(/sha256:9{64} not found \(HTTP 404\)/);
  });

  it('retries 503 with Retry-After and then succeeds', async () => {
    faults = 2;
    const client = new RegistryClient({ credentials: good, backoffMs: 1 });
    const fetched = await client.getManifest(parseReference(tag()), sha(index));
    expect(fetched.digest).toBe(sha(index));
    expect(faults).toBe(0);
  });

  it('gives up after the bounded attempts', async () => {
    faults = 10;
    const client = new RegistryClient({ credentials: good, backoffMs: 1, attempts: 3 });
    await expect(client.getManifest(parseReference(tag()), sha(index))).rejects.toThrow(/answered HTTP 503 \(gave up after 3 attempts\)/);
    faults = 0;
  });

  it('retries a dropped connection', async () => {
    drops = 2;
    const client = new RegistryClient({ credentials: good, backoffMs: 1 });
    expect((await client.getManifest(parseReference(tag()), sha(index))).digest).toBe(sha(index));
    expect(drops).toBe(0);
    expect(client.retryStats()).toMatchObject({ faults: 2, requestsRetried: 1 });
  });

  it('cuts off a hung attempt and retries it', async () => {
    hangs = 1;
    const client = new RegistryClient({ credentials: good, backoffMs: 1, attemptTimeoutMs: 300 });
    const started = performance.now();
    expect((await client.getManifest(parseReference(tag()), sha(index))).digest).toBe(sha(index));
    expect(performance.now() - started).toBeGreaterThanOrEqual(290);
    expect(client.retryStats().faults).toBe(1);
  });

  it('does not retry a manifest that is not there', async () => {
    const client = new RegistryClient({ credentials: good, backoffMs: 1 });
    const before = seen.length;
    await expect(client.getManifest(parseReference(tag()), 'no-such-tag')).rejects.toMatchObject({ status: 404 });
    // The anonymous try, the token, the authorized try: nothing more.
    expect(seen.length - before).toBe(3);
    expect(client.retryStats().faults).toBe(0);
  });

  it('rejects content that does not match the digest asked for', async () => {
    const client = new RegistryClient({ credentials: good });
    const wrong = `sha256:${'0'.repeat(64)}`;
    await expect(client.getManifest(parseReference(tag()), wrong)).rejects.toThrow(/content does not match/);
  });
});

describe('RegistryClient writes (blob upload, manifest PUT, HEAD) against a local token-auth registry', () => {
  let server: http.Server;
  let base: string;
  const stored = new Map<string, Buffer>();
  const seen: string[] = [];
  const tokens: string[] = [];

  beforeAll(async () => {
    server = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const url = new URL(req.url ?? '/', 'http://x');
        const body = Buffer.concat(chunks);
        if (url.pathname === '/token') {
          tokens.push(url.searchParams.get('scope') ?? '');
          res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ token: `tok-${url.searchParams.get('scope')}` }));
          return;
        }
        seen.push(`${req.method} ${url.pathname}${url.search} ${body.length}`);
        // As distribution's token auth: a read needs pull, a write pull,push.
        const scope = req.method === 'GET' || req.method === 'HEAD' ? 'repository:acme/app:pull' : 'repository:acme/app:pull,push';
        const auth = req.headers.authorization ?? '';
        if (auth !== `Bearer tok-${scope}` && auth !== 'Bearer tok-repository:acme/app:pull,push') {
          res.writeHead(401, { 'www-authenticate': `Bearer realm="${base}/token",service="local",scope="${scope}"` }).end();
          return;
        }
        if (req.method === 'POST' && url.pathname === '/v2/acme/app/blobs/uploads/') {
          res.writeHead(202, { location: '/v2/acme/app/blobs/uploads/u1?_state=abc' }).end();
          return;
        }
        if (req.method === 'PUT' && url.pathname === '/v2/acme/app/blobs/uploads/u1') {
          const digest = url.searchParams.get('digest') ?? '';
          stored.set(`blobs/${digest}`, body);
          res.writeHead(sha(body.toString('utf8')) === digest && url.searchParams.get('_state') === 'abc' ? 201 : 400).end();
          return;
        }
        const m = /^\/v2\/acme\/app\/(manifests|blobs)\/(.+)$/.exec(url.pathname);
        if (m && req.method === 'PUT') {
          stored.set(`${m[1]}/${m[2]}`, body);
          res.writeHead(req.headers['content-type'] === 'application/vnd.oci.image.manifest.v1+json' ? 201 : 400).end();
          return;
        }
        const hit = m && stored.get(`${m[1]}/${m[2]}`);
        if (!hit) {
          res.writeHead(404).end();
          return;
        }
        res.writeHead(200, { 'docker-content-digest': sha(hit.toString('utf8')) }).end(req.method === 'HEAD' ? undefined : hit);
      });
    });
    await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>(resolve => (server.closeAllConnections(), server.close(() => resolve()))));

  it('uploads a blob (POST, then PUT to the Location with the digest), PUTs a manifest, and HEADs it, with a push-scoped token', async () => {
    const ref = parseReference(`127.0.0.1:${new URL(base).port}/acme/app:x`);
    const client = new RegistryClient({ credentials: async () => ({ username: 'ci', password: 'p' }) });
    expect(await client.headManifest(ref, 'hoist-size-history')).toBeUndefined();
    const data = Buffer.from('{"points":[]}');
    const digest = await client.putBlob(ref, data);
    expect(digest).toBe(sha(data.toString('utf8')));
    expect(stored.get(`blobs/${digest}`)).toEqual(data);
    // A blob the registry has is not sent again. (The first POST met a 401: the token cached was the HEAD's pull-only one.)
    expect(seen.filter(s => s.startsWith('POST'))).toHaveLength(2);
    await client.putBlob(ref, data);
    expect(seen.filter(s => s.startsWith('POST'))).toHaveLength(2);
    const manifest = Buffer.from(JSON.stringify({ schemaVersion: 2, layers: [{ digest }] }));
    const put = await client.putManifest(ref, 'hoist-size-history', 'application/vnd.oci.image.manifest.v1+json', manifest);
    expect(put).toBe(sha(manifest.toString('utf8')));
    expect(await client.headManifest(ref, 'hoist-size-history')).toBe(put);
    expect(seen.filter(s => !s.startsWith('HEAD'))).toEqual(
      expect.arrayContaining([
        'POST /v2/acme/app/blobs/uploads/ 0',
        `PUT /v2/acme/app/blobs/uploads/u1?_state=abc&digest=${encodeURIComponent(digest)} ${data.length}`,
        `PUT /v2/acme/app/manifests/hoist-size-history ${manifest.length}`
      ])
    );
    expect(tokens).toContain('repository:acme/app:pull,push');
  });
});

describe('RegistryClient: plain HTTP on loopback', () => {
  /** A transport that refuses TLS as a plain-HTTP server makes it fail, and records every URL asked. */
  const plainServer = (asked: string[]) => async (url: URL) => {
    asked.push(`${url.protocol}//${url.host}`);
    if (url.protocol === 'https:') throw Object.assign(new Error('write EPROTO 0:error:0A00010B:SSL routines:ssl3_get_record:wrong version number'), { code: 'EPROTO' });
    return { status: 404, headers: {}, body: Buffer.from('{}') };
  };

  it('tries TLS first, then remembers plain HTTP; a later client given plainHttpHosts() asks over HTTP at once', async () => {
    const asked: string[] = [];
    const first = new RegistryClient({ transport: plainServer(asked), attempts: 1 });
    await first.headManifest(parseReference('127.0.0.1:5000/acme/app'), 'x');
    expect(asked).toEqual(['https://127.0.0.1:5000', 'http://127.0.0.1:5000']);
    expect(first.plainHttpHosts()).toEqual(['127.0.0.1:5000']);

    const later: string[] = [];
    await new RegistryClient({ transport: plainServer(later), attempts: 1, plainHttp: first.plainHttpHosts() }).headManifest(parseReference('127.0.0.1:5000/acme/app'), 'x');
    expect(later).toEqual(['http://127.0.0.1:5000']);
  });

  it('never takes plain HTTP for a host that is not loopback, whatever it is given', async () => {
    const asked: string[] = [];
    const client = new RegistryClient({ transport: async url => (asked.push(url.protocol), { status: 404, headers: {}, body: Buffer.from('{}') }), attempts: 1, plainHttp: ['registry.example.com'] });
    await client.headManifest(parseReference('registry.example.com/acme/app'), 'x');
    expect(asked).toEqual(['https:']);
    expect(client.plainHttpHosts()).toEqual([]);
  });
});
