/**
 * An in-memory registry behind a RegistryClient transport: manifests and blobs by
 * digest and tag (Range requests answered), the tag list, and the `/v2/` ping a login
 * is checked with (Basic auth, when a login is required); HEAD, blob uploads (POST, then
 * PUT with the digest) and manifest PUTs. Everything else is a 404.
 */
import { gzipSync } from 'node:zlib';
import { RegistryClient } from '../../src/registry/client.js';
import type { HttpTransport } from '../../src/registry/http.js';
import { sha } from './exec.js';

export class MemoryRegistry {
  private readonly content = new Map<string, Buffer>();
  private readonly tags = new Map<string, Set<string>>();
  private readonly logins = new Map<string, string>();
  /** Every request, `GET /v2/…`, oldest first. */
  readonly requests: string[] = [];

  /** Called before each write (POST, PUT) is done; what it returns, if anything, is the answer instead. */
  beforeWrite?: (request: string) => Awaited<ReturnType<HttpTransport>> | undefined | Promise<Awaited<ReturnType<HttpTransport>> | undefined>;
  private uploads = 0;

  readonly transport: HttpTransport = async (url, request) => {
    const method = request?.method ?? 'GET';
    this.requests.push(`${method} ${url.pathname}${url.search}`);
    if (url.pathname === '/v2/') return this.ping(request?.headers?.authorization);
    if (method === 'POST' || method === 'PUT') {
      const answer = await this.beforeWrite?.(`${method} ${url.pathname}`);
      return answer ?? this.write(method, url, request?.body ?? Buffer.alloc(0), request?.headers?.['content-type']);
    }
    const list = /^\/v2\/(.+)\/tags\/list$/.exec(url.pathname);
    if (list) {
      const tags = this.tags.get(list[1]);
      if (!tags) return { status: 404, headers: {}, body: Buffer.from('{"errors":[{"code":"NAME_UNKNOWN"}]}') };
      return { status: 200, headers: { 'content-type': 'application/json' }, body: Buffer.from(JSON.stringify({ name: list[1], tags: [...tags] })) };
    }
    const m = /^\/v2\/(.+)\/(manifests|blobs)\/([^/]+)$/.exec(url.pathname);
    const body = m && this.content.get(`${m[1]}/${m[2]}/${m[3]}`);
    if (!body) return { status: 404, headers: {}, body: Buffer.from('{"errors":[{"code":"MANIFEST_UNKNOWN"}]}') };
    if (method === 'HEAD') return { status: 200, headers: { 'docker-content-digest': sha(body), 'content-length': String(body.length) }, body: Buffer.alloc(0) };
    const range = /^bytes=(\d+)-(\d+)$/.exec(request?.headers?.range ?? '');
    if (range) return { status: 206, headers: {}, body: body.subarray(Number(range[1]), Number(range[2]) + 1) };
    return { status: 200, headers: { 'content-type': 'application/json' }, body };
  };

  /** `POST /blobs/uploads/` → 202 + Location; `PUT <location>?digest=` stores the blob (its digest checked); `PUT /manifests/<ref>` stores and tags. */
  private write(method: string, url: URL, body: Buffer, contentType: string | undefined): Awaited<ReturnType<HttpTransport>> {
    const start = /^\/v2\/(.+)\/blobs\/uploads\/$/.exec(url.pathname);
    if (method === 'POST' && start) return { status: 202, headers: { location: `/v2/${start[1]}/blobs/uploads/u${++this.uploads}?_state=x` }, body: Buffer.alloc(0) };
    const upload = /^\/v2\/(.+)\/blobs\/uploads\/[^/]+$/.exec(url.pathname);
    const digest = url.searchParams.get('digest');
    if (method === 'PUT' && upload && digest) {
      if (sha(body) !== digest) return { status: 400, headers: {}, body: Buffer.from('{"errors":[{"code":"DIGEST_INVALID"}]}') };
      this.content.set(`${upload[1]}/blobs/${digest}`, body);
      return { status: 201, headers: { 'docker-content-digest': digest }, body: Buffer.alloc(0) };
    }
    const manifest = /^\/v2\/(.+)\/manifests\/([^/]+)$/.exec(url.pathname);
    if (method === 'PUT' && manifest) {
      const parsed = JSON.parse(body.toString('utf8')) as { mediaType?: string; config?: { digest: string }; layers?: Array<{ digest: string }> };
      const missing = [parsed.config, ...(parsed.layers ?? [])].filter(d => d && !this.content.has(`${manifest[1]}/blobs/${d.digest}`));
      if (missing.length > 0 || parsed.mediaType !== contentType) return { status: 400, headers: {}, body: Buffer.from('{"errors":[{"code":"MANIFEST_BLOB_UNKNOWN"}]}') };
      this.content.set(`${manifest[1]}/manifests/${sha(body)}`, body);
      this.content.set(`${manifest[1]}/manifests/${manifest[2]}`, body);
      this.tag(manifest[1], manifest[2]);
      return { status: 201, headers: { 'docker-content-digest': sha(body) }, body: Buffer.alloc(0) };
    }
    return { status: 404, headers: {}, body: Buffer.from('{"errors":[{"code":"UNSUPPORTED"}]}') };
  }

  /** The bytes stored under a repository's `manifests/<ref>` or `blobs/<digest>`. */
  stored(repo: string, kind: 'manifests' | 'blobs', reference: string): Buffer | undefined {
    return this.content.get(`${repo}/${kind}/${reference}`);
  }

  /** A client of this registry that tries each request once. */
  client(): RegistryClient {
    return new RegistryClient({ transport: this.transport, attempts: 1 });
  }

  /** From now on `/v2/` asks for Basic credentials, and takes these. */
  requireLogin(username: string, password: string): void {
    this.logins.set(username, password);
  }

  private ping(authorization: string | undefined): ReturnType<HttpTransport> {
    const challenge = { status: 401, headers: { 'www-authenticate': 'Basic realm="memory"' }, body: Buffer.from('{"errors":[{"code":"UNAUTHORIZED"}]}') };
    if (this.logins.size === 0) return Promise.resolve({ status: 200, headers: {}, body: Buffer.from('{}') });
    if (!authorization?.startsWith('Basic ')) return Promise.resolve(challenge);
    const [username, ...rest] = Buffer.from(authorization.slice('Basic '.length), 'base64').toString('utf8').split(':');
    return Promise.resolve(this.logins.get(username) === rest.join(':') ? { status: 200, headers: {}, body: Buffer.from('{}') } : challenge);
  }

  /** A tag with no content, for the tag list only. */
  tag(repo: string, tag: string): void {
    this.tags.set(repo, new Set([...(this.tags.get(repo) ?? []), tag]));
  }

  private blob(repo: string, body: Buffer): { digest: string; size: number } {
    this.content.set(`${repo}/blobs/${sha(body)}`, body);
    return { digest: sha(body), size: body.length };
  }

  private manifest(repo: string, body: unknown, tag?: string): { digest: string; size: number } {
    const bytes = Buffer.from(JSON.stringify(body));
    this.content.set(`${repo}/manifests/${sha(bytes)}`, bytes);
    if (tag) {
      this.content.set(`${repo}/manifests/${tag}`, bytes);
      this.tag(repo, tag);
    }
    return { digest: sha(bytes), size: bytes.length };
  }

  /**
   * A one-platform image (linux/amd64 unless `platform` says) whose one gzip layer
   * unpacks to `bytes` bytes, tagged as a one-platform index (or as the bare image
   * manifest, as hoist's mounts image is); returns the tagged digest. Its history says
   * `COPY app /app` made the layer, unless `createdBy` says otherwise.
   */
  putImage(repo: string, tag: string, bytes: number, options: { labels?: Record<string, string>; index?: boolean; platform?: string; createdBy?: string } = {}): string {
    const labels = options.labels ?? {};
    const [os, architecture] = (options.platform ?? 'linux/amd64').split('/');
    const config = this.blob(repo, Buffer.from(JSON.stringify({ os, architecture, config: { Labels: labels }, history: [{ created_by: options.createdBy ?? 'COPY app /app # buildkit' }] })));
    const layer = this.blob(repo, gzipSync(Buffer.alloc(bytes, 7)));
    const image = this.manifest(
      repo,
      {
        schemaVersion: 2,
        mediaType: 'application/vnd.oci.image.manifest.v1+json',
        config: { mediaType: 'application/vnd.oci.image.config.v1+json', ...config },
        layers: [{ mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip', ...layer }]
      },
      options.index === false ? tag : undefined
    );
    if (options.index === false) return image.digest;
    const index = this.manifest(
      repo,
      {
        schemaVersion: 2,
        mediaType: 'application/vnd.oci.image.index.v1+json',
        manifests: [{ mediaType: 'application/vnd.oci.image.manifest.v1+json', ...image, platform: { os, architecture } }]
      },
      tag
    );
    return index.digest;
  }
}
