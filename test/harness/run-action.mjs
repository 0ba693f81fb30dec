#!/usr/bin/env node
/**
 * Runs the bundled action as the GitHub runner does: every action.yml input as
 * INPUT_<NAME> (upper-cased, spaces → '_', hyphens kept, defaults filled in),
 * GITHUB_OUTPUT/STATE/ENV/STEP_SUMMARY files, `node dist/index.js` for main and
 * then again for post with the saved state as STATE_<name>.
 *
 * Used by the e2e tests (import) and by `npm run demo` / benchmarks (CLI):
 *   node test/harness/run-action.mjs [--workspace DIR] [--quiet] name=value ...
 */
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

// This file lives in test/harness/: the repository root is two levels up.
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const action = parse(fs.readFileSync(path.join(ROOT, 'action.yml'), 'utf8'));

/** What `${{ github.token }}` evaluates to in these runs: never allowed to appear in any output. */
export const FAKE_TOKEN = 'ghs_e2eFakeTokenNeverPrinted0123456789';

export function inputEnv(inputs) {
  for (const name of Object.keys(inputs)) {
    if (!(name in action.inputs)) throw new Error(`action.yml has no input '${name}'`);
  }
  const env = {};
  for (const [name, spec] of Object.entries(action.inputs)) {
    let value = inputs[name] ?? spec.default ?? '';
    if (value === '${{ github.token }}') value = FAKE_TOKEN;
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  }
  return env;
}

/** Parses a GITHUB_OUTPUT/GITHUB_STATE file: `name<<DELIM\nvalue\nDELIM` or `name=value`. */
export function parseCommandFile(text) {
  const values = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const heredoc = /^([^=<]+)<<(.+)$/.exec(lines[i]);
    if (heredoc) {
      const end = lines.indexOf(heredoc[2], i + 1);
      values[heredoc[1]] = lines.slice(i + 1, end).join('\n');
      i = end;
    } else if (lines[i].includes('=')) {
      const eq = lines[i].indexOf('=');
      values[lines[i].slice(0, eq)] = lines[i].slice(eq + 1);
    }
  }
  return values;
}

function node(script, env, cwd, echo) {
  const started = process.hrtime.bigint();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script], { env, cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', d => {
      stdout += d;
      if (echo) process.stdout.write(d);
    });
    child.stderr.on('data', d => {
      stderr += d;
      if (echo) process.stderr.write(d);
    });
    child.on('error', reject);
    child.on('close', code => resolve({ exitCode: code ?? 1, stdout, stderr, ms: Number(process.hrtime.bigint() - started) / 1e6 }));
  });
}

export async function runAction(inputs, options = {}) {
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'hoist-runner-'));
  const files = {
    GITHUB_OUTPUT: path.join(home, 'output'),
    GITHUB_STATE: path.join(home, 'state'),
    GITHUB_ENV: path.join(home, 'env'),
    GITHUB_PATH: path.join(home, 'path'),
    GITHUB_STEP_SUMMARY: path.join(home, 'summary')
  };
  for (const file of Object.values(files)) fs.writeFileSync(file, '');
  // A runner always gives the event's payload; a push to main's names the repository and its default branch.
  const event = path.join(home, 'event.json');
  fs.writeFileSync(event, JSON.stringify({ ref: 'refs/heads/main', repository: { full_name: 'acme/backend', name: 'backend', default_branch: 'main' } }));
  const runnerTemp = options.runnerTemp ?? fs.mkdtempSync(path.join(home, 'temp-'));
  const workspace = options.workspace ?? ROOT;
  // The runner gives an action its own environment, not the caller's INPUT_*/STATE_*.
  const baseEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (!/^(INPUT_|STATE_|GITHUB_|RUNNER_|ACTIONS_)/.test(k)) baseEnv[k] = v;
  }
  const env = {
    ...baseEnv,
    ...files,
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_REPOSITORY: 'acme/backend',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: 'https://api.github.com',
    GITHUB_RUN_ID: '4242',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
    GITHUB_REF: 'refs/heads/main',
    GITHUB_EVENT_NAME: 'push',
    GITHUB_EVENT_PATH: event,
    GITHUB_ACTION: 'hoist',
    RUNNER_TEMP: runnerTemp,
    RUNNER_OS: 'Linux',
    // A home of the run's own, as a new runner has (hoist keeps Actions cache entries
    // under ~/.cache/hoist); docker's own config stays the caller's, with its builders.
    HOME: options.home ?? home,
    DOCKER_CONFIG: process.env.DOCKER_CONFIG ?? path.join(os.homedir(), '.docker'),
    ...inputEnv(inputs),
    ...options.env
  };
  const main = await node(path.join(ROOT, action.runs.main), env, workspace, options.echo);
  const state = parseCommandFile(fs.readFileSync(files.GITHUB_STATE, 'utf8'));
  const outputs = parseCommandFile(fs.readFileSync(files.GITHUB_OUTPUT, 'utf8'));
  const summary = fs.readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8');
  const stateEnv = {};
  for (const [k, v] of Object.entries(state)) stateEnv[`STATE_${k}`] = v;
  fs.writeFileSync(files.GITHUB_STATE, '');
  // Later steps of the same job run here, before this step's post (the runner runs posts last-first).
  await options.beforePost?.({ main, state, outputs });
  const post = await node(path.join(ROOT, action.runs.post ?? action.runs.main), { ...env, ...stateEnv }, workspace, options.echo);
  // `::add-mask::` lines are commands the runner consumes; they are never shown.
  const shown = text =>
    text
      .split('\n')
      .filter(l => !l.startsWith('::add-mask::'))
      .join('\n');
  const visible = [main.stdout, main.stderr, post.stdout, post.stderr].map(shown).concat(JSON.stringify(outputs), summary).join('\n');
  fs.rmSync(home, { recursive: true, force: true });
  return { main, post, outputs, state, summary, visible };
}

async function cli(argv) {
  const inputs = {};
  const options = { echo: true };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--workspace') options.workspace = path.resolve(argv[++i]);
    else if (argv[i] === '--quiet') options.echo = false;
    else {
      const eq = argv[i].indexOf('=');
      if (eq <= 0) throw new Error(`expected name=value, got '${argv[i]}'`);
      const name = argv[i].slice(0, eq);
      // Repeating a list input appends a line, as a YAML block would.
      inputs[name] = name in inputs ? `${inputs[name]}\n${argv[i].slice(eq + 1)}` : argv[i].slice(eq + 1);
    }
  }
  const run = await runAction(inputs, options);
  console.log('\n== outputs');
  for (const [k, v] of Object.entries(run.outputs)) if (k !== 'metadata') console.log(`${k}: ${v}`);
  console.log(`== main ${run.main.ms.toFixed(0)} ms (exit ${run.main.exitCode}), post ${run.post.ms.toFixed(0)} ms (exit ${run.post.exitCode})`);
  process.exitCode = run.main.exitCode || run.post.exitCode;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await cli(process.argv.slice(2));
}
