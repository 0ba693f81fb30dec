/**
 * hoist's own registry calls under faults (issue 16): the read-back, the baseline and
 * the size report, through a proxy in front of the real registry that answers `/v2/`
 * requests 503 + Retry-After: 1 or drops them at probability p. The image is pushed by
 * buildx straight to the registry (BuildKit trusts only it as plain HTTP); hoist's code
 * then reads the same repository through the proxy's host, in this process.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { workspace } from '../helpers/workspace.js';
import { readBackPushed } from '../../src/readback/pushed.js';
import { digestsByPlatform } from '../../src/readback/image.js';
import { RegistryClient, type RetryStats } from '../../src/registry/client.js';
import { DEFAULT_RETRY_POLICY } from '../../src/registry/retry.js';
import { readBaseline } from '../../src/report/baseline.js';
import { reportBuild } from '../../src/report/report.js';
import { readWorkflowFacts } from '../../src/runner/workflow.js';
import { FakeRunner } from '../helpers/runner.js';
import { startFaultProxy, type FaultCounts, type FaultProxy } from '../servers/fault-proxy.js';
import { BUILDER, getManifest, REGISTRY, requireToolchain, RUNTIME_IMAGE, uniqueRepo } from './toolchain.js';

const run = promisify(execFile);
const TRIES = 20;

/** Two platforms, busybox plus two payload layers; buildx adds its provenance attestations. Returns the index digest. */
async function pushImage(ref: string, payloadBytes: number): Promise<string> {
  const dir = workspace({ a: randomBytes(payloadBytes), b: randomBytes(1000), Dockerfile: `FROM ${RUNTIME_IMAGE}\nCOPY a /a\nCOPY b /b\n` }, { name: 'faults' });
  const metadata = path.join(dir, 'metadata.json');
  await run('docker', ['buildx', 'build', '--builder', BUILDER, '--platform', 'linux/amd64,linux/arm64', '--metadata-file', metadata, '--push', '-t', ref, dir]);
  const digest = (JSON.parse(fs.readFileSync(metadata, 'utf8')) as Record<string, string>)['containerimage.digest'];
  fs.rmSync(dir, { recursive: true, force: true });
  return digest;
}

interface Outcome {
  ms: number;
  complete: boolean;
  warnings: string[];
  platformDigests: Record<string, string>;
  retry: RetryStats;
  faults: FaultCounts;
}

/** What main.ts does after the push, through `host`: the baseline read beside the read-back, then the report. */
async function readBackAndReport(proxy: FaultProxy, repo: string, digest: string): Promise<Outcome> {
  const runner = new FakeRunner({});
  const client = new RegistryClient();
  const tag = `${proxy.host}/${repo}:new`;
  const started = performance.now();
  const baseline = readBaseline(client, `${proxy.host}/${repo}:base`, [tag], readWorkflowFacts({}));
  const image = await readBackPushed(runner, client, tag, digest);
  const platformDigests = image ? digestsByPlatform(image) : {};
  await reportBuild(runner, { tags: [tag], 'compare-to': '', 'max-size': '', 'max-size-increase': '' }, { tags: [tag], pushed: true, digest, platformDigests, durationMs: 0 }, image, baseline);
  const ms = performance.now() - started;
  // reportBuild leaves the baseline alone when there is no image; let its retries end before the next test.
  await baseline;
  const sizes = runner.outputs.sizes ? (JSON.parse(runner.outputs.sizes) as { baseline?: unknown; platforms?: unknown }) : undefined;
  // Whatever the step would show as a warning, an error or a failure.
  const warnings = runner.events.filter(e => e.kind === 'warning' || e.kind === 'error' || e.kind === 'failed').map(e => e.text);
  const complete = image !== undefined && sizes?.baseline !== undefined && warnings.length === 0;
  return { ms, complete, warnings, platformDigests, retry: client.retryStats(), faults: { ...proxy.counts } };
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

beforeAll(requireToolchain);

describe('read-back and size report through a registry that fails half its requests', () => {
  const repo = uniqueRepo('faults');
  let digest: string;
  let truth: Record<string, string>;
  let cleanMs: number;
  const proxies: FaultProxy[] = [];
  const proxy = async (probability: number, seed: number, unavailableShare?: number): Promise<FaultProxy> => {
    const started = await startFaultProxy({ target: REGISTRY, probability, seed, unavailableShare });
    proxies.push(started);
    return started;
  };

  beforeAll(async () => {
    await pushImage(`${REGISTRY}/${repo}:base`, 100_000);
    digest = await pushImage(`${REGISTRY}/${repo}:new`, 200_000);
    // The platform digests as the registry serves them, read without hoist's code.
    const index = await getManifest(repo, digest);
    truth = Object.fromEntries(
      (index.json.manifests ?? [])
        .filter(d => d.platform?.os !== 'unknown')
        .map(d => [`${d.platform!.os}/${d.platform!.architecture}${d.platform!.variant ? `/${d.platform!.variant}` : ''}`, d.digest])
    );
    // Without faults, through the same proxy: the time the faults are measured against.
    const clean = await proxy(0, 0);
    const runs: Outcome[] = [];
    for (let i = 0; i < 5; i++) runs.push(await readBackAndReport(clean, repo, digest));
    expect(runs.map(r => [r.complete, r.platformDigests, r.warnings])).toEqual(runs.map(() => [true, truth, []]));
    cleanMs = median(runs.map(r => r.ms));
  }, 120_000);
  afterAll(() => Promise.all(proxies.map(p => p.close())));

  it(`completes in at least ${TRIES - 1} of ${TRIES} tries at p = 0.5, within the retry budget`, async () => {
    // Each try has its own proxy and seed (reproducible faults) and its own client (nothing cached); they run side by side.
    const outcomes = await Promise.all(Array.from({ length: TRIES }, async (_, i) => readBackAndReport(await proxy(0.5, 1000 + i), repo, digest)));
    const completed = outcomes.filter(o => o.complete);
    const added = outcomes.map(o => o.ms - cleanMs);
    const injected = outcomes.reduce((sum, o) => sum + o.faults.unavailable + o.faults.dropped, 0);
    const summary = `${completed.length}/${TRIES} complete; ${injected} faults injected; ${Math.round(cleanMs)} ms without faults, added median ${Math.round(median(added))} ms, max ${Math.round(Math.max(...added))} ms`;
    console.log(`p = 0.5: ${summary}`);
    expect({ summary, atLeast: completed.length >= TRIES - 1 }).toEqual({ summary, atLeast: true });
    expect(injected).toBeGreaterThan(TRIES);
    for (const o of completed) expect(o.platformDigests).toEqual(truth);
    for (const o of outcomes) {
      expect(o.retry.spentMs).toBeLessThanOrEqual(DEFAULT_RETRY_POLICY.budgetMs);
      expect(o.ms - cleanMs).toBeLessThanOrEqual(DEFAULT_RETRY_POLICY.budgetMs + 1000);
    }
  }, 90_000);

  it('when every request is answered 503, gives up within the budget with a warning; the report is missing and nothing throws', async () => {
    const outcome = await readBackAndReport(await proxy(1, 7, 1), repo, digest);
    expect(outcome.complete).toBe(false);
    expect(outcome.platformDigests).toEqual({});
    // The index request runs out of attempts (15, most of them after a Retry-After of 1 s) before the 30 s budget does.
    expect(outcome.warnings[0]).toMatch(/^the image was pushed, but reading it back from the registry failed: .* answered HTTP 503 \(gave up after 15 attempts\)$/);
    expect(outcome.ms - cleanMs).toBeLessThanOrEqual(DEFAULT_RETRY_POLICY.budgetMs + 1000);
    expect(outcome.retry.spentMs).toBeLessThanOrEqual(DEFAULT_RETRY_POLICY.budgetMs);
  }, 60_000);
});
