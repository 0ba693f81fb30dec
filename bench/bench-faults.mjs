#!/usr/bin/env node
/**
 * hoist's own registry calls under faults (issue 16): a two-platform image is pushed with
 * buildx to the registry, then hoist's read-back, baseline and size report (the calls
 * main.ts makes after the push, each run with a new RegistryClient, as a new step has)
 * read it through test/servers/fault-proxy.ts, which answers each `/v2/` request at
 * probability p with 503 + Retry-After: 1 or a dropped connection (half each). Prints,
 * for p = 0, 0.3 and 0.5, the runs that completed (image, baseline and size report all
 * read, no warning) and the time the faults added to a run (median and max, against
 * the median at p = 0), all measured in this one run.
 *
 *   npm run bench:faults [-- runs]        (default 20 runs per p; needs scripts/toolchain.sh up)
 *
 * hoist's sources and the proxy are transpiled on the fly (TypeScript's transpileModule)
 * into a temporary directory; nothing is bundled or written into the repository.
 */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { transpiled } from './transpile.mjs';

const runs = Number(process.argv[2] ?? 20);
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
fs.rmSync(work, { recursive: true, force: true });
