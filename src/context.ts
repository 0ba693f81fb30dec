import { realFiles, type FileProbe } from './inputs/validate.js';
import { dockerConfigCredentials, dockerConfigDir } from './registry/auth.js';
import { RegistryClient } from './registry/client.js';
import type { Runner } from './runner/protocol.js';
import { exec, type Exec } from './util/exec.js';

/**
 * Everything a run touches outside its own memory, handed down as one object: the
 * runner, programs, the environment, files, the registry and the clock. The action
 * gets the real ones; a test gives its own.
 */
export interface RunContext {
  runner: Runner;
  /** The one way a program is run. */
  exec: Exec;
  env: NodeJS.ProcessEnv;
  files: FileProbe;
  /** Reads manifests and blobs with the credentials `docker login` stored. */
  registry: RegistryClient;
  /** Milliseconds from an arbitrary start, for durations. */
  now: () => number;
}

export function processContext(runner: Runner, env: NodeJS.ProcessEnv = process.env): RunContext {
  return {
    runner,
    exec,
    env,
    files: realFiles,
    registry: new RegistryClient({ credentials: dockerConfigCredentials(exec, () => dockerConfigDir(env)) }),
    now: () => performance.now()
  };
}
