#!/usr/bin/env node
/**
 * Beyond one runner (issue 19's figures), all on this one machine:
 *
 * 1. Cold, the seeds' Go service (example/) for linux/amd64 + linux/arm64 with its builder
 *    stage emulated (no --platform=$BUILDPLATFORM, so the arm64 compile runs on arm64):
 *    a. one node (one fresh BuildKit) builds both, arm64 under QEMU;
 *    b. two nodes (two fresh BuildKits joined with `append`, arm64 declared on the second);
 *    c. two platform jobs (`distribute: platform`, each on a fresh BuildKit of its own, as
 *       two runners have) one after the other, then the merge job (`merge: true`).
 *    Both BuildKits run here, so the arm64 node still emulates: the figures show what
 *    hoist's own parts cost; what a real arm64 machine changes is printed beside them.
 * 2. Scale: hoist's own work for 2, 4 and 8 platforms (a small image: nothing to compile):
 *    the read-back and size report after a push, and the merge of N platform jobs, with
 *    the registry requests each made (counted in the registry's own log, by user agent).
 *
 * Every hoist step runs as the runner runs it (test/harness/run-action.mjs); the platform
 * digests travel through the test suite's artifact service stand-in.
 *
 *   npm run bench:distribute [-- --skip-cold]
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { startBuildkitd, startFreshBuilder } from '../test/harness/buildkitd.mjs';
import { ROOT, runAction } from '../test/harness/run-action.mjs';
import { transpiled } from './transpile.mjs';

const REGISTRY = '127.0.0.1:5000';
const GO_IMAGE = `${REGISTRY}/base/golang:latest`;
const RUNTIME_IMAGE = `${REGISTRY}/base/busybox:latest`;
const REGISTRY_LOG = '/var/log/hoist/registry.log';
const args = process.argv.slice(2);
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'hoist-bench-distribute-'));
const seconds = ms => `${(ms / 1000).toFixed(1)} s`;
const stamp = Date.now().toString(36);

const { startArtifactServer } = await transpiled(work, ['test/servers']).load('test/servers/artifacts.js');

async function step(inputs, options = {}) {
  const run = await runAction(inputs, { ...options, env: { GITHUB_JOB: 'build', ...options.env } });
  if (run.main.exitCode !== 0) throw new Error(`hoist failed:\n${run.main.stdout.slice(-3000)}`);
  return run;
}

/** Registry requests for `repo` logged since `from` (a line count), by who made them: hoist (user agent `hoist`) or buildx/BuildKit. */
function registryRequests(repo, from) {
  if (!fs.existsSync(REGISTRY_LOG)) return undefined;
  const lines = fs.readFileSync(REGISTRY_LOG, 'utf8').split('\n').slice(from);
  const ours = lines.filter(l => l.includes('msg="response completed"') && l.includes(`/v2/${repo}/`));
  const hoist = ours.filter(l => /http\.request\.useragent="?hoist/.test(l)).length;
  return { hoist, other: ours.length - hoist };
}
const logLines = () => (fs.existsSync(REGISTRY_LOG) ? fs.readFileSync(REGISTRY_LOG, 'utf8').split('\n').length - 1 : 0);

console.log(`hoist distribute bench (${os.cpus().length} cores, one machine)`);

// ---------------------------------------------------------------- 1. cold, emulated builder stage
if (!args.includes('--skip-cold')) {
  const cross = fs.readFileSync(path.join(ROOT, 'example', 'Dockerfile'), 'utf8');
  if (!cross.includes('FROM --platform=$BUILDPLATFORM ${GO_IMAGE} AS builder')) throw new Error('example/Dockerfile no longer has the builder stage this bench rewrites');
  const dockerfile = path.join(work, 'Dockerfile.emulated');
  fs.writeFileSync(dockerfile, cross.replace('FROM --platform=$BUILDPLATFORM ${GO_IMAGE} AS builder', 'FROM ${GO_IMAGE} AS builder'));
  const base = { context: 'example', file: dockerfile, 'build-args': `GO_IMAGE=${GO_IMAGE}\nRUNTIME_IMAGE=${RUNTIME_IMAGE}`, push: 'true' };
  const repo = name => `${REGISTRY}/bench/distribute-${name}-${stamp}`;
  console.log("1. cold: the seeds' Go service, linux/amd64 + linux/arm64, builder stage emulated for arm64");

  // a. One node.
  let b = await startFreshBuilder();
  const one = await step({ ...base, platforms: 'linux/amd64,linux/arm64', tags: `${repo('one')}:v1`, builder: b.name });
  await b.stop();
  console.log(`  a. one node, arm64 emulated            ${seconds(one.main.ms)}`);

  // b. Two nodes, joined by hoist (append).
  const [amd, arm] = await Promise.all([startBuildkitd(), startBuildkitd()]);
  const two = await step(
    { ...base, platforms: 'linux/amd64,linux/arm64', tags: `${repo('nodes')}:v1`, driver: 'remote', endpoint: amd.socket, append: `- endpoint: ${arm.socket}\n  platforms: linux/arm64\n` },
    { env: { GITHUB_JOB: `nodes-${stamp}` } }
  );
  await Promise.all([amd.stop(), arm.stop()]);
  console.log(`  b. two nodes (append), both here       ${seconds(two.main.ms)}  (${(two.main.ms / one.main.ms).toFixed(2)} of a)`);

  // c. Two platform jobs, each on a fresh BuildKit (its own runner), then the merge.
  const artifacts = await startArtifactServer();
  const jobs = {};
  for (const platform of ['linux/amd64', 'linux/arm64']) {
    b = await startFreshBuilder();
    jobs[platform] = await step({ ...base, platforms: platform, tags: `${repo('matrix')}:v1`, builder: b.name, distribute: 'platform' }, { env: { ...artifacts.env('build', 1) } });
    await b.stop();
  }
  const merge = await step(
    { platforms: 'linux/amd64,linux/arm64', tags: `${repo('matrix')}:v1`, push: 'true', merge: 'true' },
    { workspace: fs.mkdtempSync(path.join(work, 'merge-ws-')), env: { ...artifacts.env('merge', 1), GITHUB_JOB: 'merge' } }
  );
  await artifacts.close();
  const mergeOwn = Number(/merged 2 platform job\(s\) into sha256:[0-9a-f]{64} in (\d+) ms/.exec(merge.main.stdout)?.[1]);
  const amdMs = jobs['linux/amd64'].main.ms;
  const armMs = jobs['linux/arm64'].main.ms;
  const sequential = amdMs + armMs + merge.main.ms;
  const parallel = Math.max(amdMs, armMs) + merge.main.ms;
  console.log(
    `  c. platform jobs + merge, in a row     ${seconds(sequential)}  (${(sequential / one.main.ms).toFixed(2)} of a): amd64 job ${seconds(amdMs)}, arm64 job ${seconds(armMs)}, merge step ${seconds(merge.main.ms)}`
  );
  console.log(`     the same jobs side by side (a matrix on two runners): ${seconds(parallel)} (${(parallel / one.main.ms).toFixed(2)} of a)`);
  console.log(`     the merge's own work (gather, check, imagetools create): ${mergeOwn} ms; the whole merge step ${Math.round(merge.main.ms)} ms`);
  console.log(
    `  on real machines: the arm64 node/job runs natively there, so it takes about as long as amd64 here (${seconds(amdMs)}):` +
      ` b ≈ ${seconds(amdMs)}, c side by side ≈ ${seconds(amdMs + merge.main.ms)} (${((amdMs + merge.main.ms) / one.main.ms).toFixed(2)} of a)`
  );
}

// ---------------------------------------------------------------- 2. scale: 2, 4, 8 platforms
const ALL = ['linux/amd64', 'linux/arm64', 'linux/arm/v7', 'linux/386', 'linux/ppc64le', 'linux/s390x', 'linux/riscv64', 'linux/arm/v6'];
const small = path.join(work, 'small');
fs.mkdirSync(small);
fs.writeFileSync(path.join(small, 'Dockerfile'), 'FROM scratch\nARG TARGETPLATFORM\nCOPY hello /hello\n');
fs.writeFileSync(path.join(small, 'hello'), 'hello\n');
console.log('2. scale: a small image (FROM scratch, one COPY), fully cached; registry requests counted in the registry log');
console.log('   platforms | read-back + report (one push)      | merge of N platform jobs');
for (const n of [2, 4, 8]) {
  const platforms = ALL.slice(0, n).join(',');
  const repo = `bench/scale-${n}-${stamp}`;
  // Warm the cache so the timed push is only the push.
  await step({ context: '.', platforms, tags: `${REGISTRY}/${repo}:warm`, push: 'true' }, { workspace: small });
  let from = logLines();
  const push = await step({ context: '.', platforms, tags: `${REGISTRY}/${repo}:v1`, push: 'true' }, { workspace: small });
  const reportMs = Number(/read back and reported in (\d+) ms/.exec(push.main.stdout)?.[1]);
  const pushRequests = registryRequests(repo, from);

  const artifacts = await startArtifactServer();
  const mrepo = `${repo}-matrix`;
  for (const p of ALL.slice(0, n)) {
    await step({ context: '.', platforms: p, tags: `${REGISTRY}/${mrepo}:v1`, push: 'true', distribute: 'platform' }, { workspace: small, env: { ...artifacts.env('build', 1) } });
  }
  from = logLines();
  const merge = await step(
    { platforms, tags: `${REGISTRY}/${mrepo}:v1`, push: 'true', merge: 'true' },
    { workspace: fs.mkdtempSync(path.join(work, 'merge-ws-')), env: { ...artifacts.env('merge', 1), GITHUB_JOB: 'merge' } }
  );
  await artifacts.close();
  const mergeMs = Number(new RegExp(`merged ${n} platform job\\(s\\) into sha256:[0-9a-f]{64} in (\\d+) ms`).exec(merge.main.stdout)?.[1]);
  const mergeReport = Number(/read back and reported in (\d+) ms/.exec(merge.main.stdout)?.[1]);
  const part = re => /in (\d+) ms/.exec(merge.main.stdout.split('\n').find(l => re.test(l)) ?? '')?.[1];
  const parts = `gather ${part(/^gathered /)} + check ${part(/^checked /)} + create ${part(/^created the index/)} ms`;
  const mergeRequests = registryRequests(mrepo, from);
  const per = (r, k) => (r ? `${r[k]} (${(r[k] / n).toFixed(1)}/platform)` : 'n/a');
  console.log(
    `   ${String(n).padEnd(9)} | ${String(reportMs).padStart(4)} ms, hoist ${per(pushRequests, 'hoist')} requests | ` +
      `${String(mergeMs).padStart(4)} ms (${parts}), then ${mergeReport} ms read-back+report; hoist ${per(mergeRequests, 'hoist')}, imagetools ${per(mergeRequests, 'other')} requests; step ${Math.round(merge.main.ms)} ms`
  );
}
fs.rmSync(work, { recursive: true, force: true });
console.log('command: npm run bench:distribute');
