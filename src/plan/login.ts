/**
 * The registry logins the inputs ask for: docker/login-action's `registry`, `username`
 * and `password`, and docker/github-builder's `registry-auths` (a YAML list of the same)
 * for several registries. Pure; src/login.ts carries them out.
 * Follows docker/login-action v4.1.0: src/context.ts.
 */
import { InputError } from '../inputs/errors.js';
import type { Inputs } from '../inputs/inputs.js';
import { parseYaml, scalarValues } from '../util/yaml.js';

export interface RegistryLogin {
  /** As given (`ghcr.io`, `docker.io`, `127.0.0.1:5001`). */
  registry: string;
  username: string;
  password: string;
}

type LoginInputs = Pick<Inputs, 'registry' | 'username' | 'password' | 'registry-auths'>;

/** login-action's default registry when only a username is given. */
const DOCKER_HUB = 'docker.io';

/** The logins, and each problem (naming the input, never a password). */
export async function registryLogins(inputs: LoginInputs): Promise<{ logins: RegistryLogin[]; problems: InputError[] }> {
  const logins: RegistryLogin[] = [];
  const problems: InputError[] = [];
  if (inputs.username || inputs.password) {
    if (!inputs.username)
      problems.push(
        new InputError('username', `is empty, but a password is given${inputs.registry ? ` for ${inputs.registry}` : ''}`, 'Give the username the password belongs to (for ghcr.io: github.actor).')
      );
    else if (!inputs.password)
      problems.push(
        new InputError(
          'password',
          `is empty for user '${inputs.username}'${inputs.registry ? ` at ${inputs.registry}` : ''}`,
          'Pass the password or token from a secret; on a pull request from a fork, secrets are empty: skip the login there (if: github.event.pull_request.head.repo.fork == false).'
        )
      );
    else logins.push({ registry: registryAddress(inputs.registry || DOCKER_HUB), username: inputs.username, password: inputs.password });
  } else if (inputs.registry) {
    problems.push(new InputError('registry', `'${inputs.registry}' is given without username and password`, 'Give username and password too, or leave registry empty.'));
  }
  if (inputs['registry-auths'].trim()) {
    let entries: unknown;
    try {
      entries = await parseYaml(inputs['registry-auths']);
    } catch {
      // Never the parser's message: it may quote the text.
      problems.push(new InputError('registry-auths', 'is not YAML', 'Write a list: - registry: ghcr.io, then username: and password: under it.'));
    }
    if (entries !== undefined && !Array.isArray(entries)) problems.push(new InputError('registry-auths', 'is not a YAML list', 'Start each login with "- registry: …".'));
    if (Array.isArray(entries)) {
      entries.forEach((entry: unknown, i) => {
        const e = (entry ?? {}) as Record<string, unknown>;
        const field = (name: string) => (typeof e[name] === 'string' ? e[name].trim() : '');
        const [registry, username, password] = [field('registry'), field('username'), field('password')];
        const missing = ['username', 'password'].filter(f => !field(f));
        if (missing.length > 0) {
          problems.push(
            new InputError('registry-auths', `entry ${i + 1}${registry ? ` (${registry})` : ''} has no ${missing.join(' and no ')}`, 'Give each entry registry, username and password (from secrets).')
          );
        } else {
          logins.push({ registry: registryAddress(registry || DOCKER_HUB), username, password });
        }
      });
    }
  }
  const seen = new Set<string>();
  for (const l of logins) {
    if (seen.has(l.registry)) problems.push(new InputError('registry-auths', `${l.registry} is logged in to twice`, 'Give each registry once.'));
    seen.add(l.registry);
  }
  return { logins, problems };
}

/** `https://ghcr.io/` → `ghcr.io`: the host (and port) docker keys a login by. */
function registryAddress(value: string): string {
  return value.replace(/^https?:\/\//, '').replace(/\/(v1|v2)?\/?$/, '');
}

/** What of registry-auths is not a secret: these values are left unmasked (masking a short username would blank its letters all over the log). */
const PUBLIC_KEYS = ['registry', 'username'];

/**
 * Every password, to be masked before anything is logged (also those of entries with
 * problems): of registry-auths, every value but a registry's and a username's, whatever
 * the shape (a mapping instead of a list, a password that is a list); for text that is not
 * YAML, the whole text and each line's value part.
 */
export async function loginSecrets(inputs: LoginInputs): Promise<string[]> {
  const values = [inputs.password];
  const text = inputs['registry-auths'];
  if (text.trim()) {
    try {
      values.push(...scalarValues(await parseYaml(text), PUBLIC_KEYS));
    } catch {
      values.push(text, ...lineValues(text));
    }
  }
  return [...new Set(values.map(v => v.trim()).filter(v => v !== ''))];
}

/** `  - password: "p4ss` → `"p4ss` and `p4ss`: each line's value part, as written and unquoted (a registry's and a username's left out). */
function lineValues(text: string): string[] {
  return text.split(/\r?\n/).flatMap(line => {
    const item = line.replace(/^\s*(?:-(?:\s+|$))*/, '');
    const pair = /^([^:]*?):(?:\s+|$)(.*)$/.exec(item);
    if (pair && PUBLIC_KEYS.includes(pair[1].trim().replace(/^["']|["']$/g, ''))) return [];
    const value = (pair ? pair[2] : item).trim();
    return [value, value.replace(/^[\s"'[{]+|[\s"'\]},]+$/g, '')];
  });
}
