#!/usr/bin/env node
/**
 * What measuring an image that is not pushed costs (issue 20): the build also writes an
 * OCI layout (`--output type=oci,dest=…,tar=false`), which hoist reads. Measured in one run
 * on the toolchain's builder, for two images:
 *
 * - the seeds' Go service (example/), linux/amd64 + linux/arm64, fully cached;
 * - an image of about 1 GB made from this machine's own files (/usr/share and the Go
 *   toolchain: text, binaries, archives), linux/amd64.
 *
 * For each: the same `docker buildx build` without the extra output, with it the first
 * time after the build (its layers compressed then, as a push would), and with it again
 * (the compressed layers cached by BuildKit); then hoist's own read of the layout.
 *
 *   npm run bench:measure [-- --skip-large]
 */
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ROOT, runAction } from '../test/harness/run-action.mjs';

const REGISTRY = '127.0.0.1:5000';
const BUILDER = process.env.HOIST_E2E_BUILDER ?? 'hoist';
const args = process.argv.slice(2);
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'hoist-bench-measure-'));
const seconds = ms => `${(ms / 1000).toFixed(2)} s`;
const median = xs => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function build(context, extra, withLayout) {
  const layout = path.join(work, `layout-${Date.now()}`);
  const argv = ['buildx', 'build', '--builder', BUILDER, ...extra, '--provenance=false', ...(withLayout ? ['--output', `type=oci,dest=${layout},tar=false`] : []), context];
  const started = performance.now();
  const result = spawnSync('docker', argv, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const ms = performance.now() - started;
  if (result.status !== 0) throw new Error(`docker ${argv.join(' ')} failed:\n${result.stderr.slice(-2000)}`);
  fs.rmSync(layout, { recursive: true, force: true });
  return ms;
}

async function measure(name, context, extra, inputs) {
  build(context, extra, false); // the build itself, cached from here on
  const without = median([0, 1, 2].map(() => build(context, extra, false)));
  const first = build(context, extra, true);
  const again = median([0, 1, 2].map(() => build(context, extra, true)));
  const run = await runAction(inputs, { workspace: context === path.join(ROOT, 'example') ? ROOT : context });
  if (run.main.exitCode !== 0) throw new Error(`hoist failed:\n${run.main.stdout.slice(-3000)}`);
  const read = Number(/from the OCI layout the build wrote: \d+ platform\(s\) in (\d+) ms/.exec(run.main.stdout)?.[1]);
  const sizes = JSON.parse(run.outputs.sizes);
  const total = Object.values(sizes.platforms).reduce((s, p) => s + p.compressed, 0);
  console.log(`${name} (${(total / 1e6).toFixed(1)} MB compressed over ${Object.keys(sizes.platforms).length} platform(s))`);
  console.log(`  build without the layout (median of 3)         ${seconds(without)}`);
  console.log(`  with it, first time (layers compressed then)   ${seconds(first)}   +${seconds(first - without)}`);
  console.log(`  with it again (median of 3)                    ${seconds(again)}   +${seconds(again - without)}`);
  console.log(`  hoist reading the layout                       ${read} ms`);
  return { without, first, again, read };
}

console.log(`hoist measure bench (${os.cpus().length} cores, builder ${BUILDER})`);
const example = path.join(ROOT, 'example');
const buildArgs = [`GO_IMAGE=${REGISTRY}/base/golang:latest`, `RUNTIME_IMAGE=${REGISTRY}/base/busybox:latest`];
await measure('seeds\u2019 Go service, linux/amd64 + linux/arm64, fully cached', example, ['--platform', 'linux/amd64,linux/arm64', ...buildArgs.flatMap(a => ['--build-arg', a])], {
  context: 'example',
  platforms: 'linux/amd64,linux/arm64',
  'build-args': buildArgs.join('\n'),
  provenance: 'false'
});

if (!args.includes('--skip-large')) {
  const large = path.join(work, 'large');
  fs.mkdirSync(large);
  // Hard links: the same bytes as the machine's own files, copied in no time.
  execFileSync('cp', ['-al', '/usr/share', path.join(large, 'share')]);
  execFileSync('cp', ['-al', '/usr/local/go', path.join(large, 'go')]);
  const bytes = Number(execFileSync('du', ['-sb', large], { encoding: 'utf8' }).split('\t')[0]);
  fs.writeFileSync(path.join(large, 'Dockerfile'), `FROM ${REGISTRY}/base/busybox:latest\nCOPY share /data/share\nCOPY go /data/go\n`);
  fs.writeFileSync(path.join(large, '.dockerignore'), 'Dockerfile\n');
  console.log(`(large: ${(bytes / 1e9).toFixed(2)} GB of files)`);
  await measure('about 1 GB from local files, linux/amd64', large, ['--platform', 'linux/amd64'], { context: '.', platforms: 'linux/amd64', provenance: 'false' });
}
fs.rmSync(work, { recursive: true, force: true });
console.log('command: npm run bench:measure');
