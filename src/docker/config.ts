/**
 * A docker config of hoist's own for its logins (docker/login-action writes the user's
 * ~/.docker/config.json instead): the user's config copied (other logins and settings
 * stay), these logins added as `auths`, and the CLI plugins linked so `docker buildx`
 * is still found. The credentials never pass through argv. A login with a `scope` goes
 * instead to the config of buildx's for that scope (login-action's scopeToConfigDir),
 * and the post step takes it out again, as login-action's `docker logout` does.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { scopedConfigDir, type RegistryLogin } from '../plan/login.js';
import { loginKey } from '../registry/auth.js';

interface ConfigFile {
  auths?: Record<string, unknown>;
  credHelpers?: Record<string, string>;
  credsStore?: string;
  [other: string]: unknown;
}

export function writeDockerConfig(dir: string, userDir: string, logins: RegistryLogin[]): void {
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  let config: ConfigFile = {};
  try {
    config = JSON.parse(fs.readFileSync(path.join(userDir, 'config.json'), 'utf8')) as ConfigFile;
  } catch {
    // No config yet (a new runner): start empty.
  }
  const auths = { ...(config.auths ?? {}) };
  const credHelpers = { ...(config.credHelpers ?? {}) };
  for (const login of logins.filter(l => !l.scope)) {
    const key = loginKey(login.registry);
    auths[key] = { auth: Buffer.from(`${login.username}:${login.password}`).toString('base64') };
    // A helper for this registry would be asked instead of the entry just written.
    delete credHelpers[key];
  }
  // A credential store answers for every registry and would hide these entries.
  const { credsStore: _store, ...rest } = config;
  void _store;
  fs.writeFileSync(path.join(dir, 'config.json'), JSON.stringify({ ...rest, auths, ...(Object.keys(credHelpers).length ? { credHelpers } : {}) }, null, 2), { mode: 0o600 });
  linkPlugins(path.join(userDir, 'cli-plugins'), path.join(dir, 'cli-plugins'));
}

/**
 * The user's CLI plugins, each linked where it really lives: the user's config may itself
 * be a step-long one (a downloaded `version` of buildx) that the post step removes, while
 * a login kept with `logout: false` must still find its plugins in the job's later steps.
 */
function linkPlugins(from: string, to: string): void {
  if (!fs.existsSync(from) || fs.existsSync(to)) return;
  fs.mkdirSync(to, { mode: 0o700 });
  for (const entry of fs.readdirSync(from)) {
    let target: string;
    try {
      target = fs.realpathSync(path.join(from, entry));
    } catch {
      continue; // a dangling link: the docker CLI would skip it too
    }
    fs.symlinkSync(target, path.join(to, entry));
  }
}

/** Where hoist's docker config lists the scoped logins it wrote, for the post step. */
const SCOPED_LIST = 'hoist-scoped-logins.json';

interface ScopedEntry {
  /** The scoped config.json. */
  file: string;
  key: string;
  /** Whether hoist made the file (then it goes, with the directories made for it, once it holds nothing else). */
  created: boolean;
  /** `<buildx config>/config`: directories are removed up to it, never it. */
  base: string;
}

/**
 * Each scoped login into `<buildx config>/config/<registry>/<scope>/config.json`, as
 * `docker login` with DOCKER_CONFIG set there leaves it (other entries of that file kept);
 * listed in hoist's docker config `dir` so the post step can take them out.
 */
export function writeScopedLogins(dir: string, buildxConfigDir: string, logins: RegistryLogin[]): string[] {
  const written: ScopedEntry[] = [];
  for (const login of logins) {
    if (!login.scope) continue;
    const scopedDir = scopedConfigDir(buildxConfigDir, login.registry, login.scope);
    const file = path.join(scopedDir, 'config.json');
    const created = !fs.existsSync(file);
    let config: ConfigFile = {};
    if (!created) config = JSON.parse(fs.readFileSync(file, 'utf8')) as ConfigFile;
    const key = loginKey(login.registry);
    config.auths = { ...(config.auths ?? {}), [key]: { auth: Buffer.from(`${login.username}:${login.password}`).toString('base64') } };
    fs.mkdirSync(scopedDir, { recursive: true, mode: 0o700 });
    fs.writeFileSync(file, JSON.stringify(config, null, 2), { mode: 0o600 });
    written.push({ file, key, created, base: path.join(buildxConfigDir, 'config') });
  }
  fs.writeFileSync(path.join(dir, SCOPED_LIST), JSON.stringify(written));
  return written.map(w => path.dirname(w.file));
}

/** The post step's logout of the scoped logins listed in hoist's docker config `dir`: each entry taken out; a file hoist made goes once it holds no other login. */
export function removeScopedLogins(dir: string): string[] {
  let written: ScopedEntry[] = [];
  try {
    written = JSON.parse(fs.readFileSync(path.join(dir, SCOPED_LIST), 'utf8')) as ScopedEntry[];
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const entry of written) {
    let config: ConfigFile;
    try {
      config = JSON.parse(fs.readFileSync(entry.file, 'utf8')) as ConfigFile;
    } catch {
      continue;
    }
    const { [entry.key]: _gone, ...auths } = config.auths ?? {};
    void _gone;
    const { auths: _auths, ...rest } = config;
    void _auths;
    if (entry.created && Object.keys(auths).length === 0 && Object.keys(rest).length === 0) {
      fs.rmSync(entry.file, { force: true });
      // The directories made for it, up to (not including) buildx's config/ directory.
      for (let d = path.dirname(entry.file); d.startsWith(entry.base + path.sep) && fs.readdirSync(d).length === 0; d = path.dirname(d)) fs.rmdirSync(d);
    } else {
      fs.writeFileSync(entry.file, JSON.stringify({ ...rest, auths }, null, 2), { mode: 0o600 });
    }
    removed.push(path.dirname(entry.file));
  }
  return removed;
}
