import { realFiles, type FileProbe } from './inputs/validate.js';
import { dockerConfigCredentials } from './registry/auth.js';
import { RegistryClient } from './registry/client.js';
import { nodeTransport } from './registry/http.js';
import { readRunEnv, type RunEnv } from './runner/env.js';
import type { Runner } from './runner/protocol.js';
import { exec, tracedExec, withProgramEnv, type Exec } from './util/exec.js';

/**
 * Everything a run touches outside its own memory, handed down as one object: the
 * runner, programs, the environment (read once, typed), files, the registry and the
 * clock. The action gets the real ones; a test gives its own.
 */
export interface Ports {
  runner: Runner;
  /** The one way a program is run: with the environment's `programEnv` on top of hoist's own. */
  exec: Exec;
  env: RunEnv;
  files: FileProbe;
  /** Reads manifests and blobs with the credentials `docker login` stored. */
  registry: RegistryClient;
  /** Milliseconds from an arbitrary start, for durations. */
  now: () => number;
}

/** The real ports; with debug on (RUNNER_DEBUG=1), every command line and registry request goes to the debug log. */
export function processPorts(runner: Runner, env: RunEnv = readRunEnv()): Ports {
  const debug = runner.isDebug ? (line: string) => runner.debug(line) : undefined;
  const run = withProgramEnv(debug ? tracedExec(exec, debug) : exec, () => env.programEnv);
  return {
    runner,
    exec: run,
    env,
    files: realFiles,
    registry: registryClient(run, env, debug),
    now: () => performance.now()
  };
}

/** The registry client with the credentials of the docker config `configs` names when asked (a login may change it). */
export function registryClient(run: Exec, configs: { dockerConfig: string; buildxConfig: string }, debug?: (line: string) => void, plainHttp: string[] = []): RegistryClient {
  return new RegistryClient({
    transport: nodeTransport(debug),
    plainHttp,
    credentials: dockerConfigCredentials(
      run,
      () => configs.dockerConfig,
      () => configs.buildxConfig
    )
  });
}
