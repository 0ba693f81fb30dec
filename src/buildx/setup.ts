/**
 * Setting up the builder planned in plan/builder.ts, and removing it in the post step:
 * `docker buildx create`, then `docker buildx inspect --bootstrap` (which starts the
 * BuildKit container, pulling its image the first time), as setup-buildx-action does,
 * in two calls so the boot can run beside other work.
 */
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';
import type { BuilderSetup } from '../plan/builder.js';
import { appendArgv, createArgv, removeArgv } from '../plan/builder.js';
import type { BuilderFacts } from '../plan/facts.js';
import { execChecked, type Exec } from '../util/exec.js';
import { parseInspect } from './buildx.js';
import { readStoredBuilder, type BuildxStore } from './store.js';

/**
 * Creates the builder unless an earlier hoist step of this job did; true when this step
 * created it (that step's post removes it). Fast: buildx only records it.
 */
export async function createBuilder(exec: Exec, setup: BuilderSetup, tmpDir: string, env: Pick<BuildxStore, 'buildxConfig'>): Promise<boolean> {
  if (readStoredBuilder(setup.name, env)) return false;
  let configFile: string | undefined;
  if (setup.config && 'inline' in setup.config) {
    configFile = path.join(tmpDir, 'buildkitd.toml');
    fs.writeFileSync(configFile, setup.config.inline);
  }
  await execChecked(exec, 'docker', createArgv(setup, configFile));
  for (const node of setup.nodes) await execChecked(exec, 'docker', appendArgv(setup, node));
  return true;
}

/**
 * Starts the builder's BuildKit (the container, pulling its image the first time) and
 * waits until it answers: the slow part, run while the cache is looked up. A builder this
 * step created and that did not start is removed again.
 */
export async function bootBuilder(exec: Exec, setup: BuilderSetup, created: boolean): Promise<BuilderFacts> {
  // buildx waits 20 s for a node that does not answer and then names none: ask each address first.
  const endpoints = [setup.endpoint, ...setup.nodes.map(n => n.endpoint)].filter((e): e is string => e !== undefined);
  const unreachable = (await Promise.all(endpoints.map(async e => ({ endpoint: e, why: await probeEndpoint(e) })))).filter(p => p.why);
  if (unreachable.length > 0) {
    if (created) await exec('docker', ['buildx', 'rm', setup.name]);
    throw new Error(
      `the builder hoist set up cannot reach ${unreachable.map(u => `${u.endpoint} (${u.why})`).join(', ')}. Check that its BuildKit is running and that this runner can reach it (endpoint, append).`
    );
  }
  const boot = await exec('docker', ['buildx', 'inspect', '--bootstrap', '--builder', setup.name]);
  if (boot.exitCode !== 0) {
    const down = setup.nodes.length > 0 ? await nodesDown(exec, setup.name) : [];
    if (created) await exec('docker', ['buildx', 'rm', setup.name]);
    if (down.length > 0) throw new Error(`the builder hoist set up did not start: ${down.join(', ')} did not answer. Check the endpoint and driver-opts of each.`);
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

/** The nodes buildx does not list as running: `name (endpoint): status`. */
async function nodesDown(exec: Exec, name: string): Promise<string[]> {
  const inspect = await exec('docker', ['buildx', 'inspect', name]);
  const nodes = inspect.exitCode === 0 ? (parseInspect(inspect.stdout).nodes ?? []) : [];
  return nodes.filter(n => n.status !== 'running').map(n => `node ${n.name} (${n.endpoint})${n.status ? `: ${n.status}` : ''}`);
}

/**
 * Connects to a `unix://` or `tcp://` BuildKit address and hangs up: the reason it cannot
 * be reached, or undefined. Other addresses (docker contexts, ssh://) are left to buildx.
 */
async function probeEndpoint(endpoint: string, timeoutMs = 5000): Promise<string | undefined> {
  let target: net.NetConnectOpts;
  if (endpoint.startsWith('unix://')) target = { path: endpoint.slice('unix://'.length) };
  else if (endpoint.startsWith('tcp://')) {
    const url = new URL(endpoint);
    target = { host: url.hostname.replace(/^\[|\]$/g, ''), port: Number(url.port) || 1234 };
  } else return undefined;
  return new Promise(resolve => {
    const socket = net.connect(target);
    const done = (why?: string) => {
      socket.destroy();
      resolve(why);
    };
    socket.setTimeout(timeoutMs, () => done(`no answer in ${timeoutMs / 1000} s`));
    socket.once('connect', () => done());
    socket.once('error', (e: NodeJS.ErrnoException) => done(e.code === 'ENOENT' ? 'no such socket' : e.code === 'ECONNREFUSED' ? 'connection refused' : e.message));
  });
}

/** Removes a builder hoist set up, with its container, and its state volume unless `keepState`. */
export async function removeBuilder(exec: Exec, name: string, keepState = false): Promise<void> {
  await execChecked(exec, 'docker', removeArgv(name, keepState));
}

/** Makes the builder the current one for later steps (setup-buildx-action's `use`, its `create --use`). */
export async function useBuilder(exec: Exec, name: string): Promise<void> {
  await execChecked(exec, 'docker', ['buildx', 'use', name]);
}
