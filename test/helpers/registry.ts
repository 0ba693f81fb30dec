/**
 * An in-memory registry behind a RegistryClient transport: manifests and blobs by
 * digest and tag (Range requests answered), the tag list, and the `/v2/` ping a login
 * is checked with (Basic auth, when a login is required). Everything else is a 404.
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

  readonly transport: HttpTransport = async (url, request) => {
    this.requests.push(`${request?.method ?? 'GET'} ${url.pathname}${url.search}`);
    if (url.pathname === '/v2/') return this.ping(request?.headers?.authorization);
    const list = /^\/v2\/(.+)\/tags\/list$/.exec(url.pathname);
    if (list) {
      const tags = this.tags.get(list[1]);
      if (!tags) return { status: 404, headers: {}, body: Buffer.from('{"errors":[{"code":"NAME_UNKNOWN"}]}') };
      return { status: 200, headers: { 'content-type': 'application/json' }, body: Buffer.from(JSON.stringify({ name: list[1], tags: [...tags] })) };
    }
    const m = /^\/v2\/(.+)\/(manifests|blobs)\/([^/]+)$/.exec(url.pathname);
    const body = m && this.content.get(`${m[1]}/${m[2]}/${m[3]}`);
    if (!body) return { status: 404, headers: {}, body: Buffer.from('{"errors":[{"code":"MANIFEST_UNKNOWN"}]}') };
    const range = /^bytes=(\d+)-(\d+)$/.exec(request?.headers?.range ?? '');
    if (range) return { status: 206, headers: {}, body: body.subarray(Number(range[1]), Number(range[2]) + 1) };
    return { status: 200, headers: { 'content-type': 'application/json' }, body };
  };

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
