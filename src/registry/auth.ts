/**
 * Registry credentials as docker and buildx find them: the docker config (auths, credential
 * helpers), and the scoped configs under buildx's config directory that login-action's `scope` writes.
 * Follows docker/buildx v0.36.1: util/dockerutil/dockerconfig/configprovider.go.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Exec } from '../util/exec.js';

export interface Credentials {
  username: string;
  password: string;
}

/**
 * Finds credentials for a registry host; undefined means anonymous. `scopes` are those of
 * the token request they are for (`repository:acme/app:pull`): buildx picks a scoped
 * login's config by them; a Basic login asks without any, as BuildKit's does.
 */
export type CredentialSource = (host: string, scopes?: string[]) => Promise<Credentials | undefined>;

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
 * With a buildx config directory, a scoped login (login-action's `scope`) there is taken
 * where buildx would take it (scopedConfigFor), so hoist's reads use the login buildx's do.
 */
export function dockerConfigCredentials(run: Exec, configDir: string | (() => string), buildxConfigDir?: () => string): CredentialSource {
  return async (host, scopes) => {
    let config: DockerConfig;
    try {
      // Read at each use: hoist's own login points DOCKER_CONFIG at a config of its own after the client is made.
      const dir = (buildxConfigDir && scopedConfigFor(buildxConfigDir(), host, scopes)) ?? (typeof configDir === 'string' ? configDir : configDir());
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

/** A directory under `<buildx config>/config`, read as buildx reads its name: `<host>[/<repo>][@<action>,…]`. */
export interface ScopedConfig {
  host: string;
  repo: string;
  actions: string[];
}

export function parseScopedConfigKey(key: string): ScopedConfig {
  const at = key.indexOf('@');
  const main = at < 0 ? key : key.slice(0, at);
  const actions =
    at < 0
      ? []
      : [
          ...new Set(
            key
              .slice(at + 1)
              .split(',')
              .map(a => a.trim())
              .filter(Boolean)
          )
        ];
  const slash = main.indexOf('/');
  return slash < 0 ? { host: main, repo: '', actions } : { host: main.slice(0, slash), repo: main.slice(slash + 1), actions };
}

/** A token request's scopes (`repository:acme/app:pull,push`, several per string when space-separated) → resource → actions; undefined when one is empty, as buildx's parseScopes. */
export function parseTokenScopes(scopes: string[]): Map<string, Set<string>> | undefined {
  const parsed = new Map<string, Set<string>>();
  for (const text of scopes) {
    if (text === '') return undefined;
    for (const scope of text.split(' ')) {
      const [type, name, actions] = splitN(scope, ':', 3);
      const resource = name === undefined ? type : `${type}:${name}`;
      const set = parsed.get(resource) ?? new Set<string>();
      for (const a of actions?.split(',') ?? []) set.add(a);
      parsed.set(resource, set);
    }
  }
  return parsed;
}

function splitN(text: string, sep: string, n: number): string[] {
  const parts = text.split(sep);
  return parts.length <= n ? parts : [...parts.slice(0, n - 1), parts.slice(n - 1).join(sep)];
}

/** Whether a scoped config answers a token request: its repository is asked for, and every action it names is asked for there. */
export function matchesScopes(config: ScopedConfig, request: Map<string, Set<string>>): boolean {
  if (config.repo && !request.has(`repository:${config.repo}`)) return false;
  if (config.actions.length === 0) return true;
  // Without a repository, one resource of the request must carry all the actions.
  if (!config.repo) return [...request.values()].some(actions => config.actions.every(a => actions.has(a)));
  const asked = request.get(`repository:${config.repo}`) ?? new Set<string>();
  return config.actions.every(a => asked.has(a));
}

/** Docker Hub's host as buildx asks for it (and names its scoped directory). */
const hubHost = (host: string): string => (DOCKER_HUB_HOSTS.includes(host) ? 'registry-1.docker.io' : host);

/**
 * The scoped config buildx would read for this token request, or undefined for the
 * default one. As buildx's authConfigProvider (v0.31.0+, util/dockerutil/dockerconfig/
 * configprovider.go): only a request for exactly one resource picks one; among those that
 * match, one with a repository first, then the one naming more actions.
 */
export function scopedConfigFor(buildxConfigDir: string, host: string, scopes: string[] | undefined): string | undefined {
  const request = parseTokenScopes(scopes ?? []);
  if (!request || request.size !== 1) return undefined;
  const base = path.join(buildxConfigDir, 'config');
  const candidates = configFiles(base)
    .map(dir => ({ dir, config: parseScopedConfigKey(path.relative(base, dir).split(path.sep).join('/')) }))
    .filter(c => c.config.host === hubHost(host) && matchesScopes(c.config, request));
  candidates.sort((a, b) => (a.config.repo === b.config.repo ? b.config.actions.length - a.config.actions.length : a.config.repo < b.config.repo ? 1 : -1));
  return candidates[0]?.dir;
}

/** Every directory under `base` that holds a config.json (none when there is no such directory). */
function configFiles(base: string): string[] {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(base, { withFileTypes: true, recursive: true });
  } catch {
    return [];
  }
  return entries.filter(e => !e.isDirectory() && e.name === 'config.json').map(e => e.parentPath);
}
