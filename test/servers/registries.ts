/**
 * Real registries (distribution, Debian's docker-registry) with the auth real
 * registries use, started by the tests on loopback:
 *  - Bearer tokens, as Docker Hub and GHCR do: `auth.token` with a token server
 *    here that checks Basic credentials and signs RS256 JWTs carrying x5c.
 *  - htpasswd Basic over TLS with a self-signed certificate.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { createPrivateKey, createSign, randomUUID, X509Certificate } from 'node:crypto';
import * as fs from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';

export interface TestRegistry {
  host: string;
  username: string;
  password: string;
  /** PEM of the self-signed certificate (TLS registries; also the token signer). */
  certFile: string;
  dir: string;
  stop(): Promise<void>;
}

function selfSigned(dir: string): { cert: string; key: string } {
  const cert = path.join(dir, 'cert.pem');
  const key = path.join(dir, 'key.pem');
  execFileSync(
    'openssl',
    ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', cert, '-days', '2', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1,DNS:localhost'],
    { stdio: 'ignore' }
  );
  return { cert, key };
}

const b64url = (data: Buffer | string): string => Buffer.from(data).toString('base64url');

async function startDistribution(dir: string, config: string, host: string, tls: boolean): Promise<ChildProcess> {
  const file = path.join(dir, 'config.yml');
  fs.writeFileSync(file, config);
  const log = fs.openSync(path.join(dir, 'registry.log'), 'a');
  const child = spawn('docker-registry', ['serve', file], { stdio: ['ignore', log, log] });
  const deadline = Date.now() + 15_000;
  for (;;) {
    const code = await new Promise<number>(resolve => {
      const curl = spawn('curl', ['-s', '-o', '/dev/null', '-w', '%{http_code}', ...(tls ? ['--cacert', path.join(dir, 'cert.pem')] : []), `${tls ? 'https' : 'http'}://${host}/v2/`]);
      let out = '';
      curl.stdout.on('data', d => (out += d));
      curl.on('close', () => resolve(Number(out)));
    });
    if (code === 401 || code === 200) return child;
    if (Date.now() > deadline || child.exitCode !== null) {
      child.kill();
      throw new Error(`registry on ${host} did not start:\n${fs.readFileSync(path.join(dir, 'registry.log'), 'utf8').slice(-2000)}`);
    }
    await new Promise(r => setTimeout(r, 100));
  }
}

function stopper(child: ChildProcess, extra?: http.Server): () => Promise<void> {
  return async () => {
    child.kill();
    await new Promise(r => child.once('exit', r));
    if (extra) await new Promise(r => extra.close(r));
  };
}

/** distribution with `auth.token` on `host`, and a token server that grants what it is asked for to one user. */
export async function startTokenRegistry(host = '127.0.0.1:5001', username = 'ci', password = 'token-registry-pass-4171'): Promise<TestRegistry> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'token-registry-'));
  const { cert, key } = selfSigned(dir);
  const signingKey = createPrivateKey(fs.readFileSync(key));
  const x5c = new X509Certificate(fs.readFileSync(cert)).raw.toString('base64');
  const service = 'hoist-e2e-registry';
  const issuer = 'hoist-e2e-token-server';
  const tokens = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const expected = `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`;
    if (url.pathname !== '/token' || req.headers.authorization !== expected) {
      res.writeHead(401, { 'content-type': 'application/json' }).end('{"errors":[{"code":"UNAUTHORIZED","message":"authentication required"}]}');
      return;
    }
    const access = url.searchParams.getAll('scope').flatMap(scope => {
      const [type, name, actions] = scope.split(':');
      return type && name && actions ? [{ type, name, actions: actions.split(',') }] : [];
    });
    const now = Math.floor(Date.now() / 1000);
    const header = b64url(JSON.stringify({ alg: 'RS256', typ: 'JWT', x5c: [x5c] }));
    const claims = b64url(JSON.stringify({ iss: issuer, sub: username, aud: url.searchParams.get('service') ?? service, exp: now + 300, nbf: now - 10, iat: now, jti: randomUUID(), access }));
    const signature = createSign('RSA-SHA256').update(`${header}.${claims}`).sign(signingKey);
    const token = `${header}.${claims}.${b64url(signature)}`;
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ token, access_token: token, expires_in: 300, issued_at: new Date().toISOString() }));
  });
  await new Promise<void>(r => tokens.listen(0, '127.0.0.1', r));
  const realm = `http://127.0.0.1:${(tokens.address() as AddressInfo).port}/token`;
  const child = await startDistribution(
    dir,
    `version: 0.1
log: {level: warn}
storage: {filesystem: {rootdirectory: ${dir}/data}, delete: {enabled: true}}
http: {addr: ${host}, secret: e2e-token-registry}
auth:
  token: {realm: "${realm}", service: ${service}, issuer: ${issuer}, rootcertbundle: ${cert}}
`,
    host,
    false
  );
  return { host, username, password, certFile: cert, dir, stop: stopper(child, tokens) };
}

/** distribution with htpasswd Basic auth over TLS (self-signed). */
export async function startBasicTlsRegistry(host = '127.0.0.1:5002', username = 'ci', password = 'basic-tls-pass-9932'): Promise<TestRegistry> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'basic-registry-'));
  const { cert, key } = selfSigned(dir);
  // distribution's htpasswd wants bcrypt; Python's crypt (libxcrypt) makes one.
  const hash = execFileSync('python3', ['-W', 'ignore', '-c', 'import crypt,sys; print(crypt.crypt(sys.argv[1], crypt.mksalt(crypt.METHOD_BLOWFISH)))', password], { encoding: 'utf8' }).trim();
  fs.writeFileSync(path.join(dir, 'htpasswd'), `${username}:${hash}\n`);
  const child = await startDistribution(
    dir,
    `version: 0.1
log: {level: warn}
storage: {filesystem: {rootdirectory: ${dir}/data}, delete: {enabled: true}}
http: {addr: ${host}, secret: e2e-basic-registry, tls: {certificate: ${cert}, key: ${key}}}
auth:
  htpasswd: {realm: hoist-e2e, path: ${dir}/htpasswd}
`,
    host,
    true
  );
  return { host, username, password, certFile: cert, dir, stop: stopper(child) };
}

/** A DOCKER_CONFIG as `docker login` leaves it, keeping the machine's buildx plugin and builders reachable. */
export function dockerConfigWith(logins: Array<{ host: string; username: string; password: string }>): { DOCKER_CONFIG: string; BUILDX_CONFIG: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'docker-config-'));
  const auths = Object.fromEntries(logins.map(l => [l.host, { auth: Buffer.from(`${l.username}:${l.password}`).toString('base64') }]));
  fs.writeFileSync(path.join(dir, 'config.json'), JSON.stringify({ auths }, null, 2));
  const home = path.join(os.homedir(), '.docker');
  if (fs.existsSync(path.join(home, 'cli-plugins'))) fs.symlinkSync(path.join(home, 'cli-plugins'), path.join(dir, 'cli-plugins'));
  return { DOCKER_CONFIG: dir, BUILDX_CONFIG: process.env.BUILDX_CONFIG ?? path.join(home, 'buildx') };
}
