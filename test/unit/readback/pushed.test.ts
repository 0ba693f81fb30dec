// readBackPushed (readback/pushed.ts): the pushed image read from an in-memory registry; nothing pushed is said, an unreadable registry warns.
import { describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { readBackPushed } from '../../../src/readback/pushed.js';
import { RegistryClient } from '../../../src/registry/client.js';
import type { HttpResponse, HttpTransport } from '../../../src/registry/http.js';
import { FakeRunner } from '../../helpers/runner.js';

const MANIFEST = 'application/vnd.oci.image.manifest.v1+json';
const GZ = 'application/vnd.oci.image.layer.v1.tar+gzip';
const sha = (b: Buffer): string => `sha256:${createHash('sha256').update(b).digest('hex')}`;

/** An anonymous registry at registry.test holding acme/app's content by digest; `fault` answers every request instead. */
function memoryRegistry(fault?: () => Promise<HttpResponse>): { transport: HttpTransport; put: (body: Buffer | object) => { digest: string; size: number }; requests: string[] } {
  const content = new Map<string, Buffer>();
  const requests: string[] = [];
  const transport: HttpTransport = async (url, request) => {
    requests.push(`${url.host}${url.pathname}`);
    if (fault) return fault();
    const m = /^\/v2\/acme\/app\/(?:manifests|blobs)\/(.+)$/.exec(url.pathname);
    const body = m && content.get(m[1]);
    if (!body) return { status: 404, headers: {}, body: Buffer.from('{"errors":[{"code":"MANIFEST_UNKNOWN"}]}') };
    const range = /^bytes=(\d+)-(\d+)$/.exec(request?.headers?.range ?? '');
    if (range) return { status: 206, headers: {}, body: body.subarray(Number(range[1]), Number(range[2]) + 1) };
    return { status: 200, headers: {}, body };
  };
  const put = (body: Buffer | object) => {
    const bytes = Buffer.isBuffer(body) ? body : Buffer.from(JSON.stringify(body));
    content.set(sha(bytes), bytes);
    return { digest: sha(bytes), size: bytes.length };
  };
  return { transport, put, requests };
}

const client = (transport: HttpTransport) => new RegistryClient({ transport, attempts: 1 });
const DIGEST = `sha256:${'d'.repeat(64)}`;

describe('readBackPushed', () => {
  it.each<[string | undefined, string | undefined]>([
    [undefined, DIGEST],
    ['registry.test/acme/app:1', undefined],
    ['', '']
  ])('says nothing was pushed without a tag or a digest (tag %j, digest %j), and asks no registry', async (tag, digest) => {
    const registry = memoryRegistry();
    const runner = new FakeRunner({});
    await expect(readBackPushed(runner, client(registry.transport), tag, digest)).resolves.toBeUndefined();
    expect(runner.events).toEqual([{ kind: 'info', text: 'nothing pushed: platform-digests is empty and there is no size report (sizes are read from the registry)' }]);
    expect(registry.requests).toEqual([]);
  });

  it('reads the pushed image by the digest buildx reported', async () => {
    const registry = memoryRegistry();
    const config = registry.put({ os: 'linux', architecture: 'arm64', variant: 'v8', history: [{ created_by: '/bin/sh -c go build -o /app . # buildkit' }] });
    const layer = registry.put(gzipSync(Buffer.alloc(40_000, 3)));
    const manifest = registry.put({ schemaVersion: 2, mediaType: MANIFEST, config: { mediaType: 'application/vnd.oci.image.config.v1+json', ...config }, layers: [{ mediaType: GZ, ...layer }] });
    const runner = new FakeRunner({});

    const image = await readBackPushed(runner, client(registry.transport), 'registry.test/acme/app:1', manifest.digest);
    expect(image).toEqual({
      reference: `registry.test/acme/app@${manifest.digest}`,
      digest: manifest.digest,
      platforms: [
        {
          platform: 'linux/arm64/v8',
          digest: manifest.digest,
          manifestBytes: manifest.size,
          config,
          history: [{ createdBy: '/bin/sh -c go build -o /app . # buildkit', emptyLayer: false }],
          layers: [{ digest: layer.digest, size: layer.size, mediaType: GZ, uncompressed: 40_000, instruction: 'RUN go build -o /app .' }]
        }
      ],
      attestations: []
    });
    expect(runner.events).toEqual([]);
  });

  it('warns when the digest is not in the registry: the push went through, the read did not', async () => {
    const runner = new FakeRunner({});
    await expect(readBackPushed(runner, client(memoryRegistry().transport), 'registry.test/acme/app:1', DIGEST)).resolves.toBeUndefined();
    expect(runner.events).toEqual([
      { kind: 'warning', text: `the image was pushed, but reading it back from the registry failed: registry.test/acme/app:1@${DIGEST} is not in the registry`, annotation: undefined }
    ]);
  });

  it('warns with the registry failure, after the one attempt allowed', async () => {
    const registry = memoryRegistry(async () => ({ status: 503, headers: {}, body: Buffer.alloc(0) }));
    const runner = new FakeRunner({});
    await expect(readBackPushed(runner, client(registry.transport), 'registry.test/acme/app:1', DIGEST)).resolves.toBeUndefined();
    expect(runner.texts('warning')).toEqual([
      `the image was pushed, but reading it back from the registry failed: registry.test/acme/app/manifests/${DIGEST} answered HTTP 503 (gave up after 1 attempt)`
    ]);
    expect(registry.requests).toEqual([`registry.test/v2/acme/app/manifests/${DIGEST}`]);
  });

  it('warns when the registry cannot be reached', async () => {
    const registry = memoryRegistry(() => Promise.reject(Object.assign(new Error('getaddrinfo ENOTFOUND registry.test'), { code: 'ENOTFOUND' })));
    const runner = new FakeRunner({});
    await readBackPushed(runner, client(registry.transport), 'registry.test/acme/app:1', DIGEST);
    expect(runner.texts('warning')).toEqual(['the image was pushed, but reading it back from the registry failed: getaddrinfo ENOTFOUND registry.test']);
  });

  it('warns of a tag it cannot parse instead of throwing', async () => {
    const runner = new FakeRunner({});
    await expect(readBackPushed(runner, client(memoryRegistry().transport), 'registry.test/Acme/App:1', DIGEST)).resolves.toBeUndefined();
    expect(runner.texts('warning')).toEqual([
      "the image was pushed, but reading it back from the registry failed: the repository 'Acme/App' has uppercase letters; repository names must be lowercase (e.g. 'acme/app')"
    ]);
  });
});
