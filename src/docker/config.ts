/**
 * A docker config of hoist's own for its logins (docker/login-action writes the user's
 * ~/.docker/config.json instead): the user's config copied (other logins and settings
 * stay), these logins added as `auths`, and the CLI plugins linked so `docker buildx`
 * is still found. The credentials never pass through argv.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { RegistryLogin } from '../plan/login.js';
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
  for (const login of logins) {
    const key = loginKey(login.registry);
    auths[key] = { auth: Buffer.from(`${login.username}:${login.password}`).toString('base64') };
    // A helper for this registry would be asked instead of the entry just written.
    delete credHelpers[key];
  }
  // A credential store answers for every registry and would hide these entries.
  const { credsStore: _store, ...rest } = config;
  void _store;
  fs.writeFileSync(path.join(dir, 'config.json'), JSON.stringify({ ...rest, auths, ...(Object.keys(credHelpers).length ? { credHelpers } : {}) }, null, 2), { mode: 0o600 });
  const plugins = path.join(userDir, 'cli-plugins');
  if (fs.existsSync(plugins) && !fs.existsSync(path.join(dir, 'cli-plugins'))) fs.symlinkSync(plugins, path.join(dir, 'cli-plugins'));
}
