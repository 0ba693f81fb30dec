import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { parseChallenge, type CredentialSource, type Credentials } from './auth.js';
import { RegistryError } from './errors.js';
import { header, nodeTransport, type HttpResponse, type HttpTransport } from './http.js';
import { registryHost, type ImageReference } from './reference.js';
import { DEFAULT_RETRY_POLICY, realClock, RetryBudget, sendWithRetries, type RetryClock, type RetryPolicy } from './retry.js';

export { RegistryError };

const MANIFEST_TYPES = {
  ociIndex: 'application/vnd.oci.image.index.v1+json',
  dockerList: 'application/vnd.docker.distribution.manifest.list.v2+json',
  ociManifest: 'application/vnd.oci.image.manifest.v1+json',
  dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json'
} as const;

export interface Descriptor {
  mediaType: string;
  digest: string;
  size: number;
  platform?: { os: string; architecture: string; variant?: string };
  annotations?: Record<string, string>;
}

export interface Manifest {
  mediaType?: string;
  manifests?: Descriptor[];
  config?: Descriptor;
  layers?: Descriptor[];
}

/** BuildKit's attestation manifests sit in the index as `unknown/unknown`; they are not platforms. */
export function isAttestation(d: Descriptor): boolean {
  return d.annotations?.['vnd.docker.reference.type'] === 'attestation-manifest' || (d.platform?.os === 'unknown' && d.platform?.architecture === 'unknown');
}

export function isIndex(mediaType: string, manifest: Manifest): boolean {
  return Array.isArray(manifest.manifests) || /index|manifest\.list/.test(mediaType);
}

export interface FetchedManifest {
  digest: string;
  mediaType: string;
  manifest: Manifest;
  bytes: number;
}

/** Options; the retry policy's fields (src/registry/retry.ts) default to DEFAULT_RETRY_POLICY. */
export interface RegistryClientOptions extends Partial<RetryPolicy> {
  credentials?: CredentialSource;
  transport?: HttpTransport;
  /** Time, sleeps and jitter; tests give their own. */
  clock?: RetryClock;
  /** Loopback hosts an earlier client found speaking plain HTTP (plainHttpHosts()): asked over HTTP at once, without the TLS attempt. */
  plainHttp?: string[];
}

/** What faults cost a client so far: failed attempts, requests that needed a retry, and the retry budget spent. */
export interface RetryStats {
  faults: number;
  requestsRetried: number;
  spentMs: number;
  budgetMs: number;
}

/** Loopback registries may speak plain HTTP, as docker allows for them without configuration. */
function isLoopbackHost(host: string): boolean {
  const name = host.replace(/:\d+$/, '');
  return name === 'localhost' || name === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(name);
}

/**
 * A small OCI distribution client: manifests and blobs with the auth real registries
 * use (anonymous, Basic, Bearer via the WWW-Authenticate challenge) and one retry
 * policy with one time budget for all its requests (retry.ts), so reporting is as
 * sturdy as the build it reports on and a failing registry costs the step boundedly.
 */
export class RegistryClient {
  private readonly tokens = new Map<string, string>();
  /** The scheme each host answered on; loopback hosts try HTTPS first, as docker does. */
  private readonly schemes = new Map<string, 'http' | 'https'>();
  private readonly policy: RetryPolicy;
  private readonly budget: RetryBudget;
  private readonly clock: RetryClock;
  private readonly transport: HttpTransport;

  constructor(private readonly options: RegistryClientOptions = {}) {
    this.policy = { ...DEFAULT_RETRY_POLICY };
    for (const key of Object.keys(DEFAULT_RETRY_POLICY) as Array<keyof RetryPolicy>) this.policy[key] = options[key] ?? DEFAULT_RETRY_POLICY[key];
    this.clock = options.clock ?? realClock;
    this.budget = new RetryBudget(this.policy.budgetMs, () => this.clock.now());
    this.transport = options.transport ?? nodeTransport();
    for (const host of options.plainHttp ?? []) if (isLoopbackHost(host)) this.schemes.set(host, 'http');
  }

  /** The loopback hosts that answered over plain HTTP, for a later client (the post step's) to start with. */
  plainHttpHosts(): string[] {
    return [...this.schemes].filter(([, scheme]) => scheme === 'http').map(([host]) => host);
  }

  /**
   * A client like this one (transport, retry policy, clock) that never sends a login: for
   * images a less trusted party names (a fork's report), so that it reads only what anyone can.
   */
  anonymous(): RegistryClient {
    return new RegistryClient({ ...this.options, credentials: undefined });
  }

  retryStats(): RetryStats {
    const { faults, requestsRetried, budgetMs } = this.budget;
    return { faults, requestsRetried, spentMs: this.budget.spentMs(), budgetMs };
  }

  /**
   * Content addressed by digest never changes, so each is fetched once per client:
   * layers shared across platforms, and whatever the baseline (read during the
   * build) has in common with the new image, cost nothing the second time.
   */
  private readonly byDigest = new Map<string, Promise<unknown>>();

  private once<T>(ref: ImageReference, key: string, fetch: () => Promise<T>): Promise<T> {
    const id = `${ref.domain}/${ref.path}@${key}`;
    let pending = this.byDigest.get(id) as Promise<T> | undefined;
    if (!pending) {
      pending = fetch();
      this.byDigest.set(id, pending);
      pending.catch(() => this.byDigest.delete(id));
    }
    return pending;
  }

  getManifest(ref: ImageReference, reference: string): Promise<FetchedManifest> {
    return reference.startsWith('sha256:') ? this.once(ref, reference, () => this.fetchManifest(ref, reference)) : this.fetchManifest(ref, reference);
  }

  private async fetchManifest(ref: ImageReference, reference: string): Promise<FetchedManifest> {
    const accept = Object.values(MANIFEST_TYPES).join(', ');
    const response = await this.request(ref, `manifests/${reference}`, { accept });
    const body = response.body;
    const digest = `sha256:${createHash('sha256').update(body).digest('hex')}`;
    if (reference.startsWith('sha256:') && reference !== digest) {
      throw new RegistryError(`manifest ${reference} from ${ref.domain}/${ref.path} has digest ${digest}: content does not match`);
    }
    const manifest = JSON.parse(body.toString('utf8')) as Manifest;
    const mediaType = manifest.mediaType ?? header(response, 'content-type')?.split(';')[0] ?? '';
    return { digest, mediaType, manifest, bytes: body.length };
  }

  /** The repository's tags (`GET /v2/<name>/tags/list`, following `Link` pages); none for a repository that does not exist yet. */
  async listTags(ref: ImageReference): Promise<string[]> {
    const tags: string[] = [];
    let suffix: string | undefined = 'tags/list?n=1000';
    for (let page = 0; suffix && page < 20; page++) {
      let response: HttpResponse;
      try {
        response = await this.request(ref, suffix, { accept: 'application/json' });
      } catch (e) {
        if (e instanceof RegistryError && e.status === 404) return tags;
        throw e;
      }
      tags.push(...((JSON.parse(response.body.toString('utf8')) as { tags?: string[] | null }).tags ?? []));
      // `Link: </v2/<name>/tags/list?last=x&n=1000>; rel="next"`
      const next = /<\/v2\/[^>]*?\/(tags\/list\?[^>]*)>;\s*rel="?next"?/.exec(header(response, 'link') ?? '')?.[1];
      suffix = next;
    }
    return tags;
  }

  getBlob(ref: ImageReference, digest: string): Promise<Buffer> {
    return this.once(ref, digest, async () => (await this.request(ref, `blobs/${digest}`, {})).body);
  }

  /** Bytes [start, end] of a blob (HTTP Range); a registry that ignores Range still works, at a cost. */
  getBlobRange(ref: ImageReference, digest: string, start: number, end: number): Promise<Buffer> {
    return this.once(ref, `${digest}#${start}-${end}`, async () => {
      const response = await this.request(ref, `blobs/${digest}`, { range: `bytes=${start}-${end}` });
      return response.status === 206 ? response.body : response.body.subarray(start, end + 1);
    });
  }

  /** The digest a tag points at now (`HEAD`, `Docker-Content-Digest`), or undefined when there is no such tag. */
  async headManifest(ref: ImageReference, reference: string): Promise<string | undefined> {
    try {
      const response = await this.request(ref, `manifests/${reference}`, { accept: Object.values(MANIFEST_TYPES).join(', ') }, { method: 'HEAD' });
      return header(response, 'docker-content-digest');
    } catch (e) {
      if (e instanceof RegistryError && e.status === 404) return undefined;
      throw e;
    }
  }

  /**
   * Uploads a blob, monolithically (`POST /blobs/uploads/`, then `PUT <location>&digest=`), as the
   * distribution spec's "monolithic upload" in two requests; every registry takes this form, the
   * single-POST one is optional. Skipped when the registry already has it, unless `new` says it
   * cannot have it yet (then the HEAD that asks is one round trip saved). Returns its digest.
   */
  async putBlob(ref: ImageReference, data: Buffer, options: { new?: boolean } = {}): Promise<string> {
    const digest = `sha256:${createHash('sha256').update(data).digest('hex')}`;
    try {
      if (!options.new) {
        await this.request(ref, `blobs/${digest}`, {}, { method: 'HEAD' });
        return digest;
      }
    } catch (e) {
      if (!(e instanceof RegistryError && e.status === 404)) throw e;
    }
    const started = await this.request(ref, 'blobs/uploads/', { 'content-length': '0' }, { method: 'POST', body: Buffer.alloc(0) });
    const location = header(started, 'location');
    if (!location) throw new RegistryError(`${ref.domain}/${ref.path}: the blob upload was accepted without a Location`);
    // The Location is relative or on the same host (distribution, ghcr.io); its query carries the upload's state.
    const url = new URL(location, `https://${registryHost(ref.domain)}`);
    url.searchParams.set('digest', digest);
    await this.request(ref, '', { 'content-type': 'application/octet-stream', 'content-length': String(data.length) }, { method: 'PUT', body: data, pathAndQuery: `${url.pathname}${url.search}` });
    return digest;
  }

  /** `PUT /manifests/<reference>`; returns the digest of what was sent. */
  async putManifest(ref: ImageReference, reference: string, mediaType: string, body: Buffer): Promise<string> {
    await this.request(ref, `manifests/${reference}`, { 'content-type': mediaType, 'content-length': String(body.length) }, { method: 'PUT', body });
    return `sha256:${createHash('sha256').update(body).digest('hex')}`;
  }

  /**
   * A blob as a stream, for one too large to hold (a layer read file by file): retried like
   * any request until its answer starts; what comes after is the reader's to check (its digest).
   */
  async openBlob(ref: ImageReference, digest: string): Promise<Readable> {
    const response = await this.request(ref, `blobs/${digest}`, {}, { stream: true });
    return response.stream ?? Readable.from([response.body]);
  }

  /** One exchange with a registry host; a loopback host that does not speak TLS is retried, once, over HTTP. */
  private async send(host: string, pathAndQuery: string, headers: Record<string, string>, timeoutMs: number, write: Write = {}): Promise<HttpResponse> {
    const scheme = this.schemes.get(host) ?? 'https';
    try {
      const response = await this.transport(new URL(`${scheme}://${host}${pathAndQuery}`), {
        headers,
        timeoutMs,
        ...(write.method ? { method: write.method } : {}),
        ...(write.body ? { body: write.body } : {}),
        ...(write.stream ? { stream: true } : {})
      });
      this.schemes.set(host, scheme);
      return response;
    } catch (e) {
      // Not `!schemes.has(host)`: a request sent beside the first one meets the same TLS error after the first has already switched.
      if (scheme === 'https' && this.schemes.get(host) !== 'https' && isLoopbackHost(host) && speaksPlainHttp(e)) {
        this.schemes.set(host, 'http');
        return this.send(host, pathAndQuery, headers, timeoutMs, write);
      }
      throw describeTlsError(e, host);
    }
  }

  private async request(ref: ImageReference, suffix: string, headers: Record<string, string>, write: Write & { pathAndQuery?: string } = {}): Promise<HttpResponse> {
    const host = registryHost(ref.domain);
    const pathAndQuery = write.pathAndQuery ?? `/v2/${ref.path}/${suffix}`;
    const scopeKey = `${host}/${ref.path}`;
    let authorization = this.tokens.get(scopeKey);
    for (let round = 0; round < 2; round++) {
      const response = await this.withRetries(`${host}/${ref.path}/${suffix}`, timeoutMs =>
        this.send(host, pathAndQuery, { ...headers, ...(authorization ? { authorization } : {}) }, timeoutMs, write)
      );
      if (response.status !== 401 || round === 1) {
        if (response.status >= 200 && response.status < 300) return response;
        throw new RegistryError(
          describeFailure(response.status, host, ref.path, suffix || 'blobs/upload', authorization !== undefined, write.method === 'POST' || write.method === 'PUT' ? 'push' : 'pull'),
          response.status
        );
      }
      const challenge = parseChallenge(header(response, 'www-authenticate') ?? '');
      authorization = await this.authorize(challenge, host, ref.path, write.method);
      this.tokens.set(scopeKey, authorization);
    }
    throw new RegistryError(`unreachable`);
  }

  private async authorize(challenge: ReturnType<typeof parseChallenge>, host: string, repository: string, method = 'GET'): Promise<string> {
    // A write's 401 names `pull,push` in its challenge (distribution, ghcr.io); one that names no scope gets it asked for.
    const scope = challenge?.params.scope ?? `repository:${repository}:${method === 'GET' || method === 'HEAD' ? 'pull' : 'pull,push'}`;
    // A token request names its scope (buildx picks a scoped login by it); Basic asks with none, as BuildKit's Credentials.
    const credentials = await this.options.credentials?.(host, challenge?.scheme === 'bearer' ? [scope] : undefined);
    if (challenge?.scheme === 'basic') {
      if (!credentials) throw new RegistryError(`${host} requires a login: log in first (docker/login-action) or give hoist the registry credentials`, 401);
      return basic(credentials);
    }
    if (challenge?.scheme !== 'bearer' || !challenge.params.realm) {
      throw new RegistryError(`${host} answered 401 without a usable WWW-Authenticate challenge`, 401);
    }
    const response = await this.askTokenService(host, challenge.params, { scope }, credentials);
    if (response.status !== 200) {
      throw new RegistryError(
        response.status === 401 || response.status === 403
          ? `${host}'s token service refused ${credentials ? `the credentials for user '${credentials.username}'` : 'anonymous access'} (HTTP ${response.status}): check the username and password/token`
          : `${host}'s token service answered HTTP ${response.status}`,
        response.status
      );
    }
    const body = JSON.parse(response.body.toString('utf8')) as { token?: string; access_token?: string };
    const token = body.token ?? body.access_token;
    if (!token) throw new RegistryError(`${host}'s token service returned no token`);
    return `Bearer ${token}`;
  }

  /**
   * Checks a login the way `docker login` does, before anything is built: `GET /v2/`,
   * then the same with Basic credentials, or the token service's answer to them (no
   * scope: the login itself, not a repository). Throws a RegistryError naming the host.
   */
  async checkLogin(domain: string, credentials: Credentials): Promise<void> {
    const host = registryHost(domain);
    const ping = await this.withRetries(`${host}/v2/`, timeoutMs => this.send(host, '/v2/', {}, timeoutMs));
    if (ping.status >= 200 && ping.status < 300) return;
    if (ping.status !== 401) throw new RegistryError(`${host}/v2/ answered HTTP ${ping.status}`, ping.status);
    const challenge = parseChallenge(header(ping, 'www-authenticate') ?? '');
    let response: HttpResponse;
    if (challenge?.scheme === 'basic') {
      response = await this.withRetries(`${host}/v2/`, timeoutMs => this.send(host, '/v2/', { authorization: basic(credentials) }, timeoutMs));
    } else if (challenge?.scheme === 'bearer' && challenge.params.realm) {
      response = await this.askTokenService(host, challenge.params, { account: credentials.username }, credentials);
    } else {
      throw new RegistryError(`${host} answered 401 without a usable WWW-Authenticate challenge`, 401);
    }
    if (response.status === 401 || response.status === 403) throw new RegistryError(`${host} refused the credentials for user '${credentials.username}' (HTTP ${response.status})`, response.status);
    if (response.status < 200 || response.status >= 300) throw new RegistryError(`${host} answered HTTP ${response.status} to the login`, response.status);
  }

  /** One request to a Bearer challenge's token service (`realm`, with its `service` and `query`), Basic credentials when there are any. */
  private askTokenService(host: string, challenge: Record<string, string>, query: Record<string, string>, credentials: Credentials | undefined): Promise<HttpResponse> {
    const tokenUrl = new URL(challenge.realm);
    if (challenge.service) tokenUrl.searchParams.set('service', challenge.service);
    for (const [name, value] of Object.entries(query)) tokenUrl.searchParams.set(name, value);
    return this.withRetries(`${host}'s token service`, timeoutMs => this.transport(tokenUrl, { headers: credentials ? { authorization: basic(credentials) } : {}, timeoutMs }));
  }

  private withRetries(what: string, attempt: (timeoutMs: number) => Promise<HttpResponse>): Promise<HttpResponse> {
    return sendWithRetries(what, attempt, this.policy, this.budget, this.clock);
  }
}

/** A request that is not a plain read: its method, and the bytes it sends. */
interface Write {
  method?: 'HEAD' | 'POST' | 'PUT';
  body?: Buffer;
  /** The answer's body as a stream (a layer), not read into memory. */
  stream?: boolean;
}

/** The TLS handshake met a plain-HTTP server (OpenSSL: "wrong version number" / "packet length too long"). */
function speaksPlainHttp(e: unknown): boolean {
  const { code, message } = e as { code?: string; message?: string };
  return code === 'EPROTO' || code === 'ERR_SSL_WRONG_VERSION_NUMBER' || /wrong version number|packet length too long|http request/i.test(message ?? '');
}

function describeTlsError(e: unknown, host: string): unknown {
  const code = (e as { code?: string }).code ?? '';
  if (/CERT|SELF_SIGNED|UNABLE_TO_VERIFY|ERR_TLS_CERT/.test(code)) {
    return new RegistryError(`${host}'s TLS certificate is not trusted (${code}): give node its CA with NODE_EXTRA_CA_CERTS=/path/to/ca.pem`);
  }
  return e;
}

function basic(c: Credentials): string {
  return `Basic ${Buffer.from(`${c.username}:${c.password}`).toString('base64')}`;
}

function describeFailure(status: number, host: string, path: string, suffix: string, authenticated: boolean, rights: 'pull' | 'push'): string {
  if (status === 401 || status === 403) {
    return `${host} refused access to ${path} (HTTP ${status})${authenticated ? `: the credentials lack ${rights} rights` : ': log in first'}`;
  }
  if (status === 404) return `${host}/${path}: ${suffix.split('/')[1]} not found (HTTP 404)`;
  return `${host}/${path}/${suffix} answered HTTP ${status}`;
}
