import { spawn } from 'node:child_process';

export interface ExecResult {
  exitCode: number;
  stdout: string;
  stderr: string;
}

export interface ExecOptions {
  /** Written to the child's stdin, then closed. */
  input?: string;
  /** Added to ours (the child still sees PATH, HOME …); a name here wins over ours. */
  env?: Record<string, string>;
  cwd?: string;
  /** Copy the child's output to ours as it arrives (the build log). */
  stream?: boolean;
  /** Sees the output as it arrives, stdout and stderr alike (to react to build progress). */
  onOutput?: (text: string) => void;
  /** Aborting stops the program with SIGINT (buildx cancels its build); the result is still returned. */
  signal?: AbortSignal;
}

/** The one way hoist runs a program; logic takes it as a parameter so tests can record calls. */
export type Exec = (command: string, args: string[], options?: ExecOptions) => Promise<ExecResult>;

export const exec: Exec = (command, args, options = {}) =>
  new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      env: options.env ? { ...process.env, ...options.env } : process.env,
      cwd: options.cwd,
      stdio: ['pipe', 'pipe', 'pipe'],
      signal: options.signal,
      killSignal: 'SIGINT'
    });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => {
      stdout.push(chunk);
      if (options.stream) process.stdout.write(chunk);
      options.onOutput?.(chunk.toString('utf8'));
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr.push(chunk);
      // Build progress goes to stdout too: the runner shows both streams in one log.
      if (options.stream) process.stdout.write(chunk);
      options.onOutput?.(chunk.toString('utf8'));
    });
    child.on('error', err => {
      // An abort is asked for: 'close' follows with the exit status.
      if (err.name !== 'AbortError') reject(new Error(`could not run ${command}: ${err.message}`));
    });
    child.on('close', (code, signal) => resolve({ exitCode: code ?? (signal ? 130 : 1), stdout: Buffer.concat(stdout).toString('utf8'), stderr: Buffer.concat(stderr).toString('utf8') }));
    // A program that exits without reading its stdin closes the pipe (EPIPE): its exit status says what happened.
    child.stdin.on('error', () => undefined);
    child.stdin.end(options.input ?? '');
  });

/** The command as one could paste it into a shell: only the arguments that need it are quoted. */
function commandLine(command: string, args: string[]): string {
  return [command, ...args].map(a => (/^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`)).join(' ');
}

/**
 * Shows each command line before it runs and its exit status after (for the debug log).
 * Never stdin: it may carry a secret (a registry password), so only its size is shown.
 */
export function tracedExec(base: Exec, trace: (line: string) => void): Exec {
  return async (command, args, options = {}) => {
    trace(options.input === undefined ? commandLine(command, args) : `${commandLine(command, args)} (stdin: ${Buffer.byteLength(options.input)} bytes)`);
    // Named in the result line too: programs run side by side and their lines interleave.
    const name = [command, ...args.slice(0, 2)].join(' ');
    const started = performance.now();
    const elapsed = (): string => `${Math.round(performance.now() - started)} ms`;
    try {
      const result = await base(command, args, options);
      trace(`${name} -> exit ${result.exitCode} in ${elapsed()}`);
      return result;
    } catch (e) {
      trace(`${name} -> ${(e as { message?: string } | undefined)?.message ?? String(e)} in ${elapsed()}`);
      throw e;
    }
  };
}

/** Adds variables to every program's environment, read at each call; a call's own env wins. */
export function withProgramEnv(base: Exec, extra: () => Record<string, string>): Exec {
  return (command, args, options = {}) => base(command, args, { ...options, env: { ...extra(), ...options.env } });
}

/** Runs and throws with the program's own last words when it fails. */
export async function execChecked(run: Exec, command: string, args: string[], options?: ExecOptions): Promise<ExecResult> {
  const result = await run(command, args, options);
  if (result.exitCode !== 0) {
    const detail = (result.stderr.trim() || result.stdout.trim()).split('\n').slice(-5).join('\n');
    throw new ExecError(`${command} ${args.slice(0, 2).join(' ')} failed (exit ${result.exitCode})${detail ? `: ${detail}` : ''}`, result);
  }
  return result;
}

class ExecError extends Error {
  constructor(
    message: string,
    readonly result: ExecResult
  ) {
    super(message);
    this.name = 'ExecError';
  }
}
