/**
 * The registry logins the inputs ask for: docker/login-action's `registry`, `username`
 * and `password`, and docker/github-builder's `registry-auths` (a YAML list of the same)
 * for several registries, each with login-action's `scope` and `ecr`. Pure;
 * src/phases/login.ts carries them out.
 * getAuthList and scopeToConfigDir from the first, isECR from the second.
 * Follows docker/login-action v4.1.0: src/context.ts, src/aws.ts.
 */
import * as path from 'node:path';
import { InputError } from '../inputs/errors.js';
import type { Inputs } from '../inputs/inputs.js';
import { parseYaml, scalarValues } from '../util/yaml.js';

export interface RegistryLogin {
  /** As given (`ghcr.io`, `docker.io`, `127.0.0.1:5001`). */
  registry: string;
  username: string;
  password: string;
  /** login-action's `scope` (`acme/app`, `acme/app@push`, `@push`): the login goes to a config of buildx's for it, not docker's. */
  scope?: string;
}

type LoginInputs = Pick<Inputs, 'registry' | 'username' | 'password' | 'registry-auths' | 'scope' | 'ecr'>;

/** login-action's default registry when only a username is given. */
const DOCKER_HUB = 'docker.io';

/** The logins, and each problem (naming the input, never a password). */
export async function registryLogins(inputs: LoginInputs): Promise<{ logins: RegistryLogin[]; problems: InputError[] }> {
  const logins: RegistryLogin[] = [];
  const problems: InputError[] = [];
  const ecr = ecrMode('ecr', inputs.ecr, problems);
  const scope = checkScope('scope', inputs.scope, problems);
  const loginGiven = Boolean(inputs.username || inputs.password || inputs.registry);
  const refused = ecr !== undefined && refuseEcr('ecr', inputs.registry, ecr, loginGiven || ecr === 'true', problems);
  if (scope && !loginGiven) problems.push(new InputError('scope', `'${scope}' is given without a login`, 'Give registry, username and password with it; for registry-auths, give scope in the entry.'));
  if (refused) {
    // Said once: amazon-ecr-login's docker config is what hoist reads instead.
  } else if (inputs.username || inputs.password) {
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
    else logins.push({ registry: registryAddress(inputs.registry || DOCKER_HUB), username: inputs.username, password: inputs.password, ...(scope ? { scope } : {}) });
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
        const what = `registry-auths entry ${i + 1}`;
        const entryEcr = ecrMode('registry-auths', field('ecr'), problems, what);
        const entryScope = checkScope('registry-auths', field('scope'), problems, what);
        if (entryEcr === undefined || refuseEcr('registry-auths', registry, entryEcr, true, problems, what)) return;
        if (missing.length > 0) {
          problems.push(
            new InputError('registry-auths', `entry ${i + 1}${registry ? ` (${registry})` : ''} has no ${missing.join(' and no ')}`, 'Give each entry registry, username and password (from secrets).')
          );
        } else {
          logins.push({ registry: registryAddress(registry || DOCKER_HUB), username, password, ...(entryScope ? { scope: entryScope } : {}) });
        }
      });
    }
  }
  // The same registry under different scopes goes to different configs, as login-action's.
  const seen = new Set<string>();
  for (const l of logins) {
    const key = `${l.registry}${l.scope ? ` (scope ${l.scope})` : ''}`;
    if (seen.has(key)) problems.push(new InputError('registry-auths', `${key} is logged in to twice`, 'Give each registry once.'));
    seen.add(key);
  }
  return { logins, problems };
}

type EcrMode = 'auto' | 'true' | 'false';

/** login-action's `ecr`: auto (the default), true or false; anything else is a problem (undefined). */
function ecrMode(input: string, value: string, problems: InputError[], what = ''): EcrMode | undefined {
  const mode = (value.trim() || 'auto').toLowerCase();
  if (mode === 'auto' || mode === 'true' || mode === 'false') return mode;
  problems.push(new InputError(input, `${what ? `${what}: ` : ''}ecr '${value}' is not auto, true or false`, 'Leave ecr at auto (Amazon ECR is recognised by its address), or set true or false.'));
  return undefined;
}

/**
 * hoist does not log in to Amazon ECR itself (login-action asks AWS for a token with the
 * AWS SDK): an ECR login (ecr: true, or auto and an ECR address) is refused before
 * anything runs, pointing to aws-actions/amazon-ecr-login, whose docker login hoist reads.
 */
function refuseEcr(input: string, registry: string, mode: EcrMode, loginGiven: boolean, problems: InputError[], what = ''): boolean {
  if (!loginGiven || mode === 'false' || (mode === 'auto' && !isEcr(registry))) return false;
  problems.push(
    new InputError(
      mode === 'true' && input === 'ecr' ? 'ecr' : input === 'ecr' ? 'registry' : input,
      `${what ? `${what}: ` : ''}${registry ? `'${registry}' is` : 'the login is'} an Amazon ECR login (ecr: ${mode}), and hoist does not log in to ECR itself`,
      'Run aws-actions/amazon-ecr-login before hoist and give hoist no registry, username or password for it: hoist reads the docker config that action writes. (ecr: false logs in with the username and password as given.)'
    )
  );
  return true;
}

/** An Amazon ECR address (private `<account>.dkr.ecr.<region>.amazonaws.com`, or ECR Public), as login-action's isECR recognises it (src/aws.ts, v4.1.0). */
export function isEcr(registry: string): boolean {
  const privateEcr = /^[0-9]{12}\.(dkr\.ecr|dkr-ecr)\.[^/]+\.(on\.aws|amazonaws\.(com(\.cn)?|eu))(\/[^:]+(:.+)?)?$/;
  return privateEcr.test(registry) || /public\.ecr\.aws|ecr-public\.aws\.com/.test(registry);
}

/** A scope is a repository path (`acme/app`), optionally with `@actions` (`acme/app@push`, `@push`): it names directories, so nothing that leaves them. */
function checkScope(input: string, value: string, problems: InputError[], what = ''): string | undefined {
  const scope = value.trim();
  if (!scope) return undefined;
  const [repo, actions = ''] = scope.split(/@(.*)/s);
  const badRepo = repo !== '' && !/^[a-z0-9]+(?:[._-]+[a-z0-9]+)*(?:\/[a-z0-9]+(?:[._-]+[a-z0-9]+)*)*$/.test(repo);
  const badActions = scope.includes('@') && !/^[a-z*]+(?:,[a-z*]+)*$/.test(actions);
  if (!badRepo && !badActions) return scope;
  problems.push(
    new InputError(
      input,
      `${what ? `${what}: ` : ''}scope '${scope}' is not a repository path with optional @actions`,
      "Write the repository (acme/app), optionally with the actions after @ (acme/app@push), or '@push' for every repository of the registry."
    )
  );
  return undefined;
}

/**
 * The buildx config directory a scoped login goes to (login-action's scopeToConfigDir):
 * `<buildx config>/config/<registry>/<scope>`, Docker Hub as registry-1.docker.io (the host
 * buildx asks for), and `@actions` for the whole registry appended to the registry's
 * directory (`ghcr.io@push`). Buildx v0.31.0 and later read these (util/dockerutil/dockerconfig).
 */
export function scopedConfigDir(buildxConfigDir: string, registry: string, scope: string): string {
  const host = DOCKER_HUB_ALIASES.includes(registry) ? 'registry-1.docker.io' : registry;
  const base = path.join(buildxConfigDir, 'config', host);
  return scope.startsWith('@') ? base + scope : path.join(base, scope);
}

const DOCKER_HUB_ALIASES = ['docker.io', 'index.docker.io', 'registry-1.docker.io'];

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
