#!/usr/bin/env node
/**
 * Registry faults, through test/servers/fault-proxy.ts, which answers each `/v2/` request
 * at probability p with 503 + Retry-After: 1 or a dropped connection (half each).
 *
 * 1. hoist's own registry calls (issue 16): a two-platform image is pushed with buildx to
 *    the registry, then hoist's read-back, baseline and size report (the calls main.ts
 *    makes after the push, each run with a new RegistryClient, as a new step has) read it
 *    through the proxy. Prints, for p = 0, 0.3 and 0.5, the runs that completed (image,
 *    baseline and size report all read, no warning) and the time the faults added to a run
 *    (median and max, against the median at p = 0).
 * 2. BuildKit's push (issue 28): whole hoist runs (dist/, main and post, as the runner
 *    runs them: test/harness/run-action.mjs) of a fully cached two-platform image, each
 *    pushing to a new repository through the proxy on 127.0.0.1:5002 (buildkitd speaks
 *    plain HTTP to it), PARALLEL runs at a time. A run is complete when it succeeded, the
 *    image is whole on the registry (index, manifests, configs and layers read over plain
 *    HTTP from 127.0.0.1:5000, each matching its digest, as hoist's outputs name them) and
 *    the size report was made. For contrast, the same pushes with a bare
 *    `docker buildx build --push`, which has only BuildKit's own retries.
 *
 *   npm run bench:faults [-- runs]        (default 20 runs per row; needs scripts/toolchain.sh up and a built dist/)
 *
 * hoist's sources and the proxy are transpiled on the fly (TypeScript's transpileModule)
 * into a temporary directory; nothing is bundled or written into the repository.
 */
import { execFile, execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { runAction, ROOT } from '../test/harness/run-action.mjs';
import { transpiled } from './transpile.mjs';

const runs = Number(process.argv[2] ?? 20);
/** Whole runs side by side: each is its own process, as parallel jobs are, each with its own repository. */
const PARALLEL = 4;
/** buildkitd's config lists 127.0.0.1:5000–5003 as plain HTTP registries: the proxy BuildKit pushes through listens on one. */
const PROXY_PORT = 5002;
if (!fs.existsSync(path.join(ROOT, 'dist/index.js'))) throw new Error('no dist/: build it first (npm run build)');
const registry = '127.0.0.1:5000';
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-faults-'));

// src/ and the stand-ins as plain ESM under `work`, same layout, node_modules reachable.
const { load } = transpiled(work, ['src', 'test/servers']);
const { RegistryClient } = await load('src/registry/client.js');
const { DEFAULT_RETRY_POLICY } = await load('src/registry/retry.js');
const { readBackPushed } = await load('src/readback/pushed.js');
const { readBaseline } = await load('src/report/baseline.js');
const { reportBuild } = await load('src/report/report.js');
const { readWorkflowFacts } = await load('src/runner/workflow.js');
const { startFaultProxy } = await load('test/servers/fault-proxy.js');
const { PUSH_ATTEMPTS, PUSH_RETRY_WAIT_MS, PUSH_RETRY_BUDGET_MS } = await load('src/buildx/build.js');
const started = performance.now();

/** Two platforms (busybox + two payload layers), pushed by buildx as hoist's build would; buildx adds provenance. */
function pushImage(ref, payloadBytes) {
  const dir = fs.mkdtempSync(path.join(work, 'context-'));
  fs.writeFileSync(path.join(dir, 'a'), randomBytes(payloadBytes));
  fs.writeFileSync(path.join(dir, 'b'), randomBytes(1000));
  fs.writeFileSync(path.join(dir, 'Dockerfile'), `FROM ${registry}/base/busybox:latest\nCOPY a /a\nCOPY b /b\n`);
  const metadata = path.join(dir, 'metadata.json');
  execFileSync('docker', ['buildx', 'build', '--builder', 'hoist', '--platform', 'linux/amd64,linux/arm64', '--metadata-file', metadata, '--push', '-t', ref, dir], { stdio: 'ignore' });
  return JSON.parse(fs.readFileSync(metadata, 'utf8'))['containerimage.digest'];
}

function recordingRunner() {
  const runner = { outputs: {}, warnings: [] };
  const none = () => undefined;
  Object.assign(runner, {
    isDebug: false,
    debug: none,
    getInput: () => '',
    getState: () => '',
    saveState: none,
    setSecret: none,
    info: none,
    appendSummary: none,
    setOutput: (name, value) => void (runner.outputs[name] = value),
    warning: message => void runner.warnings.push(message),
    error: message => void runner.warnings.push(message),
    setFailed: message => void runner.warnings.push(message),
    group: (_, fn) => fn()
  });
  return runner;
}

/** What main.ts does after the push: the baseline read beside the read-back, then the report. */
async function readBackAndReport(host, repo, digest, policy) {
  const runner = recordingRunner();
  const client = new RegistryClient(policy);
  const tag = `${host}/${repo}:new`;
  const started = performance.now();
  const baseline = readBaseline(client, `${host}/${repo}:base`, [tag], readWorkflowFacts({}));
  const image = await readBackPushed(runner, client, tag, digest);
  const result = { tags: [tag], pushed: true, digest, platformDigests: {}, durationMs: 0 };
  await reportBuild(runner, { tags: [tag], 'compare-to': '', 'max-size': '', 'max-size-increase': '' }, result, image, baseline);
  const ms = performance.now() - started;
  await baseline;
  const sizes = runner.outputs.sizes ? JSON.parse(runner.outputs.sizes) : undefined;
  return { ms, complete: image !== undefined && sizes?.baseline !== undefined && runner.warnings.length === 0, warnings: runner.warnings, retry: client.retryStats() };
}

const median = values => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const seconds = ms => `${(ms / 1000).toFixed(1)} s`;

const repo = `bench/faults-${process.pid}-${Date.now().toString(36)}`;
pushImage(`${registry}/${repo}:base`, 100_000);
const digest = pushImage(`${registry}/${repo}:new`, 200_000);

const rows = [];
let cleanMs;
// The last row is the policy before issue 16 (4 attempts per request, no shared budget), for comparison.
for (const [p, label, policy] of [
  [0, '0', undefined],
  [0.3, '0.3', undefined],
  [0.5, '0.5', undefined],
  [0.5, '0.5, 4 attempts (as before)', { attempts: 4 }]
]) {
  const proxy = await startFaultProxy({ target: registry, probability: p, seed: Math.round(p * 100) });
  const outcomes = [];
  for (let i = 0; i < runs; i++) outcomes.push(await readBackAndReport(proxy.host, repo, digest, policy));
  await proxy.close();
  const ms = outcomes.map(o => o.ms);
  cleanMs ??= median(ms);
  const added = ms.map(m => Math.max(0, m - cleanMs));
  const failures = outcomes.filter(o => !o.complete).map(o => o.warnings[0] ?? 'incomplete');
  rows.push({
    p,
    label,
    complete: outcomes.length - failures.length,
    faults: proxy.counts.unavailable + proxy.counts.dropped,
    requests: proxy.counts.requests,
    ms,
    added,
    failures,
    spent: Math.max(...outcomes.map(o => o.retry.spentMs))
  });
}

console.log(`read-back + baseline + size report of a two-platform image (with attestations) through the fault proxy, ${runs} runs per p, one client per run`);
console.log(
  `policy: ${DEFAULT_RETRY_POLICY.attempts} attempts, backoff ${DEFAULT_RETRY_POLICY.backoffMs} ms doubling to ${DEFAULT_RETRY_POLICY.maxBackoffMs} ms (full jitter), Retry-After honoured, budget ${seconds(DEFAULT_RETRY_POLICY.budgetMs)} per client`
);
console.log('');
console.log('| p | runs complete | faults injected / requests | run time (median) | added time, median | added time, max | retry budget spent, max |');
console.log('|---|---|---|---:|---:|---:|---:|');
for (const r of rows) {
  console.log(
    `| ${r.label} | ${r.complete}/${runs} | ${r.faults} / ${r.requests} | ${Math.round(median(r.ms))} ms | ${r.p === 0 ? '—' : seconds(median(r.added))} | ${r.p === 0 ? '—' : seconds(Math.max(...r.added))} | ${seconds(r.spent)} |`
  );
}
// Why runs were incomplete: the first few of each row.
for (const r of rows) {
  for (const f of r.failures.slice(0, 3)) console.log(`p = ${r.label}: ${f}`);
  if (r.failures.length > 3) console.log(`p = ${r.label}: … and ${r.failures.length - 3} more`);
}

// 2. BuildKit's push, in whole hoist runs.
const run = promisify(execFile);
const sha256 = bytes => `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
const ACCEPT = [
  'application/vnd.oci.image.index.v1+json',
  'application/vnd.docker.distribution.manifest.list.v2+json',
  'application/vnd.oci.image.manifest.v1+json',
  'application/vnd.docker.distribution.manifest.v2+json'
].join(', ');

/** Reads a blob or manifest straight from the registry (no proxy); its bytes must match the digest. */
async function fetchVerified(repo, kind, digest) {
  const res = await fetch(`http://${registry}/v2/${repo}/${kind}/${digest}`, { headers: { accept: ACCEPT } });
  if (res.status !== 200) throw new Error(`${kind} ${digest}: HTTP ${res.status}`);
  const bytes = Buffer.from(await res.arrayBuffer());
  if (sha256(bytes) !== digest) throw new Error(`${kind} ${digest}: bytes do not match`);
  return bytes;
}

/** The tag's whole image on the registry: its index digest and each platform's manifest digest; throws when any part cannot be read. */
async function verifyOnRegistry(repo, tag) {
  const res = await fetch(`http://${registry}/v2/${repo}/manifests/${tag}`, { headers: { accept: ACCEPT } });
  if (res.status !== 200) throw new Error(`manifest ${repo}:${tag}: HTTP ${res.status}`);
  const body = Buffer.from(await res.arrayBuffer());
  const platforms = {};
  for (const m of JSON.parse(body.toString('utf8')).manifests ?? []) {
    const manifest = JSON.parse((await fetchVerified(repo, 'manifests', m.digest)).toString('utf8'));
    for (const blob of [manifest.config, ...(manifest.layers ?? [])]) await fetchVerified(repo, 'blobs', blob.digest);
    if (m.annotations?.['vnd.docker.reference.type'] !== 'attestation-manifest') platforms[`${m.platform.os}/${m.platform.architecture}`] = m.digest;
  }
  if (Object.keys(platforms).length !== 2) throw new Error(`${Object.keys(platforms).length} platforms in the index`);
  return { index: sha256(body), platforms };
}

/** `count` tasks, PARALLEL at a time, in order of their index. */
async function pooled(count, task) {
  const results = new Array(count);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(PARALLEL, count) }, async () => {
      while (next < count) {
        const i = next++;
        results[i] = await task(i);
      }
    })
  );
  return results;
}

const pushContext = fs.mkdtempSync(path.join(work, 'push-'));
fs.writeFileSync(path.join(pushContext, 'a'), randomBytes(300_000));
fs.writeFileSync(path.join(pushContext, 'Dockerfile'), `FROM ${registry}/base/busybox:latest\nCOPY a /a\nRUN wc -c /a > /size\n`);
// Fully cached from here on: every run below only pushes.
execFileSync('docker', ['buildx', 'build', '--builder', 'hoist', '--platform', 'linux/amd64,linux/arm64', pushContext], { stdio: 'ignore' });
const pushRepo = (kind, p, i) => `bench/push-${kind}-${String(p).replace('.', '')}-${i}-${process.pid}-${Date.now().toString(36)}`;

/** One whole hoist run pushing through the proxy: complete or why not, its time and its push retries. */
async function hoistRun(p, i) {
  const repo = pushRepo('hoist', p, i);
  const result = await runAction({ context: '.', platforms: 'linux/amd64,linux/arm64', tags: `127.0.0.1:${PROXY_PORT}/${repo}:1`, push: 'true', builder: 'hoist' }, { workspace: pushContext });
  const retries = (result.main.stdout.match(/^::warning::pushing the image failed on a registry error that may pass/gm) ?? []).length;
  const outcome = { ms: result.main.ms, retries };
  if (result.main.exitCode !== 0) return { ...outcome, failure: (/^::error::(.*)$/m.exec(result.main.stdout)?.[1] ?? `exit ${result.main.exitCode}`).slice(0, 300) };
  try {
    const image = await verifyOnRegistry(repo, '1');
    if (result.outputs.digest !== image.index) return { ...outcome, failure: `digest output ${result.outputs.digest}, registry ${image.index}` };
    if (JSON.stringify(JSON.parse(result.outputs['platform-digests'] || '{}')) !== JSON.stringify(image.platforms)) return { ...outcome, failure: 'platform-digests output differs from the registry' };
    if (!result.outputs.sizes) return { ...outcome, failure: 'no size report' };
  } catch (e) {
    return { ...outcome, failure: `pushed image incomplete: ${e.message}` };
  }
  return outcome;
}

/** The same push with a bare `docker buildx build --push`: BuildKit's own retries only. */
async function bareRun(p, i) {
  const repo = pushRepo('bare', p, i);
  const t0 = performance.now();
  const args = ['buildx', 'build', '--builder', 'hoist', '--platform', 'linux/amd64,linux/arm64', '--push', '-t', `127.0.0.1:${PROXY_PORT}/${repo}:1`, pushContext];
  const failure = await run('docker', args, { maxBuffer: 64 * 1024 * 1024 }).then(
    () =>
      verifyOnRegistry(repo, '1').then(
        () => undefined,
        e => `pushed image incomplete: ${e.message}`
      ),
    e => /^ERROR: (.*)$/m.exec(e.stderr ?? '')?.[1]?.slice(0, 300) ?? String(e.message)
  );
  return { ms: performance.now() - t0, retries: 0, ...(failure ? { failure } : {}) };
}

const pushRows = [];
for (const p of [0.3, 0.5]) {
  for (const [label, one] of [
    ['hoist (whole run)', hoistRun],
    ['bare `docker buildx build --push`', bareRun]
  ]) {
    const proxy = await startFaultProxy({ target: registry, probability: p, seed: 2800 + Math.round(p * 100), port: PROXY_PORT });
    const outcomes = await pooled(runs, i => one(p, i));
    await proxy.close();
    const failures = outcomes.filter(o => o.failure).map(o => o.failure);
    pushRows.push({ p, label, outcomes, failures, faults: proxy.counts.unavailable + proxy.counts.dropped, requests: proxy.counts.requests });
  }
}

console.log('');
console.log(
  `whole hoist runs (dist/, main + post) of a fully cached two-platform image, each pushing to a new repository through the fault proxy on 127.0.0.1:${PROXY_PORT}, ${PARALLEL} at a time, ${runs} per row; complete = succeeded, the image whole on the registry as its outputs say, the size report made`
);
console.log(`push retry: ${PUSH_ATTEMPTS} attempts, waits ${PUSH_RETRY_WAIT_MS / 1000} s doubling, no retry starting later than ${PUSH_RETRY_BUDGET_MS / 1000} s after the first failed push`);
console.log('');
console.log('| p | pushed by | runs complete | runs with push retries | push retries, total (max in a run) | faults injected / requests | main step time, median | main step time, max |');
console.log('|---|---|---|---|---|---|---:|---:|');
for (const r of pushRows) {
  const ms = r.outcomes.map(o => o.ms);
  const retried = r.outcomes.filter(o => o.retries > 0).length;
  const total = r.outcomes.reduce((sum, o) => sum + o.retries, 0);
  const bare = r.label.startsWith('bare');
  console.log(
    `| ${r.p} | ${r.label} | ${runs - r.failures.length}/${runs} | ${bare ? '—' : `${retried}/${runs}`} | ${bare ? '—' : `${total} (${Math.max(...r.outcomes.map(o => o.retries))})`} | ${r.faults} / ${r.requests} | ${seconds(median(ms))} | ${seconds(Math.max(...ms))} |`
  );
}
for (const r of pushRows) {
  for (const f of r.failures.slice(0, 3)) console.log(`p = ${r.p}, ${r.label}: ${f}`);
  if (r.failures.length > 3) console.log(`p = ${r.p}, ${r.label}: … and ${r.failures.length - 3} more`);
}
console.log(`\nbench time: ${seconds(performance.now() - started)}`);
fs.rmSync(work, { recursive: true, force: true });
