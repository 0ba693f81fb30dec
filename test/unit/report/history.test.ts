import { describe, expect, it } from '@jest/globals';
import { RegistryClient } from '../../../src/registry/client.js';
import { readHistory, writePoint } from '../../../src/readback/size-history.js';
import { HISTORY_SCHEMA } from '../../../src/plan/size-history.js';
import { parseReference } from '../../../src/registry/reference.js';
import type { WorkflowFacts } from '../../../src/runner/workflow.js';
import { checkRecordedPoint, onDefaultBranch, readTrendMeanwhile, sizeTrend, type SizeTrend, type TrendRun } from '../../../src/report/history.js';
import type { Inputs } from '../../../src/inputs/inputs.js';
import { image as exampleImage } from '../../helpers/images.js';
import { MemoryRegistry } from '../../helpers/registry.js';
import { FakeRunner } from '../../helpers/runner.js';

const push = (sha: string): WorkflowFacts => ({
  serverUrl: 'https://github.com',
  repository: 'acme/app',
  runId: '1',
  runAttempt: '1',
  sha,
  ref: 'refs/heads/main',
  eventName: 'push',
  defaultBranch: 'main',
  job: 'image',
  apiUrl: 'https://api.github.com'
});

const pullRequest = (head: string): WorkflowFacts => ({
  ...push('e'.repeat(40)),
  eventName: 'pull_request',
  ref: 'refs/pull/7/merge',
  baseRef: 'main',
  headRef: 'feature',
  pullRequestNumber: 7,
  pullRequestHeadSha: head
});

type Run = TrendRun & { inputs: Pick<Inputs, 'tags' | 'compare-to' | 'size-trend'> };

const run = (github: WorkflowFacts, overrides: Partial<Run> = {}): Run => ({
  inputs: { tags: ['registry.test/acme/app:main'], 'compare-to': '', 'size-trend': '30' },
  github,
  pushedHere: true,
  time: new Date(Date.UTC(2026, 0, 1, 0, Number.parseInt(github.sha.slice(0, 1) || '0', 16))),
  ...overrides
});

/** The example image with a digest as a registry gives one. */
const image = (amd: number, arm: number): ReturnType<typeof exampleImage> => ({ ...exampleImage(amd, arm), digest: `sha256:${String(amd).padStart(64, '0')}` });

const repository = parseReference('registry.test/acme/app');

/** As the report phase does it: the history read while the build runs, then the trend. */
function trendOf(runner: FakeRunner, client: RegistryClient, facts: ReturnType<typeof exampleImage>, trendRun: Run): SizeTrend | undefined {
  const early = readTrendMeanwhile(client, trendRun.inputs, trendRun.github);
  return early && sizeTrend(runner, client, facts, trendRun, early);
}

describe('onDefaultBranch', () => {
  it.each([
    [push('a'.repeat(40)), true],
    [{ ...push('a'.repeat(40)), ref: 'refs/heads/feature' }, false],
    [{ ...push('a'.repeat(40)), ref: 'refs/tags/v1' }, false],
    [{ ...push('a'.repeat(40)), defaultBranch: undefined }, false],
    [pullRequest('b'.repeat(40)), false]
  ])('%#', (github, expected) => {
    expect(onDefaultBranch(github)).toBe(expected);
  });
});

describe('sizeTrend', () => {
  it('records pushes on the default branch and draws them; a pull request reads the base repository and writes nothing', async () => {
    const registry = new MemoryRegistry();
    for (const [sha, size] of [
      ['1'.repeat(40), 1_000_000],
      ['2'.repeat(40), 2_000_000]
    ] as const) {
      const runner = new FakeRunner({});
      const trend = trendOf(runner, registry.client(), image(size, size), run(push(sha)))!;
      await trend.recorded;
      expect(runner.texts('info')).toEqual([
        expect.stringMatching(/^size history: this build's point recorded in registry\.test\/acme\/app:hoist-size-history \(\d point\(s\)\); the post step checks it is still there$/)
      ]);
      await trend.chart;
    }
    expect((await readHistory(registry.client(), repository)).history.points.map(p => p.commit)).toEqual(['1'.repeat(40), '2'.repeat(40)]);

    const runner = new FakeRunner({});
    const trend = trendOf(
      runner,
      registry.client(),
      image(500_000, 500_000),
      run(pullRequest('f'.repeat(40)), { inputs: { tags: ['registry.test/acme/app:pr-7'], 'compare-to': '', 'size-trend': '30' } })
    )!;
    const chart = await trend.chart;
    await trend.recorded;
    expect(chart).toContain('  x-axis ["1111111", "2222222", "fffffff"]');
    expect(chart).toContain('title "Compressed size (MB), PR #7 last"');
    expect(runner.events).toEqual([]);
    expect((await readHistory(registry.client(), repository)).history.points).toHaveLength(2);
  });

  it('warns, and draws nothing, when the history cannot be read or written', async () => {
    const registry = new MemoryRegistry();
    registry.beforeWrite = () => ({ status: 403, headers: {}, body: Buffer.from('{}') });
    const runner = new FakeRunner({});
    const trend = trendOf(runner, registry.client(), image(1, 1), run(push('a'.repeat(40))))!;
    await trend.recorded;
    expect(await trend.chart).toBe('');
    expect(runner.texts('warning')).toEqual([
      "size history: this build's point could not be recorded in registry.test/acme/app:hoist-size-history: registry.test refused access to acme/app (HTTP 403): log in first"
    ]);

    const broken = new MemoryRegistry();
    const unreadable = new FakeRunner({});
    const transport = broken.transport;
    const client = new RegistryClient({
      transport: (url, request) => (url.pathname.includes('hoist-size-history') ? Promise.resolve({ status: 500, headers: {}, body: Buffer.from('') }) : transport(url, request)),
      attempts: 1
    });
    const failed = trendOf(unreadable, client, image(1, 1), run(pullRequest('b'.repeat(40))))!;
    expect(await failed.chart).toBe('');
    expect(unreadable.texts('warning')).toEqual([
      'size trend: the history in registry.test/acme/app:hoist-size-history could not be read: registry.test/acme/app/manifests/hoist-size-history answered HTTP 500 (gave up after 1 attempt)'
    ]);
  });

  it.each([
    ['size-trend none', { inputs: { tags: ['registry.test/acme/app:main'], 'compare-to': '', 'size-trend': 'none' } }, push('a'.repeat(40))],
    ['size-trend 0', { inputs: { tags: ['registry.test/acme/app:main'], 'compare-to': '', 'size-trend': '0' } }, push('a'.repeat(40))],
    ['no tag', { inputs: { tags: [], 'compare-to': '', 'size-trend': '30' } }, push('a'.repeat(40))]
  ])('does nothing with %s', (_, overrides, github) => {
    const registry = new MemoryRegistry();
    expect(trendOf(new FakeRunner({}), registry.client(), image(1, 1), run(github, overrides))).toBeUndefined();
    expect(registry.requests).toEqual([]);
  });

  it('reads but does not record a push that is not on the default branch, or not pushed here, or without a digest or commit', async () => {
    for (const [github, pushedHere, facts] of [
      [push(''), true, image(1, 1)],
      [{ ...push('a'.repeat(40)), ref: 'refs/tags/v1' }, true, image(1, 1)],
      [push('a'.repeat(40)), false, image(1, 1)],
      [push('a'.repeat(40)), true, exampleImage(1, 1)]
    ] as const) {
      const registry = new MemoryRegistry();
      const trend = trendOf(new FakeRunner({}), registry.client(), facts, run(github, { pushedHere }))!;
      await trend.recorded;
      await trend.chart;
      expect(registry.requests.filter(r => !r.startsWith('GET'))).toEqual([]);
    }
  });

  it("the post step finds the point a concurrent writer dropped and writes it back, with the rival's", async () => {
    const registry = new MemoryRegistry();
    const client = registry.client();
    const main = trendOf(new FakeRunner({}), client, image(3_000_000, 3_000_000), run(push('3'.repeat(40))))!;
    const pending = (await main.recorded)!;
    // A rival that read before this write lands after it, without this build's point.
    const rival = trendOf(new FakeRunner({}), new MemoryRegistry().client(), image(4_000_000, 4_000_000), run(push('4'.repeat(40))))!;
    const theirs = (await rival.recorded)!;
    await writePoint(client, repository, theirs.point, { history: { schema: HISTORY_SCHEMA, points: [] }, digest: (await readHistory(client, repository)).digest });
    expect((await readHistory(client, repository)).history.points.map(p => p.commit)).toEqual(['4'.repeat(40)]);

    const post = new FakeRunner({});
    await checkRecordedPoint(post, registry.client(), JSON.parse(JSON.stringify(pending)) as typeof pending, () => pending.writtenAt + 60_000);
    expect(post.texts('info')).toEqual(["size history: this build's point is in registry.test/acme/app:hoist-size-history (2 point(s)); checked in 0 ms"]);
    expect((await readHistory(client, repository)).history.points.map(p => p.commit)).toEqual(['3'.repeat(40), '4'.repeat(40)]);
  });

  it('the post step only warns when the history cannot be read', async () => {
    const registry = new MemoryRegistry();
    const pending = (await trendOf(new FakeRunner({}), registry.client(), image(1, 1), run(push('5'.repeat(40))))!.recorded)!;
    const refusing = new RegistryClient({ transport: () => Promise.resolve({ status: 500, headers: {}, body: Buffer.from('') }), attempts: 1 });
    const post = new FakeRunner({});
    await checkRecordedPoint(post, refusing, pending, () => pending.writtenAt + 60_000);
    expect(post.texts('warning')).toEqual([
      "size history: this build's point may be missing from registry.test/acme/app:hoist-size-history: registry.test/acme/app/manifests/hoist-size-history answered HTTP 500 (gave up after 1 attempt)"
    ]);
  });
});
