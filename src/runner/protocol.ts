/**
 * The GitHub Actions runner protocol hoist speaks: inputs from INPUT_* variables,
 * file commands (GITHUB_OUTPUT, GITHUB_STATE, GITHUB_STEP_SUMMARY) and workflow
 * commands on stdout (::add-mask::, ::group::, ::error:: …).
 *
 * Written here rather than imported from @actions/core because that package pulls
 * an HTTP client into every start (~50 ms measured per node process, twice a job:
 * main and post), which alone would spend a sixth of hoist's overhead budget.
 * Follows actions/toolkit @actions/core@3.0.1: packages/core/src/command.ts, packages/core/src/file-command.ts, packages/core/src/core.ts.
 */
import { randomUUID } from 'node:crypto';
import * as fs from 'node:fs';
import { EOL } from 'node:os';

export interface Annotation {
  title?: string;
  file?: string;
  startLine?: number;
  endLine?: number;
  startColumn?: number;
  endColumn?: number;
}

export interface Runner {
  getInput(name: string, trim: boolean): string;
  setOutput(name: string, value: string): void;
  saveState(name: string, value: string): void;
  getState(name: string): string;
  setSecret(value: string): void;
  /** Sets an environment variable for the job's later steps (GITHUB_ENV). */
  exportVariable(name: string, value: string): void;
  info(message: string): void;
  /** True when the run asked for debug output: check it before building an expensive message. */
  readonly isDebug: boolean;
  /** A `::debug::` line, written only when isDebug (core.debug leaves the filtering to the runner). */
  debug(message: string): void;
  warning(message: string, annotation?: Annotation): void;
  error(message: string, annotation?: Annotation): void;
  group<T>(name: string, fn: () => Promise<T>): Promise<T>;
  appendSummary(markdown: string): void;
  setFailed(message: string): void;
}

/** `%`, CR and LF escaped as the runner expects in command data. */
export function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

const ANNOTATION_KEYS: Record<keyof Annotation, string> = {
  title: 'title',
  file: 'file',
  startLine: 'line',
  endLine: 'endLine',
  startColumn: 'col',
  endColumn: 'endColumn'
};

/** `::name key=value,…::data` */
export function workflowCommand(name: string, data: string, properties: Annotation = {}): string {
  const props = Object.entries(properties)
    .filter(([, v]) => v !== undefined && v !== '')
    .map(([k, v]) => `${ANNOTATION_KEYS[k as keyof Annotation]}=${escapeProperty(String(v))}`)
    .join(',');
  return `::${name}${props ? ` ${props}` : ''}::${escapeData(data)}`;
}

/** One `name<<delimiter` entry of a file command, with a delimiter the value cannot contain. */
function fileCommandEntry(name: string, value: string): string {
  const delimiter = `ghadelimiter_${randomUUID()}`;
  if (name.includes(delimiter) || value.includes(delimiter)) throw new Error(`'${name}' collides with the file command delimiter`);
  return `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`;
}

/** The runner of this process: environment in, files and stdout out. */
export function processRunner(env: NodeJS.ProcessEnv = process.env, write: (line: string) => void = line => process.stdout.write(line + EOL)): Runner {
  const fileCommand = (variable: string, legacy: string, name: string, value: string): void => {
    const file = env[variable];
    if (file) fs.appendFileSync(file, fileCommandEntry(name, value), 'utf8');
    else write(`${EOL}::${legacy} name=${escapeProperty(name)}::${escapeData(value)}`);
  };
  // As the runner sets them: RUNNER_DEBUG for "re-run with debug logging", ACTIONS_STEP_DEBUG as a repository secret or variable.
  const isDebug = env.RUNNER_DEBUG === '1' || /^true$/i.test(env.ACTIONS_STEP_DEBUG ?? '');
  const runner: Runner = {
    getInput: (name, trim) => {
      const value = env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '';
      return trim ? value.trim() : value;
    },
    setOutput: (name, value) => fileCommand('GITHUB_OUTPUT', 'set-output', name, value),
    saveState: (name, value) => fileCommand('GITHUB_STATE', 'save-state', name, value),
    getState: name => env[`STATE_${name}`] ?? '',
    setSecret: value => write(workflowCommand('add-mask', value)),
    exportVariable: (name, value) => {
      env[name] = value;
      fileCommand('GITHUB_ENV', 'set-env', name, value);
    },
    info: message => write(message),
    isDebug,
    debug: message => {
      if (isDebug) write(workflowCommand('debug', message));
    },
    warning: (message, annotation) => write(workflowCommand('warning', message, annotation)),
    error: (message, annotation) => write(workflowCommand('error', message, annotation)),
    group: async (name, fn) => {
      write(workflowCommand('group', name));
      // Every phase runs in a group: with debug on, each says how long it took.
      const started = isDebug ? performance.now() : 0;
      try {
        return await fn();
      } finally {
        if (isDebug) write(workflowCommand('debug', `${name}: ${Math.round(performance.now() - started)} ms`));
        write(workflowCommand('endgroup', ''));
      }
    },
    appendSummary: markdown => {
      if (env.GITHUB_STEP_SUMMARY) fs.appendFileSync(env.GITHUB_STEP_SUMMARY, markdown, 'utf8');
    },
    setFailed: message => {
      process.exitCode = 1;
      runner.error(message);
    }
  };
  return runner;
}
