// reportBuild (report/report.ts) with a FakeRunner: the log lines, the sizes output, the job summary written or not, the gate failures.
import { describe, expect, it } from '@jest/globals';
import type { Baseline } from '../../../src/report/baseline.js';
import { reportBuild } from '../../../src/report/report.js';
import { summaryMarkdown, summaryText, type BuildResult } from '../../../src/report/summary.js';
import { facts } from '../../helpers/facts.js';
import { image } from '../../helpers/images.js';
import { FakeRunner } from '../../helpers/runner.js';

const TAG = 'ghcr.io/acme/backend:pr-7';
const result: BuildResult = { tags: [TAG], pushed: true, digest: 'sha256:index', platformDigests: { 'linux/amd64': 'sha256:amd', 'linux/arm64': 'sha256:arm' }, durationMs: 12_300 };
const inputs = (more: Partial<{ tags: string[]; 'compare-to': string; 'max-size': string; 'max-size-increase': string }> = {}) => ({
  tags: [TAG],
  'compare-to': '',
  'max-size': '',
  'max-size-increase': '',
  ...more
});
const main: Baseline = { image: image(4_000_000, 5_000_000), reference: 'ghcr.io/acme/backend:main' };
// amd64: 1 000 + 1 100 000 + 100 + 4 000 000 = 5 101 100 bytes; arm64: 1 000 + 1 000 000 + 100 + 5 500 000 = 6 501 100 bytes (+500 000 on main).
const pr = image(4_000_000, 5_500_000);

describe('reportBuild', () => {
  it('without an image: the build summary in the log and the job summary, no sizes', async () => {
    const runner = new FakeRunner({});
    await expect(reportBuild(runner, inputs(), result, undefined, Promise.resolve(main))).resolves.toEqual({ gateFailures: [] });
    expect(runner.events).toEqual([
      { kind: 'info', text: summaryText(result) },
      { kind: 'summary', text: summaryMarkdown(result) }
    ]);
  });

  it('without a baseline to wait for: no sizes either', async () => {
    const runner = new FakeRunner({});
    await expect(reportBuild(runner, inputs(), result, pr, undefined)).resolves.toEqual({ gateFailures: [] });
    expect(runner.events.map(e => e.kind)).toEqual(['info', 'summary']);
  });

  it('with an image and a baseline: the size table in the log, the sizes output and the summary, in that order', async () => {
    const runner = new FakeRunner({});
    const report = await reportBuild(runner, inputs(), result, pr, Promise.resolve(main));
    expect(runner.events.map(e => e.kind)).toEqual(['info', 'info', 'output', 'summary']);
    expect(runner.texts('info')[1].split('\n')).toEqual([
      'image size · ghcr.io/acme/backend (compressed = pull size; MB = 10^6 bytes)',
      '  linux/amd64         5.1 MB compressed    10.3 MB unpacked  3 layers  = vs main',
      '  linux/arm64         6.5 MB compressed    13.1 MB unpacked  3 layers  ▲ 0.5 MB (+8.3 %) vs main',
      '  registry bytes     11.6 MB (shared layers once)  ▲ 0.5 MB',
      '  what changed most vs main:',
      '    COPY /out/backend /app/backend: linux/arm64 ▲ 0.5 MB grown',
      '  2 attestation manifests (3.2 kB) not counted'
    ]);
    const sizes = JSON.parse(runner.outputs.sizes);
    expect(sizes).toMatchObject({ image: 'ghcr.io/acme/backend', digest: 'sha256:index4000000', source: 'registry', unit: 'bytes', gates: [] });
    expect(sizes.platforms['linux/arm64']).toEqual({
      digest: 'sha256:arm5500000',
      compressed: 6_501_100,
      uncompressed: 13_101_024,
      layers: 3,
      base: { digest: 'sha256:arm5000000', compressed: 6_001_100, uncompressed: 12_101_024, layers: 3 },
      delta: { bytes: 500_000, percent: (500_000 / 6_001_100) * 100 },
      // No Dockerfile given: the history's words, no lines.
      changes: [
        { instruction: 'COPY rootfs-arm64/ /', origin: 'unmapped', line: null, status: 'unchanged', base: 1_000_000, current: 1_000_000, delta: 0 },
        { instruction: 'WORKDIR /app', origin: 'unmapped', line: null, status: 'unchanged', base: 100, current: 100, delta: 0 },
        { instruction: 'COPY /out/backend /app/backend', origin: 'unmapped', line: null, status: 'grown', base: 5_000_000, current: 5_500_000, delta: 500_000 }
      ]
    });
    expect(report.sizes?.image).toBe('ghcr.io/acme/backend');
    expect(report.sizes?.json).toBe(runner.outputs.sizes);
    expect(runner.texts('summary')).toEqual([`${summaryMarkdown(result)}\n${report.sizes?.markdown}`]);
    expect(report.sizes?.markdown).toContain('| linux/arm64 | 6.5 MB | ▲ 0.5 MB (+8.3 %) | 13.1 MB | 3 |');
    expect(report.gateFailures).toEqual([]);
  });

  it('returns each failed gate in words, and still writes the summary', async () => {
    const runner = new FakeRunner({});
    const report = await reportBuild(runner, inputs({ 'max-size': '6MB', 'max-size-increase': '5%' }), result, pr, Promise.resolve(main));
    expect(report.gateFailures).toEqual(['linux/arm64 is 6.5 MB compressed, over max-size 6MB', 'linux/arm64 grew 500.0 kB (+8.3 %), over max-size-increase 5%']);
    expect(JSON.parse(runner.outputs.sizes).gates).toEqual([
      { name: 'max-size', limit: '6MB', passed: false, failures: ['linux/arm64 is 6.5 MB compressed, over max-size 6MB'] },
      { name: 'max-size-increase', limit: '5%', passed: false, failures: ['linux/arm64 grew 500.0 kB (+8.3 %), over max-size-increase 5%'] }
    ]);
    expect(runner.texts('summary')[0]).toContain('Gates: max-size 6MB ❌ · max-size-increase 5% ❌ · 2 attestation manifests not counted');
    expect(runner.failed).toBeUndefined();
  });

  it('leaves the job summary out when DOCKER_BUILD_SUMMARY=false, keeping the log and the output', async () => {
    const runner = new FakeRunner({});
    const report = await reportBuild(runner, inputs({ 'max-size': '6MB' }), result, pr, Promise.resolve(main), false);
    expect(runner.events.map(e => e.kind)).toEqual(['info', 'info', 'output']);
    expect(report.gateFailures).toEqual(['linux/arm64 is 6.5 MB compressed, over max-size 6MB']);
  });

  it('warns of a baseline that could not be read, not of one that does not exist yet', async () => {
    const unreadable = new FakeRunner({});
    await reportBuild(unreadable, inputs(), result, pr, Promise.resolve({ reference: 'ghcr.io/acme/backend:main', reason: 'ghcr.io/acme/backend:main could not be read: HTTP 500' }));
    expect(unreadable.texts('warning')).toEqual(['size baseline: ghcr.io/acme/backend:main could not be read: HTTP 500']);

    const absent = new FakeRunner({});
    await reportBuild(absent, inputs(), result, pr, Promise.resolve({ reference: 'ghcr.io/acme/backend:main', reason: 'ghcr.io/acme/backend:main does not exist yet (the base branch main)' }));
    expect(absent.texts('warning')).toEqual([]);
    expect(absent.texts('info')[1]).toContain('  no baseline: ghcr.io/acme/backend:main does not exist yet (the base branch main)');
  });

  it.each<[string[], string, string]>([
    [[TAG, 'docker.io/acme/other:1'], '', 'ghcr.io/acme/backend'],
    [[], 'ghcr.io/acme/base:main', 'ghcr.io/acme/base'],
    [['alpine:3'], '', 'docker.io/library/alpine'],
    [[], 'none', 'image'],
    [[], '', 'image']
  ])('names the report after the first tag, else compare-to (tags %j, compare-to %j → %s)', async (tags, compareTo, name) => {
    const report = await reportBuild(new FakeRunner({}), inputs({ tags, 'compare-to': compareTo }), { ...result, tags }, pr, Promise.resolve({ reason: 'no tag to compare with' }));
    expect(report.sizes?.image).toBe(name);
  });

  it("says sizes measured from the build are the build's", async () => {
    const runner = new FakeRunner({});
    await reportBuild(runner, inputs(), { ...result, pushed: false, measured: true }, pr, Promise.resolve(main));
    expect(JSON.parse(runner.outputs.sizes).source).toBe('build');
    expect(runner.texts('info')[1].split('\n')[0]).toBe('image size · ghcr.io/acme/backend, measured from the build (not pushed) (compressed = pull size; MB = 10^6 bytes)');
  });

  describe('which line made it grow', () => {
    const text = 'FROM busybox\nWORKDIR /app\n\nCOPY /out/backend /app/backend\nENTRYPOINT ["/app/backend"]\n';
    const github = { ...facts().github, eventName: 'pull_request', sha: 'merge0', pullRequestHeadSha: 'head1', pullRequestNumber: 7 };
    const where = { dockerfile: { path: './services/api/Dockerfile', text, origin: 'local' as const }, github };
    // arm64 grew 500 000 bytes on line 4; amd64 did not grow.

    it('links each line to the pull request head commit, the subfolder in the path, and annotates the line that grew most', async () => {
      const runner = new FakeRunner({});
      const report = await reportBuild(runner, { ...inputs(), 'annotate-growth': '100kB' }, result, pr, Promise.resolve(main), true, where);
      const url = 'https://github.com/acme/backend/blob/head1/services/api/Dockerfile';
      expect(report.sizes?.markdown).toContain(`| \`COPY /out/backend /app/backend\` | [services/api/Dockerfile:4](${url}#L4) | = | ▲ 0.5 MB grown |`);
      expect(runner.texts('info')[1]).toContain('    COPY /out/backend /app/backend (services/api/Dockerfile:4): linux/arm64 ▲ 0.5 MB grown');
      expect(runner.events.filter(e => e.kind === 'warning')).toEqual([
        {
          kind: 'warning',
          text: 'COPY /out/backend /app/backend: its layers grew ▲ 0.5 MB on linux/arm64 (grown, 500000 bytes). The image grew ▲ 0.5 MB (+8.3 %) on linux/arm64, more than annotate-growth 100kB.',
          annotation: { file: 'services/api/Dockerfile', startLine: 4, title: 'hoist: the image grew 500.0 kB here' }
        }
      ]);
      const sizes = JSON.parse(runner.outputs.sizes);
      expect(sizes.dockerfile).toBe('services/api/Dockerfile');
      expect(sizes.platforms['linux/arm64'].changes[2]).toEqual({
        instruction: 'COPY /out/backend /app/backend',
        origin: 'line',
        line: 4,
        status: 'grown',
        base: 5_000_000,
        current: 5_500_000,
        delta: 500_000
      });
      expect(sizes.platforms['linux/arm64'].changes[0]).toMatchObject({ instruction: 'base image (FROM busybox)', origin: 'base', line: 1, status: 'unchanged' });
    });

    it.each(['1MB', '10%', 'none', '0', '0%', ''])('annotates nothing at annotate-growth %p (the image grew 0.5 MB, 8.3 %)', async limit => {
      const runner = new FakeRunner({});
      await reportBuild(runner, { ...inputs(), 'annotate-growth': limit }, result, pr, Promise.resolve(main), true, where);
      expect(runner.events.filter(e => e.kind === 'warning')).toEqual([]);
    });

    it('names the line without a link outside a repository, or for a Dockerfile outside the workspace (and annotates none there)', async () => {
      const local = await reportBuild(new FakeRunner({}), inputs(), result, pr, Promise.resolve(main), true, { dockerfile: where.dockerfile, github: { ...github, repository: '' } });
      expect(local.sizes?.markdown).toContain('| `COPY /out/backend /app/backend` | `services/api/Dockerfile:4` |');
      const runner = new FakeRunner({});
      const outside = await reportBuild(runner, { ...inputs(), 'annotate-growth': '1kB' }, result, pr, Promise.resolve(main), true, {
        dockerfile: { ...where.dockerfile, path: '../elsewhere/Dockerfile' },
        github
      });
      expect(outside.sizes?.markdown).toContain('| `COPY /out/backend /app/backend` | `Dockerfile:4` |');
      expect(runner.events.filter(e => e.kind === 'warning')).toEqual([]);
    });
  });
});
