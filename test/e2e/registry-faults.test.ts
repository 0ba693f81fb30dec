/**
 * Registry faults, through a proxy in front of the real registry that answers `/v2/`
 * requests 503 + Retry-After: 1 or drops them at probability p.
 *
 * hoist's own registry calls (issue 16): the read-back, the baseline and the size report.
 * The image is pushed by buildx straight to the registry; hoist's code then reads the same
 * repository through the proxy's host, in this process.
 *
 * BuildKit's own push (issue 28): hoist's whole run (dist/, as the runner runs it) pushes
 * through the proxy on 127.0.0.1:5002, which buildkitd speaks plain HTTP to
 * (scripts/toolchain/buildkitd.toml), and hoist pushes again when BuildKit gives up on a
 * registry error that may pass.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
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
import { cacheHits, transientPushError } from '../../src/buildx/progress.js';
import { explain, runAction, type ActionRun } from './runner.js';
import { BUILDER, getBlob, getManifest, platformsOf, REGISTRY, requireToolchain, RUNTIME_IMAGE, uniqueRepo } from './toolchain.js';

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

describe("BuildKit's push through a registry that fails half its requests: hoist's whole run", () => {
  /** buildkitd speaks plain HTTP to 127.0.0.1:5000–5003 only: the proxy listens on one of them, in front of the registry. */
  const PROXY_PORT = 5002;
  const PLATFORMS = 'linux/amd64,linux/arm64';
  let proxy: FaultProxy | undefined;
  afterEach(async () => {
    await proxy?.close();
    proxy = undefined;
  });

  /**
   * Half of all requests fail (503 + Retry-After: 1, or dropped), and the tag's manifest is
   * refused its first 8 PUTs: BuildKit v0.32 PUTs it twice a round, four rounds 1, 2 and 4 s
   * apart, then gives up on the push. So the first push fails whatever the draws.
   */
  const flaky = (repo: string, seed: number) =>
    startFaultProxy({ target: REGISTRY, probability: 0.5, seed, port: PROXY_PORT, outage: { request: new RegExp(`^PUT /v2/${repo}/manifests/1$`), count: 8 } });

  /** busybox, a fresh payload and a RUN on it: the first push builds two steps a platform, a later one none. */
  const context = (): string => workspace({ a: randomBytes(300_000), Dockerfile: `FROM ${RUNTIME_IMAGE}\nCOPY a /a\nRUN wc -c /a > /size\n` }, { name: 'push-faults' });

  /** Each start's part of the log: from its echoed command to the next. */
  function starts(run: ActionRun): string[] {
    const parts = run.main.stdout.split(/^docker buildx build .*$/m);
    return parts.slice(1);
  }

  /** Every platform of the tag readable over plain HTTP on the registry itself: index, manifests, configs and layers, each matching its digest. */
  async function verify(repo: string, tag: string): Promise<{ index: string; platforms: Record<string, string> }> {
    const index = await getManifest(repo, tag);
    const platforms = platformsOf(index);
    for (const digest of Object.values(platforms)) {
      const manifest = await getManifest(repo, digest);
      expect(manifest.digest).toBe(digest);
      for (const blob of [manifest.json.config!, ...(manifest.json.layers ?? [])]) {
        const bytes = await getBlob(repo, blob.digest);
        expect(sha256(bytes)).toBe(blob.digest);
      }
    }
    return { index: index.digest, platforms };
  }

  it('a bare `docker buildx build --push` gives up', async () => {
    const repo = uniqueRepo('push-faults-bare');
    proxy = await flaky(repo, 1);
    const dir = context();
    const bare = await run('docker', ['buildx', 'build', '--builder', BUILDER, '--platform', PLATFORMS, '--push', '-t', `127.0.0.1:${PROXY_PORT}/${repo}:1`, dir]).then(
      () => ({ code: 0, stderr: '' }),
      (e: { code: number; stderr: string }) => ({ code: e.code, stderr: e.stderr })
    );
    expect(bare.code).toBe(1);
    // It gives up on the push: on the tag's outage, or earlier on one of the random faults (a 503, a dropped connection)…
    expect(bare.stderr).toMatch(/^ERROR: failed to build: failed to solve: failed to push 127\.0\.0\.1:5002\/\S+: /m);
    // …each a failure hoist's run pushes again after.
    expect(transientPushError(bare.stderr)).toBeDefined();
  }, 120_000);

  it('hoist pushes again, says so and counts it; the image is complete on the registry; the retried push built nothing again', async () => {
    const repo = uniqueRepo('push-faults');
    proxy = await flaky(repo, 2);
    const tag = `127.0.0.1:${PROXY_PORT}/${repo}:1`;
    const result = await runAction({ context: '.', platforms: PLATFORMS, tags: tag, push: 'true', builder: BUILDER }, { workspace: context() });
    expect({ exit: result.main.exitCode, log: result.main.exitCode === 0 ? '' : explain(result) }).toEqual({ exit: 0, log: '' });
    expect(proxy.counts.outage).toBe(8);
    expect(proxy.counts.unavailable + proxy.counts.dropped).toBeGreaterThan(10);

    const retries = result.main.stdout.match(/^::warning::pushing the image failed on a registry error that may pass \(.*\); pushing again in \d+ s, attempt \d of 5 .*$/gm) ?? [];
    expect(retries.length).toBeGreaterThanOrEqual(1);
    expect(retries[0]).toMatch(/\(HTTP 503: failed to push 127\.0\.0\.1:5002\/.*\); pushing again in 1 s, attempt 2 of 5 \(the build itself comes from the builder's cache\)$/);
    // One start a push, each echoed: the first built the steps, every retry found them all in the cache.
    const parts = starts(result);
    expect(parts).toHaveLength(retries.length + 1);
    const first = cacheHits(parts[0]);
    expect(first.total).toBe(4);
    expect(first.cached).toBeLessThan(first.total);
    for (const retried of parts.slice(1)) {
      expect(cacheHits(retried)).toEqual({ cached: 4, total: 4 });
      expect(retried).toMatch(/^#(\d+) \[linux\/arm64 3\/3\] RUN wc -c \/a > \/size\n#\1 CACHED$/m);
    }
    expect(result.summary).toContain(`| push retries | ${retries.length} — the registry failed the push with an error that may pass, and hoist pushed again |`);

    // The image as the registry serves it, read straight from 127.0.0.1:5000 (no proxy, none of hoist's code).
    const image = await verify(repo, '1');
    expect(Object.keys(image.platforms).sort()).toEqual(['linux/amd64', 'linux/arm64']);
    expect(result.outputs.digest).toBe(image.index);
    expect(JSON.parse(result.outputs['platform-digests'])).toEqual(image.platforms);
  }, 300_000);

  it('a registry refusing the push (401) is not pushed again: the step fails with its error', async () => {
    const repo = uniqueRepo('push-refused');
    proxy = await startFaultProxy({ target: REGISTRY, probability: 0, port: PROXY_PORT, refusePaths: [`/v2/${repo}/`] });
    const result = await runAction({ context: '.', platforms: PLATFORMS, tags: `127.0.0.1:${PROXY_PORT}/${repo}:1`, push: 'true', builder: BUILDER }, { workspace: context() });
    expect(result.main.exitCode).not.toBe(0);
    expect(result.main.stdout).toMatch(/^::error::buildx failed with exit code 1: ERROR: failed to build: failed to solve: failed to push 127\.0\.0\.1:5002\/.*: 401 Unauthorized$/m);
    expect(result.main.stdout).not.toContain('pushing again');
    expect(starts(result)).toHaveLength(1);
    expect(proxy.counts.refused).toBeGreaterThan(0);
  }, 300_000);
});

const sha256 = (bytes: Buffer): string => `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
