/**
 * Registry logins in the same step (docker/login-action's inputs): each is checked
 * against its registry before anything is built, then written to a docker config of
 * hoist's own, which BuildKit's push, the size report, the caches and the baseline all
 * read (DOCKER_CONFIG). The post step removes it (`logout: false` keeps it for the job's
 * later steps). A login with a `scope` goes to buildx's config for that scope instead
 * (login-action's), which only buildx reads. Passwords are masked before this runs and
 * never reach argv.
 */
import { randomUUID } from 'node:crypto';
import * as path from 'node:path';
import type { Ports } from '../ports.js';
import { writeDockerConfig, writeScopedLogins } from '../docker/config.js';
import type { Inputs } from '../inputs/inputs.js';
import type { RegistryLogin } from '../plan/login.js';
import { state } from '../runner/state.js';

/** What usually fixes a refused login at this registry. */
function loginHint(registry: string): string {
  if (registry === 'ghcr.io') return 'For ghcr.io: username github.actor and password secrets.GITHUB_TOKEN with permissions: packages: write (or a token with write:packages).';
  if (/\.amazonaws\.com$/.test(registry)) return 'For ECR: username AWS and the password from aws ecr get-login-password.';
  if (/(^|\.)gcr\.io$|-docker\.pkg\.dev$/.test(registry)) return 'For Google registries: username oauth2accesstoken and an access token (gcloud auth print-access-token) as the password.';
  return 'Check the registry address, the username and the password or token.';
}

export async function logIn(ports: Ports, inputs: Pick<Inputs, 'logout'>, logins: RegistryLogin[], tmpDir: string): Promise<void> {
  if (logins.length === 0) return;
  const { runner, env } = ports;
  await Promise.all(
    logins.map(async login => {
      try {
        await ports.registry.checkLogin(login.registry, login);
      } catch (e) {
        throw new Error(`login to ${login.registry} as '${login.username}' failed: ${(e as Error).message}. ${loginHint(login.registry)}`);
      }
    })
  );
  // Kept past the post step only with logout: false, so outside hoist's temp directory.
  const dir = inputs.logout ? path.join(tmpDir, 'docker-config') : path.join(env.runnerTemp, `hoist-docker-config-${randomUUID()}`);
  writeDockerConfig(dir, env.dockerConfig, logins);
  // Builders stay where buildx keeps them; only the credentials move, for hoist's reads and every program it runs.
  const buildxDir = env.buildxConfig;
  const scopedDirs = writeScopedLogins(dir, buildxDir, logins);
  env.dockerConfig = dir;
  env.programEnv.DOCKER_CONFIG = dir;
  env.programEnv.BUILDX_CONFIG = buildxDir;
  if (inputs.logout) {
    state.saveDockerConfig(runner, dir);
  } else {
    runner.exportVariable('DOCKER_CONFIG', dir);
    runner.exportVariable('BUILDX_CONFIG', buildxDir);
  }
  const kept = inputs.logout ? '' : ' (kept for the later steps: logout is false)';
  let scoped = 0;
  for (const login of logins) {
    const where = login.scope ? ` for scope ${login.scope} (in ${scopedDirs[scoped++]}: buildx v0.31.0 and later use it for those repositories)` : '';
    runner.info(`logged in to ${login.registry} as ${login.username}${where}${kept}`);
  }
}
