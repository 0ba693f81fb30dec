/**
 * The size trend (issue 31, item 2) against the real toolchain: pushes on the default branch
 * record their sizes in the repository's `hoist-size-history` artifact, a pull request draws
 * them with its own image last, concurrent pushes both land, and a registry that refuses
 * the history's write costs a warning only. The artifact is read over plain HTTP here, not
 * through hoist's client.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { workspace } from '../helpers/workspace.js';
import { startGitHub, type GitHubServer } from '../servers/github.js';
import { startFaultProxy, type FaultProxy } from '../servers/fault-proxy.js';
import { explain, FAKE_TOKEN, runAction, type ActionRun } from './runner.js';
import { pullRequestRunEnv } from '../helpers/env.js';
import { BUILDER, getBlob, getManifest, listTags, platformsOf, REGISTRY, RUNTIME_IMAGE, requireToolchain, uniqueRepo } from './toolchain.js';

const PLATFORMS = 'linux/amd64,linux/arm64';
const HISTORY_TYPE = 'application/vnd.hoist.size-history.v1+json';

/** busybox plus N random bytes: each build a different size. */
function payloadWorkspace(bytes: number): string {
  return workspace({ payload: randomBytes(bytes), Dockerfile: `FROM ${RUNTIME_IMAGE}\nCOPY payload /payload\n` }, { name: 'trend' });
}

const commitOf = (n: number): string => `${n}`.repeat(40).slice(0, 40).replace(/^./, 'c');

function ok(run: ActionRun): void {
  expect({ exit: run.main.exitCode, warnings: run.main.exitCode === 0 ? run.main.stdout.split('\n').filter(l => l.startsWith('::warning::size')) : explain(run) }).toEqual({ exit: 0, warnings: [] });
}

interface Point {
  commit: string;
  time: string;
  digest: string;
  platforms: Record<string, { compressed: number; unpacked: number | null; layers: number }>;
}

/** The history as the registry serves it: the tag's manifest, its one layer, the points. */
async function historyOf(repo: string): Promise<{ artifactType?: string; points: Point[] }> {
  const manifest = await getManifest(repo, 'hoist-size-history');
  const json = manifest.json as RawArtifact;
  const layer = json.layers?.find(l => l.mediaType === HISTORY_TYPE);
  if (!layer) throw new Error(`no ${HISTORY_TYPE} layer in ${JSON.stringify(json)}`);
  const body = JSON.parse((await getBlob(repo, layer.digest)).toString('utf8')) as { schema: string; points: Point[] };
  expect(body.schema).toBe('hoist.size-history/v1');
  return { artifactType: json.artifactType, points: body.points };
}

interface RawArtifact {
  artifactType?: string;
  layers?: Array<{ digest: string; mediaType: string }>;
}

/** A platform's compressed size from the registry itself: config plus layers. */
async function compressedOf(repo: string, digest: string): Promise<number> {
  const m = await getManifest(repo, digest);
  return (m.json.config?.size ?? 0) + (m.json.layers ?? []).reduce((s, l) => s + l.size, 0);
}

/** The mermaid block of a summary or comment: its x labels and its lines. */
function chartOf(markdown: string): { labels: string[]; lines: number[][] } | undefined {
  const block = /```mermaid\nxychart-beta\n([\s\S]*?)```/.exec(markdown)?.[1];
  if (!block) return undefined;
  const labels = JSON.parse(/x-axis (\[.*\])/.exec(block)?.[1] ?? '[]') as string[];
  const lines = [...block.matchAll(/^ {2}line (\[.*\])$/gm)].map(m => JSON.parse(m[1]) as number[]);
  return { labels, lines };
}

beforeAll(requireToolchain);

describe('the size trend', () => {
  let github: GitHubServer;
  beforeAll(async () => {
    github = await startGitHub(FAKE_TOKEN);
  });
  afterAll(() => github.close());

  it('five pushes on the default branch and a pull request: a chart of six points, oldest first, the pull request last', async () => {
    const repo = uniqueRepo('trend');
    const image = `${REGISTRY}/${repo}`;
    const payloads = [100_000, 300_000, 200_000, 500_000, 400_000];
    for (const [i, bytes] of payloads.entries()) {
      const run = await runAction(
        { context: '.', platforms: PLATFORMS, tags: `${image}:main`, push: 'true', builder: BUILDER },
        { workspace: payloadWorkspace(bytes), env: { GITHUB_SHA: commitOf(i + 1) } }
      );
      ok(run);
      expect(run.main.stdout).toContain(`size history: this build's point recorded in ${image}:hoist-size-history (${i + 1} point(s))`);
    }
    const history = await historyOf(repo);
    expect(history.artifactType).toBe(HISTORY_TYPE);
    expect(history.points.map(p => p.commit)).toEqual(payloads.map((_, i) => commitOf(i + 1)));
    // The last point's sizes are the registry's: config + layers of each platform manifest.
    const index = platformsOf(await getManifest(repo, 'main'));
    const last = history.points[4];
    expect(last.digest).toBe((await getManifest(repo, 'main')).digest);
    for (const platform of ['linux/amd64', 'linux/arm64']) expect(last.platforms[platform].compressed).toBe(await compressedOf(repo, index[platform]));

    const head = 'feedface'.repeat(5);
    const pr = await runAction(
      { context: '.', platforms: PLATFORMS, tags: `${image}:pr-3`, push: 'true', builder: BUILDER },
      { workspace: payloadWorkspace(50_000), env: pullRequestRunEnv({ number: 3, head, apiUrl: github.url, sha: 'e'.repeat(40) }) }
    );
    ok(pr);
    const chart = chartOf(pr.summary);
    expect(chart?.labels).toEqual([...payloads.map((_, i) => commitOf(i + 1).slice(0, 7)), 'feedfac']);
    expect(chart?.lines).toHaveLength(2);
    const prSizes = JSON.parse(pr.outputs.sizes) as { platforms: Record<string, { compressed: number }> };
    const mb = (bytes: number): number => Math.round(bytes / 1000) / 1000;
    expect(chart?.lines[0]).toEqual([...history.points.map(p => mb(p.platforms['linux/amd64'].compressed)), mb(prSizes.platforms['linux/amd64'].compressed)]);
    expect(chart?.lines[1]).toEqual([...history.points.map(p => mb(p.platforms['linux/arm64'].compressed)), mb(prSizes.platforms['linux/arm64'].compressed)]);
    expect(pr.summary).toContain("_Lines, in the chart's colour order: `linux/amd64`, `linux/arm64`._");
    // The comment draws it too; the pull request writes nothing to the history.
    expect(chartOf(github.comments.get(3)?.[0].body ?? '')?.labels).toEqual(chart?.labels);
    expect((await historyOf(repo)).points).toHaveLength(5);
    expect(pr.main.stdout).not.toContain('size history: this build');
  });

  it('two pushes at once both land in the history', async () => {
    const repo = uniqueRepo('trend-race');
    const image = `${REGISTRY}/${repo}`;
    const [a, b] = await Promise.all(
      [1, 2].map(n =>
        runAction({ context: '.', platforms: PLATFORMS, tags: `${image}:main`, push: 'true', builder: BUILDER }, { workspace: payloadWorkspace(n * 100_000), env: { GITHUB_SHA: commitOf(n + 6) } })
      )
    );
    ok(a);
    ok(b);
    const commits = (await historyOf(repo)).points.map(p => p.commit).sort();
    expect(commits).toEqual([commitOf(7), commitOf(8)]);
    // Each main step wrote; each post step read the history again and found its point there.
    for (const run of [a, b]) {
      expect(run.main.stdout).toMatch(/size history: this build's point recorded in .*; the post step checks it is still there/);
      expect(run.post.stdout).toMatch(new RegExp(`size history: this build's point is in ${image.replace(/\./g, '\\.')}:hoist-size-history \\([12] point\\(s\\)\\)`));
    }
  });

  describe('a registry that refuses the history', () => {
    let proxy: FaultProxy | undefined;
    afterAll(() => proxy?.close());

    it('warns and the step succeeds', async () => {
      const repo = uniqueRepo('trend-denied');
      // buildkitd speaks plain HTTP to 127.0.0.1:5000–5003 only: the proxy takes the first of 5001–5003 that is free.
      for (const port of [5003, 5002, 5001]) {
        proxy = await startFaultProxy({ target: REGISTRY, probability: 0, port, deny: new RegExp(`^PUT /v2/${repo}/manifests/hoist-size-history$`) }).catch(() => undefined);
        if (proxy) break;
      }
      if (!proxy) throw new Error('none of 127.0.0.1:5001–5003 is free for the proxy');
      const image = `${proxy.host}/${repo}`;
      const run = await runAction(
        { context: '.', platforms: PLATFORMS, tags: `${image}:main`, push: 'true', builder: BUILDER },
        { workspace: payloadWorkspace(10_000), env: { GITHUB_SHA: commitOf(9) } }
      );
      expect(run.main.exitCode).toBe(0);
      expect(run.main.stdout).toMatch(
        new RegExp(`^::warning::size history: this build's point could not be recorded in ${image.replace(/\./g, '\\.')}:hoist-size-history: .*refused access to ${repo} \\(HTTP 403\\)`, 'm')
      );
      expect(proxy.counts.refused).toBeGreaterThan(0);
      expect(await listTags(repo)).toEqual(['main']);
      expect(run.outputs.sizes).toContain('linux/amd64');
    });
  });
});
