/**
 * The Ports a test hands to run() or to a phase: its own runner, exec and registry, and
 * the environment as readRunEnv reads it, with the runner's temp directory, the buildx
 * store and the docker config in a directory of the test's own.
 */
import { afterAll } from '@jest/globals';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Inputs } from '../../src/inputs/inputs.js';
import { realFiles, type FileProbe } from '../../src/inputs/validate.js';
import type { Facts } from '../../src/plan/facts.js';
import { decideRun, type Job } from '../../src/plan/run.js';
import type { Ports } from '../../src/ports.js';
import { RegistryClient } from '../../src/registry/client.js';
import { readRunEnv } from '../../src/runner/env.js';
import type { Runner } from '../../src/runner/protocol.js';
import type { Exec } from '../../src/util/exec.js';
import { MemoryRegistry } from './registry.js';
import { FakeRunner } from './runner.js';

export interface TestPortsOptions {
  /** RUNNER_TEMP is `<dir>/temp`, BUILDX_CONFIG `<dir>/buildx` (both made, empty), DOCKER_CONFIG `<dir>/docker`. */
  dir: string;
  runner?: Runner;
  /** By default, any program run fails the test. */
  exec?: Exec;
  /** By default, an empty in-memory registry. */
  registry?: MemoryRegistry | RegistryClient;
  /** More environment variables, over the three above. */
  env?: NodeJS.ProcessEnv;
  /** By default, a clock that moves 100 ms each time it is read. */
  now?: () => number;
  files?: FileProbe;
}

const noPrograms: Exec = async (command, args) => {
  throw new Error(`unexpected program: ${command} ${args.join(' ')}`);
};

export function testPorts(options: TestPortsOptions): Ports {
  const { dir } = options;
  fs.mkdirSync(path.join(dir, 'temp'), { recursive: true });
  // An empty buildx store: a builder is described by `docker buildx inspect`, which a scripted exec answers.
  fs.mkdirSync(path.join(dir, 'buildx'), { recursive: true });
  let clock = 0;
  const registry = options.registry ?? new MemoryRegistry();
  return {
    runner: options.runner ?? new FakeRunner({}),
    exec: options.exec ?? noPrograms,
    env: readRunEnv({ RUNNER_TEMP: path.join(dir, 'temp'), BUILDX_CONFIG: path.join(dir, 'buildx'), DOCKER_CONFIG: path.join(dir, 'docker'), ...options.env }),
    files: options.files ?? realFiles,
    registry: registry instanceof MemoryRegistry ? registry.client() : registry,
    now: options.now ?? (() => (clock += 100))
  };
}

/**
 * A directory for this test file, removed after its tests (call at the top of the file):
 * each call of the function returned gives a fresh subdirectory of it.
 */
export function scratchDirs(name: string): () => string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), `hoist-${name}-`));
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));
  let n = 0;
  return () => {
    const dir = path.join(root, String(++n));
    fs.mkdirSync(dir, { recursive: true });
    return dir;
  };
}

/** One step's run as the phases see it: the run decided from the inputs and facts, as main decides it. */
export function testJob(inputs: Inputs, facts: Facts, secrets: string[] = []): Job {
  return { inputs, facts, run: decideRun(inputs, facts), secrets };
}
