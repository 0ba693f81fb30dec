#!/usr/bin/env node
/**
 * What emulation costs, and what hoist's builder setup costs (issue 17's figures):
 *
 * 1. The seeds' Go service (example/) for linux/amd64 + linux/arm64, cold, on a new
 *    docker-container builder each run: its builder stage cross-compiled
 *    (`FROM --platform=$BUILDPLATFORM`, as example/Dockerfile has it) against the same
 *    stage emulated (no --platform: the arm64 compile runs under QEMU). Prints both and
 *    the ratio.
 * 2. hoist's builder setup on a machine where only the Docker engine's builder exists:
 *    hoist's main step with no builder (it sets one up) against the same step on a
 *    builder made beforehand, and the setup time hoist reports.
 *
 *   npm run bench:emulation [-- --runs N] [-- --skip-emulation]
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ROOT, runAction } from '../test/harness/run-action.mjs';

const REGISTRY = process.env.HOIST_E2E_REGISTRY ?? '127.0.0.1:5000';
const GO_IMAGE = `${REGISTRY}/base/golang:latest`;
const RUNTIME_IMAGE = `${REGISTRY}/base/busybox:latest`;
const BUILDKIT_IMAGE = process.env.HOIST_BUILDKIT_IMAGE ?? `${REGISTRY}/hoist/buildkit:v0.32.2`;
const PLATFORMS = 'linux/amd64,linux/arm64';
const args = process.argv.slice(2);
const runs = args.includes('--runs') ? Number(args[args.indexOf('--runs') + 1]) : 3;

function sh(command, argv, options = {}) {
  const result = spawnSync(command, argv, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, ...options });
  if (result.status !== 0 && !options.allowFail) throw new Error(`${command} ${argv.join(' ')} failed:\n${(result.stderr || result.stdout).slice(-2000)}`);
  return result;
}
const seconds = ms => `${(ms / 1000).toFixed(1)} s`;
const median = xs => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** A new docker-container builder with an empty state volume: a fresh hosted runner's BuildKit. */
function freshBuilder(name) {
  sh('docker', ['buildx', 'rm', '-f', name], { allowFail: true });
  sh('docker', ['buildx', 'create', '--name', name, '--driver', 'docker-container', '--driver-opt', `image=${BUILDKIT_IMAGE},network=host`, '--bootstrap']);
  return () => sh('docker', ['buildx', 'rm', '-f', name], { allowFail: true });
}

function coldBuild(dockerfile) {
  const name = `hoist-bench-emu-${process.pid}`;
  const remove = freshBuilder(name);
  try {
    const started = performance.now();
    sh('docker', [
      'buildx',
      'build',
      '--builder',
      name,
      '--platform',
      PLATFORMS,
      '--build-arg',
      `GO_IMAGE=${GO_IMAGE}`,
      '--build-arg',
      `RUNTIME_IMAGE=${RUNTIME_IMAGE}`,
      '--output',
      'type=cacheonly',
      '-f',
      dockerfile,
      path.join(ROOT, 'example')
    ]);
    return performance.now() - started;
  } finally {
    remove();
  }
}

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'hoist-bench-emulation-'));
console.log(`hoist emulation bench: seeds' Go service (example/), ${PLATFORMS}, cold, a new docker-container builder per run`);

if (!args.includes('--skip-emulation')) {
  const cross = path.join(ROOT, 'example', 'Dockerfile');
  const emulated = path.join(work, 'Dockerfile.emulated');
  const text = fs.readFileSync(cross, 'utf8');
  if (!text.includes('FROM --platform=$BUILDPLATFORM ${GO_IMAGE} AS builder')) throw new Error('example/Dockerfile no longer has the cross-compiling builder stage this bench rewrites');
  fs.writeFileSync(emulated, text.replace('FROM --platform=$BUILDPLATFORM ${GO_IMAGE} AS builder', 'FROM ${GO_IMAGE} AS builder'));
  const crossMs = coldBuild(cross);
  console.log(`  cross-compiled builder stage   ${seconds(crossMs)}`);
  const emulatedMs = coldBuild(emulated);
  console.log(`  emulated builder stage         ${seconds(emulatedMs)}`);
  console.log(`  ratio cross / emulated         ${(crossMs / emulatedMs).toFixed(2)} (emulated takes ${(emulatedMs / crossMs).toFixed(1)}×)`);
}

// ---- hoist's builder setup --------------------------------------------------------
// A small two-platform build with nothing to compile, so the setup is most of the step.
const ctx = path.join(work, 'small');
fs.mkdirSync(ctx);
fs.writeFileSync(path.join(ctx, 'Dockerfile'), `FROM ${RUNTIME_IMAGE}\nCOPY hello /hello\n`);
fs.writeFileSync(path.join(ctx, 'hello'), 'hello\n');
const inputs = { context: '.', platforms: PLATFORMS, provenance: 'false' };
const made = `hoist-bench-made-${process.pid}`;
const removeMade = freshBuilder(made);
const step = async (extra, env) => {
  const run = await runAction({ ...inputs, ...extra }, { workspace: ctx, env: { GITHUB_JOB: `bench-${Date.now()}`, ...env } });
  if (run.main.exitCode !== 0) throw new Error(`hoist failed:\n${run.main.stdout.slice(-3000)}`);
  const setup = /set up in ([\d.]+) s/.exec(run.main.stdout)?.[1];
  return { main: run.main.ms, post: run.post.ms, setup: setup ? Number(setup) * 1000 : undefined };
};
const withMade = [];
const withSetup = [];
try {
  for (let i = 0; i < runs; i++) {
    withMade.push(await step({ builder: made }, {}));
    withSetup.push(await step({}, { BUILDX_BUILDER: 'default' }));
  }
} finally {
  removeMade();
}
const m = xs => seconds(median(xs));
console.log(`  hoist main, builder made beforehand        ${m(withMade.map(r => r.main))} (median of ${runs})`);
console.log(
  `  hoist main, no builder (hoist sets one up) ${m(withSetup.map(r => r.main))}; of it the setup ${m(withSetup.map(r => r.setup ?? 0))}; its post (removes it) ${m(withSetup.map(r => r.post))}`
);
console.log(`  setup cost: ${seconds(median(withSetup.map(r => r.main)) - median(withMade.map(r => r.main)))} more until the build is done`);
fs.rmSync(work, { recursive: true, force: true });
console.log('command: npm run bench:emulation');
