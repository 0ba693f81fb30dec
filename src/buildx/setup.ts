/**
 * Setting up the builder planned in plan/builder.ts, and removing it in the post step:
 * `docker buildx create`, then `docker buildx inspect --bootstrap` (which starts the
 * BuildKit container, pulling its image the first time), as setup-buildx-action does,
 * in two calls so the boot can run beside other work.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { BuilderSetup } from '../plan/builder.js';
import { createArgv } from '../plan/builder.js';
import type { BuilderFacts } from '../plan/facts.js';
import { execChecked, type Exec } from '../util/exec.js';
import { parseInspect } from './buildx.js';
import { readStoredBuilder } from './store.js';

/**
 * Creates the builder unless an earlier hoist step of this job did; true when this step
 * created it (that step's post removes it). Fast: buildx only records it.
 */
export async function createBuilder(exec: Exec, setup: BuilderSetup, tmpDir: string, env: NodeJS.ProcessEnv): Promise<boolean> {
  if (readStoredBuilder(setup.name, env)) return false;
  let configFile: string | undefined;
  if (setup.config && 'inline' in setup.config) {
    configFile = path.join(tmpDir, 'buildkitd.toml');
    fs.writeFileSync(configFile, setup.config.inline);
  }
  await execChecked(exec, 'docker', createArgv(setup, configFile));
  return true;
}

/**
 * Starts the builder's BuildKit (the container, pulling its image the first time) and
 * waits until it answers: the slow part, run while the cache is looked up. A builder this
 * step created and that did not start is removed again.
 */
export async function bootBuilder(exec: Exec, setup: BuilderSetup, created: boolean): Promise<BuilderFacts> {
  const boot = await exec('docker', ['buildx', 'inspect', '--bootstrap', '--builder', setup.name]);
  if (boot.exitCode !== 0) {
    if (created) await exec('docker', ['buildx', 'rm', setup.name]);
    const detail = (boot.stderr.trim() || boot.stdout.trim()).split('\n').slice(-3).join('\n');
    throw new Error(
      `the ${setup.driver} builder hoist set up did not start: ${detail}. ` +
        (setup.driver === 'docker-container'
          ? "Check that the Docker engine can run the BuildKit image (driver-opts: image=…) and that the runner's user may use docker."
          : 'Check the endpoint and driver-opts.')
    );
  }
  const facts = parseInspect(boot.stdout);
  return { ...facts, name: facts.name || setup.name };
}

/** Removes a builder hoist set up, with its container and state volume. */
export async function removeBuilder(exec: Exec, name: string): Promise<void> {
  await execChecked(exec, 'docker', ['buildx', 'rm', name]);
}
