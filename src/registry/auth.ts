import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Exec } from '../util/exec.js';

export interface Credentials {
  username: string;
  password: string;
}

/** Finds credentials for a registry host; undefined means anonymous. */
export type CredentialSource = (host: string) => Promise<Credentials | undefined>;

export interface Challenge {
  scheme: string;
  params: Record<string, string>;
}

/** `Bearer realm="https://x/token",service="x",scope="repository:a:pull"` → scheme + params. */
export function parseChallenge(header: string): Challenge | undefined {
  const m = /^\s*(\w+)\s*(.*)$/.exec(header);
  if (!m) return undefined;
  const params: Record<string, string> = {};
  for (const p of m[2].matchAll(/([\w-]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^,\s]*))/g)) {
    params[p[1].toLowerCase()] = (p[2] ?? p[3] ?? '').replace(/\\(.)/g, '$1');
  }
  return { scheme: m[1].toLowerCase(), params };
}

interface DockerConfig {
  auths?: Record<string, { auth?: string; username?: string; password?: string; identitytoken?: string }>;
  credHelpers?: Record<string, string>;
  credsStore?: string;
}

const DOCKER_HUB_HOSTS = ['docker.io', 'index.docker.io', 'registry-1.docker.io'];

/** The key `docker login` stores a registry under: Docker Hub's legacy URL, else the host. */
export function loginKey(host: string): string {
  return DOCKER_HUB_HOSTS.includes(host) ? 'https://index.docker.io/v1/' : host;
}

/** The keys docker itself may have stored a host under, `docker login`'s first. */
function configKeys(host: string): string[] {
  if (DOCKER_HUB_HOSTS.includes(host)) return [loginKey(host), 'index.docker.io', 'docker.io', 'registry-1.docker.io'];
  return [loginKey(host), `https://${host}`, `http://${host}`, `https://${host}/v1/`, `https://${host}/v2/`];
}

/**
 * Credentials the way `docker login` stored them: the config file's `auths`, then a
 * credential helper (credHelpers/credsStore), so hoist reads what docker/login-action wrote.
 */
export function dockerConfigCredentials(run: Exec, configDir: string | (() => string)): CredentialSource {
  return async host => {
    let config: DockerConfig;
    try {
      // Read at each use: hoist's own login points DOCKER_CONFIG at a config of its own after the client is made.
      const dir = typeof configDir === 'string' ? configDir : configDir();
      config = JSON.parse(fs.readFileSync(path.join(dir, 'config.json'), 'utf8')) as DockerConfig;
    } catch {
      return undefined;
    }
    const keys = configKeys(host);
    const helper = keys.map(k => config.credHelpers?.[k]).find(Boolean) ?? config.credsStore;
    for (const key of keys) {
      const entry = config.auths?.[key];
      if (!entry) continue;
      if (entry.auth) {
        const decoded = Buffer.from(entry.auth, 'base64').toString('utf8');
        const colon = decoded.indexOf(':');
        if (colon > 0) return { username: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
      }
      if (entry.username && entry.password) return { username: entry.username, password: entry.password };
    }
    if (helper) {
      for (const key of keys.slice(0, 2)) {
        const result = await run(`docker-credential-${helper}`, ['get'], { input: key });
        if (result.exitCode !== 0) continue;
        const found = JSON.parse(result.stdout) as { Username?: string; Secret?: string };
        if (found.Username && found.Secret) return { username: found.Username, password: found.Secret };
      }
    }
    return undefined;
  };
}
